"""A § 1589 act dated in the 2008 window (23 December 2008 to 31 December 2009), where which
text applied is UNVERIFIED and the 2000 and 2008 texts do not give it the same result: judged
under each and combined as an undated act is (a prong met only if met under both, not met only
if not met under both; any band either gives), not left wholly undetermined (review 9: a
forced-labor count met under both texts was reported undetermined over a penalty question)."""

from __future__ import annotations

from datetime import date
from typing import Any

import nm_trafficking as nmt

TODAY = date(2026, 12, 7)
LABOR = {
    "labor_or_services_of_the_person": True,
    "for_labor_or_services": True,
    "chapter_77_violation_completed": True,
    "chapter_77_violation_intended_or_known": True,
}


def _assess(act: dict[str, Any], day: str = "2009-05-01") -> nmt.Assessment:
    conduct = {"id": "w", "actor": "E", "person": "W", "date": day, "knowingly": True, **act}
    pattern = nmt.from_dict(
        {"persons": [{"id": "E"}, {"id": "W", "birth_date": "1980-01-01"}], "conduct": [conduct]}
    )
    return nmt.assess(pattern, today=TODAY, law="federal")


def _1589(a: nmt.Assessment) -> Any:
    return a.finding("E", "W").jurisdictions["usc_1589"]


ATTEMPTED_ABUSE = {
    "act": "obtaining",
    "federal": {
        "labor": LABOR,
        "labor_means": {"threats_of_serious_harm": True},
        "aggravation": {
            "death_results": False,
            "kidnapping": False,
            "attempt_to_kidnap": False,
            "aggravated_sexual_abuse": False,
            "attempt_to_commit_aggravated_sexual_abuse": True,
            "attempt_to_kill": False,
        },
    },
}


def test_met_under_both_texts_is_met_with_the_punishment_open_as_a_point_of_law() -> None:
    a = _assess(ATTEMPTED_ABUSE)
    j = _1589(a)
    assert j.prongs["18 U.S.C. § 1589(a)"].status == "met"
    assert j.status == "met"
    count = j.count("w")
    assert count.penalty.status == "undetermined"
    assert len(count.penalty.possible) == 2  # the 2000 text's life, the 2008 text's 20 years
    assert "which text applied on the date of the act is UNVERIFIED" in count.penalty.reason
    needed = [q for q in a.summary.needed if q.law == "usc_1589"]
    (q,) = needed
    assert q.kind == "point_of_law" and q.element == "text"
    assert q.text.startswith("Which text of 18 U.S.C. § 1589 applies to the obtaining of 1 May")
    assert "different punishments" in q.text
    kinds = {n.kind for n in j.notes}
    assert "texts_differ" in kinds and "texts_agree" not in kinds and "date_unknown" not in kinds
    assert "date is not stated" not in a.explain() and "(date not stated)" not in a.explain()
    # the same act a year later falls under the 2008 text alone: met, its band fixed
    later = _1589(_assess(ATTEMPTED_ABUSE, "2010-05-01")).count("w")
    assert later.status == "met" and later.penalty.status == "determined"


def test_what_both_texts_defeat_stays_not_met_and_only_the_difference_is_open() -> None:
    """A benefiting whose actor is stated not to have provided or obtained the labor: (a) is
    defeated under both texts (not met); (b) exists only in the 2008 text (not met under 2000,
    met under 2008): open, with each text's answer."""
    benefit = {
        "act": "benefiting",
        "benefit": {"financially": True},
        "federal": {
            "labor": {"provided_or_obtained_labor_or_services": False},
            "venture": {
                "participated": True,
                "benefit_from_participation": True,
                "engaged_in_labor_or_services_by_1589_means": True,
                "as_to_labor_means": {"knew": True},
            },
        },
    }
    j = _1589(_assess(benefit))
    assert j.prongs["18 U.S.C. § 1589(a)"].status == "not_met"
    assert j.prongs["18 U.S.C. § 1589(b)"].status == "undetermined"


def test_threats_of_force_only_under_the_newer_text_is_open_not_not_met() -> None:
    """Force is a means of the 2008 text, not of the 2000 text as encoded: (a) differs between
    the texts, so it is open, and the question is which text applies (no fact asked again)."""
    force = {
        "act": "obtaining",
        "federal": {"labor": LABOR, "labor_means": {"force": True}},
    }
    a = _assess(force)
    j = _1589(a)
    assert j.prongs["18 U.S.C. § 1589(a)"].status == "undetermined"
    needed = [q for q in a.summary.needed if q.law == "usc_1589"]
    assert [q.element for q in needed] == ["text"]
    assert "different answers" in needed[0].text


def test_a_band_open_only_on_which_text_applies_says_so() -> None:
    """Review 12: every fact stated, the band line said "as the facts still to be established
    decide" where only which text applies is open (a point of law)."""
    a = _assess(ATTEMPTED_ABUSE)
    (pair,) = a.summary.pairs
    words = next(law.grading.words for law in pair.laws if law.law == "usc_1589")
    assert words.endswith("as which text applies decides (a point of law)")
