"""A date outside the bounds a fact pattern takes is refused in the user's words, not with
pydantic's ``datetime.date(1850, 1, 1)`` (issue 20 item 4): from the loader, the CLI's
messages and the HTTP service alike."""

from __future__ import annotations

from typing import Any

import pytest

import nm_trafficking as nmt


def _pattern(**dates: Any) -> dict[str, Any]:
    return {
        "persons": [{"id": "D"}, {"id": "V", **dates.get("person", {})}],
        "conduct": [
            {"id": "c1", "actor": "D", "person": "V", "act": "recruiting", **dates.get("act", {})}
        ],
    }


@pytest.mark.parametrize(
    ("where", "value", "message"),
    [
        ({"act": {"date": "0201-03-10"}}, "conduct[0].date", "on or after 1850-01-01"),
        ({"person": {"birth_date": "1700-01-01"}}, "persons[1].birth_date", "on or after 1850"),
        ({"act": {"date": "2201-01-01"}}, "conduct[0].date", "on or before 2200-12-31"),
        (
            {"person": {"age": 15, "age_on": "1849-12-31"}},
            "persons[1].age_on",
            "on or after 1850-01-01",
        ),
    ],
)
def test_a_date_out_of_bounds_is_said_in_words(
    where: dict[str, Any], value: str, message: str
) -> None:
    with pytest.raises(nmt.InvalidFactPattern) as info:
        nmt.from_dict(_pattern(**where))
    (error,) = info.value.errors
    assert error.loc == value
    assert error.message.startswith("the date must be ")
    assert message in error.message
    assert "datetime" not in str(info.value)


def test_the_http_service_says_it_in_words_too() -> None:
    from fastapi.testclient import TestClient

    from nm_trafficking.workbench import create_app

    with TestClient(create_app()) as client:
        answer = client.post("/api/v1/assess", json=_pattern(act={"date": "0020-03-10"}))
    assert answer.status_code == 422
    (error,) = answer.json()["errors"]
    assert error == {"loc": "conduct[0].date", "message": "the date must be on or after 1850-01-01"}


def test_other_bounds_keep_their_message() -> None:
    with pytest.raises(nmt.InvalidFactPattern) as info:
        nmt.from_dict(_pattern(person={"age": 131}))
    assert "130" in info.value.errors[0].message


@pytest.mark.parametrize("name", ["today", "as_of"])
@pytest.mark.parametrize("day", ["9999-12-31", "2201-01-01", "1849-12-31"])
def test_a_day_of_assessment_or_assumed_date_out_of_bounds_is_refused_in_words(
    name: str, day: str
) -> None:
    """Review 9: ``today``/``as_of`` far in the future crashed an undated act's age window
    (``year 10001 is out of range``: exit 3, HTTP 500); they take the facts' own bounds."""
    from datetime import date

    from fastapi.testclient import TestClient

    from nm_trafficking.workbench import create_app

    undated = nmt.from_dict(
        {
            "persons": [{"id": "D"}, {"id": "V", "birth_date": "2004-01-01"}],
            "conduct": [{"id": "c1", "actor": "D", "person": "V", "act": "recruiting"}],
        }
    )
    with pytest.raises(nmt.InvalidFactPattern) as info:
        nmt.assess(undated, **{name: date.fromisoformat(day)})
    (error,) = info.value.errors
    assert error.loc == name
    early = name == "today" and day < "2008"  # before § 30-52-1: that is said instead
    said = "is before the earliest known text" if early else "outside the dates facts can have"
    assert said in error.message
    body = {"pattern": _pattern(), name: day}
    with TestClient(create_app()) as client:
        answer = client.post("/api/v1/assess", json=body)
    assert answer.status_code == 422, answer.text
    assert said in answer.text


def test_the_last_day_facts_can_have_is_still_a_day_of_assessment() -> None:
    from datetime import date

    undated = nmt.from_dict(
        {
            "persons": [{"id": "D"}, {"id": "V", "birth_date": "2004-01-01"}],
            "conduct": [{"id": "c1", "actor": "D", "person": "V", "act": "recruiting"}],
        }
    )
    a = nmt.assess(undated, today=date(2200, 12, 31))
    assert a.finding("D", "V").status in ("met", "not_met", "undetermined")
    assert "2200" in a.explain()
