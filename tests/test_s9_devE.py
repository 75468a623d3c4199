"""Session 9, helper E: a § 1594 party named only by others, dated no earlier than the facts show
(note8, "still open from helpers' reports")."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import nm_trafficking as nmt

TODAY = date(2026, 12, 8)
HEAD = "Related offense — conspiracy (18 U.S.C. § 1594"


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _labor_act(n: int, actor: str, day: str | None, with_: list[str]) -> dict[str, Any]:
    act: dict[str, Any] = {
        "id": f"k{n}",
        "actor": actor,
        "person": "W",
        "act": "recruiting" if n == 0 else "harboring",
        "knowingly": True,
        "means_will_be_used": {"force": True},
        "to_subject_to": {"labor": True},
        "agreement": {"with_persons": with_, "to_commit_this_act": True},
    }
    if day is not None:
        act["date"] = day
    return act


def _assess(*acts: dict[str, Any]) -> nmt.Assessment:
    persons = [{"id": "L"}, {"id": "D2"}, {"id": "W", "roles": ["victim"], "age": 30}]
    pattern = nmt.from_dict({"persons": persons, "conduct": list(acts)})
    return nmt.assess(pattern, today=TODAY)


def _federal(result: nmt.Assessment, defendant: str) -> tuple[str, Any]:
    """The pair's § 1594 line and its fields."""
    (pair,) = [p for p in result.summary.pairs if p.defendant == defendant]
    (found,) = [
        (line, r)
        for line, r in zip(pair.related, pair.related_offenses, strict=True)
        if line.startswith(HEAD)
    ]
    return _flat(found[0]), found[1]


def test_a_party_named_only_by_others_is_counted_from_the_last_act_agreed_to() -> None:
    """L agreed with D2 to recruit W in 2014 and to harbor her in 2023; D2's own combination is
    stated for neither. Were it established, it can have been made as late as 1 May 2023: his
    § 1594(b) period (§ 3298's ten years) can run to 1 May 2033, not only to 1 March 2024, and
    has not surely passed. It was counted from the first act and said to have passed."""
    result = _assess(
        _labor_act(0, "L", "2014-03-01", ["D2"]), _labor_act(1, "L", "2023-05-01", ["D2"])
    )
    line, fields = _federal(result, "D2")
    period = "for D2, limitation (unless tolled; check): at the latest to 1 May 2033 under § 3298"
    assert period in line
    assert "counted for D2 from L's harboring of W on 1 May 2023, the last act agreed to" in line
    assert "(passed)" not in line.split("for D2, limitation")[1]
    assert fields.deadline == date(2033, 5, 1)
    assert fields.passed is None
    # L's own combination is stated for both acts: his period still runs from the first
    line, fields = _federal(result, "L")
    assert "at the latest to 1 March 2024 (passed) under § 3298" in line
    assert fields.deadline == date(2024, 3, 1)


def test_a_party_named_only_by_others_is_not_dated_where_an_act_agreed_to_is_not() -> None:
    """The last act agreed to is not dated: D2's period runs from a day not stated, with no last
    day and ``passed`` null (his combination can have been made as late as that act)."""
    result = _assess(_labor_act(0, "L", "2014-03-01", ["D2"]), _labor_act(1, "L", None, ["D2"]))
    line, fields = _federal(result, "D2")
    assert "for D2, limitation (unless tolled; check): ten years under § 3298" in line
    assert "counted for D2 from the last act agreed to, whose date is not stated" in line
    assert fields.deadline is None and fields.passed is None


def test_one_act_agreed_to_dates_a_named_party_as_before() -> None:
    """One act agreed to: the first act is the last; the line refers to the one above."""
    result = _assess(_labor_act(0, "L", "2023-05-01", ["D2"]))
    line, fields = _federal(result, "D2")
    assert "for D2, limitation" not in line
    assert fields.deadline == date(2033, 5, 1)


def test_the_3282_alternative_runs_from_the_partys_own_act_too() -> None:
    """L agreed with D2 to L's recruiting of 2001, D2 with L to D2's harboring of 2003: D2's
    period runs from his own act (review X1 of session 8), and so does the § 3282(a) five years
    beside § 3298 (its enactment date NOT FOUND): to 1 May 2008, not from L's act to 1 March
    2006."""
    result = _assess(
        _labor_act(0, "L", "2001-03-01", ["D2"]), _labor_act(1, "D2", "2003-05-01", ["L"])
    )
    line, _ = _federal(result, "D2")
    assert "for D2, limitation" in line
    assert "else at the latest to 1 May 2008 (passed) under § 3282(a)" in line
    assert "1 March 2006" not in line
