"""An undated act whose date decides which § 1591 text applies: its date is asked, and beside
it the elements still open under every text (commerce, the commercial sex act, ...), as a dated
act's are (the last session's closing note: only the date was asked)."""

from __future__ import annotations

from datetime import date
from typing import Any

import nm_trafficking as nmt
from nm_trafficking.reasoning import acts, jurisdictions
from nm_trafficking.rules.engine import Engine
from nm_trafficking.statute.usc_18.s1591 import USC_1591

TODAY = date(2026, 12, 7)


def _pattern(born: str | None = "2012-05-05", age: int | None = None) -> nmt.FactPattern:
    person: dict[str, Any] = {"id": "V"}
    if born is not None:
        person["birth_date"] = born
    if age is not None:
        person["age"] = age
    return nmt.FactPattern.model_validate(
        {
            "persons": [{"id": "D"}, person],
            "conduct": [
                {
                    "id": "c",
                    "actor": "D",
                    "person": "V",
                    "act": "recruiting",
                    "knowingly": True,
                    # commerce and the commercial sex act not stated
                    "federal": {"as_to_age": {"knew": True}},
                }
            ],
        }
    )


def _questions(pattern: nmt.FactPattern, law: str = "federal") -> list[Any]:
    a = nmt.assess(pattern, today=TODAY, law=law)  # type: ignore[arg-type]
    return [q for q in a.summary.needed if q.law == "usc_1591"]


def test_the_date_and_the_elements_open_under_every_text_are_asked() -> None:
    """Born 2012: every § 1591 text since has "recruits" and the minor prong; the bands the
    texts give differ over the days (the date matters), and commerce and the commercial sex act
    are open under every one of them."""
    ctxs = acts.contexts(_pattern(), today=TODAY)
    verdict = jurisdictions.verdicts(USC_1591, ctxs, Engine())[0]
    assert jurisdictions.date_matters(verdict) and verdict.status == "undetermined"
    asked = _questions(_pattern())
    by_element = {q.element: q for q in asked}
    assert asked[0].element == "date"
    assert {"jurisdiction", "commercial_sex_act"} <= set(by_element)
    # the element questions name the act by its verb, as undated
    assert by_element["jurisdiction"].text.startswith("Was the undated recruiting in or affecting")
    assert "when recruiting V (date not stated)" in by_element["commercial_sex_act"].text
    # the date once: not again as the text-in-force element
    assert [q.text.startswith("When did") for q in asked].count(True) == 1
    assert "in_force" not in by_element
    # what every text decides alike is not asked (the age: under 18 on every possible day)
    assert "under_eighteen" not in by_element


def test_a_plain_age_asks_the_date_only() -> None:
    """A plain age runs the possible days back before § 1591 existed: the undated period,
    whose only element is the text that applies — the date, asked once."""
    asked = _questions(_pattern(born=None, age=12))
    assert [q.element for q in asked] == ["date"]
