"""A second prosecutor's review of the state and federal output, mended: what the pair-level
penalty leaves open, the 29 February point under federal law, periods with no text, one act's
reason read as all, undated windows, federal-only headings, band labels, and state and federal
facts that contradict each other."""

from __future__ import annotations

from datetime import date
from typing import Any

import nm_trafficking as nmt
from nm_trafficking.facts.conduct import SexTraffickingMeans
from nm_trafficking.results import output_schema

TODAY = date(2026, 11, 28)
NO_MEANS_EFFECTED = dict.fromkeys(SexTraffickingMeans.model_fields, False)


def _assess(conduct: list[dict[str, Any]], victim: dict[str, Any], **kw: Any) -> nmt.Assessment:
    doc = {
        "persons": [{"id": "D"}, {"id": "V", **victim}],
        "conduct": [{"actor": "D", "person": "V", **c} for c in conduct],
    }
    return nmt.assess(nmt.from_dict(doc), today=TODAY, **kw)


def test_the_pair_penalty_keeps_the_no_punishment_alternative_of_its_count() -> None:
    # An adult; threats of force known; whether the offence was *effected* by the means is not
    # established: (b)(1) if it was, else § 1591(b) states no punishment (UNVERIFIED).
    a = _assess(
        [
            {
                "id": "r", "act": "recruiting", "date": "2021-06-01", "knowingly": True,
                "federal": {
                    "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
                    "knew_means_will_be_used": {"threats_of_force": True},
                },
            }
        ],
        {"birth_date": "1995-01-01"},
    )  # fmt: skip
    law = a.finding("D", "V").jurisdictions["usc_1591"]
    assert "or no punishment stated" in law.count("r").penalty.reason
    assert law.penalty.possible == ["(b)(1)"]
    assert "(b)(1)" in law.penalty.words and "or no punishment stated" in law.penalty.words
    line = next(x for x in a.finding("D", "V").side_by_side if "1591(a)(1)" in x)
    assert "or no punishment stated" in line
    # Effected by the means: the band is fixed, and nothing else is said.
    fixed = _assess(
        [
            {
                "id": "r", "act": "recruiting", "date": "2021-06-01", "knowingly": True,
                "federal": {
                    "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
                    "knew_means_will_be_used": {"threats_of_force": True},
                    "offense_effected_by": {"threats_of_force": True},
                },
            }
        ],
        {"birth_date": "1995-01-01"},
    ).finding("D", "V").jurisdictions["usc_1591"]  # fmt: skip
    assert fixed.penalty.band == "(b)(1)" and "no punishment stated" not in fixed.penalty.words


def test_the_29_february_point_under_federal_law_is_not_worded_as_new_mexico_law() -> None:
    a = _assess(
        [
            {
                "id": "r", "act": "recruiting", "date": "2022-02-28", "knowingly": True,
                "will_be_caused_to_engage_in_commercial_sexual_activity": True,
                "federal": {
                    "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
                    "as_to_age": {"knew": True}, "as_to_commercial_sex_act": {"knew": True},
                    "offense_effected_by": NO_MEANS_EFFECTED,
                },
            }
        ],
        {"birth_date": "2008-02-29"},
    )  # fmt: skip
    f = a.finding("D", "V")
    state_age = f.count("r").victim_age
    federal = f.jurisdictions["usc_1591"]
    federal_age = federal.count("r").victim_age
    assert state_age is not None and federal_age is not None
    assert (federal_age.lo, federal_age.hi) == (13, 14)
    assert state_age.open_point is not None and "no New Mexico source" in state_age.open_point
    assert federal_age.open_point is not None
    assert "federal reference does not say" in federal_age.open_point
    assert "no New Mexico source" not in federal_age.open_point
    age_element = next(  # explained once, for the deciding act (contract 2.0)
        e for prong in federal.prongs.values() if prong.conduct == "r"
        for e in prong.elements if e.element == "under_eighteen"
    )  # fmt: skip
    assert age_element.note is not None and "federal reference does not say" in age_element.note
    # The band is open on a point of law as well as on the facts, and the penalty says so.
    assert federal.penalty.possible == ["(b)(2)", "(b)(1)"]
    assert "29 February point (a question of law)" in federal.penalty.words
    assert "29 February" in federal.count("r").penalty.reason


def _forced_labor_2009(**extra: Any) -> nmt.Assessment:
    return _assess(
        [
            {
                "id": "work", "act": "obtaining", "date": "2009-03-01", "knowingly": True,
                "federal": {
                    "labor": {"labor_or_services_of_the_person": True},
                    "labor_means": {"threats_of_serious_harm": True},
                    **extra,
                },
            }
        ],
        {"birth_date": "1980-01-01"},
        law="federal",
    )  # fmt: skip


def test_in_the_2008_window_texts_that_agree_give_their_answer_and_others_combine() -> None:
    # Threats of serious harm are a means of both the 2000 and the 2008 text of § 1589: met
    # whichever applied in 2009, with a note that which one did is UNVERIFIED.
    f = _forced_labor_2009().finding("D", "V")
    law = f.jurisdictions["usc_1589"]
    assert law.status == "met" and law.prongs["18 U.S.C. § 1589(a)"].status == "met"
    assert law.count("work").text_version == "usc-1589-2008"
    (note,) = [n for n in law.notes if n.kind == "texts_agree"]
    assert "UNVERIFIED" in note.text and "give it the same result" in note.text
    # § 1591 and § 1590 have only one text encoded around the window: nothing is decided, and
    # what remains is a point of law, not evidence.
    for other in ("usc_1591", "usc_1590"):
        assert f.jurisdictions[other].status == "undetermined"
        remaining = f.jurisdictions[other].remaining
        assert remaining and all("a point of law, not missing evidence" in r for r in remaining)
    # The texts part on the punishment (the 2000 text lists an attempt to commit aggravated
    # sexual abuse as an aggravation; § 1589(d) as read does not): the prong both texts meet
    # stays met, the punishment is open, and the note says the texts differ (decision 2, as
    # revised after review 9: it used to leave everything undetermined).
    apart = _forced_labor_2009(aggravation={"attempt_to_commit_aggravated_sexual_abuse": True})
    law = apart.finding("D", "V").jurisdictions["usc_1589"]
    assert law.status == "met" and law.prongs["18 U.S.C. § 1589(a)"].status == "met"
    assert law.count("work").penalty.status == "undetermined"
    assert "which text applied on the date of the act is UNVERIFIED" in (
        law.count("work").penalty.reason
    )
    assert [n.kind for n in law.notes if n.kind.startswith("texts_")] == ["texts_differ"]


def test_a_not_met_line_gives_each_act_its_own_reason_when_they_differ() -> None:
    labor = {
        "labor": {"labor_or_services_of_the_person": True},
        "labor_means": {"threats_of_serious_harm": True},
    }
    a = _assess(
        [
            {"id": "a", "act": "obtaining", "date": "2000-10-27", "knowingly": True,
             "federal": labor},
            {"id": "b", "act": "obtaining", "date": "2000-10-28", "knowingly": True,
             "federal": labor},
        ],
        {"birth_date": "1970-01-01"},
        law="federal",
    )  # fmt: skip
    line = next(x for x in a.finding("D", "V").side_by_side if x.startswith("18 U.S.C. § 1589(b)"))
    # the act by its verb and date, dates in words (review G, item 7)
    assert "the obtaining of 27 October 2000: the act is before § 1589 " in line
    assert "the obtaining of 28 October 2000: the 2000 text of § 1589 has no benefit" in line
    # One reason for every act that fits: said once, without act ids.
    one = _assess(
        [{"id": "a", "act": "obtaining", "date": "2000-10-27", "federal": labor}],
        {"birth_date": "1970-01-01"},
        law="federal",
    )
    line = next(x for x in one.finding("D", "V").side_by_side if "§ 1589(b)" in x)
    assert "conduct a:" not in line and "before § 1589 was enacted" in line


def test_an_adult_not_met_line_invents_no_belief_about_age() -> None:
    a = _assess(
        [{"id": "e", "act": "enticing", "date": "2022-01-10", "knowingly": True}],
        {"birth_date": "1995-01-01"},
    )
    text = " ".join(a.finding("D", "V").side_by_side) + a.to_json(detail="full")
    assert "belief that the person was younger" not in text
    assert "had attained the age of 18 years" in text


def test_an_undated_act_that_may_predate_the_statute_says_so() -> None:
    a = _assess(
        [{"id": "r", "act": "recruiting", "knowingly": True}],
        {"age": 0, "age_on": "2007-12-31"},
        law="nm",
    )
    reasons = [e.reason for p in a.finding("D", "V").count("r").paragraphs.values()
               for e in p.elements]  # fmt: skip
    assert any("if this text applied, between 2008-07-01" in r and "may also predate" in r
               for r in reasons)  # fmt: skip
    # Born after the statute came into force: the window is a fact, said plainly.
    later = _assess(
        [{"id": "r", "act": "recruiting", "knowingly": True}], {"birth_date": "2010-05-01"},
        law="nm",
    )  # fmt: skip
    reasons = [e.reason for p in later.finding("D", "V").count("r").paragraphs.values()
               for e in p.elements]  # fmt: skip
    assert not any("may also predate" in r for r in reasons)


def test_a_federal_only_run_is_headed_federal_and_bands_carry_their_own_text_label() -> None:
    reckless = {
        "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
        "as_to_age": {"knew": False, "reckless_disregard": True},
        "as_to_commercial_sex_act": {"knew": True},
    }
    a = _assess(
        [
            {"id": "a", "act": "transporting", "date": "2009-12-31", "federal": reckless},
            {"id": "b", "act": "transporting", "date": "2010-01-01", "federal": reckless},
        ],
        {"birth_date": "1994-06-01"},
        law="federal",
    )  # fmt: skip
    assert "  Federal, side by side:" in a.explain("full")
    assert "State and federal" not in a.explain("full")
    assert "**Federal, side by side:**" in a.to_markdown("full")
    assert "<b>Federal, side by side:</b>" in a._repr_html_()
    both = _assess([{"id": "a", "act": "transporting", "date": "2010-01-01"}], {"age": 15})
    assert "State and federal, side by side:" in both.explain("full")
    # The (b) bands come from the 2008 text [R] (act b), not from the window period (act a).
    words = a.finding("D", "V").jurisdictions["usc_1591"].penalty.words
    assert words.count("[R]") == 2 and "—" not in words


def test_state_and_federal_facts_that_contradict_each_other_are_named() -> None:
    conduct = {
        "id": "r", "act": "recruiting", "date": "2021-01-01", "knowingly": True,
        "means_will_be_used": {"force": True},
        "to_subject_to": {"commercial_sexual_activity": True},
        "federal": {
            "knew_means_will_be_used": {"force": False},
            "as_to_commercial_sex_act": {"knew": False},
        },
    }  # fmt: skip
    f = _assess([conduct], {"birth_date": "1995-01-01"}).finding("D", "V")
    (note,) = [n for n in f.notes if n.kind == "state_and_federal_facts_disagree"]
    text = " ".join(note.text.split())
    assert (
        "that D intended or knew that force would be used is stated true (a state fact), but that "
        "D knew that force would be used to cause V to engage in a commercial sex act is stated "
        "false (a federal fact)" in text
    )
    assert "that the purpose was to subject V to commercial sexual activity is stated true" in text
    assert "_" not in text and "'" not in text  # the facts in words, no field names quoted
    # Agreeing, or unknown on one side: nothing to say; and nothing is inferred either way.
    conduct["federal"] = {"knew_means_will_be_used": {"force": True}}
    f = _assess([conduct], {"birth_date": "1995-01-01"}).finding("D", "V")
    assert "state_and_federal_facts_disagree" not in [n.kind for n in f.notes]


def test_the_schema_says_the_finding_status_is_the_state_statute_s() -> None:
    finding = output_schema("full")["$defs"]["Finding"]["properties"]
    for name in ("status", "grade", "remaining"):
        assert "30-52-1" in finding[name]["description"], name
        assert "jurisdictions" in finding[name]["description"], name
