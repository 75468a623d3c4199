"""A law clerk's review of the law around § 30-52-1 (session 8, review X; helper J): the (D)
note names the two offenses the courts' openings give beside human trafficking (X6); Carson is
cited for what its opening says, with its labels (X7); the accessory note says a helper may be a
principal too (X9); a quotation that opens with its own quoted term keeps its marks apart (X10).

Every quoted fragment is checked against the shared references, which sit beside the repo."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import nm_trafficking as nmt
from nm_trafficking.statute.case_law import CARSON
from nm_trafficking.statute.related import accessory, safe_harbor, unit_of_prosecution
from nm_trafficking.statute.v2008.d_other_offences import RELATED_OFFENCES

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "statute"
RESEARCH = SHARED / "research-2026-11-related-texts.md"
RELATED = SHARED / "related-law-2026-12.md"
TODAY = date(2026, 12, 7)
A2 = {"knowingly": True, "will_be_caused_to_engage_in_commercial_sexual_activity": True}
needs_reference = pytest.mark.skipif(
    not (RESEARCH.exists() and RELATED.exists()),
    reason="shared/statute references not beside the repo",
)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _source(path: Path) -> str:
    """The reference's words, block-quote marks and line breaks taken out."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return _norm(" ".join(line.lstrip("> ").strip() for line in lines))


def _quoted(text: str) -> list[str]:
    """The fragments in single quotation marks (an apostrophe inside a word is not one)."""
    return re.findall(r"(?<![\w])'(.+?)'(?![\w])", text)


def _assess(doc: dict[str, Any], **kw: Any) -> nmt.Assessment:
    return nmt.assess(nmt.from_dict(doc), today=TODAY, law="nm", **kw)


def _note(f: Any, kind: str) -> str:
    (note,) = [n for n in f.notes if n.kind == kind]
    return str(note.text)


# --- X6: the (D) list names kidnapping and contributing to the delinquency of a minor ---------


def _entry(section: str) -> str:
    (entry,) = [r for r in RELATED_OFFENCES if f"NMSA § {section} " in r]
    return entry


def test_the_d_list_names_kidnapping_as_carson_cites_it_and_labels_its_text_not_found() -> None:
    """Carson's opening [P, via mirror] gives "kidnapping, pursuant to NMSA 1978, Section 30-4-1
    (2003)" beside the human trafficking counts; its text and grade were read nowhere."""
    entry = _entry("30-4-1")
    assert "kidnapping" in entry
    assert "text and grade NOT FOUND" in entry
    assert "a court cites it as '(2003)' [P, via mirror]" in entry


def test_the_d_list_names_30_6_3_its_minor_reach_and_its_text_not_found() -> None:
    """research § 3.7: current text and grade NOT FOUND; only the predecessor § 40A-6-3, as a
    court quotes it, which reaches a person under eighteen; Jackson's opening names the
    conviction beside human trafficking. The list is the same for every finding (it is not
    filtered by age), so the age is said in the entry, as § 30-6A-4's is."""
    entry = _entry("30-6-3")
    assert "contributing to the delinquency of a minor" in entry
    assert "current text and grade NOT FOUND" in entry
    assert "§ 40A-6-3" in entry and "under the age of eighteen" in entry
    assert "State v. Jackson [P, via mirror]" in entry


def test_the_d_note_on_a_finding_lists_both_after_conspiracy() -> None:
    doc = {
        "persons": [{"id": "D"}, {"id": "V", "roles": ["victim"], "age": 15}],
        "conduct": [
            {
                "id": "r",
                "actor": "D",
                "person": "V",
                "act": "recruiting",
                "date": "2024-03-03",
                **A2,
            }
        ],
    }
    text = _note(_assess(doc).finding("D", "V"), "other_offences")
    order = [text.index(f"§ {s} ") for s in ("30-28-2", "30-4-1", "30-6-3", "30-6A-4")]
    assert order == sorted(order), text


@needs_reference
def test_every_quoted_fragment_of_the_d_list_is_in_the_references() -> None:
    source = _source(RESEARCH) + " " + _source(RELATED)
    for entry in RELATED_OFFENCES:
        for fragment in _quoted(entry):
            assert _norm(fragment) in source, (entry, fragment)
    research = _source(RESEARCH)
    assert "kidnapping, pursuant to NMSA 1978, Section 30-4-1 (2003)" in research
    assert "contributing to a delinquency of a minor" in research  # Jackson ¶1


# --- X7: Carson cited for what its opening says, with its labels ------------------------------


def test_carson_is_not_cited_for_two_a1_counts_nor_for_a_distinct_conduct_test() -> None:
    """The court's words [P] show two counts for one victim and one reversed, not under which
    paragraph (Carson was convicted under (A)(1) and (A)(2)); the reasoning is a summary's [S]."""
    assert "(A)(1)" not in CARSON.holding
    assert "sufficiently distinct" not in CARSON.holding
    assert "[P, via mirror]" in CARSON.holding and "from a summary [S]" in CARSON.holding
    assert CARSON.paragraph == "30-52-1"


@needs_reference
def test_carsons_quoted_words_are_its_opening_verbatim() -> None:
    opening = _norm(unit_of_prosecution.CARSON_WORDS)
    for fragment in _quoted(CARSON.holding):
        parts = [p.strip() for p in fragment.split("…")]
        assert all(p in opening for p in parts), fragment
    assert opening in _source(RELATED)


def test_the_separate_counts_note_carries_carsons_labels_once() -> None:
    doc = {
        "persons": [{"id": "D"}, {"id": "V", "roles": ["victim"], "birth_date": "2008-01-01"}],
        "conduct": [
            {
                "id": "r",
                "actor": "D",
                "person": "V",
                "act": "recruiting",
                "date": "2020-03-01",
                **A2,
            },
            {
                "id": "t",
                "actor": "D",
                "person": "V",
                "act": "transporting",
                "date": "2023-03-01",
                **A2,
            },
        ],
    }
    text = _note(_assess(doc).finding("D", "V"), "unit_of_prosecution")
    assert "two (A)(1) counts" not in text
    assert "[P, via mirror]" in text and "from a summary [S]" in text
    assert text.count("multi-factor test") == 1  # said once, not again after Herron


# --- X9: a helper may be a principal too ------------------------------------------------------

HELPER = {
    "persons": [{"id": "T"}, {"id": "H"}, {"id": "V", "roles": ["victim"], "age": 11}],
    "conduct": [
        {
            "id": "r",
            "actor": "T",
            "person": "V",
            "act": "recruiting",
            "date": "2010-03-03",
            **A2,
            "accessories": [
                {"person": "H", "aided": True, "intended_that_the_offense_be_committed": True}
            ],
        }
    ],
}


def test_the_accessory_note_says_a_helper_may_be_a_principal_too_with_wall_labelled() -> None:
    text = _note(_assess(HELPER).finding("T", "V"), "accessory")
    assert "may make the helper a principal too" in text
    assert "driving the victim is itself 'transporting', a 2008 verb" in text
    assert "State v. Wall, 1980-NMSC-034, annotation [S]" in text
    assert text.endswith(accessory.MAY_BE_PRINCIPAL)  # once, after § 30-1-13's readings


def test_the_first_screen_does_not_grow_with_the_accessory_note() -> None:
    """The note is detail: the summary names it, it does not say it."""
    summary = _assess(HELPER).explain()
    assert "principal too" not in summary


@needs_reference
def test_the_may_be_principal_words_are_the_references() -> None:
    source = _source(RELATED)
    assert 'Driving the victim is itself "transporting", a 2008 verb' in source
    assert "one charged as a principal may be convicted as an accessory and vice versa" in source
    assert "State v. Wall, 1980-NMSC-034" in source


# --- X10: a quotation inside a quotation ------------------------------------------------------


def test_the_safe_harbor_note_nests_the_defined_term_in_double_marks() -> None:
    """§ 32A-2-3(A) opens with its own quoted term ('delinquent act'): single marks around it
    printed "(''delinquent act' …"."""
    text = safe_harbor.NOTE.format(person="J", words=safe_harbor.S_32A_2_3_A)
    assert "''" not in text
    assert "(“'delinquent act' means" in text and "…”, § 32A-2-3(A) [S]" in text


def test_no_note_of_a_trafficked_minor_defendant_doubles_a_quotation_mark() -> None:
    doc = {
        "persons": [
            {"id": "T"},
            {"id": "J", "roles": ["victim"], "age": 16},
            {"id": "K", "roles": ["victim"], "age": 14},
        ],
        "conduct": [
            {
                "id": "o",
                "actor": "T",
                "person": "J",
                "act": "obtaining",
                "date": "2024-03-01",
                **A2,
            },
            {
                "id": "r",
                "actor": "J",
                "person": "K",
                "act": "recruiting",
                "date": "2024-04-01",
                **A2,
            },
        ],
    }
    a = _assess(doc)
    notes = [n.text for f in a.findings for n in f.notes]
    assert any("delinquent act" in t for t in notes)  # the note is there to check
    for text in (*notes, a.explain(detail="elements")):
        assert "''" not in text
