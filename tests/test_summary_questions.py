"""What is still needed, read as a prosecutor reads the first screen (reviews 5 and 6): a benefit
stated on an act of another verb, a buyer read from a role, a 29 February age with the birth
date open, a federal buyer before 29 May 2015, a penalty the text leaves unstated, and the
attempt a sting leaves."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import nm_trafficking as nmt
from nm_trafficking.statute.v2008.a3_benefiting import PARAGRAPH_A3

TODAY = date(2026, 12, 7)


def _assess(conduct: dict[str, Any], victim: dict[str, Any], **kw: Any) -> nmt.Assessment:
    actor = conduct.pop("roles", ["trafficker"])
    pattern = nmt.from_dict(
        {
            "persons": [{"id": "D", "roles": actor}, {"id": "V", "roles": ["victim"], **victim}],
            "conduct": [{"id": "c", "actor": "D", "person": "V", "knowingly": True, **conduct}],
        }
    )
    return nmt.assess(pattern, today=TODAY, **kw)


HARBORING_PAID = {
    "act": "harboring",
    "date": "2019-01-12",
    "will_be_caused_to_engage_in_commercial_sexual_activity": True,
    "benefit": {"financially": True},
    "benefit_from": {"commercial_sexual_activity": True},
    "means_was_used": {"force": True},
}


def test_a_benefit_stated_on_a_harboring_is_asked_as_its_own_act_for_a3() -> None:
    result = _assess(dict(HARBORING_PAID), {"age": 14, "age_on": "2019-01-12"}, law="nm")
    assert result.summary.pairs[0].laws[0].status == "not_met"  # each act under its own verb
    (q,) = [q for q in result.summary.needed if q.citations == [PARAGRAPH_A3.citation]]
    assert q.kind == "fact"
    assert q.text.startswith(
        "When did D benefit, financially, from V's commercial sexual activity?"
    )
    assert "The harboring of 12 January 2019 states it" in q.text
    assert f"(A)(3)'s conduct is {' or '.join(PARAGRAPH_A3.verbs)}" in q.text  # statute data
    assert "Still needed: nothing" not in result.explain("summary")


def test_a_benefit_is_not_asked_where_another_a3_element_fails_or_none_is_stated() -> None:
    knew_not = dict(HARBORING_PAID, means_was_used={"force": False, "fraud": False})
    knew_not["means_was_used"]["coercion"] = False
    no_benefit = {k: v for k, v in HARBORING_PAID.items() if k != "benefit"}
    for conduct in (knew_not, no_benefit):
        result = _assess(conduct, {"age": 14, "age_on": "2019-01-12"}, law="nm")
        assert not [q for q in result.summary.needed if PARAGRAPH_A3.citation in q.citations]


def test_a_buyer_read_from_the_consumer_role_is_asked_as_a_fact_first() -> None:
    conduct = {
        "act": "recruiting",
        "date": "2022-08-01",
        "roles": ["consumer"],
        "will_be_caused_to_engage_in_commercial_sexual_activity": True,
    }
    result = _assess(dict(conduct), {"birth_date": "2007-01-01"}, law="nm")
    (q,) = [q for q in result.summary.needed if q.element == "conduct"]
    assert q.kind == "fact"
    assert q.text.startswith(
        "Was the recruiting of 1 August 2022 D's own purchase of V's commercial sexual activity "
        "(D is described as a consumer)?"
    )
    assert "purchase for the buyer's own use" not in q.text
    stated = _assess(dict(conduct, as_buyer=True), {"birth_date": "2007-01-01"}, law="nm")
    (p,) = [q for q in stated.summary.needed if q.element == "conduct"]
    assert p.kind == "point_of_law" and "a purchase for the buyer's own use" in p.text


def test_a_29_february_age_with_the_birth_open_asks_the_birth_date_as_a_fact() -> None:
    conduct = {
        "act": "recruiting",
        "date": "2021-02-28",
        "will_be_caused_to_engage_in_commercial_sexual_activity": True,
    }
    result = _assess(dict(conduct), {"age": 12, "age_on": "2020-02-29"}, law="nm")
    (q,) = [q for q in result.summary.needed if q.element == "victim_age"]
    assert q.kind == "fact"
    assert q.text.startswith("When was V born?")
    assert "between 1 March 2007 and 29 February 2008" in q.text
    assert "V was 13 at the recruiting of 28 February 2021 if born on any day but" in q.text
    assert "If born on 29 February 2008, how old V was is a point of law" in q.text
    exact = _assess(dict(conduct), {"birth_date": "2008-02-29"}, law="nm")
    (p,) = [q for q in exact.summary.needed if q.element == "victim_age"]
    assert p.kind == "point_of_law" and "born on 29 February," in p.text


def test_a_federal_buyer_before_29_may_2015_is_asked_the_point_of_law() -> None:
    obtaining = {
        "act": "obtaining",
        "as_buyer": True,
        "date": "2014-08-08",
        "roles": ["consumer"],
        "will_be_caused_to_engage_in_commercial_sexual_activity": True,
        "federal": {
            "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
            "as_to_age": {"knew": True},
            "as_to_commercial_sex_act": {"knew": True},
        },
    }
    result = _assess(obtaining, {"birth_date": "1998-01-01"}, law="federal")
    (q,) = [q for q in result.summary.needed if q.element == "conduct" and q.law == "usc_1591"]
    assert q.kind == "point_of_law"
    assert "can it be established" not in q.text
    assert "reach the obtaining of 8 August 2014 by D, a buyer's own purchase?" in q.text
    assert "before 29 May 2015 is UNVERIFIED" in q.text


def test_a_stated_opportunity_to_observe_is_not_asked_again_for_a_buyer_before_2015() -> None:
    patronizing = {
        "act": "patronizing",
        "date": "2012-05-05",
        "roles": ["consumer"],
        "will_be_caused_to_engage_in_commercial_sexual_activity": True,
        "federal": {
            "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
            "reasonable_opportunity_to_observe": True,
            "as_to_commercial_sex_act": {"knew": True},
        },
    }
    result = _assess(patronizing, {"birth_date": "1997-01-10"}, law="federal")
    (age,) = [q for q in result.summary.needed if q.element == "age_mental_state"]
    assert "or have a reasonable opportunity" not in age.text
    assert "The facts state that D had a reasonable opportunity to observe V, but" in age.text
    (conduct,) = [q for q in result.summary.needed if q.element == "conduct"]
    assert conduct.kind == "point_of_law" and "Patronizing is not one of its verbs" in conduct.text


def test_a_penalty_the_text_leaves_unstated_is_asked_as_a_point_of_law() -> None:
    none = {f: False for f in ("force", "threats_of_force", "fraud")}
    none |= {
        f"coercion_{x}": False
        for x in ("threats_of_serious_harm_or_restraint", "scheme_plan_or_pattern")
    }
    none["coercion_abuse_of_legal_process"] = False
    maintaining = {
        "act": "maintaining",
        "date": "2020-07-01",
        "federal": {
            "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
            "as_to_age": {"knew": True},
            "as_to_commercial_sex_act": {"knew": True},
            "knew_means_will_be_used": none,
            "reckless_disregard_means_will_be_used": none,
            "offense_effected_by": none,
        },
    }
    result = _assess(maintaining, {"birth_date": "2005-01-01"}, law="federal")
    assert "no punishment" in result.summary.pairs[0].laws[0].grading.words
    (q,) = [q for q in result.summary.needed if q.element == "penalty"]
    assert q.kind == "point_of_law" and q.citations == ["18 U.S.C. § 1591(b)"]
    assert q.text.startswith("What punishment does 18 U.S.C. § 1591 as amended")


def test_labor_with_commercial_sex_ruled_out_reads_as_english() -> None:
    labor = {
        "act": "recruiting",
        "date": "2022-06-01",
        "to_subject_to": {"labor": True, "commercial_sexual_activity": False},
        "will_be_caused_to_engage_in_commercial_sexual_activity": False,
        "federal": {"as_to_commercial_sex_act": {"knew": False, "reckless_disregard": False}},
    }
    result = _assess(labor, {"birth_date": "2007-01-01"})
    said = " ".join(result.summary.pairs[0].comparison)
    assert "state none" not in said
    # the summary's words, not "rule out": a state purpose stated false settles no § 1591
    # element (reviews H10 of session 6, M9 of session 7)
    assert (
        "the facts state labor or services, not commercial sexual activity, as the purpose" in said
    )
    assert "rule out" not in said


def test_a_sting_names_the_attempt_and_its_grade_under_the_pair() -> None:
    sting = {
        "act": "transporting",
        "date": "2024-04-04",
        "believed_age": 12,
        "will_be_caused_to_engage_in_commercial_sexual_activity": True,
    }
    result = _assess(dict(sting), {"birth_date": "1990-01-01"}, law="nm")
    (line,) = result.summary.pairs[0].related
    assert line.startswith("Related offense — attempt (NMSA 1978, § 30-28-1(A) [S])")
    assert (
        "a second degree felony (basic sentence 9 years [S]), graded from the believed age (12)"
        in line
    )
    note = next(n for n in result.summary.notes if n.kind == "attempt")
    assert "is a second degree felony under NMSA 1978, § 30-28-1(A)" in note.text  # the same
    text = result.explain("summary")
    assert text.index("Related offense") < text.index("Count:")
    assert "Related offense" in result.to_markdown("summary")
    assert json.loads(result.to_json())["summary"]["pairs"][0]["related"] == [line]
    memo = result.memo().replace("\xa0", " ")  # the memo's conclusions give it too, after the laws
    conclusions = memo[memo.index("1. Conclusions") : memo.index("2. Counts")]
    assert "Related offense — attempt (NMSA 1978, § 30-28-1(A) [S])" in conclusions
    adult = _assess(dict(sting, believed_age=None), {"birth_date": "1990-01-01"}, law="nm")
    assert "related" not in json.loads(adult.to_json())["summary"]["pairs"][0]


def test_a_29_february_range_is_not_called_a_question_of_law_alone_in_the_grade_words() -> None:
    """An age open because the birth date is a range that includes 29 February turns on the
    birth date first (evidence); only a birth on 29 February itself is the point of law."""
    pattern = nmt.from_dict(
        {
            "persons": [{"id": "D"}, {"id": "V", "age": 12, "age_on": "2020-02-29"}],
            "conduct": [
                {
                    "id": "r",
                    "actor": "D",
                    "person": "V",
                    "act": "recruiting",
                    "date": "2021-02-28",
                    "knowingly": True,
                    "will_be_caused_to_engage_in_commercial_sexual_activity": True,
                }
            ],
        }
    )
    text = nmt.assess(pattern, law="nm", today=date(2026, 12, 7)).to_json(detail="full")
    assert "turns on the birth date, and for a birth on 29 February" in text
    assert "not missing evidence" not in text
