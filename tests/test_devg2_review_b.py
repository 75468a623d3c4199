"""An AUSA's review (reviewB, helper G, second round): the in-force notes of the 2008 texts say
what the library does in the 2008 window (§ 1589: both texts, combined; §§ 1590 and 1591: no
text applied), and the in-force element of a window act both texts judge alike says the window;
the § 3299 note of an act dated before 27 July 2006 says so, with § 3282(a)'s five years, not a
condition on a date the facts give; the court form drafts, for a buyer before 29 May 2015, the
§ 1591(c) alternative the facts state, not the knowledge and reckless disregard they state false;
a federal helper who is herself a victim is told the (E) bar has no federal equivalent found; a
federal helper found liable is worded decision first."""

from __future__ import annotations

from datetime import date
from typing import Any

import nm_trafficking as nmt
from nm_trafficking.render.instructions import render as court_form_text
from nm_trafficking.render.summary_text import render_summary_text
from nm_trafficking.render.text import render_elements_text
from nm_trafficking.statute.usc_18.s1589.v2008 import IN_FORCE_NOTE as NOTE_1589
from nm_trafficking.statute.usc_18.s1590.v2008 import IN_FORCE_NOTE as NOTE_1590
from nm_trafficking.statute.usc_18.s1591.v2008 import TEXT as T1591_2008

TODAY = date(2026, 12, 7)

NO_AGGRAVATION = {
    "death_results": False,
    "kidnapping": False,
    "attempt_to_kidnap": False,
    "aggravated_sexual_abuse": False,
    "attempt_to_commit_aggravated_sexual_abuse": False,
    "attempt_to_kill": False,
}
LABOR = {"labor_or_services_of_the_person": True, "provided_or_obtained_labor_or_services": True}


def _labor(day: str, means: dict[str, bool]) -> dict[str, Any]:
    """D obtained W's labor on ``day`` by ``means`` (the review's patterns f11 and f12)."""
    return {
        "persons": [
            {"id": "D", "roles": ["trafficker"]},
            {"id": "W", "roles": ["victim"], "age": 40, "age_on": day},
        ],
        "conduct": [
            {
                "id": "w",
                "actor": "D",
                "person": "W",
                "act": "obtaining",
                "date": day,
                "knowingly": True,
                "federal": {"labor": LABOR, "labor_means": means, "aggravation": NO_AGGRAVATION},
            }
        ],
    }


def _assess(doc: dict[str, Any], law: str = "federal") -> tuple[nmt.FactPattern, Any]:
    pattern = nmt.from_dict(doc)
    return pattern, nmt.assess(pattern, today=TODAY, law=law)  # type: ignore[arg-type]


def _flat(text: str) -> str:
    return " ".join(text.split())


# --- 1. the 2008 window, said as the library judges it ---------------------------------------

STALE = "so conduct until the end of 2009 is left undetermined"


def test_no_in_force_note_says_the_window_is_left_undetermined() -> None:
    """docs/federal.md decision 2 (revised): § 1589 in the window is judged under both texts
    and combined; the notes said every act was left undetermined."""
    for note in (NOTE_1589, NOTE_1590, T1591_2008.in_force_note):
        assert STALE not in note
    # § 1589: both texts, combined (met only if met under both)
    assert "judged under both" in NOTE_1589 and "2000 text" in NOTE_1589
    assert "met only if met under both" in NOTE_1589
    # §§ 1590 and 1591: no text applied in the window; not met only on a fact that defeats a
    # prong under every candidate wording
    for note in (NOTE_1590, T1591_2008.in_force_note):
        assert "applied from 1 January 2010" in note
        assert "every candidate wording" in note


def test_a_window_act_both_texts_judge_alike_says_the_window_in_its_in_force_element() -> None:
    """f12: labor obtained by threatened abuse of legal process on 1 June 2009 is met under
    either text; the in-force element said only that the date falls in the 2008 text's period."""
    _, a = _assess(
        _labor("2009-06-01", {"abuse_or_threatened_abuse_of_law_or_legal_process": True})
    )
    text = _flat(render_elements_text(a))
    assert STALE not in text
    assert (
        "falls within the period of 18 U.S.C. § 1589 as amended 23 December 2008 [S]; it also "
        "falls in the period 23 December 2008 to 31 December 2009 (the 2008 rewrite's effective "
        "date is UNVERIFIED), when either text may have applied: 18 U.S.C. § 1589 as enacted "
        "28 October 2000 [P] and 18 U.S.C. § 1589 as amended 23 December 2008 [S] give it the "
        "same result on these facts" in text
    )


def test_an_act_after_the_window_says_no_window() -> None:
    _, a = _assess(
        _labor("2012-06-01", {"abuse_or_threatened_abuse_of_law_or_legal_process": True})
    )
    assert "it also falls in the period" not in _flat(render_elements_text(a))


# --- 2. § 3299 and an act of a known date before it ------------------------------------------


def _1591_open(day: str) -> dict[str, Any]:
    """Labor by threats of serious harm: no § 1591 fact stated, so § 1591 is open (f11)."""
    return _labor(day, {"threats_of_serious_harm": True})


def test_the_3299_note_of_a_dated_act_before_it_is_no_condition_on_its_date() -> None:
    """f11: an act of 1 September 2005 (§ 1591 open: no text encoded) was told 'no limitation
    period if the act is on or after 27 July 2006' — its date is known."""
    _, a = _assess(_1591_open("2005-09-01"))
    text = _flat(render_elements_text(a))
    assert "if the act is on or after 27 July 2006" not in text
    assert (
        "the obtaining of 1 September 2005: before § 3299 (27 July 2006, as the reference gives "
        "it): five years under 18 U.S.C. § 3282(a) [S], to 1 September 2010 (passed), unless "
        "tolled — check; whether § 3299 reached the act is open (Stogner does not bar it: these "
        "five years had not run on 27 July 2006, and a later extension helps a prosecution not "
        "yet barred when it took effect)" in text
    )


def test_an_act_whose_five_years_ran_before_3299_says_so() -> None:
    _, a = _assess(_1591_open("2001-03-01"))
    text = _flat(render_elements_text(a))
    assert "to 1 March 2006 (passed), unless tolled — check" in text
    # review G3: § 3299 cannot revive a period that had run (Stogner): not said open
    assert "§ 3299 came after they had run and does not revive them (Stogner [P])" in text


def test_an_act_after_3299_has_no_limitation_period() -> None:
    _, a = _assess(_1591_open("2010-03-01"))
    assert "obtaining of 1 March 2010: no limitation period" in _flat(render_elements_text(a))


# --- 3. the court form: the § 1591(c) alternative stated, not those stated false -------------

BUYER = {
    "persons": [
        {"id": "B", "roles": ["consumer"]},
        {"id": "V", "roles": ["victim"], "birth_date": "2000-01-15"},
    ],
    "conduct": [
        {
            "id": "buy1",
            "actor": "B",
            "person": "V",
            "act": "patronizing",
            "date": "2015-05-28",
            "knowingly": True,
            "as_buyer": True,
            "federal": {
                "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
                "as_to_age": {"knew": False, "reckless_disregard": False},
                "reasonable_opportunity_to_observe": True,
                "as_to_commercial_sex_act": {"knew": True},
            },
        }
    ],
}


def test_a_buyer_before_2015_is_drafted_with_the_observe_alternative_the_facts_state() -> None:
    """f02: on 28 May 2015 (the 2008 text; whether 'obtains' reaches a buyer is open) the form
    drafted 'knew, or was in reckless disregard of the fact, that V had not attained the age of
    18 years', both stated false; on 29 May it drafts § 1591(c)'s alternative."""
    pattern, a = _assess(BUYER)
    text = _flat(court_form_text(a, pattern))
    assert "Patronizing V on 28 May 2015: open on the facts stated" in text
    assert "that V had not attained the age of 18 years; Authority" not in text
    assert "Third, the defendant had a reasonable opportunity to observe V;" in text


def test_a_buyer_before_2015_with_the_age_open_keeps_both_minds_and_the_observe_one() -> None:
    """Knowledge and reckless disregard not stated: nothing is ruled out."""
    doc = {**BUYER, "conduct": [{**BUYER["conduct"][0]}]}
    doc["conduct"][0]["federal"] = {
        k: v for k, v in BUYER["conduct"][0]["federal"].items() if k != "as_to_age"
    }
    pattern, a = _assess(doc)
    text = _flat(court_form_text(a, pattern))
    assert (
        "Third, the defendant knew, or was in reckless disregard of the fact, that V had not "
        "attained the age of 18 years" in text
    )


# --- 4 and 5. federal helpers ----------------------------------------------------------------

HELPERS = {
    "persons": [
        {"id": "A", "roles": ["trafficker"]},
        {"id": "Dr", "roles": ["other"]},
        {"id": "V1", "roles": ["victim"], "birth_date": "2004-12-01"},
        {"id": "V2", "roles": ["victim"], "birth_date": "2003-01-01"},
    ],
    "conduct": [
        {
            "id": "a_recruit",
            "actor": "A",
            "person": "V1",
            "act": "recruiting",
            "date": "2022-03-01",
            "knowingly": True,
            "federal": {
                "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
                "as_to_age": {"knew": True},
                "as_to_commercial_sex_act": {"knew": True},
                "knew_means_will_be_used": {"threats_of_force": True},
                "offense_effected_by": {"threats_of_force": True},
            },
            "accessories": [
                {"person": "Dr", "aided": True, "intended_that_the_offense_be_committed": True},
                {"person": "V2", "aided": True, "intended_that_the_offense_be_committed": True},
            ],
        },
        {
            "id": "a_v2",
            "actor": "A",
            "person": "V2",
            "act": "maintaining",
            "date": "2022-02-01",
            "knowingly": True,
            "federal": {
                "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
                "knew_means_will_be_used": {"force": True},
                "as_to_commercial_sex_act": {"knew": True},
                "offense_effected_by": {"force": True},
            },
        },
    ],
}

NO_EQUIVALENT = (
    "the bar of § 30-52-1(E) on charging a human trafficking victim as an accessory has no "
    "federal equivalent found in the sources read"
)


def _helper(a: Any, who: str) -> Any:
    found = [h for h in (*a.summary.accessories, *a.summary.federal_accessories) if h.helper == who]
    assert len(found) == 1
    return found[0]


def test_a_federal_helper_who_is_a_victim_is_told_the_e_bar_has_no_federal_equivalent() -> None:
    """f19: V2, maintained by force (§ 1591 met toward her), helped A recruit V1."""
    _, a = _assess(HELPERS)
    v2 = _helper(a, "V2")
    assert "V2 is a victim of an offense under § 1591 (an act toward V2 meets it)" in v2.words
    assert NO_EQUIVALENT in v2.words
    assert NO_EQUIVALENT not in _helper(a, "Dr").words  # Dr is no victim
    # with § 30-52-1 assessed beside them, the state line, after the (E) bar, says it too
    _, both = _assess(HELPERS, law="all")
    assert "(§ 30-52-1(E)). No federal equivalent of § 30-52-1(E)" in _helper(both, "V2").words


def test_a_federal_helper_found_liable_is_worded_decision_first() -> None:
    """Met on the state's accessory facts, the helper is at most undetermined federally (review
    L1 of session 6: the federal intent standard is not in the sources read), the decision
    first all the same."""
    _, a = _assess(HELPERS)
    dr = _helper(a, "Dr")
    # only § 1591: no fact of a recruiting for sex puts labor at issue (review V9 of session 8)
    assert dr.words.startswith(
        "Dr may be punishable as a principal (18 U.S.C. § 2(a) [S]) under § 1591 "
        "for A's recruiting of V1 on 1 March 2022, not established (stated: aided it and intended "
        "that the offense be committed); the federal intent standard for aiding and abetting is "
        "not in the sources read."
    )
    assert "named as a helper" not in _flat(render_summary_text(a.summary))


def test_a_federal_helper_open_under_every_section_may_be_punishable() -> None:
    doc = {**HELPERS, "conduct": [{**HELPERS["conduct"][0]}]}
    doc["conduct"][0]["accessories"] = [{"person": "Dr", "aided": True}]
    _, a = _assess(doc)
    # open under every section, but named under the one the act puts at issue (review V9 of
    # session 8)
    assert _helper(a, "Dr").words.startswith(
        "Dr may be punishable as a principal (18 U.S.C. § 2(a) [S]) under § 1591 "
        "for A's "
        "recruiting of V1 on 1 March 2022, not established (stated: aided it; not stated: the "
        "intent)"
    )
