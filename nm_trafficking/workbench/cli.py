"""``nm-trafficking serve``: the workbench (HTTP service and browser app) on uvicorn.

Wired into the main command with two lines (``add_parser(subparsers)`` when building the
parser, ``run(args)`` for the ``serve`` command); ``python -m nm_trafficking.workbench serve``
runs it on its own."""

from __future__ import annotations

import argparse
import ipaddress
import os
import socket
import sys
from collections.abc import Callable, Sequence
from typing import Any

from nm_trafficking.limits import printable

__all__ = ["LOOPBACK_HOSTS", "add_parser", "main", "run"]

LIMIT_CONCURRENCY = 256
"""Most connections and requests the server holds at once; more get 503 at once."""

LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]
"""The ``Host`` headers accepted when the service is bound to a loopback address."""


def _port(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = -1
    if not 0 <= n <= 65535:
        raise argparse.ArgumentTypeError(f"--port takes a number from 0 to 65535, not {text!r}")
    return n


def _workers(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if not 1 <= n <= 64:
        raise argparse.ArgumentTypeError(
            f"--workers takes a whole number from 1 to 64, not {text!r}"
        )
    return n


def add_parser(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
) -> argparse.ArgumentParser:
    """Add the ``serve`` command to the main command's subparsers."""
    p: argparse.ArgumentParser = subparsers.add_parser(
        "serve",
        help="the task-force workbench: HTTP service and browser app (loopback by default)",
        description="Serve the workbench: the browser app at / and the HTTP API at /api/v1 "
        "(OpenAPI docs at /api/docs). Nothing is stored or logged.",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    p.add_argument("--port", type=_port, default=8000, help="port (default 8000)")
    p.add_argument("--workers", type=_workers, default=1, help="worker processes (default 1)")
    p.add_argument(
        "--max-body-kib",
        type=int,
        default=1024,
        help="largest request body accepted, in KiB (default 1024)",
    )
    return p


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _head_limits() -> dict[str, Any]:
    try:
        from nm_trafficking.workbench.protocol import MAX_HEAD_BYTES, BoundedHttpToolsProtocol
    except ImportError:  # pragma: no cover - no httptools: uvicorn's h11, bounded by size
        return {"http": "h11", "h11_max_incomplete_event_size": 64 * 1024}
    return {"http": BoundedHttpToolsProtocol, "h11_max_incomplete_event_size": MAX_HEAD_BYTES}


def _unbindable(host: str, port: int) -> str | None:
    """Why ``host`` cannot be an address to listen on (not an address, or a name that does not
    resolve), or ``None``."""
    try:
        socket.getaddrinfo(host.strip("[]"), port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except (OSError, UnicodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return f"not an address this machine can listen on ({reason})"
    return None


def run(args: argparse.Namespace) -> int:
    """Start the server; returns when it stops (exit status)."""
    try:
        import uvicorn
    except ImportError:  # pragma: no cover - a dependency
        print(
            "nm-trafficking: serve needs uvicorn and fastapi (pip install nm_trafficking)",
            file=sys.stderr,
        )
        return 2
    from nm_trafficking.workbench.app import ENV_ALLOWED_HOSTS, ENV_MAX_BODY

    if args.max_body_kib < 1:
        print("nm-trafficking: --max-body-kib must be at least 1", file=sys.stderr)
        return 2
    os.environ[ENV_MAX_BODY] = str(args.max_body_kib * 1024)
    unbindable = _unbindable(args.host, args.port)
    if unbindable is not None:
        print(f"nm-trafficking: --host {printable(args.host)}: {unbindable}", file=sys.stderr)
        return 2
    if _is_loopback(args.host):
        os.environ[ENV_ALLOWED_HOSTS] = ",".join(LOOPBACK_HOSTS)
    else:
        os.environ.pop(ENV_ALLOWED_HOSTS, None)
        print(
            f"nm-trafficking: warning: serving on {args.host}, not loopback. The workbench has "
            "no authentication: put it behind an authenticating proxy on a trusted network.",
            file=sys.stderr,
        )
    shown = f"[{args.host}]" if ":" in args.host and not args.host.startswith("[") else args.host

    def announce(port: int) -> None:
        print(
            f"nm-trafficking workbench: http://{shown}:{port}/  (API: /api/v1, docs: /api/docs;"
            " Ctrl+C stops it)",
            file=sys.stderr,
            flush=True,
        )

    options: dict[str, Any] = {
        "app": "nm_trafficking.workbench.app:app_factory",
        "factory": True,
        "host": args.host.strip("[]"),
        "port": args.port,
        "access_log": False,
        "log_level": "warning",
        "server_header": False,
        "proxy_headers": False,
        # Bounded: at most this many connections and requests at once (503 beyond), idle
        # keep-alive connections closed after 5 s; a request body must arrive within 30 s
        # (workbench.http.BODY_SECONDS).
        "limit_concurrency": LIMIT_CONCURRENCY,
        "timeout_keep_alive": 5,
        # Request heads bounded in size, field count and time (workbench/protocol.py);
        # without httptools, h11 bounds the size alone.
        **_head_limits(),
        # Stopping: requests still running after 8 s are cancelled (before the workers'
        # supervisor would kill them at 10 s, skipping the app's own shutdown).
        "timeout_graceful_shutdown": 8,
    }
    if args.workers > 1:
        return _serve_workers(uvicorn.Config(**options, workers=args.workers), announce)
    socks = _listeners(options["host"], args.port, 1)
    if socks is None:
        return 1
    server = uvicorn.Server(uvicorn.Config(**options))
    with socks[0] as sock:
        announce(sock.getsockname()[1])  # the port it got (--port 0: any free one)
        try:
            server.run(sockets=[sock])
        except KeyboardInterrupt:  # uvicorn stops gracefully, then passes Ctrl+C on
            print("nm-trafficking: interrupted", file=sys.stderr)
            return 130
    return 0 if server.started else 3  # 3: it could not start (uvicorn's own status)


def _bound(host: str, port: int, *, shared_port: bool = False) -> socket.socket | None:
    """A socket listening on ``host:port`` (so that a port in use is a clear error and ``--port
    0`` is announced as the port it got), or ``None`` having said why not. It is bound without
    ``SO_REUSEPORT``, so any socket already on the port (another ``serve``'s among them) is an
    error; ``shared_port`` sets ``SO_REUSEPORT`` after the bind, before it listens, so that
    sockets of ``_joined`` may listen on the same port."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        if shared_port:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.listen(2048)  # a client that comes as it is announced waits for the app to start
    except OSError as exc:
        sock.close()
        print(f"nm-trafficking: cannot listen on {host}:{port}: {exc.strerror}", file=sys.stderr)
        return None
    return sock


def _joined(first: socket.socket) -> socket.socket | None:
    """Another socket listening on ``first``'s address with ``SO_REUSEPORT`` (Linux deals each
    new connection to one socket of the group by a hash of its addresses), or ``None`` having
    said why not."""
    address = first.getsockname()  # with IPv6, its flow and scope too
    host, port = address[:2]
    sock = socket.socket(first.family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.bind(address)
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        print(f"nm-trafficking: cannot listen on {host}:{port}: {exc.strerror}", file=sys.stderr)
        return None
    return sock


def _listeners(host: str, port: int, count: int) -> list[socket.socket] | None:
    """One listening socket per worker, all on ``host:port``, so that the kernel spreads the
    connections over the workers (with one shared socket, the worker that wakes first accepts
    a whole burst: asyncio accepts greedily). Where ``SO_REUSEPORT`` does not balance (not
    Linux) and for one worker: one socket. ``None`` having said why not."""
    per_worker = count > 1 and sys.platform == "linux" and hasattr(socket, "SO_REUSEPORT")
    first = _bound(host, port, shared_port=per_worker)
    if first is None:
        return None
    socks = [first]
    while per_worker and len(socks) < count:
        sock = _joined(first)
        if sock is None:
            for s in socks:
                s.close()
            return None
        socks.append(sock)
    return socks


def _serve_workers(config: Any, announce: Callable[[int], None]) -> int:
    """uvicorn's own worker processes (its ``Multiprocess`` supervisor: a worker that dies is
    replaced; SIGINT or SIGTERM stops them all), each on its own listening socket bound here
    (``_listeners``: a port in use is a clear error and ``--port 0`` is announced as the port
    it got). The supervisor holds the sockets for the life of the server: a worker's
    replacement takes over its socket and the connections queued on it."""
    import logging
    import signal
    from multiprocessing import resource_tracker

    from uvicorn.config import STARTUP_FAILURE
    from uvicorn.supervisors.multiprocess import Multiprocess, Process

    logger = logging.getLogger("uvicorn.error")

    class Supervisor(Multiprocess):
        interrupted = False

        def _process(self, slot: int) -> Process:
            """A worker for ``slot``, on that slot's socket (or on the one shared socket)."""
            sockets = self.sockets if len(self.sockets) == 1 else [self.sockets[slot]]
            process = Process(self.config, sockets)
            process.start()
            return process

        def init_processes(self) -> None:
            # The workers start with SIGINT ignored (an ignored signal stays ignored across
            # exec): a Ctrl+C while they are still loading is this process's to handle (it
            # stops them), with no traceback from a worker; uvicorn takes the signals over in
            # each worker once it runs. SIGINT is also blocked meanwhile, so a Ctrl+C that
            # arrives while they spawn stays pending (Linux keeps a blocked signal even while
            # it is ignored) and reaches this process's handler once it is back, instead of
            # being lost. multiprocessing's resource tracker unblocks SIGINT when it starts
            # (with the first worker): it is started first.
            resource_tracker.ensure_running()
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
            before = signal.signal(signal.SIGINT, signal.SIG_IGN)
            try:
                for slot in range(self.processes_num):
                    self.processes.append(self._process(slot))
            finally:
                signal.signal(signal.SIGINT, before)
                signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})

        def keep_subprocess_alive(self) -> None:
            # uvicorn's, but the replacement takes the dead worker's socket.
            for slot, process in enumerate(self.processes):
                if self.should_exit.is_set():
                    return
                if process.is_alive(timeout=self.config.timeout_worker_healthcheck):
                    continue
                process.kill()  # hung: killed
                process.join()
                if process.exitcode == STARTUP_FAILURE:  # would fail the same way again
                    logger.error(f"Child process [{process.pid}] failed to start, stopping.")
                    self.should_exit.set()
                    return
                if self.should_exit.is_set():
                    return
                logger.info(f"Child process [{process.pid}] died")
                self.processes[slot] = self._process(slot)

        def restart_all(self) -> None:
            # uvicorn's (SIGHUP: each worker replaced once its replacement is ready), but the
            # replacement takes the old worker's socket.
            for slot, old in enumerate(self.processes):
                if self.should_exit.is_set():
                    return
                new = self._process(slot)
                timeout = self.config.timeout_worker_healthcheck
                if not new.wait_until_ready(timeout, self.should_exit):
                    new.kill()
                    new.join()
                    if not self.should_exit.is_set():
                        logger.error(
                            f"New child process [{new.pid}] was not ready in time; keeping"
                            f" worker [{old.pid}] and aborting the restart."
                        )
                    return
                old.terminate()
                old.join()
                self.processes[slot] = new

        def handle_ttin(self) -> None:
            if len(self.sockets) == 1:
                super().handle_ttin()
            else:
                self._refuse_scaling("SIGTTIN")

        def handle_ttou(self) -> None:
            if len(self.sockets) == 1:
                super().handle_ttou()
            else:
                self._refuse_scaling("SIGTTOU")

        def _refuse_scaling(self, name: str) -> None:
            # Each worker has its own socket: a worker added would need a socket added to
            # the port, and one removed would drop the connections queued on its socket.
            logger.warning(
                f"Received {name}: the number of workers stays {self.processes_num} (one"
                " listening socket each); restart serve with another --workers to change it."
            )

        def handle_int(self) -> None:
            self.interrupted = True
            super().handle_int()

    socks = _listeners(config.host, config.port, config.workers)
    if socks is None:
        return 1
    for sock in socks:
        sock.set_inheritable(True)
    try:
        announce(socks[0].getsockname()[1])
        supervisor = Supervisor(config, sockets=socks)
        supervisor.run()
    finally:
        for sock in socks:
            sock.close()
    if supervisor.interrupted:  # Ctrl+C: every worker stopped; the status says interrupted
        print("nm-trafficking: interrupted", file=sys.stderr)
        return 130
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m nm_trafficking.workbench serve [...]``."""
    parser = argparse.ArgumentParser(prog="nm-trafficking")
    sub = parser.add_subparsers(dest="command", required=True)
    add_parser(sub)
    try:
        return run(parser.parse_args(argv))
    except KeyboardInterrupt:  # while still loading the web stack (afterwards: a clean stop)
        print("nm-trafficking: interrupted", file=sys.stderr)
        return 130
