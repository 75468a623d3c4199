"""The speed helpers of ``nm_trafficking.results`` give exactly what the plain ways give: the
positional constructors of the element models, and ``json_default``'s written-out mapping of
each result model's public fields."""

from __future__ import annotations

import dataclasses
import pickle
from datetime import date
from pathlib import Path

import pytest

import nm_trafficking as nmt
from nm_trafficking.results import (
    ElementResult,
    LabelledElement,
    Status,
    json_default,
    new_element_result,
    new_labelled_element,
)

ROOT = Path(__file__).resolve().parents[1]

MET: Status = "met"


def test_the_positional_constructors_equal_the_dataclass_constructors() -> None:
    words = ("knowingly", "Knowingly", MET, "knowingly", "30-52-1(A)")
    element = new_element_result(*words, ["conduct c: x"], "why", None, [])
    assert type(element) is ElementResult
    assert element == ElementResult(*words, ["conduct c: x"], "why", None, [])
    assert repr(element) == repr(ElementResult(*words, ["conduct c: x"], "why"))
    labelled = new_labelled_element(
        *words, ["c"], "why", "a note", ["ind"], "[S]", "checked", "more", "§ 1591(c)"
    )
    assert type(labelled) is LabelledElement
    assert labelled == LabelledElement(
        *words, ["c"], "why", "a note", ["ind"], "[S]", "checked", "more", "§ 1591(c)"
    )
    assert pickle.loads(pickle.dumps(labelled)) == labelled
    assert dataclasses.replace(labelled, reason="other").reason == "other"
    with pytest.raises(dataclasses.FrozenInstanceError):
        labelled.reason = "other"  # type: ignore[misc]


def test_json_default_gives_every_public_field_in_order() -> None:
    assessment = nmt.assess(nmt.load(ROOT / "examples" / "federal_motel_venture.yaml"))
    seen: set[type] = set()

    def walk(value: object) -> None:
        if isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)
        elif dataclasses.is_dataclass(value):
            seen.add(type(value))
            names = [f.name for f in dataclasses.fields(value) if not f.name.startswith("_")]
            omitted = getattr(value, "OMIT_EMPTY", ())  # left out when empty (contract 2.0)
            given = [n for n in names if n not in omitted or getattr(value, n)]
            mapping = json_default(value)
            assert list(mapping) == given
            assert all(mapping[n] is getattr(value, n) for n in given)
            for n in names:
                walk(getattr(value, n))

    walk(assessment)
    assert len(seen) >= 15  # every kind of model an assessment of all laws holds
    with pytest.raises(TypeError, match="not part of the output contract"):
        json_default(object())
    assert json_default(date(2020, 1, 2)) == "2020-01-02"
