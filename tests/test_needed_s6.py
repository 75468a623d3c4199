"""What is still needed (``reasoning.needed``), session 6 reviews: an undated act's grade
question (F2), the options stated false at the act asked (F3), the (A)(1) purpose beside a
stated (A)(2) intent (F6, I7), § 1590's chapter-77 point of law (G2), and why a section asks
nothing (I6)."""

from __future__ import annotations

from datetime import date
from typing import Any

import nm_trafficking as nmt
from nm_trafficking.summary import Question

TODAY = date(2026, 12, 7)


def _assess(
    conduct: list[dict[str, Any]], person: dict[str, Any], law: str = "nm"
) -> nmt.Assessment:
    pattern = nmt.from_dict(
        {
            "persons": [{"id": "D", "roles": ["trafficker"]}, {"id": "V", **person}],
            "conduct": [
                {"id": f"c{n}", "actor": "D", "person": "V", "knowingly": True, **c}
                for n, c in enumerate(conduct)
            ],
        }
    )
    return nmt.assess(pattern, today=TODAY, law=law)


def _needed(
    conduct: list[dict[str, Any]], person: dict[str, Any], law: str = "nm"
) -> list[Question]:
    return list(_assess(conduct, person, law).summary.needed)


# --- F2: an undated act that may meet the law, its grade open on the age ---------------------

_A3 = {
    "act": "benefiting",
    "benefit": {"financially": True},
    "benefit_from": {"commercial_sexual_activity": True},
    "means_was_used": {"fraud": True},
}


def test_an_undated_act_before_the_text_is_asked_its_date_with_the_grade_ages() -> None:
    # f20: born 1999, the undated benefiting may fall before 1 July 2008 (V was 9 then): the
    # date decides both whether the text reaches the act and the grade ((C): 13, 16)
    (q,) = _needed([_A3], {"birth_date": "1999-05-05"})
    assert q.text.startswith("When did the undated benefiting take place?")
    assert "on or after 1 July 2008" in q.text
    assert "under thirteen before 5 May 2012 and under sixteen before 5 May 2015" in q.text
    assert "30-52-1(C)" in q.citations
    # (A)(2) does not reach a benefiting: its eighteen is not what the date decides
    assert "eighteen" not in q.text


def test_an_act_open_on_a_means_asks_the_age_the_grade_turns_on() -> None:
    # the same shape, dated: (A)(3) open on the knowledge, the age not given; the grade is
    # open on it whatever the knowledge turns out to be
    act = dict(_A3, date="2024-01-10", means_was_used={})
    asked = _needed([act], {})
    grade = [q for q in asked if q.element == "grade"]
    assert len(grade) == 1
    assert grade[0].text.startswith("How old was V at the benefiting of 10 January 2024?")
    assert grade[0].text.endswith("the grade, and with it the limitation period, turns on it.")
    # an adult's grade is not open: nothing more is asked
    assert not [q for q in _needed([act], {"age": 30}) if q.element == "grade"]


# --- F3: the options stated false at the act asked --------------------------------------------

_OBTAIN = {
    "act": "obtaining",
    "date": "2024-05-01",
    "means_will_be_used": {"fraud": False},
    "to_subject_to": {"commercial_sexual_activity": True},
}


def test_another_act_of_the_pair_does_not_reopen_a_means_stated_false() -> None:
    # f33: the benefiting leaves (A)(1)'s means open only because (A)(1) does not reach it
    share = dict(_A3, date="2024-06-01", means_was_used={"coercion": True})
    (q,) = [q for q in _needed([_OBTAIN, share], {"age": 34}) if q.element == "means_will_be_used"]
    assert "that force or coercion would be used?" in q.text
    assert "fraud" not in q.text


def test_two_acts_left_different_means_are_each_asked_their_own() -> None:
    other = dict(_OBTAIN, date="2024-06-01", means_will_be_used={"coercion": False})
    asked = [q for q in _needed([_OBTAIN, other], {"age": 34}) if q.element == "means_will_be_used"]
    assert [q.text.split(", that ")[1] for q in asked] == [
        "force or coercion would be used?",
        "force or fraud would be used?",
    ]
    assert all(not q.also for q in asked)


def test_a_benefit_kind_stated_false_is_not_asked() -> None:
    # f30: money stated not received, anything of value open
    act = dict(_A3, date="2025-02-02", benefit={"financially": False})
    (q,) = [q for q in _needed([act], {"age": 28}) if q.element == "benefit"]
    assert q.text.startswith("Did D benefit, by receiving anything of value, when benefiting")
    assert "financially" not in q.text


def test_the_a3_knowledge_question_names_the_source_stated() -> None:
    # "used to obtain the labor, services or commercial sexual activity": the source of the
    # benefit, stated, is the one (A)(3)'s knowledge is of
    act = dict(_A3, date="2024-01-10", means_was_used={"force": False})
    (q,) = [q for q in _needed([act], {"age": 30}) if q.element == "means_was_used"]
    assert q.text.endswith(
        "that fraud or coercion was used to obtain V's commercial sexual activity?"
    )


# --- F6, I7: the (A)(1) purpose beside the (A)(2) intent --------------------------------------


def test_the_a1_purpose_question_follows_the_text_and_says_why_a2_does_not_answer_it() -> None:
    act = {
        "act": "soliciting",
        "date": "2025-05-05",
        "will_be_caused_to_engage_in_commercial_sexual_activity": True,
    }
    (q,) = [q for q in _needed([act], {"age": 34}) if q.element == "to_subject_to"]
    assert "by the soliciting" not in q.text
    # asked just after the means question of the same act, it follows on from it (review J)
    assert q.text.startswith(
        "If so, did D intend or know, when soliciting V on 5 May 2025, that it would be used to "
        "subject V to labor, services or "
        "commercial sexual activity?"
    )
    assert "would be caused to engage in commercial sexual activity ((A)(2))" in q.text
    assert "conservative reading" in q.text
    # the means stated false at the act are not named in it either
    act["means_will_be_used"] = {"fraud": False}
    asked = _needed([act], {"age": 34})
    (means,) = [q for q in asked if q.element == "means_will_be_used"]
    assert "that force or coercion would be used?" in means.text
    (q,) = [q for q in asked if q.element == "to_subject_to"]
    assert q.text.startswith(
        "If so, did D intend or know, when soliciting V on 5 May 2025, that it"
    )
    # nothing of (A)(2) stated: no such sentence
    del act["will_be_caused_to_engage_in_commercial_sexual_activity"]
    (q,) = [q for q in _needed([act], {"age": 34}) if q.element == "to_subject_to"]
    assert "(A)(2)" not in q.text


def test_a_stated_means_is_the_one_the_purpose_question_names() -> None:
    act = {"act": "recruiting", "date": "2025-05-05", "means_will_be_used": {"force": True}}
    (q,) = [q for q in _needed([act], {"age": 34}) if q.element == "to_subject_to"]
    assert "that force would be used to subject V to labor, services or commercial" in q.text


# --- G2: § 1590's chapter-77 violation: the facts stated, what is open is law --------------------


def _chapter_77(completed: bool | None, intended: bool | None) -> list[Question]:
    labor: dict[str, Any] = {"for_labor_or_services": True}
    if completed is not None:
        labor["chapter_77_violation_completed"] = completed
    if intended is not None:
        labor["chapter_77_violation_intended_or_known"] = intended
    act = {"act": "transporting", "date": "2021-01-01", "federal": {"labor": labor}}
    return [
        q
        for q in _needed([act], {"age": 30}, law="federal")
        if q.element == "in_violation_of_this_chapter"
    ]


def test_a_chapter_77_violation_intended_not_completed_is_a_point_of_law() -> None:
    (q,) = _chapter_77(False, True)
    assert q.kind == "point_of_law"
    assert q.text.startswith("Does § 1590(a) reach the transporting of 1 January 2021")
    assert "intended or knew" in q.text and "not completed" in q.text
    (q,) = _chapter_77(True, False)
    assert q.kind == "point_of_law"
    assert "completed" in q.text and "neither intended nor knew" in q.text


def test_one_chapter_77_fact_stated_asks_the_other() -> None:
    (q,) = _chapter_77(False, None)
    assert q.kind == "fact"
    assert q.text.startswith("Did D intend or know")
    assert "point of law" in q.text
    (q,) = _chapter_77(None, True)
    assert q.kind == "fact"
    assert "completed" in q.text.split("?")[0]
    # neither stated: the element's question, as it was
    (q,) = _chapter_77(None, None)
    assert q.kind == "fact"
    assert q.text.startswith("Were V's labor or services obtained in violation of chapter 77")


# --- I6: why a section asks nothing, true when a fact is stated false -------------------------


def test_labor_stated_false_is_not_called_no_fact() -> None:
    act = {
        "act": "transporting",
        "date": "2024-01-01",
        "means_will_be_used": {"force": True},
        "to_subject_to": {"labor": False, "services": False, "commercial_sexual_activity": False},
    }
    laws = {x.law: x for x in _assess([act], {"age": 40}, law="all").summary.pairs[0].laws}
    assert laws["usc_1589"].why.endswith(
        "no fact stated puts them at issue, so none of § 1589's questions is asked"
    )
    assert "concerns" not in laws["usc_1589"].why
