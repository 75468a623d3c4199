"""Prosecutor review 9, federal items: the 2000 text of § 1589(1) read both ways, the § 1589(a)
question listing the means of the text applied, the labels of an undated act and of the dated
texts, the penalty when an aggravation is stated, and the words describing the pre-2008 § 1591.

Each expectation is read from the reference (``shared/statute/federal-18-usc-1589-1590-1591.md``),
not from the library's output."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import nm_trafficking as nmt
from nm_trafficking.facts import FactPattern
from tests import oracle_federal

TODAY = date(2026, 12, 7)
A = "18 U.S.C. § 1589(a)"

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


def _labor(day: str, **means: bool) -> FactPattern:
    return nmt.FactPattern.model_validate(
        {
            "persons": [
                {"id": "E", "roles": ["trafficker"]},
                {"id": "W", "roles": ["victim"], "birth_date": "1970-01-01"},
            ],
            "conduct": [
                {
                    "id": "work",
                    "actor": "E",
                    "person": "W",
                    "act": "obtaining",
                    "date": day,
                    "knowingly": True,
                    "federal": {
                        "labor": {"labor_or_services_of_the_person": True},
                        "labor_means": means,
                    },
                }
            ],
        }
    )


def _all_false_but(**true: bool) -> dict[str, bool]:
    return {m: true.get(m, False) for m in LABOR_MEANS}


def _s1589(pattern: FactPattern) -> Any:
    return nmt.assess(pattern, today=TODAY, law="federal").findings[0].jurisdictions["usc_1589"]


def _means(pattern: FactPattern) -> Any:
    (element,) = [e for e in _s1589(pattern).prongs[A].elements if e.element == "labor_means"]
    return element


# 1. § 1589 (2000), "(1) by threats of serious harm to, or physical restraint against, that
# person or another person" (reference § 2.3, [P]): "threats of" may govern both objects, or
# "physical restraint" may be a means of its own. Neither reading is settled by the reference,
# so a fact that meets the words on one reading only leaves the means open.


@pytest.mark.parametrize(
    ("stated", "expected"),
    [
        # threats of physical restraint: within the words only if "threats of" governs both
        ({"threats_of_physical_restraint": True}, "undetermined"),
        # physical restraint itself: within the words only if it is a means of its own
        ({"physical_restraint": True}, "undetermined"),
        # both: within the words on either reading
        ({"physical_restraint": True, "threats_of_physical_restraint": True}, "met"),
        ({"threats_of_serious_harm": True}, "met"),
        ({"scheme_plan_or_pattern": True}, "met"),
        ({"abuse_or_threatened_abuse_of_law_or_legal_process": True}, "met"),
        # force and serious harm itself are not means of the 2000 text on either reading
        ({"force": True, "threats_of_force": True, "serious_harm": True}, "not_met"),
        ({}, "not_met"),
    ],
)
def test_the_2000_text_meets_the_means_only_on_a_fact_within_either_reading(
    stated: dict[str, bool], expected: str
) -> None:
    pattern = _labor("2005-05-01", **_all_false_but(**stated))
    assert _means(pattern).status == expected
    assert _s1589(pattern).prongs[A].status == expected
    assert oracle_federal.statuses_1589(pattern, 0, None, TODAY)["a"] == expected


def test_the_2000_means_are_not_met_only_when_each_reading_s_means_is_false() -> None:
    """Threats of physical restraint unstated with physical restraint false: open (the first
    reading's means is not stated false); the other way round likewise."""
    for unstated in ("threats_of_physical_restraint", "physical_restraint"):
        means = _all_false_but()
        del means[unstated]
        assert _means(_labor("2005-05-01", **means)).status == "undetermined"


def test_the_2000_means_element_says_the_reading_it_leaves_open() -> None:
    element = _means(_labor("2005-05-01", **_all_false_but(threats_of_physical_restraint=True)))
    assert "physical restraint" in element.reason
    assert "'threats of' governing both" in element.note
    assert "UNVERIFIED" in element.note


def test_in_the_2009_window_threats_of_restraint_alone_is_open_under_the_2000_text() -> None:
    """Met under the 2008 text ((a)(1) lists "threats of physical restraint"), open under the
    2000 text: the window, where either may apply, leaves § 1589(a) undetermined — and no text
    says it is not met."""
    pattern = _labor("2009-05-01", **_all_false_but(threats_of_physical_restraint=True))
    assert _s1589(pattern).prongs[A].status == "undetermined"
    later = _labor("2010-05-01", **_all_false_but(threats_of_physical_restraint=True))
    assert _s1589(later).prongs[A].status == "met"
    both = _labor(
        "2009-05-01",
        **_all_false_but(threats_of_physical_restraint=True, physical_restraint=True),
    )
    assert _s1589(both).prongs[A].status == "met"


# 2. The § 1589(a) question names the means of the text applied (reference § 1.2 for the 2008
# text, § 2.3 for the 2000 text).


def _means_question(pattern: FactPattern) -> str:
    result = nmt.assess(pattern, today=TODAY, law="federal")
    (q,) = [q for q in result.summary.needed if q.law == "usc_1589" and q.element == "labor_means"]
    return str(q.text)


def test_the_2008_question_lists_force_and_restraint_and_their_threats() -> None:
    text = _means_question(_labor("2020-01-10"))
    for words in (
        "force, threats of force, physical restraint, or threats of physical restraint to W or "
        "another person",
        "serious harm or threats of serious harm to W or another person",
        "the abuse or threatened abuse of law or legal process",
        "a scheme, plan, or pattern",
    ):
        assert words in text


def test_the_2000_question_lists_the_2000_means_only() -> None:
    text = _means_question(_labor("2005-05-01"))
    assert "threats of serious harm to, or physical restraint against, W or another person" in text
    assert "the abuse or threatened abuse of law or the legal process" in text
    assert "a scheme, plan, or pattern" in text
    assert "force" not in text
