"""The federal sections as data: every paragraph verbatim from the reference, every element's
words in its paragraph, a verification label on everything, dated versions and the periods with
no text, penalties quoted from their paragraphs."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from nm_trafficking import statute
from nm_trafficking.rules.compile import MAX_RULES_PER_LEADING_TEST, grouped_rules
from nm_trafficking.statute.model import (
    AgeAndMeansPenalty,
    FederalVersion,
    MaximumPenalty,
    Paragraph,
)
from nm_trafficking.statute.usc_18 import s1594

REFERENCE = (
    Path(__file__).resolve().parents[1].parent
    / "shared"
    / "statute"
    / "federal-18-usc-1589-1590-1591.md"
)
LABELS = {"[P]", "[S]", "[R]"}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _encoded() -> list[FederalVersion]:
    out = []
    for law in statute.FEDERAL_LAWS:
        for v in law.versions:
            assert isinstance(v, FederalVersion)
            out.append(v)
    return out


def _all() -> list[FederalVersion]:
    out = []
    for law in statute.FEDERAL_LAWS:
        for v in law.all_versions:
            assert isinstance(v, FederalVersion)
            out.append(v)
    return out


@pytest.mark.skipif(not REFERENCE.exists(), reason="shared/statute reference not beside the repo")
def test_every_federal_paragraph_is_verbatim_from_the_reference() -> None:
    quoted = _norm(
        " ".join(
            line.lstrip("> ").strip()
            for line in REFERENCE.read_text(encoding="utf-8").splitlines()
            if line.startswith(">")
        )
    )
    paragraphs: list[Paragraph] = list(s1594.PARAGRAPHS)
    for version in _encoded():
        paragraphs += [p for p in version.all_paragraphs if getattr(p, "in_text", True)]
    assert len(paragraphs) > 40
    for p in paragraphs:
        assert _norm(p.text) in quoted, p.citation


def test_every_element_quotes_words_of_its_paragraph_and_carries_a_label() -> None:
    checked = 0
    for version in _encoded():
        for prong in version.offences:
            for element in prong.elements:
                label = element.verification or (
                    version.paragraph(element.words_from).label if element.words else None
                )
                label = label or version.label
                assert label is not None and label.code in LABELS, (version.id, element.key)
                assert "compare with the official Code" in label.meaning or label.code == "[P]"
                if element.words is None:
                    assert element.key in ("in_force", "in_this_text")
                    continue
                source = version.paragraph(element.words_from).text
                assert element.words in source, (version.id, prong.citation, element.key)
                if element.also_words is not None:
                    assert element.also_words_from is not None
                    also = version.paragraph(element.also_words_from).text
                    assert element.also_words in also, (version.id, element.key)
                checked += 1
    assert checked > 100


def test_every_paragraph_of_an_encoded_text_is_labelled() -> None:
    for version in _encoded():
        assert version.label is not None and version.label.code in LABELS
        for p in version.all_paragraphs:
            if getattr(p, "in_text", True):
                assert p.label is not None and p.label.code in LABELS, (version.id, p.citation)


def test_the_labels_follow_the_reference() -> None:
    by_id = {v.id: v for v in _all()}
    assert by_id["usc-1591-2008"].label.code == "[R]"  # type: ignore[union-attr]
    assert by_id["usc-1591-2015"].label.code == "[R]"  # type: ignore[union-attr]
    assert by_id["usc-1591-2018b"].label.code == "[S]"  # type: ignore[union-attr]
    assert by_id["usc-1589-2000"].label.code == "[P]"  # type: ignore[union-attr]
    assert by_id["usc-1589-2008"].label.code == "[S]"  # type: ignore[union-attr]
    assert by_id["usc-1590-2008"].label.code == "[S]"  # type: ignore[union-attr]
    single = {p.citation: p.label for p in by_id["usc-1589-2008"].all_paragraphs}
    assert "single" in single["18 U.S.C. § 1589(d)"].meaning  # type: ignore[union-attr]


def test_penalty_words_are_quoted_from_their_paragraph() -> None:
    for version in _encoded():
        rule = version.penalty
        if isinstance(rule, AgeAndMeansPenalty):
            bands = (rule.effected_or_under_14, rule.not_effected_14_to_17)
            text = version.paragraph(rule.not_effected_14_to_17.words_from).text
            assert rule.fourteen_to_17_words in text
        else:
            assert isinstance(rule, MaximumPenalty)
            bands = (rule.base, rule.aggravated)
        for band in bands:
            assert band.words in version.paragraph(band.words_from).text, (version.id, band.id)


@pytest.mark.parametrize(
    ("law", "day", "expected", "in_force"),
    [
        ("usc_1591", date(2000, 10, 27), "usc-1591-before-2000", False),
        ("usc_1591", date(2000, 10, 28), "usc-1591-none-2000", None),
        ("usc_1591", date(2008, 12, 23), "usc-1591-none-2008-window", None),
        ("usc_1591", date(2009, 12, 31), "usc-1591-none-2008-window", None),
        ("usc_1591", date(2010, 1, 1), "usc-1591-2008", True),
        ("usc_1591", date(2015, 5, 28), "usc-1591-2008", True),
        # the enactment days: either text may apply (effective dates UNVERIFIED, review L2)
        ("usc_1591", date(2015, 5, 29), "usc-1591-enacted-2015-05-29", None),
        ("usc_1591", date(2015, 5, 30), "usc-1591-2015", True),
        ("usc_1591", date(2018, 4, 10), "usc-1591-2015", True),
        ("usc_1591", date(2018, 4, 11), "usc-1591-enacted-2018-04-11", None),
        ("usc_1591", date(2018, 4, 12), "usc-1591-2018a", True),
        ("usc_1591", date(2018, 12, 21), "usc-1591-2018b", True),
        ("usc_1589", date(2000, 10, 28), "usc-1589-2000", True),
        ("usc_1589", date(2008, 12, 22), "usc-1589-2000", True),
        ("usc_1589", date(2008, 12, 23), "usc-1589-none-2008-window", None),
        ("usc_1589", date(2010, 1, 1), "usc-1589-2008", True),
        ("usc_1590", date(2005, 1, 1), "usc-1590-none-2000", None),
        ("usc_1590", date(2026, 11, 28), "usc-1590-2008", True),
    ],
)
def test_the_text_for_a_date(law: str, day: date, expected: str, in_force: bool | None) -> None:
    version, flag = statute.law(law).version_for(day)
    assert (version.id, flag) == (expected, in_force)


def test_versions_chain_and_ids_are_unique_across_laws() -> None:
    ids = [v.id for law in statute.LAWS.values() for v in law.all_versions]
    assert len(ids) == len(set(ids))
    for law in statute.FEDERAL_LAWS:
        for earlier, later in zip(law.versions, law.versions[1:], strict=False):
            assert earlier.in_force_until == later.in_force_from
        assert law.versions[-1].in_force_until is None
        assert law.enacted == date(2000, 10, 28)
    # § 30-52-1 is unchanged by the federal sections.
    assert statute.NM.versions == statute.VERSIONS and statute.latest().id == "2008"


def test_every_text_compiles_within_durable_rules_limits() -> None:
    for version in _all():
        rules = grouped_rules(version)
        assert len(rules) <= MAX_RULES_PER_LEADING_TEST
        if not version.encoded:
            # A period with no text: at most the "not enacted" rule, or the facts that defeat an
            # element under every candidate wording (issue 19); never an established rule.
            assert all(key.split("|")[2] == "defeated" for key in rules), version.id
            assert all(len(o.elements) == 1 for o in version.offences), version.id


def test_prongs_are_the_same_in_every_text_of_a_law() -> None:
    for law in statute.FEDERAL_LAWS:
        expected = [(o.citation, o.short, o.paragraph_citation) for o in law.versions[-1].offences]
        for version in law.all_versions:
            found = [(o.citation, o.short, o.paragraph_citation) for o in version.offences]
            assert found == expected, version.id


def test_1594_is_quoted_with_its_label_and_never_assessed() -> None:
    assert [p.citation for p in s1594.PARAGRAPHS] == [
        "18 U.S.C. § 1594(a)",
        "18 U.S.C. § 1594(b)",
        "18 U.S.C. § 1594(c)",
    ]
    assert all(p.label is not None and p.label.code == "[S]" for p in s1594.PARAGRAPHS)
    assert not any("1594" in v.section for law in statute.LAWS.values() for v in law.all_versions)
