"""Review P of session 7 (metamorphic testing): F2, an unknown age never removes a penalty; F3
and F4, what is said for a pair does not depend on which act comes first in the file."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import nm_trafficking as nmt

TODAY = date(2026, 12, 7)
FEDERAL = ("usc_1591", "usc_1589", "usc_1590")


def _flat(text: str) -> str:
    return " ".join(text.split())


# --- F2: an undated act toward a victim with no birth window ---------------------------------

VICTIMS: dict[str, dict[str, Any]] = {
    "birth date": {"birth_date": "2001-01-15"},
    "age on a date": {"age": 19, "age_on": "2020-02-01"},
    "plain age": {"age": 19},
    "no age": {},
}
"""The victim's age, most precise first (a plain age and no age bound no birth by themselves)."""


def _undated(victim: dict[str, Any], **act: Any) -> nmt.FactPattern:
    return nmt.from_dict(
        {
            "persons": [
                {"id": "T", "roles": ["trafficker"]},
                {"id": "B", "roles": ["victim"], **victim},
            ],
            "conduct": [
                {
                    "id": "control",
                    "actor": "T",
                    "person": "B",
                    "act": "obtaining",
                    "knowingly": True,
                    "means_will_be_used": {"force": True},
                    "to_subject_to": {"commercial_sexual_activity": True},
                    **act,
                }
            ],
        }
    )


def _possible(pattern: nmt.FactPattern) -> dict[str, list[str]]:
    doc = nmt.assess(pattern, today=TODAY).to_dict()
    laws = doc["summary"]["pairs"][0]["laws"]
    return {law["law"]: law["grading"]["possible"] for law in laws if law["law"] in FEDERAL}


@pytest.mark.parametrize("victim", ["plain age", "no age"])
def test_an_undated_act_toward_a_victim_with_no_birth_window_keeps_the_federal_bands(
    victim: str,
) -> None:
    """The act may have happened on any day up to today: under every text of §§ 1589, 1590
    and 1591 encoded for those days (from 2008 and 2010 on) it would carry that text's bands, so
    none can be said to have 'no punishment stated' (review P F2: `possible` was empty)."""
    possible = _possible(_undated(VICTIMS[victim]))
    assert all(possible[law] for law in FEDERAL), possible
    shown = _flat(nmt.assess(_undated(VICTIMS[victim]), today=TODAY).explain())
    assert "no punishment can be stated" not in shown
    assert "§ 1591: UNDETERMINED ((a)(1)" in shown and "if established: (b)(1)" in shown


def test_a_less_precise_age_or_date_never_removes_a_possible_band() -> None:
    """The metamorphic property: each step from a more precise fact to a less precise one (a
    date → none; a birth date → an age on a date → no age; a plain age, the age at the act,
    → no age) keeps every band the more precise one leaves possible."""
    for victim in VICTIMS:
        dated = _possible(_undated(VICTIMS[victim], date="2020-02-01"))
        undated = _possible(_undated(VICTIMS[victim]))
        for law in FEDERAL:
            assert set(dated[law]) <= set(undated[law]), (victim, law, dated, undated)
    steps = [("birth date", "age on a date"), ("age on a date", "no age"), ("plain age", "no age")]
    for finer, coarser in steps:
        a, b = _possible(_undated(VICTIMS[finer])), _possible(_undated(VICTIMS[coarser]))
        for law in FEDERAL:
            assert set(a[law]) <= set(b[law]), (finer, coarser, law, a, b)


def test_the_note_on_texts_says_the_days_run_back_without_a_birth_bound() -> None:
    """The note listing the texts the act may fall under gives no invented first day."""
    shown = _flat(nmt.assess(_undated({}), today=TODAY).explain(detail="elements"))
    said = "the undated obtaining (on any day up to 7 December 2026: the facts do not bound"
    assert said in shown
    assert "0001" not in shown
