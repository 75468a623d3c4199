"""The timeline at the input limits (issue 23): a pattern of 5,000 acts (the default
``max_conduct``) by three defendants toward two victims (one with a birth date, one with an
age on a date), over two and a half years, some undated, must render in under a second.

Run: ``python benchmarks/timeline.py`` (prints the assessment's time, then the timeline's:
the SVG document, and the HTML figures with their tables, each the best of five). The
assessment is not part of the budget; the rendering is (it reads the summary only).
"""

from __future__ import annotations

import sys
import time
from datetime import date, timedelta
from typing import Any

import nm_trafficking as nmt
from nm_trafficking.render import timeline

VERBS = ("recruiting", "transporting", "harboring", "obtaining", "benefiting", "soliciting")


def pattern(n: int = 5000) -> dict[str, Any]:
    """``n`` acts; every 50th undated."""
    start = date(2017, 1, 1)
    conduct: list[dict[str, Any]] = []
    for i in range(n):
        act: dict[str, Any] = {
            "id": f"c{i}",
            "actor": ("D1", "D2", "D3")[i % 3],
            "person": ("V1", "V2")[i % 2],
            "act": VERBS[i % len(VERBS)],
            "knowingly": True if i % 4 else None,
            "will_be_caused_to_engage_in_commercial_sexual_activity": i % 5 != 0,
        }
        if i % 50:
            act["date"] = (start + timedelta(days=(i * 7) % 900)).isoformat()
        conduct.append({k: v for k, v in act.items() if v is not None})
    return {
        "title": f"{n} acts <at the limits> & more",
        "persons": [
            {"id": "D1", "roles": ["trafficker"]},
            {"id": "D2", "roles": ["recruiter"]},
            {"id": "D3", "roles": ["trafficker"]},
            {"id": "V1", "roles": ["victim"], "birth_date": "2002-03-04"},
            {"id": "V2", "roles": ["victim"], "age": 15, "age_on": "2018-06-01"},
        ],
        "conduct": conduct,
    }


def best(fn: Any, rounds: int = 5) -> float:
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    p = nmt.from_dict(pattern(n))
    t = time.perf_counter()
    a = nmt.assess(p, today=date(2026, 12, 1))
    s = a.summary
    print(f"assess + summary of {n} acts: {time.perf_counter() - t:.2f} s (not budgeted)")
    svg = best(lambda: timeline.document(s))
    html = best(lambda: timeline.html(s))
    size = len(timeline.document(s))
    print(f"timeline SVG document: {svg * 1000:.0f} ms ({size:,} bytes)")
    print(f"timeline HTML figures and tables: {html * 1000:.0f} ms")
    ok = max(svg, html) < 1.0
    print("within the budget of one second" if ok else "OVER the budget of one second")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
