"""``serve --port 0`` announces the port it got, not ``:0`` (issue 20 item 6); a port in use is
a clear error with one worker as with several."""

from __future__ import annotations

import http.client
import re
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from nm_trafficking.workbench.cli import _listeners

ROOT = Path(__file__).resolve().parent.parent


def test_port_0_is_announced_as_the_port_it_got() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "nm_trafficking.workbench", "serve", "--port", "0"],
        stderr=subprocess.PIPE, cwd=ROOT,
    )  # fmt: skip
    try:
        assert proc.stderr is not None
        line = proc.stderr.readline().decode()
        found = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        assert found, line
        port = int(found.group(1))
        assert port != 0, line
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        conn.request("GET", "/api/v1")
        assert conn.getresponse().status == 200
        conn.close()
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_a_port_in_use_is_a_clear_error_with_one_worker() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "nm_trafficking.workbench", "serve", "--port", str(port)],
            capture_output=True, cwd=ROOT, timeout=60,
        )  # fmt: skip
    assert done.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}" in done.stderr.decode()
    assert b"Traceback" not in done.stderr


@pytest.mark.skipif(sys.platform != "linux", reason="SO_REUSEPORT balances on Linux")
def test_several_workers_get_a_listening_socket_each_on_one_port() -> None:
    socks = _listeners("127.0.0.1", 0, 3)
    assert socks is not None
    try:
        ports = {s.getsockname()[1] for s in socks}
        assert len(socks) == 3 and len(ports) == 1 and 0 not in ports
        with socket.socket() as other, pytest.raises(OSError):  # no SO_REUSEPORT: taken
            other.bind(("127.0.0.1", ports.pop()))
        accepted = [0, 0, 0]
        clients = [socket.create_connection(socks[0].getsockname()) for _ in range(30)]
        for i, s in enumerate(socks):  # each socket has its own queue of connections
            s.setblocking(False)
            while True:
                try:
                    s.accept()[0].close()
                except BlockingIOError:
                    break
                accepted[i] += 1
        for c in clients:
            c.close()
        assert sum(accepted) == 30 and min(accepted) >= 1, accepted
    finally:
        for s in socks:
            s.close()


def test_one_worker_gets_a_socket_nothing_can_share(capsys: pytest.CaptureFixture[str]) -> None:
    socks = _listeners("127.0.0.1", 0, 1)
    assert socks is not None and len(socks) == 1
    with socks[0] as sock, socket.socket() as taken:
        taken.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        with pytest.raises(OSError):  # no SO_REUSEPORT on it: nothing can share its port
            taken.bind(sock.getsockname())
    with socket.socket() as taken:  # a port held with SO_REUSEPORT is still in use
        taken.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert _listeners("127.0.0.1", port, 2) is None
    assert f"cannot listen on 127.0.0.1:{port}" in capsys.readouterr().err
