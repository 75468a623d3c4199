"""Age arithmetic: whole years on the date of the conduct; 29 February as an open point (one
named setting); ages known as "N on date X"; undated acts bounded by the text's start, the
victim's birth and the day of the assessment."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

import nm_trafficking as nmt
from nm_trafficking.reasoning.ages import age_at, age_on, birth_window
from nm_trafficking.statute import ages as age_rule
from nm_trafficking.statute.ages import LeapDayBirthday
from tests.helpers import FULL_A2, one_act
from tests.oracle import years_between

OPEN, FEB28, MAR1 = LeapDayBirthday.OPEN, LeapDayBirthday.FEBRUARY_28, LeapDayBirthday.MARCH_1
TODAY = date(2026, 11, 28)


def test_birthday_counts_on_the_day() -> None:
    for rule in (OPEN, FEB28, MAR1):
        assert age_on(date(2000, 5, 10), date(2018, 5, 9), rule) == (17, 17)
        assert age_on(date(2000, 5, 10), date(2018, 5, 10), rule) == (18, 18)


def test_leap_day_birthday_under_each_reading() -> None:
    born, feb28 = date(2004, 2, 29), date(2017, 2, 28)
    assert age_on(born, feb28, MAR1) == (12, 12)
    assert age_on(born, feb28, FEB28) == (13, 13)
    assert age_on(born, feb28, OPEN) == (12, 13)
    for rule in (OPEN, FEB28, MAR1):
        assert age_on(born, date(2017, 3, 1), rule) == (13, 13)
        assert age_on(born, date(2017, 2, 27), rule) == (12, 12)
        assert age_on(born, date(2016, 2, 29), rule) == (12, 12)  # a leap year: no question
        assert age_on(born, date(2016, 2, 28), rule) == (11, 11)


def test_the_open_point_is_the_default_setting() -> None:
    assert age_rule.LEAP_DAY_BIRTHDAY is OPEN


@given(st.dates(date(1900, 1, 1), date(2100, 1, 1)), st.dates(date(1900, 1, 1), date(2150, 1, 1)))
def test_the_march_reading_matches_counting_birthdays(born: date, day: date) -> None:
    if day >= born:
        assert age_on(born, day, MAR1)[0] == years_between(born, day)


def _window(age: int, on: date, rule: LeapDayBirthday = MAR1) -> tuple[date, date]:
    w = birth_window(person_id="v", birth_date=None, age=age, age_on_date=on, leap_day=rule)
    assert w is not None
    return w.earliest, w.latest


def test_age_on_a_date_gives_the_birth_window() -> None:
    # 15 on 2020-01-01: born 2004-01-02 .. 2005-01-01
    assert _window(15, date(2020, 1, 1)) == (date(2004, 1, 2), date(2005, 1, 1))
    earliest, latest = _window(15, date(2020, 1, 1))
    w = birth_window(
        person_id="v", birth_date=None, age=15, age_on_date=date(2020, 1, 1), leap_day=MAR1
    )
    r = age_at(w, None, "v", date(2019, 6, 1), date(2019, 6, 1), MAR1)
    assert r is not None and (r.lo, r.hi) == (14, 15)
    same = age_at(w, None, "v", date(2020, 1, 1), date(2020, 1, 1), MAR1)
    assert same is not None and same.exact and same.lo == 15
    assert earliest < latest


def test_plain_age_is_read_at_every_act_and_nothing_is_unknown() -> None:
    r = age_at(None, 15, "v", None, None, OPEN)
    assert r is not None and (r.lo, r.hi) == (15, 15)
    assert age_at(None, None, "v", date(2019, 1, 1), date(2019, 1, 1), OPEN) is None


def _a2(victim: dict[str, object], **conduct: object) -> nmt.Finding:
    return nmt.assess(one_act(victim=victim, **{**FULL_A2, **conduct}), today=TODAY).findings[0]


@pytest.mark.statute("30-52-1(A)(2)", "30-52-1(C)")
def test_leap_day_open_point_leaves_what_it_decides_undetermined() -> None:
    # Born 29 Feb 2000; conduct on 28 Feb 2018 (not a leap year): 17 or 18.
    f = _a2({"birth_date": date(2000, 2, 29)}, date=date(2018, 2, 28))
    assert f.subsections["30-52-1(A)(2)"].status == "undetermined"
    count = f.counts[0]
    assert count.victim_age is not None and (count.victim_age.lo, count.victim_age.hi) == (17, 18)
    assert count.victim_age.open_point is not None
    assert any(n.kind == "leap_day_birthday" for n in f.notes)
    # Born 29 Feb 2004; conduct on 28 Feb 2017: 12 or 13, first or second degree.
    g = _a2({"birth_date": date(2004, 2, 29)}, date=date(2017, 2, 28))
    assert g.subsections["30-52-1(A)(2)"].status == "met"
    assert g.grade is None and g.grade_floor == "second_degree_felony"
    assert g.grade_possible == ["second_degree_felony", "first_degree_felony"]
    # The day after, the point no longer matters.
    h = _a2({"birth_date": date(2004, 2, 29)}, date=date(2017, 3, 1))
    assert h.grade == "second_degree_felony"
    assert not any(n.kind == "leap_day_birthday" for n in h.notes)


@pytest.mark.statute("30-52-1(C)")
@pytest.mark.parametrize(
    ("rule", "grade"),
    [(FEB28, "second_degree_felony"), (MAR1, "first_degree_felony")],
)
def test_a_court_answer_is_one_setting(
    monkeypatch: pytest.MonkeyPatch, rule: LeapDayBirthday, grade: str
) -> None:
    monkeypatch.setattr(age_rule, "LEAP_DAY_BIRTHDAY", rule)
    g = _a2({"birth_date": date(2004, 2, 29)}, date=date(2017, 2, 28))
    assert g.grade == grade
    assert not any(n.kind == "leap_day_birthday" for n in g.notes)


def test_leap_day_in_an_age_on_date() -> None:
    # "12 on 28 Feb 2017": under the open point a 29 Feb 2004 birth may or may not count.
    wide = _window(12, date(2017, 2, 28), OPEN)
    narrow = _window(12, date(2017, 2, 28), MAR1)
    assert wide[0] <= narrow[0] and wide[1] >= narrow[1]


@pytest.mark.statute("30-52-1(C)")
def test_undated_act_is_bounded_by_the_text_and_the_birth() -> None:
    adult = _a2({"birth_date": date(1990, 1, 1)}, date=None)
    assert adult.subsections["30-52-1(A)(2)"].status == "not_met"  # 18 or older from 2008-07-01
    child = _a2({"birth_date": date(2006, 1, 1)}, date=None)
    assert child.grade_possible == [
        "third_degree_felony",
        "second_degree_felony",
        "first_degree_felony",
    ]
    young = _a2({"birth_date": date(2015, 1, 1)}, date=None)
    # born after the text came into force: the act falls within it; under 13 until today
    assert young.subsections["30-52-1(A)(2)"].status == "met"
    assert young.grade == "first_degree_felony"
    span = young.counts[0].possible_dates
    assert span is not None and span.earliest == date(2015, 1, 1) and span.latest == TODAY


def test_as_of_before_the_birth_is_an_error_like_a_dated_act() -> None:
    pattern = one_act(victim={"birth_date": date(2015, 1, 1)}, date=None, **FULL_A2)
    with pytest.raises(nmt.InvalidFactPattern, match=r"conduct\[0\]\.date.*before person 'V'"):
        nmt.assess(pattern, as_of=date(2012, 1, 1))
    with pytest.raises(nmt.InvalidFactPattern, match=r"conduct\[0\]\.date"):
        nmt.from_dict(
            {
                "persons": [{"id": "D"}, {"id": "V", "birth_date": "2015-01-01"}],
                "conduct": [
                    {
                        "id": "c",
                        "actor": "D",
                        "person": "V",
                        "act": "recruiting",
                        "date": "2012-01-01",
                    }
                ],
            }
        )


def test_dated_act_before_an_age_window_is_an_error() -> None:
    pattern = one_act(
        victim={"age": 5, "age_on": date(2020, 1, 1)}, date=date(2010, 1, 1), **FULL_A2
    )
    with pytest.raises(nmt.InvalidFactPattern, match="can have been born"):
        nmt.assess(pattern)


def test_plain_age_over_acts_years_apart_is_noted() -> None:
    pattern = nmt.from_dict(
        {
            "persons": [{"id": "D"}, {"id": "V", "age": 15}],
            "conduct": [
                {
                    "id": "a",
                    "actor": "D",
                    "person": "V",
                    "act": "recruiting",
                    "date": "2015-03-01",
                    **FULL_A2,
                },
                {
                    "id": "b",
                    "actor": "D",
                    "person": "V",
                    "act": "transporting",
                    "date": "2019-06-01",
                    **FULL_A2,
                },
            ],
        }
    )
    f = nmt.assess(pattern).findings[0]
    note = next(n for n in f.notes if n.kind == "plain_age_at_every_act")
    assert "age 15" in note.text and "birth date" in note.text
    single = nmt.assess(one_act(victim={"age": 15}, **FULL_A2)).findings[0]
    assert not any(n.kind == "plain_age_at_every_act" for n in single.notes)
