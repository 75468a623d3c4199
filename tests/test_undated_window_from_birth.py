"""An undated act that may predate its text is shown over every day it can have happened on
(review A6 of session 9): a girl born on 30 June 2008, the day before § 30-52-1 came into force,
keeps "in force" open, so the window shown starts on 30 June 2008, not on the text's start — the
same window with § 30-52-1 alone as with the federal sections beside it. A count's own window
(``Count.possible_dates``, the court form's) stays the days judged under the text applied: a
charge under § 30-52-1 is for conduct from its start, and the form's Open line says whether the
text covers the act's date."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import nm_trafficking as nmt
from nm_trafficking.facts.pattern import FactPattern
from nm_trafficking.render.instructions import render

TODAY = date(2026, 12, 8)
TEXT_START = date(2008, 7, 1)


def _undated(born: str | None, **victim: Any) -> FactPattern:
    person: dict[str, Any] = {"id": "G", "roles": ["victim"], **victim}
    if born is not None:
        person["birth_date"] = born
    return FactPattern.model_validate(
        {
            "persons": [{"id": "D", "roles": ["trafficker"]}, person],
            "conduct": [
                {
                    "id": "r",
                    "actor": "D",
                    "person": "G",
                    "act": "recruiting",
                    "knowingly": True,
                    "means_will_be_used": {"fraud": True},
                    "to_subject_to": {"labor": True},
                }
            ],
        }
    )


def _windows(pattern: FactPattern, law: str | None = "nm") -> tuple[Any, Any, str, str]:
    result = nmt.assess(pattern, today=TODAY, law=law) if law else nmt.assess(pattern, today=TODAY)
    count = result.summary.pairs[0].counts[0]
    state = result.findings[0].counts[0]
    form = render(result, pattern)
    text = " ".join(result.explain().split())  # lines are wrapped at 100 columns
    return count.possible_dates, state.possible_dates, text, " ".join(form.split())


@pytest.mark.statute("30-52-1(A)")
def test_a_window_that_may_predate_the_text_starts_at_the_birth() -> None:
    pattern = _undated("2008-06-30")  # review A6's a07
    summary, count, text, form = _windows(pattern)
    assert summary.earliest == date(2008, 6, 30) and summary.latest == TODAY
    assert count.earliest == TEXT_START  # under the text applied
    assert "the undated recruiting (between 30 June 2008 and 8 December 2026)" in text
    assert "on or after 1 July 2008" in text  # the in-force question it agrees with
    assert "between 1 July 2008" not in text
    assert "(between 1 July 2008 and 8 December 2026)" in form  # a charge under the text
    assert "Open: whether the text applied covers the date of the act" in form
    # the reasoning is the same: judged over the text's days, "in force" open
    f = nmt.assess(pattern, today=TODAY, law="nm").findings[0]
    assert f.status == "undetermined"
    # the same window with the federal sections beside § 30-52-1
    assert _windows(pattern, None)[0] == summary


@pytest.mark.statute("30-52-1(A)")
def test_an_older_victims_window_runs_from_her_birth_and_the_grade_keeps_to_the_text() -> None:
    summary, count, text, _ = _windows(_undated("1990-05-05"))
    assert summary.earliest == date(1990, 5, 5) and count.earliest == TEXT_START
    assert "G's age at the act not known" in text  # the window says nothing of the age
    finding = nmt.assess(_undated("1990-05-05"), today=TODAY, law="nm").findings[0]
    assert finding.grade_possible == ["third_degree_felony"]  # reached from 1 July 2008: 18+


@pytest.mark.statute("30-52-1(A)")
@pytest.mark.parametrize("born", ["2008-07-01", "2012-03-04"])
def test_a_window_in_force_for_sure_is_unchanged(born: str) -> None:
    summary, count, _, _ = _windows(_undated(born))
    assert summary.earliest == count.earliest == date.fromisoformat(born)


@pytest.mark.statute("30-52-1(A)")
def test_with_no_birth_bound_the_window_is_the_texts() -> None:
    summary, count, _, _ = _windows(_undated(None))  # nothing bounds the days before it
    assert summary.earliest == count.earliest == TEXT_START
