"""Age arithmetic: whole years on the date of the conduct; 29 February; age ranges."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from nm_trafficking.facts.ages import age_on, age_range_at
from tests.oracle import years_between


def test_birthday_counts_on_the_day() -> None:
    assert age_on(date(2000, 5, 10), date(2018, 5, 9)) == 17
    assert age_on(date(2000, 5, 10), date(2018, 5, 10)) == 18


def test_leap_day_birthday_turns_on_first_of_march() -> None:
    born = date(2004, 2, 29)
    assert age_on(born, date(2017, 2, 28)) == 12
    assert age_on(born, date(2017, 3, 1)) == 13
    assert age_on(born, date(2016, 2, 29)) == 12


@given(st.dates(date(1900, 1, 1), date(2100, 1, 1)), st.dates(date(1900, 1, 1), date(2150, 1, 1)))
def test_matches_counting_birthdays(born: date, day: date) -> None:
    if day >= born:
        assert age_on(born, day) == years_between(born, day)


def test_age_without_date_is_taken_at_the_conduct() -> None:
    r = age_range_at(date(2019, 1, 1), birth_date=None, age=15, age_on_date=None, person_id="v")
    assert r is not None and (r.lo, r.hi) == (15, 15)


def test_age_recorded_on_another_date_gives_a_range() -> None:
    r = age_range_at(
        date(2019, 6, 1), birth_date=None, age=15, age_on_date=date(2020, 1, 1), person_id="v"
    )
    # 15 on 2020-01-01: born 2004-01-02 .. 2005-01-01, so 14 or 15 on 2019-06-01
    assert r is not None and (r.lo, r.hi) == (14, 15)
    same = age_range_at(
        date(2020, 1, 1), birth_date=None, age=15, age_on_date=date(2020, 1, 1), person_id="v"
    )
    assert same is not None and same.exact and same.lo == 15


def test_unknown_when_nothing_is_known() -> None:
    assert (
        age_range_at(date(2019, 1, 1), birth_date=None, age=None, age_on_date=None, person_id="v")
        is None
    )
    assert (
        age_range_at(None, birth_date=date(2000, 1, 1), age=None, age_on_date=None, person_id="v")
        is None
    )
