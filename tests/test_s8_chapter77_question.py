"""Session 8, review V10 and V12: the § 1590 question on a violation of chapter 77 says how
§ 1589 (forced labor) stands on the acts it names — met on one of two acts: that act by name,
not "this act"; not met on the act: the violation would have to be another chapter 77
offense."""

from __future__ import annotations

from datetime import date
from typing import Any

import nm_trafficking as nmt
from nm_trafficking.statute.usc_18.s1589.elements import MEANS_2008

TODAY = date(2026, 12, 7)
NO_LABOR_MEANS = dict.fromkeys(MEANS_2008, False)  # every § 1589(a) means stated false


def _chapter77_question(pattern: dict[str, Any]) -> str:
    summary = nmt.assess(nmt.from_dict(pattern), today=TODAY).summary
    found = [q.text for q in summary.needed if q.element == "in_violation_of_this_chapter"]
    assert len(found) == 1, found
    return found[0]


def test_forced_labor_not_met_on_the_act_points_to_other_chapter_77_offenses() -> None:
    text = _chapter77_question(
        {
            "persons": [{"id": "U", "roles": ["other"]}, {"id": "C", "birth_date": "2010-02-02"}],
            "conduct": [
                {
                    "id": "pick",
                    "actor": "U",
                    "person": "C",
                    "act": "obtaining",
                    "date": "2022-09-01",
                    "knowingly": True,
                    "to_subject_to": {"labor": True, "commercial_sexual_activity": False},
                    "means_will_be_used": {"force": False, "fraud": False, "coercion": False},
                    "federal": {
                        "labor": {"provided_or_obtained_labor_or_services": True},
                        "labor_means": NO_LABOR_MEANS,
                    },
                }
            ],
        }
    )
    assert "§ 1589 (forced labor) is not met on this act on the facts stated" in text
    assert "another chapter 77 offense (peonage, slavery or involuntary servitude)" in text


def test_forced_labor_met_on_one_of_two_acts_names_that_act() -> None:
    labor = {
        "knowingly": True,
        "to_subject_to": {"labor": True},
        "means_will_be_used": {"force": True},
        "federal": {
            "labor": {"provided_or_obtained_labor_or_services": True},
            "labor_means": {"force": True},
        },
    }
    text = _chapter77_question(
        {
            "persons": [
                {"id": "D", "roles": ["trafficker"]},
                {"id": "G", "birth_date": "1990-05-05"},
            ],
            "conduct": [
                {
                    "id": "a",
                    "actor": "D",
                    "person": "G",
                    "act": "obtaining",
                    "date": "2020-03-03",
                    **labor,
                },
                {
                    "id": "b",
                    "actor": "D",
                    "person": "G",
                    "act": "providing",
                    "date": "2020-04-04",
                    "knowingly": True,
                    "to_subject_to": {"labor": True},
                },
            ],
        }
    )
    assert "is met on the obtaining of 3 March 2020 on the facts stated" in text
    assert "the answer is yes for it" in text
    assert "is met on this act" not in text
