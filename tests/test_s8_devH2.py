"""Session 8, helper H (second task): review Z2-6 (a question names its act so that no other act
of the assessment reads alike: the person, and the actor, where the verb and date do not single
it out) and Z2-8 (a § 1591 section's questions that may change its status come first)."""

from __future__ import annotations

from datetime import date
from typing import Any

import nm_trafficking as nmt
from nm_trafficking.render.summary_text import render_summary_text
from nm_trafficking.summary import Question

TODAY = date(2026, 12, 7)
_FEDERAL = {
    "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
    "as_to_age": {"knew": True},
    "as_to_commercial_sex_act": {"knew": True},
}


def _needed(pattern: dict[str, Any], law: str = "all") -> list[Question]:
    return nmt.assess(nmt.from_dict(pattern), today=TODAY, law=law).summary.needed


def _two_children_one_day() -> dict[str, Any]:
    """Review Z2's z22: T obtains S1 (11) and S2 (14) on 4 July 2024, knowingly, for
    commercial sex, in commerce, knowing their ages."""
    act = {
        "actor": "T",
        "act": "obtaining",
        "date": "2024-07-04",
        "knowingly": True,
        "will_be_caused_to_engage_in_commercial_sexual_activity": True,
        "federal": _FEDERAL,
    }
    return {
        "persons": [
            {"id": "T", "roles": ["trafficker"]},
            {"id": "S1", "roles": ["victim"], "birth_date": "2013-01-01"},
            {"id": "S2", "roles": ["victim"], "birth_date": "2010-03-01"},
        ],
        "conduct": [
            {"id": "o1", "person": "S1", **act},
            {"id": "o2", "person": "S2", **act},
        ],
    }


def test_the_band_question_names_the_person_when_another_act_shares_verb_and_date() -> None:
    """Z2-6: only T toward S2 has a question (S1, under 14, is in § 1591(b)(1) whatever the
    means), so the text drops the pair heading; the question must still say which obtaining of
    4 July 2024 it asks about: S2's."""
    pattern = _two_children_one_day()
    needed = _needed(pattern)
    assert [q.victim for q in needed] == ["S2"]
    assert needed[0].text.startswith(
        "Was the obtaining of S2 on 4 July 2024 effected by means of force"
    )
    text = render_summary_text(nmt.assess(nmt.from_dict(pattern), today=TODAY).summary)
    assert "the obtaining of 4 July 2024" not in text.partition("Still needed:")[2]


def test_an_act_whose_verb_and_date_are_its_own_is_named_as_before() -> None:
    """The person is named only where needed: one obtaining on 4 July 2024 is "the obtaining of
    4 July 2024" (the pair's count line names the pair)."""
    pattern = _two_children_one_day()
    pattern["conduct"][0]["date"] = "2024-07-03"
    needed = _needed(pattern)
    assert needed[0].text.startswith("Was the obtaining of 4 July 2024 effected by means")


def _two_recruiters() -> dict[str, Any]:
    """T and U each recruit S on 4 July 2024, and each recruits S on a day not stated; T's
    recruiting of 4 July is for commercial sex, U's purpose is not stated."""
    base = {"person": "S", "act": "recruiting", "knowingly": True}
    return {
        "persons": [
            {"id": "T", "roles": ["trafficker"]},
            {"id": "U", "roles": ["trafficker"]},
            {"id": "S", "roles": ["victim"]},
        ],
        "conduct": [
            {
                "id": "r1",
                "actor": "T",
                "date": "2024-07-04",
                "will_be_caused_to_engage_in_commercial_sexual_activity": True,
                **base,
            },
            {"id": "r2", "actor": "U", "date": "2024-07-04", **base},
            {"id": "r3", "actor": "U", **base},
            {"id": "r4", "actor": "T", **base},
        ],
    }


def test_the_actor_is_named_where_another_actor_did_the_same_to_the_same_person() -> None:
    """Z2-6, the same shape by two actors: the recruiting of S on 4 July 2024 is T's and U's,
    so each question (and each "Likewise for" list, and an undated act's) names the actor."""
    needed = _needed(_two_recruiters(), law="nm")
    of_u = [q.text for q in needed if q.defendant == "U"]
    assert any("How old was S at U's recruiting of S on 4 July 2024?" in t for t in of_u)
    assert any("Likewise for U's undated recruiting of S." in t for t in of_u)
    assert any(t.startswith("Did U's undated recruiting of S take place") for t in of_u)
    assert not any("the recruiting of 4 July 2024" in q.text for q in needed)


def test_the_agreement_question_names_the_person_too() -> None:
    """The agreement question (an agreement stated without its object) names its act as the
    pair's other questions do: D transports V1 and V2 on one day, the agreement with R stated
    for V2's transporting only."""
    act = {
        "actor": "D",
        "act": "transporting",
        "date": "2023-03-03",
        "knowingly": True,
        "will_be_caused_to_engage_in_commercial_sexual_activity": True,
    }
    pattern = {
        "persons": [
            {"id": "D", "roles": ["trafficker"]},
            {"id": "R"},
            {"id": "V1", "roles": ["victim"], "age": 16, "age_on": "2023-03-03"},
            {"id": "V2", "roles": ["victim"], "age": 16, "age_on": "2023-03-03"},
        ],
        "conduct": [
            {"id": "t1", "person": "V1", **act},
            {"id": "t2", "person": "V2", "agreement": {"with_persons": ["R"]}, **act},
        ],
    }
    asked = [q for q in _needed(pattern, law="nm") if q.element == "agreement"]
    assert [q.text.partition("? ")[0] for q in asked] == [
        "Did D and R agree to commit the transporting of V2 on 3 March 2023"
    ]


def _child_transported(**extra: Any) -> dict[str, Any]:
    """Review Z2's z03 without the providing: M transports D, aged 7, knowingly, for commercial
    sex, knowing her age and the commercial sex act; commerce and the means not stated."""
    return {
        "persons": [
            {"id": "M", "roles": ["trafficker"]},
            {"id": "D", "roles": ["victim"], "birth_date": "2012-06-10"},
        ],
        "conduct": [
            {
                "id": "drive",
                "actor": "M",
                "person": "D",
                "act": "transporting",
                "date": "2020-05-01",
                "knowingly": True,
                "will_be_caused_to_engage_in_commercial_sexual_activity": True,
                "federal": {
                    "as_to_age": {"knew": True},
                    "as_to_commercial_sex_act": {"knew": True},
                },
                **extra,
            }
        ],
    }


def test_commerce_is_asked_before_a_means_that_cannot_change_the_status() -> None:
    """Z2-8: the minor prong of § 1591(a)(1) lacks only commerce, which the force prong needs
    too: whatever the means, the act meets § 1591 exactly when commerce is established, and D,
    under 14, is in § 1591(b)(1) either way. Commerce is asked first; the means question is
    still asked (not dropped), after it."""
    asked = [q for q in _needed(_child_transported()) if q.law == "usc_1591"]
    assert [q.element for q in asked] == [
        "jurisdiction",
        "means_will_be_used",
    ]


def test_a_means_that_may_decide_an_act_keeps_its_place() -> None:
    """Z2-8, the reviewer's own pattern (z03): the means question is asked of the providing
    too, whose minor prong still lacks the knowledge of the age and of the commercial sex act:
    there the force prong may decide the act, so the question keeps its place (the finding
    holds for the transporting alone)."""
    pattern = _child_transported()
    providing = {
        **pattern["conduct"][0],
        "id": "provide",
        "act": "providing",
    }
    del providing["federal"]
    pattern["conduct"].insert(0, providing)
    asked = [q for q in _needed(pattern) if q.law == "usc_1591"]
    assert asked[0].element == "means_will_be_used"
    assert asked[0].also == ["drive"]


def test_a_question_naming_no_act_names_it_where_the_assessment_has_other_pairs() -> None:
    """Z2-6, the heading: the memo lists the questions with no pair heading, and the text drops
    it when one pair asks. A question whose words name the person but no act (§ 1591(a)(2)'s
    venture) is asked "As to" its act where the assessment has another pair (the training
    scenario s37: the man's transporting of the girl, the clerk's benefiting from it)."""
    pattern = {
        "persons": [
            {"id": "m", "roles": ["trafficker"]},
            {"id": "clerk"},
            {"id": "g", "roles": ["victim"], "age": 15, "age_on": "2022-03-05"},
        ],
        "conduct": [
            {
                "id": "c1",
                "actor": "m",
                "person": "g",
                "act": "transporting",
                "date": "2022-03-05",
                "knowingly": True,
                "will_be_caused_to_engage_in_commercial_sexual_activity": True,
            },
            {
                "id": "c2",
                "actor": "clerk",
                "person": "g",
                "act": "benefiting",
                "date": "2022-03-05",
                "knowingly": True,
                "benefit": {"financially": True},
                "benefit_from": {"commercial_sexual_activity": True},
            },
        ],
    }
    venture = [q.text for q in _needed(pattern, law="federal") if q.defendant == "clerk"]
    assert any(t.startswith("As to the benefiting of 5 March 2022, did a venture") for t in venture)
    del pattern["conduct"][0]  # the clerk's act alone: its count line names it
    alone = [q.text for q in _needed(pattern, law="federal")]
    assert any(t.startswith("Did a venture") for t in alone)
