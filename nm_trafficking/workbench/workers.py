"""``serve --workers N`` (N > 1): one listening process hands each connection to the next worker.

uvicorn's own multi-worker mode lets every worker accept from one shared socket, and which
worker wins a connection is a race: ten keep-alive connections opened together were seen split
10/0, 8/2 and 5/5 between two workers, and they stay where they landed — so one core may idle
while the other queues. Here the parent process alone accepts, and passes each accepted
connection (its file descriptor, over a Unix socket pair) to the workers strictly in turn, so
N connections opened together are split as evenly as N allows. Only the connection is handed
over, once: the requests on it go straight to its worker (a design that handed each *request*
over pipes was measured and dropped: its round trip cost what the balance gained).

Each worker is an ordinary uvicorn server (the same protocol, limits and app) whose connections
come from the parent instead of its own ``accept``; it takes up the connections handed to it
between two requests, and reports each. A worker holds at most ``_IN_FLIGHT`` connections not
yet taken up: when the worker whose turn it is holds that many, the next connections wait in
the parent for it (a few milliseconds, while it finishes a request), unless one of them has
waited ``_STALLED`` seconds: the worker is then busy with a long request, stopped or hung, and
is passed over, as are workers not yet started or stopping. When every worker is passed over,
connections wait in the parent (at most ``_WAITING``, then they are closed). So a stalled
worker holds up at most ``_IN_FLIGHT`` new connections, the parent never waits on a worker, and
out of file descriptors it pauses accepting instead of spinning. Once every worker has started,
the parent says so on standard error (``all N workers ready``).

A worker that dies is replaced; one that cannot start (exits with an error before it is ready)
stops the service (exit status 3, as uvicorn). Ctrl+C (SIGINT to the process group: exit
status 130) and SIGTERM to the parent (0) stop every worker; a worker whose parent is gone
stops too. Nothing here reads a request: fact content never passes through the parent.
"""

from __future__ import annotations

import asyncio
import collections
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
from multiprocessing import resource_tracker
from multiprocessing.process import BaseProcess
from types import FrameType
from typing import Any

__all__ = ["STARTUP_FAILURE", "serve"]

STARTUP_FAILURE = 3
EXIT_INTERRUPTED = 130
"""Exit status when stopped by Ctrl+C (SIGTERM: 0)."""
"""Exit status when a worker cannot start (uvicorn's own)."""

_READY = b"r"  # worker → parent: started, deal me connections
_TAKEN = b"t"  # worker → parent: one connection taken up (the parent counts what is in flight)
_DRAINING = b"d"  # worker → parent: stopping, deal me no more
_CONNECTION = b"c"  # parent → worker: a connection (its descriptor rides along)
_IN_FLIGHT = 2
"""Connections handed to a worker and not yet taken up, beyond which it gets no more until it
takes one up: what a worker that stalls can hold up."""
_STALLED = 0.01
"""Seconds a connection handed to a worker may stay untaken before the worker is passed over
(busy with a long request, stopped or hung) until it takes it up. A worker takes connections
up between two requests; a typical request takes a millisecond or two, so connections opened
together wait this long at most for the worker whose turn it is, and a worker busy with
longer requests gets its two at a time while the others take the rest (a longer wait had the
listening process hold every new connection behind a worker busy with 50–100 ms requests)."""
_RETRY_SECONDS = 0.05
"""How soon a worker tells again what it could not tell the parent (its channel full)."""
_WAITING = 1024
"""Connections the listening process holds while every worker is busy; more are closed."""
_BACKLOG = 2048
_STOP_SECONDS = 10.0
_PAUSE_SECONDS = 0.25


def _worker(channel: socket.socket, options: dict[str, Any]) -> None:  # pragma: no cover
    """A worker process: uvicorn with ``options``, taking its connections from ``channel``
    (covered by the tests that start ``serve --workers 2``, in their own processes)."""
    # SIGINT arrives ignored (_Pool.start): until uvicorn takes the signals over, Ctrl+C is
    # the listening process's to handle. It arrives blocked as well: unblocked here (ignored,
    # nothing is delivered), so that uvicorn's handler gets it once installed.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
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
            self._untold = 0
            self._retrying = False

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
            if not self._tell(_READY):  # the listening process is gone already
                self.should_exit = True
            self.started = True

        def _tell(self, message: bytes) -> bool:
            try:
                self._channel.send(message)
                return True
            except OSError:
                return False

        def _taken(self, loop: asyncio.AbstractEventLoop) -> None:
            """Tell the parent one more connection was taken up. None may be lost (the parent
            would think the worker stalled): what the full channel refuses is told again."""
            self._untold += 1
            self._flush(loop)

        def _flush(self, loop: asyncio.AbstractEventLoop) -> None:
            while self._untold:
                try:
                    self._channel.send(_TAKEN)
                except BlockingIOError:
                    if not self._retrying:
                        self._retrying = True
                        loop.call_later(_RETRY_SECONDS, self._retry, loop)
                    return
                except OSError:  # the parent is gone: the channel's reader stops the worker
                    return
                self._untold -= 1

        def _retry(self, loop: asyncio.AbstractEventLoop) -> None:
            self._retrying = False
            self._flush(loop)

        def _take(
            self, loop: asyncio.AbstractEventLoop, create_protocol: Callable[..., Any]
        ) -> None:
            while True:
                try:
                    message, fds, flags, _ = socket.recv_fds(self._channel, 1, 1)
                except (BlockingIOError, InterruptedError):
                    return
                except OSError:
                    message, fds, flags = b"", [], 0
                if not message and not fds:  # the listening process is gone: stop
                    loop.remove_reader(self._channel.fileno())
                    self.should_exit = True
                    return
                self._taken(loop)
                if flags & socket.MSG_CTRUNC and not fds:
                    print(
                        "nm-trafficking: a worker could not take a connection (too many open "
                        "files?)",
                        file=sys.stderr,
                        flush=True,
                    )
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
            self._tell(_DRAINING)
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
    ready: bool = False
    draining: bool = False
    handed: collections.deque[float] = field(default_factory=collections.deque)
    """When each connection handed over and not yet reported taken up was handed, oldest
    first."""

    @property
    def in_flight(self) -> int:
        """Connections handed over and not yet reported taken up."""
        return len(self.handed)

    def passed_over(self, now: float) -> bool:
        """Not started, stopping, or stalled (a connection untaken for ``_STALLED`` s)."""
        handed = self.handed
        return not self.ready or self.draining or bool(handed and now - handed[0] >= _STALLED)


@dataclass
class _Pool:
    """The worker processes and where the next connection goes."""

    options: dict[str, Any]
    size: int
    selector: selectors.BaseSelector
    context: Any = field(default_factory=lambda: multiprocessing.get_context("spawn"))
    workers: list[_Worker | None] = field(default_factory=list)
    turn: int = 0
    waiting: collections.deque[socket.socket] = field(default_factory=collections.deque)
    """Accepted connections no worker could take yet, oldest first."""
    all_ready: bool = False
    """Every worker has started (said once)."""

    def start(self, index: int) -> None:
        ours, theirs = channel_pair()
        process = self.context.Process(
            target=_worker, args=(theirs, self.options), name=f"nm-trafficking-worker-{index}"
        )
        # The worker inherits an ignored SIGINT (Python keeps it so): a Ctrl+C while it is
        # still loading is the listening process's to handle, with no traceback from the
        # worker; uvicorn takes the signals over once it runs. Here SIGINT is blocked too
        # while it is ignored, so a Ctrl+C meanwhile is not lost but delivered once the worker
        # is recorded (and so stopped with the others).
        # multiprocessing's resource tracker, started with the first worker, unblocks SIGINT
        # when it has started: start it first, so that it cannot unblock it in the window.
        resource_tracker.ensure_running()
        mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            before = signal.signal(signal.SIGINT, signal.SIG_IGN)
            try:
                process.start()
            finally:
                signal.signal(signal.SIGINT, before)
            theirs.close()
            worker = _Worker(process, ours)
            if index < len(self.workers):
                self.workers[index] = worker
            else:
                self.workers.append(worker)
            self.selector.register(ours, selectors.EVENT_READ, index)
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)

    def hand_over(self, connection: socket.socket) -> None:
        """Take ``connection`` over: give it to the next worker in turn not passed over
        (:meth:`_Worker.passed_over`) if it holds fewer than ``_IN_FLIGHT`` untaken, else keep
        it waiting, behind any that wait already (at most ``_WAITING``; beyond, it is closed:
        the client sees it refused rather than the whole service stalled)."""
        if not self.waiting and self._send(connection):
            connection.close()  # the worker holds its own copy of the descriptor
            return
        if len(self.waiting) < _WAITING:
            self.waiting.append(connection)
            return
        connection.close()

    def _send(self, connection: socket.socket) -> bool:
        """Hand ``connection`` to the next worker in turn that is not passed over; False when
        it holds ``_IN_FLIGHT`` untaken (the connection waits for it: strict turns keep
        connections opened together evenly split), or when every worker is passed over."""
        now = time.monotonic()
        for _ in range(self.size):
            worker = self.workers[self.turn]
            if worker is None or worker.passed_over(now):
                self.turn = (self.turn + 1) % self.size
                continue
            if worker.in_flight >= _IN_FLIGHT:
                return False
            try:
                socket.send_fds(worker.channel, [_CONNECTION], [connection.fileno()])
            except OSError:  # its queue is full, or it has gone
                self.turn = (self.turn + 1) % self.size
                continue
            worker.handed.append(now)
            self.turn = (self.turn + 1) % self.size
            return True
        return False

    def deal_waiting(self) -> None:
        """Hand the waiting connections over, oldest first, while the worker whose turn it is
        takes them (the listening process calls this after every message from a worker, and
        every ``_STALLED / 2`` seconds while any wait)."""
        while self.waiting and self._send(self.waiting[0]):
            self.waiting.popleft().close()

    def heard(self, index: int) -> bool:
        """Read what a worker said (started, took a connection up, stopping);
        False when it has gone."""
        worker = self.workers[index]
        if worker is None:
            return True
        while True:
            try:
                message = worker.channel.recv(16)
            except (BlockingIOError, InterruptedError):
                return True
            except OSError:
                message = b""
            if not message:
                return False
            if message == _TAKEN:
                if worker.handed:
                    worker.handed.popleft()
            elif message == _READY:
                worker.ready = True
                if not self.all_ready and all(w is not None and w.ready for w in self.workers):
                    self.all_ready = True
                    print(
                        f"nm-trafficking: all {self.size} workers ready",
                        file=sys.stderr,
                        flush=True,
                    )
            elif message == _DRAINING:
                worker.draining = True

    def replace(self, index: int) -> bool:
        """Replace a worker that has gone; False when it failed to start (it exited with an
        error before it was ready: the app or settings are broken, so stop the service). One
        killed by a signal, even while starting, is replaced."""
        worker = self.workers[index]
        if worker is None:
            return True
        self.selector.unregister(worker.channel)
        worker.channel.close()
        worker.process.join(timeout=_STOP_SECONDS)
        self.workers[index] = None
        exitcode = worker.process.exitcode
        if not worker.ready and exitcode is not None and exitcode > 0:
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
        while self.waiting:
            self.waiting.popleft().close()
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


def serve(
    host: str,
    port: int,
    workers: int,
    options: dict[str, Any],
    announce: Callable[[int], None] | None = None,
) -> int:
    """Serve on ``host:port`` with ``workers`` uvicorn workers (``options``: their
    ``uvicorn.Config`` arguments); ``announce(port)`` once listening (the port bound, which
    ``port=0`` leaves to the system). Returns the exit status when stopped."""
    try:
        listener = listen(host, port)
    except OSError as exc:
        print(f"nm-trafficking: cannot listen on {host}:{port}: {exc.strerror}", file=sys.stderr)
        return 1
    if announce is not None:
        announce(listener.getsockname()[1])
    selector = selectors.DefaultSelector()
    pool = _Pool(options, workers, selector)
    previous = signal.signal(signal.SIGTERM, _on_term)
    status = 0
    paused_until: float | None = None  # accepting paused (out of file descriptors) until then
    warned = False
    try:
        for index in range(workers):
            pool.start(index)
        selector.register(listener, selectors.EVENT_READ, None)
        while True:
            # Connections waiting for a worker: look again soon (it may stall meanwhile).
            timeout = _STALLED / 2 if pool.waiting else 1.0
            if paused_until is not None:
                timeout = min(timeout, max(0.0, paused_until - time.monotonic()))
            for key, _ in selector.select(timeout=timeout):
                if key.data is None:
                    if _accept_all(listener, pool):
                        warned = False
                    else:
                        # Out of file descriptors: the listener stays readable, so pause
                        # accepting rather than spin; say so once while it lasts.
                        selector.unregister(listener)
                        if not warned:
                            warned = True
                            print(
                                "nm-trafficking: too many open connections; accepting "
                                "paused briefly",
                                file=sys.stderr,
                                flush=True,
                            )
                        paused_until = time.monotonic() + _PAUSE_SECONDS
                elif not pool.heard(key.data) and not pool.replace(key.data):
                    print("nm-trafficking: a worker could not start; stopping", file=sys.stderr)
                    return STARTUP_FAILURE
            pool.deal_waiting()
            if paused_until is not None and time.monotonic() >= paused_until:
                selector.register(listener, selectors.EVENT_READ, None)
                paused_until = None
    except KeyboardInterrupt:  # Ctrl+C: stopped, as the command says when interrupted
        print("nm-trafficking: interrupted", file=sys.stderr)
        status = EXIT_INTERRUPTED
    except _Stop:  # SIGTERM: a requested stop
        status = 0
    finally:
        signal.signal(signal.SIGTERM, previous)
        listener.close()
        pool.stop()
        selector.close()
    return status


def _accept_all(listener: socket.socket, pool: _Pool) -> bool:
    """Accept every pending connection and hand each over; False when accepting failed for
    want of resources (e.g. too many open files)."""
    while True:
        try:
            connection, _ = listener.accept()
        except (BlockingIOError, InterruptedError):
            return True
        except OSError:
            return False
        pool.hand_over(connection)
