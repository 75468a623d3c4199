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
