"""Each element of (A)(1)-(A)(3), one fact at a time: met, not met, undetermined."""

from __future__ import annotations

import pytest

from tests.helpers import FULL_A1, FULL_A2, FULL_A3, element, one_act, statuses

A1, A2, A3 = "30-52-1(A)(1)", "30-52-1(A)(2)", "30-52-1(A)(3)"
MINOR = {"age": 15}
A1_A2 = {**FULL_A1, **FULL_A2}
ALL = {**FULL_A1, **FULL_A2, **FULL_A3}
ADULT = {"age": 30}


@pytest.mark.parametrize(
    "verb", ["recruiting", "soliciting", "enticing", "transporting", "obtaining"]
)
@pytest.mark.statute("30-52-1(A)(1)", "30-52-1(A)(2)")
def test_each_of_the_five_verbs_meets_a1_and_a2(verb: str) -> None:
    s = statuses(one_act(verb, victim=MINOR, **A1_A2))
    assert s["A1"] == "met" and s["A2"] == "met" and s["A3"] == "not_met"


@pytest.mark.parametrize(
    "verb", ["harboring", "maintaining", "providing", "patronizing", "advertising"]
)
@pytest.mark.statute("30-52-1(A)")
def test_verbs_outside_the_2008_text_are_explained_as_not_covered(verb: str) -> None:
    p = one_act(verb, victim=MINOR, **ALL)
    assert set(statuses(p).values()) == {"not_met"}
    e = element(p, A1, "conduct")
    assert e.status == "not_met" and verb in e.reason and "not in the 2008 text" in e.reason
    # patronizing is open for a buyer's own purchase (issue 19): here the actor is none
    assert e.facts == (
        ["conduct c1: act", "conduct c1: buyer"] if verb == "patronizing" else ["conduct c1: act"]
    )


@pytest.mark.statute("30-52-1(A)(3)")
def test_benefiting_is_the_conduct_of_a3_only() -> None:
    s = statuses(one_act("benefiting", victim=MINOR, **ALL))
    assert s == {"A1": "not_met", "A2": "not_met", "A3": "met"}


@pytest.mark.parametrize(
    ("value", "expected"), [(True, "met"), (False, "not_met"), (None, "undetermined")]
)
@pytest.mark.statute("30-52-1(A)")
def test_knowingly_governs_every_paragraph(value: bool | None, expected: str) -> None:
    a1 = dict(FULL_A1, knowingly=value)
    a2 = dict(FULL_A2, knowingly=value)
    assert statuses(one_act(victim=ADULT, **a1))["A1"] == expected
    assert statuses(one_act(victim=MINOR, **a2))["A2"] == expected
    a3 = dict(FULL_A3, knowingly=value)
    assert statuses(one_act("benefiting", **a3))["A3"] == expected


@pytest.mark.statute("30-52-1(A)(1)")
@pytest.mark.parametrize("means", ["force", "fraud", "coercion"])
def test_any_one_means_will_be_used_suffices_for_a1(means: str) -> None:
    p = one_act(victim=ADULT, **dict(FULL_A1, means_will_be_used={means: True}))
    assert statuses(p)["A1"] == "met"
    e = element(p, A1, "means_will_be_used")
    assert e.facts == [f"conduct c1: means_will_be_used.{means}"]


@pytest.mark.statute("30-52-1(A)(1)")
def test_means_not_met_only_when_all_three_are_refuted() -> None:
    partly = dict(FULL_A1, means_will_be_used={"force": False, "fraud": False})
    assert statuses(one_act(victim=ADULT, **partly))["A1"] == "undetermined"
    refuted = dict(FULL_A1, means_will_be_used={"force": False, "fraud": False, "coercion": False})
    p = one_act(victim=ADULT, **refuted)
    assert statuses(p)["A1"] == "not_met"
    assert element(p, A1, "means_will_be_used").status == "not_met"


@pytest.mark.statute("30-52-1(A)(1)")
@pytest.mark.parametrize("purpose", ["labor", "services", "commercial_sexual_activity"])
def test_each_purpose_suffices_for_a1(purpose: str) -> None:
    p = one_act(victim=ADULT, **dict(FULL_A1, to_subject_to={purpose: True}))
    assert statuses(p)["A1"] == "met"


@pytest.mark.statute("30-52-1(A)(1)")
def test_a_purpose_outside_the_three_does_not_meet_a1() -> None:
    other = {
        "labor": False,
        "services": False,
        "commercial_sexual_activity": False,
        "other": "to marry him",
    }
    p = one_act(victim=ADULT, **dict(FULL_A1, to_subject_to=other))
    assert statuses(p)["A1"] == "not_met"


@pytest.mark.statute("30-52-1(A)(2)")
def test_a2_needs_no_means_at_all() -> None:
    refuted = {"force": False, "fraud": False, "coercion": False}
    p = one_act(victim=MINOR, means_will_be_used=refuted, **FULL_A2)
    assert statuses(p) == {"A1": "not_met", "A2": "met", "A3": "not_met"}


@pytest.mark.statute("30-52-1(A)(2)")
def test_a2_needs_commercial_sexual_activity_not_labor() -> None:
    p = one_act(
        victim=MINOR,
        knowingly=True,
        to_subject_to={"labor": True},
        will_be_caused_to_engage_in_commercial_sexual_activity=False,
    )
    assert statuses(p)["A2"] == "not_met"
    assert (
        "labor or services do not qualify"
        in element(p, A2, "will_be_caused_to_engage_in_commercial_sexual_activity").reason
    )


@pytest.mark.statute("30-52-1(A)(2)")
def test_a2_age_unknown_is_undetermined_and_says_what_is_missing() -> None:
    a = one_act(**FULL_A2)
    from nm_trafficking import assess

    f = assess(a).findings[0]
    assert f.subsections[A2].status == "undetermined"
    assert any("age" in line for line in f.subsections[A2].remaining)
    assert f.remaining == [line for s in f.subsections.values() for line in s.remaining]


@pytest.mark.statute("30-52-1(A)(2)")
def test_jackson_belief_about_age_is_no_defence_and_adds_a_note() -> None:
    from nm_trafficking import assess

    p = one_act(victim=MINOR, believed_age=21, **FULL_A2)
    f = assess(p).findings[0]
    assert f.subsections[A2].status == "met"
    assert any(n.kind == "knowledge_of_age" and "Jackson" in n.text for n in f.notes)
    under = next(e for e in f.subsections[A2].elements if e.element == "under_eighteen")
    assert under.note is not None and "Jackson" in under.note


@pytest.mark.statute("30-52-1(A)(2)")
def test_jackson_an_adult_believed_to_be_a_minor_does_not_meet_a2() -> None:
    p = one_act(victim={"age": 18}, believed_age=16, **FULL_A2)
    assert statuses(p)["A2"] == "not_met"


@pytest.mark.parametrize(
    ("benefit", "expected"),
    [
        ({"financially": True}, "met"),
        ({"anything_of_value": True}, "met"),
        ({"financially": False, "anything_of_value": False}, "not_met"),
        ({"financially": False}, "undetermined"),
    ],
)
@pytest.mark.statute("30-52-1(A)(3)")
def test_a3_financially_or_anything_of_value(benefit: dict[str, bool], expected: str) -> None:
    assert statuses(one_act("benefiting", **dict(FULL_A3, benefit=benefit)))["A3"] == expected


@pytest.mark.statute("30-52-1(A)(3)")
def test_a3_needs_knowledge_that_means_was_used_even_for_a_minor() -> None:
    from nm_trafficking import assess

    no_knowledge = dict(FULL_A3, means_was_used={"force": False, "fraud": False, "coercion": False})
    f = assess(one_act("benefiting", victim={"age": 14}, **no_knowledge)).findings[0]
    assert f.subsections[A3].status == "not_met"
    assert any(n.kind == "no_minor_variant_of_a3" for n in f.notes)


@pytest.mark.statute("30-52-1(A)(3)")
def test_a3_benefit_must_come_from_labor_services_or_csa() -> None:
    src = {"labor": False, "services": False, "commercial_sexual_activity": False}
    assert statuses(one_act("benefiting", **dict(FULL_A3, benefit_from=src)))["A3"] == "not_met"


@pytest.mark.statute("30-52-1(A)")
def test_undated_conduct_is_undetermined_and_as_of_resolves_it() -> None:
    from datetime import date

    p = one_act(victim=ADULT, date=None, **FULL_A1)
    assert statuses(p)["A1"] == "undetermined"
    assert statuses(p, as_of=date(2020, 1, 1))["A1"] == "met"
    assert statuses(p, as_of=date(2000, 1, 1))["A1"] == "not_met"


def test_met_elements_cite_statute_words_and_facts() -> None:
    e = element(one_act(victim=MINOR, **FULL_A2), A2, "under_eighteen")
    assert e.status == "met"
    assert e.statute_words == "a person under the age of eighteen years"
    assert e.cited == A2
    assert e.facts == ["person V: age 15 (taken as the age at the conduct)"]


@pytest.mark.statute("30-52-1(B)", "30-52-1(D)", "30-52-1(E)")
def test_notes_b_d_e_and_carson() -> None:
    from nm_trafficking import assess, from_dict

    doc = {
        "persons": [
            {"id": "T"},
            {"id": "B", "roles": ["victim"], "age": 19},
            {"id": "C", "age": 15},
        ],
        "conduct": [
            {
                "id": "k1",
                "actor": "T",
                "person": "B",
                "act": "obtaining",
                "date": "2020-01-01",
                "knowingly": True,
                "means_will_be_used": {"force": True},
                "to_subject_to": {"commercial_sexual_activity": True},
            },
            {
                "id": "k2",
                "actor": "B",
                "person": "C",
                "act": "recruiting",
                "date": "2020-02-01",
                "knowingly": True,
                "means_will_be_used": {"fraud": True},
                "to_subject_to": {"commercial_sexual_activity": True},
                "will_be_caused_to_engage_in_commercial_sexual_activity": True,
            },
        ],
    }
    a = assess(from_dict(doc))
    kinds = {(f.defendant, n.kind) for f in a.findings for n in f.notes}
    assert ("T", "jurisdiction") in kinds and ("T", "other_offences") in kinds
    assert ("B", "victim_not_accessory") in kinds and ("T", "victim_not_accessory") not in kinds
    assert ("B", "unit_of_prosecution") in kinds  # (A)(1) and (A)(2) both met for C
    d = next(n for n in a.finding("T", "B").notes if n.kind == "other_offences")
    assert "30-6A-4" in d.text and "30-9-4.1" in d.text
    e = next(n for n in a.finding("B", "C").notes if n.kind == "victim_not_accessory")
    assert "shall not be charged with accessory" in e.text and "principal" in e.text
