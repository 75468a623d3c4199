"""(A)(1)'s purpose of commercial sexual activity stated true beside (A)(2)'s intent or knowledge
stated false (review A4 of session 9): the tension is flagged for the reader and no status is
changed; a question does not offer a purpose the (A)(2) fact of the act denies."""

from __future__ import annotations

from typing import Any

import pytest

from nm_trafficking import assess
from nm_trafficking.facts.pattern import FactPattern

KIND = "purpose_and_intent_in_tension"


def _act(act: str = "recruiting", **facts: Any) -> FactPattern:
    return FactPattern.model_validate(
        {
            "persons": [{"id": "D"}, {"id": "G", "roles": ["victim"], "birth_date": "2006-09-01"}],
            "conduct": [
                {
                    "id": "r",
                    "actor": "D",
                    "person": "G",
                    "act": act,
                    "date": "2021-06-01",
                    "knowingly": True,
                    **facts,
                }
            ],
        }
    )


def _notes(pattern: FactPattern) -> list[Any]:
    return [n for n in assess(pattern, law="nm").findings[0].notes if n.kind == KIND]


@pytest.mark.statute("30-52-1(A)(2)")
def test_a_stated_sexual_purpose_beside_a_denied_intent_is_flagged_and_changes_no_status() -> None:
    pattern = _act(  # review A4's a19
        means_will_be_used={"force": True},
        to_subject_to={"commercial_sexual_activity": True},
        will_be_caused_to_engage_in_commercial_sexual_activity=False,
    )
    f = assess(pattern, law="nm").findings[0]
    statuses = {c[-6:]: s.status for c, s in f.subsections.items()}
    assert statuses == {"(A)(1)": "met", "(A)(2)": "not_met", "(A)(3)": "not_met"}
    (note,) = [n for n in f.notes if n.kind == KIND]
    assert "D intended or knew that force would be used to subject G to commercial sexual" in (
        note.text
    )
    assert "no status is changed" in note.text and "check the facts" in note.text
    assert '"will be used to subject the person to"' in note.text  # the text's own words
    assert '"the person will be caused to engage in"' in note.text
    summary = assess(pattern, law="nm").explain()
    assert "(A)(1) and (A)(2) facts of one act pull against each other" in summary


@pytest.mark.statute("30-52-1(A)(2)")
@pytest.mark.parametrize(
    "facts",
    [
        {"will_be_caused_to_engage_in_commercial_sexual_activity": True},
        {},  # (A)(2)'s fact not stated
        {
            "to_subject_to": {"labor": True},
            "will_be_caused_to_engage_in_commercial_sexual_activity": False,
        },
        {  # denied both ways: no tension
            "to_subject_to": {"commercial_sexual_activity": False},
            "will_be_caused_to_engage_in_commercial_sexual_activity": False,
        },
    ],
)
def test_facts_that_do_not_pull_apart_give_no_note(facts: dict[str, Any]) -> None:
    base = {
        "means_will_be_used": {"fraud": True},
        "to_subject_to": {"commercial_sexual_activity": True},
    }
    assert _notes(_act(**{**base, **facts})) == []


@pytest.mark.statute("30-52-1(A)(2)")
def test_the_facts_on_an_act_no_paragraph_testing_them_reaches_are_left_to_their_own_note() -> None:
    pattern = _act(
        "benefiting",
        to_subject_to={"commercial_sexual_activity": True},
        will_be_caused_to_engage_in_commercial_sexual_activity=False,
    )
    assert _notes(pattern) == []


def _purpose_question(pattern: FactPattern) -> str:
    needed = assess(pattern, law="nm").summary.needed
    return next(q.text for q in needed if q.element == "to_subject_to")


@pytest.mark.statute("30-52-1(A)(1)")
def test_the_purpose_question_does_not_offer_what_the_a2_fact_denies() -> None:
    denied = {"will_be_caused_to_engage_in_commercial_sexual_activity": False}
    text = _purpose_question(_act("transporting", **denied))  # review A4's a02, defendant db
    assert "to subject G to labor or services?" in text
    assert "Commercial sexual activity is not offered" in text
    # labor stated false: services only is left
    text = _purpose_question(_act(**denied, to_subject_to={"labor": False}))
    assert "to subject G to services?" in text
    # nothing else left: the question still asks it (nothing is inferred)
    left = _purpose_question(_act(**denied, to_subject_to={"labor": False, "services": False}))
    assert "to subject G to commercial sexual activity?" in left
    assert "not offered" not in left
    # (A)(2) not stated: every purpose is offered
    assert "labor, services or commercial sexual activity?" in _purpose_question(_act())
