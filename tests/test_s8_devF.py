"""The court form (``--format instructions``) after reviews U, V and X of session 8: the
summary's § 30-52-1 cautions reach the form, read alone (X2: an Indian defendant in Indian
country; X3: a defendant also a victim, under eighteen, a sting, evidence against a stated
means); a dated act on an enactment day is a point of law, not an unknown date (U2); § 1589(a)
is not drafted for a benefiting act nothing stated sets apart (V8); a text is named as the
summary names it (V14); § 1591(a)(2)'s jurisdiction element is drafted of the venture's act,
with its label (V3)."""

from __future__ import annotations

from datetime import date
from typing import Any

import nm_trafficking as nmt
from nm_trafficking import statute, words
from nm_trafficking.render.instructions import (
    ADULT_SENTENCE,
    VENTURE_COMMERCE,
    Instruction,
    PairForm,
    court_form,
    render,
)

TODAY = date(2026, 12, 7)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _assess(doc: dict[str, Any], **kw: Any) -> tuple[nmt.Assessment, nmt.FactPattern]:
    pattern = nmt.from_dict(doc)
    return nmt.assess(pattern, today=TODAY, **kw), pattern


def _pair(a: nmt.Assessment, pattern: nmt.FactPattern, d: str, v: str) -> PairForm:
    return next(p for p in court_form(a, pattern).pairs if (p.defendant, p.victim) == (d, v))


def _cautions(a: nmt.Assessment, d: str, v: str) -> dict[str, str]:
    """The cautions of the summary's § 30-52-1 line for the pair, by kind."""
    return {
        c.kind: c.text
        for p in a.summary.pairs
        if (p.defendant, p.victim) == (d, v)
        for law in p.laws
        if law.law == "nm_30_52_1"
        for c in law.cautions
    }


def _in_country(d: dict[str, Any], v: dict[str, Any]) -> dict[str, Any]:
    return {
        "persons": [{"id": "D", "roles": ["recruiter"], **d},
                    {"id": "V", "roles": ["victim"], "birth_date": "2011-03-03", **v}],
        "conduct": [
            {"id": "rec", "actor": "D", "person": "V", "act": "recruiting",
             "date": "2026-09-01", "county": "McKinley", "in_indian_country": True,
             "knowingly": True, "will_be_caused_to_engage_in_commercial_sexual_activity": True}
        ],
    }  # fmt: skip


# --- X2: Indian country ---------------------------------------------------------------------


def test_an_indian_defendant_in_indian_country_has_an_open_line_in_the_summarys_words() -> None:
    """Both statuses stated: the summary asks no question, and the form said nothing of the
    State's jurisdiction (review X2; /tmp/s7-revS/s13)."""
    a, pattern = _assess(_in_country({"indian": True}, {"indian": False}))
    caution = _cautions(a, "D", "V")["indian_country"]
    assert "State v. Romero" in caution
    pair = _pair(a, pattern, "D", "V")
    assert f"Open (NMSA 1978, § 30-52-1): {caution}" in pair.points
    assert "State v. Romero" in _flat(render(a, pattern))


def test_a_non_indian_defendant_has_the_jurisdiction_said_but_not_as_open() -> None:
    """The stated facts settle it (McBratney): said, not called open."""
    a, pattern = _assess(_in_country({"indian": False}, {"indian": False}))
    caution = _cautions(a, "D", "V")["indian_country"]
    pair = _pair(a, pattern, "D", "V")
    assert pair.points == (f"Who may prosecute (NMSA 1978, § 30-52-1): {caution}",)


def test_an_unknown_defendant_status_is_asked_once_not_said_twice() -> None:
    """The summary's question of the defendant's status says what the caution says: one line."""
    a, pattern = _assess(_in_country({}, {"indian": False}))
    pair = _pair(a, pattern, "D", "V")
    assert len([p for p in pair.points if "Indian country" in p]) == 1
    assert pair.points[0].startswith("Open (NMSA 1978, § 30-52-1): Is D an Indian?")


def test_the_federal_form_has_no_state_caution() -> None:
    a, pattern = _assess(_in_country({"indian": True}, {"indian": False}), law="federal")
    assert not any("Romero" in p for p in _pair(a, pattern, "D", "V").points)


# --- X3: the other cautions -----------------------------------------------------------------

VICTIM_DEFENDANT: dict[str, Any] = {
    "persons": [
        {"id": "T", "roles": ["trafficker"]},
        {"id": "J", "roles": ["victim", "recruiter"], "birth_date": "2007-09-01"},
        {"id": "K", "roles": ["victim"], "birth_date": "2010-01-15"},
    ],
    "conduct": [
        {"id": "tj", "actor": "T", "person": "J", "act": "obtaining", "date": "2024-03-01",
         "county": "Bernalillo", "knowingly": True, "means_will_be_used": {"force": True},
         "to_subject_to": {"commercial_sexual_activity": True},
         "will_be_caused_to_engage_in_commercial_sexual_activity": True},
        {"id": "jk", "actor": "J", "person": "K", "act": "recruiting", "date": "2024-05-10",
         "county": "Bernalillo", "knowingly": True,
         "will_be_caused_to_engage_in_commercial_sexual_activity": True},
    ],
}  # fmt: skip
"""J (16), trafficked by T, recruits K (14): review X3's x09."""


def test_a_defendant_also_a_victim_and_under_eighteen_has_both_cautions_on_the_form() -> None:
    a, pattern = _assess(VICTIM_DEFENDANT)
    said = _cautions(a, "J", "K")
    assert {"also_victim", "child_defendant"} <= said.keys()
    pair = _pair(a, pattern, "J", "K")
    assert pair.instructions  # the form drafts instructions against J
    # (the form shows no basic sentence: the caution's sentence on it is left out, review Y5)
    child = said["child_defendant"].removesuffix(ADULT_SENTENCE)
    assert pair.cautions[:2] == (said["also_victim"], child)
    text = _flat(render(a, pattern))
    assert _flat(child) in text and "§ 32A-2-3(A)" in text


def test_a_stings_reason_is_on_the_form() -> None:
    """Why the minor offense's paragraph is not drafted, before the attempt it leaves."""
    doc = {
        "persons": [{"id": "D", "roles": ["recruiter"]},
                    {"id": "UC", "roles": ["other"], "age": 31, "age_on": "2020-12-07"}],
        "conduct": [{"id": "sol", "actor": "D", "person": "UC", "act": "soliciting",
                     "date": "2020-12-07", "county": "Bernalillo", "knowingly": True,
                     "believed_age": 12,
                     "will_be_caused_to_engage_in_commercial_sexual_activity": True}],
    }  # fmt: skip
    a, pattern = _assess(doc)
    sting = _cautions(a, "D", "UC")["sting"]
    assert sting.startswith("(A)(2) is not met")
    # read alone, the paragraph is cited with its section (the summary's line head gives it)
    assert f"NMSA 1978, § 30-52-1{sting}" in _pair(a, pattern, "D", "UC").cautions


def test_evidence_against_a_stated_means_is_on_the_form_also_where_not_met() -> None:
    """The General Use Note asks only the alternatives the evidence supports: evidence on file
    against a means stated not intended bears on that; said whatever the status."""
    for knowingly in (True, False):
        means = {"force": False, "coercion": False, **({} if knowingly else {"fraud": False})}
        doc = {
            "persons": [{"id": "D", "roles": ["trafficker"]},
                        {"id": "W", "roles": ["victim"], "age": 30}],
            "conduct": [{"id": "obtain", "actor": "D", "person": "W", "act": "obtaining",
                         "date": "2023-04-04", "knowingly": knowingly,
                         "to_subject_to": {"labor": True}, "means_will_be_used": means}],
            "observations": [
                {"id": "o1", "indicator": "coercion.holding_documents", "actor": "D",
                 "person": "W", "date": "2023-04-10"},
                {"id": "o2", "indicator": "coercion.threat_of_deportation_or_police",
                 "actor": "D", "person": "W", "conduct": "obtain"},
            ],
        }  # fmt: skip
        a, pattern = _assess(doc)
        evidence = _cautions(a, "D", "W")["evidence_against_means"]
        pair = _pair(a, pattern, "D", "W")
        # with its citation, said with the § 30-52-1 part of the pair (review Y6)
        cited = evidence.replace("Evidence on file: ", "Evidence on file (NMSA 1978, § 30-52-1): ")
        assert cited in (*pair.state_cautions, *pair.nothing)


# --- U2: an enactment day -------------------------------------------------------------------


def _soliciting(day: str) -> dict[str, Any]:
    none = {
        "force": False,
        "threats_of_force": False,
        "fraud": False,
        "coercion_threats_of_serious_harm_or_restraint": False,
        "coercion_scheme_plan_or_pattern": False,
        "coercion_abuse_of_legal_process": False,
    }
    return {"id": f"s{day}", "actor": "D", "person": "V", "act": "soliciting", "date": day,
            "knowingly": True, "will_be_caused_to_engage_in_commercial_sexual_activity": True,
            "as_buyer": False,
            "federal": {"jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
                        "as_to_age": {"knew": True}, "as_to_commercial_sex_act": {"knew": True},
                        "knew_means_will_be_used": none,
                        "reckless_disregard_means_will_be_used": none,
                        "offense_effected_by": none}}  # fmt: skip


def test_a_dated_act_on_an_enactment_day_is_a_point_of_law_not_an_unknown_date() -> None:
    """Review U2 (u08): the date is known; which text applies turns on the Act's effective
    date, as the summary asks it."""
    doc = {
        "persons": [{"id": "D", "roles": ["recruiter"]},
                    {"id": "V", "roles": ["victim"], "birth_date": "2000-01-20"}],
        "conduct": [_soliciting("2015-05-28"), _soliciting("2015-05-29")],
    }  # fmt: skip
    a, pattern = _assess(doc, law="federal")
    line = next(n for n in _pair(a, pattern, "D", "V").nothing if "29 May 2015" in n)
    assert "until the date is" not in line and "span" not in line
    assert "is a point of law" in line
    assert "Pub. L. 114-22 was enacted that day and its effective date is UNVERIFIED" in line
    law = statute.law("usc_1591")
    period = law.version_for(date(2015, 5, 29))[0]
    texts = [words.text_name(law, t) for t in getattr(period, "candidates", ())]
    assert len(texts) == 2  # the text before (2008) and the one enacted that day (2015)
    for name in texts:
        assert name.removeprefix(f"{law.citation} ") in _flat(line)
    summary = _flat(a.explain())
    assert "Pub. L. 114-22 was enacted that day and its effective date is UNVERIFIED" in summary


def test_an_undated_act_keeps_its_date_line() -> None:
    """An act with no date stated: the date is what is missing (the old sentence)."""
    act = _soliciting("2015-05-29")
    del act["date"]
    doc = {
        "persons": [{"id": "D", "roles": ["recruiter"]},
                    {"id": "V", "roles": ["victim"], "birth_date": "2000-01-20"}],
        "conduct": [act],
    }  # fmt: skip
    a, pattern = _assess(doc, law="federal")
    nothing = " ".join(_pair(a, pattern, "D", "V").nothing)
    assert "point of law" not in nothing


# --- V8: § 1589(a) for a benefiting act -----------------------------------------------------

CONTRACTOR: dict[str, Any] = {
    "persons": [{"id": "O", "roles": ["trafficker"]}, {"id": "L", "roles": ["other"]},
                {"id": "W", "roles": ["victim"], "birth_date": "1988-08-08"}],
    "conduct": [
        {"id": "keep", "actor": "O", "person": "W", "act": "obtaining", "date": "2020-06-01",
         "knowingly": True,
         "federal": {"labor": {"provided_or_obtained_labor_or_services": True},
                     "labor_means": {"threats_of_serious_harm": True}}},
        {"id": "cut", "actor": "L", "person": "W", "act": "benefiting", "date": "2020-07-01",
         "knowingly": True, "benefit": {"financially": True}, "benefit_from": {"labor": True},
         "means_was_used": {"force": False, "fraud": False, "coercion": False},
         "federal": {"venture": {
             "participated": True, "benefit_from_participation": True,
             "engaged_in_labor_or_services_by_1589_means": True,
             "as_to_labor_means": {"knew": False, "reckless_disregard": True}}}},
    ],
}  # fmt: skip
"""Review V's v10: L takes a cut from a crew O holds by threats; reckless as to the means."""


def _citations(pair: PairForm) -> list[str]:
    return [i.citation for i in pair.instructions]


def test_1589a_is_not_drafted_for_a_benefit_whose_distinguishing_elements_are_open() -> None:
    a, pattern = _assess(CONTRACTOR)
    pair = _pair(a, pattern, "L", "W")
    assert "18 U.S.C. § 1589(b)" in _citations(pair)  # met, drafted
    assert "18 U.S.C. § 1589(a)" not in _citations(pair)
    assert pair.left_out is not None
    assert "18 U.S.C. § 1589(a) (labor or services obtained by a § 1589(a) means)" in _flat(
        pair.left_out
    )
    # § 1591, whose questions the summary does not ask (no commercial sex act at issue), is not
    # named at all (review Z3 2 of session 8)
    assert "§ 1591" not in pair.left_out


def test_1589a_is_still_drafted_where_an_intent_to_subject_to_labor_is_stated() -> None:
    """What sets § 1589(a) apart is still supported by an intent to subject the person to labor
    (the state's fact on the same thing)."""
    doc = {
        "persons": [{"id": "D", "roles": ["recruiter"]}, {"id": "W", "roles": ["victim"],
                                                           "age": 30}],
        "conduct": [{"id": "r", "actor": "D", "person": "W", "act": "obtaining",
                     "date": "2020-06-01", "knowingly": True,
                     "to_subject_to": {"labor": True}}],
    }  # fmt: skip
    a, pattern = _assess(doc)
    assert "18 U.S.C. § 1589(a)" in _citations(_pair(a, pattern, "D", "W"))


# --- V14: one text, one name ----------------------------------------------------------------


def test_the_text_applied_is_named_as_the_summary_names_it() -> None:
    doc = {
        "persons": [{"id": "P", "roles": ["recruiter"]},
                    {"id": "G", "roles": ["victim"], "birth_date": "1997-03-03"}],
        "conduct": [{"id": "ask", "actor": "P", "person": "G", "act": "recruiting",
                     "date": "2013-05-05", "knowingly": True,
                     "will_be_caused_to_engage_in_commercial_sexual_activity": True,
                     "federal": {
                         "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
                         "as_to_age": {"knew": True}, "as_to_commercial_sex_act": {"knew": True}}}],
    }  # fmt: skip
    a, pattern = _assess(doc)
    federal = [i for i in _pair(a, pattern, "P", "G").instructions if i.law == "usc_1591"]
    assert federal
    name = "18 U.S.C. § 1591 as amended 23 December 2008 [R]"
    assert name.removeprefix("18 U.S.C. ") in _flat(a.explain())
    assert all(i.text_applied == name for i in federal)
    assert "2008-2015, reconstructed" not in render(a, pattern)


# --- V3: § 1591(a)(2)'s jurisdiction element ------------------------------------------------


def test_1591a2_commerce_is_drafted_of_the_venture_act_with_its_label() -> None:
    doc = {
        "persons": [{"id": "W", "roles": ["other"]},
                    {"id": "G", "roles": ["victim"], "birth_date": "2009-03-03"}],
        "conduct": [{"id": "site", "actor": "W", "person": "G", "act": "benefiting",
                     "date": "2022-10-10", "knowingly": True, "benefit": {"financially": True},
                     "federal": {
                         "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
                         "as_to_age": {"knew": True}, "as_to_commercial_sex_act": {"knew": True},
                         "venture": {"act": "advertising",
                                     "person_to_engage_in_commercial_sex_act": True,
                                     "two_or_more_individuals_associated_in_fact": True,
                                     "knowingly_assisted_supported_or_facilitated": True,
                                     "benefit_from_participation": True}}}],
    }  # fmt: skip
    a, pattern = _assess(doc)
    i: Instruction = next(
        i
        for i in _pair(a, pattern, "W", "G").instructions
        if i.citation == "18 U.S.C. § 1591(a)(2)"
    )
    last = i.elements[-1]
    assert last.text.startswith("the venture's act described in § 1591(a)(1) toward G was in or")
    assert "the defendant's acts" not in last.text
    assert last.authority.endswith(VENTURE_COMMERCE) and "(UNVERIFIED)" in last.authority
    # the element's own reading, in the statute data
    version = statute.law("usc_1591").version_for(date(2022, 10, 10))[0]
    element = next(
        e
        for p in version.offences
        if p.short.startswith("1591a2")
        for e in p.elements
        if e.key == "jurisdiction"
    )
    assert "read as the venture's (a)(1) act (UNVERIFIED)" in (element.note or "")
