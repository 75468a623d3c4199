"""Malformed input of every kind ends in a clear InvalidFactPattern naming the field — never an
engine error, a crash or a hang — and no engine session is left alive."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import nm_trafficking as nmt
from nm_trafficking import InvalidFactPattern
from nm_trafficking.batch import assess_many
from nm_trafficking.rules.engine import default_engine
from nm_trafficking.testing import fact_pattern_dicts

SETTINGS = settings(max_examples=600, deadline=None, suppress_health_check=list(HealthCheck))

junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.text(min_size=5000, max_size=20000, alphabet="ab\"\\'\n\x00é"),
    st.sampled_from(["2018-13-45", "0001-01-01", "9999-12-31", "-5", "1e400", "unknown", ""]),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
)


def _paths(doc: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix] if prefix else []
    if isinstance(doc, dict):
        for k, v in doc.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            out += _paths(v, (*prefix, i))
    return out


def _set(doc: Any, path: tuple[Any, ...], value: Any) -> None:
    for key in path[:-1]:
        doc = doc[key]
    doc[path[-1]] = value


def _delete(doc: Any, path: tuple[Any, ...]) -> None:
    for key in path[:-1]:
        doc = doc[key]
    del doc[path[-1]]


def _check(doc: Any) -> None:
    try:
        pattern = nmt.from_dict(doc)
    except InvalidFactPattern as exc:
        assert exc.errors, "an invalid pattern must say what is wrong"
        for e in exc.errors:
            assert e.message
        return
    nmt.assess(pattern)  # a document that validates must assess without error


@SETTINGS
@given(fact_pattern_dicts(), st.data())
def test_mutated_documents(doc: dict[str, Any], data: Any) -> None:
    doc = json.loads(json.dumps(doc, default=str))
    for _ in range(data.draw(st.integers(1, 3))):
        paths = _paths(doc)
        if not paths:
            break
        path = data.draw(st.sampled_from(paths))
        action = data.draw(st.sampled_from(["junk", "delete", "extra", "dangling"]))
        if action == "junk":
            _set(doc, path, data.draw(junk))
        elif action == "delete" and isinstance(path[-1], str):
            _delete(doc, path)
        elif action == "extra":
            doc[data.draw(st.text(min_size=1, max_size=8))] = data.draw(junk)
        elif action == "dangling":
            conduct = doc.get("conduct")
            if isinstance(conduct, list) and conduct and isinstance(conduct[0], dict):
                conduct[0]["person"] = "nobody"
    _check(doc)
    assert default_engine().live_sessions == 0


@SETTINGS
@given(junk)
def test_documents_that_are_not_mappings(value: Any) -> None:
    _check(value)


def _nested(depth: int) -> Any:
    doc: Any = {}
    for _ in range(depth):
        doc = {"persons": [doc]}
    return doc


def test_deep_nesting() -> None:
    _check(_nested(5000))
    for fmt in ("json", "yaml"):
        with pytest.raises(InvalidFactPattern, match="nest"):
            nmt.loads("[" * 100_000 + "]" * 100_000, fmt=fmt)


@SETTINGS
@given(st.binary(max_size=300))
def test_arbitrary_bytes_in_files(tmp_path_factory: Any, raw: bytes) -> None:
    for suffix in (".yaml", ".json"):
        f = Path(tmp_path_factory.mktemp("fuzz")) / f"x{suffix}"
        f.write_bytes(raw)
        try:
            nmt.assess(nmt.load(f))
        except InvalidFactPattern as exc:
            assert str(f) in str(exc)


@SETTINGS
@given(
    st.sampled_from(
        [
            "!!python/object/apply:os.system ['true']",
            "!!python/name:os.system",
            "persons: !!set {a, b}",
            "persons: &a [*a]",
            "a: !custom 1",
            "? [1, 2]\n: 3",
            "persons: [{id: D, age: !!float .nan}]",
            "persons: [{id: D, birth_date: 2019-02-30}]",
        ]
    ),
    st.text(max_size=20),
)
def test_yaml_tags_and_oddities(tmp_path_factory: Any, text: str, tail: str) -> None:
    f = Path(tmp_path_factory.mktemp("yaml")) / "x.yaml"
    f.write_text(text + "\n" + tail, encoding="utf-8")
    try:
        nmt.load(f)
    except InvalidFactPattern as exc:
        assert str(f) in str(exc)


def test_many_bad_patterns_in_a_batch_leave_no_session() -> None:
    good: dict[str, Any] = {
        "persons": [{"id": "D"}, {"id": "V"}],
        "conduct": [{"id": "c", "actor": "D", "person": "V", "act": "obtaining"}],
    }
    bad = copy.deepcopy(good)
    bad["conduct"][0]["act"] = "selling"
    items = list(assess_many([good, bad] * 200, on_error="skip"))
    assert sum(i.ok for i in items) == 200
    assert all(i.error is not None and "conduct[0].act" in str(i.error) for i in items if not i.ok)
    assert default_engine().live_sessions == 0
