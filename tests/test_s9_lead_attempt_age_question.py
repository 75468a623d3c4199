"""The age question of an act whose person's age is open and whom the actor believed a minor
(review C1 of session 9): the state's and § 1591's age questions are one question, which must
not say that § 30-28-1 "reaches" the person only if under eighteen — an attempt is the route
only if the person was eighteen or older — and keeps the attempt's own branch."""

from __future__ import annotations

import re
from datetime import date

import nm_trafficking as nmt


def test_the_merged_age_question_keeps_the_attempt_on_the_adult_branch() -> None:
    pattern = nmt.from_dict(
        {
            "persons": [{"id": "D", "roles": ["trafficker"]}, {"id": "G", "roles": ["victim"]}],
            "conduct": [
                {
                    "id": "r",
                    "actor": "D",
                    "person": "G",
                    "act": "recruiting",
                    "date": "2022-06-01",
                    "believed_age": 12,
                    "knowingly": True,
                    "will_be_caused_to_engage_in_commercial_sexual_activity": True,
                }
            ],
        }
    )
    needed = nmt.assess(pattern, today=date(2026, 12, 8)).summary.needed
    (age,) = [q for q in needed if q.text.startswith("How old was G")]
    assert "§ 1591" in age.text  # one question for both laws
    for clause in re.split(r"[;:.] ", age.text):
        if "only if G was under" in clause:
            assert "30-28-1" not in clause, clause
    assert "If eighteen or older, the act may instead be an attempt (§ 30-28-1)" in age.text
    assert "believed age (12)" in age.text


def test_an_undated_act_keeps_the_2000_text_of_1589_on_the_law_line() -> None:
    """Review C2 of session 9: an undated benefiting open under § 1589 lists the offense the
    2000 text cites as the section itself beside (b), not (b) alone."""
    from nm_trafficking.render.summary_text import law_text

    pattern = nmt.from_dict(
        {
            "persons": [
                {"id": "C", "roles": ["other"]},
                {"id": "W", "roles": ["victim"], "age": 40},
            ],
            "conduct": [
                {
                    "id": "cut",
                    "actor": "C",
                    "person": "W",
                    "act": "benefiting",
                    "knowingly": True,
                    "benefit": {"financially": True},
                    "benefit_from": {"labor": True},
                    "means_was_used": {"fraud": True},
                }
            ],
        }
    )
    result = nmt.assess(pattern, today=date(2026, 12, 8), law="federal")
    (pair,) = result.summary.pairs
    (line,) = [law for law in pair.laws if law.law == "usc_1589"]
    said = law_text(line, {"usc_1589": "§ 1589"})
    assert said.startswith("((a), or § 1589 in the 2000 text, (b))"), said


def test_beside_the_attempt_the_federal_belief_note_keeps_its_own_title() -> None:
    """Review C4 of session 9: beside the attempt note, the state's belief note reads "decides
    nothing for the completed offense"; the federal one must not read as the same point
    ("not decisive"), but as § 1591's (evidence)."""
    from nm_trafficking import words

    state = words.note_title("knowledge_of_age", "NMSA 1978, § 30-52-1", attempt=True, both=True)
    federal = words.note_title("knowledge_of_age", "18 U.S.C. § 1591", attempt=True, both=True)
    assert state == words.BESIDE_ATTEMPT_TITLES["knowledge_of_age"]
    assert federal == words.FEDERAL_NOTE_TITLES["knowledge_of_age"] and "§ 1591" in federal


def test_a_met_accessory_line_says_the_intent_is_read_as_stated() -> None:
    """Review B4 of session 9: "H is an accessory" rests on the intent as stated; the mental
    state of the uniform jury instruction (UJI 14-2822) was not found, so the line says so."""
    pattern = nmt.from_dict(
        {
            "persons": [
                {"id": "D", "roles": ["trafficker"]},
                {"id": "H"},
                {"id": "V", "roles": ["victim"], "age": 15},
            ],
            "conduct": [
                {
                    "id": "r",
                    "actor": "D",
                    "person": "V",
                    "act": "recruiting",
                    "date": "2021-03-01",
                    "knowingly": True,
                    "will_be_caused_to_engage_in_commercial_sexual_activity": True,
                    "accessories": [
                        {
                            "person": "H",
                            "aided": True,
                            "intended_that_the_offense_be_committed": True,
                        }
                    ],
                }
            ],
        }
    )
    text = nmt.assess(pattern, today=date(2026, 12, 8), law="nm").explain()
    flat = " ".join(text.split())
    assert "H is an accessory" in flat
    assert "(the intent read as stated: the mental state the uniform jury instruction" in flat
