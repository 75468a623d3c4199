"""Session 8, helper H: reviews U1/V1 (a stated non-buyer's patronizing or soliciting under
§ 1591 before 29 May 2015), U3 (the buyer note set off by the buyer fact), V2 (a believed age
under § 1591: no State v. Jackson), V3 (the § 1591(a)(2) commerce question asks about the
venture's act) and V6 (§ 1591(d) named as not assessed)."""

from __future__ import annotations

import html
import re
from datetime import date
from typing import Any

import pytest

import nm_trafficking as nmt
from nm_trafficking.reasoning.penalties import listed_in_b
from nm_trafficking.render.instructions import render as court_form
from nm_trafficking.statute.usc_18.s1591 import v2008

TODAY = date(2026, 12, 7)
_1591 = "usc_1591"
_FACTS = {
    "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
    "as_to_age": {"knew": True},
    "as_to_commercial_sex_act": {"knew": True},
}


def _flat(text: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).replace("\xa0", " ").split())


def _pattern(
    act: str, day: str, *, roles: list[str] | None = None, **extra: Any
) -> nmt.FactPattern:
    """P (a recruiter unless ``roles``) does ``act`` toward G, 16 in 2013, on ``day``:
    knowingly, a commercial sex act to come, commerce and knowledge of age stated."""
    return nmt.from_dict(
        {
            "persons": [
                {"id": "P", "roles": roles or ["recruiter"]},
                {"id": "G", "roles": ["victim"], "birth_date": "1997-03-03"},
            ],
            "conduct": [
                {
                    "id": "a",
                    "actor": "P",
                    "person": "G",
                    "act": act,
                    "date": day,
                    "knowingly": True,
                    "will_be_caused_to_engage_in_commercial_sexual_activity": True,
                    "federal": _FACTS,
                    **extra,
                }
            ],
        }
    )


def _conduct(assessment: nmt.Assessment) -> dict[str, str]:
    """Each § 1591(a)(1) prong's conduct element status for the pair's only act."""
    count = assessment.findings[0].jurisdictions[_1591].count("a")
    return {
        name: next(e.status for e in prong.elements if e.element == "conduct")
        for name, prong in count.prongs.items()
        if "(a)(1)" in name
    }


# --- U1 / V1: a verb the 2008 text lacks, by someone stated not to be a buyer ----------------


@pytest.mark.parametrize("act", ["soliciting", "patronizing"])
def test_a_stated_non_buyers_verb_outside_the_2008_text_is_not_met(act: str) -> None:
    """Reference § 2.3 leaves open only "whether buyers were already reached as persons who
    'obtain'"; the 2008 text [R] lists "recruits, entices, harbors, transports, provides,
    obtains, or maintains". For an act stated not to be a buyer's, the verb is not met (as
    advertising before 2015, and as under § 30-52-1, decision 15), and no buyer question is
    asked."""
    a = nmt.assess(_pattern(act, "2013-05-05", as_buyer=False), today=TODAY, law="federal")
    assert set(_conduct(a).values()) == {"not_met"}
    assert a.findings[0].jurisdictions[_1591].status == "not_met"
    text = _flat(a.explain())
    assert f"the conduct is {act}, which is not a verb of § 1591(a)(1)" in text
    assert "and P is not a buyer on the facts stated" in text
    assert "(the act is stated not to be P's own purchase)" in text  # only the reason that applies
    assert "whether a buyer 'obtains'" not in text


def test_the_consumer_role_alone_keeps_the_point_open() -> None:
    """A buyer (the consumer role, ``as_buyer`` not stated): the open point stays, asked as a
    point of law."""
    a = nmt.assess(_pattern("soliciting", "2013-05-05", roles=["consumer"]), today=TODAY)
    assert _conduct(a)["18 U.S.C. § 1591(a)(1) minor"] == "undetermined"
    assert "whether a buyer 'obtains' under the texts before 29 May 2015 is UNVERIFIED" in (
        _flat(a.explain())
    )


def test_as_buyer_true_keeps_the_point_open_whatever_the_role() -> None:
    a = nmt.assess(_pattern("patronizing", "2013-05-05", as_buyer=True), today=TODAY)
    assert _conduct(a)["18 U.S.C. § 1591(a)(1) minor"] == "undetermined"


def test_from_29_may_2015_a_non_buyers_soliciting_is_a_verb() -> None:
    a = nmt.assess(_pattern("soliciting", "2016-05-05", as_buyer=False), today=TODAY)
    assert set(_conduct(a).values()) == {"met"}


def test_observe_does_not_serve_a_non_buyers_unlisted_verb() -> None:
    """§ 1591(c) (2008 text [R]) lists "recruited, enticed, harbored, transported, provided,
    obtained or maintained": a reasonable opportunity to observe serves a buyer's patronizing
    on the "obtained" reading only; for a stated non-buyer it is read on the list."""
    a = nmt.assess(
        _pattern(
            "patronizing",
            "2014-06-06",
            as_buyer=False,
            federal={
                **_FACTS,
                "as_to_age": {"knew": False, "reckless_disregard": False},
                "reasonable_opportunity_to_observe": True,
            },
        ),
        today=TODAY,
    )
    count = a.findings[0].jurisdictions[_1591].count("a")
    minor = count.prongs["18 U.S.C. § 1591(a)(1) minor"]
    assert next(e.status for e in minor.elements if e.element == "age_mental_state") == "not_met"


def test_the_court_form_drafts_nothing_for_a_non_buyer() -> None:
    """The court form reads the element statuses: no "[obtained]" for a recruiter (review V1)."""
    pattern = _pattern("soliciting", "2013-05-05", as_buyer=False)
    form = _flat(court_form(nmt.assess(pattern, today=TODAY, law="federal"), pattern))
    assert "[obtained]" not in form
    assert "18 U.S.C. § 1591: no prong is met or open on the facts stated" in form


def test_the_band_reads_an_open_verb_as_obtained_only_for_a_possible_buyer() -> None:
    """§ 1591(b) (2008) lists "recruited, enticed, harbored, transported, provided, or
    obtained": a buyer's soliciting is read on the "obtained" theory; anyone else's is not a
    verb (b) lists."""
    rule = v2008.PENALTY
    assert listed_in_b(rule, "soliciting", True)
    assert not listed_in_b(rule, "soliciting", False)
    assert listed_in_b(rule, "obtaining", False)


# --- U3: the buyer note ------------------------------------------------------------------------


def test_the_buyer_note_is_not_given_for_a_stated_non_buyer() -> None:
    """u58: patronizing by a recruiter with ``as_buyer: false`` is not met under § 30-52-1; the
    note on "a buyer's own purchase" concerns nobody in the case."""
    a = nmt.assess(_pattern("patronizing", "2020-06-06", as_buyer=False), today=TODAY, law="nm")
    assert "whether a buyer's own purchase is reached" not in _flat(a.explain())
    assert all(n.kind != "buyer" for n in a.summary.notes)


def test_the_buyer_note_is_given_for_a_buyer() -> None:
    a = nmt.assess(_pattern("patronizing", "2020-06-06", as_buyer=True), today=TODAY, law="nm")
    assert "whether a buyer's own purchase is reached (UNVERIFIED)" in _flat(a.explain())


# --- V2: a believed age under § 1591 -----------------------------------------------------------


def _believed(law: str) -> tuple[nmt.Assessment, nmt.FactPattern]:
    pattern = _pattern(
        "recruiting",
        "2013-05-05",
        believed_age=19,
        federal={**_FACTS, "as_to_age": {}, "reasonable_opportunity_to_observe": False},
    )
    return nmt.assess(pattern, today=TODAY, law=law), pattern  # type: ignore[arg-type]


def test_a_federal_memo_cites_no_state_case_for_a_believed_age() -> None:
    """Jackson is a New Mexico case; under § 1591 a believed age is evidence on knowledge or
    reckless disregard of age (decision 16: nothing of § 30-52-1 with ``--law federal``)."""
    a, pattern = _believed("federal")
    memo = _flat(a.memo(pattern=pattern))
    assert "Jackson" not in memo
    assert (
        "P believed G to be 19 (recorded; evidence on knowledge or reckless disregard of age, "
        "which the library does not weigh)." in memo
    )
    summary = _flat(a.explain())
    assert "belief about age decides nothing" not in summary
    assert "belief about age: evidence, not decisive by itself (§ 1591)" in summary


def test_with_both_laws_jackson_is_the_states_only() -> None:
    a, pattern = _believed("all")
    memo = _flat(a.memo(pattern=pattern))
    assert (
        "P believed G to be 19 (recorded; under § 30-52-1 never decisive: State v. Jackson, "
        "2018-NMCA-066; under § 1591 evidence on knowledge or reckless disregard of age, which "
        "the library does not weigh)." in memo
    )
    # one title for the two notes (the first screen's line stays short), true of each law
    summary = _flat(a.explain())
    assert "belief about age: not decisive;" in summary
    assert "decides nothing" not in summary
    nm_only = _flat(_believed("nm")[0].explain())
    assert "belief about age decides nothing" in nm_only


def test_the_federal_belief_note_does_not_say_it_never_decides() -> None:
    a, _ = _believed("federal")
    full = _flat(a.explain(detail="elements"))
    assert "never decides an element" not in full
    assert "The actor's belief about the age is never decisive" not in full
    assert "it is evidence on whether the actor knew or recklessly disregarded" in full


# --- V3: the (a)(2) commerce question ----------------------------------------------------------


def test_the_a2_commerce_question_asks_about_the_ventures_act() -> None:
    """v27: the element note reads the commerce fact as the venture's (a)(1) act (UNVERIFIED);
    the question asks about that act, with the open point named."""
    pattern = nmt.from_dict(
        {
            "persons": [
                {"id": "W", "roles": ["other"]},
                {"id": "G", "roles": ["victim"], "birth_date": "2009-03-03"},
            ],
            "conduct": [
                {
                    "id": "site",
                    "actor": "W",
                    "person": "G",
                    "act": "benefiting",
                    "date": "2022-10-10",
                    "knowingly": True,
                    "benefit": {"financially": True},
                    "federal": {
                        "as_to_age": {"knew": True},
                        "as_to_commercial_sex_act": {"knew": True},
                        "venture": {
                            "act": "advertising",
                            "person_to_engage_in_commercial_sex_act": True,
                            "two_or_more_individuals_associated_in_fact": True,
                            "knowingly_assisted_supported_or_facilitated": True,
                            "benefit_from_participation": True,
                        },
                    },
                }
            ],
        }
    )
    text = _flat(nmt.assess(pattern, today=TODAY, law="federal").explain())
    assert (
        "Was the venture's advertising of G, from which W benefited on 10 October 2022, in or "
        "affecting interstate or foreign commerce" in text
    )
    assert "whose act must affect commerce is UNVERIFIED" in text
    assert "Was the benefiting of 10 October 2022 in or affecting" not in text


# --- V6: § 1591(d) ----------------------------------------------------------------------------


@pytest.mark.parametrize("day", ["2013-05-05", "2016-05-05", "2018-06-06", "2020-05-05"])
def test_1591_d_is_named_not_assessed_in_every_text(day: str) -> None:
    """The reference § 1.1 [S] has § 1591(d) ("Whoever obstructs, attempts to obstruct, or in any
    way interferes with or prevents the enforcement of this section, ...") and § 3.10 its
    punishment (25 years, 20 before 21 December 2018): named beside § 1590(b)."""
    a = nmt.assess(_pattern("recruiting", day), today=TODAY, law="federal")
    full = _flat(a.explain(detail="elements"))
    assert "§ 1591(d) (obstruction" in full
    assert "is not assessed" in full.split("§ 1591(d) (obstruction", 1)[1][:400]


@pytest.mark.parametrize("act", ["soliciting", "patronizing"])
def test_a_non_buyer_read_from_the_roles_is_said_to_be_a_reading(act: str) -> None:
    """Reviews Z3 1 and Z5 2 of session 8: with nothing stated of the purchase, the reason names
    the reading from the roles (no consumer role), not a stated fact, and only that reason."""
    a = nmt.assess(_pattern(act, "2013-05-05"), today=TODAY, law="federal")
    text = _flat(a.explain())
    assert (
        "and P is not a buyer on the facts stated (nothing states that the act is P's own "
        "purchase, and P does not have the consumer role)"
    ) in text
    assert "stated not to be P's own purchase" not in text
