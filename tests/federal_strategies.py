"""Hypothesis strategies for fact patterns with federal facts (the ``federal`` block of each
act), with dates spread over the federal texts' periods and their boundaries."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from hypothesis import strategies as st

from nm_trafficking.facts import Act, FactPattern
from nm_trafficking.testing import LATEST, _earliest_birth, fact_pattern_dicts

_truth = st.sampled_from([True, True, False, None])
"""A three-valued fact, true half the time (a prong is met only when every element is)."""

MEANS = (
    "force",
    "threats_of_force",
    "fraud",
    "coercion_threats_of_serious_harm_or_restraint",
    "coercion_scheme_plan_or_pattern",
    "coercion_abuse_of_legal_process",
)
LABOR_MEANS = (
    "force",
    "threats_of_force",
    "physical_restraint",
    "threats_of_physical_restraint",
    "serious_harm",
    "threats_of_serious_harm",
    "abuse_or_threatened_abuse_of_law_or_legal_process",
    "scheme_plan_or_pattern",
)
AGGRAVATIONS = (
    "death_results",
    "kidnapping",
    "attempt_to_kidnap",
    "aggravated_sexual_abuse",
    "attempt_to_commit_aggravated_sexual_abuse",
    "attempt_to_kill",
)

BOUNDARIES = [
    date(1999, 6, 1),
    date(2000, 10, 27),
    date(2000, 10, 28),
    date(2008, 12, 22),
    date(2008, 12, 23),
    date(2009, 12, 31),
    date(2010, 1, 1),
    date(2015, 5, 28),
    date(2015, 5, 29),
    date(2015, 5, 30),  # the day after an enactment day (either text applies on it)
    date(2018, 4, 10),
    date(2018, 4, 11),
    date(2018, 4, 12),
    date(2018, 12, 20),
    date(2018, 12, 21),
]

federal_dates = st.one_of(st.sampled_from(BOUNDARIES), st.dates(date(1998, 1, 1), LATEST))


def _consistent_labor(labor: dict[str, Any]) -> bool:
    """The two § 1589(a) facts never say opposite things (the model refuses that)."""
    a = labor.get("labor_or_services_of_the_person")
    b = labor.get("provided_or_obtained_labor_or_services")
    return a is None or b is None or a == b


def _group(keys: tuple[str, ...], values: st.SearchStrategy[Any] = _truth) -> Any:
    return st.fixed_dictionaries({}, optional={k: values for k in keys})


def _bias_true(keys: tuple[str, ...]) -> Any:
    """Mostly all false or one true: the interesting cases of an any-of group."""
    return st.one_of(
        _group(keys),
        st.just(dict.fromkeys(keys, False)),
        st.sampled_from(keys).map(lambda k: {**dict.fromkeys(keys, False), k: True}),
    )


venture = st.fixed_dictionaries(
    {},
    optional={
        "act": st.one_of(st.none(), st.sampled_from([a.value for a in Act])),
        "person_to_engage_in_commercial_sex_act": _truth,
        "two_or_more_individuals_associated_in_fact": _truth,
        "knowingly_assisted_supported_or_facilitated": _truth,
        "participated": _truth,
        "benefit_from_participation": _truth,
        "engaged_in_labor_or_services_by_1589_means": _truth,
        "as_to_labor_means": _group(("knew", "reckless_disregard")),
    },
)

federal_blocks = st.fixed_dictionaries(
    {},
    optional={
        "jurisdiction": _group(
            (
                "in_or_affecting_interstate_or_foreign_commerce",
                "within_special_maritime_and_territorial_jurisdiction",
            )
        ),
        "knew_means_will_be_used": _bias_true(MEANS),
        "reckless_disregard_means_will_be_used": _bias_true(MEANS),
        "as_to_age": _group(("knew", "reckless_disregard")),
        "reasonable_opportunity_to_observe": _truth,
        "as_to_commercial_sex_act": _group(("knew", "reckless_disregard")),
        "offense_effected_by": _bias_true(MEANS),
        "venture": venture,
        "labor": _group(
            (
                "labor_or_services_of_the_person",
                "provided_or_obtained_labor_or_services",
                "for_labor_or_services",
                "chapter_77_violation_completed",
                "chapter_77_violation_intended_or_known",
            )
        ).filter(_consistent_labor),
        "labor_means": _bias_true(LABOR_MEANS),
        "aggravation": _bias_true(AGGRAVATIONS),
    },
)


_dense_truth = st.sampled_from([True, True, True, False, None])


def _dense(keys: tuple[str, ...]) -> Any:
    return st.fixed_dictionaries(dict.fromkeys(keys, _dense_truth))


dense_federal_blocks = st.fixed_dictionaries(
    {
        "jurisdiction": _dense(
            (
                "in_or_affecting_interstate_or_foreign_commerce",
                "within_special_maritime_and_territorial_jurisdiction",
            )
        ),
        "knew_means_will_be_used": _bias_true(MEANS),
        "reckless_disregard_means_will_be_used": _bias_true(MEANS),
        "as_to_age": _dense(("knew", "reckless_disregard")),
        "reasonable_opportunity_to_observe": _dense_truth,
        "as_to_commercial_sex_act": _dense(("knew", "reckless_disregard")),
        "offense_effected_by": _bias_true(MEANS),
        "venture": st.fixed_dictionaries(
            {
                "act": st.one_of(st.none(), st.sampled_from([a.value for a in Act])),
                "person_to_engage_in_commercial_sex_act": _dense_truth,
                "two_or_more_individuals_associated_in_fact": _dense_truth,
                "knowingly_assisted_supported_or_facilitated": _dense_truth,
                "participated": _dense_truth,
                "benefit_from_participation": _dense_truth,
                "engaged_in_labor_or_services_by_1589_means": _dense_truth,
                "as_to_labor_means": _dense(("knew", "reckless_disregard")),
            }
        ),
        "labor": _dense(
            (
                "labor_or_services_of_the_person",
                "provided_or_obtained_labor_or_services",
                "for_labor_or_services",
                "chapter_77_violation_completed",
                "chapter_77_violation_intended_or_known",
            )
        ).filter(_consistent_labor),
        "labor_means": _bias_true(LABOR_MEANS),
        "aggravation": _bias_true(AGGRAVATIONS),
    }
)
"""Every federal fact stated (true most of the time), so that prongs are met and the rules
that tell them apart are reached."""


@st.composite
def _focused(draw: st.DrawFn) -> dict[str, Any]:
    """One actor, one person of a known age near the federal thresholds (14, 18), one or two
    acts with a federal block: the patterns where the federal rules differ most."""
    person: dict[str, Any] = {"id": "V"}
    if draw(st.booleans()):
        person["age"] = draw(st.sampled_from([12, 13, 14, 15, 16, 17, 18, 19, 25]))
    else:
        person["birth_date"] = draw(st.dates(date(1985, 1, 1), date(2012, 12, 31)))
    acts = []
    for n in range(draw(st.integers(1, 2))):
        act: dict[str, Any] = {
            "id": f"c{n}",
            "actor": "D",
            "person": "V",
            "act": draw(
                st.sampled_from(
                    ["benefiting", "advertising", "patronizing", "soliciting", "maintaining"]
                    + [a.value for a in Act]
                )
            ),
            "knowingly": draw(_dense_truth),
            "benefit": draw(_dense(("financially", "anything_of_value"))),
            "federal": draw(dense_federal_blocks),
        }
        day = draw(st.one_of(st.none(), federal_dates))
        born = person.get("birth_date")
        if day is not None and born is not None and day < born:
            day = min(born + timedelta(days=draw(st.integers(0, 9000))), LATEST)
        if day is not None:
            act["date"] = day
        believed = draw(st.one_of(st.none(), st.integers(10, 30)))
        if believed is not None:
            act["believed_age"] = believed
        acts.append(act)
    return {"persons": [{"id": "D"}, person], "conduct": acts}


@st.composite
def federal_pattern_dicts(draw: st.DrawFn, max_persons: int = 3, max_conduct: int = 3) -> Any:
    """Fact-pattern documents whose acts may carry a federal block and federal-period dates:
    half of them focused (one pair, a known age, every act with federal facts), half any
    pattern with federal blocks added."""
    if draw(st.booleans()):
        return draw(_focused())
    doc: dict[str, Any] = draw(fact_pattern_dicts(max_persons, max_conduct))
    births = {p["id"]: _earliest_birth(p) for p in doc["persons"]}
    for act in doc["conduct"]:
        if draw(st.booleans()):
            act["federal"] = draw(federal_blocks)
        if draw(st.booleans()):
            day = draw(federal_dates)
            born = births[act["person"]]
            if born is not None and day < born:
                day = min(born + timedelta(days=draw(st.integers(0, 9000))), LATEST)
            act["date"] = day
    return doc


def federal_patterns(max_persons: int = 3, max_conduct: int = 3) -> Any:
    """Valid :class:`FactPattern` objects with federal facts."""
    return federal_pattern_dicts(max_persons, max_conduct).map(FactPattern.model_validate)
