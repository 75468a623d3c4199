"""The statute as data: verbatim text, element words, dated versions."""

from __future__ import annotations

import itertools
import re
from datetime import date
from pathlib import Path

import pytest

from nm_trafficking import NoStatuteInForce, statute
from nm_trafficking.statute.v2008 import VERSION_2008

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "statute" / "nmsa-30-52-1.md"


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_every_element_quotes_words_of_its_paragraph() -> None:
    for version in statute.VERSIONS:
        for paragraph in version.offences:
            for element in paragraph.elements:
                if element.words is None:
                    assert element.key == "in_force"
                    continue
                source = version.paragraph(element.words_from).text
                assert element.words in source, (paragraph.citation, element.key)


@pytest.mark.statute("30-52-1(A)", "30-52-1(B)", "30-52-1(D)", "30-52-1(E)")
@pytest.mark.skipif(not SHARED.exists(), reason="shared/statute reference not beside the repo")
def test_paragraph_text_is_verbatim_from_the_reference() -> None:
    quoted = _norm(
        " ".join(
            line.lstrip("> ").strip()
            for line in SHARED.read_text(encoding="utf-8").splitlines()
            if line.startswith(">")
        )
    )
    for paragraph in VERSION_2008.all_paragraphs:
        assert _norm(paragraph.text) in quoted, paragraph.citation


def test_paragraph_ids_follow_the_citation_form() -> None:
    ids = [p.citation for p in VERSION_2008.all_paragraphs]
    assert ids == [
        "30-52-1(A)",
        "30-52-1(A)(1)",
        "30-52-1(A)(2)",
        "30-52-1(A)(3)",
        "30-52-1(B)",
        "30-52-1(C)",
        "30-52-1(C)(1)",
        "30-52-1(C)(2)",
        "30-52-1(D)",
        "30-52-1(E)",
    ]


def test_a2_has_no_means_element_and_a3_no_age_element() -> None:
    a2 = {e.key for e in VERSION_2008.offence("30-52-1(A)(2)").elements}
    a3 = {e.key for e in VERSION_2008.offence("30-52-1(A)(3)").elements}
    assert "means_will_be_used" not in a2 and "under_eighteen" in a2
    assert "under_eighteen" not in a3


def test_versions_do_not_overlap_and_select_by_date() -> None:
    versions = statute.VERSIONS
    for earlier, later in itertools.pairwise(versions):
        assert earlier.in_force_until is not None
        assert earlier.in_force_until <= later.in_force_from
    assert statute.version_for(date(2008, 7, 1)) is VERSION_2008
    assert statute.version_for(date(2026, 11, 28)) is VERSION_2008
    with pytest.raises(NoStatuteInForce, match="2008-06-30"):
        statute.version_for(date(2008, 6, 30))


def test_grading_bands_follow_subsection_c() -> None:
    g = VERSION_2008.grading
    assert [g.grade_for_age(a)[0].id for a in (0, 12, 13, 15, 16, 17, 18, 70)] == [
        "first_degree_felony",
        "first_degree_felony",
        "second_degree_felony",
        "second_degree_felony",
        "third_degree_felony",
        "third_degree_felony",
        "third_degree_felony",
        "third_degree_felony",
    ]
    assert g.grade_for_age(12)[1] == "30-52-1(C)(2)"
    assert g.grade_for_age(15)[1] == "30-52-1(C)(1)"
    assert g.grade_for_age(16)[1] == "30-52-1(C)"


def test_unverified_points_are_labelled() -> None:
    assert any("UNVERIFIED" in VERSION_2008.enacted_by for _ in [0])
    assert "not verified" in VERSION_2008.in_force_from_status
    assert any("subsection F" in u for u in VERSION_2008.unverified)


def test_an_amendment_is_one_new_dated_version() -> None:
    """A hypothetical amendment in force from 2030 (here: the 2008 text with (A)(2)'s age
    raised, purely as a test double) is added as one new version; conduct is assessed under the
    version in force on its date."""
    import dataclasses

    import nm_trafficking as nmt
    from nm_trafficking.rules.engine import Engine
    from nm_trafficking.statute.model import Alternative, Test

    a2 = VERSION_2008.offence("30-52-1(A)(2)")
    under = next(e for e in a2.elements if e.key == "under_eighteen")
    raised = dataclasses.replace(
        under,
        established=(Alternative((Test("victim_age.hi", "lt", 21),), "under 21 (test double)"),),
        defeated=(Alternative((Test("victim_age.lo", "ge", 21),), "21 or older (test double)"),),
    )
    a2_new = dataclasses.replace(
        a2, elements=tuple(raised if e is under else e for e in a2.elements)
    )
    new = dataclasses.replace(
        VERSION_2008,
        id="test-2030-statute",
        in_force_from=date(2030, 1, 1),
        offences=tuple(a2_new if o is a2 else o for o in VERSION_2008.offences),
    )
    # One new entry: the previous version's end date is derived, never written by hand, and
    # the 2008 object a reader finds in v2008 is the object applied.
    with statute.enacted(new):
        old, new = statute.VERSIONS
        assert old is VERSION_2008 and statute.NM.versions == (old, new)
        assert old.in_force_until == date(2030, 1, 1) and new.in_force_until is None
        engine = Engine((old, new))

        def a2_status(day: str) -> tuple[str, str | None]:
            p = nmt.from_dict(
                {
                    "persons": [{"id": "D"}, {"id": "V", "age": 19}],
                    "conduct": [
                        {
                            "id": "c",
                            "actor": "D",
                            "person": "V",
                            "act": "recruiting",
                            "date": day,
                            "knowingly": True,
                            "will_be_caused_to_engage_in_commercial_sexual_activity": True,
                        }
                    ],
                }
            )
            a = nmt.assess(p, engine=engine, today=date(2031, 1, 1))
            return a.findings[0].subsections["30-52-1(A)(2)"].status, a.statute_version

        assert a2_status("2029-12-31") == ("not_met", "2008")
        assert a2_status("2030-01-01") == ("met", "test-2030-statute")
    assert VERSION_2008.in_force_until is None and statute.VERSIONS == (VERSION_2008,)
    with pytest.raises(ValueError, match="does not start after"):
        statute.chain((new, VERSION_2008))
