"""An act of § 1591 on the day a later text was enacted (29 May 2015, Pub. L. 114-22; 11 April
2018, FOSTA): the reference gives enactment dates and calls the effective dates UNVERIFIED
(reference § 2.4), and the act may precede the signing that day. It is judged under the text
before and the text from that day, as an act in the 2008 window of § 1589 is
(``FederalVersion.candidates``): the same answer stands, a different one is undetermined, with
one short sentence saying why (review L2: the texts were applied from their enactment dates).
The start of each of those texts is said once, in the notes, not on every element."""

from __future__ import annotations

from datetime import date
from typing import Any

import nm_trafficking as nmt
from nm_trafficking.reasoning.acts import _rules
from nm_trafficking.statute.usc_18.s1591 import USC_1591
from nm_trafficking.statute.usc_18.s1591.v2018a import VERSION_2018A
from nm_trafficking.statute.usc_18.s1591.v2018b import VERSION_2018B

TODAY = date(2026, 12, 7)
A1_MEANS = "18 U.S.C. § 1591(a)(1) force, fraud or coercion"
A1_MINOR = "18 U.S.C. § 1591(a)(1) minor"
A2_MINOR = "18 U.S.C. § 1591(a)(2) minor"
WHY = "29 May 2015: Pub. L. 114-22 was enacted that day and its effective date is UNVERIFIED"
NO6 = {
    "force": False,
    "threats_of_force": False,
    "fraud": False,
    "coercion_threats_of_serious_harm_or_restraint": False,
    "coercion_scheme_plan_or_pattern": False,
    "coercion_abuse_of_legal_process": False,
}
FRAUD = {**NO6, "fraud": True}


def _assess(act: str, day: str, victim: dict[str, Any], role: str = "consumer") -> Any:
    """B's ``act`` toward V on ``day``: knowingly, in commerce, V seen in person, B knowing
    that fraud will be used to cause V to engage in a commercial sex act."""
    conduct = {
        "id": "w",
        "actor": "B",
        "person": "V",
        "act": act,
        "date": day,
        "knowingly": True,
        "will_be_caused_to_engage_in_commercial_sexual_activity": True,
        "federal": {
            "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
            "reasonable_opportunity_to_observe": True,
            "as_to_commercial_sex_act": {"knew": True},
            "knew_means_will_be_used": FRAUD,
            "offense_effected_by": FRAUD,
        },
    }
    persons = [{"id": "B", "roles": [role]}, {"id": "V", "roles": ["victim"], **victim}]
    pattern = nmt.from_dict({"persons": persons, "conduct": [conduct]})
    return nmt.assess(pattern, today=TODAY, law="federal")


def _1591(a: Any) -> Any:
    return a.finding("B", "V").jurisdictions["usc_1591"]


ADULT = {"age": 30}
MINOR = {"birth_date": "2000-01-10"}  # 15 in May 2015
YOUNGER = {"birth_date": "2003-01-10"}  # 15 in 2018


def test_patronizing_an_adult_by_fraud_on_29_may_2015_is_open_between_the_two_texts() -> None:
    """Patronizing is a verb of (a)(1) only from the 2015 Act; before it, whether a buyer
    "obtains" is UNVERIFIED (open). On the enactment day both texts apply: open, not met."""
    before = _1591(_assess("patronizing", "2015-05-28", ADULT))
    on = _1591(_assess("patronizing", "2015-05-29", ADULT))
    after = _1591(_assess("patronizing", "2015-05-30", ADULT))
    assert before.prongs[A1_MEANS].status == "undetermined"
    assert after.prongs[A1_MEANS].status == "met"
    assert on.prongs[A1_MEANS].status == "undetermined"  # was met: the 2015 text alone
    count = on.count("w")
    assert count.text_version is None  # no one text is named
    assert count.assessed_under == "usc-1591-2015"  # the newer text's prongs, combined
    conduct = next(e for e in count.prongs[A1_MEANS].elements if e.element == "conduct")
    assert conduct.status == "undetermined"
    assert conduct.reason.startswith(
        f"which text applied on the date of the act is UNVERIFIED ({WHY})"
    )
    assert (
        "under 18 U.S.C. § 1591 as amended 29 May 2015 [R], the conduct is patronizing, a verb"
        in conduct.reason
    )
    kinds = [n.kind for n in on.notes]
    assert "texts_differ" in kinds and "texts_agree" not in kinds
    # the band both texts give stays: (b)(1), the offense effected by fraud
    assert on.penalty.possible == ["(b)(1)"]


def test_soliciting_a_minor_on_29_may_2015_is_open_and_the_question_is_which_text() -> None:
    a = _assess("soliciting", "2015-05-29", MINOR)
    j = _1591(a)
    assert j.prongs[A1_MINOR].status == "undetermined"  # was met under the 2015 text alone
    assert j.status == "undetermined"
    needed = [q for q in a.summary.needed if q.law == "usc_1591"]
    (q,) = needed
    assert q.kind == "point_of_law" and q.element == "text"
    assert q.text.startswith("Which text of 18 U.S.C. § 1591 applies to the soliciting of 29 May")
    assert WHY in q.text
    # the day before: the 2008 text alone (open); the day after: the 2015 text alone (met)
    assert _1591(_assess("soliciting", "2015-05-28", MINOR)).prongs[A1_MINOR].status == (
        "undetermined"
    )
    assert _1591(_assess("soliciting", "2015-05-30", MINOR)).prongs[A1_MINOR].status == "met"
    first_screen = " ".join(a.explain().split())  # unwrapped
    assert "Which text applied to the soliciting of 29 May 2015 is UNVERIFIED." in first_screen


def test_where_both_texts_agree_on_29_may_2015_the_answer_stands() -> None:
    """A trafficker recruiting an adult by fraud: a verb of both texts, met under both."""
    a = _assess("recruiting", "2015-05-29", ADULT, role="trafficker")
    j = _1591(a)
    assert j.prongs[A1_MEANS].status == "met"
    assert j.penalty.band == "(b)(1)"
    assert j.count("w").text_version == "usc-1591-2015"
    agree = [n for n in j.notes if n.kind == "texts_agree"]  # absent before: no window
    (note,) = agree
    assert f"falls in the period '{WHY}'" in note.text
    assert (
        "18 U.S.C. § 1591 as amended 23 December 2008 [R] and 18 U.S.C. § 1591 as amended "
        "29 May 2015 [R] give it the same result" in note.text
    )


VENTURE = {
    "act": "benefiting",
    "benefit": {"financially": True},
    "federal": {
        "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
        "as_to_age": {"knew": True},
        "as_to_commercial_sex_act": {"knew": True},
        "offense_effected_by": NO6,
        "venture": {
            "act": "harboring",
            "person_to_engage_in_commercial_sex_act": True,
            "two_or_more_individuals_associated_in_fact": True,
            "knowingly_assisted_supported_or_facilitated": True,
            "benefit_from_participation": True,
        },
    },
}


def _venture(day: str) -> Any:
    conduct = {"id": "w", "actor": "B", "person": "V", "date": day, "knowingly": True, **VENTURE}
    persons = [{"id": "B", "roles": ["other"]}, {"id": "V", "roles": ["victim"], **YOUNGER}]
    return _1591(
        nmt.assess(
            nmt.from_dict({"persons": persons, "conduct": [conduct]}), today=TODAY, law="federal"
        )
    )


def test_participation_in_a_venture_on_11_april_2018_is_open_between_the_two_texts() -> None:
    """FOSTA defined "participation in a venture" (knowingly assisting, supporting or
    facilitating): before it the finder's own judgement is needed (open)."""
    assert _venture("2018-04-10").prongs[A2_MINOR].status == "undetermined"
    assert _venture("2018-04-12").prongs[A2_MINOR].status == "met"
    on = _venture("2018-04-11")
    assert on.prongs[A2_MINOR].status == "undetermined"  # was met: FOSTA's text alone
    participation = next(
        e for e in on.count("w").prongs[A2_MINOR].elements if e.element == "participation"
    )
    assert participation.status == "undetermined"
    assert participation.reason.startswith(
        "which text applied on the date of the act is UNVERIFIED (11 April 2018: Pub. L. "
        "115-164 was enacted that day and its effective date is UNVERIFIED)"
    )


def test_21_december_2018_needs_no_enactment_day_the_texts_judge_alike() -> None:
    """Pub. L. 115-392 changed only (d), which is not assessed: the texts either side of 21
    December 2018 have the same offenses and penalty, so an act that day has the same answer
    under each, and the current text is applied from that day. Should (d) (or anything else
    that separates them) be encoded, this fails: give that day a period as the others have."""
    assert _rules(VERSION_2018A) == _rules(VERSION_2018B)
    assert VERSION_2018A.penalty == VERSION_2018B.penalty
    assert USC_1591.version_for(date(2018, 12, 21)) == (VERSION_2018B, True)
    results = {
        day: (_venture(day).prongs[A2_MINOR].status, _venture(day).penalty.band)
        for day in ("2018-12-20", "2018-12-21", "2018-12-22")
    }
    assert set(results.values()) == {("met", "(b)(2)")}


def test_the_periods_are_one_day_each_and_name_both_texts() -> None:
    for day, older, newer in (
        (date(2015, 5, 29), "usc-1591-2008", "usc-1591-2015"),
        (date(2018, 4, 11), "usc-1591-2015", "usc-1591-2018a"),
    ):
        period, flag = USC_1591.version_for(day)
        assert flag is None and not period.encoded
        assert [c.id for c in period.candidates] == [older, newer]  # type: ignore[attr-defined]
        assert period.in_force_from == day
        assert USC_1591.version_for(date.fromordinal(day.toordinal() + 1))[0].id == newer
        assert USC_1591.version_for(date.fromordinal(day.toordinal() - 1))[0].id == older


def _said_once(j: Any, act: str) -> None:
    """The text's start is said once in the pair's notes, as ``act``'s enactment date with the
    effective date UNVERIFIED, and on no element."""
    said = [n for n in j.notes if f"the enactment date of {act} [P]" in n.text]
    assert len(said) == 1 and said[0].kind == "text_caution"
    text = said[0].text
    assert "effective date" in text and "UNVERIFIED" in text and "reference § 2.4" in text
    notes = [e.note or "" for p in j.prongs.values() for e in p.elements]
    assert notes and not any("effective date" in n or "enactment" in n for n in notes)


def test_a_texts_start_is_said_once_in_the_notes_as_an_enactment_date() -> None:
    """The 2015 text's start: an enactment date, the effective date UNVERIFIED — once, in the
    pair's notes, not on each prong's temporal element (it was a note on all four)."""
    _said_once(_1591(_assess("patronizing", "2015-05-30", ADULT)), "Pub. L. 114-22")
    # the April-December 2018 and current texts alike
    _said_once(_venture("2018-05-01"), "Pub. L. 115-164")
    _said_once(_venture("2019-05-01"), "Pub. L. 115-392")


def test_the_texts_in_force_list_the_texts_not_the_enactment_days() -> None:
    """The summary's texts (the timeline) stay one entry per text: the 2015 and April 2018
    texts from their enactment dates, applied from them (with the text before, that day); the
    one-day periods are not listed apart (the README example's summary JSON stays in 16 KB)."""
    a = _assess("soliciting", "2015-05-29", MINOR)
    listed = a.summary.texts["usc_1591"]
    assert not any("enacted that day" in t.name for t in listed)
    texts = {t.name: t for t in listed}
    for day, name in (
        (date(2015, 5, 29), "18 U.S.C. § 1591 as amended 29 May 2015 [R]"),
        (date(2018, 4, 11), "18 U.S.C. § 1591 as amended 11 April 2018 [R]"),
    ):
        assert texts[name].in_force_from == day and texts[name].applied_from is None
    # the 2008 window stays: the 2008 text is applied from 1 January 2010
    assert texts["18 U.S.C. § 1591 as amended 23 December 2008 [R]"].applied_from == date(
        2010, 1, 1
    )
