"""What separates § 30-52-1 and the federal sections for a pair (review 9, item 6):
``side_by_side.separators`` names, for the case at hand, the difference the shared federal
reference's § 4 gives (a buyer's purchase, a venture's benefit with minority recklessly
disregarded, knowledge of the age, the age bands, the federal-only verbs), always after the
state's own line; a labor section's line in a sex case (which would only say it does not fit)
is left out. Quoted words are the reference's own."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import nm_trafficking as nmt
from nm_trafficking import FactPattern

ROOT = Path(__file__).resolve().parents[1]
FEDERAL_REF = ROOT.parent / "shared" / "statute" / "federal-18-usc-1589-1590-1591.md"
TODAY = date(2026, 12, 1)
COMMERCE = {"jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True}}


def _lines(pattern: FactPattern, law: str = "all") -> dict[tuple[str, str], list[str]]:
    """Each pair's comparison as the summary gives it (``summary.pairs[].comparison``, made by
    ``side_by_side.separators``)."""
    a = nmt.assess(pattern, today=TODAY, law=law)  # type: ignore[arg-type]
    return {(p.defendant, p.victim): list(p.comparison) for p in a.summary.pairs}


def _by_law(lines: list[str]) -> dict[str, str]:
    return {line.split(",", 1)[0]: line for line in lines}


def _minor(birth: str, *acts: dict[str, Any]) -> FactPattern:
    return FactPattern.model_validate(
        {
            "persons": [
                {"id": "D", "roles": ["trafficker"]},
                {"id": "V", "roles": ["victim"], "birth_date": birth},
            ],
            "conduct": [
                {
                    "id": f"c{n}",
                    "actor": "D",
                    "person": "V",
                    "knowingly": True,
                    "will_be_caused_to_engage_in_commercial_sexual_activity": True,
                    **act,
                }
                for n, act in enumerate(acts)
            ],
        }
    )


MOTEL = nmt.load(ROOT / "examples" / "federal_motel_venture.yaml")


def test_the_state_line_comes_first_for_every_pair_and_sex_cases_drop_the_labor_sections() -> None:
    for pair, lines in _lines(MOTEL).items():
        assert lines[0].startswith("§ 30-52-1, "), (pair, lines)
        laws = _by_law(lines)
        assert "§ 1589" not in laws and "§ 1590" not in laws, lines


def test_the_motel_venture_names_reckless_disregard_of_minority_against_a3() -> None:
    laws = _by_law(_lines(MOTEL)[("M", "G")])
    assert laws["§ 30-52-1"].startswith("§ 30-52-1, not met: ")
    said = laws["§ 1591"]
    assert said.startswith("§ 1591, met: § 1591(a)(2) reaches benefiting from a venture")
    assert "reckless disregard of the person's minority" in said
    assert "§ 30-52-1(A)(3) needs knowledge that force, fraud or coercion was used" in said
    assert "no minor variant" in said and "contrast 2" in said


def test_the_buyer_gets_the_state_line_and_the_buyer_contrast() -> None:
    laws = _by_law(_lines(MOTEL)[("B", "G")])
    assert laws["§ 30-52-1"].startswith("§ 30-52-1, undetermined: ")
    said = laws["§ 1591"]
    assert '"patronizes" or "solicits" (since 29 May 2015)' in said
    assert "UNVERIFIED" in said and "contrast 1" in said
    # the buyer saw her in person: § 1591(c) serves under (a)(1); § 30-52-1 needs no knowledge
    assert "State v. Jackson, 2018-NMCA-066" in said and "§ 1591(c)" in said


def test_a_13_year_old_gets_the_age_bands_and_knowledge_of_age() -> None:
    """Review 9, f01: recruited at 13, the actor saw her; no means."""
    act = {
        "act": "recruiting",
        "date": "2019-06-10",
        "federal": {
            **COMMERCE,
            "as_to_age": {"knew": False, "reckless_disregard": False},
            "reasonable_opportunity_to_observe": True,
            "as_to_commercial_sex_act": {"knew": True},
        },
    }
    lines = _lines(_minor("2006-05-01", act))[("D", "V")]
    laws = _by_law(lines)
    assert set(laws) == {"§ 30-52-1", "§ 1591"}, lines  # no line on §§ 1589, 1590 "not met"
    said = laws["§ 1591"]
    assert "age bands (V, 13): § 30-52-1(C), second degree" in said
    assert "§ 1591(b) without means, a 15-year minimum" in said
    assert "only a reasonable opportunity to observe is stated ((a)(1) only)" in said


def test_acts_either_side_of_the_14th_birthday_name_both_federal_bands() -> None:
    """Review 9, f20: the federal band changes at 14, the state's does not."""
    federal = {**COMMERCE, "as_to_age": {"knew": True}, "as_to_commercial_sex_act": {"knew": True}}
    before = {"act": "enticing", "date": "2019-06-09", "federal": federal}
    on = {"act": "enticing", "date": "2019-06-10", "federal": federal}
    said = _by_law(_lines(_minor("2005-06-10", before, on))[("D", "V")])["§ 1591"]
    assert "age bands (V, 13 and 14): § 30-52-1(C), second degree (" in said
    assert "a 15-year minimum at 13, a 10-year minimum at 14" in said


def test_harboring_names_the_federal_only_verb() -> None:
    pattern = nmt.load(ROOT / "examples" / "harboring_only.yaml")
    ((_, lines),) = _lines(pattern).items()
    assert lines[0] == "§ 30-52-1, not met: harboring is not a verb of § 30-52-1 (2008 text)."
    assert '§ 1591(a)(1) has the verb "harbors"; § 30-52-1 has none for it' in lines[1]


def test_a_labor_case_keeps_the_labor_sections_and_says_1591_splits() -> None:
    pattern = nmt.load(ROOT / "examples" / "a1_domestic_servitude_passports.yaml")
    ((_, lines),) = _lines(pattern).items()
    laws = _by_law(lines)
    assert "§ 1591 reaches only a commercial sex act; the facts state labor" in laws["§ 1591"]
    assert "§ 1589" in laws and "§ 1590" in laws


def test_federal_only_says_each_sections_own_reason_and_nothing_of_the_state() -> None:
    for lines in _lines(MOTEL, law="federal").values():
        assert not any("30-52-1" in line for line in lines), lines


@pytest.mark.skipif(not FEDERAL_REF.exists(), reason="shared/statute reference not beside the repo")
def test_quoted_words_are_the_references_own() -> None:
    reference = " ".join(FEDERAL_REF.read_text(encoding="utf-8").split())
    patterns = [MOTEL, nmt.load(ROOT / "examples" / "harboring_only.yaml")]
    for pattern in patterns:
        for lines in _lines(pattern).values():
            for line in lines:
                for quoted in re.findall(r'"([^"]+)"', line):
                    assert quoted in reference, quoted


def _labor(birth: str, act: dict[str, Any]) -> FactPattern:
    return FactPattern.model_validate(
        {
            "persons": [
                {"id": "E", "roles": ["recruiter"]},
                {"id": "W", "roles": ["victim"], "birth_date": birth},
            ],
            "conduct": [{"id": "r", "actor": "E", "person": "W", "knowingly": True, **act}],
        }
    )


def test_harboring_for_labor_names_the_federal_only_verb_of_1590() -> None:
    act = {
        "act": "harboring",
        "date": "2019-05-01",
        "to_subject_to": {"labor": True},
        "federal": {
            "labor": {
                "for_labor_or_services": True,
                "chapter_77_violation_completed": True,
                "chapter_77_violation_intended_or_known": True,
            }
        },
    }
    laws = _by_law(_lines(_labor("1990-01-01", act))[("E", "W")])
    assert (
        laws["§ 30-52-1"] == "§ 30-52-1, not met: harboring is not a verb of § 30-52-1 (2008 text)."
    )
    assert laws["§ 1590"].startswith('§ 1590, met: § 1590 has the verb "harbors"')


def test_a_minors_labor_without_means_names_contrast_5_once() -> None:
    act = {"act": "recruiting", "date": "2020-07-01", "to_subject_to": {"labor": True}}
    lines = _lines(_labor("2005-05-05", act))[("E", "W")]
    said = [line for line in lines if "contrast 5" in line]
    assert len(said) == 1 and "on age alone" in said[0], lines


def test_no_bands_are_compared_for_a_date_no_text_is_applied_to() -> None:
    """Review 12: acts of 30 June and 1 July 2008 (no § 1591 text encoded before 2009) were
    compared by § 1591(b)'s age bands; the section's own reason is given instead."""
    pattern = FactPattern.model_validate(
        {
            "persons": [{"id": "D"}, {"id": "V", "birth_date": "1994-01-10"}],
            "conduct": [
                {"id": "a", "actor": "D", "person": "V", "act": "recruiting", "date": "2008-06-30",
                 "knowingly": True,
                 "will_be_caused_to_engage_in_commercial_sexual_activity": True},
            ],
        }
    )  # fmt: skip
    (lines,) = _lines(pattern).values()
    federal = _by_law(lines)["§ 1591"]
    assert "age bands" not in federal and "minimum" not in federal
    assert "no text is encoded for the date" in federal
    assert "§ 1590" not in _by_law(lines)  # a labor section in a sex case: still left out
