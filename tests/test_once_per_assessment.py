"""What the summary reads more than once is worked out once: an act's grade once per verdict
(kept on the verdict, so it lasts as long as the assessment), and the birthdays the laws turn
on by their closed form, without walking day by day. Each is checked against its definition,
and a changed pattern gives a changed answer."""

from __future__ import annotations

import gc
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

import nm_trafficking as nmt
from nm_trafficking import assessment
from nm_trafficking.reasoning import grading
from nm_trafficking.reasoning.ages import age_on, turns
from nm_trafficking.rules.engine import Engine
from nm_trafficking.statute.ages import LeapDayBirthday
from tests.helpers import FULL_A2, one_act

RULES = tuple(LeapDayBirthday)
AGES = (0, 1, 13, 14, 16, 18, 21)


def _first_day(birth: date, years: int, rule: LeapDayBirthday, reading: int) -> date:
    """By definition: the first day on which ``age_on`` gives at least ``years`` (``reading``
    0: the youngest reading, whatever the birth day is read as; 1: the oldest), found by
    walking from 1 January of the year the birthday falls in."""
    day = date(birth.year + years, 1, 1)
    while age_on(birth, day, rule)[reading] < years:
        day += timedelta(days=1)
    return day


def _births() -> list[date]:
    every_fifth = [date(2003, 1, 1) + timedelta(days=n) for n in range(0, 2 * 366, 5)]
    around_leap_days = [
        date(y, 2, 28) + timedelta(days=n) for y in range(1995, 2009) for n in range(3)
    ]
    return every_fifth + around_leap_days + [date(2003, 12, 31), date(2004, 1, 1)]


@pytest.mark.parametrize("rule", RULES)
def test_a_birthday_is_the_first_day_of_the_age(rule: LeapDayBirthday) -> None:
    for birth in _births():
        for years in AGES:
            first, sure = turns(birth, birth, years, rule)
            assert first == _first_day(birth, years, rule, 1), (birth, years)
            assert sure == _first_day(birth, years, rule, 0), (birth, years)


def test_a_leap_day_birth_turns_on_the_reading() -> None:
    born = date(2004, 2, 29)
    assert turns(born, born, 13, LeapDayBirthday.OPEN) == (date(2017, 2, 28), date(2017, 3, 1))
    assert turns(born, born, 13, LeapDayBirthday.FEBRUARY_28) == (date(2017, 2, 28),) * 2
    assert turns(born, born, 13, LeapDayBirthday.MARCH_1) == (date(2017, 3, 1),) * 2
    assert turns(born, born, 16, LeapDayBirthday.OPEN) == (date(2020, 2, 29),) * 2  # a leap year


def test_a_window_of_births_spans_its_ends() -> None:
    earliest, latest = date(2000, 6, 2), date(2001, 6, 1)  # "17 on 1 June 2018"
    for rule in RULES:
        assert turns(earliest, latest, 18, rule) == (date(2018, 6, 2), date(2019, 6, 1))


def _pattern(birth: str) -> nmt.FactPattern:
    return one_act(victim={"birth_date": birth}, **FULL_A2)


def test_an_act_is_graded_once_per_assessment(monkeypatch: pytest.MonkeyPatch) -> None:
    graded: list[Any] = []
    real = grading._gradings  # read each time an act's grades are worked out (one rule here)

    def counting(version: Any) -> Any:
        graded.append(version)
        return real(version)

    monkeypatch.setattr(grading, "_gradings", counting)
    a = nmt.assess(_pattern("2003-05-10"), today=date(2026, 12, 7))
    a.to_json()  # the summary: its act line and the limitation note read the grade too
    assert len(graded) == 1
    assert a.findings[0].counts[0].grade.grade is not None  # graded, and a grade found


@pytest.mark.parametrize(
    "pattern",
    [
        {"victim": {"birth_date": "2003-05-10"}},
        {"victim": {"age": 15}, "date": None},  # undated: judged under every text it may fall under
    ],
)
def test_an_assessment_leaves_no_reference_cycle(pattern: dict[str, Any]) -> None:
    """What is kept on a verdict refers to nothing that refers back to it: once dropped, an
    assessment (its summary made) is freed at once, with nothing left to the cycle
    collector."""
    victim = pattern.pop("victim")
    p = one_act(victim=victim, **FULL_A2, **pattern)
    nmt.assess(p, today=date(2026, 12, 7)).to_json()  # anything made once per process
    gc.collect()
    gc.disable()
    try:
        nmt.assess(p, today=date(2026, 12, 7)).to_json()
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_a_changed_birth_changes_the_grade_and_the_birthdays() -> None:
    """The grade kept on a verdict is that assessment's: the same engine, another birth date
    (15 then 12 at the act, 1 June 2018) gives another grade, in the finding, the summary's act
    line and its limitation deadlines, and other birthdays."""
    engine = Engine()
    older = nmt.assess(_pattern("2003-05-10"), today=date(2026, 12, 7), engine=engine)
    younger = nmt.assess(_pattern("2006-05-10"), today=date(2026, 12, 7), engine=engine)
    grades = [a.findings[0].counts[0].grade.grade for a in (older, younger)]
    assert grades[0] is not None and grades[1] is not None and grades[0] != grades[1]
    lines = [a.summary.pairs[0].counts[0].laws["nm_30_52_1"] for a in (older, younger)]
    assert [line.grade for line in lines] == grades
    assert lines[0].words != lines[1].words
    births = [a.summary.births[0].birthdays["18"] for a in (older, younger)]
    assert births[0].earliest == date(2021, 5, 10) and births[1].earliest == date(2024, 5, 10)


EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.yaml"))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_the_grades_alone_are_the_grades_of_the_count(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``act_grades`` (what the limitation periods read) gives ``grade_act``'s grades, for
    every act under § 30-52-1 of each example, whether read before or after the count's grade
    is made."""
    pairs: list[Any] = []
    real = assessment.build_summary

    def keep(*args: Any) -> Any:
        pairs.extend(args[2])
        return real(*args)

    monkeypatch.setattr(assessment, "build_summary", keep)
    for first in ("grades", "count"):
        pairs.clear()
        nmt.assess(nmt.load(path), today=date(2026, 12, 7)).to_json()
        acts = [v for pair in pairs for law, verdicts in pair.laws[:1] for v in verdicts]
        assert acts or not pairs
        for v in acts:
            v.graded = None  # as made: nothing worked out yet
            if first == "grades":
                alone = grading.act_grades(v)
                assert grading.grade_act(v).grades == alone
            else:
                assert grading.act_grades(v) == grading.grade_act(v).grades
