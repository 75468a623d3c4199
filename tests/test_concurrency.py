"""8 threads x 5,000 assessments of § 30-52-1 (and 8 x 400 of the state and federal sections
together) give exactly the results of a sequential run, with no crash and no session left
behind. (benchmarks/stress_threads.py repeats this many times.)"""

from __future__ import annotations

import threading
from datetime import date

from hypothesis import HealthCheck, given, settings

import nm_trafficking as nmt
from nm_trafficking.rules.engine import default_engine
from nm_trafficking.testing import fact_patterns

THREADS = 8
PER_THREAD = 5000


def _patterns(n: int) -> list[nmt.FactPattern]:
    out: list[nmt.FactPattern] = []

    @settings(max_examples=n, database=None, suppress_health_check=list(HealthCheck))
    @given(fact_patterns())
    def collect(p: nmt.FactPattern) -> None:
        out.append(p)

    collect()
    return out


def _digest(a: nmt.Assessment) -> str:
    return a.to_json(indent=None, detail="full")


def test_eight_threads_match_a_sequential_run() -> None:
    _run(_patterns(250), PER_THREAD, "nm")


def test_eight_threads_match_a_sequential_run_with_the_federal_sections() -> None:
    from tests.federal_strategies import federal_patterns

    out: list[nmt.FactPattern] = []

    @settings(max_examples=60, database=None, suppress_health_check=list(HealthCheck))
    @given(federal_patterns())
    def collect(p: nmt.FactPattern) -> None:
        out.append(p)

    collect()
    _run(out, 400, "all")


def _run(patterns: list[nmt.FactPattern], per_thread: int, law: str) -> None:
    # one day for every run: a run across midnight would otherwise compare two days' documents
    # (CI of session 8 failed so, at 00:00)
    today = date.today()
    expected = [_digest(nmt.assess(p, law=law, today=today)) for p in patterns]  # type: ignore[arg-type]
    mismatches: list[tuple[int, int]] = []
    errors: list[BaseException] = []

    def work(t: int) -> None:
        try:
            for k in range(per_thread):
                i = (k * 7 + t * 31) % len(patterns)
                got = nmt.assess(patterns[i], law=law, today=today)  # type: ignore[arg-type]
                if _digest(got) != expected[i]:
                    mismatches.append((t, i))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(t,)) for t in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert not mismatches
    assert default_engine().live_sessions == 0
