"""Review 8 (a prosecutor's ~47 § 30-52-1 fact patterns): what the first screen asks and how
its reasons read — a sting's attempt asks what it rests on; a means question names only the
means not stated false; an age the facts do not give; the actor named in the reasons, in the
past tense; a verb in no paragraph said once; conspiracy words; the effective-date label on
the count line; a period ending on 28 February; dates in words in the memo; the accessories
heading under ``law="nm"``."""

from __future__ import annotations

from datetime import date
from typing import Any

import nm_trafficking as nmt
from nm_trafficking.render.summary_text import cites
from nm_trafficking.statute.v2008.a2_minor import A2, CAUSED_TO_ENGAGE

TODAY = date(2026, 12, 7)


def _assess(conduct: dict[str, Any], victim: dict[str, Any], **kw: Any) -> nmt.Assessment:
    actor = conduct.pop("roles", ["trafficker"])
    pattern = nmt.from_dict(
        {
            "persons": [{"id": "D", "roles": actor}, {"id": "O", "roles": ["victim"], **victim}],
            "conduct": [{"id": "s", "actor": "D", "person": "O", "knowingly": True, **conduct}],
        }
    )
    return nmt.assess(pattern, today=TODAY, law=kw.pop("law", "nm"), **kw)


STING = {"act": "soliciting", "date": "2024-01-10", "believed_age": 15}
ADULT = {"age": 30}


def _attempt_questions(result: nmt.Assessment) -> list[Any]:
    return [q for q in result.summary.needed if any("30-28-1" in c for c in q.citations)]


def test_a_stings_attempt_asks_the_open_element_it_rests_on() -> None:
    # p39: the minor offense is not met (the age); its intent is open, and the attempt rests on it
    result = _assess(dict(STING), ADULT)
    (q,) = _attempt_questions(result)
    assert q.element == CAUSED_TO_ENGAGE.key
    assert q.citations == [A2, "§ 30-28-1"]
    assert cites(q.citations) == "(A)(2), § 30-28-1"
    assert q.text.startswith(
        "Did D intend or know, when soliciting O on 10 January 2024, that O would be caused to "
        "engage in commercial sexual activity?"
    )
    assert "attempt" in q.text
    assert "(A)(2), § 30-28-1: Did D intend or know" in result.explain("summary").replace(
        "\n      ", " "
    )


def test_a_stings_attempt_is_asked_when_the_act_meets_nothing_else() -> None:
    # p41-like: every means stated false, so (A)(1) is not met either; the intent still open
    conduct = dict(STING, means_will_be_used={"force": False, "fraud": False, "coercion": False})
    result = _assess(conduct, ADULT)
    assert result.summary.pairs[0].laws[0].status == "not_met"
    (q,) = _attempt_questions(result)
    assert q.element == CAUSED_TO_ENGAGE.key


def test_an_attempt_question_the_act_already_asks_is_asked_once() -> None:
    # knowingly open: (A)(1) asks it, and the attempt rests on it too: one question, both cited
    conduct = dict(STING, will_be_caused_to_engage_in_commercial_sexual_activity=True)
    conduct["knowingly"] = None
    pattern = nmt.from_dict(
        {
            "persons": [
                {"id": "D", "roles": ["trafficker"]},
                {"id": "O", "roles": ["victim"], **ADULT},
            ],
            "conduct": [
                {
                    "id": "s",
                    "actor": "D",
                    "person": "O",
                    **{k: v for k, v in conduct.items() if v is not None},
                }
            ],
        }
    )
    result = nmt.assess(pattern, today=TODAY, law="nm")
    knowing = [q for q in result.summary.needed if q.element == "knowingly"]
    assert len(knowing) == 1
    assert "30-52-1(A)(1)" in knowing[0].citations and A2 in knowing[0].citations
    assert "§ 30-28-1" in knowing[0].citations


def test_a_stated_sting_intent_asks_nothing_for_the_attempt() -> None:
    conduct = dict(STING, will_be_caused_to_engage_in_commercial_sexual_activity=True)
    assert not _attempt_questions(_assess(conduct, ADULT))


def test_an_age_the_facts_do_not_give_is_said_so() -> None:
    # p32: "The facts give not known" was a broken sentence
    conduct = {"act": "obtaining", "date": "2022-06-06", "means_will_be_used": {"force": True}}
    conduct["to_subject_to"] = {"commercial_sexual_activity": True}
    result = _assess(conduct, {})
    (q,) = [q for q in result.summary.needed if q.element == "grade"]
    assert "The facts do not give O's age; the grade turns on it." in q.text
    assert "not known" not in q.text


def _means(**stated: bool) -> dict[str, bool]:
    return dict(stated)


def test_the_means_question_names_only_the_means_not_stated_false() -> None:
    # p15: force and coercion stated false, fraud unknown
    conduct = {"act": "obtaining", "date": "2020-04-01"}
    conduct["means_will_be_used"] = _means(force=False, coercion=False)
    conduct["to_subject_to"] = {"labor": True}
    result = _assess(conduct, ADULT)
    (q,) = [q for q in result.summary.needed if q.element == "means_will_be_used"]
    assert q.text.endswith("that fraud would be used?")
    # nothing stated false: the three means, as the statute lists them
    conduct["means_will_be_used"] = {}
    (q,) = [q for q in _assess(conduct, ADULT).summary.needed if q.element == "means_will_be_used"]
    assert q.text.endswith("that force, fraud or coercion would be used?")


def test_the_means_question_of_several_acts_names_what_any_leaves_open() -> None:
    # asked once ("Likewise for"): the means left open by either act, in the statute's order
    acts = [
        {"id": "a", "date": "2020-04-01", "means_will_be_used": _means(force=False, fraud=False)},
        {"id": "b", "date": "2020-05-01", "means_will_be_used": _means(coercion=False)},
    ]
    pattern = nmt.from_dict(
        {
            "persons": [{"id": "D", "roles": ["trafficker"]}, {"id": "O", "roles": ["victim"]}],
            "conduct": [
                {"actor": "D", "person": "O", "act": "obtaining", "knowingly": True, **act}
                | {"to_subject_to": {"labor": True}}
                for act in acts
            ],
        }
    )
    result = nmt.assess(pattern, today=TODAY, law="nm")
    (q,) = [q for q in result.summary.needed if q.element == "means_will_be_used"]
    assert "that force, fraud or coercion would be used?" in q.text
    acts[1]["means_will_be_used"] = _means(force=False, coercion=False)
    pattern = nmt.from_dict(
        {
            "persons": [{"id": "D", "roles": ["trafficker"]}, {"id": "O", "roles": ["victim"]}],
            "conduct": [
                {"actor": "D", "person": "O", "act": "obtaining", "knowingly": True, **act}
                | {"to_subject_to": {"labor": True}}
                for act in acts
            ],
        }
    )
    result = nmt.assess(pattern, today=TODAY, law="nm")
    (q,) = [q for q in result.summary.needed if q.element == "means_will_be_used"]
    assert "that fraud or coercion would be used?" in q.text
    assert "Likewise for" in q.text
