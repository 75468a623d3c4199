"""The "(A)(3) has no minor-only variant" note follows what the benefit came from (review A5 of
session 9): the sex offenses it names (§ 30-6A-4, § 30-9-4.1) only where the benefit came, or
may have come, from commercial sexual activity; the words are the statute data's."""

from __future__ import annotations

from typing import Any

import pytest

from nm_trafficking import assess
from nm_trafficking.facts.pattern import FactPattern
from nm_trafficking.statute.v2008 import a3_benefiting as a3

NO_KNOWLEDGE = {"force": False, "fraud": False, "coercion": False}
SEX_LAW = ("30-6A-4", "30-9-4.1")


def _benefit(source: dict[str, bool], *, born: str = "2010-04-01", **more: Any) -> FactPattern:
    c: dict[str, Any] = {
        "id": "take",
        "actor": "M",
        "person": "C",
        "act": "benefiting",
        "date": "2022-08-01",
        "knowingly": True,
        "benefit": {"financially": True},
        "means_was_used": NO_KNOWLEDGE,
        **more,
    }
    if source:
        c["benefit_from"] = source
    return FactPattern.model_validate(
        {
            "persons": [{"id": "M"}, {"id": "C", "roles": ["victim"], "birth_date": born}],
            "conduct": [c],
        }
    )


def _note(pattern: FactPattern) -> str:
    f = assess(pattern, law="nm").findings[0]
    return next(n.text for n in f.notes if n.kind == "no_minor_variant_of_a3")


@pytest.mark.statute("30-52-1(A)(3)")
@pytest.mark.parametrize(
    "source",
    [
        {"services": True},  # a 12-year-old's begging money (review A5)
        {"labor": True},
        {"labor": True, "commercial_sexual_activity": False},
        {"services": True, "labor": False},
    ],
)
def test_a_benefit_from_labor_or_services_names_no_sex_offense(source: dict[str, bool]) -> None:
    text = _note(_benefit(source))
    assert text == a3.NO_MINOR_VARIANT_LABOR_OR_SERVICES
    assert "commercial sexual activity" not in text
    assert not any(law in text for law in SEX_LAW)


@pytest.mark.statute("30-52-1(A)(3)")
@pytest.mark.parametrize(
    "source",
    [
        {"commercial_sexual_activity": True},
        {"commercial_sexual_activity": True, "services": True},
        {},  # not stated: the benefit may have come from commercial sexual activity
        {"labor": False, "services": False},
    ],
)
def test_a_benefit_that_was_or_may_have_been_sexual_names_the_sex_offenses(
    source: dict[str, bool],
) -> None:
    text = _note(_benefit(source))
    assert text == a3.NO_MINOR_VARIANT  # aged 12: § 30-6A-4 reaches her
    assert all(law in text for law in SEX_LAW)


@pytest.mark.statute("30-52-1(A)(3)")
def test_the_age_limit_of_the_sex_offense_still_applies_to_a_sexual_benefit() -> None:
    born_2005 = {"born": "2005-04-01"}  # 17 on 1 August 2022
    assert _note(_benefit({"commercial_sexual_activity": True}, **born_2005)) == (
        a3.NO_MINOR_VARIANT_FROM_16
    )
    assert _note(_benefit({"services": True}, **born_2005)) == (
        a3.NO_MINOR_VARIANT_LABOR_OR_SERVICES
    )


@pytest.mark.statute("30-52-1(A)(3)")
def test_one_sexual_benefit_among_several_acts_keeps_the_sex_offenses() -> None:
    pattern = _benefit({"services": True})
    data = pattern.model_dump(mode="json", exclude_unset=True)
    second = dict(data["conduct"][0], id="take2", date="2022-09-01")
    second["benefit_from"] = {"commercial_sexual_activity": True}
    data["conduct"].append(second)
    assert _note(FactPattern.model_validate(data)) == a3.NO_MINOR_VARIANT
