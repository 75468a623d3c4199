"""Notes and wording read as a prosecutor would (findings of a review with invented patterns):
dates after the assessment, who is a victim for subsection E, related law when § 30-52-1 fails,
stings, buyers, the 29 February point worded as law, assumed dates."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import nm_trafficking as nmt
from tests.helpers import FULL_A2

TODAY = date(2026, 11, 28)


def _finding(doc: dict[str, Any], pair: tuple[str, str] = ("D", "V"), **kw: Any) -> nmt.Finding:
    return nmt.assess(nmt.from_dict(doc), today=TODAY, law="nm", **kw).finding(*pair)


def _one(victim: dict[str, Any], **conduct: Any) -> dict[str, Any]:
    return {
        "persons": [{"id": "D"}, {"id": "V", **victim}],
        "conduct": [{"id": "c", "actor": "D", "person": "V", **conduct}],
    }


def _kinds(f: nmt.Finding) -> list[str]:
    return [n.kind for n in f.notes]


@pytest.mark.parametrize(
    ("victim", "conduct", "loc"),
    [
        ({"birth_date": "2010-01-01"}, {"date": "2062-03-01"}, "conduct[0].date"),
        ({"birth_date": "2027-01-01"}, {}, "persons[1].birth_date"),
        ({"age": 15, "age_on": "2030-01-01"}, {"date": "2020-01-01"}, "persons[1].age_on"),
    ],
)
def test_dates_after_the_day_of_the_assessment_are_bad_input(
    victim: dict[str, Any], conduct: dict[str, Any], loc: str
) -> None:
    doc = _one(victim, act="recruiting", **conduct)
    with pytest.raises(
        nmt.InvalidFactPattern,
        match=rf"{loc.replace('[', '.').replace(']', '.')}.*after the day of the assessment",
    ):
        nmt.assess(nmt.from_dict(doc), today=TODAY)
    assert nmt.assess(nmt.from_dict(doc), today=date(2070, 1, 1)).findings  # a later "today"


def test_subsection_e_distinguishes_a_possible_victim_from_a_victim() -> None:
    doc = {
        "persons": [{"id": "boss"}, {"id": "drv"}, {"id": "V", "age": 16}],
        "conduct": [
            {"id": "hire", "actor": "boss", "person": "drv", "act": "recruiting",
             "date": "2022-01-01", "knowingly": True},
            {"id": "t", "actor": "drv", "person": "V", "act": "transporting",
             "date": "2022-01-05", **FULL_A2},
        ],
    }  # fmt: skip
    note = next(n for n in _finding(doc, ("drv", "V")).notes if n.kind == "victim_not_accessory")
    assert (
        note.text.startswith("Person drv may also be a victim") and "not established" in note.text
    )
    doc["conduct"][0].update(FULL_A2, date="2022-01-01")  # now the hiring meets (A)(2)
    doc["persons"][1]["age"] = 16
    note = next(n for n in _finding(doc, ("drv", "V")).notes if n.kind == "victim_not_accessory")
    assert note.text.startswith("Person drv is also a victim: an act toward drv meets")


def test_related_law_is_named_when_the_section_is_not_met() -> None:
    f = _finding(_one({"age": 15}, act="patronizing", date="2021-04-04", knowingly=True))
    assert f.status == "not_met"
    note = next(n for n in f.notes if n.kind == "other_offences")
    assert note.text.startswith("NMSA 1978, § 30-52-1 (2008) is not met on these facts")
    assert "§ 30-6A-4" in note.text and "§ 30-9-3" in note.text and "§ 30-28-1" in note.text
    # D is not stated to be a buyer (no ``as_buyer``, not in the consumer role): the buyer note
    # is set off by the buyer fact, not by the verb (review U3 of session 8); the note on a verb
    # the text does not have stays
    assert "buyer" not in _kinds(f)
    assert "verbs_not_covered" in _kinds(f)


def test_a_sting_points_to_attempt_not_to_jackson_alone() -> None:
    f = _finding(_one({"age": 31}, act="soliciting", date="2024-09-12", believed_age=15, **FULL_A2))
    assert f.subsections["30-52-1(A)(2)"].status == "not_met"
    note = next(n for n in f.notes if n.kind == "knowledge_of_age")
    assert "for the completed offense" in note.text and "§ 30-28-1" in note.text
    real_minor = _finding(
        _one({"age": 16}, act="soliciting", date="2024-09-12", believed_age=19, **FULL_A2)
    )
    note = next(n for n in real_minor.notes if n.kind == "knowledge_of_age")
    assert "§ 30-28-1" not in note.text  # a real minor: Jackson, nothing about attempt


def test_the_29_february_point_is_worded_as_law_not_missing_evidence() -> None:
    f = _finding(_one({"birth_date": "2008-02-29"}, act="recruiting", date="2026-02-28", **FULL_A2))
    under = next(
        e for e in f.subsections["30-52-1(A)(2)"].elements if e.element == "under_eighteen"
    )
    assert under.status == "undetermined"
    assert "open 29 February point" in under.reason and "not missing evidence" in under.reason
    assert "is not established" not in under.reason
    assert "leap_day_birthday" in _kinds(f)
    # turning 19: nothing turns on the point, no note
    nineteen = _finding(
        _one({"birth_date": "2007-02-29".replace("2007", "2004")}, act="recruiting",
             date="2023-02-28", **FULL_A2)
    )  # fmt: skip
    assert "leap_day_birthday" not in _kinds(nineteen)


def test_a_grade_resting_on_an_assumed_date_says_so() -> None:
    doc = _one({"birth_date": "2004-09-01"}, act="transporting", **FULL_A2)
    f = _finding(doc, as_of=date(2018, 1, 1))
    assert f.grade == "second_degree_felony"
    assert "assumed" in f.grade_detail.words


def test_a_plain_age_note_only_where_a_limit_can_be_crossed() -> None:
    acts = [
        {"id": "a", "actor": "D", "person": "V", "act": "recruiting", "date": "2021-06-01",
         **FULL_A2},
        {"id": "b", "actor": "D", "person": "V", "act": "obtaining", "date": "2021-06-08",
         **FULL_A2},
    ]  # fmt: skip
    adult = _finding({"persons": [{"id": "D"}, {"id": "V", "age": 25}], "conduct": acts})
    assert "plain_age_at_every_act" not in _kinds(adult)
    fifteen = _finding({"persons": [{"id": "D"}, {"id": "V", "age": 15}], "conduct": acts})
    assert "plain_age_at_every_act" in _kinds(fifteen)


def test_the_grade_words_say_each_open_act_once() -> None:
    f = _finding(_one({"birth_date": "2006-01-01"}, act="recruiting"))
    words = f.grade_detail.words
    assert words.count("is established") == 1
    assert "by person V's age at the time: first degree if under 13" in words
    assert words.startswith("no paragraph is met yet: first, second or third degree felony if")
    assert len(words) < 700


def test_facts_another_paragraph_tests_are_named_on_the_act_that_states_them() -> None:
    # (A)(3) facts stated on a recruiting decide nothing for it: the user is told, per act,
    # which facts, which paragraph tests them and what that paragraph's conduct is.
    f = _finding(
        _one(
            {"age": 30},
            act="recruiting",
            date="2019-01-01",
            knowingly=True,
            benefit={"financially": True},
            means_was_used={"force": True},
            means_will_be_used={"force": False},
        )
    )
    (note,) = [n for n in f.notes if n.kind == "facts_of_other_paragraphs"]
    assert "the recruiting of 1 January 2019 states" in note.text  # the act by verb and date
    assert (
        "the fact 'benefit: financially', the fact 'means was used: force' (tested by "
        "30-52-1(A)(3)" in note.text
    )
    assert "whose conduct is benefiting" in note.text
    assert "means will be used" not in note.text  # tested by (A)(1), which reaches recruiting
    assert "benefit.financially" not in note.text  # no field paths in a sentence
    # ... and they change nothing: the act's statuses are those of the act without them.
    bare = _finding(
        _one(
            {"age": 30},
            act="recruiting",
            date="2019-01-01",
            knowingly=True,
            means_will_be_used={"force": False},
        )
    )
    assert f.count("c").statuses == bare.count("c").statuses
    assert "facts_of_other_paragraphs" not in _kinds(bare)


def test_facts_of_other_paragraphs_on_a_benefiting_and_what_is_not_noted() -> None:
    f = _finding(
        _one(
            {"age": 30},
            act="benefiting",
            date="2019-01-01",
            to_subject_to={"labor": True},
            will_be_caused_to_engage_in_commercial_sexual_activity=True,
        )
    )
    (note,) = [n for n in f.notes if n.kind == "facts_of_other_paragraphs"]
    assert "the fact 'to subject to: labor' (tested by 30-52-1(A)(1)" in note.text
    assert "(tested by 30-52-1(A)(2)" in note.text
    # Stated false, or on a verb no paragraph covers (its own note says so), nothing is noted.
    for doc in (
        _one({"age": 30}, act="benefiting", to_subject_to={"labor": False}),
        _one({"age": 30}, act="harboring", benefit={"financially": True}),
        _one({"age": 30}, act="recruiting", federal={"venture": {"participated": True}}),
    ):
        assert "facts_of_other_paragraphs" not in _kinds(_finding(doc))


def _pairs(persons: list[dict[str, Any]], *acts: dict[str, Any]) -> nmt.Assessment:
    doc = {"persons": persons, "conduct": list(acts)}
    return nmt.assess(nmt.from_dict(doc), today=TODAY, law="nm")


A2 = {"knowingly": True, "will_be_caused_to_engage_in_commercial_sexual_activity": True}


def test_a_plain_age_is_checked_over_every_act_toward_the_person() -> None:
    # An age belongs to the person: it is the age at one of the acts toward V (by any
    # defendant), which one not stated; each act gets the range over every reading (issue 19).
    people = [{"id": "D1"}, {"id": "D2"}, {"id": "V", "age": 15}]
    a = _pairs(
        people,
        {"id": "a", "actor": "D1", "person": "V", "act": "recruiting", "date": "2015-05-01", **A2},
        {"id": "b", "actor": "D2", "person": "V", "act": "transporting", "date": "2021-05-01",
         **A2},
    )  # fmt: skip
    for d in ("D1", "D2"):
        f = a.finding(d, "V")
        (note,) = [n for n in f.notes if n.kind == "plain_age_at_every_act"]
        assert (
            "the recruiting of 1 May 2015: 9 to 15; the transporting of 1 May 2021: 15 to 21"
            in note.text
        )
        assert "by any defendant" in note.text
        assert "Give the day the age was stated, or a birth date" in note.text
    d1 = a.finding("D1", "V")
    assert d1.grade is None and d1.grade_floor == "second_degree_felony"
    assert set(d1.grade_possible) == {"second_degree_felony", "first_degree_felony"}
    assert d1.grade_detail.words.endswith(
        "read with person V's plain age 15 as the age at one of the acts, which one not stated "
        "(see the note)"
    )
    assert a.finding("D2", "V").subsections["30-52-1(A)(2)"].status == "undetermined"
    # One undated act: the age is the age at it; the note says what an intake age would give.
    one = _pairs(
        [{"id": "D"}, {"id": "V", "age": 15}],
        {"id": "u", "actor": "D", "person": "V", "act": "recruiting", **A2},
    )
    (note,) = [n for n in one.finding("D", "V").notes if n.kind == "plain_age_at_every_act"]
    assert "read as the age at the undated recruiting, whatever day it fell on" in note.text
    assert "give the day the age was stated, or a birth date" in note.text
    # Not said when nothing can differ: one day, or an age tied to its date (age_on).
    for victim in ({"id": "V", "age": 15}, {"id": "V", "age": 15, "age_on": "2021-05-01"}):
        same = _pairs(
            [{"id": "D1"}, {"id": "D2"}, victim],
            {"id": "a", "actor": "D1", "person": "V", "act": "recruiting", "date": "2021-05-01",
             **A2},
            {"id": "b", "actor": "D2", "person": "V", "act": "recruiting",
             "date": "2021-05-01" if "age_on" not in victim else "2015-05-01", **A2},
        )  # fmt: skip
        assert all(
            "plain_age_at_every_act" not in _kinds(f) and "plain age" not in f.grade_detail.words
            for f in same.findings
        ), victim  # fmt: skip


def test_the_attempt_sentence_only_where_the_belief_is_all_that_is_missing() -> None:
    adult = {"birth_date": "1995-01-01"}
    labor = _finding(
        _one(adult, act="recruiting", date="2021-01-01", knowingly=True, believed_age=15,
             to_subject_to={"labor": True},
             will_be_caused_to_engage_in_commercial_sexual_activity=False)
    )  # fmt: skip
    benefit = _finding(
        _one(adult, act="benefiting", date="2021-01-01", knowingly=True, believed_age=15,
             benefit={"financially": True}, benefit_from={"commercial_sexual_activity": True})
    )  # fmt: skip
    sting = _finding(
        _one(adult, act="soliciting", date="2021-01-01", believed_age=15, **A2)
    )  # fmt: skip
    for f, attempt in ((labor, False), (benefit, False), (sting, True)):
        (note,) = [n for n in f.notes if n.kind == "knowledge_of_age"]
        assert ("attempt (NMSA § 30-28-1)" in note.text) is attempt, note.text


def test_the_grade_lines_give_each_act_its_own_age() -> None:
    f = _finding(
        {
            "persons": [{"id": "D"}, {"id": "V", "birth_date": "2005-04-10"}],
            "conduct": [
                {"id": "a", "actor": "D", "person": "V", "act": "recruiting",
                 "date": "2018-04-09", "knowingly": True},
                {"id": "b", "actor": "D", "person": "V", "act": "transporting",
                 "date": "2018-04-10", **A2},
            ],
        }
    )  # fmt: skip
    g = f.grade_detail
    assert g.floor == "second_degree_felony" and g.possible[-1] == "first_degree_felony"
    assert g.victim_age == "13 at the transporting of 10 April 2018 (V's birth date)"
    assert "first degree felony if the recruiting of 9 April 2018 is established" in g.words
    assert "(person V's age at it: 12)" in g.words


def test_a_subsections_letter_never_reads_as_a_person() -> None:
    """Review 11: "Who may prosecute: B. The attorney general …" read as if B, the buyer, could
    prosecute; "D. Prosecution pursuant …" beside a defendant D. The words are quoted after
    the citation, the letter left out."""
    import re
    from pathlib import Path

    import nm_trafficking as nmt

    root = Path(__file__).resolve().parents[1]
    a = nmt.assess(nmt.load(root / "examples" / "federal_motel_venture.yaml"))
    text = a.explain(detail="elements")
    assert "Who may prosecute: 30-52-1(B): “The attorney general" in " ".join(text.split())
    assert not re.search(r"(: |\. )[BDE]\. (The attorney|Prosecution|A human)", text)
