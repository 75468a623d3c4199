"""§ 1590's "in violation of this chapter" asked of one act names the other acts of the same
pair on which § 1589 is met (review Q11 of session 7): a reader must not be asked whether a
chapter 77 violation was completed without being told that the library found one."""

from __future__ import annotations

from datetime import date
from typing import Any

import nm_trafficking as nmt

TODAY = date(2026, 12, 7)
RECRUIT: dict[str, Any] = {
    "id": "r",
    "actor": "R",
    "person": "W",
    "act": "recruiting",
    "date": "2015-03-02",
    "knowingly": True,
    "federal": {
        "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
        "labor": {"for_labor_or_services": True, "chapter_77_violation_intended_or_known": True},
    },
}
HOLD: dict[str, Any] = {
    "id": "h",
    "actor": "R",
    "person": "W",
    "act": "obtaining",
    "date": "2015-04-15",
    "knowingly": True,
    "federal": {
        "labor": {
            "labor_or_services_of_the_person": True,
            "provided_or_obtained_labor_or_services": True,
            "for_labor_or_services": True,
        },
        "labor_means": {"abuse_or_threatened_abuse_of_law_or_legal_process": True},
    },
}


def _chapter_77(conduct: list[dict[str, Any]]) -> dict[str, str]:
    persons = [{"id": "R"}, {"id": "W", "birth_date": "1981-01-10"}]
    a = nmt.assess(nmt.from_dict({"persons": persons, "conduct": conduct}), today=TODAY)
    return {
        q.conduct: q.text
        for q in a.summary.needed
        if q.law == "usc_1590" and q.element == "in_violation_of_this_chapter"
    }


def test_the_question_on_another_act_names_the_act_that_meets_1589() -> None:
    asked = _chapter_77([RECRUIT, HOLD])
    assert "r" in asked
    assert (
        "§ 1589 (forced labor, a chapter 77 offense) is met on the obtaining of 15 April 2015 "
        "toward W" in " ".join(asked["r"].split())
    )


def test_nothing_is_added_where_1589_is_met_on_no_act_of_the_pair() -> None:
    hold = {**HOLD, "federal": {**HOLD["federal"], "labor_means": {}}}
    asked = _chapter_77([RECRUIT, hold])
    assert "r" in asked
    assert "§ 1589" not in asked["r"]
