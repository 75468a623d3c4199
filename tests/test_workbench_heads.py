"""Request heads are bounded in size, field count and time (issue 21 item 5): three clients
each sending an unfinished 100 MB header grew the server from 60 to 412 MB."""

from __future__ import annotations

import argparse
import contextlib
import socket
import threading
import time
import warnings
from collections.abc import Iterator
from typing import Any

import pytest

uvicorn = pytest.importorskip("uvicorn")
pytest.importorskip("httptools")

from nm_trafficking.workbench import cli as serve_cli  # noqa: E402
from nm_trafficking.workbench import protocol  # noqa: E402
from nm_trafficking.workbench.protocol import (  # noqa: E402
    MAX_HEAD_BYTES,
    MAX_HEADERS,
    BoundedHttpToolsProtocol,
)


@pytest.fixture(scope="module")
def port() -> Iterator[int]:
    from nm_trafficking.workbench import create_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        config = uvicorn.Config(
            create_app(), host="127.0.0.1", port=0, http=BoundedHttpToolsProtocol,
            log_level="critical", lifespan="off",
        )  # fmt: skip
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the server did not start"
        time.sleep(0.02)
    bound: int = server.servers[0].sockets[0].getsockname()[1]
    yield bound
    server.should_exit = True
    thread.join(timeout=10)


def _exchange(port: int, data: bytes) -> bytes:
    """Send ``data`` (as much as the server takes) and read the answer until it closes."""
    with socket.create_connection(("127.0.0.1", port), timeout=20) as s:
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            s.sendall(data)  # the server may refuse it before everything is sent
        answer = b""
        try:
            while chunk := s.recv(65536):
                answer += chunk
        except ConnectionResetError:
            pass
        return answer


def _head(*fields: str) -> bytes:
    return ("GET /api/v1 HTTP/1.1\r\nHost: 127.0.0.1\r\n" + "".join(fields)).encode()


def test_an_ordinary_request_is_answered(port: int) -> None:
    fields = [f"X-F{i}: {'v' * 100}\r\n" for i in range(MAX_HEADERS - 2)]
    answer = _exchange(port, _head(*fields, "Connection: close\r\n\r\n"))
    assert answer.startswith(b"HTTP/1.1 200"), answer[:200]


def test_an_unfinished_header_larger_than_the_limit_is_refused(port: int) -> None:
    answer = _exchange(port, _head("X-Big: ") + b"a" * (4 * MAX_HEAD_BYTES))
    assert answer.startswith(b"HTTP/1.1 431"), answer[:200]


def test_an_unfinished_url_larger_than_the_limit_is_refused(port: int) -> None:
    answer = _exchange(port, b"GET /" + b"a" * (4 * MAX_HEAD_BYTES))
    assert answer.startswith(b"HTTP/1.1 431"), answer[:200]


def test_too_many_header_fields_are_refused(port: int) -> None:
    fields = [f"X-F{i}: 1\r\n" for i in range(MAX_HEADERS + 1)]
    answer = _exchange(port, _head(*fields, "\r\n"))
    assert answer.startswith(b"HTTP/1.1 431"), answer[:200]


def test_a_head_that_trickles_in_is_refused_in_time(
    port: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(protocol, "HEAD_SECONDS", 0.5)
    answer = _exchange(port, _head("X-Slow: a"))  # and nothing more: the server must end it
    assert answer.startswith(b"HTTP/1.1 408"), answer[:200]


def test_a_connection_that_sends_nothing_is_closed_in_time(
    port: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(protocol, "HEAD_SECONDS", 0.5)
    assert _exchange(port, b"") == b""  # closed by the server (the read would wait otherwise)


def test_serve_uses_the_bounded_protocol(monkeypatch: pytest.MonkeyPatch) -> None:
    used: dict[str, Any] = {}

    class Server:
        started = True

        def __init__(self, config: object) -> None:
            pass

        def run(self, sockets: object = None) -> None:
            pass

    monkeypatch.setattr(uvicorn, "Config", lambda **options: used.update(options))
    monkeypatch.setattr(uvicorn, "Server", Server)
    args = argparse.Namespace(host="127.0.0.1", port=0, workers=1, max_body_kib=1024)
    assert serve_cli.run(args) == 0
    assert used["http"] is BoundedHttpToolsProtocol
    assert used["h11_max_incomplete_event_size"] == MAX_HEAD_BYTES


# --- issue 21 item 9: serve's exit status -------------------------------------------------


def test_serve_on_an_address_that_is_not_one_is_bad_input(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from nm_trafficking.cli import main

    assert main(["serve", "--host", "256.1.1.1", "--port", "0"]) == 2  # it was 3
    err = capsys.readouterr().err
    assert "--host 256.1.1.1: not an address this machine can listen on" in err


def _wait_until_it_answers(port: int) -> None:
    import time
    import urllib.request

    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1", timeout=2):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def test_serve_stopped_by_ctrl_c_exits_130() -> None:
    import os
    import signal
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    proc = subprocess.Popen(
        [sys.executable, "-m", "nm_trafficking.workbench", "serve", "--port", "0"],
        stderr=subprocess.PIPE, cwd=root, env=dict(os.environ, PYTHONUNBUFFERED="1"),
    )  # fmt: skip
    try:
        assert proc.stderr is not None
        line = proc.stderr.readline()
        assert b"nm-trafficking workbench:" in line  # announced
        # serving: Ctrl+C once it answers (the announcement comes just before uvicorn starts;
        # on a loaded machine a signal sent at once could arrive before its handler is set)
        _wait_until_it_answers(int(line.split(b"http://127.0.0.1:")[1].split(b"/")[0]))
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, err  # it was 0
    assert b"Traceback" not in err and err.endswith(b"nm-trafficking: interrupted\n"), err


def test_a_request_cancelled_as_the_server_stops_is_answered_503_without_a_traceback() -> None:
    # uvicorn logged "Exception in ASGI application" with a CancelledError traceback for each
    # request whose body was still arriving when SIGTERM's grace period ended
    import asyncio

    from nm_trafficking.workbench.http import SecurityHeaders

    async def app(scope: Any, receive: Any, send: Any) -> None:
        await receive()
        raise asyncio.CancelledError("Task cancelled, timeout graceful shutdown exceeded")

    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"{", "more_body": True}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "GET", "path": "/api/v1", "headers": []}
    asyncio.run(SecurityHeaders(app)(scope, receive, send))  # no CancelledError escapes
    assert sent[0]["type"] == "http.response.start" and sent[0]["status"] == 503
