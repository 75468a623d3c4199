"""Issue 19, step 2: the law around the statute as warnings and cautions, from statute data with
verbatim words and labels (``nm_trafficking.statute.related``): limitation periods, the unit of
prosecution (Herron, Carson) and unanimity, Indian country, safe harbor; never "certified"."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import nm_trafficking as nmt
from nm_trafficking.output import json_text
from nm_trafficking.statute.model import Paragraph
from nm_trafficking.statute.related import (
    inchoate,
    indian_country,
    limitation,
    safe_harbor,
    unit_of_prosecution,
)

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT.parent / "shared" / "statute" / "related-law-2026-12.md"
TODAY = date(2026, 12, 7)
A2 = {"knowingly": True, "will_be_caused_to_engage_in_commercial_sexual_activity": True}
FEDERAL_MINOR = {
    "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
    "as_to_age": {"knew": True},
    "as_to_commercial_sex_act": {"knew": True},
}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _finding(
    persons: list[dict[str, Any]], *acts: dict[str, Any], defendant: str = "D", **kw: Any
) -> Any:
    conduct = [{"actor": defendant, "person": "V", **a} for a in acts]
    a = nmt.assess(nmt.from_dict({"persons": persons, "conduct": conduct}), today=TODAY, **kw)
    return a.finding(defendant, "V")


def _note(f: Any, kind: str) -> str:
    (note,) = [n for n in f.notes if n.kind == kind]
    return str(note.text)


@pytest.mark.skipif(not REFERENCE.exists(), reason="shared/statute reference not beside the repo")
def test_every_related_text_is_verbatim_from_the_reference_and_labelled() -> None:
    lines = REFERENCE.read_text(encoding="utf-8").splitlines()
    source = _norm(" ".join(line.lstrip("> ").strip() for line in lines))
    paragraphs: list[Paragraph] = [
        *limitation.PARAGRAPHS,
        *unit_of_prosecution.PARAGRAPHS,
        *indian_country.PARAGRAPHS,
        *safe_harbor.PARAGRAPHS,
    ]
    for p in paragraphs:
        assert _norm(p.text) in source, p.citation
        assert p.label is not None and p.label.code in ("[P]", "[S]"), p.citation
    for rule in (*limitation.STATE.values(), *limitation.FEDERAL.values()):
        assert _norm(rule.words) in source and rule.label.code == "[S]"
        assert rule.years is not None or rule.open_point  # no period is a silent default


@pytest.mark.statute("30-52-1(C)")
def test_a_2015_third_degree_count_assessed_in_2026_carries_a_dated_30_1_8_b_warning() -> None:
    f = _finding(
        [{"id": "D"}, {"id": "V", "birth_date": "1998-01-01"}],
        {"id": "a", "act": "recruiting", "date": "2015-03-10", **A2},
        law="nm",
    )
    assert f.grade == "third_degree_felony"  # a warning, never a finding: the grade stands
    text = _note(f, "limitation_period")
    assert (
        "third degree felony: five years under NMSA 1978, § 30-1-8(B) [S], to 10 March 2020 "
        "(passed), unless tolled — check"  # before the day of the assessment (review 10)
    ) in text
    assert "§ 30-1-9.1" in text and "not § 30-52-1" in text
    # how every period is read is said once per assessment, not in each pair's note
    assert "Stogner" not in text


@pytest.mark.statute("30-52-1(C)(1)", "30-52-1(C)(2)")
def test_second_degree_six_years_and_first_degree_left_open() -> None:
    second = _finding(
        [{"id": "D"}, {"id": "V", "birth_date": "2000-01-01"}],
        {"id": "a", "act": "recruiting", "date": "2015-03-10", **A2},
        law="nm",
    )
    assert "six years under NMSA 1978, § 30-1-8(A) [S], to 10 March 2021" in _note(
        second, "limitation_period"
    )
    first = _finding(
        [{"id": "D"}, {"id": "V", "birth_date": "2005-01-01"}],
        {"id": "a", "act": "recruiting", "date": "2015-03-10", **A2},
        law="nm",
    )
    text = _note(first, "limitation_period")
    assert "first degree felony: open" in text and "first degree violent felony" in text
    assert "UNRESOLVED" in text and "to 20" not in text.split("first degree felony:")[1][:40]
    # nothing to warn about where nothing is met or open
    nothing = _finding(
        [{"id": "D"}, {"id": "V", "age": 30}],
        {"id": "a", "act": "harboring", "date": "2015-03-10", **A2},
        law="nm",
    )
    assert not any(n.kind == "limitation_period" for n in nothing.notes)


@pytest.mark.statute("18 U.S.C. § 1591(a)(1) minor")
def test_federal_periods_1591_none_1589_1590_ten_years() -> None:
    f = _finding(
        [{"id": "D"}, {"id": "V", "birth_date": "2000-01-01"}],
        {"id": "a", "act": "recruiting", "date": "2015-06-10", "federal": FEDERAL_MINOR, **A2},
    )
    law = f.jurisdictions["usc_1591"]
    assert law.status == "met"
    (note,) = [n for n in law.notes if n.kind == "limitation_period"]
    assert "18 U.S.C. § 3299 [S]" in note.text
    assert "the recruiting of 10 June 2015: no limitation period" in note.text
    labor = _finding(
        [{"id": "D"}, {"id": "V", "birth_date": "1980-01-01"}],
        {
            "id": "w",
            "act": "obtaining",
            "date": "2012-05-01",
            "knowingly": True,
            "federal": {
                "labor": {"labor_or_services_of_the_person": True},
                "labor_means": {"threats_of_serious_harm": True},
            },
        },
    )
    (note,) = [n for n in labor.jurisdictions["usc_1589"].notes if n.kind == "limitation_period"]
    assert "ten years under 18 U.S.C. § 3298 [S], to 1 May 2022 (passed), unless tolled" in (
        note.text
    )


@pytest.mark.statute("30-52-1(A)(2)")
def test_unit_of_prosecution_names_herron_and_cites_carson_by_docket_and_reporter() -> None:
    f = _finding(
        [{"id": "D"}, {"id": "V", "birth_date": "2004-01-01"}],
        {"id": "a", "act": "recruiting", "date": "2019-03-10", **A2},
        {"id": "b", "act": "transporting", "date": "2019-06-10", **A2},
        law="nm",
    )
    text = _note(f, "unit_of_prosecution")
    assert "Herron" in text
    for factor in ("time", "place", "intervening events", "sequence", "intent", "victims"):
        assert factor in text
    assert "No. A-1-CA-35211" in text and "460 P.3d 54" in text
    caution = _note(f, "unanimity")
    assert "the recruiting of 10 March 2019 and the transporting of 10 June 2019" in caution
    assert "30-52-1(A)(2)" in caution
    single = _finding(
        [{"id": "D"}, {"id": "V", "birth_date": "2004-01-01"}],
        {"id": "a", "act": "recruiting", "date": "2019-03-10", **A2},
        law="nm",
    )
    assert not any(n.kind == "unanimity" for n in single.notes)


def test_the_unverified_carson_citation_is_never_used() -> None:
    for path in (ROOT / "nm_trafficking").rglob("*"):
        if path.suffix in {".py", ".yaml", ".md", ".js", ".html"}:
            assert "2020-NMCA-015" not in path.read_text(encoding="utf-8"), path


@pytest.mark.statute("30-52-1(B)")
def test_in_indian_country_subsection_b_does_not_settle_jurisdiction() -> None:
    f = _finding(
        [{"id": "D"}, {"id": "V", "birth_date": "2004-01-01"}],
        {"id": "a", "act": "recruiting", "date": "2019-03-10", "in_indian_country": True, **A2},
        law="nm",
    )
    text = _note(f, "indian_country")
    for name in ("McBratney", "Castro-Huerta", "State v. Romero", "25 U.S.C. § 1304", "§ 1153"):
        assert name in text
    assert "who is Indian decides" in _note(f, "jurisdiction")
    elsewhere = _finding(
        [{"id": "D"}, {"id": "V", "birth_date": "2004-01-01"}],
        {"id": "a", "act": "recruiting", "date": "2019-03-10", **A2},
        law="nm",
    )
    assert not any(n.kind == "indian_country" for n in elsewhere.notes)
    assert "Indian" not in _note(elsewhere, "jurisdiction")


@pytest.mark.statute("30-52-1(E)")
def test_safe_harbor_for_a_trafficked_minor_who_recruits() -> None:
    persons = [
        {"id": "T"},
        {"id": "G", "roles": ["victim"], "birth_date": "2004-05-01"},
        {"id": "V", "birth_date": "2005-01-01"},
    ]
    conduct = [
        {"id": "t", "actor": "T", "person": "G", "act": "recruiting", "date": "2019-01-10", **A2},
        {"id": "g", "actor": "G", "person": "V", "act": "recruiting", "date": "2019-03-10", **A2},
    ]
    a = nmt.assess(nmt.from_dict({"persons": persons, "conduct": conduct}), today=TODAY)
    text = _note(a.finding("G", "V"), "safe_harbor")
    assert "§ 32A-2-3(A) [S]" in text and "§ 30-52-1(E)" in text and "not as a principal" in text
    assert "certified" not in text
    adult = [dict(persons[0]), {**persons[1], "birth_date": "1990-05-01"}, persons[2]]
    b = nmt.assess(nmt.from_dict({"persons": adult, "conduct": conduct}), today=TODAY)
    assert not any(n.kind == "safe_harbor" for n in b.finding("G", "V").notes)


def test_nothing_ever_calls_a_person_a_certified_victim() -> None:
    for path in sorted((ROOT / "examples").glob("*.yaml")):
        a = nmt.assess(nmt.load(path), today=TODAY)
        for text in (json_text(a), a.explain(), a.to_markdown()):
            assert "certified" not in text.lower(), path


@pytest.mark.statute("30-52-1(A)(2)", "30-52-1(C)")
@pytest.mark.parametrize(
    ("believed", "grade", "cited"),
    [
        (12, "second degree felony", "§ 30-28-1(A)"),
        (14, "third degree felony", "§ 30-28-1(B)"),
        (16, "fourth degree felony", "§ 30-28-1(C)"),
    ],
)
def test_a_sting_is_an_attempt_graded_from_the_believed_age(
    believed: int, grade: str, cited: str
) -> None:
    f = _finding(
        [{"id": "D"}, {"id": "V", "age": 34, "age_on": "2024-01-01"}],
        {"id": "chat", "act": "soliciting", "date": "2024-05-01", "believed_age": believed, **A2},
        law="nm",
    )
    assert f.subsections["30-52-1(A)(2)"].status == "not_met" and f.grade is None
    text = _note(f, "attempt")
    assert f"is a {grade} under NMSA 1978, {cited} [S]" in text
    assert "not a holding" in text and "State v. Jackson" in text and "overt act" in text


@pytest.mark.statute("30-52-1(A)(2)")
def test_no_attempt_note_for_a_real_minor_or_a_belief_of_an_adult() -> None:
    real = _finding(
        [{"id": "D"}, {"id": "V", "birth_date": "2011-01-01"}],
        {"id": "a", "act": "soliciting", "date": "2024-05-01", "believed_age": 12, **A2},
        law="nm",
    )
    assert not any(n.kind == "attempt" for n in real.notes)
    adult = _finding(
        [{"id": "D"}, {"id": "V", "age": 34, "age_on": "2024-01-01"}],
        {"id": "a", "act": "soliciting", "date": "2024-05-01", "believed_age": 25, **A2},
        law="nm",
    )
    assert not any(n.kind == "attempt" for n in adult.notes)


@pytest.mark.skipif(not REFERENCE.exists(), reason="shared/statute reference not beside the repo")
def test_attempt_and_conspiracy_texts_are_verbatim() -> None:
    research = REFERENCE.parent / "research-2026-11-related-texts.md"
    text = " ".join(
        line.lstrip("> ").strip()
        for path in (REFERENCE, research)
        for line in path.read_text(encoding="utf-8").splitlines()
    )
    source = _norm(text)
    for p in (*inchoate.ATTEMPT_PARAGRAPHS, *inchoate.CONSPIRACY_PARAGRAPHS):
        assert _norm(p.text) in source, p.citation
        assert p.label is not None and p.label.code == "[S]"


@pytest.mark.statute("30-52-1(A)(2)", "30-52-1(C)")
def test_conspiracy_needs_a_stated_agreement_and_is_graded_one_step_down() -> None:
    persons = [{"id": "D"}, {"id": "E"}, {"id": "V", "birth_date": "2004-01-01"}]
    agreed = {"with_persons": ["E"], "to_commit_this_act": True}
    f = _finding(
        persons,
        {"id": "a", "act": "recruiting", "date": "2019-03-10", "agreement": agreed, **A2},
        law="nm",
    )
    text = _note(f, "conspiracy")
    assert "combined with E" in text
    assert "conspiracy to a second degree felony, a third degree felony" in text
    assert "§ 30-28-2(B)(2) [S]" in text
    # acting together is not an agreement: nothing stated, no conspiracy note
    together = _finding(
        persons,
        {"id": "a", "act": "recruiting", "date": "2019-03-10", **A2},
        {"id": "b", "act": "transporting", "date": "2019-03-10", "actor": "E", **A2},
        law="nm",
    )
    assert not any(n.kind == "conspiracy" for n in together.notes)
    # an undated act: the grade of the conspiracy is open as the act's is
    undated = _finding(
        persons, {"id": "a", "act": "recruiting", "agreement": agreed, **A2}, law="nm"
    )
    assert "its grade open as the act's is" in _note(undated, "conspiracy")
    with pytest.raises(nmt.InvalidFactPattern):
        _finding(
            persons,
            {"id": "a", "act": "recruiting", "agreement": {"with_persons": ["X"]}, **A2},
        )


def test_the_summary_says_no_period_for_1591_only_from_the_day_3299_applies() -> None:
    """§ 3299 [S] applies from 27 July 2006 (the reference's date): a § 1591 count before it
    (or undated) has its period open in the summary, not 'none'."""
    from datetime import date

    import nm_trafficking as nmt

    def limit(day: str | None) -> str | None:
        act: dict[str, Any] = {
            "id": "a",
            "actor": "D",
            "person": "V",
            "act": "recruiting",
            "knowingly": True,
            # § 1591 at issue (a section no fact puts at issue gives no period: decision 19;
            # the commerce fact alone does not put it at issue: review S10 of session 7)
            "to_subject_to": {"commercial_sexual_activity": True},
        }
        if day:
            act["date"] = day
        pattern = nmt.from_dict(
            {"persons": [{"id": "D"}, {"id": "V", "birth_date": "1990-01-01"}], "conduct": [act]}
        )
        s = nmt.assess(pattern, today=date(2026, 12, 7)).summary
        return s.pairs[0].counts[0].laws["usc_1591"].limitation

    assert limit("2019-05-01") == "no limitation period (18 U.S.C. § 3299 [S])"
    # before it, no period if § 3299 reaches the act, else § 3282(a)'s five years: both named
    # with their sections (contract 2.4.0; until then "open (18 U.S.C. § 3299 [S])"); the five
    # years had not run on 27 July 2006 (Stogner does not bar § 3299), and V was 15: § 3283 too
    # (review G3)
    assert limit("2005-05-01") == (
        "open: no limitation period (18 U.S.C. § 3299 [S]) if § 3299 (in force from 27 July "
        "2006) reaches the act (Stogner does not bar it: the five years had not run when it took "
        "effect on 27 July 2006); else five years, to 1 May 2010, unless tolled (18 U.S.C. "
        "§ 3282(a) [S]); or the child's life if § 3283 reaches it (open) (18 U.S.C. § 3283 [S])"
    )


@pytest.mark.statute("30-52-1(A)(2)")
def test_the_summary_titles_the_state_attempt_apart_from_section_1594() -> None:
    """The sting's attempt (§ 30-28-1) and § 1594's attempt share a kind: the summary's titles
    tell them apart, so the state attempt is not hidden under "§ 1594 ... not assessed"."""
    pattern = nmt.from_dict(
        {
            "persons": [{"id": "D"}, {"id": "V", "age": 34, "age_on": "2024-01-01"}],
            "conduct": [
                {
                    "id": "chat",
                    "actor": "D",
                    "person": "V",
                    "act": "soliciting",
                    "date": "2024-05-01",
                    "believed_age": 12,
                    **A2,
                }
            ],
        }
    )
    notes = nmt.assess(pattern, today=TODAY).summary.notes
    titles = {(n.kind, n.citation): n.title for n in notes}
    state = titles[("attempt", "NMSA 1978, § 30-28-1")]
    federal = {t for (kind, cite), t in titles.items() if cite and "U.S.C." in cite}
    assert "30-28-1" in state and state not in federal


def test_a_count_that_may_be_first_degree_is_never_called_out_of_time() -> None:
    """Born 29 February 2004, recruited on 28 February 2017: 12 or 13 (the open point), so
    first or second degree. The second degree period (six years) ended in 2023; the first
    degree period is open: the count's deadlines say each, and the text never gives the
    earlier end alone."""
    pattern = nmt.from_dict(
        {
            "persons": [{"id": "D"}, {"id": "V", "birth_date": "2004-02-29"}],
            "conduct": [
                {
                    "id": "a",
                    "actor": "D",
                    "person": "V",
                    "act": "recruiting",
                    "date": "2017-02-28",
                    **A2,
                }
            ],
        }
    )
    a = nmt.assess(pattern, today=TODAY, law="nm")
    act = a.summary.pairs[0].counts[0].laws["nm_30_52_1"]
    assert act.deadlines == {
        "first_degree_felony": None,
        "second_degree_felony": date(2023, 2, 28),
    }
    text = _norm(a.explain())
    assert (
        "if a first degree felony: none under § 30-1-8(I) if it is a 'first degree violent "
        "felony', a term not defined in the sources read, else, on a reading, to 28 February "
        "2020 (passed) under § 30-1-8(H); or if a second degree felony: to 28 February 2023 "
        "(passed) under § 30-1-8(A)" in text
    )
    # (I) may give none (review K4): never said passed outright, only "unless" (review S2)
    assert "the limitation period has passed (" not in text
    assert (
        "the limitation period has passed unless the offense is a 'first degree violent felony', "
        "an open point" in text
    )
    assert json.loads(a.to_json())["summary"]["pairs"][0]["counts"][0]["laws"]["nm_30_52_1"][
        "deadlines"
    ] == {"first_degree_felony": None, "second_degree_felony": "2023-02-28"}
    from nm_trafficking.render import timeline

    said = str(timeline.html(a.summary))
    assert "if a second degree felony" in said
    # the first degree's (H) day is said only with (I)'s none beside it, on a reading (review
    # X5 of session 8: the alternative was dropped), never as the period alone
    assert "if a first degree felony, on a reading, under § 30-1-8(H)" in said
    assert "§ 30-1-8(I) gives none" in said


def test_a_stings_conspiracy_is_graded_from_the_believed_age() -> None:
    """Two men agree to buy "a 15-year-old", who is an adult officer: the crime conspired to is
    the offense against a 15-year-old, a second degree felony, so the conspiracy is a third
    degree felony (§ 30-28-2(B)(2): 'the highest crime conspired to be committed') — not graded
    from the officer's real age, as the attempt is not."""
    f = _finding(
        [{"id": "D"}, {"id": "U"}, {"id": "V", "age": 31, "age_on": "2024-01-01"}],
        {
            "id": "chat",
            "act": "soliciting",
            "date": "2024-02-01",
            "believed_age": 15,
            "agreement": {"with_persons": ["U"], "to_commit_this_act": True},
            **A2,
        },
        law="nm",
    )
    text = _norm(_note(f, "conspiracy"))
    assert "graded from the age D believed (15)" in text
    assert "(B)(2) [S]" in text and "(B)(3)" not in text


@pytest.mark.statute("30-52-1(C)")
def test_a_conspiracy_gives_its_own_limitation_period_from_its_own_grade() -> None:
    """A conspiracy is graded one step down (§ 30-28-2(B)); § 30-1-8 runs on that grade, so the
    note gives the period of the conspiracy's grade and its last day (review: it gave none)."""
    persons = [{"id": "D"}, {"id": "E"}, {"id": "V", "birth_date": "2010-01-01"}]
    agreed = {"with_persons": ["E"], "to_commit_this_act": True}
    child = _finding(
        persons,
        {"id": "a", "act": "recruiting", "date": "2022-05-05", "agreement": agreed, **A2},
        law="nm",
    )
    text = _norm(_note(child, "conspiracy"))
    assert "conspiracy to a first degree felony, a second degree felony" in text
    assert "its own limitation period, each last day the latest safe one" in text
    assert "second degree felony: six years" in text
    assert "to 5 May 2028" in text
    adult = _finding(
        [{"id": "D"}, {"id": "E"}, {"id": "V", "birth_date": "1990-01-01"}],
        {
            "id": "a",
            "act": "transporting",
            "date": "2022-05-05",
            "agreement": agreed,
            "knowingly": True,
            "means_will_be_used": {"force": True},
            "to_subject_to": {"labor": True},
        },
        law="nm",
    )
    text = _norm(_note(adult, "conspiracy"))
    assert "a fourth degree felony" in text and "fourth degree felony: five years" in text
    assert "to 5 May 2027" in text


def test_a_verb_the_text_lacks_names_the_accessory_route_and_a_sting_names_its_paragraph() -> None:
    harbor = _finding(
        [{"id": "D"}, {"id": "V", "birth_date": "2005-01-01"}],
        {"id": "h", "act": "harboring", "date": "2019-01-12", "knowingly": True},
        law="nm",
    )
    text = _norm(_note(harbor, "verbs_not_covered"))
    assert "may be reached as an accessory (NMSA 1978, § 30-1-13 [S]" in text
    assert '"procures, counsels, aids or abets in its commission"' in text
    sting = _finding(
        [{"id": "D"}, {"id": "V", "age": 34, "age_on": "2024-01-01"}],
        {"id": "chat", "act": "soliciting", "date": "2024-05-01", "believed_age": 12, **A2},
        law="nm",
    )
    assert "the completed offense against a minor (30-52-1(A)(2)) is not met" in _norm(
        _note(sting, "attempt")
    )


@pytest.mark.parametrize(
    ("agreement", "where", "said"),
    [
        ({"with_persons": [], "to_commit_this_act": True}, "agreement.with_persons", "no one is"),
        ({"with_persons": ["D"], "to_commit_this_act": True}, "with_persons[0]", "another person"),
    ],
)
def test_an_agreement_with_no_one_else_is_refused_not_ignored(
    agreement: dict[str, Any], where: str, said: str
) -> None:
    """§ 30-28-2(A) is "combining with another": an agreement naming no one, or only the actor,
    is an error in the pattern (review: the empty list was silently ignored)."""
    with pytest.raises(nmt.InvalidFactPattern) as caught:
        _finding(
            [{"id": "D"}, {"id": "V", "birth_date": "2004-01-01"}],
            {"id": "a", "act": "recruiting", "date": "2019-03-10", "agreement": agreement, **A2},
        )
    assert where in str(caught.value) and said in str(caught.value)
    # no agreement stated (false, nobody named) is a fact, not an error
    f = _finding(
        [{"id": "D"}, {"id": "V", "birth_date": "2004-01-01"}],
        {
            "id": "a",
            "act": "recruiting",
            "date": "2019-03-10",
            **A2,
            "agreement": {"to_commit_this_act": False},
        },
        law="nm",
    )
    assert not any(n.kind == "conspiracy" for n in f.notes)


def test_how_limitation_periods_are_read_is_said_once_per_assessment() -> None:
    """Stogner and "a warning, never a finding" once, however many pairs and laws have a
    limitation note (a review counted the same paragraph 20 times in one case)."""
    persons = [{"id": "D"}, {"id": "E"}, {"id": "V", "birth_date": "2005-01-01"}]
    conduct = [
        {"id": "a", "actor": "D", "person": "V", "act": "recruiting", "date": "2019-03-10", **A2},
        {"id": "b", "actor": "E", "person": "V", "act": "obtaining", "date": "2019-04-10", **A2},
    ]
    a = nmt.assess(nmt.from_dict({"persons": persons, "conduct": conduct}), today=TODAY)
    periods = [n for n in a.summary.notes if n.kind == "limitation_period"]
    assert len(periods) > 2
    assert ["never a finding" in n.text for n in periods] == [True] + [False] * (len(periods) - 1)
    assert " ".join(a.explain("elements").split()).count("A law enacted after expiration") == 1


@pytest.mark.statute("30-52-1(A)(2)")
def test_a_stings_attempt_is_graded_only_if_established_when_its_intent_is_not_stated() -> None:
    """Review 8: the attempt rests on the intent to commit the minor offense; with its
    commercial-sexual-activity element not stated, the pair's line and the note say "if
    established" and name what is open; stated, they grade it outright."""
    persons = [{"id": "D"}, {"id": "V", "age": 34, "age_on": "2024-01-01"}]
    act = {"id": "chat", "act": "soliciting", "date": "2024-05-01", "believed_age": 15}
    pattern = nmt.from_dict(
        {"persons": persons, "conduct": [{"actor": "D", "person": "V", "knowingly": True, **act}]}
    )
    a = nmt.assess(pattern, today=TODAY, law="nm")
    (line,) = a.summary.pairs[0].related
    assert "if established, a third degree felony" in line
    assert "still open: intent or knowledge that the person will be caused to engage" in line
    note = _note(a.finding("D", "V"), "attempt")
    assert "if established: of the minor offense (30-52-1(A)(2)) the facts do not yet" in note
    stated = _finding(persons, {**act, **A2}, law="nm")
    (line,) = (
        nmt.assess(
            nmt.from_dict(
                {"persons": persons, "conduct": [{"actor": "D", "person": "V", **act, **A2}]}
            ),
            today=TODAY,
            law="nm",
        )
        .summary.pairs[0]
        .related
    )
    # stated, nothing of the minor offense is open, but the attempt's own overt act and intent
    # are stated by no fact: still "if established" (review B of session 9, finding 2)
    assert (
        ": if established, a third degree felony (basic sentence 3 years [S]), graded from the "
        "believed age (15)" in line
    )
    assert "still open" not in line
    assert "the facts do not yet" not in _note(stated, "attempt")
    assert "if established; still to establish: an overt act" in _note(stated, "attempt")


def test_the_indian_country_note_names_1152_and_acts_before_tribal_jurisdiction() -> None:
    """Review 8: VAWA 2022's special Tribal criminal jurisdiction is in effect from 1 October
    2022: an act before it is named as before that date; § 1152 is named."""
    persons = [{"id": "D"}, {"id": "V", "birth_date": "2004-01-01"}]
    early = _finding(
        persons,
        {"id": "a", "act": "recruiting", "date": "2021-06-01", "in_indian_country": True, **A2},
        law="nm",
    )
    text = _norm(_note(early, "indian_country"))
    assert "the recruiting of 1 June 2021 took place before that date" in text
    assert "18 U.S.C. § 1152 [S]" in text and "one Indian against another Indian" in text
    late = _finding(
        persons,
        {"id": "a", "act": "recruiting", "date": "2023-06-01", "in_indian_country": True, **A2},
        law="nm",
    )
    assert "before that date" not in _note(late, "indian_country")
