"""A federal question about a fact the state side already states (§ 1590's "for labor or
services" where the act was stated to subject the person to labor): the question says so, so it
does not read as asking again for a stated fact (review 10), and reads nothing across."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import nm_trafficking as nmt

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 12, 7)


def _labor_question(a: nmt.Assessment) -> str:
    return next(
        q.text
        for q in a.summary.needed
        if q.law == "usc_1590" and "for labor or services" in q.text
    )


def test_the_state_purpose_is_named_and_nothing_is_read_across() -> None:
    pattern = nmt.load(ROOT / "examples" / "a1_farm_labor_promised_wages.yaml")
    a = nmt.assess(pattern, today=TODAY)
    text = _labor_question(a)
    assert "(The facts state each act was to subject W1 to labor under § 30-52-1; the federal " in (
        text
    )
    assert a.finding("contractor", "W1").jurisdictions["usc_1590"].status == "undetermined"


def test_nothing_is_added_where_the_state_purpose_is_not_stated() -> None:
    pattern = nmt.from_dict(
        {
            "persons": [{"id": "D"}, {"id": "W", "age": 30}],
            "conduct": [
                {"id": "r", "actor": "D", "person": "W", "act": "recruiting", "date": "2019-08-01"}
            ],
        }
    )
    a = nmt.assess(pattern, today=TODAY)
    # no fact concerns W's labor or services: § 1590's questions are not asked at all, and
    # its line says why (docs/federal.md, decision 19)
    assert not [q for q in a.summary.needed if q.law in ("usc_1589", "usc_1590")]
    (pair,) = a.summary.pairs
    (s1590,) = [x for x in pair.laws if x.law == "usc_1590"]
    assert s1590.status == "undetermined"
    assert s1590.why is not None
    assert (
        "§ 1590(a) needs W's labor or services, and no fact stated puts them at issue" in s1590.why
    )
    # stated, the labor purpose brings the question back (and names the state fact)
    stated = pattern.model_dump(mode="json")
    stated["conduct"][0]["to_subject_to"] = {"labor": True}
    text = _labor_question(nmt.assess(nmt.FactPattern.model_validate(stated), today=TODAY))
    assert "under § 30-52-1" in text
