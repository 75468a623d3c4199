"""Review F (session 6), finding 5: a defendant under eighteen at her own act. § 30-52-1's line
says so, with § 32A-2-3(A) [S] quoted as far as related-law-2026-12.md § 6 has it ("'delinquent
act' means an act committed by a child that would be designated as a crime under the law if
committed by an adult …"), and that the basic sentence shown is an adult's (whether it could be
imposed is not assessed: the Children's Code's dispositions are not in the sources)."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import nm_trafficking as nmt
from nm_trafficking.output import json_text
from nm_trafficking.reasoning.notes import DELINQUENT_ACT

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT.parent / "shared" / "statute" / "related-law-2026-12.md"
TODAY = date(2026, 12, 7)
A2 = {"knowingly": True, "will_be_caused_to_engage_in_commercial_sexual_activity": True}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _assess(k: dict[str, Any], act: dict[str, Any] | None = None, **kw: Any) -> nmt.Assessment:
    """K drives V (15) to buyers on 6 June 2025; ``k``: what is stated of K's age."""
    persons = [{"id": "K", **k}, {"id": "V", "birth_date": "2010-03-03"}]
    conduct = [{"id": "drive", "actor": "K", "person": "V", "act": "transporting",
                "date": "2025-06-06", **A2, **(act or {})}]  # fmt: skip
    return nmt.assess(nmt.from_dict({"persons": persons, "conduct": conduct}), today=TODAY, **kw)


def _state_line(a: nmt.Assessment) -> str:
    (pair,) = a.summary.pairs
    (law,) = [x for x in pair.laws if x.law == "nm_30_52_1"]
    return law.why or ""


@pytest.mark.skipif(not REFERENCE.exists(), reason="shared/statute reference not beside the repo")
def test_the_delinquent_act_words_are_verbatim_from_the_reference() -> None:
    source = _norm(REFERENCE.read_text(encoding="utf-8"))
    assert _norm(DELINQUENT_ACT.removesuffix(" …")) in source
    assert DELINQUENT_ACT.startswith("'delinquent act' means an act committed by a child")


@pytest.mark.statute("30-52-1(A)(2)", "30-52-1(C)(1)")
@pytest.mark.parametrize("law", ["nm", "all"])
def test_a_defendant_aged_17_at_her_act_is_said_to_be_under_eighteen(law: str) -> None:
    a = _assess({"birth_date": "2008-02-01"}, law=law)
    said = _norm(_state_line(a))
    assert said.startswith(
        "Defendant K was under eighteen at the transporting of 6 June 2025 (aged 17): "
    )
    assert f"§ 32A-2-3(A) [S]: “{DELINQUENT_ACT}”" in said
    assert (
        "The basic sentence shown is an adult's; whether it could be imposed is not assessed"
        in said
    )
    text = _norm(a.explain())
    assert (
        "second degree felony (basic sentence 9 years [S]). Defendant K was under eighteen" in text
    )
    # the JSON's comparison stays what separates the laws (or why § 30-52-1 is not met)
    assert "under eighteen" not in json.dumps(
        json.loads(json_text(a))["summary"]["pairs"][0].get("comparison", [])
    )


@pytest.mark.statute("30-52-1(A)(2)")
def test_a_defendant_whose_age_at_the_act_is_open_may_have_been_under_eighteen() -> None:
    # 18 on 1 January 2026: 17 or 18 on 6 June 2025
    said = _norm(_state_line(_assess({"age": 18, "age_on": "2026-01-01"}, law="nm")))
    assert said.startswith(
        "Defendant K may have been under eighteen at the transporting of 6 June 2025 "
        "(aged 17 to 18)"
    )
    # a plain age: the age at some act toward K, not a date: under eighteen, K may have been
    assert _state_line(_assess({"age": 16}, law="nm")).startswith(
        "Defendant K may have been under eighteen"
    )
    # a plain age at a dated act toward her (16 on 1 February 2025, as the library reads a
    # victim's): 16 or 17 on 6 June 2025, under eighteen either way; lower-case ids kept
    toward_k = {"id": "k", "actor": "T", "person": "K", "act": "obtaining", "date": "2025-02-01",
                **A2}  # fmt: skip
    persons = [{"id": "T"}, {"id": "K", "age": 16}, {"id": "V", "birth_date": "2010-03-03"}]
    drive = {"id": "drive", "actor": "K", "person": "V", "act": "transporting",
             "date": "2025-06-06", **A2}  # fmt: skip
    a = nmt.assess(nmt.from_dict({"persons": persons, "conduct": [toward_k, drive]}), today=TODAY)
    (pair,) = [p for p in a.summary.pairs if p.defendant == "K"]
    # (K is also a victim of T's obtaining, which meets § 30-52-1: said first, review O4)
    assert _norm(pair.laws[0].why or "").startswith(
        "K is also a victim: T's obtaining of 1 February 2025 meets § 30-52-1 (§ 30-52-1(E) bars "
        "only a charge as an accessory). Defendant K was under eighteen at the transporting of "
        "6 June 2025 (aged 16 to 17)"
    )


@pytest.mark.statute("30-52-1(A)(2)")
def test_nothing_is_said_of_an_adult_an_unknown_age_or_an_act_that_does_not_meet() -> None:
    assert _state_line(_assess({"birth_date": "2007-06-06"}, law="nm")) == ""  # 18 that day
    assert _state_line(_assess({}, law="nm")) == ""  # nothing stated of K's age
    assert _state_line(_assess({"age": 30}, law="nm")) == ""
    # not met: the line says why it is not met, nothing of K's age
    not_met = _state_line(_assess({"birth_date": "2008-02-01"}, {"knowingly": False}, law="nm"))
    assert "eighteen" not in not_met


@pytest.mark.statute("30-52-1(A)(2)", "30-52-1(E)")
def test_a_helper_under_eighteen_is_told_the_degree_s_sentence_is_an_adult_s() -> None:
    """A helper's line gives the degree of the offense aided with its basic sentence: a helper
    aged 16 at the act aided gets the same words; one § 30-52-1(E) bars does not (no charge)."""
    persons = [{"id": "T"}, {"id": "h", "birth_date": "2008-09-01"},
               {"id": "U", "birth_date": "2011-04-04"}]  # fmt: skip
    rec = {"id": "rec", "actor": "T", "person": "U", "act": "recruiting", "date": "2025-06-07",
           **A2, "accessories": [{"person": "h", "abetted": True,
                                  "intended_that_the_offense_be_committed": True}]}  # fmt: skip

    def helper(*more: dict[str, Any]) -> Any:
        pattern = nmt.from_dict({"persons": persons, "conduct": [*more, rec]})
        (x,) = nmt.assess(pattern, today=TODAY, law="nm").summary.accessories
        return x

    said = _norm(helper().words)
    assert "the degree of the offense aided. h was under eighteen at the recruiting of " \
        "7 June 2025 (aged 16): the Children's Code may govern" in said  # fmt: skip
    assert "The basic sentence shown is an adult's" in said
    groom = {"id": "g", "actor": "T", "person": "h", "act": "recruiting", "date": "2025-01-10",
             **A2}  # fmt: skip
    barred = helper(groom)
    assert barred.bar == "applies" and "under eighteen" not in barred.words
