"""The result models are written and described by pydantic (issue 22): every public field of
every model reaches the document and the schema, in declaration order; private fields reach
neither; lazy fields are built when written; a field left out when empty is not required; and
the package generates no code (``exec``) and writes no JSON Schema of its own for the models."""

from __future__ import annotations

import ast
import dataclasses
import json
import pickle
from pathlib import Path
from typing import Any

import nm_trafficking as nmt
from nm_trafficking import serialization
from nm_trafficking.detail import output_schema
from nm_trafficking.results import CountGrade, Finding, LabelledElement, Lazy
from nm_trafficking.serialization import members, plain, schemas

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "nm_trafficking"


def _models_in(assessment: Any) -> dict[type, list[Any]]:
    seen: dict[type, list[Any]] = {}

    def walk(value: object) -> None:
        if isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, (list, tuple)):
            for v in value:
                walk(v)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            seen.setdefault(type(value), []).append(value)
            for f in dataclasses.fields(value):
                if not f.name.startswith("_"):
                    walk(getattr(value, f.name))

    walk(assessment.document("full"))
    walk(assessment.document("elements"))
    return seen


def test_every_public_field_reaches_the_document_and_the_schema() -> None:
    assessment = nmt.assess(nmt.load(ROOT / "examples" / "federal_motel_venture.yaml"))
    seen = _models_in(assessment)
    assert len(seen) >= 25  # every kind of model the documents of all laws hold
    assert set(seen) <= set(serialization.models())
    _, defs = schemas(*seen)
    for cls, values in seen.items():
        public = [f.name for f in dataclasses.fields(cls) if not f.name.startswith("_")]
        omitted = set(getattr(cls, "OMIT_EMPTY", ()))
        assert list(defs[cls.__name__]["properties"]) == public, cls
        assert defs[cls.__name__]["required"] == [n for n in public if n not in omitted], cls
        for value in values:
            written = plain(value)
            given = [n for n in public if n not in omitted or getattr(value, n)]
            assert list(written) == given, cls
            assert list(members(value)) == given, cls
            assert written == plain(members(value))


def test_a_lazy_field_is_built_when_written_and_private_fields_are_not_written() -> None:
    assessment = nmt.assess(nmt.load(ROOT / "examples" / "a2_social_media_15.yaml"))
    finding = assessment.findings[0]
    assert object.__getattribute__(finding, "_explain") is not None  # not built yet
    written = plain(finding)
    assert object.__getattribute__(finding, "_explain") is None  # built by writing it
    assert written["notes"] == plain(finding.notes)
    keys: list[str] = []
    json.loads(
        json.dumps(plain(assessment.document("full"))),
        object_pairs_hook=lambda pairs: keys.extend(k for k, _ in pairs),
    )
    assert "notes" in keys and not any(key.startswith("_") for key in keys)
    assert pickle.loads(pickle.dumps(finding)).notes == finding.notes


def test_a_federal_element_is_written_with_its_own_fields() -> None:
    assessment = nmt.assess(nmt.load(ROOT / "examples" / "federal_motel_venture.yaml"))
    elements = assessment.document("elements")["elements"]
    labelled = [
        e for pair in elements for law in pair.laws for p in law.paragraphs for e in p.elements
    ]
    assert any(isinstance(e, LabelledElement) for e in labelled)
    for e in labelled:
        public = [f.name for f in dataclasses.fields(e) if not f.name.startswith("_")]
        assert list(plain(e)) == public


def test_a_finding_without_state_fields_still_validates() -> None:
    schema = output_schema("full")
    required = schema["$defs"]["Finding"]["required"]
    assert "subsections" not in required and "defendant" in required
    assert issubclass(Finding, Lazy)


def test_the_package_generates_no_code_and_no_model_schema_of_its_own() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            called = node.func if isinstance(node, ast.Call) else None
            if isinstance(called, ast.Name) and called.id in ("exec", "eval", "compile"):
                offenders.append(f"{path.relative_to(PACKAGE)}: {called.id}()")
    assert not offenders
    results = (PACKAGE / "results.py").read_text(encoding="utf-8")
    assert '"additionalProperties"' not in results and '"$defs"' not in results


def test_a_model_made_after_writing_is_still_lazy() -> None:
    # pydantic is shown the lazy fields only while it builds: a dataclass made later (as
    # assessment.Assessment is, from AssessmentResult) must not build them in its __init__.
    output_schema("full")
    plain(nmt.assess(nmt.load(ROOT / "examples" / "a2_social_media_15.yaml")).document("full"))
    assert all(
        f.default_factory is dataclasses.MISSING
        for cls in serialization.models()
        for f in dataclasses.fields(cls)
        if f.name in getattr(cls, "LAZY", ())
    )

    @dataclasses.dataclass(slots=True)
    class Later(CountGrade):
        pass

    grade = Later("determined", "x", ["x"], None, _explain=lambda: {"reason": "why"})
    assert object.__getattribute__(grade, "_explain") is not None
    assert grade.reason == "why"
