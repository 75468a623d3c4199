"""The engine against the independent reading in ``tests/oracle.py``, on generated patterns."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nm_trafficking import FactPattern, InvalidFactPattern, assess
from nm_trafficking.testing import fact_patterns
from tests import oracle

TODAY = date(2026, 12, 31)  # no generated date is later (nm_trafficking.testing)
SETTINGS = settings(max_examples=2500, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _engine(pattern: FactPattern, as_of: date | None) -> dict[tuple[str, str], dict[str, object]]:
    out: dict[tuple[str, str], dict[str, object]] = {}
    for f in assess(pattern, as_of=as_of, today=TODAY).findings:
        row: dict[str, object] = {"A" + c[-2]: s.status for c, s in f.subsections.items()}
        row["grade_floor"] = f.grade_floor
        row["grade_possible"] = f.grade_possible
        row["grade"] = f.grade
        out[(f.defendant, f.victim)] = row
    return out


@pytest.mark.statute("30-52-1(A)(1)", "30-52-1(A)(2)", "30-52-1(A)(3)", "30-52-1(C)")
@SETTINGS
@given(fact_patterns(), st.one_of(st.none(), st.dates(date(2000, 1, 1), date(2026, 12, 31))))
def test_engine_agrees_with_the_plain_reading(pattern: FactPattern, as_of: date | None) -> None:
    try:
        found = _engine(pattern, as_of)
    except InvalidFactPattern as exc:  # as_of before the victim can have been born
        assert as_of is not None and "before person" in str(exc)
        return
    assert found == oracle.read(pattern, as_of, TODAY)


@settings(max_examples=300, deadline=None)
@given(fact_patterns(max_persons=6, max_conduct=12))
def test_larger_patterns_agree_too(pattern: FactPattern) -> None:
    assert _engine(pattern, None) == oracle.read(pattern, None, TODAY)
