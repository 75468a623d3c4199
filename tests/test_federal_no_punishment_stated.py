"""§ 1591(b) states no punishment for an adult's offense not effected by the means (decision 12):
where a text is applied, the words say so, never that no text is applied for the dates (review 7,
item 2)."""

from __future__ import annotations

import json
from datetime import date

import nm_trafficking as nmt
from nm_trafficking import FactPattern

TODAY = date(2026, 12, 7)
_NOT_EFFECTED = dict.fromkeys(
    (
        "force",
        "threats_of_force",
        "fraud",
        "coercion_threats_of_serious_harm_or_restraint",
        "coercion_scheme_plan_or_pattern",
        "coercion_abuse_of_legal_process",
    ),
    False,
)


def _pattern() -> FactPattern:
    return FactPattern.model_validate(
        {
            "persons": [
                {"id": "T", "roles": ["trafficker"]},
                {"id": "F", "roles": ["victim"], "birth_date": "1990-01-01"},
            ],
            "conduct": [
                {
                    "id": "o",
                    "actor": "T",
                    "person": "F",
                    "act": "transporting",
                    "date": "2022-06-01",
                    "knowingly": True,
                    "federal": {
                        "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
                        # § 1591 at issue (the commerce fact alone does not put it: review S10)
                        "as_to_commercial_sex_act": {"knew": True},
                        "offense_effected_by": _NOT_EFFECTED,
                    },
                }
            ],
        }
    )


def test_an_adult_not_effected_by_the_means_is_no_punishment_stated_not_no_text() -> None:
    a = nmt.assess(_pattern(), today=TODAY, law="federal")
    doc = json.loads(a.to_json())
    (pair,) = doc["summary"]["pairs"]
    (law,) = [x for x in pair["laws"] if x["law"] == "usc_1591"]
    words = law["grading"]["words"]
    assert "dates of the acts" not in words
    assert "states no punishment" in words and "UNVERIFIED" in words
    full = a.explain()
    assert "no text is applied" not in full


def _open_means() -> FactPattern:
    """An adult; whether the offense was effected by the means is not stated."""
    doc = _pattern().model_dump(mode="json", exclude_unset=True)
    del doc["conduct"][0]["federal"]["offense_effected_by"]
    return FactPattern.model_validate(doc)


def test_both_outcomes_are_said_and_visible_in_json() -> None:
    a = nmt.assess(_open_means(), today=TODAY, law="federal")
    doc = json.loads(a.to_json())
    (pair,) = doc["summary"]["pairs"]
    (law,) = [x for x in pair["laws"] if x["law"] == "usc_1591"]
    grading = law["grading"]
    assert grading["possible"] == ["(b)(1)"]
    assert grading["none_stated_possible"] is True
    assert "15 years to life" in grading["words"]
    assert "or no punishment stated by the text" in grading["words"]
    (count,) = pair["counts"]
    assert count["laws"]["usc_1591"]["none_stated_possible"] is True
    assert "or no punishment stated by the text" in count["laws"]["usc_1591"]["words"]
    full = json.loads(a.to_json(detail="full"))
    section = full["findings"][0]["jurisdictions"]["usc_1591"]
    assert section["penalty"]["none_stated_possible"] is True
    assert section["counts"][0]["penalty"]["none_stated_possible"] is True
    # § 1590 has no such outcome; a band fixed by the means leaves none either
    (other,) = [x for x in pair["laws"] if x["law"] == "usc_1590"]
    assert "none_stated_possible" not in other["grading"]  # present only when true
    effected = _open_means().model_dump(mode="json", exclude_unset=True)
    effected["conduct"][0]["federal"]["offense_effected_by"] = {"force": True}
    doc = json.loads(
        nmt.assess(FactPattern.model_validate(effected), today=TODAY, law="federal").to_json()
    )
    (law,) = [x for x in doc["summary"]["pairs"][0]["laws"] if x["law"] == "usc_1591"]
    assert "none_stated_possible" not in law["grading"]
    assert "no punishment stated" not in law["grading"]["words"]
