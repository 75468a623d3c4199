"""§ 1591(a): knowing (or, except advertising, in reckless disregard of the fact) "that means of
force, threats of force, fraud, coercion ... will be used to cause the person to engage in a
commercial sex act". The force, fraud or coercion prongs read the actor's knowledge of a
commercial sex act as the minor prongs do (review 6, item 1): what decides them, what the output
says of a contradiction, and that the fact read from the others is never named."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

import nm_trafficking as nmt
from nm_trafficking import FactPattern
from nm_trafficking.words import NOTE_TITLES

TODAY = date(2026, 12, 7)
A1_MEANS = "18 U.S.C. § 1591(a)(1) force, fraud or coercion"


def _pattern(federal: dict[str, Any], act: str = "transporting") -> FactPattern:
    return FactPattern.model_validate(
        {
            "persons": [
                {"id": "D", "roles": ["trafficker"]},
                {"id": "W", "roles": ["victim"], "birth_date": "1990-01-01"},
            ],
            "conduct": [
                {
                    "id": "o",
                    "actor": "D",
                    "person": "W",
                    "act": act,
                    "date": "2022-06-01",
                    "knowingly": True,
                    "federal": {
                        "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
                        **federal,
                    },
                }
            ],
        }
    )


def _means(pattern: FactPattern) -> tuple[str, str, list[str]]:
    """(prong status, element status, element facts) of § 1591(a)(1) force, fraud or coercion."""
    doc = json.loads(nmt.assess(pattern, today=TODAY, law="federal").to_json(detail="full"))
    (count,) = doc["findings"][0]["jurisdictions"]["usc_1591"]["counts"]
    prong = count["prongs"][A1_MEANS]
    (element,) = [e for e in prong["elements"] if e["element"] == "means_will_be_used"]
    return prong["status"], element["status"], element["facts"]


NEITHER = {"knew": False, "reckless_disregard": False}


@pytest.mark.statute("18 U.S.C. § 1591(a)(1) force, fraud or coercion")
@pytest.mark.parametrize(
    ("federal", "act", "expected"),
    [
        # knowledge of force, commercial sex act not stated: met, as before
        ({"knew_means_will_be_used": {"force": True}}, "transporting", "met"),
        # ... and stated known: met
        (
            {
                "knew_means_will_be_used": {"force": True},
                "as_to_commercial_sex_act": {"knew": True},
            },
            "transporting",
            "met",
        ),
        # no commercial sex act known or disregarded, nothing said of the means: not met
        ({"as_to_commercial_sex_act": NEITHER}, "transporting", "not_met"),
        # force known to be used to cause one, yet none known: a contradiction, undetermined
        (
            {"knew_means_will_be_used": {"force": True}, "as_to_commercial_sex_act": NEITHER},
            "transporting",
            "undetermined",
        ),
        # force known, commercial sex act disregarded but not known: knowledge is contradicted,
        # but at least reckless disregard of the whole is stated, which serves (review 7) ...
        (
            {
                "knew_means_will_be_used": {"force": True},
                "as_to_commercial_sex_act": {"knew": False, "reckless_disregard": True},
            },
            "transporting",
            "met",
        ),
        # ... except for advertising, which asks knowledge: undetermined
        (
            {
                "knew_means_will_be_used": {"force": True},
                "as_to_commercial_sex_act": {"knew": False, "reckless_disregard": True},
            },
            "advertising",
            "undetermined",
        ),
        # force known, commercial sex act not known (disregard not stated): undetermined ...
        (
            {
                "knew_means_will_be_used": {"force": True},
                "as_to_commercial_sex_act": {"knew": False},
            },
            "transporting",
            "undetermined",
        ),
        # ... unless a means stated disregarded decides it (not contradicted)
        (
            {
                "knew_means_will_be_used": {"force": True},
                "reckless_disregard_means_will_be_used": {"fraud": True},
                "as_to_commercial_sex_act": {"knew": False},
            },
            "transporting",
            "met",
        ),
        (
            {
                "knew_means_will_be_used": {"force": True},
                "reckless_disregard_means_will_be_used": {"fraud": True},
                "as_to_commercial_sex_act": NEITHER,
            },
            "transporting",
            "undetermined",
        ),
        # force disregarded, commercial sex act disregarded but not known: reckless serves ...
        (
            {
                "reckless_disregard_means_will_be_used": {"force": True},
                "as_to_commercial_sex_act": {"knew": False, "reckless_disregard": True},
            },
            "transporting",
            "met",
        ),
        # ... but not for advertising, which asks knowledge: not met
        (
            {
                "reckless_disregard_means_will_be_used": {"force": True},
                "as_to_commercial_sex_act": {"knew": False, "reckless_disregard": True},
            },
            "advertising",
            "not_met",
        ),
        # force disregarded, no commercial sex act known or disregarded: a contradiction ...
        (
            {
                "reckless_disregard_means_will_be_used": {"force": True},
                "as_to_commercial_sex_act": NEITHER,
            },
            "transporting",
            "undetermined",
        ),
        # ... which advertising does not ask about: only knowledge serves, and none is possible
        (
            {
                "reckless_disregard_means_will_be_used": {"force": True},
                "as_to_commercial_sex_act": NEITHER,
            },
            "advertising",
            "not_met",
        ),
    ],
)
def test_the_means_prong_reads_the_knowledge_of_a_commercial_sex_act(
    federal: dict[str, Any], act: str, expected: str
) -> None:
    prong, element, _ = _means(_pattern(federal, act))
    assert element == expected
    assert prong == expected


def test_the_facts_named_are_those_stated_never_the_fact_read_from_them() -> None:
    _, status, facts = _means(_pattern({"as_to_commercial_sex_act": NEITHER}))
    assert status == "not_met"
    assert facts == [
        "conduct o: federal.as_to_commercial_sex_act.knew",
        "conduct o: federal.as_to_commercial_sex_act.reckless_disregard",
    ]
    _, status, facts = _means(_pattern({"knew_means_will_be_used": {"force": True}}))
    assert (status, facts) == ("met", ["conduct o: federal.knew_means_will_be_used.force"])
    for federal in (
        {"as_to_commercial_sex_act": NEITHER},
        {"knew_means_will_be_used": {"force": True}, "as_to_commercial_sex_act": NEITHER},
        {},
    ):
        doc = nmt.assess(_pattern(federal), today=TODAY).to_json(detail="full")
        assert "with_the_means" not in doc
        assert "with the means" not in nmt.assess(_pattern(federal), today=TODAY).explain()


def test_a_contradiction_is_named_in_the_output() -> None:
    pattern = _pattern(
        {"knew_means_will_be_used": {"force": True}, "as_to_commercial_sex_act": NEITHER}
    )
    a = nmt.assess(pattern, today=TODAY)
    (finding,) = a.findings
    (note,) = [
        n for n in finding.jurisdictions["usc_1591"].notes if n.kind == "federal_facts_contradict"
    ]
    assert note.text.startswith("The transporting of 1 June 2022: the facts contradict each other")
    assert "Check the facts" in note.text
    assert "federal." not in note.text and "_" not in note.text
    assert NOTE_TITLES[note.kind] in " ".join(a.explain().split())
    # no contradiction, no note
    for federal in (
        {"as_to_commercial_sex_act": NEITHER},
        {"knew_means_will_be_used": {"force": True}, "as_to_commercial_sex_act": {"knew": True}},
    ):
        (finding,) = nmt.assess(_pattern(federal), today=TODAY).findings
        assert "federal_facts_contradict" not in {
            n.kind for n in finding.jurisdictions["usc_1591"].notes
        }


@pytest.mark.parametrize("act", ["recruiting", "advertising"])
def test_an_undated_act_with_no_commercial_sex_act_meets_no_prong(act: str) -> None:
    # Every text an undated act may fall under asks a commercial sex act known (or, except
    # advertising, recklessly disregarded), with the means and with the age: with none known or
    # disregarded (for advertising, none known) no prong is open, whichever text applies.
    stated = {"knew": False} if act == "advertising" else NEITHER
    doc = _pattern({"as_to_commercial_sex_act": stated}, act).model_dump(mode="json")
    del doc["conduct"][0]["date"]
    doc["persons"][1]["birth_date"] = "2007-01-01"  # a minor at some dates, not at others
    pattern = FactPattern.model_validate(doc)
    (finding,) = nmt.assess(pattern, today=TODAY, law="federal").findings
    j = finding.jurisdictions["usc_1591"]
    (count,) = j.counts
    assert count.text_version is None  # no one text applied
    assert set(count.statuses.values()) == {"not_met"}
    assert j.status == "not_met"


def _minor(federal: dict[str, Any], act: str) -> str:
    """The status of § 1591(a)(1) minor for a 16-year-old."""
    doc = _pattern(federal, act).model_dump(mode="json")
    doc["persons"][1]["birth_date"] = "2006-01-01"
    pattern = FactPattern.model_validate(doc)
    (count,) = (
        nmt.assess(pattern, today=TODAY, law="federal").findings[0].jurisdictions["usc_1591"].counts
    )
    return str(count.statuses["18 U.S.C. § 1591(a)(1) minor"])


@pytest.mark.statute("18 U.S.C. § 1591(a)(1) minor")
@pytest.mark.parametrize(
    ("federal", "act", "expected"),
    [
        # a means disregarded "to cause ... a commercial sex act" against none known or
        # disregarded: the commercial sex act is contradicted, so it decides nothing (review 7)
        (
            {
                "reckless_disregard_means_will_be_used": {"threats_of_force": True},
                "as_to_commercial_sex_act": NEITHER,
            },
            "transporting",
            "undetermined",
        ),
        # advertising asks knowledge, which nothing contradicts here: not met
        (
            {
                "reckless_disregard_means_will_be_used": {"threats_of_force": True},
                "as_to_commercial_sex_act": NEITHER,
            },
            "advertising",
            "not_met",
        ),
        # a means known against a commercial sex act not known: for advertising, undetermined
        (
            {
                "knew_means_will_be_used": {"force": True},
                "as_to_commercial_sex_act": {"knew": False},
            },
            "advertising",
            "undetermined",
        ),
        # no contradiction: not met as before
        ({"as_to_commercial_sex_act": NEITHER}, "transporting", "not_met"),
    ],
)
def test_the_minor_prongs_leave_a_contradicted_commercial_sex_act_undecided(
    federal: dict[str, Any], act: str, expected: str
) -> None:
    federal = {**federal, "as_to_age": {"knew": True}}
    assert _minor(federal, act) == expected


@pytest.mark.parametrize(
    ("federal", "act", "said", "unsaid"),
    [
        (
            {
                "knew_means_will_be_used": {"force": True},
                "as_to_commercial_sex_act": {"knew": False, "reckless_disregard": True},
            },
            "transporting",
            ["not to have known, but to have recklessly disregarded", "is met by reckless"],
            ["(or disregarded)", "left undetermined"],
        ),
        (
            {
                "knew_means_will_be_used": {"force": True},
                "as_to_commercial_sex_act": {"knew": False, "reckless_disregard": True},
            },
            "advertising",
            ["only knowledge serves", "left undetermined"],
            ["(or disregarded)", "is met"],
        ),
        (
            {
                "reckless_disregard_means_will_be_used": {"force": True},
                "as_to_commercial_sex_act": NEITHER,
            },
            "advertising",
            ["decides nothing that matters"],
            ["left undetermined"],
        ),
        (
            {
                "reckless_disregard_means_will_be_used": {"force": True},
                "as_to_commercial_sex_act": NEITHER,
            },
            "transporting",
            [
                "reckless disregard (of the means and of a commercial sex act) is left "
                "undetermined",
                "in the minor prongs alike",
            ],
            ["read the commercial sex act as stated"],
        ),
    ],
)
def test_the_note_says_exactly_what_the_combination_decides(
    federal: dict[str, Any], act: str, said: list[str], unsaid: list[str]
) -> None:
    (finding,) = nmt.assess(_pattern(federal, act), today=TODAY, law="federal").findings
    (note,) = [
        n for n in finding.jurisdictions["usc_1591"].notes if n.kind == "federal_facts_contradict"
    ]
    for words in said:
        assert words in note.text
    for words in unsaid:
        assert words not in note.text
