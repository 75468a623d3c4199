"""Which sections' questions a pair's first screen asks (docs/federal.md, decision 19): §§ 1589
and 1590 only where a fact puts the person's labor or services at issue, § 1591 only where one
puts a commercial sex act by the person (or § 1591 itself) at issue. The statuses never depend
on it; the section's line says why nothing is asked."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import nm_trafficking as nmt
from nm_trafficking.facts.conduct import Conduct
from nm_trafficking.facts.federal_reading import labor_at_issue, sex_at_issue

TODAY = date(2026, 12, 7)


def _conduct(**fields: Any) -> Conduct:
    return Conduct.model_validate(
        {"id": "c", "actor": "D", "person": "V", "act": "recruiting", **fields}
    )


LABOR_TRIGGERS = [
    {"to_subject_to": {"labor": True}},
    {"to_subject_to": {"services": True}},
    {"benefit_from": {"labor": True}},
    {"federal": {"labor": {"for_labor_or_services": True}}},
    {"federal": {"labor": {"labor_or_services_of_the_person": True}}},
    {"federal": {"labor": {"provided_or_obtained_labor_or_services": True}}},
    {"federal": {"labor_means": {"threats_of_serious_harm": True}}},
    {"federal": {"venture": {"engaged_in_labor_or_services_by_1589_means": True}}},
    # session 9: a fact of chapter 77 (peonage, slavery, involuntary servitude or forced labor)
    # or of the venture's § 1589 means known or disregarded is about labor too
    {"federal": {"labor": {"chapter_77_violation_completed": True}}},
    {"federal": {"labor": {"chapter_77_violation_intended_or_known": True}}},
    {"federal": {"venture": {"as_to_labor_means": {"knew": True}}}},
    {"federal": {"venture": {"as_to_labor_means": {"reckless_disregard": True}}}},
]
SEX_TRIGGERS = [
    {"act": "advertising"},
    {"act": "patronizing"},
    {"to_subject_to": {"commercial_sexual_activity": True}},
    {"benefit_from": {"commercial_sexual_activity": True}},
    {"will_be_caused_to_engage_in_commercial_sexual_activity": True},
    {"federal": {"as_to_commercial_sex_act": {"reckless_disregard": True}}},
    {"federal": {"knew_means_will_be_used": {"fraud": True}}},
    {"federal": {"offense_effected_by": {"force": True}}},
    {"federal": {"venture": {"act": "recruiting"}}},
    {"federal": {"as_to_age": {"knew": True}}},
    {"federal": {"reasonable_opportunity_to_observe": True}},
]
JURISDICTION_FACTS = [
    {"federal": {"jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True}}},
    {"federal": {"jurisdiction": {"within_special_maritime_and_territorial_jurisdiction": True}}},
]


@pytest.mark.parametrize("fields", LABOR_TRIGGERS)
def test_each_labor_fact_puts_labor_at_issue_and_not_sex(fields: dict[str, Any]) -> None:
    c = _conduct(**fields)
    assert labor_at_issue(c)
    assert not sex_at_issue(c)


@pytest.mark.parametrize("fields", SEX_TRIGGERS)
def test_each_sex_fact_puts_sex_at_issue_and_not_labor(fields: dict[str, Any]) -> None:
    c = _conduct(**fields)
    assert sex_at_issue(c)
    assert not labor_at_issue(c)


def test_facts_stated_false_put_nothing_at_issue() -> None:
    c = _conduct(
        to_subject_to={"labor": False, "services": False, "commercial_sexual_activity": False},
        will_be_caused_to_engage_in_commercial_sexual_activity=False,
        federal={
            "as_to_commercial_sex_act": {"knew": False},
            "labor": {
                "for_labor_or_services": False,
                "chapter_77_violation_completed": False,
                "chapter_77_violation_intended_or_known": False,
            },
            "venture": {"as_to_labor_means": {"knew": False, "reckless_disregard": False}},
        },
    )
    assert not labor_at_issue(c) and not sex_at_issue(c)


def _assess(conduct: dict[str, Any], law: str = "all") -> nmt.Assessment:
    pattern = nmt.from_dict(
        {
            "persons": [{"id": "D"}, {"id": "V", "age": 30}],
            "conduct": [
                {"id": "c", "actor": "D", "person": "V", "act": "recruiting", "date": "2021-05-01",
                 "knowingly": True, **conduct}
            ],
        }
    )  # fmt: skip
    return nmt.assess(pattern, today=TODAY, law=law)  # type: ignore[arg-type]


def _line(a: nmt.Assessment, law: str) -> Any:
    (pair,) = a.summary.pairs
    (line,) = [x for x in pair.laws if x.law == law]
    return line


def _asked(a: nmt.Assessment) -> set[str]:
    return {q.law for q in a.summary.needed}


def test_a_labor_case_asks_no_1591_question_and_says_why() -> None:
    a = _assess({"to_subject_to": {"labor": True}, "means_will_be_used": {"fraud": True}})
    assert "usc_1591" not in _asked(a)
    assert {"usc_1589", "usc_1590"} <= _asked(a)
    line = _line(a, "usc_1591")
    assert line.status == "undetermined"
    assert line.why.endswith("so none of its questions is asked")
    # a fact only § 1591 tests of the person, once stated, brings its questions back; the status
    # is the same
    b = _assess(
        {
            "to_subject_to": {"labor": True},
            "means_will_be_used": {"fraud": True},
            "federal": {"reasonable_opportunity_to_observe": True},
        }
    )
    assert "usc_1591" in _asked(b)
    assert _line(b, "usc_1591").status == "undetermined"


@pytest.mark.parametrize("fields", JURISDICTION_FACTS)
def test_a_jurisdiction_fact_puts_no_sex_act_at_issue(fields: dict[str, Any]) -> None:
    """Review S10 (session 7): § 1591's jurisdiction element is not about sex. A dairy case that
    states the commerce fact asks no § 1591 question, as it would without it; a sex case asks
    them whether or not it is stated."""
    assert not sex_at_issue(_conduct(**fields))
    labor = {"to_subject_to": {"labor": True, "commercial_sexual_activity": False}}
    with_it = _assess({**labor, "means_will_be_used": {"fraud": True}, **fields})
    without = _assess({**labor, "means_will_be_used": {"fraud": True}})
    assert "usc_1591" not in _asked(with_it) and "usc_1591" not in _asked(without)
    assert _line(with_it, "usc_1591").why == _line(without, "usc_1591").why
    assert _line(with_it, "usc_1591").grading.words.startswith("penalty not shown")
    sex = {"will_be_caused_to_engage_in_commercial_sexual_activity": True}
    assert "usc_1591" in _asked(_assess({**sex, **fields})) and "usc_1591" in _asked(_assess(sex))


def test_a_pattern_with_neither_asks_no_federal_question_and_says_why_for_each() -> None:
    a = _assess({}, law="federal")
    assert not _asked(a)
    assert _line(a, "usc_1591").why.endswith(
        "no fact stated puts at issue a commercial sex act by V, so none is asked"
    )
    for law in ("usc_1589", "usc_1590"):
        short = law.replace("usc_", "§ ")
        assert _line(a, law).why == (  # said once (session 7): not the open elements too
            f"{short}(a) needs V's labor or services, and no fact stated puts them at issue, so "
            f"none of {short}'s questions is asked"
        )
    # the statuses rest on the facts alone: the same whatever is asked
    statuses = {x.law: x.status for x in a.summary.pairs[0].laws}
    assert statuses == dict.fromkeys(("usc_1591", "usc_1589", "usc_1590"), "undetermined")


def test_a_sex_case_asks_no_labor_question() -> None:
    a = _assess({"will_be_caused_to_engage_in_commercial_sexual_activity": True})
    assert "usc_1591" in _asked(a)
    assert not _asked(a) & {"usc_1589", "usc_1590"}


def test_the_json_says_which_laws_asked_nothing_and_why() -> None:
    """A system reading `summary.needed` tells "not asked" from "nothing missing" by the law
    entry's `not_asked` (absent where the law's questions are asked)."""
    import json

    import jsonschema

    a = _assess({"to_subject_to": {"labor": True}, "means_will_be_used": {"fraud": True}})
    doc = json.loads(a.to_json())
    jsonschema.validate(doc, nmt.output_schema())
    (pair,) = doc["summary"]["pairs"]
    found = {x["law"]: x.get("not_asked") for x in pair["laws"]}
    assert found["usc_1591"] == (
        "no fact stated puts at issue a commercial sex act by V, so none is asked"
    )
    assert found["usc_1589"] is None and found["usc_1590"] is None
    assert found["nm_30_52_1"] is None
    assert "not_asked" not in pair["laws"][0]  # left out, not null
