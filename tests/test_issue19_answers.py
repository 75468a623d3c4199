"""Issue 19: the four wrong answers and the two points of the federal panel.

1. a plain ``age`` is the age at one of the acts, which one not stated: a range at each act;
2. an age stated at intake (``age_on``) with an undated act: first and second degree possible;
3. a buyer's own purchase: (A)(1)/(A)(2) open whatever verb records it;
4. § 1591(c) before 29 May 2015 read on the same theory as the conduct element for a buyer;
5. no text of a section for a date: a fact defeating an element under every candidate wording;
6. obtaining a person and obtaining a person's labor or services are different facts.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import nm_trafficking as nmt
from nm_trafficking import InvalidFactPattern

TODAY = date(2026, 12, 7)
A2 = {"knowingly": True, "will_be_caused_to_engage_in_commercial_sexual_activity": True}
NO_MEANS = dict.fromkeys(
    (
        "force",
        "threats_of_force",
        "fraud",
        "coercion_threats_of_serious_harm_or_restraint",
        "coercion_scheme_plan_or_pattern",
        "coercion_abuse_of_legal_process",
    ),
    False,
)


def _assess(persons: list[dict[str, Any]], *acts: dict[str, Any], **kw: Any) -> nmt.Assessment:
    conduct = [{"actor": "D", "person": "V", **a} for a in acts]
    return nmt.assess(nmt.from_dict({"persons": persons, "conduct": conduct}), today=TODAY, **kw)


@pytest.mark.statute("30-52-1(A)(2)", "30-52-1(C)")
def test_a_plain_age_is_the_age_at_one_of_the_acts_not_at_every_act() -> None:
    # age 15, acts in March 2019 and September 2022: she cannot be 15 at both.
    a = _assess(
        [{"id": "D"}, {"id": "V", "age": 15}],
        {"id": "a", "act": "recruiting", "date": "2019-03-10", **A2},
        {"id": "b", "act": "transporting", "date": "2022-09-10", **A2},
        law="nm",
    )
    f = a.finding("D", "V")
    ages = {c.conduct: c.victim_age for c in f.counts}
    assert ages["a"] is not None and (ages["a"].lo, ages["a"].hi) == (11, 15)
    assert ages["b"] is not None and (ages["b"].lo, ages["b"].hi) == (15, 19)
    assert not ages["a"].exact and not ages["b"].exact
    # the 2019 act is against a minor on every reading; the 2022 act may be against an adult
    counts = {c.conduct: c for c in f.counts}
    assert counts["a"].statuses["30-52-1(A)(2)"] == "met"
    assert counts["b"].statuses["30-52-1(A)(2)"] == "undetermined"
    # second degree at least (15 at the 2019 act), first degree if she was 11-12 then
    assert f.grade is None and f.grade_detail.status == "undetermined"
    assert f.grade_floor == "second_degree_felony"
    assert set(f.grade_possible) == {"second_degree_felony", "first_degree_felony"}
    (note,) = [n for n in f.notes if n.kind == "plain_age_at_every_act"]
    assert "which one is not stated" in note.text and "the day the age was stated" in note.text
    # with age_on, the age is exact as before
    exact = _assess(
        [{"id": "D"}, {"id": "V", "age": 15, "age_on": "2019-03-10"}],
        {"id": "a", "act": "recruiting", "date": "2019-03-10", **A2},
        law="nm",
    ).finding("D", "V")
    assert exact.counts[0].victim_age is not None and exact.counts[0].victim_age.exact
    assert exact.grade == "second_degree_felony"


@pytest.mark.statute("30-52-1(A)(2)", "30-52-1(C)")
def test_acts_on_one_day_keep_a_plain_age_exact() -> None:
    f = _assess(
        [{"id": "D"}, {"id": "V", "age": 15}],
        {"id": "a", "act": "recruiting", "date": "2019-03-10", **A2},
        {"id": "b", "act": "transporting", "date": "2019-03-10", **A2},
        law="nm",
    ).finding("D", "V")
    assert all(c.victim_age is not None and c.victim_age.text == "15" for c in f.counts)
    assert f.grade == "second_degree_felony"
    assert not any(n.kind == "plain_age_at_every_act" for n in f.notes)


@pytest.mark.statute("30-52-1(A)", "30-52-1(C)")
def test_an_age_stated_at_intake_with_an_undated_act() -> None:
    # 17 on 7 December 2026: born December 2008 - December 2009, after the text came into force
    f = _assess(
        [{"id": "D"}, {"id": "V", "age": 17, "age_on": "2026-12-07"}],
        {"id": "a", "act": "recruiting", **A2},
        law="nm",
    ).finding("D", "V")
    in_force = next(e for e in f.subsections["30-52-1(A)(2)"].elements if e.element == "in_force")
    assert in_force.status == "met"
    assert set(f.grade_possible) == {
        "third_degree_felony",
        "second_degree_felony",
        "first_degree_felony",
    }
    # the same age given plainly is the age at the act; the note says what an intake age gives
    plain = _assess(
        [{"id": "D"}, {"id": "V", "age": 17}], {"id": "a", "act": "recruiting", **A2}, law="nm"
    ).finding("D", "V")
    (note,) = [n for n in plain.notes if n.kind == "plain_age_at_every_act"]
    assert "at intake" in note.text and "the day the age was stated" in note.text


BUYER_VERBS = ("obtaining", "soliciting", "patronizing", "recruiting")


@pytest.mark.statute("30-52-1(A)(1)", "30-52-1(A)(2)")
@pytest.mark.parametrize("verb", BUYER_VERBS)
def test_a_buyers_result_does_not_depend_on_the_verb(verb: str) -> None:
    for persons, act in (
        ([{"id": "D", "roles": ["consumer"]}, {"id": "V", "age": 17}], {}),
        ([{"id": "D"}, {"id": "V", "age": 17}], {"as_buyer": True}),
    ):
        f = _assess(
            persons, {"id": "buy", "act": verb, "date": "2020-06-01", **A2, **act}, law="nm"
        ).finding("D", "V")
        assert f.subsections["30-52-1(A)(2)"].status == "undetermined", (verb, act)
        assert f.subsections["30-52-1(A)(1)"].status == "undetermined"
        conduct = next(e for e in f.subsections["30-52-1(A)(2)"].elements if e.element == "conduct")
        assert conduct.status == "undetermined" and "UNVERIFIED" in conduct.reason
        assert any(n.kind == "buyer" for n in f.notes)
        assert f.grade is None and f.grade_possible == ["third_degree_felony"]


@pytest.mark.statute("30-52-1(A)(2)")
def test_a_consumer_stated_not_to_be_buying_for_himself_is_judged_by_the_verb() -> None:
    f = _assess(
        [{"id": "D", "roles": ["consumer"]}, {"id": "V", "age": 17}],
        {"id": "o", "act": "obtaining", "date": "2020-06-01", "as_buyer": False, **A2},
        law="nm",
    ).finding("D", "V")
    assert f.subsections["30-52-1(A)(2)"].status == "met"
    other = _assess(
        [{"id": "D"}, {"id": "V", "age": 17}],
        {"id": "p", "act": "patronizing", "date": "2020-06-01", **A2},
        law="nm",
    ).finding("D", "V")
    assert other.subsections["30-52-1(A)(2)"].status == "not_met"


NO_MEANS_EFFECTED = {"offense_effected_by": NO_MEANS}


@pytest.mark.statute("18 U.S.C. § 1591(a)(1) minor")
@pytest.mark.parametrize("age", [13, 15])
def test_a_buyers_1591_band_before_2015_does_not_depend_on_the_verb(age: int) -> None:
    """Before 29 May 2015 whether a buyer 'obtains' is UNVERIFIED: his own purchase is open
    under § 1591(a)(1) whatever verb records it (obtaining too), and the § 1591(b) band is read
    on the same theory ('obtained' is listed), never 'no punishment stated'."""
    federal = {
        "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
        "as_to_age": {"knew": True},
        "as_to_commercial_sex_act": {"knew": True},
        **NO_MEANS_EFFECTED,
    }
    seen = set()
    for verb in BUYER_VERBS:
        a = _assess(
            [{"id": "D"}, {"id": "V", "age": age}],
            {"id": "b", "act": verb, "date": "2012-06-01", "as_buyer": True, "knowingly": True,
             "federal": federal},
        )  # fmt: skip
        law = a.finding("D", "V").jurisdictions["usc_1591"]
        count = law.counts[0]
        assert "no punishment stated" not in count.penalty.reason, verb
        seen.add((law.status, count.penalty.status, tuple(count.penalty.possible)))
    band = "(b)(1)" if age < 14 else "(b)(2)"
    assert seen == {("undetermined", "undetermined", (band,))}
    # not a buyer: obtaining is a verb of the 2008 text, met, and the band fixed
    a = _assess(
        [{"id": "D"}, {"id": "V", "age": age}],
        {"id": "b", "act": "obtaining", "date": "2012-06-01", "as_buyer": False,
         "knowingly": True, "federal": federal},
    )  # fmt: skip
    law = a.finding("D", "V").jurisdictions["usc_1591"]
    assert law.status == "met" and law.counts[0].penalty.band == band


def _prongs(a: nmt.Assessment, law: str) -> dict[str, Any]:
    law_finding = a.finding("D", "V").jurisdictions[law]
    return {c: p for c, p in law_finding.counts[0].prongs.items()}


@pytest.mark.statute("18 U.S.C. § 1591(a)(1) minor")
def test_1591c_before_2015_is_read_on_the_conduct_elements_theory_for_a_buyer() -> None:
    facts = {
        "knowingly": True,
        "federal": {
            "as_to_age": {"knew": False, "reckless_disregard": False},
            "reasonable_opportunity_to_observe": True,
            "as_to_commercial_sex_act": {"knew": True},
            "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
        },
    }
    a = _assess(
        [{"id": "D", "roles": ["consumer"]}, {"id": "V", "birth_date": "1996-01-01"}],
        {"id": "buy", "act": "patronizing", "date": "2013-06-01", **facts},
    )
    minor = _prongs(a, "usc_1591")["18 U.S.C. § 1591(a)(1) minor"]
    statuses = {e.element: e.status for e in minor.elements}
    assert statuses["conduct"] == "undetermined"
    assert statuses["age_mental_state"] == "undetermined"  # was not_met: (c) refused
    assert minor.status == "undetermined"
    # with no opportunity to observe either, it is not met on any reading
    facts["federal"]["reasonable_opportunity_to_observe"] = False
    a = _assess(
        [{"id": "D", "roles": ["consumer"]}, {"id": "V", "birth_date": "1996-01-01"}],
        {"id": "buy", "act": "patronizing", "date": "2013-06-01", **facts},
    )
    assert _prongs(a, "usc_1591")["18 U.S.C. § 1591(a)(1) minor"].status == "not_met"


@pytest.mark.statute("18 U.S.C. § 1591(a)(1) force, fraud or coercion")
def test_no_text_for_the_date_but_a_fact_that_defeats_every_wording() -> None:
    a = _assess(
        [{"id": "D"}, {"id": "V", "birth_date": "1980-01-01"}],
        {
            "id": "r",
            "act": "recruiting",
            "date": "2005-06-01",
            "knowingly": True,
            "federal": {
                "knew_means_will_be_used": NO_MEANS,
                "reckless_disregard_means_will_be_used": NO_MEANS,
            },
        },
    )
    prongs = _prongs(a, "usc_1591")
    # no means at all and none known; a person of 25; no benefit act: not met under every wording
    assert {c: p.status for c, p in prongs.items()} == dict.fromkeys(prongs, "not_met")
    assert "every candidate wording" in prongs["18 U.S.C. § 1591(a)(2) minor"].elements[0].reason
    # with nothing stated, nothing is decided (no text is applied)
    open_ = _assess(
        [{"id": "D"}, {"id": "V"}], {"id": "r", "act": "recruiting", "date": "2005-06-01"}
    )
    assert _prongs(open_, "usc_1591")["18 U.S.C. § 1591(a)(1) minor"].status == "undetermined"
    assert _prongs(open_, "usc_1590")["18 U.S.C. § 1590(a)"].status == "undetermined"
    # § 1590 in the same period: conduct not for labor or services, under every wording
    labor = _assess(
        [{"id": "D"}, {"id": "V"}],
        {
            "id": "r",
            "act": "recruiting",
            "date": "2005-06-01",
            "federal": {"labor": {"for_labor_or_services": False}},
        },
    )
    assert _prongs(labor, "usc_1590")["18 U.S.C. § 1590(a)"].status == "not_met"


@pytest.mark.statute("18 U.S.C. § 1589(a)")
def test_obtaining_labor_is_not_obtaining_the_person() -> None:
    forced = {
        "knowingly": True,
        "federal": {
            "labor": {"provided_or_obtained_labor_or_services": True},
            "labor_means": {"threats_of_serious_harm": True},
        },
    }
    a = _assess(
        [{"id": "D"}, {"id": "V", "birth_date": "1990-01-01"}],
        {"id": "r", "act": "recruiting", "date": "2020-06-01", **forced},
    )
    prong = _prongs(a, "usc_1589")["18 U.S.C. § 1589(a)"]
    assert {e.element: e.status for e in prong.elements}["conduct"] == "met"
    assert prong.status == "met"
    # obtaining the person without the labor: not met when the labor fact says no
    forced["federal"]["labor"] = {"provided_or_obtained_labor_or_services": False}
    a = _assess(
        [{"id": "D"}, {"id": "V", "birth_date": "1990-01-01"}],
        {"id": "o", "act": "obtaining", "date": "2020-06-01", **forced},
    )
    assert _prongs(a, "usc_1589")["18 U.S.C. § 1589(a)"].status == "not_met"
    with pytest.raises(InvalidFactPattern):
        _assess(
            [{"id": "D"}, {"id": "V"}],
            {
                "id": "o",
                "act": "obtaining",
                "federal": {
                    "labor": {
                        "provided_or_obtained_labor_or_services": True,
                        "labor_or_services_of_the_person": False,
                    }
                },
            },
        )


@pytest.mark.statute("30-52-1(C)", "30-52-1(C)(1)")
def test_a_plain_age_over_acts_names_the_29_february_point_where_its_readings_differ() -> None:
    """A plain age is the age at one of the acts: a birth on 29 February can be one the facts
    allow, and the two readings of that open point then move the ends of a range. The range
    stays a question of fact (age_on or a birth date narrows it); the point is named."""
    from nm_trafficking.reasoning.ages import plain_age_at
    from nm_trafficking.statute.ages import LeapDayBirthday

    days = ("2020-02-28", "2021-02-28")
    spans = [(date.fromisoformat(d), date.fromisoformat(d)) for d in days]
    mar1, feb28 = (
        [(r.lo, r.hi) for r in plain_age_at(17, "V", spans, rule)]
        for rule in (LeapDayBirthday.MARCH_1, LeapDayBirthday.FEBRUARY_28)
    )
    assert mar1[0] != feb28[0]  # the readings differ at the first act, not at the second
    assert mar1[1] == feb28[1]
    a = _assess(
        [{"id": "D"}, {"id": "V", "age": 17}],
        {"id": "a", "act": "recruiting", "date": days[0], **A2},
        {"id": "b", "act": "transporting", "date": days[1], **A2},
        law="nm",
    )
    f = a.finding("D", "V")
    first, second = f.counts
    assert first.victim_age.open_point is not None and "29 February" in first.victim_age.open_point
    assert second.victim_age.open_point is None
    assert any(n.kind == "leap_day_birthday" for n in f.notes)
    assert all(q.kind == "fact" for q in a.summary.needed)  # evidence still narrows it
    # acts far from 29 February: the readings agree, nothing is named
    calm = _assess(
        [{"id": "D"}, {"id": "V", "age": 15}],
        {"id": "a", "act": "recruiting", "date": "2019-03-10", **A2},
        {"id": "b", "act": "transporting", "date": "2022-09-10", **A2},
        law="nm",
    ).finding("D", "V")
    assert all(c.victim_age.open_point is None for c in calm.counts)
    assert not any(n.kind == "leap_day_birthday" for n in calm.notes)
