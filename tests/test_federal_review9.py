"""Prosecutor review 9, federal items: the 2000 text of § 1589(1) read both ways, the § 1589(a)
question listing the means of the text applied, the labels of an undated act and of the dated
texts, the penalty when an aggravation is stated, and the words describing the pre-2008 § 1591.

Each expectation is read from the reference (``shared/statute/federal-18-usc-1589-1590-1591.md``),
not from the library's output."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import nm_trafficking as nmt
from nm_trafficking.facts import FactPattern
from tests import oracle_federal
from tests.federal_strategies import LABOR_MEANS

TODAY = date(2026, 12, 7)
A = "18 U.S.C. § 1589(a)"


def _labor(day: str, aggravation: dict[str, bool] | None = None, **means: bool) -> FactPattern:
    return nmt.FactPattern.model_validate(
        {
            "persons": [
                {"id": "E", "roles": ["trafficker"]},
                {"id": "W", "roles": ["victim"], "birth_date": "1970-01-01"},
            ],
            "conduct": [
                {
                    "id": "work",
                    "actor": "E",
                    "person": "W",
                    "act": "obtaining",
                    "date": day,
                    "knowingly": True,
                    "federal": {
                        "labor": {"labor_or_services_of_the_person": True},
                        "labor_means": means,
                        "aggravation": aggravation or {},
                    },
                }
            ],
        }
    )


def _all_false_but(**true: bool) -> dict[str, bool]:
    return {m: true.get(m, False) for m in LABOR_MEANS}


def _s1589(pattern: FactPattern) -> Any:
    return nmt.assess(pattern, today=TODAY, law="federal").findings[0].jurisdictions["usc_1589"]


def _means(pattern: FactPattern) -> Any:
    (element,) = [e for e in _s1589(pattern).prongs[A].elements if e.element == "labor_means"]
    return element


# 1. § 1589 (2000), "(1) by threats of serious harm to, or physical restraint against, that
# person or another person" (reference § 2.3, [P]): "threats of" may govern both objects, or
# "physical restraint" may be a means of its own. Neither reading is settled by the reference,
# so a fact that meets the words on one reading only leaves the means open.


@pytest.mark.parametrize(
    ("stated", "expected"),
    [
        # threats of physical restraint: within the words only if "threats of" governs both
        ({"threats_of_physical_restraint": True}, "undetermined"),
        # physical restraint itself: within the words only if it is a means of its own
        ({"physical_restraint": True}, "undetermined"),
        # both: within the words on either reading
        ({"physical_restraint": True, "threats_of_physical_restraint": True}, "met"),
        ({"threats_of_serious_harm": True}, "met"),
        ({"scheme_plan_or_pattern": True}, "met"),
        ({"abuse_or_threatened_abuse_of_law_or_legal_process": True}, "met"),
        # force and serious harm itself are not means of the 2000 text on either reading
        ({"force": True, "threats_of_force": True, "serious_harm": True}, "not_met"),
        ({}, "not_met"),
    ],
)
def test_the_2000_text_meets_the_means_only_on_a_fact_within_either_reading(
    stated: dict[str, bool], expected: str
) -> None:
    pattern = _labor("2005-05-01", **_all_false_but(**stated))
    assert _means(pattern).status == expected
    assert _s1589(pattern).prongs[A].status == expected
    assert oracle_federal.statuses_1589(pattern, 0, None, TODAY)["a"] == expected


def test_the_2000_means_are_not_met_only_when_each_reading_s_means_is_false() -> None:
    """Threats of physical restraint unstated with physical restraint false: open (the first
    reading's means is not stated false); the other way round likewise."""
    for unstated in ("threats_of_physical_restraint", "physical_restraint"):
        means = _all_false_but()
        del means[unstated]
        assert _means(_labor("2005-05-01", **means)).status == "undetermined"


def test_the_2000_means_element_says_the_reading_it_leaves_open() -> None:
    element = _means(_labor("2005-05-01", **_all_false_but(threats_of_physical_restraint=True)))
    assert "physical restraint" in element.reason
    assert "'threats of' governing both" in element.note
    assert "UNVERIFIED" in element.note


def test_in_the_2009_window_threats_of_restraint_alone_is_open_under_the_2000_text() -> None:
    """Met under the 2008 text ((a)(1) lists "threats of physical restraint"), open under the
    2000 text: the window, where either may apply, leaves § 1589(a) undetermined — and no text
    says it is not met."""
    pattern = _labor("2009-05-01", **_all_false_but(threats_of_physical_restraint=True))
    assert _s1589(pattern).prongs[A].status == "undetermined"
    later = _labor("2010-05-01", **_all_false_but(threats_of_physical_restraint=True))
    assert _s1589(later).prongs[A].status == "met"
    both = _labor(
        "2009-05-01",
        **_all_false_but(threats_of_physical_restraint=True, physical_restraint=True),
    )
    assert _s1589(both).prongs[A].status == "met"


# 2. The § 1589(a) question names the means of the text applied (reference § 1.2 for the 2008
# text, § 2.3 for the 2000 text).


def _means_question(pattern: FactPattern) -> str:
    result = nmt.assess(pattern, today=TODAY, law="federal")
    (q,) = [q for q in result.summary.needed if q.law == "usc_1589" and q.element == "labor_means"]
    return str(q.text)


def test_the_2008_question_lists_force_and_restraint_and_their_threats() -> None:
    text = _means_question(_labor("2020-01-10"))
    for words in (
        "force, threats of force, physical restraint, or threats of physical restraint to W or "
        "another person",
        "serious harm or threats of serious harm to W or another person",
        "the abuse or threatened abuse of law or legal process",
        "a scheme, plan, or pattern",
    ):
        assert words in text


def test_the_2000_question_lists_the_2000_means_only() -> None:
    text = _means_question(_labor("2005-05-01"))
    assert "threats of serious harm to, or physical restraint against, W or another person" in text
    assert "the abuse or threatened abuse of law or the legal process" in text
    assert "a scheme, plan, or pattern" in text
    assert "force" not in text


# 3. Labels (reference § 0: [P] primary, [S] secondary copies, [R] reconstructed).


def _girl_2012(**conduct: Any) -> FactPattern:
    """Undated recruiting of a girl born 1 March 2012: its days (2012 to today) fall under the
    2008 [R], 2015 [R], April-December 2018 and current [S] texts of § 1591."""
    return nmt.FactPattern.model_validate(
        {
            "persons": [
                {"id": "D", "roles": ["trafficker"]},
                {"id": "V", "roles": ["victim"], "birth_date": "2012-03-01"},
            ],
            "conduct": [
                {
                    "id": "rec",
                    "actor": "D",
                    "person": "V",
                    "act": "recruiting",
                    "knowingly": True,
                    "will_be_caused_to_engage_in_commercial_sexual_activity": True,
                    "federal": {
                        "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
                        "as_to_age": {"knew": True},
                        "as_to_commercial_sex_act": {"knew": True},
                    },
                    **conduct,
                }
            ],
        }
    )


MINOR = "18 U.S.C. § 1591(a)(1) minor"


def _flat(text: str) -> str:
    """The text with its line breaks (and the indents after them) as single spaces."""
    return " ".join(text.split())


def test_an_undated_act_across_texts_carries_the_weakest_label_of_them() -> None:
    """Met under each of the 2008 [R], 2015 [R] and current [S] texts: the prong, the count and
    its penalty carry [R], the weakest ([R] < [S] < [P])."""
    result = nmt.assess(_girl_2012(), today=TODAY, law="federal")
    law = result.findings[0].jurisdictions["usc_1591"]
    assert law.prongs[MINOR].status == "met"
    assert law.prongs[MINOR].label == "[R]"
    assert "reconstructed" in law.prongs[MINOR].label_meaning
    (count,) = law.counts
    assert count.label == "[R]"
    assert count.penalty.label == "[R]"
    # (b)(1) is possible under the [R] texts (V under 14 throughout them): named [R]
    assert "not less than 15 or for life [R]" in count.penalty.reason
    assert "15 or for life [S]" not in count.penalty.reason.split(" (the date is not stated")[0]
    lines = result.findings[0].side_by_side
    assert any(line.startswith("18 U.S.C. § 1591(a)(1) [R]") for line in lines)


def test_a_dated_act_keeps_its_own_text_s_label() -> None:
    dated = _girl_2012(date="2025-06-01")
    law = nmt.assess(dated, today=TODAY, law="federal").findings[0].jurisdictions["usc_1591"]
    assert law.prongs[MINOR].label == "[S]" and law.counts[0].label == "[S]"
    assert law.counts[0].penalty.label == "[S]"


def test_the_april_to_december_2018_text_of_1591_is_reconstructed() -> None:
    """Reference § 2.3: "§ 1591 from May 29, 2015 to Dec. 20, 2018 — [R]" ((d) still read "20
    years"): the 11 April 2018 text is [R], and it is not "the current text"."""
    from nm_trafficking.statute.usc_18.s1591.v2018a import TEXT, VERSION_2018A

    assert VERSION_2018A.label is not None and VERSION_2018A.label.code == "[R]"
    assert all(p.label is not None and p.label.code == "[R]" for p in VERSION_2018A.paragraphs)
    said = " ".join((TEXT.in_force_note or "", *VERSION_2018A.cautions))  # once, as a caution
    assert "current text" not in said
    assert "20 years" in said
    day = _girl_2012(date="2018-06-10")
    law = nmt.assess(day, today=TODAY, law="federal").findings[0].jurisdictions["usc_1591"]
    assert law.counts[0].label == "[R]"
    assert "as amended 11 April 2018 [R]" in _flat(nmt.assess(day, today=TODAY).explain("summary"))


def test_the_1590_text_is_not_said_to_be_amended_on_a_date_the_reference_leaves_open() -> None:
    """Reference § 2.3: the date § 1590(b) was added is UNVERIFIED (believed 2008); the text is
    applied from 23 December 2008 but not said to be "as amended" then: it is named the current
    text (the date of its (b) UNVERIFIED, said in its caution). § 1589's 2008 rewrite is
    dated (Pub. L. 110-457, reference § 2.1)."""
    pattern = _labor("2019-05-01")
    text = _flat(nmt.assess(pattern, today=TODAY, law="federal").explain("summary"))
    assert "§ 1590 (current) [S]" in text
    notes = nmt.assess(pattern, today=TODAY, law="federal").explain("elements")
    assert "the date it was added is UNVERIFIED" in _flat(notes)  # said in the caution
    assert "§ 1589 as amended 23 December 2008 [S]" in text
    assert "1590 as amended" not in text


# 4. §§ 1589(d), 1590(a) when an aggravation is stated true: the band is established, the
# aggravation named in the text's words.


def _harboring(**aggravation: bool) -> FactPattern:
    return nmt.FactPattern.model_validate(
        {
            "persons": [{"id": "H"}, {"id": "W", "birth_date": "1990-01-01"}],
            "conduct": [
                {
                    "id": "harbor",
                    "actor": "H",
                    "person": "W",
                    "act": "harboring",
                    "date": "2019-05-01",
                    "knowingly": True,
                    "federal": {
                        "labor": {
                            "for_labor_or_services": True,
                            "chapter_77_violation_completed": True,
                            "chapter_77_violation_intended_or_known": True,
                        },
                        "aggravation": aggravation,
                    },
                }
            ],
        }
    )


def test_a_stated_kidnapping_fixes_the_1590_band_and_is_named_in_the_text_s_words() -> None:
    law = (
        nmt.assess(_harboring(kidnapping=True), today=TODAY, law="federal")
        .findings[0]
        .jurisdictions["usc_1590"]
    )
    assert law.status == "met" and law.penalty.status == "determined"
    # § 1590(a): "if the violation includes kidnapping or an attempt to kidnap, ..."
    assert "any term of years or life" in law.penalty.words
    assert "the violation includes kidnapping" in law.penalty.words
    assert "the violation includes kidnapping" in law.counts[0].penalty.reason


def test_1589d_spells_kidnaping_as_its_text_does_and_death_is_said_as_death() -> None:
    """§ 1589(d) as read: "If death results from a violation of this section, or if the
    violation includes kidnaping, an attempt to kidnap, ..." (reference § 1.2)."""
    pattern = _labor("2019-05-01", {"kidnapping": True, "death_results": True}, force=True)
    law = nmt.assess(pattern, today=TODAY, law="federal").findings[0].jurisdictions["usc_1589"]
    assert law.penalty.status == "determined"
    said = "death results from the violation, and the violation includes kidnaping"
    assert said in law.penalty.words


def test_no_aggravation_stated_names_none() -> None:
    law = nmt.assess(_harboring(), today=TODAY, law="federal").findings[0].jurisdictions["usc_1590"]
    assert "includes" not in law.penalty.words


# 5. The pre-2008 § 1591: reference § 2.3 shows (a)(2) opening "(2) benefits, financially or by
# receiving anything of value, from pa[rticipation …]".


def test_the_pre_2008_1591_is_not_said_to_lack_its_a2_altogether() -> None:
    from nm_trafficking.statute.usc_18.s1591 import NONE_2000

    (element,) = NONE_2000.offences[0].elements
    assert "(a)(2) and (b) not at all" not in element.unknown_reason
    assert "'(2) benefits, financially or by receiving anything of value, from pa" in (
        element.unknown_reason
    )
    assert "(b) not at all" in element.unknown_reason
