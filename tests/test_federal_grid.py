"""Exhaustive grids over the facts where the federal texts draw their finest lines — the verbs
of each text, the dates between texts, the mental states (knowledge, reckless disregard, a
reasonable opportunity to observe, advertising's knowledge only), the venture, the penalty
bands — each pattern checked against the independent reading in ``tests/oracle_federal.py``.

Random generation rarely meets a combination such as "advertising, 2016, reckless about age,
saw the person": the grids meet every one."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from nm_trafficking import FactPattern
from nm_trafficking.facts import Act
from tests.federal_strategies import LABOR_MEANS
from tests.test_federal_differential import TODAY, _engine, _expected

T3 = (True, False, None)
DATES = (
    date(1999, 6, 1),
    date(2005, 6, 1),
    date(2009, 6, 1),
    date(2012, 6, 1),
    date(2015, 5, 29),
    date(2016, 6, 1),
    date(2018, 4, 11),
    date(2020, 6, 1),
)
NO_MEANS = {
    "force": False,
    "threats_of_force": False,
    "fraud": False,
    "coercion_threats_of_serious_harm_or_restraint": False,
    "coercion_scheme_plan_or_pattern": False,
    "coercion_abuse_of_legal_process": False,
}
VERBS = [a.value for a in Act]


def _pattern(act: str, day: date, age: int, federal: dict[str, Any], **conduct: Any) -> Any:
    return FactPattern.model_validate(
        {
            "persons": [{"id": "D"}, {"id": "V", "age": age}],
            "conduct": [
                {
                    "id": "c",
                    "actor": "D",
                    "person": "V",
                    "act": act,
                    "date": day,
                    "knowingly": True,
                    "benefit": {"financially": True},
                    **conduct,
                    "federal": federal,
                }
            ],
        }
    )


def _truths(**values: bool | None) -> dict[str, bool]:
    return {k: v for k, v in values.items() if v is not None}


def age_mental_state() -> Iterator[Any]:
    for act, day, age, knew, reckless, observe in itertools.product(
        VERBS, DATES, (15, 18), T3, T3, T3
    ):
        yield _pattern(
            act,
            day,
            age,
            {
                "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
                "as_to_age": _truths(knew=knew, reckless_disregard=reckless),
                **({"reasonable_opportunity_to_observe": observe} if observe is not None else {}),
                "as_to_commercial_sex_act": {"knew": True},
                "knew_means_will_be_used": NO_MEANS,
                "offense_effected_by": NO_MEANS,
            },
        )


def means_and_commercial_sex() -> Iterator[Any]:
    acts = ("advertising", "harboring", "patronizing", "maintaining", "benefiting", "enticing")
    for act, day, knew, reckless, csa_knew, csa_reckless in itertools.product(
        acts, DATES, T3, T3, T3, T3
    ):
        yield _pattern(
            act,
            day,
            16,
            {
                "jurisdiction": {"within_special_maritime_and_territorial_jurisdiction": True},
                "knew_means_will_be_used": {**NO_MEANS, **_truths(fraud=knew)},
                "reckless_disregard_means_will_be_used": {**NO_MEANS, **_truths(force=reckless)},
                "as_to_age": {"knew": True},
                "as_to_commercial_sex_act": _truths(knew=csa_knew, reckless_disregard=csa_reckless),
                "venture": {
                    "act": act if act != "benefiting" else "harboring",
                    "person_to_engage_in_commercial_sex_act": True,
                    "two_or_more_individuals_associated_in_fact": True,
                    "knowingly_assisted_supported_or_facilitated": True,
                    "participated": True,
                    "benefit_from_participation": True,
                },
            },
        )


def venture() -> Iterator[Any]:
    venture_acts = (None, "advertising", "harboring", "patronizing", "maintaining", "benefiting")
    for venture_act, day, knew, reckless, means_reckless, group, assisted in itertools.product(
        venture_acts, DATES, T3, T3, T3, T3, (True, False)
    ):
        federal: dict[str, Any] = {
            "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
            "as_to_age": _truths(knew=knew, reckless_disregard=reckless),
            "as_to_commercial_sex_act": {"reckless_disregard": True},
            "reckless_disregard_means_will_be_used": _truths(force=means_reckless),
            "venture": {
                **_truths(two_or_more_individuals_associated_in_fact=group),
                "person_to_engage_in_commercial_sex_act": True,
                "knowingly_assisted_supported_or_facilitated": assisted,
                "participated": not assisted,
                "benefit_from_participation": True,
            },
        }
        if venture_act is not None:
            federal["venture"]["act"] = venture_act
        yield _pattern("benefiting", day, 16, federal)


def penalties() -> Iterator[Any]:
    cases = (
        ("harboring", None),
        ("maintaining", None),
        ("patronizing", None),
        ("benefiting", "harboring"),
        ("benefiting", "maintaining"),
        ("benefiting", None),
    )
    for (act, venture_act), day, age, effected in itertools.product(
        cases, (date(2012, 6, 1), date(2016, 6, 1), date(2020, 6, 1)), (12, 13, 14, 17, 18, 25), T3
    ):
        federal: dict[str, Any] = {
            "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
            "as_to_age": {"knew": True},
            "as_to_commercial_sex_act": {"knew": True},
            "knew_means_will_be_used": {**NO_MEANS, "force": True},
            "offense_effected_by": {**NO_MEANS, **_truths(force=effected)},
            "venture": {
                "person_to_engage_in_commercial_sex_act": True,
                "two_or_more_individuals_associated_in_fact": True,
                "knowingly_assisted_supported_or_facilitated": True,
                "participated": True,
                "benefit_from_participation": True,
            },
        }
        if venture_act is not None:
            federal["venture"]["act"] = venture_act
        yield _pattern(act, day, age, federal)


def labor() -> Iterator[Any]:
    means_sets = (
        {"force": True},  # not in the 2000 text
        {"threats_of_serious_harm": True},  # in both texts
        # the 2000 text's "(1) by threats of serious harm to, or physical restraint against":
        # each of these alone is within it on one reading only (review 9)
        {**dict.fromkeys(LABOR_MEANS, False), "threats_of_physical_restraint": True},
        {**dict.fromkeys(LABOR_MEANS, False), "physical_restraint": True},
        dict.fromkeys(("force", "threats_of_serious_harm", "physical_restraint"), False),
        {
            "force": False,
            "threats_of_force": False,
            "physical_restraint": False,
            "threats_of_physical_restraint": False,
            "serious_harm": False,
            "threats_of_serious_harm": False,
            "abuse_or_threatened_abuse_of_law_or_legal_process": False,
            "scheme_plan_or_pattern": False,
        },
    )
    aggravations = (
        {"attempt_to_commit_aggravated_sexual_abuse": True},
        {
            "death_results": False,
            "kidnapping": False,
            "attempt_to_kidnap": False,
            "aggravated_sexual_abuse": False,
            "attempt_to_kill": False,
        },
        {},
    )
    for act, day, of_person, means, aggravation, completed in itertools.product(
        VERBS, (date(2005, 6, 1), date(2009, 6, 1), date(2012, 6, 1)), T3, means_sets,
        aggravations, T3,
    ):  # fmt: skip
        yield _pattern(
            act,
            day,
            30,
            {
                "labor": {
                    **_truths(labor_or_services_of_the_person=of_person),
                    "for_labor_or_services": True,
                    **_truths(chapter_77_violation_completed=completed),
                    "chapter_77_violation_intended_or_known": True,
                },
                "labor_means": means,
                "aggravation": aggravation,
                "venture": {
                    "participated": True,
                    "benefit_from_participation": True,
                    "engaged_in_labor_or_services_by_1589_means": True,
                    "as_to_labor_means": {"reckless_disregard": True},
                },
            },
        )


GRIDS = {
    "age_mental_state": age_mental_state,
    "means_and_commercial_sex": means_and_commercial_sex,
    "venture": venture,
    "penalties": penalties,
    "labor": labor,
}


@pytest.mark.statute(
    "18 U.S.C. § 1591(a)(1) force, fraud or coercion",
    "18 U.S.C. § 1591(a)(1) minor",
    "18 U.S.C. § 1591(a)(2) force, fraud or coercion",
    "18 U.S.C. § 1591(a)(2) minor",
    "18 U.S.C. § 1589(a)",
    "18 U.S.C. § 1589(b)",
    "18 U.S.C. § 1590(a)",
)
@pytest.mark.parametrize("grid", list(GRIDS))
def test_every_combination_of_the_grid_agrees_with_the_plain_reading(grid: str) -> None:
    checked = 0
    for pattern in GRIDS[grid]():
        assert _engine(pattern, None) == _expected(pattern, None), pattern.model_dump(
            mode="json", exclude_defaults=True
        )
        checked += 1
    assert checked > 200
    assert TODAY.year == 2026
