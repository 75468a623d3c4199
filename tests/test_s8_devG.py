"""Review X and V of session 8 (the law around the statute): a conspirator's period counted
from his own combination, the believed-age grade of a conspiracy, § 3283 for a § 1594(c)
conspiracy, the memo's timeline of periods, and § 12-2A-7(D) as a reading."""

from __future__ import annotations

import html
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import nm_trafficking as nmt

TODAY = date(2026, 12, 7)
SEX = {"knowingly": True, "will_be_caused_to_engage_in_commercial_sexual_activity": True}


def _agreed(*persons: str) -> dict[str, Any]:
    return {"with_persons": list(persons), "to_commit_this_act": True}


def _assess(
    persons: list[dict[str, Any]], *conduct: dict[str, Any], law: str = "nm", today: date = TODAY
) -> nmt.Assessment:
    pattern = nmt.from_dict({"persons": persons, "conduct": list(conduct)})
    return nmt.assess(pattern, today=today, law=law)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _line(result: nmt.Assessment, defendant: str, victim: str, cite: str) -> str:
    (pair,) = [p for p in result.summary.pairs if (p.defendant, p.victim) == (defendant, victim)]
    (line,) = [x for x in pair.related if cite in x]
    return _flat(line)


def _fields(result: nmt.Assessment, defendant: str, victim: str, cite: str) -> dict[str, Any]:
    doc = json.loads(result.to_json())
    (fields,) = [
        r
        for p in doc["summary"]["pairs"]
        if (p["defendant"], p["victim"]) == (defendant, victim)
        for r in p["related_offenses"]
        if r["kind"] == "conspiracy" and cite in r["citation"]
    ]
    return fields


PERSONS = [{"id": "A"}, {"id": "B"}, {"id": "V", "roles": ["victim"], "birth_date": "2004-01-01"}]
REC = {
    "id": "rec",
    "actor": "A",
    "person": "V",
    "act": "recruiting",
    "date": "2019-03-01",
    **SEX,
    "agreement": _agreed("B"),
}
DRIVE = {
    "id": "drive",
    "actor": "B",
    "person": "V",
    "act": "transporting",
    "date": "2022-08-15",
    **SEX,
    "agreement": _agreed("A"),
}


def test_x1_a_party_s_period_runs_from_his_own_combination() -> None:
    """x03: A's combination (stated for his 2019 recruiting) does not date B's, stated only for
    B's 2022 transporting: B's § 30-28-2 period is counted from 2022 and not "passed"; adding
    A's act changes nothing of B's (x03b)."""
    both = _assess(PERSONS, REC, DRIVE)
    alone = _assess(PERSONS, DRIVE)
    line = _line(both, "B", "V", "§ 30-28-2")
    assert "(passed)" not in line.split("limitation (unless tolled; check)")[1]
    assert "to 15 August 2027 under § 30-1-8(B)" in line
    assert "1 March 2024" not in line and "1 March 2025" not in line
    fields = _fields(both, "B", "V", "§ 30-28-2")
    assert fields["passed"] is None and fields["deadline"] == "2027-08-15"
    assert _fields(alone, "B", "V", "§ 30-28-2")["deadline"] == "2027-08-15"


def test_x1_a_grade_that_turns_on_another_s_act_runs_from_that_act() -> None:
    """A's own grade (conspiracy to his 2019 recruiting of a 15-year-old) runs from 2019 and
    has passed; the higher grade, which needs A's own combination to B's 2022 act, may have been
    made as late as that day: from 2022, not passed; so the conspiracy as a whole is not."""
    both = _assess(PERSONS, REC, DRIVE)
    line = _line(both, "A", "V", "§ 30-28-2")
    assert "to 1 March 2024 (passed) under § 30-1-8(B) if a third degree felony" in line
    assert "to 15 August 2028 under § 30-1-8(A) if a second degree felony" in line
    fields = _fields(both, "A", "V", "§ 30-28-2")
    assert fields["passed"] is None
    assert fields["deadlines"]["second_degree_felony"] == "2028-08-15"
    note = _flat(" ".join(n.text for n in both.summary.notes if n.kind == "conspiracy"))
    assert "1 March 2025" not in note  # no party's period runs six years from 2019
    assert "for B, second degree felony" in note and "to 15 August 2027" in note


def _x17() -> nmt.Assessment:
    """x17: T and L agreed; T transported M on 30 June 2023 (17) and 2 July 2023 (her 18th
    birthday), knowing she would be sold for sex; no means and no believed age stated."""
    return _assess(
        [{"id": "T"}, {"id": "L"}, {"id": "M", "roles": ["victim"], "birth_date": "2005-07-02"}],
        *[
            {
                "id": f"t{i}",
                "actor": "T",
                "person": "M",
                "act": "transporting",
                "date": day,
                **SEX,
                "agreement": _agreed("L"),
            }
            for i, day in enumerate(("2023-06-30", "2023-07-02"))
        ],
    )


def test_x4_a_grade_only_a_believed_age_gives_is_not_said_to_follow_from_the_act() -> None:
    """M was 18 at the transporting of 2 July 2023: established, it is at most a third degree
    felony (the actual age decides, State v. Jackson); the conspiracy to a first or second
    degree felony comes only from what T agreed to believing M was (a reading, as for a sting),
    and is said so, not "if ... is established as human trafficking"."""
    result = _x17()
    line = _line(result, "T", "M", "§ 30-28-2")
    assert "is established as human trafficking" not in line
    assert (
        "a second degree felony (conspiracy to a first degree felony; basic sentence 9 years "
        "[S]) if T agreed to the transporting of 2 July 2023 believing M under 13" in line
    )
    assert "if T believed M 13 to 15" in line
    assert "a reading, as for a sting: the age T believed is not stated" in line
    note = _flat(" ".join(n.text for n in result.summary.notes if n.kind == "conspiracy"))
    assert "established as human trafficking, conspiracy to a first" not in note
    assert "if T and L agreed to the transporting of 2 July 2023 believing M under 13" in note


def test_x4_a_party_s_grade_turns_on_what_he_agreed_to() -> None:
    """x03: A's higher grade turns on his own combination to B's transporting of V (18) and
    on the age A believed V to be when agreeing to it, not on the age B believed; and B's note
    does not grade his act 'as the act's is' with grades his act (at most third degree,
    established) cannot carry."""
    result = _assess(PERSONS, REC, DRIVE)
    line = _line(result, "A", "V", "§ 30-28-2")
    assert "the age B believed" not in line
    assert "if A agreed to B's transporting of V on 15 August 2022 believing V under 13" in line
    note = _flat(" ".join(n.text for n in result.summary.notes if n.kind == "conspiracy"))
    assert "open as the act's is: to a first degree felony" not in note
    assert (
        "for B, if B's transporting of V on 15 August 2022 is established as human "
        "trafficking, conspiracy to a third degree felony, a fourth degree felony" in note
    )


def _v11() -> nmt.Assessment:
    """v11: X and Y agree; X recruits G, 15, on 10 October 2021 (§ 1591 met)."""
    fed = {
        "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
        "as_to_age": {"knew": True},
        "as_to_commercial_sex_act": {"knew": True},
    }
    return _assess(
        [{"id": "X"}, {"id": "Y"}, {"id": "G", "roles": ["victim"], "birth_date": "2006-04-04"}],
        {
            "id": "rec",
            "actor": "X",
            "person": "G",
            "act": "recruiting",
            "date": "2021-10-10",
            **SEX,
            "agreement": _agreed("Y"),
            "federal": fed,
        },
        law="federal",
    )


def test_v5_a_1594c_conspiracy_toward_a_child_names_3283() -> None:
    """§ 3283 [S] ('during the life of the child, or for ten years after the offense, whichever
    is longer') may reach a conspiracy to sex-traffic a 15-year-old as it may a § 1589 offense:
    the § 1594(c) line names it (open) before the five years of § 3282(a) said passed; the
    memo's table does not show a bare '(passed)'."""
    result = _v11()
    line = _line(result, "X", "G", "§ 1594(c)")
    assert (
        "none under § 3299 if it reaches a § 1594(c) conspiracy (open), or for G's life (or ten "
        "years, if longer) under § 3283 if it reaches it (open), else at the latest to "
        "10 October 2026 (passed) under § 3282(a)" in line
    )
    assert _fields(result, "X", "G", "§ 1594")["passed"] is None
    memo = _flat(re.sub(r"<[^>]+>", " ", result.memo()))
    assert "to 10 October 2026 (passed, if no longer period applies: open, see the line)" in memo
    assert "to 10 October 2026 (passed), unless tolled" not in memo


def test_v5_no_3283_for_an_adult() -> None:
    """An adult victim: no § 3283 on the § 1594(c) line."""
    result = _assess(
        [{"id": "X"}, {"id": "Y"}, {"id": "G", "roles": ["victim"], "birth_date": "1990-04-04"}],
        {
            "id": "rec",
            "actor": "X",
            "person": "G",
            "act": "recruiting",
            "date": "2021-10-10",
            "knowingly": True,
            "means_will_be_used": {"force": True},
            "to_subject_to": {"commercial_sexual_activity": True},
            "agreement": _agreed("Y"),
        },
        law="federal",
    )
    assert "§ 3283" not in _line(result, "X", "G", "§ 1594(c)")


def _memo_text(result: nmt.Assessment) -> str:
    return _flat(html.unescape(re.sub(r"<[^>]+>", " ", result.memo())))


def test_x5_the_memo_timeline_gives_the_attempt_s_own_period() -> None:
    """x04: a sting on 7 December 2020, the officer believed 12: the attempt (second degree,
    six years) ends on 7 December 2026, the day of the assessment; the completed offense's
    period, the only one the timeline gave, has passed."""
    result = _assess(
        [{"id": "D"}, {"id": "UC", "age": 31}],
        {
            "id": "s",
            "actor": "D",
            "person": "UC",
            "act": "soliciting",
            "date": "2020-12-07",
            "believed_age": 12,
            **SEX,
        },
        law="all",
    )
    memo = _memo_text(result)
    assert (
        "Attempts and conspiracies, each with its own limitation period (dated warnings, unless "
        "tolled): D: the attempt at the soliciting of 7 December 2020 (§ 30-28-1(A)), on "
        "7 December 2026 (the last day is today)." in memo
    )
    # and the conclusions say it ends today, as they do for a count's period
    assert (
        "Limitation periods ending today (dated warnings, unless tolled; check): § 30-28-1(A) "
        "for the attempt at the soliciting of 7 December 2020." in memo
    )


def test_x5_the_memo_timeline_keeps_a_grade_s_alternative_periods() -> None:
    """x13: T's recruiting of V, 12 or 13 on 10 October 2021: a first degree felony has no
    single period (none under § 30-1-8(I) if 'violent', else (H)'s three years, to 10 October
    2024, on a reading); the timeline said only the second degree's."""
    result = _assess(
        [{"id": "T"}, {"id": "V", "roles": ["victim"], "age": 13, "age_on": "2022-06-01"}],
        {"id": "r", "actor": "T", "person": "V", "act": "recruiting", "date": "2021-10-10", **SEX},
    )
    memo = _memo_text(result)
    assert (
        "under § 30-52-1 on 10 October 2027 (the recruiting of 10 October 2021 if a second" in memo
    )
    assert (
        "under § 30-52-1 on 10 October 2024 (the recruiting of 10 October 2021 if a first degree "
        "felony, on a reading, under § 30-1-8(H)" in memo
    )
    assert "§ 30-1-8(I) gives none" in memo


def test_x8_12_2a_7_d_on_a_30_1_8_period_is_a_reading() -> None:
    """An act of 29 February 2020: five years to 28 February 2025 under § 12-2A-7(D) only if
    the Uniform Statute and Rule Construction Act (which applies to 'a statute enacted or rule
    adopted on or after the effective date of that act', § 12-2A-1(B) [S]) reaches § 30-1-8,
    enacted in 1963: said as a reading, as the federal period's is."""
    result = _assess(
        [{"id": "D"}, {"id": "W", "roles": ["victim"], "birth_date": "2004-02-29"}],
        {"id": "r", "actor": "D", "person": "W", "act": "recruiting", "date": "2020-02-29", **SEX},
        today=date(2025, 2, 28),
    )
    (count,) = result.summary.pairs[0].counts
    said = _flat(count.laws["nm_30_52_1"].limitation or "")
    assert (
        "the period ends on the last day of February if the Uniform Statute and Rule "
        "Construction Act applies to § 30-1-8, NMSA 1978, § 12-2A-7(D) [S]" in said
    )
    assert (
        "a reading: the Act applies to 'a statute enacted or rule adopted on or after the "
        "effective date of that act' (§ 12-2A-1(B) [S])" in said
    )
    research = Path(__file__).resolve().parents[1].parent / "shared/statute"
    source = research / "research-2026-11-related-texts.md"
    if source.exists():  # quoted word for word from the shared research file
        text = " ".join(source.read_text(encoding="utf-8").replace("\n> ", " ").split())
        assert "a statute enacted or rule adopted on or after the effective date of that act" in (
            text
        )


def test_x10_two_acts_with_one_verb_and_day_are_named_with_their_victims() -> None:
    """x24: A transported G1 and G2 on 9 September 2024 under one agreement with B: 'the
    transporting of 9 September 2024' alone does not say which."""
    result = _assess(
        [
            {"id": "A"},
            {"id": "B"},
            {"id": "G1", "roles": ["victim"], "birth_date": "2012-01-01"},
            {"id": "G2", "roles": ["victim"], "birth_date": "2007-01-01"},
        ],
        *[
            {
                "id": f"t{v}",
                "actor": "A",
                "person": v,
                "act": "transporting",
                "date": "2024-09-09",
                **SEX,
                "agreement": _agreed("B"),
            }
            for v in ("G1", "G2")
        ],
    )
    line = _line(result, "A", "G1", "§ 30-28-2")
    assert (
        "A knowingly combined with B to commit A's transporting of G1 on 9 September 2024 and A's "
        "transporting of G2 on 9 September 2024" in line
    )
    assert "the transporting of 9 September 2024" not in line


def test_x10_the_memo_names_a_conspiracy_once_in_the_periods_passed() -> None:
    """B's conspiracy (his own act: V, 18, on 15 August 2019): second degree to 15 August
    2025, third or fourth to 15 August 2024, all passed: named once, each last day once (it
    was named once per grade, the same day twice)."""
    persons = [
        {"id": "A"},
        {"id": "B"},
        {"id": "V", "roles": ["victim"], "birth_date": "2001-01-01"},
    ]
    result = _assess(persons, {**REC, "date": "2016-03-01"}, {**DRIVE, "date": "2019-08-15"})
    memo = _memo_text(result)
    assert (
        "(to 15 August 2025, if a second degree felony; to 15 August 2024, if a third degree "
        "felony or a fourth degree felony)" in memo
    )
    assert "to 15 August 2024, if a fourth degree felony" not in memo


def test_x1_the_1594_period_is_each_party_s_own_too() -> None:
    """The same shape under § 1594(c): B's own combination, stated only for his 2022 act, is
    not dated by A's of 2019: his § 3282(a) five years run to 15 August 2027, not 1 March 2024
    (passed)."""
    fed = {
        "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
        "as_to_age": {"knew": True},
        "as_to_commercial_sex_act": {"knew": True},
    }
    result = _assess(PERSONS, {**REC, "federal": fed}, {**DRIVE, "federal": fed}, law="federal")
    line = _line(result, "B", "V", "§ 1594")
    assert "for B, limitation (unless tolled; check)" in line
    assert "at the latest to 15 August 2027 under § 3282(a)" in line
    assert "1 March 2024" not in line
    assert _fields(result, "B", "V", "§ 1594")["deadline"] == "2027-08-15"
    assert _fields(result, "A", "V", "§ 1594")["deadline"] == "2024-03-01"
