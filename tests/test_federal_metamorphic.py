"""Properties of the federal sections that follow from the reference's text, checked on
generated patterns: what no state fact can do, what an adult or a date rules out, what
advertising and (a)(2) never depend on, and that stating an unknown fact only settles."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from nm_trafficking import FactPattern, assess
from nm_trafficking.facts import Act
from nm_trafficking.testing import fact_patterns
from tests.federal_strategies import BOUNDARIES, federal_patterns
from tests.oracle_federal import MEANS

TODAY = date(2026, 11, 28)
QUICK = settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))

A1 = ("18 U.S.C. § 1591(a)(1) force, fraud or coercion", "18 U.S.C. § 1591(a)(1) minor")
A2 = ("18 U.S.C. § 1591(a)(2) force, fraud or coercion", "18 U.S.C. § 1591(a)(2) minor")
MINOR = ("18 U.S.C. § 1591(a)(1) minor", "18 U.S.C. § 1591(a)(2) minor")
VERBS_1591 = {
    "recruiting",
    "enticing",
    "harboring",
    "transporting",
    "providing",
    "obtaining",
    "advertising",
    "maintaining",
    "patronizing",
    "soliciting",
}


def _federal(pattern: FactPattern, **kw: Any) -> dict[tuple[str, str, str], str]:
    """(defendant, victim, prong) -> status, per act: every prong of every act."""
    out: dict[tuple[str, str, str], str] = {}
    for f in assess(pattern, today=TODAY, law="federal", **kw).findings:
        for j in f.jurisdictions.values():
            for c in j.counts:
                for prong, status in c.statuses.items():
                    out[(c.conduct, f.victim, prong)] = status
    return out


def _with(pattern: FactPattern, change: Any) -> FactPattern:
    doc = pattern.model_dump(mode="json")
    for c in doc["conduct"]:
        change(c)
    return FactPattern.model_validate(doc)


@QUICK
@given(fact_patterns())
def test_no_federal_prong_is_met_without_federal_facts(pattern: FactPattern) -> None:
    assert "met" not in _federal(pattern).values()


@QUICK
@given(federal_patterns())
def test_the_state_facts_never_change_a_federal_result(pattern: FactPattern) -> None:
    def erase(c: dict[str, Any]) -> None:
        for key in (
            "means_will_be_used",
            "means_was_used",
            "to_subject_to",
            "benefit_from",
            "will_be_caused_to_engage_in_commercial_sexual_activity",
        ):
            c.pop(key, None)

    assert _federal(pattern) == _federal(_with(pattern, erase))


@QUICK
@given(federal_patterns())
def test_belief_about_age_never_changes_a_federal_result(pattern: FactPattern) -> None:
    def believe(c: dict[str, Any]) -> None:
        c["believed_age"] = 15 if c.get("believed_age") != 15 else 30

    assert _federal(pattern) == _federal(_with(pattern, believe))


@pytest.mark.statute("18 U.S.C. § 1591(a)(1) minor", "18 U.S.C. § 1591(a)(2) minor")
@QUICK
@given(federal_patterns())
def test_an_adult_never_meets_a_minor_prong(pattern: FactPattern) -> None:
    doc = pattern.model_dump(mode="json")
    for p in doc["persons"]:
        p.pop("birth_date", None)
        p.pop("age", None)
        p.pop("age_on", None)
        p["birth_date"] = "1950-01-01"  # an adult at every generated date
    adult = FactPattern.model_validate(doc)
    dated = {c.id for c in adult.conduct if c.date is not None}
    for (cid, _, prong), status in _federal(adult).items():
        if prong in MINOR:
            assert status != "met"
            # A dated act: the age element defeats the prong under the text applied, and
            # where no text is applied, under every candidate wording (issue 19).
            if cid in dated:
                assert status == "not_met"


@pytest.mark.statute("18 U.S.C. § 1591(a)(2) minor")
@QUICK
@given(federal_patterns())
def test_a2_never_depends_on_a_reasonable_opportunity_to_observe(pattern: FactPattern) -> None:
    def flip(c: dict[str, Any]) -> None:
        federal = c.setdefault("federal", {})
        federal["reasonable_opportunity_to_observe"] = not federal.get(
            "reasonable_opportunity_to_observe", False
        )

    before, after = _federal(pattern), _federal(_with(pattern, flip))
    assert {k: v for k, v in before.items() if k[2] in A2} == {
        k: v for k, v in after.items() if k[2] in A2
    }


@pytest.mark.statute(
    "18 U.S.C. § 1591(a)(1) minor", "18 U.S.C. § 1591(a)(1) force, fraud or coercion"
)
@QUICK
@given(federal_patterns())
def test_advertising_ignores_reckless_disregard_and_observation(pattern: FactPattern) -> None:
    def advertise(c: dict[str, Any]) -> None:
        c["act"] = "advertising"

    def reckless(c: dict[str, Any]) -> None:
        federal = c.setdefault("federal", {})
        federal["as_to_age"] = {**federal.get("as_to_age", {}), "reckless_disregard": True}
        federal["as_to_commercial_sex_act"] = {
            **federal.get("as_to_commercial_sex_act", {}),
            "reckless_disregard": True,
        }
        federal["reckless_disregard_means_will_be_used"] = {"force": True}
        federal["reasonable_opportunity_to_observe"] = True

    base = _with(pattern, advertise)
    before, after = _federal(base), _federal(_with(base, reckless))
    assert {k: v for k, v in before.items() if k[2] in A1} == {
        k: v for k, v in after.items() if k[2] in A1
    }


@QUICK
@given(federal_patterns(), st.sampled_from([date(1999, 12, 31), date(2000, 10, 27)]))
def test_conduct_before_2000_is_never_met(pattern: FactPattern, day: date) -> None:
    doc = pattern.model_dump(mode="json")
    for p in doc["persons"]:
        p.pop("birth_date", None)
        p.pop("age_on", None)
    for c in doc["conduct"]:
        c["date"] = day.isoformat()
    statuses = _federal(FactPattern.model_validate(doc))
    assert set(statuses.values()) <= {"not_met"}


@QUICK
@given(
    federal_patterns(),
    st.sampled_from([date(2000, 10, 28), date(2005, 6, 1), date(2009, 12, 31)]),
)
def test_no_text_of_1591_or_1590_before_2010_never_meets_and_opens_only_what_facts_leave(
    pattern: FactPattern, day: date
) -> None:
    # No text is applied, so nothing is met; a prong is not met only where a stated fact
    # defeats an element under every candidate wording (issue 19): with those facts unknown,
    # everything stays open.
    doc = pattern.model_dump(mode="json")
    for p in doc["persons"]:
        p.pop("birth_date", None)
        p.pop("age_on", None)
        p.pop("age", None)
    for c in doc["conduct"]:
        c["date"] = day.isoformat()
        c.pop("federal", None)
        c.pop("knowingly", None)
        c.pop("benefit", None)
        c["act"] = "recruiting"
    for (_, _, prong), status in _federal(FactPattern.model_validate(doc)).items():
        if "§ 1591(a)(1)" in prong or "§ 1590" in prong:
            assert status == "undetermined"
        elif "§ 1591(a)(2)" in prong:  # no benefit act: not met under every wording
            assert status == "not_met"


@QUICK
@given(federal_patterns())
def test_verbs_outside_the_text_never_meet_and_benefit_needs_benefiting(
    pattern: FactPattern,
) -> None:
    acts = {c.id: c.act.value for c in pattern.conduct}
    for (cid, _, prong), status in _federal(pattern).items():
        if status != "met":
            continue
        if prong in A1:
            assert acts[cid] in VERBS_1591
        if prong in A2 or prong == "18 U.S.C. § 1589(b)":
            assert acts[cid] == Act.BENEFITING.value


@QUICK
@given(federal_patterns())
def test_effected_by_means_is_band_b1_and_maintaining_without_means_states_none(
    pattern: FactPattern,
) -> None:
    for f in assess(pattern, today=TODAY, law="federal").findings:
        j = f.jurisdictions["usc_1591"]
        for c in j.counts:
            if c.status != "met" or not c.text_version:
                continue
            conduct = next(x for x in pattern.conduct if x.id == c.conduct)
            effected = conduct.federal.offense_effected_by
            if any(getattr(effected, m).value == "true" for m in type(effected).model_fields):
                assert c.penalty.band == "(b)(1)"
            elif (
                conduct.act.value == "maintaining"
                and all(getattr(effected, m).value == "false" for m in type(effected).model_fields)
                and c.victim_age is not None
                and c.victim_age.lo >= 14
            ):
                assert c.penalty.status == "none_stated"


LEAVES = [
    ("jurisdiction", "in_or_affecting_interstate_or_foreign_commerce"),
    ("as_to_age", "knew"),
    ("as_to_age", "reckless_disregard"),
    ("as_to_commercial_sex_act", "knew"),
    ("as_to_commercial_sex_act", "reckless_disregard"),
    ("knew_means_will_be_used", "force"),
    ("reckless_disregard_means_will_be_used", "fraud"),
    ("venture", "participated"),
    ("venture", "knowingly_assisted_supported_or_facilitated"),
    ("venture", "two_or_more_individuals_associated_in_fact"),
    ("labor", "for_labor_or_services"),
    ("labor_means", "serious_harm"),
    (None, "reasonable_opportunity_to_observe"),
]


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(federal_patterns(), st.sampled_from(LEAVES), st.booleans(), st.data())
def test_stating_an_unknown_fact_only_settles_what_was_open(
    pattern: FactPattern, leaf: tuple[str | None, str], value: bool, data: st.DataObject
) -> None:
    """Three-valued monotonicity: a fact that was unknown, once stated, can turn undetermined
    into met or not met, never met into not met or back."""
    index = data.draw(st.integers(0, len(pattern.conduct) - 1))
    doc = pattern.model_dump(mode="json")
    federal = doc["conduct"][index]["federal"]
    group, name = leaf
    holder = federal if group is None else federal[group]
    assume(holder[name] in (None, "unknown"))
    holder[name] = value
    # The order is over facts that can all be true: a stated fact that contradicts another
    # (a means known to be used to cause a commercial sex act that is not known) decides
    # nothing, so it may reopen what the other decided (contradictions persist once made).
    assume(not any(_contradictory(c) for c in doc["conduct"]))
    before, after = _federal(pattern), _federal(FactPattern.model_validate(doc))
    for key, status in before.items():
        if status != "undetermined":
            assert after[key] == status, key


MEANS_PRONGS = (
    "18 U.S.C. § 1591(a)(1) force, fraud or coercion",
    "18 U.S.C. § 1591(a)(2) force, fraud or coercion",
)


def _stated_true(group: dict[str, Any] | None) -> bool:
    return any(v in (True, "true") for v in (group or {}).values())


def _contradictory(c: dict[str, Any]) -> bool:
    """The act states a § 1591 means known (or recklessly disregarded) "to be used to cause the
    person to engage in a commercial sex act" and also that the actor did not know (nor, for
    a means disregarded, disregard) that the person would be caused to engage in one."""
    federal = c.get("federal") or {}
    csa = federal.get("as_to_commercial_sex_act") or {}
    not_known = csa.get("knew") in (False, "false")
    neither = not_known and csa.get("reckless_disregard") in (False, "false")
    return (not_known and _stated_true(federal.get("knew_means_will_be_used"))) or (
        neither and _stated_true(federal.get("reckless_disregard_means_will_be_used"))
    )


def _no_commercial_sex_act(c: dict[str, Any]) -> None:
    federal = c.setdefault("federal", {})
    federal["as_to_commercial_sex_act"] = {"knew": False, "reckless_disregard": False}
    for group in ("knew_means_will_be_used", "reckless_disregard_means_will_be_used"):
        means = federal.get(group) or {}
        federal[group] = {m: v for m, v in means.items() if v not in (True, "true")}


@pytest.mark.statute(
    "18 U.S.C. § 1591(a)(1) force, fraud or coercion",
    "18 U.S.C. § 1591(a)(2) force, fraud or coercion",
)
@QUICK
@given(federal_patterns())
def test_no_commercial_sex_act_known_or_disregarded_defeats_the_means_prongs(
    pattern: FactPattern,
) -> None:
    # "knowing, or ... in reckless disregard of the fact, that means ... will be used to cause
    # the person to engage in a commercial sex act": with no commercial sex act known or
    # disregarded (and no means stated against it), no means can be. Dated acts: not met under
    # every text and every candidate wording; undated ones: never met.
    changed = _with(pattern, _no_commercial_sex_act)
    dated = {c.id for c in changed.conduct if c.date is not None}
    for (cid, _, prong), status in _federal(changed).items():
        if prong in MEANS_PRONGS:
            assert status == "not_met" if cid in dated else status != "met", (cid, prong)


@pytest.mark.statute(
    "18 U.S.C. § 1591(a)(1) force, fraud or coercion",
    "18 U.S.C. § 1591(a)(2) force, fraud or coercion",
)
@QUICK
@given(federal_patterns(), st.sampled_from(MEANS), st.booleans())
def test_a_means_stated_against_a_commercial_sex_act_not_known_decides_nothing(
    pattern: FactPattern, means: str, disregard: bool
) -> None:
    # Knowledge of a means "to cause the person to engage in a commercial sex act" and no
    # knowledge of any commercial sex act contradict each other: the means prongs are never met
    # on it, and a note names the contradiction.
    def contradict(c: dict[str, Any]) -> None:
        federal = c.setdefault("federal", {})
        federal["as_to_commercial_sex_act"] = {"knew": False, "reckless_disregard": False}
        group = "reckless_disregard_means_will_be_used" if disregard else "knew_means_will_be_used"
        federal[group] = {**(federal.get(group) or {}), means: True}

    changed = _with(pattern, contradict)
    for (_, _, prong), status in _federal(changed).items():
        if prong in MEANS_PRONGS:
            assert status != "met", prong
    for f in assess(changed, today=TODAY, law="federal").findings:
        kinds = {n.kind for n in f.jurisdictions["usc_1591"].notes}
        assert "federal_facts_contradict" in kinds


@QUICK
@given(federal_patterns(), st.floats(0, 1), st.sampled_from([None, *BOUNDARIES]))
def test_an_undated_act_decided_is_decided_alike_on_every_day_it_can_have_happened_on(
    pattern: FactPattern, where: float, boundary: date | None
) -> None:
    # An undated act (the victim's birth date stated) is judged under every text its days
    # fall under: a prong it meets (or fails) undated, it meets (or fails) on whatever day
    # it is dated within them — the date only adds facts. (Except § 1589 dated in the 2008
    # window, where the two texts give a dated act their result only when they agree on every
    # prong and the punishment: otherwise every prong is open, the coarser rule for dated acts.)
    undated = [
        i
        for i, c in enumerate(pattern.conduct)
        if c.date is None and pattern.person(c.person).birth_date is not None
    ]
    assume(undated)
    before = _federal(pattern)
    for i in undated:
        c = pattern.conduct[i]
        born = pattern.person(c.person).birth_date
        assert born is not None
        day = born + (TODAY - born) * where
        if boundary is not None and born <= boundary <= TODAY:
            day = boundary
        doc = pattern.model_dump(mode="json")
        doc["conduct"][i]["date"] = day.isoformat()
        after = _federal(FactPattern.model_validate(doc))
        for (cid, victim, prong), status in before.items():
            window = date(2008, 12, 23) <= day < date(2010, 1, 1) and "1589" in prong
            if cid == c.id and status != "undetermined" and not window:
                assert after[(cid, victim, prong)] == status, (cid, prong, day)


@pytest.mark.statute(*MINOR)
@QUICK
@given(federal_patterns(), st.sampled_from(MEANS))
def test_a_commercial_sex_act_contradicted_by_a_means_known_decides_no_minor_prong(
    pattern: FactPattern, means: str
) -> None:
    # A means known "to cause the person to engage in a commercial sex act" against no commercial
    # sex act known or disregarded: neither is preferred, so the minor prongs read the commercial
    # sex act as if it were not stated at all (review 7, item 4(b)).
    def stated(csa: dict[str, bool] | None) -> Any:
        def change(c: dict[str, Any]) -> None:
            federal = c.setdefault("federal", {})
            if csa is None:
                federal.pop("as_to_commercial_sex_act", None)
            else:
                federal["as_to_commercial_sex_act"] = csa
            group = federal.get("knew_means_will_be_used") or {}
            federal["knew_means_will_be_used"] = {**group, means: True}

        return change

    contradicted = _federal(_with(pattern, stated({"knew": False, "reckless_disregard": False})))
    unstated = _federal(_with(pattern, stated(None)))
    for key, status in contradicted.items():
        if key[2] in MINOR:
            assert status == unstated[key], key


def _advertising(c: dict[str, Any]) -> bool:
    venture = (c.get("federal") or {}).get("venture") or {}
    return "advertising" in (c.get("act"), venture.get("act"))


@pytest.mark.statute(*MEANS_PRONGS)
@QUICK
@given(federal_patterns(), st.sampled_from(MEANS))
def test_a_means_known_with_the_sex_act_disregarded_serves_as_reckless_disregard(
    pattern: FactPattern, means: str
) -> None:
    # Knowing a means will be used and recklessly disregarding the commercial sex act it is to
    # cause is at least reckless disregard of the whole: except for advertising, the means prongs
    # come out as for that means stated recklessly disregarded (review 7, item 4(a)).
    def stated(group: str) -> Any:
        def change(c: dict[str, Any]) -> None:
            federal = c.setdefault("federal", {})
            federal["as_to_commercial_sex_act"] = {"knew": False, "reckless_disregard": True}
            federal["knew_means_will_be_used"] = {}
            federal["reckless_disregard_means_will_be_used"] = {}
            federal[group] = {means: True}

        return change

    known = _with(pattern, stated("knew_means_will_be_used"))
    disregarded = _federal(_with(pattern, stated("reckless_disregard_means_will_be_used")))
    plain = {c["id"] for c in known.model_dump(mode="json")["conduct"] if not _advertising(c)}
    for key, status in _federal(known).items():
        if key[2] in MEANS_PRONGS and key[0] in plain:
            assert status == disregarded[key], key
