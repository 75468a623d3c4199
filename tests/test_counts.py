"""Every act is its own count (30-52-1(C); State v. Carson): the grade of a defendant and victim
is the most serious grade an act that meets a paragraph certainly carries, and is only "the"
grade when no open act could carry a more serious one."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import nm_trafficking as nmt
from tests.helpers import FULL_A2

TODAY = date(2026, 11, 28)
FIRST, SECOND, THIRD = "first_degree_felony", "second_degree_felony", "third_degree_felony"


def _assess(birth: str, *acts: dict[str, Any]) -> nmt.Finding:
    pattern = nmt.from_dict(
        {
            "persons": [{"id": "D"}, {"id": "V", "roles": ["victim"], "birth_date": birth}],
            "conduct": [{"actor": "D", "person": "V", **a} for a in acts],
        }
    )
    (finding,) = nmt.assess(pattern, today=TODAY).findings
    return finding


def _act(cid: str, act: str, day: str | None, **facts: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"id": cid, "act": act, **facts}
    if day is not None:
        out["date"] = day
    return out


@pytest.mark.statute("30-52-1(C)", "30-52-1(C)(2)")
def test_undated_recruitment_of_a_girl_who_may_have_been_12_keeps_first_degree_open() -> None:
    f = _assess(
        "2006-05-01",
        _act("transport", "transporting", "2019-06-01", **FULL_A2),  # 13: second degree
        _act("recruit", "recruiting", None, knowingly=True),  # undated, may be at 12
    )
    assert f.count("transport").status == "met"
    assert f.count("transport").grade.grade == SECOND
    assert f.count("recruit").status == "undetermined"
    assert FIRST in f.count("recruit").grade.possible
    assert (f.grade, f.grade_floor, f.grade_possible) == (None, SECOND, [SECOND, FIRST])
    words = f.grade_detail.words
    assert words.startswith("at least a second degree felony")
    assert "first degree felony if the undated recruiting" in words
    assert f.grade_detail.status == "undetermined"


@pytest.mark.statute("30-52-1(C)")
def test_mirror_a_dated_act_at_12_fixes_first_degree_whatever_the_undated_act() -> None:
    f = _assess(
        "2006-05-01",
        _act("transport", "transporting", "2018-06-01", **FULL_A2),  # 12: first degree
        _act("recruit", "recruiting", None, knowingly=True),
    )
    assert (f.grade, f.grade_floor, f.grade_possible) == (FIRST, FIRST, [FIRST])
    assert f.grade_detail.status == "determined"


@pytest.mark.statute("30-52-1(C)", "30-52-1(C)(2)")
def test_leap_day_girl_recruited_at_12_knowingly_unknown_and_transported_at_13() -> None:
    f = _assess(
        "2008-02-29",
        _act(
            "r",
            "recruiting",
            "2020-06-01",
            will_be_caused_to_engage_in_commercial_sexual_activity=True,
        ),
        _act("t", "transporting", "2021-06-01", **FULL_A2),
    )
    assert f.count("r").status == "undetermined" and f.count("r").grade.possible == [FIRST]
    assert (f.grade, f.grade_floor, f.grade_possible) == (None, SECOND, [SECOND, FIRST])
    assert "first degree felony if the recruiting of 1 June 2020 is established" in (
        f.grade_detail.words
    )
    assert "done knowingly" in f.grade_detail.words
    (open_grade,) = f.grade_detail.open
    assert open_grade.grade == FIRST and open_grade.conduct == "r"


@pytest.mark.statute("30-52-1(C)")
def test_mirror_leap_day_girl_with_knowingly_established_is_first_degree() -> None:
    f = _assess(
        "2008-02-29",
        _act("r", "recruiting", "2020-06-01", **FULL_A2),
        _act("t", "transporting", "2021-06-01", **FULL_A2),
    )
    assert (f.grade, f.grade_floor) == (FIRST, FIRST)


@pytest.mark.statute("30-52-1(C)", "30-52-1(C)(1)")
def test_solicited_at_15_purpose_unknown_transported_on_her_16th_birthday() -> None:
    f = _assess(
        "2003-06-01",
        _act("s", "soliciting", "2018-07-01", knowingly=True),
        _act("t", "transporting", "2019-06-01", **FULL_A2),
    )
    assert f.count("t").grade.grade == THIRD
    assert (f.grade, f.grade_floor, f.grade_possible) == (None, THIRD, [THIRD, SECOND])
    assert "second degree felony if the soliciting of 1 July 2018 is established" in (
        f.grade_detail.words
    )


@pytest.mark.statute("30-52-1(C)")
def test_mirror_a_purpose_refuted_closes_the_open_count() -> None:
    refuted = {
        "knowingly": True,
        "will_be_caused_to_engage_in_commercial_sexual_activity": False,
        "means_will_be_used": {"force": False, "fraud": False, "coercion": False},
    }
    f = _assess(
        "2003-06-01",
        _act("s", "soliciting", "2018-07-01", **refuted),
        _act("t", "transporting", "2019-06-01", **FULL_A2),
    )
    assert f.count("s").status == "not_met"
    assert (f.grade, f.grade_floor, f.grade_possible) == (THIRD, THIRD, [THIRD])


def test_an_open_act_below_the_floor_does_not_hold_the_grade_open() -> None:
    f = _assess(
        "2006-05-01",
        _act("t", "transporting", "2018-06-01", **FULL_A2),  # 12: first
        _act("s", "soliciting", "2022-07-01", knowingly=True),  # 16: third, open
    )
    assert (f.grade, f.grade_floor, f.grade_possible) == (FIRST, FIRST, [FIRST])


def test_nothing_met_gives_no_floor_but_the_possible_grades() -> None:
    f = _assess("2006-05-01", _act("s", "soliciting", "2018-06-01", knowingly=True))
    assert f.status == "undetermined"
    assert (f.grade, f.grade_floor, f.grade_possible) == (None, None, [FIRST])
    assert f.grade_detail.words.startswith("no paragraph is met yet")


@pytest.mark.statute("30-52-1")
def test_carson_note_counts_the_acts_and_says_which_could_be_separate() -> None:
    f = _assess(
        "2006-05-01",
        _act("a", "recruiting", "2019-06-01", **FULL_A2),
        _act("b", "transporting", "2019-06-01", **FULL_A2),
        _act("c", "obtaining", "2019-08-01", **FULL_A2),
        _act("d", "harboring", "2019-09-01", **FULL_A2),
    )
    note = next(n for n in f.notes if n.kind == "unit_of_prosecution")
    assert note.text.startswith("3 acts of this defendant toward this victim")
    assert "harboring" not in note.text  # an act that meets nothing is not a count
    same = "the recruiting of 1 June 2019, the transporting of 1 June 2019"
    assert f"Acts on the same day ({same}) may be one course of conduct" in note.text
    # the later act is on another date: it could be a separate count (reviewer's D8)
    assert (
        "Acts on 2 different dates (the recruiting of 1 June 2019 and the transporting of 1 June "
        "2019; the obtaining of 1 August 2019) could be separate counts" in note.text
    )
    assert "State v. Carson" in note.text


def test_each_count_carries_its_version_age_statuses_and_grade() -> None:
    f = _assess(
        "2004-05-01",
        _act("old", "recruiting", "2007-01-01", **FULL_A2),  # before the text: not in force
        _act("new", "recruiting", "2017-06-01", **FULL_A2),
    )
    old, new = f.count("old"), f.count("new")
    assert old.statute_version is None and old.assessed_under == "2008"
    assert old.status == "not_met" and old.grade.status == "not_applicable"
    in_force = next(e for e in old.paragraphs["30-52-1(A)(2)"].elements if e.element == "in_force")
    assert in_force.status == "not_met" and "2007-01-01" in in_force.reason
    assert new.statute_version == "2008" and new.victim_age is not None
    assert (new.victim_age.lo, new.victim_age.hi, new.victim_age.exact) == (13, 13, True)
    assert new.statuses == {
        "30-52-1(A)(1)": "undetermined",
        "30-52-1(A)(2)": "met",
        "30-52-1(A)(3)": "not_met",
    }
    assert any(n.kind == "no_version_in_force" for n in f.notes)


def test_several_defendants_and_victims_are_separate_findings() -> None:
    pattern = nmt.from_dict(
        {
            "persons": [
                {"id": "D1"},
                {"id": "D2"},
                {"id": "V1", "birth_date": "2006-05-01"},
                {"id": "V2", "age": 30},
            ],
            "conduct": [
                {
                    "id": "a",
                    "actor": "D1",
                    "person": "V1",
                    "act": "recruiting",
                    "date": "2018-06-01",
                    **FULL_A2,
                },
                {
                    "id": "b",
                    "actor": "D2",
                    "person": "V1",
                    "act": "transporting",
                    "date": "2020-06-01",
                    **FULL_A2,
                },
                {
                    "id": "c",
                    "actor": "D1",
                    "person": "V2",
                    "act": "recruiting",
                    "date": "2020-06-01",
                    **FULL_A2,
                },
            ],
        }
    )
    a = nmt.assess(pattern)
    assert [(f.defendant, f.victim) for f in a.findings] == [
        ("D1", "V1"),
        ("D2", "V1"),
        ("D1", "V2"),
    ]
    assert a.finding("D1", "V1").grade == FIRST  # 12 at act a
    assert a.finding("D2", "V1").grade == SECOND  # 14 at act b
    assert a.finding("D1", "V2").subsections["30-52-1(A)(2)"].status == "not_met"


def test_acts_toward_oneself_are_refused() -> None:
    with pytest.raises(nmt.InvalidFactPattern, match="another person"):
        nmt.from_dict(
            {
                "persons": [{"id": "D"}],
                "conduct": [{"id": "a", "actor": "D", "person": "D", "act": "recruiting"}],
            }
        )
