"""Session 9, helper E (third task): a federal helper's "punishable as a principal under …"
list puts the sections at issue by the pair's own rule (``needed.unasked``): an indicator about
the victim's work on file puts §§ 1589 and 1590 at issue for the helper as it does for the
pair's questions."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

import nm_trafficking as nmt

TODAY = date(2026, 12, 8)

SEX_ACT: dict[str, Any] = {
    "persons": [
        {"id": "T", "roles": ["trafficker"]},
        {"id": "H", "roles": ["other"]},
        {"id": "A", "roles": ["victim"], "birth_date": "1997-03-03"},
    ],
    "conduct": [
        {
            "id": "rec",
            "actor": "T",
            "person": "A",
            "act": "recruiting",
            "date": "2019-09-12",
            "knowingly": True,
            "means_will_be_used": {"fraud": True},
            "to_subject_to": {"commercial_sexual_activity": True},
            "federal": {
                "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
                "knew_means_will_be_used": {"fraud": True},
                "as_to_commercial_sex_act": {"knew": True},
            },
            "accessories": [
                {"person": "H", "aided": True, "intended_that_the_offense_be_committed": True}
            ],
        }
    ],
}

LABOR_SEEN = [
    {"id": "o1", "indicator": "coercion.debt_bondage", "actor": "T", "person": "A"},
    {"id": "o2", "indicator": "coercion.wages_unpaid_or_tips_only", "actor": "T", "person": "A"},
]


def _assess(observations: list[dict[str, Any]]) -> nmt.Assessment:
    data = copy.deepcopy(SEX_ACT)
    if observations:
        data["observations"] = observations
    return nmt.assess(nmt.from_dict(data), today=TODAY, law="federal")


def _helper(result: nmt.Assessment) -> str:
    (helper,) = result.summary.federal_accessories
    return helper.words


def _pair_asks_1589(result: nmt.Assessment) -> bool:
    return any(q.law == "usc_1589" for q in result.summary.needed)


def test_labor_indicators_toward_the_victim_put_1589_and_1590_at_issue_for_the_helper() -> None:
    """Debt bondage and unpaid wages on file toward A: the pair asks the §§ 1589/1590
    questions, so the helper's line names them too (after § 1591, which the act meets); it
    read "under § 1591" alone."""
    result = _assess(LABOR_SEEN)
    assert _pair_asks_1589(result)
    assert _helper(result).startswith(
        "H may be punishable as a principal (18 U.S.C. § 2(a) [S]) under § 1591 (or §§ 1589 "
        "or 1590, if the act aided meets one) for T's recruiting of A on 12 September 2019"
    ), _helper(result)


def test_without_them_the_helper_line_names_1591_alone_as_the_pair_asks_1591_alone() -> None:
    result = _assess([])
    assert not _pair_asks_1589(result)
    words = _helper(result)
    assert " under § 1591 for T's recruiting" in words, words
    assert "1589" not in words


def test_an_indicator_about_someone_elses_work_does_not_put_them_at_issue() -> None:
    """The indicator is about H's work, not A's: neither the pair nor the helper line asks."""
    seen = [{**o, "person": "H"} for o in LABOR_SEEN]
    result = _assess(seen)
    assert not _pair_asks_1589(result)
    assert "1589" not in _helper(result)


# --- § 30-28-2: a party to two agreements is told whether they are one (as § 1594's lines) ---

STATE_HEAD = "Related offense — conspiracy (NMSA 1978, § 30-28-2"


def _act(
    n: str, actor: str, act: str, day: str, with_: list[str], person: str = "V"
) -> dict[str, Any]:
    return {
        "id": n,
        "actor": actor,
        "person": person,
        "act": act,
        "date": day,
        "knowingly": True,
        "will_be_caused_to_engage_in_commercial_sexual_activity": True,
        "agreement": {"with_persons": with_, "to_commit_this_act": True},
    }


def _state_lines(acts: list[dict[str, Any]], defendant: str, victim: str = "V") -> list[str]:
    persons: list[dict[str, Any]] = [{"id": p} for p in ("L", "D2", "A2", "X")]
    persons.append({"id": "V", "roles": ["victim"], "birth_date": "2013-01-05"})
    persons.append({"id": "W", "roles": ["victim"], "birth_date": "2012-02-06"})
    result = nmt.assess(nmt.from_dict({"persons": persons, "conduct": acts}), today=TODAY)
    (pair,) = [p for p in result.summary.pairs if (p.defendant, p.victim) == (defendant, victim)]
    return [" ".join(line.split()) for line in pair.related if line.startswith(STATE_HEAD)]


RING = [
    _act("recruit", "L", "recruiting", "2025-12-01", ["D2", "A2"]),
    _act("drive", "D2", "transporting", "2025-12-02", ["L"]),
]


def test_a_party_to_two_30_28_2_agreements_is_told_they_are_read_as_two_once() -> None:
    """D2 is a party to L's agreement with D2 and A2 (the recruiting) and to his own with L (the
    transporting): two § 30-28-2 paragraphs in full under D2 and V, and nothing said whether
    they are one agreement (as § 1594's lines were before ``nth_agreement``)."""
    first, second = _state_lines(RING, "D2")
    assert (
        "(stated; the first of two § 30-28-2 agreements D2 is a party to with acts toward V: "
        "read as two, as different persons are stated to have combined for each, and whether "
        "they are one agreement is not assessed)"
    ) in first, first
    assert "(stated; the second of the two agreements)" in second, second
    # L's pair: the same two, counted as L's
    first, second = _state_lines(RING, "L")
    assert "the first of two § 30-28-2 agreements L is a party to" in first, first
    assert "the second of the two agreements" in second, second


def test_one_30_28_2_agreement_says_nothing_of_others() -> None:
    (line,) = _state_lines(RING[:1], "L")
    assert "agreements" not in line, line


def test_references_to_two_agreements_under_the_second_victim_say_which() -> None:
    """L agreed with D2 to recruit V and W; A2 agreed with L to transport V and W: two
    agreements, each toward V and W, said in full under L and V and referred to under L and W,
    each reference saying which of L's two agreements toward W it is."""
    acts = [
        _act("r1", "L", "recruiting", "2025-12-01", ["D2"]),
        _act("r2", "L", "recruiting", "2025-12-01", ["D2"], person="W"),
        _act("d1", "A2", "transporting", "2025-12-02", ["L"]),
        _act("d2", "A2", "transporting", "2025-12-02", ["L"], person="W"),
    ]
    first, second = _state_lines(acts, "L", "W")
    assert first.endswith(
        "above (the first of two § 30-28-2 agreements L is a party to with acts toward W: read "
        "as two, as different persons are stated to have combined for each, and whether they "
        "are one agreement is not assessed; one conspiracy toward V and W)."
    ), first
    assert "above (the second of the two agreements; one conspiracy toward V and W" in second, (
        second
    )


# --- § 30-52-1(E): a helper whose own trafficking only may meet § 30-52-1, after her help ---


def _helper_g(groom_day: str | None) -> Any:
    """G helped T transport V on 12 March 2019; T recruited G (knowingly not stated: the act
    toward G only may meet § 30-52-1) on ``groom_day``."""
    sex = {"will_be_caused_to_engage_in_commercial_sexual_activity": True}
    groom: dict[str, Any] = {"id": "g", "actor": "T", "person": "G", "act": "recruiting", **sex}
    if groom_day is not None:
        groom["date"] = groom_day
    conduct = [
        {
            "id": "a",
            "actor": "T",
            "person": "V",
            "act": "transporting",
            "date": "2019-03-12",
            "knowingly": True,
            **sex,
            "accessories": [
                {"person": "G", "aided": True, "intended_that_the_offense_be_committed": True}
            ],
        },
        groom,
    ]
    persons = [
        {"id": "T"},
        {"id": "G", "birth_date": "2004-05-01"},
        {"id": "V", "birth_date": "2005-01-01"},
    ]
    result = nmt.assess(nmt.from_dict({"persons": persons, "conduct": conduct}), today=TODAY)
    (found,) = [f for f in result.summary.accessories if f.helper == "G"]
    return found


def test_a_helper_who_may_be_trafficked_only_after_her_help_is_told_the_timing_point() -> None:
    """The recruiting of G (10 January 2021) may meet § 30-52-1 and came after the act she
    aided: (E) may apply, but whether one trafficked after her help is "a human trafficking
    victim" within (E) is a point of law, as for an act that meets it (``_after_aid``); it read
    "G may be a human trafficking victim …: if so, G shall not be charged" with no word of the
    timing."""
    found = _helper_g("2021-01-10")
    words = " ".join(found.words.split())
    assert (
        "§ 30-52-1(E) may apply: T's recruiting of G on 10 January 2021 may meet § 30-52-1 (what "
        "is still needed for T and G decides it), but came only after the act G aided, and "
        "§ 30-52-1(E) does not say when the victim must be one." in words
    ), words
    assert found.bar == "may_apply"
    (point,) = [q for q in found.needed if q.element == "victim_not_accessory"]
    assert point.kind == "point_of_law"


def test_before_her_help_or_undated_may_be_a_victim_as_before_or_may_have_come_after() -> None:
    before = " ".join(_helper_g("2019-01-10").words.split())
    assert "G may be a human trafficking victim (an act toward G may meet § 30-52-1" in before
    assert "aided, and § 30-52-1(E) does not say" not in before
    undated = " ".join(_helper_g(None).words.split())
    assert "may have come after the act G aided" in undated, undated
