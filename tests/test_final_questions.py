"""The last two items of the session's reviews.

1. § 1591(b)'s open band is asked as facts, as §§ 1589(d) and 1590(a) are: was the offense
   effected by means of force, threats of force, fraud or coercion (if so (b)(1), if not
   (b)(2) ...), and, where the age decides, the person's age (once: with the state grade's
   question where that asks it too). The "no punishment stated" reading stays a point of law.
2. The contradiction note (docs/federal.md decision 18) names the actor and the person, tells
   the facts in the past ("would be used"), and quotes § 1591(a) verbatim ("will be used to
   cause the person to engage in a commercial sex act").
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import nm_trafficking as nmt
from nm_trafficking import FactPattern
from nm_trafficking.render.instructions import court_form

TODAY = date(2026, 12, 7)
NEITHER = {"knew": False, "reckless_disregard": False}
STATUTE_QUOTE = '"will be used to cause the person to engage in a commercial sex act"'


def _pattern(federal: dict[str, Any], victim: dict[str, Any], act: str) -> FactPattern:
    return nmt.from_dict(
        {
            "persons": [
                {"id": "Dana", "roles": ["trafficker"]},
                {"id": "Wren", "roles": ["victim"], **victim},
            ],
            "conduct": [
                {
                    "id": "c0",
                    "actor": "Dana",
                    "person": "Wren",
                    "act": act,
                    "date": "2019-06-15",
                    "knowingly": True,
                    "federal": {
                        "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
                        **federal,
                    },
                }
            ],
        }
    )


def _assess(
    federal: dict[str, Any], victim: dict[str, Any], act: str = "recruiting", law: str = "all"
) -> nmt.Assessment:
    pattern = _pattern(federal, victim, act)
    return nmt.assess(pattern, today=TODAY, law=law)  # type: ignore[arg-type]


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# --- 2. the contradiction note -------------------------------------------------------------------


def _note(result: nmt.Assessment) -> str:
    (finding,) = result.findings
    (note,) = [
        n for n in finding.jurisdictions["usc_1591"].notes if n.kind == "federal_facts_contradict"
    ]
    return note.text


def test_the_contradiction_note_names_the_actor_and_the_person_in_the_past() -> None:
    for federal in (
        {"knew_means_will_be_used": {"force": True}, "as_to_commercial_sex_act": NEITHER},
        {
            "reckless_disregard_means_will_be_used": {"force": True},
            "as_to_commercial_sex_act": NEITHER,
        },
        {
            "knew_means_will_be_used": {"force": True},
            "as_to_commercial_sex_act": {"knew": False, "reckless_disregard": True},
        },
    ):
        text = _note(_assess(federal, {"birth_date": "1990-01-01"}, act="transporting"))
        assert "Dana is stated to have" in text
        assert "the actor" not in text.lower()
        # the statute's words stay quoted as they are; outside the quotation, the past and names
        assert text.count(STATUTE_QUOTE) == 1
        outside = text.replace(STATUTE_QUOTE, "")
        assert "will be" not in outside and "the person" not in outside
        assert "would be used to cause Wren to engage in a commercial sex act" in outside
        assert "Wren would be caused to engage in one" in outside


def test_the_court_form_open_line_says_the_same() -> None:
    federal = {"knew_means_will_be_used": {"force": True}, "as_to_commercial_sex_act": NEITHER}
    pattern = _pattern(federal, {"birth_date": "1990-01-01"}, "transporting")
    result = nmt.assess(pattern, today=TODAY, law="federal")
    opened = [
        _flat(e.open)
        for p in court_form(result, pattern).pairs
        for i in p.instructions
        for e in i.elements
        if e.open is not None and "contradict" in e.open
    ]
    assert opened
    for line in opened:
        assert "the facts contradict each other. Dana is stated to have known that a means" in line
        assert "The actor is stated" not in line and STATUTE_QUOTE in line
