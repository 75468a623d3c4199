"""A plain ``age`` (no ``age_on``, no birth date) with an undated act toward the person (review
N1, session 7): the stated age may be the age at the undated act, and that act may fall before
§ 30-52-1's text came into force (it is then outside the text, not impossible). It must not date
the birth as if the undated act fell on or after 1 July 2008: a dated act's age keeps every
value the facts allow."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import nm_trafficking as nmt
from nm_trafficking import FactPattern
from nm_trafficking.reasoning.acts import contexts
from nm_trafficking.statute.ages import LeapDayBirthday, age_on
from tests.helpers import FULL_A2

TODAY = date(2026, 12, 7)


def _pattern(age: int, days: list[date | None]) -> FactPattern:
    acts = [
        {"id": f"c{i}", "actor": "D", "person": "V", "act": "recruiting", **FULL_A2}
        | ({"date": d} if d is not None else {})
        for i, d in enumerate(days)
    ]
    return FactPattern.model_validate(
        {"persons": [{"id": "D"}, {"id": "V", "roles": ["victim"], "age": age}], "conduct": acts}
    )


@pytest.mark.statute("30-52-1(A)(2)", "30-52-1(C)")
def test_an_undated_act_leaves_the_dated_acts_upper_age_open() -> None:
    # Review pattern n34: age 15, a recruiting on 1 July 2008 and an undated transporting. If 15
    # was the age at an undated act in 2004, V was 19 on 1 July 2008: (A)(2) and the floor open.
    f = nmt.assess(_pattern(15, [date(2008, 7, 1), None]), today=TODAY).findings[0]
    dated = f.counts[0]
    assert dated.victim_age is not None and dated.victim_age.hi is None
    assert f.subsections["30-52-1(A)(2)"].status == "undetermined"
    assert f.grade_floor is None
    # Without the undated act, the age is the age at the dated act: met, second degree.
    alone = nmt.assess(_pattern(15, [date(2008, 7, 1)]), today=TODAY).findings[0]
    assert alone.subsections["30-52-1(A)(2)"].status == "met"
    assert alone.grade == "second_degree_felony"


def test_the_lower_bound_still_comes_from_the_last_possible_day() -> None:
    # 15 at some act on or before today: born by 7 December 2011, so at least 3 on 1 January 2015
    # (review pattern n32); the undated act's own age over its text's days is unchanged.
    dated, undated = contexts(_pattern(15, [date(2015, 1, 1), None]), today=TODAY)
    assert dated.age is not None and (dated.age.lo, dated.age.hi) == (3, None)
    assert undated.age is not None and (undated.age.lo, undated.age.hi) == (8, 27)


def _oracle(age: int, days: list[date | None], at: date) -> tuple[int, int]:
    """The youngest and oldest V can have been on ``at``, over every birth (1 January 1950 on)
    that makes V ``age`` at some possible day of one of the acts, each act after the birth."""
    dated = [d for d in days if d is not None]
    last_birth = min([*dated, TODAY])
    ages: list[int] = []
    born = date(1950, 1, 1)
    while born <= last_birth:
        fits = any(
            age_on(born, d, LeapDayBirthday.OPEN)[0]
            <= age
            <= age_on(born, d, LeapDayBirthday.OPEN)[1]
            for d in dated
        ) or (None in days and age_on(born, TODAY, LeapDayBirthday.OPEN)[1] >= age)
        if fits:
            ages += age_on(born, at, LeapDayBirthday.OPEN)
        born += timedelta(days=1)
    return min(ages), max(ages)


@settings(max_examples=25, deadline=None)
@given(
    st.integers(0, 30),
    st.lists(st.dates(date(2000, 1, 1), TODAY), min_size=1, max_size=2),
    st.integers(0, 2),
)
def test_no_dated_acts_age_is_narrower_than_the_facts_allow(
    age: int, dated: list[date], undated: int
) -> None:
    days: list[date | None] = [*dated, *([None] * undated)]
    if len(days) < 2:
        return  # one act: the plain age is the age at it
    for ctx in contexts(_pattern(age, days), today=TODAY):
        if ctx.day is None:
            continue
        assert ctx.age is not None
        young, old = _oracle(age, days, ctx.day)
        assert ctx.age.lo <= young
        assert ctx.age.hi is None or ctx.age.hi >= old
