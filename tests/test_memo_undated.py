"""The memo and the court form of every project input with an undated act, at every law choice.

An undated act whose possible dates span several texts of a federal section is judged under
that section's undated period (e.g. ``usc-1591-undated``): the memo's facts and the court form
read the count's elements from that period, which must be found like any other text."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from functools import partial

import pytest

import nm_trafficking as nmt
from nm_trafficking import statute
from nm_trafficking.assessment import LAW_CHOICES, Assessment
from nm_trafficking.facts.pattern import FactPattern
from nm_trafficking.render.instructions import render as court_form_text
from tests.documents import _assessments as every_input

UNDATED_PERIODS = [law.undated for law in statute.FEDERAL_LAWS if law.undated is not None]


def _undated_inputs() -> Iterator[tuple[str, Callable[[str], Assessment], FactPattern]]:
    """Every input with an undated act as it is; and every example and training scenario with
    the dates of its acts taken out (few of them have an undated act of their own)."""
    for name, assess in every_input():
        pattern: FactPattern = assess.args[0]  # type: ignore[attr-defined]
        if any(c.date is None for c in pattern.conduct):
            yield name, assess, pattern
        elif name.startswith(("examples/", "nm_trafficking/training/")):
            data = pattern.model_dump(mode="json", exclude_none=True)
            for act in data["conduct"]:
                act.pop("date", None)
            try:
                undated = FactPattern.model_validate(data)
            except ValueError:  # a fact tied to the act's date (e.g. an age on that day)
                continue
            today = assess.args[2]  # type: ignore[attr-defined]
            yield f"{name} undated", partial(_assess, undated, today), undated


def _assess(pattern: FactPattern, today: date, law: str) -> Assessment:
    return nmt.assess(pattern, today=today, law=law)  # type: ignore[arg-type]


UNDATED = list(_undated_inputs())


def test_the_project_has_inputs_with_undated_acts_of_every_kind() -> None:
    names = [name for name, _, _ in UNDATED]
    assert any(n.startswith("examples/") for n in names)
    assert any(n.startswith("nm_trafficking/training/") for n in names)
    assert any(n.startswith("tests/cases/") for n in names)


def test_every_undated_period_is_found_by_its_id() -> None:
    assert UNDATED_PERIODS
    for period in UNDATED_PERIODS:
        assert statute.text_version(period.id) is period


@pytest.mark.parametrize("law", LAW_CHOICES)
@pytest.mark.parametrize(
    ("name", "assess", "pattern"), UNDATED, ids=[name for name, _, _ in UNDATED]
)
def test_memo_and_court_form_of_an_undated_act(
    name: str, assess: Callable[[str], Assessment], pattern: FactPattern, law: str
) -> None:
    result = assess(law)
    memo = result.memo(pattern=pattern)
    assert "Facts stated" in memo
    assert "Facts stated" in result.memo()  # the Python API without the pattern
    assert result.disclaimer.split(":")[0] in memo
    form = court_form_text(result, pattern)
    assert form.startswith("Court form")
    assert "KeyError" not in form and "usc-" not in form and "usc-" not in memo


@pytest.mark.parametrize("law", LAW_CHOICES)
def test_the_review_s_undated_patterns(law: str) -> None:
    """A four-line undated pattern with no federal facts (review 6, P38)."""
    pattern = nmt.FactPattern.model_validate(
        {
            "persons": [{"id": "D"}, {"id": "V", "birth_date": "1990-05-05"}],
            "conduct": [
                {
                    "id": "r",
                    "actor": "D",
                    "person": "V",
                    "act": "recruiting",
                    "knowingly": True,
                    "means_will_be_used": {"fraud": True},
                    "to_subject_to": {"commercial_sexual_activity": True},
                }
            ],
        }
    )
    result = nmt.assess(pattern, today=date(2026, 12, 7), law=law)  # type: ignore[arg-type]
    assert "D recruited V" in result.memo(pattern=pattern)
    form = court_form_text(result)
    if law != "nm":
        assert "which text applies is not known; no instruction is drafted" in " ".join(
            form.split()
        )
    if law != "federal":
        assert "First, the defendant knowingly recruited V" in form
