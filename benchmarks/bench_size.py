"""Size and memory of a long full JSON document (issue 18, item 6). Not a test: it prints figures.

    python benchmarks/bench_size.py                  # 500, 2,000 and 5,000 acts
    python benchmarks/bench_size.py --acts 500       # one size
    python benchmarks/bench_size.py --in-memory      # also to_json(detail="full"), for contrast

One defendant, one victim, N acts (the typical pattern's act, a day apart from 1 January 2010,
so the victim is a child at some and an adult at others), at the default laws (§ 30-52-1 and
the three federal sections). Each size runs in a fresh process:
``nm-trafficking assess FILE --format json --detail full`` (written count by count as it is
made), its output to a temporary file; the figures are the output's size, the process's peak
resident memory (VmHWM) and the wall time. ``--in-memory`` also runs
``assess(...).to_json(detail="full")`` (the whole text built in memory) in a fresh process.
Target: <= 50 MB for 5,000 acts, with memory bounded (not growing with the output).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from typical import TYPICAL  # noqa: E402

_CLI = (
    "import sys; from nm_trafficking.cli import main; code = main(sys.argv[1:]); "
    "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM:')][0]; "
    "print(hwm.split()[1], file=sys.stderr); raise SystemExit(code)"
)
_IN_MEMORY = (
    "import sys; import nm_trafficking as nmt; "
    "a = nmt.assess(nmt.load(sys.argv[1])); text = a.to_json(detail='full'); "
    "open(sys.argv[2], 'w', encoding='utf-8').write(text); "
    "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM:')][0]; "
    "print(hwm.split()[1], file=sys.stderr)"
)


def pattern(acts: int) -> dict[str, Any]:
    """One pair, ``acts`` acts a day apart (the typical pattern's act)."""
    act = TYPICAL["conduct"][0]
    start = date(2010, 1, 1)
    return {
        **TYPICAL,
        "title": f"{acts} acts between one pair",
        "conduct": [
            {**act, "id": f"c{i}", "date": (start + timedelta(days=i)).isoformat()}
            for i in range(acts)
        ],
    }


def run(code: str, args: list[str], out: Path) -> tuple[float, float]:
    """(peak RSS in MB, seconds) of one fresh process."""
    start = time.perf_counter()
    with open(out, "w", encoding="utf-8") as sink:
        done = subprocess.run(
            [sys.executable, "-c", code, *args],
            stdout=sink,
            stderr=subprocess.PIPE,
            text=True,
            check=True,
            cwd=ROOT,
        )
    seconds = time.perf_counter() - start
    return int(done.stderr.strip().splitlines()[-1]) / 1024, seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--acts", type=int, action="append")
    parser.add_argument("--in-memory", action="store_true")
    args = parser.parse_args()
    sizes = args.acts or [500, 2000, 5000]
    print(f"one pair, N acts, default laws, --detail full; Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            source = Path(tmp, f"acts{n}.json")
            source.write_text(json.dumps(pattern(n)), encoding="utf-8")
            out = Path(tmp, "out.json")
            command = ["assess", str(source), "--format", "json", "--detail", "full"]
            rss, seconds = run(_CLI, command, out)
            size = out.stat().st_size / 1e6
            print(
                f"{n:6,} acts: streamed  {size:7.1f} MB  peak RSS {rss:6.1f} MB  {seconds:6.1f} s"
                + ("   (target <= 50 MB)" if n == 5000 else "")
            )
            if args.in_memory:
                rss, seconds = run(_IN_MEMORY, [str(source), str(out)], Path(os.devnull))
                size = out.stat().st_size / 1e6
                print(f"{'':12} in memory {size:7.1f} MB  peak RSS {rss:6.1f} MB  {seconds:6.1f} s")


if __name__ == "__main__":
    main()
