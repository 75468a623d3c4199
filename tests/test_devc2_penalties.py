"""§ 1591(b) outcomes only on the branches of the facts where the act may be an offense (review B,
item 1): at an age of 18 or more the minor prongs fail, so an adult's outcome ((b)(1) if effected
by the means, else no punishment stated, decision 12) is possible only beside a means prong met
or open. Checked on the review's pattern, and on a grid and generated patterns against the plain
reading of ``tests/oracle_federal.py`` taken one age at a time."""

from __future__ import annotations

import json
from datetime import date
from itertools import product
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

import nm_trafficking as nmt
from nm_trafficking import FactPattern
from tests import oracle_federal as of
from tests.federal_strategies import federal_patterns

TODAY = date(2026, 12, 7)
MEANS = of.MEANS
_FALSE = dict.fromkeys(MEANS, False)


def _act(act: str, federal: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "id": "b",
        "actor": "T",
        "person": "B",
        "act": act,
        "date": "2020-08-01",
        "knowingly": True,
        "federal": {
            "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
            "as_to_commercial_sex_act": {"knew": True},
            **federal,
        },
        **extra,
    }


def _pattern(person: dict[str, Any], act: dict[str, Any]) -> FactPattern:
    return FactPattern.model_validate(
        {"persons": [{"id": "T", "roles": ["trafficker"]}, person], "conduct": [act]}
    )


SEVENTEEN_OR_EIGHTEEN = {"id": "B", "roles": ["victim"], "age": 17, "age_on": "2020-01-01"}


def _grading(a: nmt.Assessment) -> dict[str, Any]:
    doc = json.loads(a.to_json())
    (pair,) = doc["summary"]["pairs"]
    (law,) = [x for x in pair["laws"] if x["law"] == "usc_1591"]
    grading: dict[str, Any] = law["grading"]
    return grading


def test_an_age_of_17_or_18_with_every_means_stated_false_gives_b2_only() -> None:
    """review B f30: the 18-year-old branch meets no prong, so it is no offense at all — not an
    offense "with no punishment stated"."""
    federal = {
        "as_to_age": {"knew": True},
        "knew_means_will_be_used": _FALSE,
        "reckless_disregard_means_will_be_used": _FALSE,
        "offense_effected_by": _FALSE,
    }
    a = nmt.assess(
        _pattern(SEVENTEEN_OR_EIGHTEEN, _act("harboring", federal)), today=TODAY, law="federal"
    )
    grading = _grading(a)
    assert grading["possible"] == ["(b)(2)"]
    assert not grading.get("none_stated_possible", False)
    assert "no punishment stated" not in grading["words"]
    (finding,) = a.findings
    law = finding.jurisdictions["usc_1591"]
    assert law.status == "undetermined"
    assert not law.penalty.none_stated_possible
    assert not law.counts[0].penalty.none_stated_possible
    assert "no punishment" not in law.penalty.words


def test_with_a_means_prong_open_the_adult_branch_keeps_no_punishment_stated() -> None:
    """The contrast: knowledge of the means not stated, so at 18 the means prong may be met and,
    not effected by them, § 1591(b) states no punishment (decision 12)."""
    federal = {"as_to_age": {"knew": True}, "offense_effected_by": _FALSE}
    a = nmt.assess(
        _pattern(SEVENTEEN_OR_EIGHTEEN, _act("harboring", federal)), today=TODAY, law="federal"
    )
    grading = _grading(a)
    assert grading["possible"] == ["(b)(2)"]
    assert grading["none_stated_possible"] is True


# --- the plain reading, one age at a time ---------------------------------------------------


def _periods(p: FactPattern, i: int, as_of: date | None) -> list[tuple[str, set[int] | None]]:
    spread = of._spread(p, i, as_of, TODAY, of.period_1591, of.BOUNDS_1591)
    return spread if spread is not None else [of._period(p, i, as_of, TODAY, of.period_1591)]


def _expected_none(p: FactPattern, i: int, as_of: date | None) -> bool:
    """Whether "no punishment stated" is possible: in some period with a text, at some age the
    facts leave at which a prong is met or open (the prongs read at that age alone)."""
    for period, ages in _periods(p, i, as_of):
        if period in ("none", "undated", "before"):
            continue
        every = sorted(ages) if ages is not None else range(0, 121)
        live = {
            a for a in every if any(x != of.F for x in of._read_1591(p, i, period, {a}).values())
        }
        if live and "none" in (of._bands_1591(p, i, period, live) or set()):
            return True
    return False


def _engine_none(p: FactPattern, as_of: date | None) -> dict[str, bool]:
    out: dict[str, bool] = {}
    for f in nmt.assess(p, as_of=as_of, today=TODAY, law="federal").findings:
        for c in f.jurisdictions["usc_1591"].counts:
            if c.status != "not_met":
                out[c.conduct] = c.penalty.none_stated_possible
    return out


def _expected(p: FactPattern, as_of: date | None) -> dict[str, bool]:
    out: dict[str, bool] = {}
    for i, c in enumerate(p.conduct):
        if any(x != of.F for x in of.statuses_1591(p, i, as_of, TODAY).values()):
            out[c.id] = _expected_none(p, i, as_of)
    return out


_AGES = [
    {"age": 17, "age_on": "2020-01-01"},  # 17 or 18
    {"age": 13, "age_on": "2020-01-01"},  # 13 or 14
    {"age": 16},
    {"age": 25},
    {},  # not known
]
_MEANS_FACTS = [
    {"knew_means_will_be_used": _FALSE, "reckless_disregard_means_will_be_used": _FALSE},
    {},
    {"knew_means_will_be_used": {"fraud": True}},
]
_AGE_FACTS = [
    {"as_to_age": {"knew": True}},
    {"as_to_age": {"knew": False, "reckless_disregard": False}},
    {"as_to_age": {"reckless_disregard": True}},
    {},
]
_EFFECTED = [{"offense_effected_by": _FALSE}, {}, {"offense_effected_by": {"force": True}}]
_ACTS: list[tuple[str, dict[str, Any]]] = [
    ("harboring", {}),
    ("maintaining", {}),
    ("advertising", {}),
    ("benefiting", {"act": "harboring"}),
    ("benefiting", {"act": "maintaining"}),
    ("benefiting", {}),
]
_VENTURE = {
    "person_to_engage_in_commercial_sex_act": True,
    "two_or_more_individuals_associated_in_fact": True,
    "knowingly_assisted_supported_or_facilitated": True,
    "benefit_from_participation": True,
}


@pytest.mark.parametrize(("verb", "venture"), _ACTS)
def test_every_band_combination_agrees_with_the_plain_reading(
    verb: str, venture: dict[str, Any]
) -> None:
    for age, means, age_facts, effected in product(_AGES, _MEANS_FACTS, _AGE_FACTS, _EFFECTED):
        federal = {**means, **age_facts, **effected}
        extra: dict[str, Any] = {}
        if verb == "benefiting":
            federal["venture"] = {**_VENTURE, **venture}
            extra["benefit"] = {"anything_of_value": True}
        p = _pattern({"id": "B", "roles": ["victim"], **age}, _act(verb, federal, **extra))
        assert _engine_none(p, None) == _expected(p, None), (verb, venture, federal, age)


@given(federal_patterns())
@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_punishment_stated_agrees_with_the_plain_reading(pattern: FactPattern) -> None:
    assert _engine_none(pattern, None) == _expected(pattern, None)
