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


def _needed(doc: dict[str, Any], law: str = "all") -> list[tuple[list[str], str]]:
    a = nmt.assess(nmt.from_dict(doc), today=TODAY, law=law)  # type: ignore[arg-type]
    return [(q.citations, " ".join(q.text.split())) for q in a.summary.needed]


FOREMAN = {
    "persons": [{"id": "F"}, {"id": "W", "age": 30}],
    "conduct": [
        {"id": "drv", "actor": "F", "person": "W", "act": "transporting", "date": "2026-02-02",
         "county": "Lea", "knowingly": "unknown", "means_will_be_used": {"coercion": "unknown"},
         "to_subject_to": {"labor": True}},
    ],
}  # fmt: skip


@pytest.mark.statute("30-52-1(A)(1)")
def test_the_same_fact_several_laws_ask_in_the_same_words_is_asked_once() -> None:
    """Review S8 (s20): 'knowingly' is one fact of both laws (docs/federal.md, decision 1):
    asked once, citing (A)(1), § 1589(a) and § 1590(a), where the state's question stood. Each
    law still reads the answer as its own element: with § 30-52-1 alone, or the federal
    sections alone, the question is its own."""
    asked = "Did F act knowingly when transporting W on 2 February 2026?"
    found = [c for c, text in _needed(FOREMAN) if text == asked]
    assert found == [["30-52-1(A)(1)", "18 U.S.C. § 1589(a)", "18 U.S.C. § 1590(a)"]]
    assert _needed(FOREMAN)[0] == (found[0], asked)
    assert [c for c, text in _needed(FOREMAN, "federal") if text == asked] == [
        ["18 U.S.C. § 1589(a)", "18 U.S.C. § 1590(a)"]
    ]
    assert [c for c, text in _needed(FOREMAN, "nm") if text == asked] == [["30-52-1(A)(1)"]]
    # questions of different facts in like words stay apart: the state's means and § 1589's
    means = [c for c, text in _needed(FOREMAN) if "force, fraud or coercion" in text]
    assert means and all(c == ["30-52-1(A)(1)"] for c in means)


NANNY = {
    "persons": [{"id": "H"}, {"id": "N", "age": 31, "age_on": "2024-01-01"}],
    "conduct": [
        {"id": "recruit", "actor": "H", "person": "N", "act": "recruiting", "date": "2024-01-15",
         "county": "Santa Fe", "knowingly": True, "means_will_be_used": {"fraud": True},
         "to_subject_to": {"labor": True, "services": True}},
        {"id": "obtain", "actor": "H", "person": "N", "act": "obtaining", "date": "2024-03-01",
         "county": "Los Alamos", "knowingly": True, "means_will_be_used": {"coercion": True},
         "to_subject_to": {"services": True}},
    ],
}  # fmt: skip


def test_one_1590_question_of_two_acts_whose_stated_state_purposes_differ() -> None:
    """Review S (s07): 'Was H recruiting N for labor or services …?' and 'Was H obtaining N
    …?' are the same § 1590 question; the note on the § 30-52-1 purpose (labor and services for
    one act, services for the other) no longer keeps them apart: asked once, 'Likewise for' the
    other act, the note saying what each act states in common."""
    asked = [
        t
        for c, t in _needed(NANNY, "all")
        if t.startswith("Was H ") and c == ["18 U.S.C. § 1590(a)"]
    ]
    assert asked == [
        "Was H recruiting N for labor or services on 15 January 2024? Likewise for the obtaining "
        "of 1 March 2024. (The facts state each act was to subject N to labor or services under "
        "§ 30-52-1; the federal words are a fact of their own.)"
    ]
    # the same purpose stated of both: its own words, of each act
    same = {
        **NANNY,
        "conduct": [{**c, "to_subject_to": {"services": True}} for c in NANNY["conduct"]],
    }
    asked = [
        t
        for c, t in _needed(same, "all")
        if t.startswith("Was H ") and c == ["18 U.S.C. § 1590(a)"]
    ]
    assert asked == [
        "Was H recruiting N for labor or services on 15 January 2024? Likewise for the obtaining "
        "of 1 March 2024. (The facts state each act was to subject N to services under "
        "§ 30-52-1; the federal words are a fact of their own.)"
    ]
    # a purpose stated of one act alone: two questions (the note is true of one)
    one = {**NANNY, "conduct": [NANNY["conduct"][0], {**NANNY["conduct"][1], "to_subject_to": {}}]}
    asked = [
        t for c, t in _needed(one, "all") if t.startswith("Was H ") and c == ["18 U.S.C. § 1590(a)"]
    ]
    assert len(asked) == 2
