"""Review S of session 7 (an AAG deciding whether to charge).

- S1: a child's § 1591 line said "(b)(1) …, or no punishment stated by the text if the offense
  was not effected by force, threats of force, fraud or coercion". Under 14, (b)(1) applies
  whatever the means; 14 to 17 without them, (b)(2). § 1591(b) is silent only for an adult not
  so effected, or for a verb it does not list (maintaining): for a child, the clause now names
  the venture's act as its condition.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import nm_trafficking as nmt
from nm_trafficking.render.summary_text import render_summary_text

TODAY = date(2026, 12, 7)
NOT_EFFECTED = "the offense was not effected by force, threats of force, fraud or coercion"


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _benefiting(birth: str, venture: str | None = None) -> dict[str, Any]:
    """O benefits from a venture that sells V (born on ``birth``) for sex; no means known."""
    act: dict[str, Any] = {
        "id": "b",
        "actor": "O",
        "person": "V",
        "act": "benefiting",
        "date": "2026-06-01",
        "knowingly": True,
        "benefit": {"financially": True},
        "benefit_from": {"commercial_sexual_activity": True},
        "means_was_used": {"force": False, "fraud": False, "coercion": False},
    }
    if venture is not None:
        act["federal"] = {"venture": {"act": venture}}
    return {
        "persons": [
            {"id": "O", "roles": ["trafficker"]},
            {"id": "V", "roles": ["victim"], "birth_date": birth},
        ],
        "conduct": [act],
    }


def _line(data: dict[str, Any]) -> str:
    result = nmt.assess(nmt.from_dict(data), today=TODAY, law="federal")
    line = _flat(render_summary_text(result.summary)).split("§ 1591: ")[1]
    return line.split(" § 1589")[0]


def test_child_under_14_no_punishment_only_for_maintaining() -> None:
    line = _line(_benefiting("2015-02-01"))  # 11 at the act
    assert "(b)(1): 15 years to life" in line
    assert f"if {NOT_EFFECTED}" not in line
    assert "if the venture's act was maintaining" in line
    assert f"and {NOT_EFFECTED}" in line


def test_child_14_to_17_no_punishment_only_for_maintaining() -> None:
    line = _line(_benefiting("2011-01-01"))  # 15 at the act
    assert "(b)(2): 10 years to life" in line
    assert f"if {NOT_EFFECTED}" not in line
    assert "if the venture's act was maintaining" in line


def test_child_venture_act_listed_no_clause() -> None:
    line = _line(_benefiting("2011-01-01", venture="obtaining"))
    assert "no punishment stated" not in line


def test_adult_keeps_means_condition() -> None:
    data = _benefiting("1990-01-01")
    data["conduct"][0]["means_was_used"] = {"force": "unknown"}
    data["conduct"][0]["federal"] = {"venture": {"act": "obtaining"}}
    line = _line(data)
    assert f"or no punishment stated by the text if {NOT_EFFECTED}" in line


def test_penalty_reason_names_the_condition() -> None:
    """The count's reason (--detail elements) ties the clause to the venture's act too."""
    result = nmt.assess(nmt.from_dict(_benefiting("2015-02-01")), today=TODAY, law="federal")
    reason = _flat(result.to_json(detail="full"))
    assert "for the combination, UNVERIFIED" not in reason
    assert "(or no punishment stated by the text if the venture's act was maintaining" in reason
