"""Review S of session 7 (a New Mexico Assistant Attorney General deciding whether to charge).

S7: in Indian country, the question of who is an Indian never contradicts the § 30-52-1 line:
where the actor's status is stated, the person's does not decide the State's jurisdiction, only
whether the Federal Government (and the Tribe) share it (related-law-2026-12.md § 5).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import nm_trafficking as nmt

TODAY = date(2026, 12, 7)
MOVE = {
    "id": "move",
    "actor": "D",
    "person": "V",
    "act": "transporting",
    "date": "2026-02-11",
    "knowingly": True,
    "means_will_be_used": {"force": True},
    "to_subject_to": {"commercial_sexual_activity": True},
    "in_indian_country": True,
    "county": "Sandoval",
}
ACT = "The transporting of 11 February 2026 is stated to have taken place in Indian country"


def _indian(d: bool | None, v: bool | None) -> nmt.Assessment:
    persons: list[dict[str, Any]] = [{"id": "D"}, {"id": "V", "age": 19}]
    for p, status in zip(persons, (d, v), strict=True):
        if status is not None:
            p["indian"] = status
    pattern = nmt.from_dict({"persons": persons, "conduct": [MOVE]})
    return nmt.assess(pattern, today=TODAY, law="nm")


def _asked(a: nmt.Assessment) -> list[str]:
    return [" ".join(q.text.split()) for q in a.summary.needed if q.element == "indian_country"]


STATUSES = (True, False, None)


@pytest.mark.statute("30-52-1(B)")
@pytest.mark.parametrize("d", STATUSES)
@pytest.mark.parametrize("v", STATUSES)
def test_the_indian_question_agrees_with_the_line_in_every_row(
    d: bool | None, v: bool | None
) -> None:
    """Every row of the table (the actor's and the person's status, each stated true, false or
    not): a status stated is never asked; the person's status, asked where the actor's is
    stated, is never said to decide who may prosecute (review S7: the line has said the State's
    jurisdiction does not turn on it)."""
    asked = _asked(_indian(d, v))
    if d is not None and v is not None:
        assert asked == []
        return
    (q,) = asked
    if d is None and v is None:
        assert q == (
            f"Are D and V Indians? {ACT}, where that decides who may prosecute (see the "
            "Indian-country note)."
        )
    elif d is None:
        assert q == (
            f"Is D an Indian? {ACT}, where D's status decides whether the State has "
            "jurisdiction (see the Indian-country note)."
        )
    elif d is False:
        assert q == (
            f"Is V an Indian? {ACT}; D is stated not to be an Indian, so the State has "
            "jurisdiction either way: V's status decides only whether the Federal Government "
            "(and the Tribe) share it (see the Indian-country note)."
        )
    else:
        assert q == (
            f"Is V an Indian? {ACT}; D is stated to be an Indian, so the State may lack "
            "jurisdiction either way: V's status bears only on federal and Tribal jurisdiction "
            "(see the Indian-country note)."
        )
    if d is not None:
        assert "decides who may prosecute" not in q


RING = {
    "persons": [
        {"id": "R", "roles": ["recruiter"]},
        {"id": "D", "roles": ["other"]},
        {"id": "M", "roles": ["other"]},
        {"id": "L", "roles": ["other"]},
        {"id": "V", "roles": ["victim"], "birth_date": "2010-12-08"},
    ],
    "conduct": [
        {"id": "recruit", "actor": "R", "person": "V", "act": "recruiting",
         "date": "2025-12-06", "county": "Bernalillo", "knowingly": True,
         "will_be_caused_to_engage_in_commercial_sexual_activity": True,
         "accessories": [{"person": "L", "abetted": True}]},
        {"id": "drive", "actor": "D", "person": "V", "act": "transporting",
         "date": "2025-12-07", "county": "Bernalillo", "knowingly": True,
         "will_be_caused_to_engage_in_commercial_sexual_activity": True,
         "accessories": [{"person": "M", "aided": True,
                          "intended_that_the_offense_be_committed": True}]},
        {"id": "collect", "actor": "M", "person": "V", "act": "benefiting",
         "date": "2025-12-07", "county": "Bernalillo", "knowingly": True,
         "benefit": {"financially": True},
         "benefit_from": {"commercial_sexual_activity": True},
         "means_was_used": {"force": False, "fraud": False, "coercion": False}},
    ],
}  # fmt: skip
"""Review S's s09: a recruiter, a driver, a money collector M (not met on his own benefiting,
an accessory to D's transporting) and a lookout L whose intent is not stated."""


def _ring(intended: bool | None = True) -> nmt.Assessment:
    doc: dict[str, Any] = {
        **RING,
        "conduct": [
            {**c, "accessories": [{**h, "intended_that_the_offense_be_committed": intended}]}
            if c["id"] == "drive" and intended is not None
            else {**c, "accessories": [{"person": "M", "aided": True}]}
            if c["id"] == "drive"
            else c
            for c in RING["conduct"]
            for h in (c.get("accessories") or [{}])[:1]
        ],
    }
    return nmt.assess(nmt.from_dict(doc), today=TODAY)


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_federal_helper_line_states_no_false_rule_of_intent() -> None:
    """Review S9: 'A stated intent never makes L liable here', said of L whose intent is not
    stated, read alone is a false rule of law. The sentence is true whatever is stated."""
    text = _flat(_ring().explain())
    assert "never makes" not in text
    for helper in ("L", "M"):
        assert (
            f"Even a stated intent would not settle {helper}'s liability here: it turns on a "
            "federal intent standard that is not in the sources read." in text
        )


def _state_line(text: str, pair: str) -> str:
    block = text[text.index(f"{pair}:") :]
    line = block[block.index("§ 30-52-1: ") :]
    return line[: line.index("§ 1591: ")]


def test_a_helper_not_met_on_his_own_line_is_pointed_to_his_accessory_finding() -> None:
    """Review S5: M's own § 30-52-1 line is NOT MET (benefiting without the means) while the
    accessories' section finds him an accessory to D's transporting: his line says so, in every
    view that shows the pair lines; a principal met on his own line, or a helper whose help is
    not stated, gets no such clause."""
    ref = "M is an accessory to D's transporting of 7 December 2025: see Accessories."
    a = _ring()
    text = _flat(a.explain())
    m = _state_line(text, "M toward V")
    assert m.startswith("§ 30-52-1: NOT MET") and ref in m
    assert "see Accessories" not in _state_line(text, "D toward V")
    assert "see Accessories" not in _state_line(text, "R toward V")
    assert ref in _flat(a.to_markdown())
    from html import unescape

    from nm_trafficking.render.memo import render

    assert ref in _flat(unescape(render(a)).replace("\xa0", " "))
    # the intent not stated: the finding is open, and the line says "may be"
    open_ = _flat(_ring(None).explain())
    assert "M may be an accessory to D's transporting of 7 December 2025: see Accessories." in (
        _state_line(open_, "M toward V")
    )
    # the intent stated false: no accessory, no clause
    assert "see Accessories" not in _flat(_ring(False).explain())
