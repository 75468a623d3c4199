"""Review P of session 7 (metamorphic testing): F2, an unknown age never removes a penalty; F3
and F4, what is said for a pair does not depend on which act comes first in the file."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

import nm_trafficking as nmt

TODAY = date(2026, 12, 7)
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
FEDERAL = ("usc_1591", "usc_1589", "usc_1590")


def _flat(text: str) -> str:
    return " ".join(text.split())


# --- F2: an undated act toward a victim with no birth window ---------------------------------

VICTIMS: dict[str, dict[str, Any]] = {
    "birth date": {"birth_date": "2001-01-15"},
    "age on a date": {"age": 19, "age_on": "2020-02-01"},
    "plain age": {"age": 19},
    "no age": {},
}
"""The victim's age, most precise first (a plain age and no age bound no birth by themselves)."""


def _undated(victim: dict[str, Any], **act: Any) -> nmt.FactPattern:
    return nmt.from_dict(
        {
            "persons": [
                {"id": "T", "roles": ["trafficker"]},
                {"id": "B", "roles": ["victim"], **victim},
            ],
            "conduct": [
                {
                    "id": "control",
                    "actor": "T",
                    "person": "B",
                    "act": "obtaining",
                    "knowingly": True,
                    "means_will_be_used": {"force": True},
                    "to_subject_to": {"commercial_sexual_activity": True},
                    **act,
                }
            ],
        }
    )


def _possible(pattern: nmt.FactPattern) -> dict[str, list[str]]:
    doc = nmt.assess(pattern, today=TODAY).to_dict()
    laws = doc["summary"]["pairs"][0]["laws"]
    return {law["law"]: law["grading"]["possible"] for law in laws if law["law"] in FEDERAL}


@pytest.mark.parametrize("victim", ["plain age", "no age"])
def test_an_undated_act_toward_a_victim_with_no_birth_window_keeps_the_federal_bands(
    victim: str,
) -> None:
    """The act may have happened on any day up to today: under every text of §§ 1589, 1590
    and 1591 encoded for those days (from 2008 and 2010 on) it would carry that text's bands, so
    none can be said to have 'no punishment stated' (review P F2: `possible` was empty)."""
    possible = _possible(_undated(VICTIMS[victim]))
    assert all(possible[law] for law in FEDERAL), possible
    shown = _flat(nmt.assess(_undated(VICTIMS[victim]), today=TODAY).explain())
    assert "no punishment can be stated" not in shown
    assert "§ 1591: UNDETERMINED ((a)(1)" in shown and "if established: (b)(1)" in shown


def test_a_less_precise_age_or_date_never_removes_a_possible_band() -> None:
    """The metamorphic property: each step from a more precise fact to a less precise one (a
    date → none; a birth date → an age on a date → no age; a plain age, the age at the act,
    → no age) keeps every band the more precise one leaves possible."""
    for victim in VICTIMS:
        dated = _possible(_undated(VICTIMS[victim], date="2020-02-01"))
        undated = _possible(_undated(VICTIMS[victim]))
        for law in FEDERAL:
            assert set(dated[law]) <= set(undated[law]), (victim, law, dated, undated)
    steps = [("birth date", "age on a date"), ("age on a date", "no age"), ("plain age", "no age")]
    for finer, coarser in steps:
        a, b = _possible(_undated(VICTIMS[finer])), _possible(_undated(VICTIMS[coarser]))
        for law in FEDERAL:
            assert set(a[law]) <= set(b[law]), (finer, coarser, law, a, b)


def test_the_note_on_texts_says_the_days_run_back_without_a_birth_bound() -> None:
    """The note listing the texts the act may fall under gives no invented first day."""
    shown = _flat(nmt.assess(_undated({}), today=TODAY).explain(detail="elements"))
    said = "the undated obtaining (on any day up to 7 December 2026: the facts do not bound"
    assert said in shown
    assert "0001" not in shown


# --- F3, F4: the act a pair's line speaks for, whatever the file's order ----------------------


def _pair(acts: list[dict[str, Any]], victim: dict[str, Any]) -> dict[str, Any]:
    return {
        "persons": [
            {"id": "D", "roles": ["trafficker"]},
            {"id": "V", "roles": ["victim"], **victim},
        ],
        "conduct": [{"actor": "D", "person": "V", "knowingly": True, **a} for a in acts],
    }


SEX = {"will_be_caused_to_engage_in_commercial_sexual_activity": True}
SEVENTEEN_THEN_EIGHTEEN = _pair(
    [
        {"id": "a17", "act": "recruiting", "date": "2020-05-01", **SEX},
        {"id": "a18", "act": "transporting", "date": "2020-05-20", **SEX},
    ],
    {"birth_date": "2002-05-10"},
)
"""Review P's f1: the minor prong open on the first act, the means prong on the second."""
NO_TEXT_2008 = _pair(
    [
        {"id": "r", "act": "recruiting", "date": "2008-06-30", **SEX},
        {"id": "t", "act": "transporting", "date": "2008-07-01", **SEX},
    ],
    {"birth_date": "1992-03-01"},
)
"""Two acts in a period with no § 1591 text encoded (review P F4, reviewA p08)."""


def _reversed(doc: dict[str, Any]) -> dict[str, Any]:
    return {**doc, "conduct": list(reversed(doc["conduct"]))}


def _law_line(doc: dict[str, Any], law: str) -> str:
    shown = _flat(nmt.assess(nmt.from_dict(doc), today=TODAY).explain())
    return shown.split(f"{law}: ")[1].split(" § 1589: ")[0]


@pytest.mark.parametrize("doc", [SEVENTEEN_THEN_EIGHTEEN, NO_TEXT_2008], ids=["f1", "no-text"])
def test_the_1591_line_is_the_same_in_either_order(doc: dict[str, Any]) -> None:
    """The § 1591 line's clause (what the prong also needs; the acts with no text) is chosen by
    one rule, not by the act the file gives first (review P F3)."""
    assert _law_line(doc, "§ 1591") == _law_line(_reversed(doc), "§ 1591")


def test_the_clause_speaks_for_the_act_closest_to_meeting_a_prong() -> None:
    """At 17 the minor prong lacks only the mental states and the jurisdiction; at 18 the means
    prong lacks the means too: the line names the minor prong's needs."""
    line = _law_line(_reversed(SEVENTEEN_THEN_EIGHTEEN), "§ 1591")
    assert (
        "§ 1591(a)(1) minor also needs knowledge or reckless disregard of the person's age" in line
    )


def test_acts_with_no_text_are_each_named() -> None:
    """Both acts fall in a period with no text of § 1591: both are named, not the first."""
    line = _law_line(NO_TEXT_2008, "§ 1591")
    assert (
        "No text is encoded for the dates of the recruiting of 30 June 2008 and the "
        "transporting of 1 July 2008" in line
    )


def _farm(reverse: bool) -> dict[str, Any]:
    """The README's farm labor example (a recruiting, then a transporting, of an adult worker
    by fraud for labor), in its order or reversed (review P's f6)."""
    doc = nmt.load(EXAMPLES / "a1_farm_labor_promised_wages.yaml").model_dump(
        mode="json", exclude_none=True
    )
    return _reversed(doc) if reverse else doc


def _deciding(doc: dict[str, Any]) -> dict[str, Any]:
    full = nmt.assess(nmt.from_dict(doc), today=TODAY).to_dict(detail="full")
    (finding,) = full["findings"]
    return {
        "side_by_side": finding["side_by_side"],
        "subsections": {c: s["conduct"] for c, s in finding["subsections"].items()},
        "grade_detail": finding["grade_detail"],
        "prongs": {
            citation: prong["conduct"]
            for law in finding["jurisdictions"].values()
            for citation, prong in law["prongs"].items()
        },
        "penalties": {name: law["penalty"] for name, law in finding["jurisdictions"].items()},
    }


def test_what_speaks_for_the_pair_does_not_turn_on_the_order_of_the_acts() -> None:
    """The side-by-side lines, the act whose elements are shown for each paragraph and prong,
    the act the grade's age and the federal penalty are said at are the same whichever act the
    file gives first
    (review P F4): one rule (the act closest to meeting it, then the earliest)."""
    assert _deciding(_farm(False)) == _deciding(_farm(True))


def test_a_prong_no_act_fits_names_every_verb() -> None:
    """§ 1591(a)(2) and § 1589(b) need a benefiting: the pair's acts are a recruiting and a
    transporting, and the line says so of both, not of one."""
    lines = _deciding(_farm(True))["side_by_side"]
    both = "not met — the conduct is recruiting or transporting, not benefiting"
    assert f"18 U.S.C. § 1591(a)(2) [S]: {both}" in lines
    assert f"18 U.S.C. § 1589(b) [S]: {both}" in lines


def test_acts_failing_a_prong_for_their_own_reasons_are_named_by_date() -> None:
    """Two acts in periods with no § 1591 text (2008 and 2009), each failing (a)(2) under
    every candidate wording: each act's reason, the earlier act first in either order (review
    P F4, review10's p06)."""
    doc = _pair(
        [
            {"id": "r", "act": "recruiting", "date": "2008-08-15", **SEX},
            {
                "id": "o",
                "act": "obtaining",
                "date": "2009-08-01",
                "means_will_be_used": {"force": True},
                "to_subject_to": {"commercial_sexual_activity": True},
            },
        ],
        {"birth_date": "1991-08-01"},
    )
    lines = _deciding(doc)["side_by_side"]
    assert lines == _deciding(_reversed(doc))["side_by_side"]
    (a2,) = [line for line in lines if line.startswith("18 U.S.C. § 1591(a)(2)")]
    assert a2.index("the recruiting of 15 August 2008") < a2.index("the obtaining of 1 August 2009")


def test_the_open_grades_are_said_by_date() -> None:
    """No paragraph met yet, two acts each open for a grade: the grade's words name the acts
    earliest first in either order (review P F4, review10's p08)."""
    act = {"knowingly": True, "as_buyer": True, **SEX}
    doc = _pair(
        [
            {"id": "b16", "act": "obtaining", "date": "2016-01-05", **act},
            {"id": "b14", "act": "patronizing", "date": "2014-12-01", **act},
        ],
        {"birth_date": "2001-11-20"},
    )
    words = _deciding(doc)["grade_detail"]["words"]
    assert words == _deciding(_reversed(doc))["grade_detail"]["words"]
    assert words.index("the patronizing of 1 December 2014") < words.index(
        "the obtaining of 5 January 2016"
    )
