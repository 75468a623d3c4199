"""Reviews A2 and B2: an age the birth date rules out, and questions asked once.

- A plain age given with a birth date, where an act toward the person is undated: the act can
  have happened on any day from the birth to the day of the assessment, so the age must be one
  the birth date gives on one of those days; otherwise the facts are refused (naming only the
  person and the values).
- ``--law nm``: an undated act's date is asked once (the text's day in force and the ages the
  grade turns on), as it is with every law assessed.
- The 29 February point of one act, left open under § 30-52-1 and § 1591 alike: asked once,
  citing both.
- A buyer's soliciting and patronizing: the point of law differs in substance (patronizing is
  not a 2008 verb), so each is asked in its own words, not merged by "Likewise for".
- ``--law federal``: the § 1590 question does not cite § 30-52-1 for the stated state purpose
  (docs/federal.md, decision 16).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import nm_trafficking as nmt
from nm_trafficking import InvalidFactPattern
from nm_trafficking.summary import Question

TODAY = date(2026, 12, 7)
D = {"id": "D", "roles": ["trafficker"]}


def _act(act_id: str, act: str, day: str | None = None, **facts: Any) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": act_id,
        "actor": "D",
        "person": "V",
        "act": act,
        "knowingly": True,
        "will_be_caused_to_engage_in_commercial_sexual_activity": True,
        "description": "SECRET-DETAIL",
        **facts,
    }
    if day is not None:
        out["date"] = day
    return out


def _pattern(victim: dict[str, Any], *conduct: dict[str, Any]) -> nmt.FactPattern:
    v = {"id": "V", "roles": ["victim"], "description": "PRIVATE-NOTE", **victim}
    return nmt.from_dict({"persons": [D, v], "conduct": list(conduct)})


def _needed(pattern: nmt.FactPattern, law: str = "all", today: date = TODAY) -> list[Question]:
    return list(nmt.assess(pattern, today=today, law=law).summary.needed)  # type: ignore[arg-type]


# --- 1. an age the birth date rules out, with an undated act ----------------------------------


@pytest.mark.parametrize(
    "conduct",
    [
        [_act("r", "recruiting")],
        [_act("r", "recruiting"), _act("t", "transporting", "2024-01-05")],
    ],
    ids=["undated only", "undated and dated"],
)
def test_an_age_no_day_from_the_birth_to_the_assessment_gives_is_refused(
    conduct: list[dict[str, Any]],
) -> None:
    # born 1 January 2010: 0 to 16 from the birth to 7 December 2026, never 40
    pattern = _pattern({"age": 40, "birth_date": "2010-01-01"}, *conduct)
    with pytest.raises(InvalidFactPattern) as info:
        nmt.assess(pattern, today=TODAY)
    exc = info.value
    assert [e.loc for e in exc.errors] == ["persons[1].age"]
    message = str(exc)
    # the fields named, not their values (review I2 of session 6)
    for said in ("'V'", "age does not agree with birth_date", "2026-12-07"):
        assert said in message, said
    assert "40" not in message and "2010-01-01" not in message
    for private in ("PRIVATE-NOTE", "SECRET-DETAIL", "2024-01-05", "recruiting", "'r'"):
        assert private not in message, private


def test_the_day_of_the_assessment_bounds_the_age_an_undated_act_allows() -> None:
    # born 1 January 2010: 17 from 1 January 2027 on
    pattern = _pattern({"age": 17, "birth_date": "2010-01-01"}, _act("r", "recruiting"))
    with pytest.raises(InvalidFactPattern, match="age does not agree with birth_date"):
        nmt.assess(pattern, today=TODAY)
    nmt.assess(pattern, today=date(2027, 1, 2))  # accepted: the act can be of 1 January 2027


def test_an_age_the_undated_act_allows_is_accepted_and_the_birth_date_decides() -> None:
    # 16 on 1 January 2026 (no dated act gives 16: the transporting of 2024 is at 14)
    pattern = _pattern(
        {"age": 16, "birth_date": "2010-01-01"},
        _act("r", "recruiting"),
        _act("t", "transporting", "2024-01-05"),
    )
    counts = nmt.assess(pattern, today=TODAY, law="nm").summary.pairs[0].counts
    assert [c.victim_age for c in counts] == ["0 to 16", "14"]


# --- 2. one date question of an undated act under --law nm ------------------------------------

BORN_1992 = {"birth_date": "1992-08-01"}


def test_law_nm_asks_an_undated_acts_date_once() -> None:
    needed = _needed(_pattern(BORN_1992, _act("o", "obtaining")), law="nm")
    dates = [q for q in needed if "take place" in q.text]
    assert len(dates) == 1, [q.text for q in dates]
    (q,) = dates
    assert q.text.startswith(
        "When did the undated obtaining take place? § 30-52-1 reaches it only if it took place "
        "on or after 1 July 2008, when the text came into force; V was under sixteen before "
        "1 August 2008 and under eighteen before 1 August 2010"
    )
    assert q.citations == ["30-52-1(A)(1)", "30-52-1(A)(2)", "30-52-1(C)"]
    # the same question, less the federal part, as every law assessed asks it
    every_law = _needed(_pattern(BORN_1992, _act("o", "obtaining")))
    (every,) = [q for q in every_law if "take place" in q.text]
    assert every.text.startswith(q.text.removesuffix("."))


# --- 3. the 29 February point asked once for both laws ----------------------------------------


def test_the_29_february_point_of_one_act_is_asked_once_citing_both_laws() -> None:
    # born 29 February 2000: on 28 February 2018 17 or 18, as the open point is read
    pattern = _pattern({"birth_date": "2000-02-29"}, _act("b18", "recruiting", "2018-02-28"))
    leap = [q for q in _needed(pattern) if "born on 29 February" in q.text]
    assert len(leap) == 1, [q.text for q in leap]
    (q,) = leap
    assert q.kind == "point_of_law"
    assert q.citations == ["30-52-1(A)(2)", "18 U.S.C. § 1591(a)(1) minor"]
    assert q.text.endswith(
        "Read one way V was 17, read the other 18: no New Mexico or federal source the library "
        "has settles when a person born on 29 February reaches an age in a year without one."
    )
    # each law alone names its own sources
    (nm,) = [q for q in _needed(pattern, law="nm") if "born on 29 February" in q.text]
    assert "no New Mexico source settles" in nm.text
    (federal,) = [q for q in _needed(pattern, law="federal") if "born on 29 February" in q.text]
    assert "no source the library has settles" in federal.text


# --- 4. questions that differ in substance are not merged -------------------------------------


def test_a_buyers_soliciting_and_patronizing_are_asked_in_their_own_words() -> None:
    pattern = _pattern(
        {"birth_date": "2010-01-01"},
        _act("s", "soliciting", "2025-06-01", as_buyer=True),
        _act("p", "patronizing", "2025-06-02", as_buyer=True),
    )
    points = [q for q in _needed(pattern, law="nm") if q.element == "conduct"]
    assert [(q.conduct, q.also) for q in points] == [("s", []), ("p", [])]
    soliciting, patronizing = points
    assert "Likewise" not in soliciting.text
    assert "fall within the 2008 verbs" in soliciting.text
    assert "Patronizing is not one of its verbs" in patronizing.text
    # questions the same but for the act are still asked once
    means = [q for q in _needed(pattern, law="nm") if q.element == "means_will_be_used"]
    assert [(q.conduct, q.also) for q in means] == [("s", ["p"])]
    assert means[0].text.endswith("Likewise for the patronizing of 2 June 2025.")


# --- 5. § 1590 with the federal sections alone ------------------------------------------------

LABOR = _act(
    "r",
    "recruiting",
    "2023-04-01",
    will_be_caused_to_engage_in_commercial_sexual_activity=None,
    means_will_be_used={"fraud": True},
    to_subject_to={"labor": True},
)


def test_the_1590_question_names_no_state_section_with_the_federal_laws_alone() -> None:
    pattern = _pattern({"age": 35, "age_on": "2023-04-01"}, LABOR)
    needed = _needed(pattern, law="federal")
    assert not [q.text for q in needed if "30-52-1" in q.text]
    (q,) = [q for q in needed if q.element == "for_labor_or_services"]
    assert q.text.endswith(
        "(The facts state the act was to subject V to labor, a fact of the state statute; the "
        "federal words are a fact of their own.)"
    )
    (every,) = [q for q in _needed(pattern) if q.element == "for_labor_or_services"]
    assert every.text.endswith(
        "(The facts state the act was to subject V to labor under § 30-52-1; the federal words "
        "are a fact of their own.)"
    )
