"""The court form after prosecutors' review 9 (federal) and 8 (state): the open line of an
advertising act offers knowledge only; a paragraph or prong is drafted only where a fact stated
supports what sets it apart (the others are named, in one line, as left out); the state's
"drafted" label is said once per paragraph; "§" never ends a line; an alternative the facts
leave impossible (knowledge of a means when the commercial sex act is stated not known) is not
drafted."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import nm_trafficking as nmt
from nm_trafficking import FactPattern
from nm_trafficking.render.instructions import Instruction, PairForm, court_form, render
from nm_trafficking.statute import jury_instructions as ji

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 12, 1)
NO_MEANS_EFFECTED = {
    m: False
    for m in (
        "force",
        "threats_of_force",
        "fraud",
        "coercion_threats_of_serious_harm_or_restraint",
        "coercion_scheme_plan_or_pattern",
        "coercion_abuse_of_legal_process",
    )
}
COMMERCE = {"jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True}}


def _pattern(conduct: dict[str, Any], birth: str) -> FactPattern:
    return FactPattern.model_validate(
        {
            "persons": [
                {"id": "D", "roles": ["trafficker"]},
                {"id": "V", "roles": ["victim"], "birth_date": birth},
            ],
            "conduct": [{"id": "c", "actor": "D", "person": "V", "knowingly": True, **conduct}],
        }
    )


def _pairs(pattern: FactPattern, law: str = "all", facts: bool = True) -> tuple[PairForm, ...]:
    a = nmt.assess(pattern, today=TODAY, law=law)  # type: ignore[arg-type]
    return court_form(a, pattern if facts else None).pairs


def _drafted(pattern: FactPattern, law: str = "all", facts: bool = True) -> list[Instruction]:
    return [i for p in _pairs(pattern, law, facts) for i in p.instructions]


def _one(found: list[Instruction], citation: str, title_part: str) -> Instruction:
    hits = [i for i in found if i.citation == citation and title_part in i.title]
    assert len(hits) == 1, [(i.citation, i.title) for i in found]
    return hits[0]


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# --- 1. advertising: the open line offers knowledge only ---------------------------------------

ADVERTISING_MINOR = {
    "act": "advertising",
    "date": "2016-07-01",
    "federal": {
        **COMMERCE,
        "as_to_age": {"knew": True},
        "as_to_commercial_sex_act": {"knew": True},
        "offense_effected_by": NO_MEANS_EFFECTED,
    },
}
"""Review 9, f29: an advertiser who knew the girl was 15; no means known or disregarded is
stated."""


@pytest.mark.statute("18 U.S.C. § 1591(a)(1) force, fraud or coercion")
def test_advertising_open_line_offers_only_knowledge() -> None:
    # drafted without the facts (nothing is then ruled out, and nothing left out)
    found = _drafted(_pattern(ADVERTISING_MINOR, "2001-01-15"), law="federal", facts=False)
    means = _one(found, "18 U.S.C. § 1591(a)(1)", "force")
    second = means.elements[1]
    assert second.text.startswith("the defendant knew that ")
    assert second.open is not None
    assert "reckless disregard" not in second.open, second.open
    assert "knowing that force, threats of force, fraud or coercion will be used" in second.open


@pytest.mark.statute("18 U.S.C. § 1591(a)(1) force, fraud or coercion")
def test_advertising_open_line_knowledge_only_where_the_facts_contradict() -> None:
    conduct = {
        "act": "advertising",
        "date": "2022-06-01",
        "federal": {
            **COMMERCE,
            "knew_means_will_be_used": {"force": True},
            "as_to_commercial_sex_act": {"knew": False},
        },
    }
    found = _drafted(_pattern(conduct, "1990-01-01"), law="federal")
    second = _one(found, "18 U.S.C. § 1591(a)(1)", "force").elements[1]
    assert second.open is not None
    label = second.open.split("; the facts contradict", 1)[0]
    assert "knowing that force, threats of force, fraud or coercion will be used" in label
    assert "reckless disregard" not in label


# --- 2. only the prongs a fact supports are drafted ---------------------------------------------

RECRUITING_13 = {
    "act": "recruiting",
    "date": "2019-06-10",
    "will_be_caused_to_engage_in_commercial_sexual_activity": True,
    "federal": {
        **COMMERCE,
        "as_to_age": {"knew": False, "reckless_disregard": False},
        "reasonable_opportunity_to_observe": True,
        "as_to_commercial_sex_act": {"knew": True},
        "offense_effected_by": NO_MEANS_EFFECTED,
    },
}
"""Review 9, f01: a recruiter of a 13-year-old for sex; no means stated, none effected."""


def test_prongs_no_fact_supports_are_left_out_and_named() -> None:
    pattern = _pattern(RECRUITING_13, "2006-05-01")
    (pair,) = _pairs(pattern)
    drafted = {(i.citation, i.title) for i in pair.instructions}
    titles = {t for _, t in drafted}
    # the minor prongs are met: drafted
    assert ("NMSA 1978, § 30-52-1(A)(2)", next(t for t in titles if "Minor" in t)) in drafted
    assert any(c == "18 U.S.C. § 1591(a)(1)" and "under 18" in t for c, t in drafted)
    # no fact supports a means, labor or services: not drafted
    assert not any(c == "NMSA 1978, § 30-52-1(A)(1)" for c, _ in drafted)
    assert not any(c == "18 U.S.C. § 1591(a)(1)" and "force" in t for c, t in drafted)
    assert not any(c == "18 U.S.C. § 1590(a)" for c, _ in drafted)
    # ... and said so, once, in one line
    assert pair.left_out is not None
    line = pair.left_out
    for cited in ("§ 30-52-1(A)(1)", "§ 1591(a)(1)"):
        assert cited in line
    # § 1590, whose questions the summary does not ask (no labor or services at issue), is not
    # at issue: not named (review Z3 2 of session 8)
    assert "§ 1590" not in line
    assert "\n" not in line
    text = render(nmt.assess(pattern, today=TODAY), pattern)
    assert _flat(line) in _flat(text)
    # without the facts nothing is left out, but the summary's decision still holds
    drafted = {i.citation for i in _drafted(pattern, facts=False)}
    assert "18 U.S.C. § 1591(a)(1)" in drafted and "18 U.S.C. § 1590(a)" not in drafted


def test_motel_venture_1589b_left_out() -> None:
    pattern = nmt.load(ROOT / "examples" / "federal_motel_venture.yaml")
    pairs = {p.defendant: p for p in _pairs(pattern, law="federal")}
    motel = pairs["M"]
    assert not any(i.citation == "18 U.S.C. § 1589(b)" for i in motel.instructions)
    assert any(i.citation == "18 U.S.C. § 1591(a)(2)" for i in motel.instructions)
    # the summary asks none of § 1589's questions of M (no labor or services at issue): § 1589(b)
    # is not named (review Z3 2 of session 8)
    assert motel.left_out is None or "§ 1589" not in motel.left_out


def test_a_prong_a_fact_supports_is_drafted_though_open() -> None:
    conduct = {
        "act": "recruiting",
        "date": "2019-06-10",
        "federal": {"knew_means_will_be_used": {"fraud": True}},
    }  # commerce not stated: open, but the means is known
    pattern = _pattern(conduct, "1990-01-01")
    (pair,) = _pairs(pattern, law="federal")
    means = _one(list(pair.instructions), "18 U.S.C. § 1591(a)(1)", "force")
    assert means.status == "undetermined"
    assert pair.left_out is None or "§ 1591(a)(1)" not in pair.left_out


def test_a_means_effected_supports_the_means_prong() -> None:
    conduct = {
        "act": "recruiting",
        "date": "2019-06-10",
        "federal": {**COMMERCE, "offense_effected_by": {"fraud": True}},
    }
    found = _drafted(_pattern(conduct, "1990-01-01"), law="federal")
    assert _one(found, "18 U.S.C. § 1591(a)(1)", "force").status == "undetermined"


# --- 3. the state's label said once ---------------------------------------------------------------


def test_state_label_said_once_per_paragraph() -> None:
    conduct = {
        "act": "soliciting",
        "date": "2021-06-14",
        "will_be_caused_to_engage_in_commercial_sexual_activity": True,
    }
    pattern = _pattern(conduct, "2009-01-01")
    text = render(nmt.assess(pattern, today=TODAY, law="nm"), pattern)
    label = ji.STATE_FORM[0].upper() + ji.STATE_FORM[1:] + "."
    blocks = _flat(text).split("NMSA 1978, § 30-52-1(A)(2) — ")[1:]
    assert blocks
    for block in blocks:
        assert block.count(label) == 1, block
    (i,) = _drafted(pattern, law="nm")
    assert i.degree is not None and label not in i.degree


# --- 4. "§" stays with its number ----------------------------------------------------------------


@pytest.mark.parametrize("path", sorted((ROOT / "examples").glob("*.yaml")), ids=lambda p: p.name)
def test_section_sign_never_ends_a_line(path: Path) -> None:
    pattern = nmt.load(path)
    for law in ("all", "federal"):
        text = render(nmt.assess(pattern, today=TODAY, law=law), pattern)  # type: ignore[arg-type]
        ends = [line for line in text.splitlines() if re.search(r"(^|\s)§$", line)]
        assert not ends, ends


# --- 5. knowledge ruled out where the commercial sex act is stated not known --------------------


@pytest.mark.statute("18 U.S.C. § 1591(a)(1) force, fraud or coercion")
def test_means_knowledge_not_drafted_when_the_sex_act_is_stated_not_known() -> None:
    conduct = {
        "act": "recruiting",
        "date": "2019-06-10",
        "federal": {
            **COMMERCE,
            "as_to_commercial_sex_act": {"knew": False},
            "offense_effected_by": {"fraud": True},
        },
    }
    found = _drafted(_pattern(conduct, "1990-01-01"), law="federal")
    second = _one(found, "18 U.S.C. § 1591(a)(1)", "force").elements[1]
    assert second.text.startswith("the defendant was in reckless disregard of the fact that ")
    assert "knew" not in second.text
    assert second.open is not None
    assert second.open.endswith(
        "the facts stated rule out knowledge (the commercial sex act is stated not known)."
    )


def test_a_purpose_of_commercial_sex_supports_the_minor_paragraph_where_the_age_is_unknown() -> (
    None
):
    """Review 8, p32: the age is not stated; force and a purpose of commercial sexual activity
    are: (A)(2) stays drafted, open on the age (the purpose is a fact toward its intent)."""
    pattern = FactPattern.model_validate(
        {
            "persons": [{"id": "D", "roles": ["trafficker"]}, {"id": "V", "roles": ["victim"]}],
            "conduct": [
                {
                    "id": "r",
                    "actor": "D",
                    "person": "V",
                    "act": "obtaining",
                    "date": "2022-06-06",
                    "knowingly": True,
                    "means_will_be_used": {"force": True},
                    "to_subject_to": {"commercial_sexual_activity": True},
                }
            ],
        }
    )
    found = _drafted(pattern, law="nm")
    assert _one(found, "NMSA 1978, § 30-52-1(A)(2)", "Minor").status == "undetermined"
