"""The grade reason of a pair with no paragraph met yet names the grades as a lawyer would:
each with its article, most serious first (review I, session 6: "the grade would be third degree
felony or second degree felony or first degree felony")."""

from __future__ import annotations

import json
from datetime import date

import nm_trafficking as nmt


def test_an_open_grade_names_each_grade_with_its_article_most_serious_first() -> None:
    pattern = nmt.from_dict(
        {
            "persons": [{"id": "D"}, {"id": "V"}],
            "conduct": [
                {"id": "s1", "actor": "D", "person": "V", "act": "soliciting", "date": "2020-02-02"}
            ],
        }
    )
    doc = json.loads(nmt.assess(pattern, today=date(2026, 12, 7), law="nm").to_json(detail="full"))
    reasons = [f["grade_detail"]["reason"] for f in doc["findings"]]
    assert reasons == [
        "no paragraph is met yet; if one is established the grade would be a first degree "
        "felony or a second degree felony or a third degree felony"
    ]


def test_the_1590_chapter_77_question_says_1589_is_met_on_the_same_act() -> None:
    """Review H3: § 1589 met on the act, yet § 1590 asked whether a chapter 77 violation was
    completed with no word of it; the question stays (§ 1590 rests on its own facts)."""
    act = {
        "id": "rec",
        "actor": "K",
        "person": "Y",
        "act": "obtaining",
        "date": "2024-10-01",
        "knowingly": True,
        "federal": {
            "labor": {
                "labor_or_services_of_the_person": True,
                "provided_or_obtained_labor_or_services": True,
                "for_labor_or_services": True,
                "chapter_77_violation_intended_or_known": True,
            },
            "labor_means": {"abuse_or_threatened_abuse_of_law_or_legal_process": True},
        },
    }
    persons = [{"id": "K"}, {"id": "Y", "birth_date": "2009-03-01"}]
    pattern = nmt.from_dict({"persons": persons, "conduct": [act]})
    result = nmt.assess(pattern, today=date(2026, 12, 7), law="federal")
    laws = {law.law: law.status for pair in result.summary.pairs for law in pair.laws}
    assert laws["usc_1589"] == "met"
    (q,) = [q for q in result.summary.needed if q.law == "usc_1590"]
    assert q.text.endswith(
        "§ 1589 (forced labor, a chapter 77 offense) is met on this act on the facts stated: if "
        "Y's labor or services were obtained in that violation, the answer is yes."
    )
    act["federal"]["labor_means"] = {}  # § 1589 open: nothing said of it
    pattern = nmt.from_dict({"persons": persons, "conduct": [act]})
    result = nmt.assess(pattern, today=date(2026, 12, 7), law="federal")
    assert not any("§ 1589 (forced labor" in q.text for q in result.summary.needed)


def test_an_act_outside_new_mexico_is_asked_under_the_section_not_its_paragraph_b() -> None:
    """Review H9: the State's reach over an act outside it was filed under (B), which only names
    who of the State's officers may prosecute."""
    act = {
        "id": "b",
        "actor": "C",
        "person": "J",
        "act": "recruiting",
        "date": "2025-11-09",
        "county": "outside New Mexico",
        "knowingly": True,
        "will_be_caused_to_engage_in_commercial_sexual_activity": True,
    }
    persons = [{"id": "C"}, {"id": "J", "birth_date": "2008-12-20"}]
    result = nmt.assess(
        nmt.from_dict({"persons": persons, "conduct": [act]}), today=date(2026, 12, 7), law="nm"
    )
    (q,) = [q for q in result.summary.needed if "outside New Mexico" in q.text]
    assert q.citations == ["30-52-1"]
    assert "  1. § 30-52-1: [point of law] May New Mexico prosecute" in result.explain()


def test_the_a1_purpose_question_follows_on_from_the_means_question() -> None:
    """Review J (session 6), N1: the purpose question repeated the means question word for word
    ("Did D intend or know … that force, fraud or coercion would be used?" then "Did D intend or
    know … that force, fraud or coercion would be used to subject O to …?")."""
    act = {
        "id": "s",
        "actor": "D",
        "person": "O",
        "act": "soliciting",
        "date": "2022-01-10",
        "knowingly": True,
        "will_be_caused_to_engage_in_commercial_sexual_activity": True,
    }
    persons = [{"id": "D"}, {"id": "O", "birth_date": "1995-06-01"}]
    result = nmt.assess(
        nmt.from_dict({"persons": persons, "conduct": [act]}), today=date(2026, 12, 7), law="nm"
    )
    means, purpose = [q for q in result.summary.needed if q.citations == ["30-52-1(A)(1)"]]
    assert (means.element, purpose.element) == ("means_will_be_used", "to_subject_to")
    assert means.text.startswith("Did D intend or know, when soliciting O on 10 January 2022")
    assert purpose.text.startswith(
        "If so, did D intend or know, when soliciting O on 10 January 2022, that it would be "
        "used to subject O to labor, services or commercial sexual activity?"
    )
