"""``serve --workers N`` (N > 1): one listening process hands each connection to the next worker.

uvicorn's own multi-worker mode lets every worker accept from one shared socket, and which
worker wins a connection is a race: ten keep-alive connections opened together were seen split
10/0, 8/2 and 5/5 between two workers, and they stay where they landed — so one core may idle
while the other queues. Here the parent process alone accepts, and passes each accepted
connection (its file descriptor, over a Unix socket pair) to the workers in turn, so N
connections opened together are split as evenly as N allows. Only the connection is handed
over, once: the requests on it go straight to its worker (a design that handed each *request*
over pipes was measured and dropped: its round trip cost what the balance gained).

Each worker is an ordinary uvicorn server (the same protocol, limits and app) whose connections
come from the parent instead of its own ``accept``. A worker that dies is replaced; a worker
that cannot start stops the service (exit status 3, as uvicorn). Ctrl+C (SIGINT to the process
group) and SIGTERM to the parent stop every worker; a worker whose parent is gone stops too.
Nothing here reads a request: fact content never passes through the parent.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import os
import selectors
import signal
import socket
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.process import BaseProcess
from types import FrameType
from typing import Any

__all__ = ["STARTUP_FAILURE", "serve"]

STARTUP_FAILURE = 3
"""Exit status when a worker cannot start (uvicorn's own)."""

_READY = b"r"
_CONNECTION = b"c"
_BACKLOG = 2048
_STOP_SECONDS = 10.0


def _worker(channel: socket.socket, options: dict[str, Any]) -> None:  # pragma: no cover
    """A worker process: uvicorn with ``options``, taking its connections from ``channel``
    (covered by the tests that start ``serve --workers 2``, in their own processes)."""
    # Until uvicorn takes over the signals, an interruption of the whole group (Ctrl+C) is the
    # parent's to handle: no traceback from a worker still loading.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    import uvicorn

    server = _channel_server_class()(uvicorn.Config(**options), channel)
    server.run()


def _channel_server_class() -> type[Any]:
    """The worker's server class (defined here so that uvicorn is imported by workers only)."""
    import uvicorn
    from uvicorn.config import STARTUP_FAILURE as UVICORN_STARTUP_FAILURE

    class ChannelServer(uvicorn.Server):
        """A uvicorn server that listens on nothing: its connections arrive over ``channel``
        as file descriptors, and go to the same protocol uvicorn's ``accept`` would give them."""

        def __init__(self, config: uvicorn.Config, channel: socket.socket) -> None:
            super().__init__(config)
            self._channel = channel

        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            await self.lifespan.startup()
            if self.lifespan.should_exit:
                sys.exit(UVICORN_STARTUP_FAILURE)
            config = self.config

            def create_protocol(_loop: asyncio.AbstractEventLoop | None = None) -> Any:
                return config.http_protocol_class(  # type: ignore[call-arg]
                    config=config,
                    server_state=self.server_state,
                    app_state=self.lifespan.state,
                    _loop=_loop,
                )

            loop = asyncio.get_running_loop()
            self.servers = []
            self._channel.setblocking(False)
            loop.add_reader(self._channel.fileno(), self._take, loop, create_protocol)
            self._channel.send(_READY)
            self.started = True

        def _take(
            self, loop: asyncio.AbstractEventLoop, create_protocol: Callable[..., Any]
        ) -> None:
            while True:
                try:
                    message, fds, _, _ = socket.recv_fds(self._channel, 1, 1)
                except (BlockingIOError, InterruptedError):
                    return
                except OSError:
                    message, fds = b"", []
                if not message and not fds:  # the listening process is gone: stop
                    loop.remove_reader(self._channel.fileno())
                    self.should_exit = True
                    return
                for fd in fds:
                    connection = socket.socket(fileno=fd)
                    loop.create_task(self._connect(loop, create_protocol, connection))

        async def _connect(
            self,
            loop: asyncio.AbstractEventLoop,
            create_protocol: Callable[..., Any],
            connection: socket.socket,
        ) -> None:
            try:
                await loop.connect_accepted_socket(create_protocol, connection)
            except OSError:  # closed by the client before it was taken up
                connection.close()

        async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
            with contextlib.suppress(Exception):
                asyncio.get_running_loop().remove_reader(self._channel.fileno())
            await super().shutdown(sockets)
            self._channel.close()

    return ChannelServer


def channel_pair() -> tuple[socket.socket, socket.socket]:
    """The listening process's end and a worker's end of the channel connections go over.

    The listening process's end never blocks: a worker whose queue of handed-over
    connections is full (its loop busy or hung) is skipped, and the connection goes to the
    next."""
    ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    ours.setblocking(False)
    return ours, theirs


@dataclass
class _Worker:
    process: BaseProcess
    channel: socket.socket
    started_at: float
    ready: bool = False


@dataclass
class _Pool:
    """The worker processes and where the next connection goes."""

    options: dict[str, Any]
    size: int
    selector: selectors.BaseSelector
    context: Any = field(default_factory=lambda: multiprocessing.get_context("spawn"))
    workers: list[_Worker | None] = field(default_factory=list)
    turn: int = 0

    def start(self, index: int) -> None:
        ours, theirs = channel_pair()
        process = self.context.Process(
            target=_worker, args=(theirs, self.options), name=f"nm-trafficking-worker-{index}"
        )
        process.start()
        theirs.close()
        worker = _Worker(process, ours, time.monotonic())
        if index < len(self.workers):
            self.workers[index] = worker
        else:
            self.workers.append(worker)
        self.selector.register(ours, selectors.EVENT_READ, index)

    def hand_over(self, connection: socket.socket) -> bool:
        """Give ``connection`` to the next worker in turn, skipping one that is gone or whose
        queue is full; False when none could take it (the caller closes it: the client sees
        the connection refused rather than the whole service stalled)."""
        for _ in range(self.size):
            worker = self.workers[self.turn]
            self.turn = (self.turn + 1) % self.size
            if worker is None:
                continue
            try:
                socket.send_fds(worker.channel, [_CONNECTION], [connection.fileno()])
                return True
            except OSError:  # BlockingIOError (queue full) included
                continue
        return False

    def heard(self, index: int) -> bool:
        """A worker's channel is readable: it is ready (True), or it has gone (False)."""
        worker = self.workers[index]
        if worker is None:
            return True
        try:
            message = worker.channel.recv(16)
        except (BlockingIOError, InterruptedError):
            return True
        except OSError:
            message = b""
        if message:
            worker.ready = True
            return True
        return False

    def replace(self, index: int) -> bool:
        """Replace a worker that has gone; False when it never started (stop the service)."""
        worker = self.workers[index]
        if worker is None:
            return True
        self.selector.unregister(worker.channel)
        worker.channel.close()
        worker.process.join(timeout=_STOP_SECONDS)
        self.workers[index] = None
        if not worker.ready:
            return False
        print(
            f"nm-trafficking: worker {index} stopped (exit status {worker.process.exitcode});"
            " starting another",
            file=sys.stderr,
            flush=True,
        )
        self.start(index)
        return True

    def stop(self) -> None:
        """Stop every worker: SIGTERM (uvicorn's graceful shutdown), then SIGKILL after
        ``_STOP_SECONDS``."""
        alive = [w for w in self.workers if w is not None]
        for worker in alive:
            with contextlib.suppress(KeyError, ValueError, OSError):
                self.selector.unregister(worker.channel)
            worker.channel.close()  # a worker reading EOF stops as well
            if worker.process.is_alive() and worker.process.pid is not None:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(worker.process.pid, signal.SIGTERM)
        deadline = time.monotonic() + _STOP_SECONDS
        try:
            for worker in alive:
                worker.process.join(timeout=max(0.0, deadline - time.monotonic()))
        except KeyboardInterrupt:  # a second Ctrl+C: stop waiting
            pass
        finally:
            for worker in alive:
                if worker.process.is_alive():
                    worker.process.kill()
                    worker.process.join()


class _Stop(Exception):
    """SIGTERM to the parent."""


def _on_term(signum: int, frame: FrameType | None) -> None:
    raise _Stop


def listen(host: str, port: int) -> socket.socket:
    """The listening socket (IPv6 when ``host`` is an IPv6 address)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(_BACKLOG)
    except OSError:
        sock.close()
        raise
    sock.setblocking(False)
    return sock


def serve(host: str, port: int, workers: int, options: dict[str, Any]) -> int:
    """Serve on ``host:port`` with ``workers`` uvicorn workers (``options``: their
    ``uvicorn.Config`` arguments); returns the exit status when stopped."""
    try:
        listener = listen(host, port)
    except OSError as exc:
        print(f"nm-trafficking: cannot listen on {host}:{port}: {exc.strerror}", file=sys.stderr)
        return 1
    selector = selectors.DefaultSelector()
    pool = _Pool(options, workers, selector)
    previous = signal.signal(signal.SIGTERM, _on_term)
    status = 0
    try:
        for index in range(workers):
            pool.start(index)
        selector.register(listener, selectors.EVENT_READ, None)
        while True:
            for key, _ in selector.select(timeout=1.0):
                if key.data is None:
                    _accept_all(listener, pool)
                elif not pool.heard(key.data) and not pool.replace(key.data):
                    print("nm-trafficking: a worker could not start; stopping", file=sys.stderr)
                    return STARTUP_FAILURE
    except (KeyboardInterrupt, _Stop):
        status = 0
    finally:
        signal.signal(signal.SIGTERM, previous)
        listener.close()
        pool.stop()
        selector.close()
    return status


def _accept_all(listener: socket.socket, pool: _Pool) -> None:
    while True:
        try:
            connection, _ = listener.accept()
        except (BlockingIOError, InterruptedError):
            return
        except OSError:  # e.g. too many open files: try again on the next wake-up
            return
        with connection:  # the worker holds its own copy; a refused one is closed here
            pool.hand_over(connection)
