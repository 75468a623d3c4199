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
from nm_trafficking.summary import Question

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


# --- 1. § 1591(b)'s open band, asked as the facts it turns on -----------------------------------

M6 = (
    "force",
    "threats_of_force",
    "fraud",
    "coercion_threats_of_serious_harm_or_restraint",
    "coercion_scheme_plan_or_pattern",
    "coercion_abuse_of_legal_process",
)
FORCE_KNOWN = {
    "as_to_commercial_sex_act": {"knew": True},
    "knew_means_will_be_used": {"force": True},
}
"""§ 1591(a) met (force known to be used to cause a commercial sex act); whether the offense
was effected by a means is not stated."""
NOT_EFFECTED = {**FORCE_KNOWN, "offense_effected_by": dict.fromkeys(M6, False)}
B1 = "18 U.S.C. § 1591(b)(1): a fine and imprisonment for any term of years not less than 15"
B2 = "18 U.S.C. § 1591(b)(2): a fine and imprisonment for not less than 10 years or for life"


def _of(result: nmt.Assessment, law: str) -> list[Question]:
    """The law's questions, but those asked only for a prong open beside the met one
    (``beside_met``: here the minor prong's, the means prong being met)."""
    return [q for q in result.summary.needed if q.law == law and not q.beside_met]


def test_an_open_means_is_asked_as_a_fact_with_what_each_answer_gives() -> None:
    (q,) = _of(_assess(FORCE_KNOWN, {"age": 15}), "usc_1591")
    assert q.kind == "fact" and q.element == "grade"
    assert q.text == (
        "Was the recruiting of 15 June 2019 effected by means of force, threats of force, fraud "
        f"or coercion? If so, the penalty is {B1} or for life; if not, {B2}."
    )
    assert q.citations == ["18 U.S.C. § 1591(b)(1)", "18 U.S.C. § 1591(b)(2)"]
    assert "What fixes the penalty" not in q.text


def test_only_the_means_not_stated_false_are_named() -> None:
    stated = {**FORCE_KNOWN, "offense_effected_by": {"force": False, "fraud": False}}
    (q,) = _of(_assess(stated, {"age": 15}), "usc_1591")
    assert q.text.startswith(
        "Was the recruiting of 15 June 2019 effected by means of threats of force or coercion?"
    )


def test_an_adult_not_so_effected_has_no_band_and_the_answer_says_so() -> None:
    (q,) = _of(_assess(FORCE_KNOWN, {"age": 20}), "usc_1591")
    assert q.kind == "fact" and q.citations == ["18 U.S.C. § 1591(b)(1)"]
    assert q.text.endswith(
        "if not, the text states no punishment (UNVERIFIED: read literally, no band is filled in)."
    )


def test_where_the_age_decides_too_it_is_asked_once_for_both_laws() -> None:
    asked = _assess(FORCE_KNOWN, {})
    ages = [q for q in asked.summary.needed if q.text.startswith("How old was Wren")]
    (age,) = ages  # the state grade's question, and § 1591's, asked as one
    assert age.law == "nm_30_52_1" and age.kind == "fact"
    assert "18 U.S.C. § 1591(b)(1)" in age.citations and "18 U.S.C. § 1591(b)(2)" in age.citations
    # what each law turns on, in one question: § 30-52-1(A)(2)'s element (the state facts here
    # state no means) and its grade (the state's age question cites (C) too), and § 1591(b)'s
    # band
    assert age.text == (
        "How old was Wren at the recruiting of 15 June 2019? The facts do not give the age: "
        "(A)(2) reaches Wren only if Wren was under eighteen; the grade under § 30-52-1 turns on "
        "thirteen and sixteen; the penalty under § 1591 turns on it (unless the offense was "
        "effected by the means, § 1591(b)(1) if under 14, § 1591(b)(2) if 14 to 17, none stated "
        "by the text if 18 or older, read literally (UNVERIFIED)); § 1591(a)(1) (minor) reaches "
        "Wren only if Wren was under 18."
    )  # (the minor prong, open beside the met force prong: asked with the age once)
    (means,) = _of(asked, "usc_1591")
    assert means.text.startswith("Was the recruiting of 15 June 2019 effected by means of")
    assert means.text.endswith(
        "if not, it turns on Wren's age at the act (the question of Wren's age)."
    )


def test_under_federal_law_alone_the_age_is_its_own_question() -> None:
    (q,) = _of(_assess(NOT_EFFECTED, {}, law="federal"), "usc_1591")
    assert q.kind == "fact"
    assert q.text == (
        "How old was Wren at the recruiting of 15 June 2019? The facts do not give the age: the "
        "penalty under § 1591 turns on it (§ 1591(b)(1) if under 14, § 1591(b)(2) if 14 to 17, "
        "none stated by the text if 18 or older, read literally (UNVERIFIED)); § 1591(a)(1) "
        "(minor) reaches Wren only if Wren was under 18."
    )
    assert "18 U.S.C. § 1591(a)(1) minor" in q.citations  # (the minor prong, open beside)


def test_no_punishment_stated_stays_a_point_of_law() -> None:
    (q,) = _of(_assess(NOT_EFFECTED, {"age": 20}, act="maintaining"), "usc_1591")
    assert q.kind == "point_of_law" and q.element == "penalty"
    assert not q.text.startswith("Was ") and not q.text.startswith("How old")
