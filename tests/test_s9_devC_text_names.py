"""One text, one name (review Z1 F2 of session 8): the element reasons, the notes and the
summary name a federal text as the summary's counts name it (``words.text_name``: "§ 1591 as
amended 23 December 2008 [R]"), never by the statute data's citation of the text ("18 U.S.C.
§ 1591 (2008-2015, reconstructed)"), through one function, ``citations.text_named``."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import nm_trafficking as nmt
from nm_trafficking import statute, words
from nm_trafficking.citations import text_named
from nm_trafficking.statute.model import FederalVersion

TODAY = date(2026, 12, 8)


def _assess(acts: list[dict[str, Any]], law: str = "all") -> nmt.Assessment:
    conduct = [
        {"id": f"c{i}", "actor": "P", "person": "G", "knowingly": True, **act}
        for i, act in enumerate(acts)
    ]
    pattern = nmt.from_dict(
        {
            "persons": [
                {"id": "P", "roles": ["trafficker"]},
                {"id": "G", "birth_date": "1997-01-01"},
            ],
            "conduct": conduct,
        }
    )
    return nmt.assess(pattern, today=TODAY, law=law)


def _encoded() -> list[tuple[Any, FederalVersion]]:
    return [
        (law, v)
        for law in statute.FEDERAL_LAWS
        for v in law.versions
        if isinstance(v, FederalVersion) and v.encoded
    ]


@pytest.mark.parametrize(("law", "version"), _encoded(), ids=lambda x: getattr(x, "id", ""))
def test_text_named_is_the_summary_s_name(law: Any, version: FederalVersion) -> None:
    """The one function gives the counts' name of every encoded federal text."""
    assert text_named(version) == words.text_name(law, version)


def test_the_soliciting_of_2013_is_not_a_verb_of_the_2008_text_by_its_counts_name() -> None:
    """v08 of review V: a pimp soliciting in 2013. The § 1591 line's reason and the count line
    name the 2008 text alike; the data's citation of the text is in no reason or line."""
    a = _assess(
        [
            {
                "act": "soliciting",
                "date": "2013-05-05",
                "as_buyer": False,
                "will_be_caused_to_engage_in_commercial_sexual_activity": True,
            }
        ]
    )
    text = a.explain(detail="elements")
    name = "§ 1591 as amended 23 December 2008 [R]"
    assert f"not a verb of § 1591(a)(1) in 18 U.S.C.\n    {name}" in text or (
        f"not a verb of § 1591(a)(1) in 18 U.S.C. {name}" in " ".join(text.split())
    )
    assert "(2008-2015, reconstructed)" not in text
    assert f"falls within the period of 18 U.S.C. {name}" in " ".join(text.split())


def test_no_encoded_text_is_named_by_its_data_citation_in_any_reason_or_note() -> None:
    """Acts under every encoded federal text (2005, 2009, 2013, 2016, 2018, 2024): no element
    reason and no note's text names a text by its data citation where that differs from its
    name (the 2000 text's own paragraphs, "§ 1589 (2000), concluding provisions", are cited as
    paragraphs, not as the text)."""
    acts = [
        {
            "act": "obtaining",
            "date": day,
            "will_be_caused_to_engage_in_commercial_sexual_activity": True,
            "federal": {"labor_means": {"threats_of_serious_harm": True}},
        }
        for day in ("2005-03-03", "2009-03-03", "2013-03-03", "2016-03-03", "2018-06-06")
    ]
    a = _assess(acts, law="federal")
    found = a.finding("P", "G")
    prose: list[str] = []
    for j in found.jurisdictions.values():
        prose += [n.text for n in j.notes]
        for prong in j.prongs.values():
            prose += [e.reason for e in prong.elements]
        for count in j.counts:
            for p in count.prongs.values():
                prose += [e.reason for e in p.elements]
    data_names = {
        v.citation
        for _, v in _encoded()
        if v.citation not in text_named(v) and "(2000)" not in v.citation
    }
    assert data_names  # e.g. "18 U.S.C. § 1591 (2008-2015, reconstructed)"
    said = [(name, line) for line in prose for name in data_names if name in line]
    assert not said
