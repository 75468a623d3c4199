"""30-52-1(C): grade boundaries at 13 and 16 (and 18 for (A)(2)), exactly on the birthday."""

from __future__ import annotations

from datetime import date

import pytest

from nm_trafficking import assess
from tests.helpers import FULL_A1, FULL_A2, one_act

CONDUCT = date(2018, 6, 1)


def _born(years: int, days_after_birthday: int) -> date:
    """Born so that on CONDUCT the person is ``years`` old, ``days_after_birthday`` past it."""
    birthday = CONDUCT.replace(year=CONDUCT.year - years)
    return date.fromordinal(birthday.toordinal() - days_after_birthday)


@pytest.mark.parametrize(
    ("years", "grade"),
    [
        (12, "first_degree_felony"),
        (13, "second_degree_felony"),
        (15, "second_degree_felony"),
        (16, "third_degree_felony"),
        (17, "third_degree_felony"),
    ],
)
@pytest.mark.statute("30-52-1(C)", "30-52-1(C)(1)", "30-52-1(C)(2)")
@pytest.mark.parametrize("offset", [0, 1, 364])
def test_grade_by_age_on_the_day_of_the_conduct(years: int, grade: str, offset: int) -> None:
    f = assess(one_act(victim={"birth_date": _born(years, offset)}, **FULL_A2)).findings[0]
    assert f.subsections["30-52-1(A)(2)"].status == "met"
    assert f.grade == grade
    assert f.grade_detail.status == "determined"


@pytest.mark.statute("30-52-1(A)(2)")
@pytest.mark.parametrize(("years", "a2"), [(17, "met"), (18, "not_met")])
def test_eighteenth_birthday_ends_a2(years: int, a2: str) -> None:
    f = assess(one_act(victim={"birth_date": _born(years, 0)}, **FULL_A2)).findings[0]
    assert f.subsections["30-52-1(A)(2)"].status == a2


@pytest.mark.statute("30-52-1(C)(2)")
def test_day_before_thirteenth_birthday_is_first_degree() -> None:
    born = _born(13, -1)  # thirteenth birthday is tomorrow
    f = assess(one_act(victim={"birth_date": born}, **FULL_A2)).findings[0]
    assert f.grade == "first_degree_felony"
    assert f.grade_detail.citation == "30-52-1(C)(2)"


@pytest.mark.statute("30-52-1(C)")
def test_adult_a1_is_third_degree() -> None:
    f = assess(one_act(victim={"age": 40}, **FULL_A1)).findings[0]
    assert f.grade == "third_degree_felony" and f.grade_detail.citation == "30-52-1(C)"


@pytest.mark.statute("30-52-1(C)")
def test_unknown_age_leaves_the_grade_open_for_a1() -> None:
    f = assess(one_act(**FULL_A1)).findings[0]
    assert f.status == "met" and f.grade is None
    assert f.grade_detail.status == "undetermined"
    assert f.grade_detail.possible == [
        "third_degree_felony",
        "second_degree_felony",
        "first_degree_felony",
    ]


@pytest.mark.statute("30-52-1(C)")
def test_age_range_across_a_boundary_is_undetermined() -> None:
    victim = {"age": 13, "age_on": date(2018, 12, 1)}  # 12 or 13 on 2018-06-01
    f = assess(one_act(victim=victim, **FULL_A2)).findings[0]
    assert f.grade is None and f.grade_detail.possible == [
        "second_degree_felony",
        "first_degree_felony",
    ]


def test_no_grade_when_nothing_is_met() -> None:
    f = assess(one_act("harboring", victim={"age": 10}, **FULL_A2)).findings[0]
    assert f.grade is None and f.grade_detail.status == "not_applicable"
