"""The words of the side-by-side lines and of the penalty bands: a verb § 30-52-1 lacks is said
to be no verb of the state text (not "not in the 2008 text": the text may use the word
elsewhere); a band the facts fix by an aggravation they establish names it, in the words of
the text applied."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import nm_trafficking as nmt
from nm_trafficking.reasoning import acts, penalties
from nm_trafficking.reasoning.jurisdictions import verdicts
from nm_trafficking.rules.engine import Engine
from nm_trafficking.statute.usc_18 import USC_1589, USC_1590
from tests.test_federal_review9 import _harboring

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 12, 7)


def test_a_verb_the_state_text_lacks_is_no_verb_of_it() -> None:
    # "NM 30-52-1: not met — harboring is not in the 2008 text"
    result = nmt.assess(nmt.load(ROOT / "examples" / "harboring_only.yaml"), today=TODAY)
    (finding,) = result.findings
    assert finding.side_by_side[0] == (
        "NM 30-52-1: not met — harboring is not a verb of § 30-52-1 (2008 text)"
    )
    (pair,) = result.summary.pairs
    assert (
        pair.comparison[0]
        == "§ 30-52-1, not met: harboring is not a verb of § 30-52-1 (2008 text)."
    )
    assert "not in the 2008 text" not in result.explain("summary")


def _verdicts(pattern: nmt.FactPattern, law: Any) -> list[Any]:
    """The pair's acts judged under ``law`` (as the summary has them)."""
    return verdicts(law, acts.contexts(pattern, today=TODAY), Engine())


def test_a_fixed_band_names_the_aggravation_the_facts_establish() -> None:
    # § 1590(a): "if the violation includes kidnapping or an attempt to kidnap, ... the
    # defendant shall be fined under this title or imprisoned for any term of years or life"
    version = USC_1590.versions[-1]
    band = penalties.band_table(version)["(a) aggravated"]
    # the summary's words for a band the facts leave to be established, as before
    assert penalties.band_text(band, version) == (
        "§ 1590(a): up to life if death results or a listed aggravation [S]"
    )
    assert penalties.band_text(band, version, label=False) == (
        "§ 1590(a): up to life if death results or a listed aggravation"
    )
    said = "the violation includes kidnapping"
    assert penalties.band_text(band, version, aggravation=said) == (
        "§ 1590(a): up to life (the violation includes kidnapping) [S]"
    )
    base = penalties.band_table(version)["(a) base"]
    assert penalties.band_text(base, version) == "§ 1590(a): up to 20 years [S]"


def test_the_summary_words_of_a_band_fixed_by_a_stated_aggravation_name_it() -> None:
    version = USC_1590.versions[-1]
    kidnapping = _verdicts(_harboring(kidnapping=True), USC_1590)
    assert penalties.fixed_band_text(kidnapping, "(a) aggravated", [version]) == (
        "§ 1590(a): up to life (the violation includes kidnapping) [S]"
    )
    # the base band names nothing (kidnapping stated false; the other aggravations are open)
    none = _verdicts(_harboring(kidnapping=False), USC_1590)
    assert penalties.fixed_band_text(none, "(a) base", [version]) == "§ 1590(a): up to 20 years [S]"
    # a band no text given has: None (the summary keeps the band's id)
    assert penalties.fixed_band_text(kidnapping, "(b)(1)", [version]) is None


def test_1589d_is_named_in_its_own_spelling_death_first() -> None:
    # § 1589(d): "If death results from a violation of this section, or if the violation
    # includes kidnaping, an attempt to kidnap, ..." (reference § 1.2)
    pattern = nmt.FactPattern.model_validate(
        {
            "persons": [{"id": "E"}, {"id": "W", "birth_date": "1970-01-01"}],
            "conduct": [
                {
                    "id": "work",
                    "actor": "E",
                    "person": "W",
                    "act": "obtaining",
                    "date": "2019-05-01",
                    "knowingly": True,
                    "federal": {
                        "labor": {"labor_or_services_of_the_person": True},
                        "labor_means": {"force": True},
                        "aggravation": {"kidnapping": True, "death_results": True},
                    },
                }
            ],
        }
    )
    version = USC_1589.versions[-1]
    found = penalties.fixed_band_text(_verdicts(pattern, USC_1589), "(d) aggravated", [version])
    assert found == (
        "§ 1589(d): up to life (death results from the violation, and the violation includes "
        "kidnaping) [S]"
    ), found


def test_the_summary_names_the_aggravation_that_fixes_the_band() -> None:
    # "§ 1590: MET ((a)) — (a): up to life if death results or a listed aggravation [S]"
    result = nmt.assess(_harboring(kidnapping=True), today=TODAY, law="federal")
    (pair,) = result.summary.pairs
    (law,) = [x for x in pair.laws if x.law == "usc_1590"]
    assert law.grading.words == "§ 1590(a): up to life (the violation includes kidnapping) [S]"
    (count,) = pair.counts
    assert count.laws["usc_1590"].words == law.grading.words
    text = " ".join(result.explain("summary").split())
    # then its last day: law="federal", no § 30-52-1 period beside it (review Z2-7 of session 8)
    assert "§ 1590: MET ((a)) — (a): up to life (the violation includes kidnapping) [S]; " in text
    # open, the band still says what it needs
    open_ = nmt.assess(_harboring(), today=TODAY, law="federal").summary.pairs[0]
    (law,) = [x for x in open_.laws if x.law == "usc_1590"]
    assert "up to life if death results or a listed aggravation, or up to 20" in law.grading.words


def test_a_1589_line_says_why_nothing_is_asked_where_no_fact_concerns_labor() -> None:
    """Reviews 10–12 and B read "§ 1589: NOT MET — the conduct recorded is recruiting" as
    resting on a fact nobody stated: a recruiting says nothing of whether the actor provided or
    obtained the person's labor or services, so § 1589(a) is open (decision 19); where no fact
    concerns the labor its questions are not asked, and the line says so."""
    a = nmt.assess(nmt.load(ROOT / "examples" / "a2_social_media_15.yaml"), today=TODAY)
    text = " ".join(a.explain().split())
    assert "§ 1589: UNDETERMINED ((a)) — if established:" in text
    assert (
        "§ 1589(a) needs V's labor or services, and no fact stated puts them at issue, so none "
        "of § 1589's questions is asked." in text
    )
    assert not [q for q in a.summary.needed if q.law in ("usc_1589", "usc_1590")]
