"""What is still needed under § 1591 asks only what is open: never a way stated false, never a fact
stated true again (review B, item 2)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import nm_trafficking as nmt
from nm_trafficking import FactPattern
from tests.federal_strategies import MEANS

TODAY = date(2026, 12, 7)
NONE = dict.fromkeys(MEANS, False)


def _questions(acts: list[dict[str, Any]], person: dict[str, Any]) -> list[dict[str, Any]]:
    p = FactPattern.model_validate(
        {"persons": [{"id": "B", "roles": ["consumer", "trafficker"]}, person], "conduct": acts}
    )
    doc = json.loads(nmt.assess(p, today=TODAY, law="federal").to_json())
    return [q for q in doc["summary"]["needed"] if q["law"] == "usc_1591"]


def _act(act: str, day: str, federal: dict[str, Any], n: int = 0, **extra: Any) -> dict[str, Any]:
    return {
        "id": f"c{n}",
        "actor": "B",
        "person": "V",
        "act": act,
        "date": day,
        "knowingly": True,
        "federal": federal,
        **extra,
    }


V15 = {"id": "V", "roles": ["victim"], "birth_date": "2000-01-15"}
BUYER = {
    "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
    "as_to_age": {"knew": False, "reckless_disregard": False},
    "reasonable_opportunity_to_observe": True,
    "as_to_commercial_sex_act": {"knew": True},
    "knew_means_will_be_used": NONE,
    "reckless_disregard_means_will_be_used": NONE,
    "offense_effected_by": NONE,
}


def test_a_buyer_s_age_facts_stated_false_are_not_asked_again() -> None:
    """review B f02: knowledge and reckless disregard of age are stated false and (c)'s
    opportunity to observe true: only the point of law is left (whether the 2008 text reaches
    a buyer)."""
    asked = _questions([_act("patronizing", "2015-05-28", BUYER, as_buyer=True)], V15)
    assert [q["kind"] for q in asked] == ["point_of_law"], asked
    assert "under 18" not in asked[0]["text"]


def test_a_buyer_s_age_question_names_only_the_way_left() -> None:
    federal = {**BUYER, "as_to_age": {"knew": False}}
    asked = _questions([_act("patronizing", "2015-05-28", federal, as_buyer=True)], V15)
    (age,) = [q for q in asked if q["element"] == "age_mental_state"]
    assert age["text"].startswith("Did B recklessly disregard, when patronizing V on 28 May 2015,")
    assert "know" not in age["text"].split("?")[0]


def test_commerce_stated_false_asks_the_special_maritime_jurisdiction_only() -> None:
    """review B f25."""
    federal = {
        "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": False},
        "knew_means_will_be_used": {"force": True},
        "as_to_commercial_sex_act": {"knew": True},
        "offense_effected_by": {"force": True},
    }
    asked = _questions([_act("recruiting", "2021-05-01", federal)], {"id": "V", "age": 22})
    (q,) = [q for q in asked if q["element"] == "jurisdiction"]
    question = q["text"].split("?")[0]
    assert "special maritime and territorial jurisdiction" in question
    assert "interstate" not in question


def test_maritime_stated_false_asks_commerce_only() -> None:
    federal = {
        "jurisdiction": {"within_special_maritime_and_territorial_jurisdiction": False},
        "knew_means_will_be_used": {"force": True},
        "as_to_commercial_sex_act": {"knew": True},
    }
    asked = _questions([_act("recruiting", "2021-05-01", federal)], {"id": "V", "age": 22})
    (q,) = [q for q in asked if q["element"] == "jurisdiction"]
    question = q["text"].split("?")[0]
    assert "interstate or foreign commerce" in question and "maritime" not in question


VENTURE = {
    "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
    "as_to_commercial_sex_act": {"knew": True},
    "venture": {
        "person_to_engage_in_commercial_sex_act": True,
        "two_or_more_individuals_associated_in_fact": True,
        "knowingly_assisted_supported_or_facilitated": True,
        "benefit_from_participation": True,
    },
}
V16 = {"id": "V", "roles": ["victim"], "birth_date": "2005-03-03"}


def test_reckless_disregard_stated_asks_which_act_the_venture_did() -> None:
    """review B f31 (decision 9): reckless disregard of age is stated, and serves unless the
    venture's act, not stated, was advertising."""
    federal = {**VENTURE, "as_to_age": {"knew": False, "reckless_disregard": True}}
    act = _act("benefiting", "2021-08-08", federal, benefit={"anything_of_value": True})
    (q,) = [q for q in _questions([act], V16) if q["element"] == "age_mental_state"]
    assert q["text"].startswith("Which act of § 1591(a)(1) did the venture engage in toward V?")
    assert "advertising" in q["text"]
    assert "know, or recklessly disregard" not in q["text"]


def test_knowledge_open_beside_reckless_disregard_stated_asks_it_first() -> None:
    federal = {**VENTURE, "as_to_age": {"reckless_disregard": True}}
    act = _act("benefiting", "2021-08-08", federal, benefit={"anything_of_value": True})
    (q,) = [q for q in _questions([act], V16) if q["element"] == "age_mental_state"]
    assert q["text"].startswith("Did B know, when benefiting from V on 8 August 2021, that V was")
    assert "If not, which act of § 1591(a)(1)" in q["text"]
    assert "recklessly disregard," not in q["text"]


def test_the_means_question_names_the_mental_state_and_the_means_left() -> None:
    federal = {
        "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
        "as_to_commercial_sex_act": {"knew": True},
        "knew_means_will_be_used": NONE,
        "reckless_disregard_means_will_be_used": {**NONE, "fraud": None},
    }
    asked = _questions([_act("recruiting", "2021-05-01", federal)], {"id": "V", "age": 22})
    (q,) = [q for q in asked if q["element"] == "means_will_be_used"]
    assert q["text"].startswith("Did B recklessly disregard, when recruiting V on 1 May 2021, that")
    assert "that fraud would be used" in q["text"]


def test_acts_left_different_ways_are_not_asked_as_one() -> None:
    """Two acts, commerce stated false at one only: "Likewise for" would ask the other act about
    the maritime jurisdiction alone."""
    base = {
        "knew_means_will_be_used": {"force": True},
        "as_to_commercial_sex_act": {"knew": True},
    }
    acts = [
        _act(
            "recruiting",
            "2021-05-01",
            {**base, "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": False}},
        ),
        _act("harboring", "2021-05-02", base, n=1),
    ]
    asked = [q for q in _questions(acts, {"id": "V", "age": 22}) if q["element"] == "jurisdiction"]
    assert len(asked) == 2
    assert all(not q["also"] for q in asked)
    first, second = (q["text"].split("?")[0] for q in asked)
    assert "interstate" not in first
    assert "interstate or foreign commerce (or within the special maritime" in second


def test_the_1589_means_question_leaves_out_the_means_stated_false() -> None:
    """Force, threats of force and physical restraint stated not used: the § 1589(a) question
    names only the means left, with the statute's "to that person or another person"."""
    p = FactPattern.model_validate(
        {
            "persons": [{"id": "D", "roles": ["trafficker"]}, {"id": "W", "age": 30}],
            "conduct": [
                {
                    "id": "o",
                    "actor": "D",
                    "person": "W",
                    "act": "obtaining",
                    "date": "2021-05-01",
                    "knowingly": True,
                    "federal": {
                        "labor": {
                            "labor_or_services_of_the_person": True,
                            "provided_or_obtained_labor_or_services": True,
                        },
                        "labor_means": {
                            "force": False,
                            "threats_of_force": False,
                            "physical_restraint": False,
                        },
                    },
                }
            ],
        }
    )
    doc = json.loads(nmt.assess(p, today=TODAY, law="federal").to_json())
    (q,) = [q for q in doc["summary"]["needed"] if q["element"] == "labor_means"]
    asked = q["text"].split("?")[0]
    assert "(threats of physical restraint to W or another person; serious harm or" in asked
    assert "force" not in asked
    assert "physical restraint, or" not in asked
