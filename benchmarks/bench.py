"""Speed and memory of nm_trafficking, in one run. Not a test: it prints figures.

    python benchmarks/bench.py                 # full run (200,000 assessments for memory)
    python benchmarks/bench.py --quick         # smaller counts, for a smoke run

Figures: assessments/s through the library; the same engine facts asserted into bare
durable_rules (the same compiled rules, actions that only count: the engine's own ceiling);
the plain-Python oracle from tests/; p50/p99 latency of one assessment; resident memory before
and after N assessments; import time. Targets (issue 5): >= 2,500 assessments/s on one core for
a typical 10-fact pattern; statuses and grades at >= 70% of the bare durable_rules C-core loop
(issue 8; the full explanation is built on demand and measured separately); < 5 MB growth over
200,000 assessments; import < 0.5 s. These targets are measured for § 30-52-1 alone
(``law="nm"``, which does no federal work at all); the federal sections beside it
(``law="all"``, the default: one more engine session per federal section) are reported
separately.

What a user gets at the defaults (issue 18, item 6): ``to_json()`` and ``explain()`` at the
default detail (the summary) and laws (§ 30-52-1 and the three federal sections), targets
>= 50 % and >= 30 % of the bare C-core loop measured in the same rounds. The C-core loop is
§ 30-52-1's ruleset alone (one session); the same loop over every law's ruleset (four sessions,
what ``law="all"`` asks of the engine) is reported beside it, for the like-for-like ratio.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from durable import engine as durable_engine  # noqa: E402
from typical import TYPICAL  # noqa: E402

import nm_trafficking as nmt  # noqa: E402
from nm_trafficking import statute  # noqa: E402
from nm_trafficking.reasoning.acts import contexts, law_contexts  # noqa: E402
from nm_trafficking.rules.atoms import engine_fact, federal_engine_fact  # noqa: E402
from nm_trafficking.rules.compile import END, definitions, ruleset_name  # noqa: E402
from nm_trafficking.rules.engine import SID, Engine, _Compiled, _dre  # noqa: E402
from tests import oracle  # noqa: E402


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class _ThreadlessHost(durable_engine.Host):  # type: ignore[misc]
    def _run(self) -> None:  # no dispatcher thread (see docs/engine.md)
        return None


def rates(fns: list[Any], n: int, rounds: int = 8) -> list[float]:
    """Calls per second of each function, measured in interleaved rounds (so that a machine
    that speeds up or slows down affects all alike), best round of each."""
    for fn in fns:
        fn()
    per = max(1, n // rounds)
    best = [0.0] * len(fns)
    for _ in range(rounds):
        for i, fn in enumerate(fns):
            start = time.perf_counter()
            for _ in range(per):
                fn()
            best[i] = max(best[i], per / (time.perf_counter() - start))
    return best


def bare_host_api(pattern: nmt.FactPattern) -> Any:
    """The same compiled rules and engine facts through durable_rules' public Python API
    (``durable.engine.Host``, thread-less), with actions that only count firings."""
    version = statute.latest()
    host = _ThreadlessHost()
    fired = [0]

    def action(keys: Any) -> Any:
        def run(c: Any) -> None:
            fired[0] += 1

        return run

    name = ruleset_name(version)
    host.register_rulesets({name: definitions(version, action)})
    facts = [dict(engine_fact(c), sid=SID) for c in contexts(pattern)]

    def once() -> None:
        with contextlib.suppress(durable_engine.MessageNotHandledException):
            host.assert_facts(name, [dict(f) for f in facts])
        host.assert_fact(name, {"sid": SID, "id": END, "kind": END})
        host.delete_state(name, SID)

    return once


def _c_core_loop(runs: list[tuple[_Compiled, str]]) -> Any:
    """One session per (compiled ruleset, facts as JSON), in turn, straight into durable_rules'
    C core: the loop the library runs (no ``update_state`` after an action, as in
    ``rules.engine``), actions that only parse their message."""
    end = json.dumps({"sid": SID, "id": END, "kind": END})

    def once() -> None:
        for compiled, facts in runs:
            handle = compiled.handle
            _dre.assert_facts(handle, facts)
            _, state_handle = _dre.assert_fact(handle, end)
            _, message = _dre.start_action_for_state(handle, state_handle)
            while message:
                json.loads(message)
                message = _dre.complete_and_start_action(handle, state_handle)
            _dre.delete_state(handle, SID)

    once.runs = runs  # type: ignore[attr-defined]  # keep the handles alive
    return once


def _state_run(ctxs: list[Any]) -> tuple[_Compiled, str]:
    return _Compiled(statute.latest()), json.dumps([dict(engine_fact(c), sid=SID) for c in ctxs])


def bare_c_core(pattern: nmt.FactPattern) -> Any:
    """The same rules and facts straight into durable_rules' C core, the loop the library
    runs, with nothing else: the engine's own ceiling."""
    return _c_core_loop([_state_run(contexts(pattern))])


def bare_c_core_all_laws(pattern: nmt.FactPattern) -> Any:
    """As :func:`bare_c_core`, over every law's ruleset in turn (§ 30-52-1 and the text of
    each federal section in force at the acts): the engine's ceiling for ``law="all"``."""
    ctxs = contexts(pattern)
    runs = [_state_run(ctxs)]
    for law in statute.FEDERAL_LAWS:
        law_ctxs = law_contexts(law, ctxs)
        facts = [dict(federal_engine_fact(c), sid=SID) for c in law_ctxs]
        runs.append((_Compiled(law_ctxs[0].version), json.dumps(facts)))
    return _c_core_loop(runs)


def statuses_and_grades(a: nmt.Assessment) -> list[Any]:
    """What a caller reads for statuses and grades: every finding's status, each paragraph's
    status, each count's status and grade, and the grade summary (no explanation)."""
    out: list[Any] = []
    for f in a.findings:
        out.append((f.status, f.grade, f.grade_floor, f.grade_possible))
        out.extend(s.status for s in f.subsections.values())
        out.extend((c.status, c.grade.status, c.grade.grade) for c in f.counts)
    return out


FEDERAL: dict[str, Any] = {
    **TYPICAL,
    "title": "typical pattern with federal facts",
    "conduct": [
        {
            **TYPICAL["conduct"][0],
            "federal": {
                "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
                "as_to_age": {"knew": True},
                "as_to_commercial_sex_act": {"knew": True},
                "knew_means_will_be_used": {"fraud": True},
                "offense_effected_by": {"fraud": True},
            },
        }
    ],
}


def federal_statuses(a: nmt.Assessment) -> list[Any]:
    """Statuses and grades as above, and each federal section's status, prongs and penalty."""
    out = statuses_and_grades(a)
    for f in a.findings:
        for j in f.jurisdictions.values():
            out.append((j.status, j.penalty.status, j.penalty.band))
            out.extend(p.status for p in j.prongs.values())
            out.extend((c.status, c.penalty.status, c.penalty.band) for c in j.counts)
    return out


def import_time(repeats: int = 5) -> float:
    code = "import time; t=time.perf_counter(); import nm_trafficking; print(time.perf_counter()-t)"
    times = []
    for _ in range(repeats):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
        )
        times.append(float(out.stdout))
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--memory-n", type=int, default=None)
    args = parser.parse_args()
    n = 3000 if args.quick else 20000
    memory_n = args.memory_n or (20000 if args.quick else 200_000)

    pattern = nmt.from_dict(TYPICAL)
    engine = Engine()
    stated = 10
    print(f"pattern: {stated} stated facts, 1 conduct (typical); Python {sys.version.split()[0]}")

    lib, full, host, core, orc = rates(
        [
            lambda: statuses_and_grades(nmt.assess(pattern, engine=engine, law="nm")),
            lambda: nmt.assess(pattern, engine=engine, law="nm").to_dict(detail="full"),
            bare_host_api(pattern),
            bare_c_core(pattern),
            lambda: oracle.read(pattern),
        ],
        n,
    )
    # The federal sections, measured apart (their rulesets compile on first use).
    federal_pattern = nmt.from_dict(FEDERAL)
    fed, fed_full = rates(
        [
            lambda: federal_statuses(nmt.assess(federal_pattern, engine=engine)),
            lambda: nmt.assess(federal_pattern, engine=engine).to_dict(detail="full"),
        ],
        n // 2,
    )
    print(f"library: statuses and grades /s         {lib:10,.0f}   (target >= 2,500)")
    print(f"library: full explanation (to_dict) /s  {full:10,.0f}")
    print(f"bare durable_rules, public Host API /s  {host:10,.0f}")
    print(f"bare durable_rules, C core loop /s      {core:10,.0f}")
    print(f"statuses and grades / bare C core       {100 * lib / core:10.1f} %  (target >= 70 %)")
    print(f"full explanation / bare C core          {100 * full / core:10.1f} %")
    print(f"statuses and grades / bare Host API     {100 * lib / host:10.1f} %")
    print(f"plain-Python oracle /s                  {orc:10,.0f}")
    print("state and federal (law='all', the default; a pattern with a federal block):")
    print(
        f"  statuses, grades and penalties /s      {fed:10,.0f}   ({100 * fed / lib:.0f} % of "
        "§ 30-52-1 alone)"
    )
    print(f"  full explanation (to_dict) /s          {fed_full:10,.0f}")

    # What a user gets at the defaults: the summary, every law (issue 18).
    core2, core_all, assessed, to_json, explain = rates(
        [
            bare_c_core(pattern),
            bare_c_core_all_laws(pattern),
            lambda: nmt.assess(pattern, engine=engine),
            lambda: nmt.assess(pattern, engine=engine).to_json(),
            lambda: nmt.assess(pattern, engine=engine).explain(),
        ],
        n // 2,
    )
    print("defaults (detail='summary', law='all'; the typical pattern):")
    print(f"  bare C core loop, § 30-52-1 /s          {core2:10,.0f}")
    print(f"  bare C core loop, every law's rules /s  {core_all:10,.0f}")
    print(
        f"  assess() alone /s                       {assessed:10,.0f}   "
        f"({100 * assessed / core2:.1f} % / {100 * assessed / core_all:.1f} % of the loops)"
    )
    print(f"  to_json() /s                            {to_json:10,.0f}")
    print(f"  explain() /s                            {explain:10,.0f}")
    print(
        f"  to_json() / bare C core                 {100 * to_json / core2:10.1f} %  "
        f"(target >= 50 %; {100 * to_json / core_all:.1f} % of every law's loop)"
    )
    print(
        f"  explain() / bare C core                 {100 * explain / core2:10.1f} %  "
        f"(target >= 30 %; {100 * explain / core_all:.1f} % of every law's loop)"
    )

    samples = []
    for _ in range(min(n, 5000)):
        t = time.perf_counter()
        nmt.assess(pattern, engine=engine, law="nm")
        samples.append(time.perf_counter() - t)
    q = statistics.quantiles(samples, n=100)
    print(f"latency p50 / p99                       {q[49] * 1e3:7.3f} ms / {q[98] * 1e3:.3f} ms")

    gc.collect()
    before = rss_mb()
    for _ in range(memory_n):
        nmt.assess(pattern, engine=engine, law="nm")
    gc.collect()
    after = rss_mb()
    print(
        f"RSS before / after {memory_n:,} assessments: {before:.1f} MB / {after:.1f} MB "
        f"(growth {after - before:+.2f} MB; target < 5 MB)"
    )
    print(f"import time                             {import_time():10.3f} s   (target < 0.5 s)")


if __name__ == "__main__":
    main()
