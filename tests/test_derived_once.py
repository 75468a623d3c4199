"""What the assessment works out once (per law, per text, per act) gives exactly what the
direct computation gives: the law's periods (``Law.version_for``), each act's engine facts
shared by every law's session, a text's prong wording and penalty bands."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

import nm_trafficking as nmt
from nm_trafficking import statute
from nm_trafficking.reasoning import acts as acts_module
from nm_trafficking.reasoning import jurisdictions
from nm_trafficking.reasoning.acts import contexts, law_contexts
from nm_trafficking.reasoning.penalties import band_table
from nm_trafficking.rules.atoms import FactSheet, engine_fact, federal_engine_fact

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.yaml"))


def _days(law: statute.Law) -> list[date]:
    """Every boundary of every period of ``law`` and the days either side, and the extremes."""
    days = {date(1900, 1, 1), date(2100, 1, 1)}
    for v in law.all_versions:
        for edge in (v.in_force_from, v.in_force_until):
            for step in (-1, 0, 1):
                if edge is not None and date.min + timedelta(1) <= edge <= date.max - timedelta(1):
                    days.add(edge + timedelta(days=step))
    return sorted(days)


@pytest.mark.parametrize("law", statute.FEDERAL_LAWS, ids=lambda law: law.id)
def test_a_laws_periods_worked_out_once_give_version_for(law: statute.Law) -> None:
    for day in _days(law):
        assert acts_module._text_for(law, day) == law.version_for(day), day


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_the_shared_facts_are_each_laws_engine_facts(path: Path) -> None:
    pattern = nmt.load(path)
    ctxs = contexts(pattern, today=date(2026, 12, 7))
    sheet = FactSheet()
    for ctx in ctxs:
        # key order too: the JSON the engine is given is the same text
        assert list(sheet.state(ctx).items()) == list(engine_fact(ctx).items())
    for law in statute.FEDERAL_LAWS:
        for ctx in law_contexts(law, ctxs):
            assert list(sheet.federal(ctx).items()) == list(federal_engine_fact(ctx).items())


def test_a_texts_prong_wording_and_bands_are_its_own() -> None:
    for law in statute.FEDERAL_LAWS:
        for version in law.all_versions:
            wording = jurisdictions._wording(version)
            for p in version.offences:
                paragraph = version.offence(p.citation)
                label = version.label
                assert wording[p.citation] == (
                    paragraph.text,
                    paragraph.in_text,
                    label.code if label is not None else "—",
                    label.meaning if label is not None else "",
                    paragraph.elements_from,
                )
            rule = getattr(version, "penalty", None)
            bands = band_table(version)
            assert bands is band_table(version)  # made once per text
            if rule is None:
                assert bands == {}
            else:
                assert {b.id for b in bands.values()} == set(bands)


def test_an_assessment_is_freed_when_dropped_no_reference_cycles() -> None:
    """What is worked out once is kept on objects that do not point back (a verdict keeping
    its own grade would): an assessment, read in full, is freed as soon as it is dropped, not
    left for the cycle collector with the victim's facts in it."""
    import gc

    for path in EXAMPLES:  # every example: undated acts, several texts, stings, helpers
        pattern = nmt.load(path)
        nmt.assess(pattern).to_json()  # first use: compiled rulesets, statute caches
        gc.collect()
        enabled = gc.isenabled()
        gc.disable()
        try:
            result = nmt.assess(pattern)
            result.to_json()
            result.explain(detail="full")
            del result
            assert gc.collect() == 0, path.name
        finally:
            if enabled:
                gc.enable()
