"""Review A (a New Mexico prosecutor's patterns): what "Still needed" asks under § 30-52-1, and
how an open status line reads.

- An adult person whose believed age is not recorded, toward whom (A)(2) fails only on the age:
  the believed age decides whether the act leaves an attempt (NMSA 1978, § 30-28-1; related law
  § 2.3), so it is asked.
- A known birth date and an undated act: the act's date decides the age, so the date is asked,
  with the birthdays each grade (or "under eighteen") turns on.
- An age that (A)(2) and the grade both turn on: one question, "How old was ...", naming both.
- A buyer's patronizing (not a 2008 verb): whether the purchase can be charged as "soliciting"
  or "obtaining" (UNVERIFIED), not whether patronizing is a 2008 verb.
- An UNDETERMINED law line names its open paragraphs, as MET names the paragraphs met.
- The text's day in force is asked as a yes/no question; an assumed date is not nested in
  brackets.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import nm_trafficking as nmt
from nm_trafficking.render.summary_text import render_summary_text
from nm_trafficking.summary import Question

TODAY = date(2026, 12, 7)


def _assess(
    persons: list[dict[str, Any]],
    conduct: list[dict[str, Any]],
    *,
    law: str = "nm",
    as_of: date | None = None,
) -> nmt.Assessment:
    pattern = nmt.from_dict({"persons": persons, "conduct": conduct})
    return nmt.assess(pattern, today=TODAY, law=law, as_of=as_of)  # type: ignore[arg-type]


def _needed(result: nmt.Assessment) -> list[Question]:
    return list(result.summary.needed)


D = {"id": "D", "roles": ["trafficker"]}


# --- 1. a sting whose believed age is not recorded ---------------------------------------------

STING = {
    "id": "pickup",
    "actor": "D",
    "person": "O",
    "act": "enticing",
    "date": "2025-01-20",
    "knowingly": True,
    "will_be_caused_to_engage_in_commercial_sexual_activity": True,
}


def test_believed_age_not_recorded_is_asked_for_the_attempt() -> None:
    result = _assess([D, {"id": "O", "roles": ["other"], "age": 33}], [STING])
    asked = [q for q in _needed(result) if q.element == "believed_age"]
    assert len(asked) == 1
    (q,) = asked
    assert q.text.startswith(
        "What age did D believe O to be when enticing O on 20 January 2025? If under eighteen,"
    )
    assert "attempt" in q.text and "§ 30-28-1" in q.text
    assert q.citations == ["30-52-1(A)(2)", "§ 30-28-1"]
    assert q.kind == "fact"


def test_believed_age_recorded_or_not_deciding_is_not_asked() -> None:
    # recorded: the attempt is graded from it (the attempt note), nothing to ask
    recorded = _assess(
        [D, {"id": "O", "roles": ["other"], "age": 33}], [{**STING, "believed_age": 15}]
    )
    assert not [q for q in _needed(recorded) if q.element == "believed_age"]
    # (A)(2) fails on more than the age (the intent stated false): the belief decides nothing
    other = _assess(
        [D, {"id": "O", "roles": ["other"], "age": 33}],
        [{**STING, "will_be_caused_to_engage_in_commercial_sexual_activity": False}],
    )
    assert not [q for q in _needed(other) if q.element == "believed_age"]
    # a minor: the completed offense, not an attempt
    minor = _assess([D, {"id": "O", "roles": ["victim"], "age": 15}], [STING])
    assert not [q for q in _needed(minor) if q.element == "believed_age"]


# --- 2. a known birth date and an undated act: the date decides the age -------------------------

UNDATED_OBTAINING = {
    "id": "obtain",
    "actor": "D",
    "person": "V",
    "act": "obtaining",
    "knowingly": True,
    "will_be_caused_to_engage_in_commercial_sexual_activity": True,
}


def test_undated_act_with_a_birth_date_asks_the_date_with_the_birthdays() -> None:
    result = _assess(
        [D, {"id": "V", "roles": ["victim"], "birth_date": "2010-09-01"}], [UNDATED_OBTAINING]
    )
    (q,) = _needed(result)
    assert q.text.startswith("When did the undated obtaining take place? Its date is not stated")
    # the 13th and 16th birthdays (30-52-1(C)): 1 September 2023 and 1 September 2026
    assert "under thirteen before 1 September 2023" in q.text
    assert "under sixteen before 1 September 2026" in q.text
    assert "How old" not in q.text
    assert q.citations == ["30-52-1(C)"]


def test_undated_act_born_on_29_february_gives_both_readings() -> None:
    result = _assess(
        [D, {"id": "V", "roles": ["victim"], "birth_date": "2012-02-29"}], [UNDATED_OBTAINING]
    )
    (q,) = _needed(result)
    # 2025 has no 29 February: the 13th birthday is 28 February or 1 March 2025, as the open
    # point is read (reasoning.ages.turns)
    assert "28 February 2025 or 1 March 2025" in q.text, q.text
    assert "29 February" in q.text


# --- 3. an age (A)(2) and the grade both turn on: one question ---------------------------------


def test_unknown_age_names_eighteen_and_the_grade_in_one_question() -> None:
    result = _assess(
        [D, {"id": "Y", "roles": ["victim"]}],
        [
            {
                "id": "ry",
                "actor": "D",
                "person": "Y",
                "act": "recruiting",
                "date": "2025-06-01",
                "knowingly": True,
                "will_be_caused_to_engage_in_commercial_sexual_activity": True,
            }
        ],
    )
    ages = [q for q in _needed(result) if q.element == "under_eighteen"]
    (q,) = ages
    assert q.text == (
        "How old was Y at the recruiting of 1 June 2025? The facts do not give the age: (A)(2) "
        "turns on eighteen and the grade on thirteen and sixteen."
    )
    assert q.citations == ["30-52-1(A)(2)", "30-52-1(C)"]


def test_age_range_the_grade_does_not_turn_on_keeps_the_under_eighteen_question() -> None:
    result = _assess(
        [D, {"id": "V", "roles": ["victim"], "age": 17, "age_on": "2020-06-01"}],
        [
            {
                "id": "t",
                "actor": "D",
                "person": "V",
                "act": "transporting",
                "date": "2020-12-15",
                "knowingly": True,
                "will_be_caused_to_engage_in_commercial_sexual_activity": True,
            }
        ],
    )
    (q,) = [q for q in _needed(result) if q.element == "under_eighteen"]
    assert q.text.startswith("Was V under eighteen at the transporting of 15 December 2020?")


# --- 4. a buyer's patronizing ------------------------------------------------------------------


def test_patronizing_buyer_is_asked_whether_it_can_be_charged_as_soliciting_or_obtaining() -> None:
    result = _assess(
        [{"id": "B2", "roles": ["consumer"]}, {"id": "W", "roles": ["victim"], "age": 26}],
        [
            {
                "id": "p",
                "actor": "B2",
                "person": "W",
                "act": "patronizing",
                "date": "2023-06-11",
                "knowingly": True,
                "means_was_used": {"force": True},
            }
        ],
    )
    (q,) = [q for q in _needed(result) if q.element == "conduct"]
    assert q.kind == "point_of_law"
    assert "fall within the 2008 verbs" not in q.text
    assert "'soliciting' or 'obtaining'" in q.text
    assert "patronizing is not one of its verbs" in q.text.lower()
    assert "UNVERIFIED" in q.text


# --- 5. an UNDETERMINED line names its open paragraphs ------------------------------------------


def test_undetermined_law_line_names_the_open_paragraphs() -> None:
    result = _assess([D, {"id": "O", "roles": ["other"], "age": 33}], [STING])
    text = render_summary_text(result.summary)
    assert "§ 30-52-1: UNDETERMINED ((A)(1)) — if established: third degree felony" in text


# --- 6. the day in force asked yes/no; an assumed date not nested -------------------------------

UNDATED_RECRUITING = {
    "id": "recruit",
    "actor": "D",
    "person": "V",
    "act": "recruiting",
    "knowingly": True,
    "will_be_caused_to_engage_in_commercial_sexual_activity": True,
}


def test_in_force_question_is_a_yes_no_question() -> None:
    result = _assess(
        [D, {"id": "V", "roles": ["victim"], "birth_date": "1990-06-01"}], [UNDATED_RECRUITING]
    )
    (q,) = [q for q in _needed(result) if q.element == "in_force"]
    assert q.text == (
        "Did the undated recruiting take place on or after 1 July 2008, when the text came into "
        "force? Its date is not stated."
    )


def test_in_force_question_still_merges_with_the_federal_date_question() -> None:
    result = _assess(
        [D, {"id": "V", "roles": ["victim"], "birth_date": "1990-06-01"}],
        [UNDATED_RECRUITING],
        law="all",
    )
    dated = [q for q in _needed(result) if q.element in ("in_force", "date")]
    assert len(dated) == 1
    assert "30-52-1" in " ".join(dated[0].citations)


def test_assumed_date_is_not_nested_in_brackets() -> None:
    result = _assess(
        [D, {"id": "V", "roles": ["victim"], "birth_date": "1995-06-01"}],
        [UNDATED_RECRUITING],
        as_of=date(2007, 1, 1),
    )
    text = render_summary_text(result.summary)
    assert "(1 January 2007 (" not in text
    assert "1 January 2007, not stated: the date assumed for undated acts" in text


def test_undetermined_federal_lines_name_open_paragraphs_compactly() -> None:
    """A federal paragraph whose prongs are all open is named alone (as a question every prong
    asks is cited); a section of one paragraph names none (nothing to tell apart)."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    result = nmt.assess(nmt.load(root / "examples" / "a2_social_media_15.yaml"), today=TODAY)
    text = render_summary_text(result.summary)
    assert "§ 1591: UNDETERMINED ((a)(1)) — if established" in text
    assert "§ 1590: UNDETERMINED — if established" in text
    assert "§ 30-52-1: MET ((A)(1), (A)(2))" in text
