"""Review B of session 9 (a defense reading), findings 1, 2, 9 and 5.

1. A person whose age is still open (17 to 18 at the act, or a birth year only with an undated
   act) whom the actor believed a minor was said to be "not under eighteen" and the § 30-28-1
   attempt was given as settled. § 30-28-1 [S]: "an overt act ... tending but failing to effect
   its commission": if the person was 17, every element of (A)(2) is stated and the completed
   offense was committed, so the attempt exists only on the branch where the person was 18 or
   older: a conditional alternative, never "the person was not a minor".
2. The attempt's own elements (the overt act, the specific intent, "tending but failing") are
   stated by no fact; its note says "still to establish" them. The line, the memo's table and the
   JSON said a flat grade and ``established: true``: now "if established" everywhere, and
   ``established`` false.
9. The mirror of 1: a person whose age is not stated at all, believed 14, had no attempt route
   and no question naming it; an adult officer with no believed age did.
5. § 30-52-1(E) ("a human trafficking victim shall not be charged with accessory to the crime of
   human trafficking") says nothing of when the helper must be a victim: where the acts toward
   her that meet § 30-52-1 came after the act she aided, the bar may apply (a point of law), not
   "applies".
"""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

import nm_trafficking as nmt

TODAY = date(2026, 12, 8)
SEX = {"knowingly": True, "will_be_caused_to_engage_in_commercial_sexual_activity": True}
NOT_A_MINOR = ("was not one", "the person was not under eighteen")
"""The words that state the person was not a minor (true only for an age stated 18 or over)."""


def _assess(person: dict[str, Any], act: dict[str, Any], law: str = "nm") -> nmt.Assessment:
    pattern = nmt.from_dict(
        {
            "persons": [{"id": "D"}, {"id": "V", **person}],
            "conduct": [{"id": "a", "actor": "D", "person": "V", **SEX, **act}],
        }
    )
    return nmt.assess(pattern, today=TODAY, law=law)  # type: ignore[arg-type]


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _notes(result: nmt.Assessment) -> str:
    return _flat(" ".join(n.text for n in result.finding("D", "V").notes))


def _attempt_line(result: nmt.Assessment) -> str:
    (pair,) = result.summary.pairs
    (line,) = [x for x in pair.related if "attempt" in x]
    return _flat(line)


def _age_question(result: nmt.Assessment) -> Any:
    (q,) = [q for q in result.summary.needed if q.element == "under_eighteen"]
    return q


# --- 1. an age still open: the attempt only on the branch where the person was 18 or older ---


def test_an_age_of_17_to_18_believed_16_gives_a_conditional_attempt_never_not_a_minor() -> None:
    """b55: 17 on 1 January 2020, recruited on 1 September 2020 (17 or 18), believed 16."""
    result = _assess(
        {"age": 17, "age_on": "2020-01-01"},
        {"act": "recruiting", "date": "2020-09-01", "believed_age": 16},
    )
    line = _attempt_line(result)
    assert (
        ": only if V was eighteen or older then (if under eighteen, the completed offense, not "
        "an attempt), and if established, a fourth degree felony" in line
    )
    notes = _notes(result)
    assert not any(words in notes for words in NOT_A_MINOR)
    assert "if the person was eighteen or older, the completed offense against a minor" in notes
    assert "if under eighteen, that offense was committed and there is no attempt" in notes
    assert "if V was under eighteen, the completed minor offense is met on the age" in notes
    (field,) = result.summary.pairs[0].related_offenses
    assert (field.kind, field.established) == ("attempt", False)
    asked = _age_question(result)
    assert "§ 30-28-1" in asked.citations
    assert "If eighteen or older, the act may instead be an attempt" in asked.text


def test_an_undated_act_toward_a_person_born_2002_believed_16_is_conditional_too() -> None:
    """b60: no date, born 2002: 6 to 24 at the act."""
    result = _assess({"birth_date": "2002-01-01"}, {"act": "recruiting", "believed_age": 16})
    assert "only if V was eighteen or older then" in _attempt_line(result)
    assert not any(words in _notes(result) for words in NOT_A_MINOR)


def test_a_person_in_fact_18_is_still_the_sting_reading() -> None:
    """The NOT MET age keeps the reading: 'V was not one', no condition on the age."""
    result = _assess(
        {"birth_date": "2002-01-01"},
        {"act": "recruiting", "date": "2020-03-01", "believed_age": 17},
    )
    line = _attempt_line(result)
    assert "only if" not in line
    assert "D believed V a minor, but V was not one" in _notes(result)


def test_a_real_minor_or_a_belief_of_an_adult_leaves_no_attempt() -> None:
    minor = _assess(
        {"age": 15, "age_on": "2020-01-01"},
        {"act": "recruiting", "date": "2020-03-01", "believed_age": 16},
    )
    adult_belief = _assess(
        {"age": 17, "age_on": "2020-01-01"},
        {"act": "recruiting", "date": "2020-09-01", "believed_age": 19},
    )
    for result in (minor, adult_belief):
        assert not result.summary.pairs[0].related
        assert "attempt" not in [n.kind for n in result.finding("D", "V").notes]


# --- 9. an age not stated at all: the same conditional route and question ----------------------


def test_a_person_of_unknown_age_believed_14_gets_the_conditional_attempt_and_question() -> None:
    """b56: believed 14 (second degree): the attempt a third degree felony (§ 30-28-1(B)), only if
    the person was 18 or older; the age question names it."""
    result = _assess({}, {"act": "soliciting", "date": "2024-05-01", "believed_age": 14})
    line = _attempt_line(result)
    assert "attempt (NMSA 1978, § 30-28-1(B) [S])" in line
    assert "only if V was eighteen or older then" in line
    assert "if established, a third degree felony" in line
    assert "(the person's age: not known)" in _notes(result)
    asked = _age_question(result)
    assert "§ 30-28-1" in asked.citations
    assert "graded from the believed age (14)" in asked.text


# --- 2. the attempt's own elements are not stated: "if established", never established --------


def test_an_adult_officers_attempt_is_if_established_in_line_json_and_memo() -> None:
    """b22: an adult officer believed 15, every element of the minor offense but the age stated:
    the overt act and the intent the note still asks for are for the factfinder."""
    result = _assess(
        {"age": 40, "age_on": "2024-01-01"},
        {"act": "soliciting", "date": "2024-05-01", "believed_age": 15},
    )
    line = _attempt_line(result)
    assert ": if established, a third degree felony (basic sentence 3 years [S])" in line
    assert "still to establish: an overt act" in _notes(result)
    doc = json.loads(result.to_json())
    (field,) = doc["summary"]["pairs"][0]["related_offenses"]
    assert field["established"] is False
    memo = result.memo()
    assert "<td>if established: third degree felony</td>" in memo


# --- 5. § 30-52-1(E) for a helper trafficked only after her help -------------------------------


def _helper(aided: str | None, trafficked: str) -> nmt.Assessment:
    """T recruits C on ``aided`` (None: no date stated), B aiding; T obtains B by force on
    ``trafficked``."""
    toward_b: dict[str, Any] = {
        "id": "b",
        "actor": "T",
        "person": "B",
        "act": "obtaining",
        "date": trafficked,
        "knowingly": True,
        "means_will_be_used": {"force": True},
        "to_subject_to": {"commercial_sexual_activity": True},
    }
    recruiting: dict[str, Any] = {"id": "c", "actor": "T", "person": "C", "act": "recruiting"}
    if aided is not None:
        recruiting["date"] = aided
    pattern = nmt.from_dict(
        {
            "persons": [
                {"id": "T"},
                {"id": "B", "roles": ["victim"], "birth_date": "1998-01-01"},
                {"id": "C", "roles": ["victim"], "birth_date": "2003-01-01"},
            ],
            "conduct": [
                {
                    **recruiting,
                    **SEX,
                    "accessories": [
                        {
                            "person": "B",
                            "aided": True,
                            "intended_that_the_offense_be_committed": True,
                        }
                    ],
                },
                toward_b,
            ],
        }
    )
    return nmt.assess(pattern, today=TODAY, law="nm")


def test_a_helper_trafficked_only_after_her_help_may_be_barred_not_is() -> None:
    """b53: aided 2019, trafficked 2021."""
    result = _helper("2019-01-01", "2021-03-01")
    (helper,) = result.summary.accessories
    assert helper.bar == "may_apply"
    said = _flat(helper.words)
    assert "But B is a human trafficking victim" not in said
    assert "came only after the act B aided" in said
    assert "§ 30-52-1(E) does not say when the victim must be one" in said
    assert [q.kind for q in helper.needed if "30-52-1(E)" in q.citations] == ["point_of_law"]


def test_a_helper_trafficked_before_or_on_the_day_of_her_help_is_barred() -> None:
    for trafficked in ("2018-06-01", "2019-01-01"):
        (helper,) = _helper("2019-01-01", trafficked).summary.accessories
        assert helper.bar == "applies"
        assert "But B is a human trafficking victim" in _flat(helper.words)


def test_a_helper_whose_help_may_predate_her_own_trafficking_may_be_barred() -> None:
    """The act aided is undated (C born 2003: any day from her birth), B's own trafficking dated
    2021: it may have come after the help, so the bar may apply."""
    (helper,) = _helper(None, "2021-03-01").summary.accessories
    assert helper.bar == "may_apply"
    assert "may have come after the act B aided" in _flat(helper.words)
