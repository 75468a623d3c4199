"""Review A of session 9, finding 2: a paragraph of § 30-52-1 (or a federal prong) left open
beside a met one is said on the first screen and asked in "Still needed" where a fact of the act
points to it — the court form's own rule for drafting an open paragraph (``pointed``),
so a labor case is not flooded with (A)(2). Review B of session 9, finding 7: the count line of
an undated act that may predate the text names the text with its condition."""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

import nm_trafficking as nmt
from nm_trafficking.render.instructions import Instruction, court_form, render
from nm_trafficking.render.summary_text import render_summary_text
from nm_trafficking.summary import Question

TODAY = date(2026, 12, 8)
BESIDE = "Not needed for the status above: it bears only on whether the act also meets"


def _pattern(victim: dict[str, Any], act: dict[str, Any]) -> nmt.FactPattern:
    return nmt.from_dict(
        {
            "persons": [
                {"id": "D", "roles": ["trafficker"]},
                {"id": "G", "roles": ["victim"], **victim},
            ],
            "conduct": [
                {"id": "r", "actor": "D", "person": "G", "act": "recruiting", "knowingly": True}
                | act
            ],
        }
    )


def _assess(victim: dict[str, Any], act: dict[str, Any], law: str = "nm") -> nmt.Assessment:
    return nmt.assess(_pattern(victim, act), today=TODAY, law=law)  # type: ignore[arg-type]


def _text(a: nmt.Assessment) -> str:
    return render_summary_text(a.summary)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _beside(a: nmt.Assessment) -> list[Question]:
    return [q for q in a.summary.needed if q.beside_met]


def _entry(a: nmt.Assessment, law: str = "nm_30_52_1") -> dict[str, Any]:
    doc = json.loads(a.to_json())
    (pair,) = doc["summary"]["pairs"]
    (entry,) = [x for x in pair["laws"] if x["law"] == law]
    return entry  # type: ignore[no-any-return]


FRAUD_CSA = {
    "date": "2022-03-01",
    "means_will_be_used": {"fraud": True},
    "to_subject_to": {"commercial_sexual_activity": True},
    "will_be_caused_to_engage_in_commercial_sexual_activity": True,
}
"""(A)(1) met by fraud for commercial sexual activity, the (A)(2) intent stated: (A)(2) turns on
the age alone."""
SEVENTEEN_OR_EIGHTEEN = {"age": 18, "age_on": "2022-09-01"}
"""17 or 18 on 1 March 2022 (b20 of the review)."""


def test_a_met_a1_with_a2_open_on_the_age_is_on_the_line_and_asked() -> None:
    """b20: the line said MET ((A)(1)) and "Still needed: nothing"; (A)(2), which needs no
    force, fraud or coercion, was open on G's age (17 to 18)."""
    a = _assess(SEVENTEEN_OR_EIGHTEEN, FRAUD_CSA)
    text = _flat(_text(a))
    assert "§ 30-52-1: MET ((A)(1); (A)(2) open) — third degree felony" in text
    assert "Still needed: nothing" not in text
    (q,) = _beside(a)
    assert q.citations == ["30-52-1(A)(2)"] and q.element == "under_eighteen"
    assert q.text.startswith("Was G under eighteen at the recruiting of 1 March 2022?")
    assert q.text.endswith(f"{BESIDE} (A)(2).")
    assert a.summary.needed == [q]
    entry = _entry(a)
    assert entry["open_beside"] == ["30-52-1(A)(2)"]
    assert entry["paragraphs"]["30-52-1(A)(2)"] == "undetermined"
    (asked,) = json.loads(a.to_json())["summary"]["needed"]
    assert asked["beside_met"] is True


def test_a_met_a1_with_the_a2_intent_not_stated_is_asked_the_intent() -> None:
    """d01 (pair T/B): (A)(1) by force for commercial sexual activity, a 15-year-old, the
    (A)(2) intent not stated: a fact (the purpose) points to commercial sexual activity."""
    act = {
        "date": "2021-01-01",
        "means_will_be_used": {"force": True},
        "to_subject_to": {"commercial_sexual_activity": True},
    }
    a = _assess({"birth_date": "2005-06-01"}, act)
    assert "MET ((A)(1); (A)(2) open)" in _flat(_text(a))
    (q,) = _beside(a)
    assert q.element == "will_be_caused_to_engage_in_commercial_sexual_activity"
    assert q.text.endswith(f"{BESIDE} (A)(2).")


def test_a_labor_case_is_not_flooded_with_a2() -> None:
    """c07: a 15-year-old recruited by fraud for farm labor. (A)(2) is open (its intent is not
    stated) but no fact points to commercial sexual activity: neither the line nor the questions
    name it, as the court form does not draft it."""
    act = {
        "date": "2023-08-01",
        "means_will_be_used": {"fraud": True},
        "to_subject_to": {"labor": True},
    }
    a = _assess({"birth_date": "2008-03-01"}, act)
    entry = _entry(a)
    assert entry["paragraphs"]["30-52-1(A)(2)"] == "undetermined"
    assert "open_beside" not in entry
    assert not _beside(a)
    assert "MET ((A)(1)) —" in _flat(_text(a))
    assert "Still needed: nothing for the statuses and grades above." in _text(a)


def test_a2_stated_false_or_met_is_not_open_beside() -> None:
    """(A)(2)'s intent stated false: not met, nothing asked; an adult: not met on the age."""
    denied = FRAUD_CSA | {"will_be_caused_to_engage_in_commercial_sexual_activity": False}
    for victim, act in (
        (SEVENTEEN_OR_EIGHTEEN, denied),
        ({"birth_date": "1990-01-01"}, FRAUD_CSA),
    ):
        a = _assess(victim, act)
        assert not _beside(a) and "open_beside" not in _entry(a)
        assert " open)" not in _text(a)


def test_one_rule_the_form_drafts_every_paragraph_the_summary_says_open() -> None:
    """The summary says a paragraph open beside a met one exactly where the court form drafts
    it for the act (one rule, ``pointed.left_out``): b20 and d01 drafted, c07 not."""
    labor = {
        "date": "2023-08-01",
        "means_will_be_used": {"fraud": True},
        "to_subject_to": {"labor": True},
    }
    for victim, act, drafted in (
        (SEVENTEEN_OR_EIGHTEEN, FRAUD_CSA, True),
        ({"birth_date": "2008-03-01"}, labor, False),
    ):
        a = _assess(victim, act)
        (pair,) = court_form(a, _pattern(victim, act)).pairs
        a2 = [i for i in pair.instructions if isinstance(i, Instruction) and "(A)(2)" in i.citation]
        assert bool(a2) is drafted
        assert bool(_entry(a).get("open_beside")) is drafted
        said = render(a, _pattern(victim, act))
        assert (
            "Not drafted" in said and "§ 30-52-1(A)(2) (commercial" in _flat(said)
        ) is not drafted


FORCE_KNOWN_MINOR = {
    "date": "2024-03-01",
    "federal": {
        "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
        "knew_means_will_be_used": {"force": True},
        "as_to_commercial_sex_act": {"knew": True},
    },
}


def test_a_federal_prong_open_beside_the_met_one_is_said_and_asked() -> None:
    """The same gap under § 1591: the force prong met for a 15-year-old, the minor prong (no
    means needed) open on whether D knew or disregarded the age."""
    a = _assess({"birth_date": "2008-05-01"}, FORCE_KNOWN_MINOR, law="federal")
    text = _flat(_text(a))
    assert "§ 1591: MET ((a)(1) force, fraud or coercion; (a)(1) minor open)" in text
    (q,) = _beside(a)
    assert q.law == "usc_1591" and q.element == "age_mental_state"
    assert q.citations == ["18 U.S.C. § 1591(a)(1) minor"]
    assert q.text.endswith(f"{BESIDE} § 1591(a)(1) (minor).")
    assert _entry(a, "usc_1591")["open_beside"] == ["18 U.S.C. § 1591(a)(1) minor"]
    # asked after the questions the band turns on
    assert a.summary.needed[-1] == q and len(a.summary.needed) > 1


def test_an_age_another_law_asks_for_its_status_is_asked_once_not_beside() -> None:
    """b20 with every law: § 1591's minor prong asks G's age for its status; (A)(2)'s age is
    asked once with it, naming both, and is not marked beside (it is needed)."""
    a = _assess(SEVENTEEN_OR_EIGHTEEN, FRAUD_CSA, law="all")
    ages = [q for q in a.summary.needed if q.text.startswith(("How old was G", "Was G under"))]
    (age,) = ages
    assert not age.beside_met
    assert "30-52-1(A)(2)" in age.citations
    assert "(A)(2) reaches G only if G was under eighteen" in age.text
    assert not _beside(a)
    assert "MET ((A)(1); (A)(2) open)" in _flat(_text(a))


UNDATED = {
    "means_will_be_used": {"force": True},
    "to_subject_to": {"commercial_sexual_activity": True},
}
CONDITION = (
    "§ 30-52-1 (2008), if the act was on or after 1 July 2008, a date reported, not verified"
)


def test_an_undated_act_that_may_predate_the_text_names_it_with_its_condition() -> None:
    """b27 of review B: "texts: § 30-52-1 (2008)" unqualified for an act that may be from before
    1 July 2008 (an adult born in 1980)."""
    a = _assess({"birth_date": "1980-01-01"}, UNDATED)
    assert f"texts: {CONDITION};" in _flat(_text(a))
    # the JSON's text stays the text's name (the date question says the condition)
    (pair,) = json.loads(a.to_json())["summary"]["pairs"]
    assert pair["counts"][0]["laws"]["nm_30_52_1"]["text"] == "NMSA 1978, § 30-52-1 (2008)"


def test_an_undated_act_surely_in_force_or_a_dated_act_is_not_qualified() -> None:
    for victim, act in (
        ({"birth_date": "2008-07-01"}, UNDATED),  # born on the first day: in force for sure
        ({"birth_date": "1980-01-01"}, UNDATED | {"date": "2019-01-01"}),
    ):
        text = _flat(_text(_assess(victim, act)))
        assert "texts: § 30-52-1 (2008);" in text and "if the act was on or after" not in text


def test_a2s_age_is_said_in_the_grade_question_where_the_grade_asks_the_age() -> None:
    """Age not given, (A)(1) met by force for commercial sexual activity: the grade's question
    asks the age (needed), and says (A)(2) turns on it too, citing it; (A)(2)'s intent is asked
    beside."""
    act = {
        "date": "2022-06-06",
        "means_will_be_used": {"force": True},
        "to_subject_to": {"commercial_sexual_activity": True},
    }
    a = _assess({}, act)
    grade, intent = a.summary.needed
    assert grade.element == "grade" and not grade.beside_met
    assert grade.citations == ["30-52-1(C)", "30-52-1(A)(2)"]
    assert grade.text.endswith(
        "the grade, and with it the limitation period, turns on it; (A)(2), which the act may "
        "also meet, reaches G only if G was under eighteen."
    )
    assert intent.beside_met and intent.text.endswith(f"{BESIDE} (A)(2).")
