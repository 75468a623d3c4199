"""HTTP benchmark of the workbench: requests/s and p50/p99 latency of ``POST /api/v1/assess`` for
the typical 10-fact pattern, at 1, 10 and 50 concurrent clients, with 1 and 2 workers, at the
summary detail (``?detail=summary``, the service's default; ``--detail`` for another).

Loopback only, bounded in count and time: the server is ``nm-trafficking serve`` on
127.0.0.1 (a free port), stopped at the end; each level runs for ``--seconds`` (default 4)
after a warm-up and sends at most ``--max-requests``. The clients are keep-alive HTTP/1.1
connections on one asyncio loop (uvloop when installed, unless ``--asyncio``), so the load
generator costs little CPU next to the server it shares the machine with.

    python benchmarks/bench_http.py [--workers 1 2] [--clients 1 10 50] [--seconds 4]
        [--law nm all] [--detail summary] [--asyncio]

Targets (docs/workbench.md): p99 < 20 ms at 10 clients; >= 1,000 requests/s with 2 workers
on a 2-core machine. The last column, ``cpu ms``, is the server's CPU time per request (its
processes' CPU ticks over the level, warm-up included, per request sent; Linux): what a request
costs whatever else the machine is doing, so 2 cores serve at most ``2000 / cpu ms`` requests/s.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from typical import TYPICAL

HOST = "127.0.0.1"  # never anything but loopback
PATH = "/api/v1/assess"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        port: int = s.getsockname()[1]
        return port


def _ticks(pid: int) -> int:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0
    return int(fields[11]) + int(fields[12])  # utime + stime


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _wait_workers_started(proc: subprocess.Popen[bytes], workers: int) -> None:
    """Until ``workers`` child processes exist and have stopped using CPU for half a second
    (imported the library and warmed up): a worker still loading would leave the first
    level's connections all on the others. (Linux: /proc; elsewhere a fixed pause.)"""
    if not os.path.exists(f"/proc/{proc.pid}"):
        time.sleep(5)
        return
    deadline = time.monotonic() + 60
    last, still_since = -1, time.monotonic()
    while time.monotonic() < deadline and proc.poll() is None:
        children = _children(proc.pid)
        ticks = sum(_ticks(c) for c in children)
        if len(children) < workers or ticks != last:
            last, still_since = ticks, time.monotonic()
        elif time.monotonic() - still_since > 0.5:
            return
        time.sleep(0.1)
    raise RuntimeError("the workbench's workers did not start")


def _server_ticks(pid: int) -> int:
    """CPU ticks the server's processes (the command and its workers) have used: with the
    requests sent, the CPU time a request costs, whatever else the machine is doing."""
    if not os.path.exists(f"/proc/{pid}"):
        return 0
    return _ticks(pid) + sum(_ticks(c) for c in _children(pid))


def _split(before: dict[int, int], workers: int) -> str:
    """Each worker's share of the workers' CPU ticks since ``before`` (the children's ticks),
    largest first: how evenly the connections were spread ("-" with one worker)."""
    if workers < 2:
        return "-"
    used = sorted((_ticks(c) - t for c, t in before.items()), reverse=True)[:workers]
    total = max(sum(used), 1)
    return "/".join(f"{100 * u // total}" for u in used)


def start_server(workers: int) -> tuple[subprocess.Popen[bytes], int]:
    """``nm-trafficking serve`` on a free loopback port, once it answers and, with several
    workers, once every worker has started."""
    port = _free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "nm_trafficking.workbench",
            "serve",
            "--host",
            HOST,
            "--port",
            str(port),
            "--workers",
            str(workers),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    if workers > 1:
        try:
            _wait_workers_started(proc, workers)
        except RuntimeError:
            proc.kill()
            raise
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"http://{HOST}:{port}/api/v1", timeout=2).read()
            break
        except OSError:
            if time.monotonic() > deadline or proc.poll() is not None:
                proc.kill()
                raise RuntimeError("the workbench did not start") from None
            time.sleep(0.1)
    return proc, port


def _request(port: int, law: str, detail: str) -> bytes:
    body = json.dumps(TYPICAL).encode()
    head = (
        f"POST {PATH}?law={law}&detail={detail} HTTP/1.1\r\nHost: {HOST}:{port}\r\n"
        "Content-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode()
    return head + body


async def _client(
    port: int, request: bytes, stop_at: float, budget: list[int], latencies: list[float]
) -> None:
    reader, writer = await asyncio.open_connection(HOST, port)
    try:
        while time.perf_counter() < stop_at and budget[0] > 0:
            budget[0] -= 1
            start = time.perf_counter()
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            status = head[9:12]
            length = 0
            for line in head.split(b"\r\n"):
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:])
            await reader.readexactly(length)
            if status != b"200":
                raise RuntimeError(f"HTTP {status.decode()}")
            latencies.append(time.perf_counter() - start)
    finally:
        writer.close()


async def _level(
    port: int, clients: int, seconds: float, max_requests: int, law: str, detail: str
) -> dict[str, float]:
    request = _request(port, law, detail)
    warm: list[float] = []
    await asyncio.gather(
        *(_client(port, request, time.perf_counter() + 0.5, [10_000], warm) for _ in range(clients))
    )
    latencies: list[float] = []
    budget = [max_requests]
    start = time.perf_counter()
    await asyncio.gather(
        *(_client(port, request, start + seconds, budget, latencies) for _ in range(clients))
    )
    elapsed = time.perf_counter() - start
    latencies.sort()
    return {
        "sent": len(warm) + len(latencies),
        "requests": len(latencies),
        "rps": len(latencies) / elapsed,
        "p50_ms": 1000 * statistics.median(latencies),
        "p99_ms": 1000 * latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 10, 50])
    parser.add_argument("--seconds", type=float, default=4.0)
    parser.add_argument("--max-requests", type=int, default=100_000)
    parser.add_argument(
        "--law",
        nargs="+",
        default=["nm", "all"],
        choices=("nm", "all", "federal"),
        help="the laws assessed (?law=): nm is § 30-52-1 alone, all adds the federal sections",
    )
    parser.add_argument(
        "--detail",
        default="summary",
        choices=("summary", "elements", "full"),
        help="the detail answered (?detail=): summary, the service's default",
    )
    parser.add_argument(
        "--asyncio",
        action="store_true",
        help="the clients on asyncio's own loop, not uvloop: they connect in one burst (with "
        "the workers on one shared socket, that burst went to one worker)",
    )
    args = parser.parse_args(argv)
    if any(c < 1 or c > 200 for c in args.clients) or not 0 < args.seconds <= 60:
        parser.error("clients from 1 to 200; seconds up to 60")
    try:
        import uvloop

        if not args.asyncio:
            uvloop.install()
    except ImportError:
        pass
    print(
        f"POST {PATH}?detail={args.detail}, typical 10-fact pattern; "
        f"Python {sys.version.split()[0]}; "
        f"{os.cpu_count()} CPUs; {args.seconds:g} s per level (loopback)"
    )
    print(
        f"{'law':>4} {'workers':>7} {'clients':>7} {'requests':>9} {'req/s':>8} {'p50 ms':>7} "
        f"{'p99 ms':>7} {'cpu ms':>7}  split %"
    )
    for workers in args.workers:
        proc, port = start_server(workers)
        try:
            for law in args.law:
                for clients in args.clients:
                    before = _server_ticks(proc.pid)
                    kids = {c: _ticks(c) for c in _children(proc.pid)}
                    r = asyncio.run(
                        _level(port, clients, args.seconds, args.max_requests, law, args.detail)
                    )
                    cpu = (_server_ticks(proc.pid) - before) / os.sysconf("SC_CLK_TCK")
                    print(
                        f"{law:>4} {workers:>7} {clients:>7} {r['requests']:>9,.0f} "
                        f"{r['rps']:>8,.0f} {r['p50_ms']:>7.2f} {r['p99_ms']:>7.2f} "
                        f"{1000 * cpu / max(r['sent'], 1):>7.2f}  {_split(kids, workers)}",
                        flush=True,
                    )
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
