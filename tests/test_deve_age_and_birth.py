"""A person's ``age`` and ``birth_date`` given together: accepted when they agree, refused with a
clear error when they do not; when both are given the birth date decides (it is exact).

With ``age_on`` the age must be the age on that date computed from the birth date
(``reasoning.ages.age_on``, with its 29 February reading: where the reading leaves the age a
range, any age in it is accepted). Without ``age_on`` the age is the age at one of the acts
toward the person: it must be the birth date's age at one of the dated acts, or (an act toward
the person undated) on a day from the birth to the day of the assessment."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

import nm_trafficking as nmt
from nm_trafficking import InvalidFactPattern
from nm_trafficking.reasoning import ages
from nm_trafficking.statute import ages as age_rule


def _doc(victim: dict[str, Any], *dates: str | None) -> dict[str, Any]:
    conduct = []
    for i, day in enumerate(dates or (None,)):
        act: dict[str, Any] = {"id": f"act{i}", "actor": "D", "person": "V", "act": "recruiting"}
        if day is not None:
            act["date"] = day
        act["description"] = "SECRET-DETAIL"
        conduct.append(act)
    v = {"id": "V", "roles": ["victim"], "description": "PRIVATE-NOTE", **victim}
    return {"persons": [{"id": "D"}, v], "conduct": conduct}


def _refused(doc: dict[str, Any]) -> InvalidFactPattern:
    with pytest.raises(InvalidFactPattern) as info:
        nmt.from_dict(doc)
    return info.value


def _victim_ages(pattern: nmt.FactPattern) -> list[str | None]:
    s = json.loads(nmt.assess(pattern, today=date(2026, 12, 1), law="nm").to_json())
    return [c["victim_age"] for c in s["summary"]["pairs"][0]["counts"]]


# --- with age_on ---------------------------------------------------------------------------


def test_age_on_a_date_that_agrees_with_the_birth_date_is_accepted() -> None:
    # born 10 March 2003: 15 on 1 January 2019 (the birthday of that year is still to come)
    p = nmt.from_dict(_doc({"age": 15, "age_on": "2019-01-01", "birth_date": "2003-03-10"}))
    assert p.persons[1].birth_date == date(2003, 3, 10)


def test_age_on_a_date_that_disagrees_is_refused_naming_the_person_not_the_values() -> None:
    """Since session 6 (review I2; docs/integration.md: "Error messages name fields, not the
    values in them"): the fields that disagree are named, their values are not."""
    # born 10 March 2003: 14 on 9 March 2018, 15 on 10 March 2018 (not 16)
    exc = _refused(
        _doc({"age": 16, "age_on": "2018-03-10", "birth_date": "2003-03-10"}, "2018-06-01")
    )
    assert [e.loc for e in exc.errors] == ["persons[1]"]
    message = str(exc)
    for said in ("'V'", "age does not agree with birth_date", "age_on", "decides"):
        assert said in message, said
    for private in ("PRIVATE-NOTE", "SECRET-DETAIL", "2018-06-01", "act0", "2003", "16", "15"):
        assert private not in message, private


def test_the_day_before_a_birthday_is_still_the_younger_age() -> None:
    nmt.from_dict(_doc({"age": 14, "age_on": "2018-03-09", "birth_date": "2003-03-10"}))
    exc = _refused(_doc({"age": 15, "age_on": "2018-03-09", "birth_date": "2003-03-10"}))
    assert "it is not the age birth_date gives on age_on" in str(exc)


def test_age_on_before_the_birth_is_refused() -> None:
    exc = _refused(_doc({"age": 0, "age_on": "2002-01-01", "birth_date": "2003-03-10"}))
    assert "age_on is before birth_date" in str(exc) and "2002" not in str(exc)


def test_29_february_accepts_every_age_the_open_reading_leaves() -> None:
    """Born 29 February 2004; on 28 February 2021 (no 29 February that year) the open reading
    of the library (``statute.ages.LEAP_DAY_BIRTHDAY``) leaves 16 or 17: both are accepted, an
    age outside the range is not."""
    birth, day = date(2004, 2, 29), date(2021, 2, 28)
    young, old = ages.age_on(birth, day, age_rule.LEAP_DAY_BIRTHDAY)
    if age_rule.LEAP_DAY_BIRTHDAY is age_rule.LeapDayBirthday.OPEN:
        assert (young, old) == (16, 17)
    for age in range(young, old + 1):
        nmt.from_dict(_doc({"age": age, "age_on": day.isoformat(), "birth_date": "2004-02-29"}))
    for age in (young - 1, old + 1):
        exc = _refused(_doc({"age": age, "age_on": day.isoformat(), "birth_date": "2004-02-29"}))
        assert "it is not the age birth_date gives on age_on" in str(exc)


def test_the_birth_date_decides_the_ages_at_the_acts() -> None:
    """Age 15 on 1 January 2019 alone leaves the age at an act of 1 June 2019 as 15 to 16; the
    birth date given too (which agrees) makes it exact."""
    alone = nmt.from_dict(_doc({"age": 15, "age_on": "2019-01-01"}, "2019-06-01"))
    both = nmt.from_dict(
        _doc({"age": 15, "age_on": "2019-01-01", "birth_date": "2003-03-10"}, "2019-06-01")
    )
    assert _victim_ages(alone) == ["15 to 16"]
    assert _victim_ages(both) == ["16"]


# --- without age_on: the age at one of the acts ------------------------------------------------


def test_a_plain_age_that_is_the_age_at_one_of_the_dated_acts_is_accepted() -> None:
    # born 10 March 2003: 15 on 1 June 2018, 17 on 1 June 2020
    p = nmt.from_dict(_doc({"age": 17, "birth_date": "2003-03-10"}, "2018-06-01", "2020-06-01"))
    # the birth date decides: the first act is at 15, not at the plain age 17
    assert _victim_ages(p) == ["15", "17"]


def test_a_plain_age_that_is_the_age_at_none_of_the_dated_acts_is_refused() -> None:
    exc = _refused(_doc({"age": 16, "birth_date": "2003-03-10"}, "2018-06-01", "2020-06-01"))
    assert [e.loc for e in exc.errors] == ["persons[1].age"]
    message = str(exc)
    for said in ("'V'", "age does not agree with birth_date", "decides"):
        assert said in message, said
    for private in ("PRIVATE-NOTE", "SECRET-DETAIL", "2018-06-01", "2020-06-01", "act0", "2003"):
        assert private not in message, private


def test_a_plain_age_with_no_dated_act_toward_the_person_is_accepted() -> None:
    # an age the person had on a day the undated act can have happened on (0 to 23 from the
    # birth to 1 December 2026; one none of those days gives is refused: test_devh2_review)
    p = nmt.from_dict(_doc({"age": 20, "birth_date": "2003-03-10"}, None))
    assert p.persons[1].age == 20
    s = json.loads(nmt.assess(p, today=date(2026, 12, 1), law="nm").to_json(detail="full"))
    # the birth date decides: no note reads the plain age as the age at the undated act
    kinds = {n["kind"] for n in s["summary"]["notes"]}
    assert "plain_age_at_every_act" not in kinds


def test_an_undated_act_toward_the_person_may_be_the_one_the_age_was_stated_of() -> None:
    nmt.from_dict(_doc({"age": 16, "birth_date": "2003-03-10"}, "2018-06-01", None))


def test_a_plain_age_of_a_person_no_act_is_toward_is_accepted() -> None:
    doc = _doc({}, "2018-06-01")
    doc["persons"][0].update(age=50, birth_date="2003-03-10")
    nmt.from_dict(doc)
