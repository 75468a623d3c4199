"""Engine hygiene: private host, one lock, sessions cleaned up, errors surfaced, threads."""

from __future__ import annotations

import importlib
import threading

import pytest

import nm_trafficking
from nm_trafficking import EngineError, assess
from nm_trafficking.rules import engine as engine_module
from nm_trafficking.rules.engine import Engine
from nm_trafficking.testing import fact_patterns
from tests.helpers import FULL_A2, one_act


def _summary(a: nm_trafficking.Assessment) -> list[tuple[str, str, dict[str, str], str | None]]:
    return [
        (f.defendant, f.victim, {c: s.status for c, s in f.subsections.items()}, f.grade)
        for f in a.findings
    ]


def test_more_than_1100_assessments_in_one_process_leave_no_session() -> None:
    eng = Engine()
    pattern = one_act(victim={"age": 15}, **FULL_A2)
    first = _summary(assess(pattern, engine=eng, law="nm"))
    for _ in range(1200):
        assert _summary(assess(pattern, engine=eng, law="nm")) == first
        assert eng.live_sessions == 0
    assert eng.sessions_run == 1201
    # Each federal section adds one session per assessment (one text involved each).
    for _ in range(300):
        assess(pattern, engine=eng)
        assert eng.live_sessions == 0
    assert eng.sessions_run == 1201 + 300 * 4


def test_no_dispatcher_threads_are_started() -> None:
    before = threading.active_count()
    engines = [Engine() for _ in range(5)]
    for eng in engines:
        assess(one_act(**FULL_A2), engine=eng)
    assert threading.active_count() == before


def test_reimporting_and_rebuilding_work_like_a_rerun_notebook_cell() -> None:
    importlib.reload(engine_module)
    importlib.reload(nm_trafficking)
    a = Engine()
    b = Engine()  # same ruleset names, separately compiled: no "already registered"
    p = one_act(victim={"age": 15}, **FULL_A2)
    assert _summary(assess(p, engine=a)) == _summary(assess(p, engine=b))


def test_an_error_while_recording_a_firing_is_raised_not_swallowed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    eng = Engine()
    real = engine_module._dre.complete_and_start_action
    calls = []

    def failing(handle, state_handle):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 3:  # completing the third rule firing of the session
            raise ZeroDivisionError("boom")
        return real(handle, state_handle)

    monkeypatch.setattr(engine_module._dre, "complete_and_start_action", failing)
    with pytest.raises(EngineError, match="ZeroDivisionError"):
        assess(one_act(**FULL_A2), engine=eng)
    assert eng.live_sessions == 0
    monkeypatch.undo()
    assert assess(one_act(victim={"age": 15}, **FULL_A2), engine=eng).findings[0].status == "met"


def test_a_failed_cleanup_abandons_the_ruleset_and_compiles_afresh(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    eng = Engine()
    p = one_act(victim={"age": 15}, **FULL_A2)
    expected = _summary(assess(p, engine=eng))

    def refuse(handle, sid):  # type: ignore[no-untyped-def]
        raise RuntimeError("simulated engine error 309")

    monkeypatch.setattr(engine_module._dre, "delete_state", refuse)
    assess(p, engine=eng, law="nm")
    monkeypatch.undo()
    assert eng.rebuilds == 1 and eng.live_sessions == 0
    assert _summary(assess(p, engine=eng)) == expected


def test_duplicate_fact_ids_are_an_engine_error_not_a_silent_merge() -> None:
    eng = Engine()
    from nm_trafficking import statute
    from nm_trafficking.reasoning.acts import contexts
    from nm_trafficking.rules.atoms import engine_fact

    fact = engine_fact(contexts(one_act(**FULL_A2))[0])
    with pytest.raises(EngineError, match="duplicate fact id"):
        eng.evaluate(statute.latest(), [fact, dict(fact)])
    assert eng.live_sessions == 0
    assert eng.evaluate(statute.latest(), [fact])


def test_four_threads_give_the_same_results_as_one() -> None:
    from hypothesis import HealthCheck, given, settings

    patterns = []

    @settings(max_examples=150, database=None, suppress_health_check=list(HealthCheck))
    @given(fact_patterns())
    def collect(p):  # type: ignore[no-untyped-def]
        patterns.append(p)

    collect()
    eng = Engine()
    expected = [_summary(assess(p, engine=eng)) for p in patterns]
    results: dict[int, list[object]] = {}
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            results[n] = [_summary(assess(p, engine=eng)) for p in patterns * 3]
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    for n in range(4):
        assert results[n] == expected * 3
    assert eng.live_sessions == 0


def test_pattern_without_conduct_has_no_findings() -> None:
    p = nm_trafficking.from_dict({"persons": [{"id": "A"}]})
    a = assess(p)
    assert a.findings == [] and "No conduct" in a.explain("full")


def test_action_messages_are_read_exactly() -> None:
    from nm_trafficking.rules.engine import _action

    msg = '{"30-52-1(A)(1)|knowingly|established|0":{"m":{"id":"conduct-3","cid":3,"sid":"s"}}}'
    assert _action(msg) == ("30-52-1(A)(1)|knowingly|established|0", 3)
    odd = '{"r":{"m":{"sid":"s","x":{"cid":9},"cid":12}}}'  # nested: fast path would misread
    assert _action(odd) in {("r", 12)}
    assert _action('{"$end":{"m":{"sid":"s","id":"$end","kind":"$end"}}}')[0] == "$end"


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def test_faults_before_any_action_clean_up_without_a_rebuild(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A fault while asserting (before any rule ran) used to abandon the ruleset; the session
    is now settled with a second sentinel and deleted: no rebuild, nothing leaks."""
    eng = Engine()
    p = one_act(victim={"age": 15}, **FULL_A2)
    expected = _summary(assess(p, engine=eng))

    def refuse(handle, facts):  # type: ignore[no-untyped-def]
        raise RuntimeError("simulated fault while asserting")

    monkeypatch.setattr(engine_module._dre, "assert_facts", refuse)
    for _ in range(300):
        with pytest.raises(EngineError):
            assess(p, engine=eng)
    before = _rss_mb()
    for _ in range(10_000):
        with pytest.raises(EngineError):
            assess(p, engine=eng)
    after = _rss_mb()
    monkeypatch.undo()
    assert eng.rebuilds == 0 and eng.live_sessions == 0
    assert after - before < 5, f"{before:.1f} MB -> {after:.1f} MB"
    assert _summary(assess(p, engine=eng)) == expected


def test_memory_stays_flat_over_10000_forced_rebuilds(monkeypatch: pytest.MonkeyPatch) -> None:
    """When deleting the session fails (durable_rules reports it gone), the ruleset is
    abandoned, freed and compiled afresh: 10,000 such rebuilds leave memory flat."""
    eng = Engine()
    p = one_act(victim={"age": 15}, **FULL_A2)
    expected = _summary(assess(p, engine=eng))
    real = engine_module._dre.delete_state

    def gone(handle, sid):  # type: ignore[no-untyped-def]
        real(handle, sid)
        return real(handle, sid)  # the session is gone: durable_rules raises (error 302)

    monkeypatch.setattr(engine_module._dre, "delete_state", gone)
    for _ in range(300):
        assess(p, engine=eng, law="nm")
    before = _rss_mb()
    for _ in range(10_000):
        assess(p, engine=eng, law="nm")
    after = _rss_mb()
    monkeypatch.undo()
    assert eng.rebuilds == 10_300 and eng.live_sessions == 0
    assert after - before < 10, f"{before:.1f} MB -> {after:.1f} MB"
    assert _summary(assess(p, engine=eng)) == expected


def test_the_session_state_is_never_written_back(monkeypatch: pytest.MonkeyPatch) -> None:
    """No rule reads the session state and no action changes it: completing an action is one
    C call (``complete_and_start_action``), never ``update_state`` as well."""
    eng = Engine()
    p = one_act(victim={"age": 15}, **FULL_A2)
    expected = _summary(assess(p, engine=eng))

    def refuse(handle, state):  # type: ignore[no-untyped-def]
        raise AssertionError("update_state called")

    monkeypatch.setattr(engine_module._dre, "update_state", refuse)
    assert _summary(assess(p, engine=eng)) == expected
    assert eng.live_sessions == 0
