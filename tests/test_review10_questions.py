"""Review 10 (a prosecutor's whole-case review): what the first screen still asks.

- A recruiting (or transporting) toward a worker whose labor is at issue leaves § 1589(a)
  undetermined, not "not met" on its verb (reviews 10-12 and B; docs/federal.md decision 19):
  whether the actor also provided or obtained the person's labor or services is a fact nobody
  stated, and it is asked, as the conduct element's own question, once per pair.
- The § 1589(d) / § 1590(a) penalty question asks the aggravations the text applied lists
  (and no other), naming those not stated false.
- An undated act's date, and the person's age, are asked once for the pair, citing every law
  they settle.
- A question whose element's words name no act names it (verb and date).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import nm_trafficking as nmt
from nm_trafficking.summary import Question

TODAY = date(2026, 12, 7)


def _assess(
    conduct: list[dict[str, Any]], victim: dict[str, Any], law: str = "all"
) -> nmt.Assessment:
    pattern = nmt.from_dict(
        {
            "persons": [
                {"id": "D", "roles": ["trafficker"]},
                {"id": "W", "roles": ["victim"], **victim},
            ],
            "conduct": [
                {"actor": "D", "person": "W", "knowingly": True, "id": f"c{i}", **c}
                for i, c in enumerate(conduct)
            ],
        }
    )
    return nmt.assess(pattern, today=TODAY, law=law)  # type: ignore[arg-type]


def _of(result: nmt.Assessment, law: str) -> list[Question]:
    return [q for q in result.summary.needed if q.law == law]


def _status(result: nmt.Assessment, law: str) -> str:
    (pair,) = result.summary.pairs
    return next(x.status for x in pair.laws if x.law == law)


RECRUITING_FOR_LABOR = {
    "act": "recruiting",
    "date": "2019-06-15",
    "means_will_be_used": {"fraud": True},
    "to_subject_to": {"labor": True},
}

# --- 1. § 1589(a) on another verb: open, and asked where labor is at issue -------------------


def _conduct_question(result: nmt.Assessment) -> Question:
    (q,) = [q for q in _of(result, "usc_1589") if q.element == "conduct"]
    return q


def test_a_recruiting_for_labor_leaves_1589_open_and_asks_whether_the_labor_was_obtained() -> None:
    result = _assess([dict(RECRUITING_FOR_LABOR)], {"age": 30})
    assert _status(result, "usc_1589") == "undetermined"  # not read as false from the verb
    q = _conduct_question(result)
    assert q.kind == "fact"
    assert q.citations == ["18 U.S.C. § 1589(a)"]
    assert q.conduct == "c0"
    assert (
        q.text == "Did D provide or obtain W's labor or services when recruiting W on 15 June 2019?"
    )


def test_the_labor_question_is_asked_on_federal_facts_of_labor_too_of_each_act() -> None:
    federal = {
        "act": "transporting",
        "date": "2019-06-15",
        "federal": {"labor": {"for_labor_or_services": True}},
    }
    two = [federal, dict(federal, date="2019-07-01")]
    result = _assess(two, {"age": 30}, law="federal")
    q = _conduct_question(result)
    # asked of each act, once for the pair as every question is ("Likewise for")
    assert (q.conduct, q.also) == ("c0", ["c1"])
    assert q.text.startswith("Did D provide or obtain W's labor or services when transporting W")
    assert q.text.endswith("Likewise for the transporting of 1 July 2019.")
    assert _status(result, "usc_1589") == "undetermined"


def test_nothing_is_asked_where_labor_is_not_at_issue_or_the_fact_is_stated() -> None:
    sex = {
        "act": "recruiting",
        "date": "2019-06-15",
        "will_be_caused_to_engage_in_commercial_sexual_activity": True,
    }
    stated_no = dict(
        RECRUITING_FOR_LABOR,
        federal={"labor": {"provided_or_obtained_labor_or_services": False}},
    )
    not_knowingly = dict(RECRUITING_FOR_LABOR, knowingly=False)
    # stated not to have obtained it, or not knowingly: not met, and nothing asked of it
    for conduct in (stated_no, not_knowingly):
        result = _assess([conduct], {"age": 30})
        assert not [q for q in _of(result, "usc_1589") if q.element == "conduct"]
        assert _status(result, "usc_1589") == "not_met"
    # nothing concerns W's labor: open (nothing defeats it), and not asked
    result = _assess([sex], {"age": 30})
    assert _status(result, "usc_1589") == "undetermined"
    assert not _of(result, "usc_1589")
    # an obtaining of the person: whether what was obtained was the labor is asked
    obtaining = dict(RECRUITING_FOR_LABOR, act="obtaining")
    result = _assess([obtaining], {"age": 30})
    assert _conduct_question(result).text.startswith("Did D provide or obtain W's labor")


# --- 2. the § 1589(d) penalty: the aggravations asked directly ---------------------------------

FORCED_LABOR = {
    "act": "obtaining",
    "date": "2019-06-01",
    "federal": {
        "labor": {"labor_or_services_of_the_person": True},
        "labor_means": {"threats_of_serious_harm": True},
    },
}


def _penalty_question(result: nmt.Assessment, law: str) -> Question:
    (q,) = [q for q in _of(result, law) if q.element == "grade"]
    return q


def test_the_1589_penalty_question_asks_the_aggravations_the_text_lists() -> None:
    result = _assess([dict(FORCED_LABOR)], {"age": 30}, law="federal")
    q = _penalty_question(result, "usc_1589")
    assert q.kind == "fact" and q.citations == ["18 U.S.C. § 1589(d)"]
    assert q.text.startswith("Did death result from the obtaining of 1 June 2019, or did")
    # § 1589(d) as read: "kidnaping, an attempt to kidnap, aggravated sexual abuse, or an attempt
    # to kill" — no attempt to commit aggravated sexual abuse, and its own spelling
    assert "kidnaping, an attempt to kidnap, aggravated sexual abuse or an attempt to kill?" in (
        q.text
    )
    assert "attempt to commit" not in q.text
    assert "What fixes the penalty" not in q.text


def test_the_penalty_question_leaves_out_what_is_stated_false() -> None:
    stated = dict(
        FORCED_LABOR,
        federal=dict(
            FORCED_LABOR["federal"],
            aggravation={"death_results": False, "kidnapping": False, "attempt_to_kidnap": False},
        ),
    )
    q = _penalty_question(_assess([stated], {"age": 30}, law="federal"), "usc_1589")
    assert "death" not in q.text and "kidnap" not in q.text
    assert "aggravated sexual abuse or an attempt to kill?" in q.text
    assert "the obtaining of 1 June 2019" in q.text


def test_the_1590_penalty_question_lists_the_attempt_to_commit_aggravated_sexual_abuse() -> None:
    trafficking = dict(
        FORCED_LABOR,
        act="recruiting",
        federal={
            "labor": {
                "for_labor_or_services": True,
                "chapter_77_violation_completed": True,
                "chapter_77_violation_intended_or_known": True,
            }
        },
    )
    q = _penalty_question(_assess([trafficking], {"age": 30}, law="federal"), "usc_1590")
    assert q.citations == ["18 U.S.C. § 1590(a)"]
    assert "kidnapping, an attempt to kidnap, aggravated sexual abuse, " in q.text
    assert "the attempt to commit aggravated sexual abuse or an attempt to kill?" in q.text


# --- 3. one question for the pair, citing every law it settles ---------------------------------


def test_an_undated_acts_date_is_asked_once_for_the_state_and_federal_laws() -> None:
    enticing = {"act": "enticing", "will_be_caused_to_engage_in_commercial_sexual_activity": True}
    result = _assess([enticing], {"birth_date": "2007-03-01"})
    dated = [q for q in result.summary.needed if q.element in ("in_force", "date")]
    (q,) = dated
    assert q.law == "nm_30_52_1"  # the first law; the others in the citations
    assert "18 U.S.C. § 1591" in q.citations
    assert any(c.startswith("30-52-1(A)") for c in q.citations)
    assert q.text.count("When did") == 1
    assert "1 July 2008" in q.text  # what the state text turns on
    assert "§ 1591" in q.text


def test_the_persons_age_is_asked_once_for_the_grade_and_the_federal_minor_prong() -> None:
    obtaining = {
        "act": "obtaining",
        "date": "2021-01-01",
        "means_will_be_used": {"coercion": True},
        "to_subject_to": {"commercial_sexual_activity": True},
    }
    result = _assess([obtaining], {})
    age = [q for q in result.summary.needed if q.text.startswith(("How old", "Was W under"))]
    (q,) = age
    assert q.law == "nm_30_52_1"
    assert "18 U.S.C. § 1591(a)(1) minor" in q.citations
    assert "the obtaining of 1 January 2021" in q.text
    assert "grade" in q.text and "under 18" in q.text


# --- 4. every question names its act -----------------------------------------------------------


def test_the_1589_means_question_names_the_act_when_the_pair_has_two() -> None:
    two = [
        {"act": "obtaining", "date": "2021-01-01", "to_subject_to": {"labor": True}},
        {"act": "obtaining", "date": "2022-03-01", "to_subject_to": {"labor": True}},
    ]
    result = _assess(two, {"age": 30}, law="federal")
    (means,) = [q for q in _of(result, "usc_1589") if q.element == "labor_means"]
    assert means.text.startswith("As to the obtaining of 1 January 2021, were W's labor")
    assert means.text.endswith("Likewise for the obtaining of 1 March 2022.")
    (chapter,) = [q for q in _of(result, "usc_1590") if q.element == "in_violation_of_this_chapter"]
    assert chapter.text.startswith("As to the obtaining of 1 January 2021, were W's labor")


def test_a_pairs_only_act_is_named_by_its_count_line_and_the_question_stays_short() -> None:
    one = [{"act": "obtaining", "date": "2021-01-01", "to_subject_to": {"labor": True}}]
    result = _assess(one, {"age": 30}, law="federal")
    (means,) = [q for q in _of(result, "usc_1589") if q.element == "labor_means"]
    assert means.text.startswith("Were W's labor or services provided or obtained")
