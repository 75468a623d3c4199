"""Repeat the concurrency check many times: THREADS threads x PER_THREAD assessments must give
exactly the results of a sequential run, every time, with no crash and no live session.

    python benchmarks/stress_threads.py --repeat 20 [--threads 8] [--per-thread 5000]
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import nm_trafficking as nmt
from nm_trafficking.rules.engine import default_engine
from tests.test_concurrency import _digest, _patterns


def _work(
    t: int,
    run: int,
    count: int,
    patterns: list[nmt.FactPattern],
    expected: list[str],
    bad: list[int],
) -> None:
    for k in range(count):
        i = (k * 7 + t * 31 + run) % len(patterns)
        if _digest(nmt.assess(patterns[i])) != expected[i]:
            bad.append(i)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--per-thread", type=int, default=5000)
    args = parser.parse_args()
    patterns = _patterns(250)
    expected = [_digest(nmt.assess(p)) for p in patterns]
    failures = 0
    for run in range(1, args.repeat + 1):
        bad: list[int] = []
        start = time.perf_counter()
        threads = [
            threading.Thread(target=_work, args=(t, run, args.per_thread, patterns, expected, bad))
            for t in range(args.threads)
        ]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        live = default_engine().live_sessions
        failures += bool(bad) or live != 0
        print(
            f"run {run}: {args.threads} x {args.per_thread} in {time.perf_counter() - start:.1f} s,"
            f" mismatches {len(bad)}, live sessions {live}"
        )
    print(f"{args.repeat} runs, {failures} with a failure")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
