"""What each output of one assessment costs once it is made (issue 18, item 6). Not a test: it
prints figures.

    python benchmarks/bench_render.py [--rounds 7] [--calls 300]

The typical pattern (``typical.py``) at the default laws, assessed once and its summary built;
then, in interleaved rounds, the CPU time (``time.process_time``, best round) of one call of:
the summary as text (``explain()``'s part after the summary), the summary as Markdown
(``to_markdown()``'s), the JSON document (``to_json()``'s) and the workbench's answer bytes
(the JSON with invisible characters escaped, ``workbench.app.document_bytes``). The summary
itself is the library's reasoning (``python benchmarks/bench.py``), not measured here.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from typical import TYPICAL

import nm_trafficking as nmt
from nm_trafficking.render.markdown import render_markdown
from nm_trafficking.render.summary_text import render_summary_text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--calls", type=int, default=300)
    args = parser.parse_args(argv)
    from nm_trafficking.workbench.app import document_bytes

    a = nmt.assess(nmt.from_dict(TYPICAL))
    summary = a.summary
    outputs: dict[str, Callable[[], object]] = {
        "summary as text": lambda: render_summary_text(summary),
        "summary as Markdown": lambda: render_markdown(a),
        "JSON document": lambda: a.to_json(),
        "workbench bytes": lambda: document_bytes(a, "summary"),
    }
    best = dict.fromkeys(outputs, float("inf"))
    for _ in range(args.rounds):
        for name, output in outputs.items():
            start = time.process_time()
            for _ in range(args.calls):
                output()
            best[name] = min(best[name], (time.process_time() - start) / args.calls)
    for name, seconds in best.items():
        print(f"{name:22s} {seconds * 1e6:8.1f} us")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
