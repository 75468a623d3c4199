"""The court form of review A of session 9 (a New Mexico AAG reading § 30-52-1 blind): one act
drafted under (A)(1), met, and (A)(2), open, gets the Carson caution for one act (A1); (A)(2)
and § 1591 are not drafted for an act stated to be for labor or services on the person's age
alone (A3); the user guide names what supports each paragraph and prong exactly as the code
does (A7)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import nm_trafficking as nmt
from nm_trafficking.render.instructions import APART, NEEDS, PairForm, court_form, render
from nm_trafficking.statute.related.unit_of_prosecution import ONE_ACT

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 12, 8)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _doc(victim: dict[str, Any], *acts: dict[str, Any]) -> nmt.FactPattern:
    conduct = [
        {"id": f"c{n}", "actor": "D", "person": "G", "knowingly": True, **act}
        for n, act in enumerate(acts, 1)
    ]
    return nmt.from_dict({"persons": [{"id": "D"}, {"id": "G", **victim}], "conduct": conduct})


def _pairs(pattern: nmt.FactPattern, law: str = "all") -> list[PairForm]:
    return list(court_form(nmt.assess(pattern, today=TODAY, law=law), pattern).pairs)


def _titles(pair: PairForm) -> list[tuple[str, str]]:
    """(citation, act) of each instruction drafted."""
    return [(i.citation, i.act) for i in pair.instructions]


CHILD_15 = {"birth_date": "2008-03-01"}
LABOR_BY_FRAUD = {
    "act": "recruiting",
    "date": "2023-08-01",
    "means_will_be_used": {"fraud": True},
    "to_subject_to": {"labor": True},
}
SEX = {
    "act": "obtaining",
    "date": "2023-09-01",
    "will_be_caused_to_engage_in_commercial_sexual_activity": True,
}


# --- A3: no sex-trafficking instruction on the age alone in a labor case -------------------


def test_a_childs_age_in_a_labor_case_drafts_no_minor_sex_trafficking_instruction() -> None:
    """c07: a 15-year-old recruited by fraud for farm labor, nothing stated of commercial sexual
    activity: (A)(1) is drafted (met); (A)(2) is open (not ruled out) but no fact points to its
    commercial sexual activity, so it is named as not drafted (General Use Note)."""
    for law in ("nm", "all"):
        (pair,) = _pairs(_doc(CHILD_15, LABOR_BY_FRAUD), law)
        cited = [c for c, _ in _titles(pair)]
        assert "NMSA 1978, § 30-52-1(A)(1)" in cited
        assert "NMSA 1978, § 30-52-1(A)(2)" not in cited
        assert not any("1591" in c for c in cited)
        assert pair.left_out is not None
        assert "NMSA 1978, § 30-52-1(A)(2) (commercial sexual activity)" in _flat(pair.left_out)


def test_a_labor_act_beside_a_sex_act_gets_no_sex_trafficking_instruction() -> None:
    """The pair's other act is for commercial sexual activity (so § 1591 is at issue for the
    pair): the labor recruiting still gets neither (A)(2) nor a § 1591 prong, each named as not
    drafted; the sex act keeps both."""
    (pair,) = _pairs(_doc(CHILD_15, LABOR_BY_FRAUD, SEX))
    drafted = _titles(pair)
    labor = [c for c, act in drafted if act.startswith("recruiting")]
    sex = [c for c, act in drafted if act.startswith("obtaining")]
    assert labor and "NMSA 1978, § 30-52-1(A)(2)" not in labor
    assert not any("1591" in c for c in labor)
    assert "NMSA 1978, § 30-52-1(A)(2)" in sex and any("1591" in c for c in sex)
    said = _flat(pair.left_out or "")
    assert "§ 30-52-1(A)(2) (commercial sexual activity)" in said
    assert "18 U.S.C. § 1591(a)(1) (a commercial sex act)" in said


def test_an_act_whose_purpose_is_not_stated_keeps_the_minor_paragraph() -> None:
    """Only an act stated to be for labor or services needs a fact of its own that points to
    commercial sexual activity: a recruiting with no purpose stated beside a sex act keeps
    (A)(2), whose question the summary still asks of it."""
    recruit = {"act": "recruiting", "date": "2023-08-01"}
    (pair,) = _pairs(_doc(CHILD_15, recruit, SEX), "nm")
    assert ("NMSA 1978, § 30-52-1(A)(2)", "recruiting G on 1 August 2023") in _titles(pair)


def test_a_state_or_federal_fact_of_commercial_sexual_activity_keeps_the_minor_paragraph() -> None:
    """A labor act that also states commercial sexual activity (its purpose, or a § 1591 fact of
    a commercial sex act) keeps (A)(2) open."""
    for extra in (
        {"to_subject_to": {"labor": True, "commercial_sexual_activity": True}},
        {"federal": {"as_to_commercial_sex_act": {"knew": True}}},
    ):
        act = {**LABOR_BY_FRAUD, **extra}
        (pair,) = _pairs(_doc(CHILD_15, act), "nm")
        assert "NMSA 1978, § 30-52-1(A)(2)" in [c for c, _ in _titles(pair)], extra


# --- A1: the Carson caution for one act under several paragraphs ----------------------------

ADULT_OR_MINOR = {"age": 18, "age_on": "2022-09-01"}
B20 = {
    "act": "recruiting",
    "date": "2022-03-01",
    "means_will_be_used": {"fraud": True},
    "to_subject_to": {"commercial_sexual_activity": True},
    "will_be_caused_to_engage_in_commercial_sexual_activity": True,
}


def test_one_act_drafted_met_and_open_gets_the_carson_caution() -> None:
    """b20: G is 17 or 18 at the recruiting; (A)(1) is met, (A)(2) open on the age: both are
    drafted for the one act, and the form says once that they are not separate counts, with
    Carson's holding and the Herron factors."""
    pattern = _doc(ADULT_OR_MINOR, B20)
    (pair,) = _pairs(pattern, "nm")
    assert [c for c, _ in _titles(pair)] == [
        "NMSA 1978, § 30-52-1(A)(1)",
        "NMSA 1978, § 30-52-1(A)(2)",
    ]
    cautions = [_flat(c) for c in pair.cautions]
    (line,) = [c for c in cautions if "Carson" in c]
    assert line.startswith("Separate counts (State v. Carson): Recruiting G on 1 March 2022")
    assert "30-52-1(A)(1) (met) and 30-52-1(A)(2) (open)" in line
    assert _flat(ONE_ACT) in line and "Herron" in line
    text = _flat(render(nmt.assess(pattern, today=TODAY, law="nm"), pattern))
    assert text.count("State v. Carson, No. A-1-CA-35211") == 1


def test_the_summary_raises_no_carson_note_for_a_paragraph_only_open_beside_a_met_one() -> None:
    """The summary's note stays as it was for one act with one met and one open paragraph (the
    open one is not named there; in a labor case it is open only as not ruled out): only the
    form, which drafts the open paragraph where a fact points to it, says the caution."""
    a = nmt.assess(_doc(ADULT_OR_MINOR, B20), today=TODAY, law="nm")
    assert not any(n.kind == "unit_of_prosecution" for f in a.findings for n in f.notes)


def test_one_act_meeting_two_paragraphs_reads_them_as_one_offense_with_the_jury_point() -> None:
    """a29: one act meets (A)(1) and (A)(2): the note (and the form, which copies it) reads them
    as ways of committing one offense, a reading, and says the sources read do not say whether
    a jury must agree on the paragraph; the form does not say it twice."""
    act = {**B20, "date": "2023-06-01"}
    pattern = _doc(CHILD_15, act)
    a = nmt.assess(pattern, today=TODAY, law="nm")
    (note,) = [n for f in a.findings for n in f.notes if n.kind == "unit_of_prosecution"]
    assert "One act meets several paragraphs (30-52-1(A)(1), 30-52-1(A)(2)): " + ONE_ACT in (
        note.text
    )
    (pair,) = _pairs(pattern, "nm")
    assert sum(ONE_ACT in c for c in pair.cautions) == 1


# --- A7: the guide says what the code does ----------------------------------------------


def test_the_user_guide_names_what_supports_each_paragraph_and_prong_as_the_code_does() -> None:
    """The guide's court-form section quotes, for every paragraph and prong, the words the
    form's "Not drafted" line uses (:data:`APART`, :data:`NEEDS`): (A)(1) is supported by a
    means or by labor or services, not by the means alone (review A7 of session 9)."""
    guide = _flat((ROOT / "docs" / "user-guide.md").read_text(encoding="utf-8"))
    section = guide[guide.index("## The court form") : guide.index("## Limits and unverified")]
    for short, (_, said) in APART.items():
        if "{means}" in said:  # § 1589(a)'s means in the current text's words (the guide's)
            (law,) = [v for k, v in nmt.statute.LAWS.items() if "1589" in k]
            (para,) = [p for p in law.versions[-1].offences if p.short == short]
            means = next(e for e in para.elements if e.key == "labor_means")
            said = said.format(means=means.brief or means.label)
        assert f'"{said}"' in section, short
    for short, (_, said) in NEEDS.items():
        assert f'"{said}"' in section, short
