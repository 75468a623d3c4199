"""Fact patterns describe victims: nothing logs, warns or prints their contents except the
output the caller asked for, and nothing writes files."""

from __future__ import annotations

import logging
import os
import warnings
from pathlib import Path

import pytest

import nm_trafficking as nmt
from nm_trafficking.batch import assess_many

MARK = "ZQXJ-MARKER"


def _doc(i: int = 0) -> dict[str, object]:
    return {
        "title": f"{MARK}-title-{i}",
        "description": f"{MARK}-description",
        "persons": [
            {"id": f"{MARK}-D", "description": f"{MARK}-defendant"},
            {"id": f"{MARK}-V", "age": 15, "description": f"{MARK}-victim name and address"},
        ],
        "conduct": [
            {
                "id": f"{MARK}-c",
                "actor": f"{MARK}-D",
                "person": f"{MARK}-V",
                "act": "recruiting",
                "date": "2019-01-01",
                "knowingly": True,
                "will_be_caused_to_engage_in_commercial_sexual_activity": True,
                "description": f"{MARK}-what happened",
            }
        ],
    }


def test_no_fact_content_in_logs_warnings_or_stray_output(
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    caplog.set_level(logging.DEBUG)
    before = set(os.listdir(tmp_path))
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            a = nmt.assess(nmt.from_dict(_doc()))
            requested = a.explain("full") + a.to_json(detail="full")
            list(assess_many([_doc(i) for i in range(50)]))
            bad = _doc()
            bad["conduct"][0]["act"] = "selling"  # type: ignore[index]
            list(assess_many([bad], on_error="skip"))
    finally:
        os.chdir(cwd)
    assert MARK in requested  # the requested output does carry the facts
    out, err = capsys.readouterr()
    assert MARK not in out and MARK not in err
    assert not any(MARK in r.getMessage() for r in caplog.records)
    assert not any(MARK in str(w.message) for w in caught)
    assert set(os.listdir(tmp_path)) == before  # nothing written


def test_error_messages_name_fields_not_free_text() -> None:
    doc = _doc()
    doc["persons"][1]["age"] = f"{MARK}-fifteen"  # type: ignore[index]
    with pytest.raises(nmt.InvalidFactPattern) as info:
        nmt.from_dict(doc)
    assert "persons[1].age" in str(info.value)
    assert MARK not in str(info.value)  # the bad value itself is not echoed


def test_nothing_of_a_pattern_is_kept_once_its_assessment_is_gone() -> None:
    """The caches that make assessments fast hold statute data only: once an assessment and
    its output are dropped, no object left anywhere holds text of the pattern (its ids end up
    in fact references, reasons and notes while the assessment lives)."""
    import gc

    from nm_trafficking.results import json_utf8

    def assess_and_drop() -> None:
        for law in ("all", "nm", "federal"):
            doc = _doc()
            later: dict[str, object] = dict(doc["conduct"][0])  # type: ignore[index]
            later.update(id=f"{MARK}-c2", act="benefiting", date=None)
            later["federal"] = {"venture": {"participated": True}}
            doc["conduct"].append(later)  # type: ignore[attr-defined]
            a = nmt.assess(nmt.from_dict(doc), law=law)
            shown = json_utf8(a).decode() + a.explain("full") + a.to_markdown("full")
            assert f"{MARK}-c2" in shown

    def held(value: object) -> bool:
        return isinstance(value, str) and MARK in value and value != MARK

    assess_and_drop()
    gc.collect()
    kept = []
    for o in gc.get_objects():
        if isinstance(o, dict):
            found = any(held(k) or held(v) for k, v in o.items())
        elif isinstance(o, list | tuple | set | frozenset):
            found = any(held(v) for v in o)
        else:
            found = any(held(getattr(o, s, None)) for s in getattr(type(o), "__slots__", ()))
        if found:
            kept.append(o)
    assert not kept, kept[:3]
