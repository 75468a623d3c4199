"""Throughput of `nm-trafficking assess --jobs N` on a batch: is `--jobs 2` >= 1.6x `--jobs 1`?

    python benchmarks/bench_jobs.py                 # 5,000 patterns, jobs 1 and 2, 3 rounds
    python benchmarks/bench_jobs.py --count 20000 --rounds 5 --format text

Each round runs the real command in a child process (the same binary, loopback nothing, output to
/dev/null) for every --jobs value, interleaved, and keeps the best time of each: on a shared
machine the best round is the one least disturbed. Not a test: it prints figures.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from typical import TYPICAL as PATTERN

ROOT = Path(__file__).resolve().parents[1]


def run(path: Path, jobs: int, fmt: str, law: str) -> float:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "nm_trafficking.cli", "assess", str(path), "--jobs", str(jobs),
         "--format", fmt, "--today", "2026-11-28", "--law", law],
        stdout=subprocess.DEVNULL, check=True, env=env,
    )  # fmt: skip
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--format", default="jsonl", choices=("jsonl", "json", "text"))
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--law", default="all", choices=("all", "nm", "federal"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "batch.jsonl"
        path.write_text((json.dumps(PATTERN) + "\n") * args.count, encoding="utf-8")
        best = {j: float("inf") for j in args.jobs}
        for _ in range(args.rounds):
            for j in args.jobs:
                best[j] = min(best[j], run(path, j, args.format, args.law))
    print(f"{args.count:,} patterns, --format {args.format} --law {args.law}, best of "
          f"{args.rounds} rounds, "
          f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}")  # fmt: skip
    base = best[args.jobs[0]]
    for j in args.jobs:
        rate = args.count / best[j]
        print(f"--jobs {j}: {best[j]:6.2f} s  {rate:8,.0f} patterns/s  x{base / best[j]:.2f}")
    if 1 in best and 2 in best:
        speedup = best[1] / best[2]
        print(f"--jobs 2 / --jobs 1: x{speedup:.2f}  (target >= 1.6)")


if __name__ == "__main__":
    main()
