"""The versioned output contract: a generated JSON Schema every output validates against,
``contract_version``, lazily built explanations that change nothing, docstrings on the public
result API, and engine facts generated from the typed conduct model."""

from __future__ import annotations

import inspect
import json
import pickle
import re
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings

import nm_trafficking as nmt
from nm_trafficking import statute
from nm_trafficking.output import record_schema
from nm_trafficking.rules.atoms import CONTEXT_FACTS, PENALTY_ONLY, RECORD_ONLY, fact_paths
from nm_trafficking.testing import fact_patterns

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted(p for p in (ROOT / "examples").glob("*.yaml") if p.name != "expected.yaml")
VALIDATOR = jsonschema.Draft202012Validator(nmt.output_schema("full"))


def test_the_schemas_are_valid_json_schemas() -> None:
    jsonschema.Draft202012Validator.check_schema(nmt.output_schema())
    jsonschema.Draft202012Validator.check_schema(record_schema())
    jsonschema.Draft202012Validator.check_schema(nmt.json_schema())


def test_contract_version_is_semver_and_in_every_document() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+", nmt.CONTRACT_VERSION)
    doc = nmt.assess(nmt.load(EXAMPLES[0])).to_dict(detail="full")
    assert doc["contract_version"] == nmt.CONTRACT_VERSION
    assert "library_version" in doc  # the library's version is a separate field


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_example_output_validates(path: Path) -> None:
    doc = json.loads(nmt.assess(nmt.load(path)).to_json(detail="full"))
    VALIDATOR.validate(doc)


def test_a_wrong_document_does_not_validate() -> None:
    doc = nmt.assess(nmt.load(EXAMPLES[0])).to_dict(detail="full")
    doc["findings"][0]["status"] = "probably"
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate(doc)
    doc = nmt.assess(nmt.load(EXAMPLES[0])).to_dict(detail="full")
    doc["findings"][0]["surprise"] = 1
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate(doc)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(fact_patterns())
def test_generated_outputs_validate(pattern: nmt.FactPattern) -> None:
    VALIDATOR.validate(json.loads(nmt.assess(pattern).to_json(detail="full")))


def test_records_validate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from nm_trafficking.cli import main

    bad = tmp_path / "bad.yaml"
    bad.write_text("persons: []\n", encoding="utf-8")
    main(["assess", str(EXAMPLES[0]), str(bad), "--on-error", "skip", "--format", "jsonl"])
    validator = jsonschema.Draft202012Validator(record_schema())
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    for line in lines:
        validator.validate(json.loads(line))


def test_statuses_do_not_build_the_explanation_and_it_changes_nothing() -> None:
    pattern = nmt.load(ROOT / "examples" / "a2_social_media_15.yaml")
    lazy = nmt.assess(pattern)
    f = lazy.findings[0]
    _ = (f.status, f.grade, [s.status for s in f.subsections.values()], f.counts[0].status)
    assert f.counts[0]._explain is not None  # nothing explained yet
    assert f.subsections["30-52-1(A)(2)"]._explain is not None
    eager = nmt.assess(pattern).to_dict(detail="full")
    assert lazy.to_dict(detail="full") == eager
    again = pickle.loads(pickle.dumps(lazy))
    assert again.to_dict(detail="full") == eager and again.explain("full") == lazy.explain("full")


def _public_members(cls: type) -> list[str]:
    return [
        n
        for n, v in vars(cls).items()
        if not n.startswith("_") and (inspect.isfunction(v) or isinstance(v, property))
    ]


def test_every_public_result_class_and_method_has_a_docstring() -> None:
    classes = [
        nmt.Assessment,
        nmt.AssessmentResult,
        nmt.Finding,
        nmt.SubsectionResult,
        nmt.Count,
        nmt.CountParagraph,
        nmt.CountGrade,
        nmt.GradeSummary,
        nmt.OpenGrade,
        nmt.ElementResult,
        nmt.AgeAtAct,
        nmt.Note,
    ]
    missing = [c.__name__ for c in classes if not (c.__doc__ or "").strip()]
    for cls in classes:
        missing += [
            f"{cls.__name__}.{name}"
            for name in _public_members(cls)
            if not (inspect.getdoc(getattr(cls, name)) or "").strip()
        ]
    assert not missing


def test_batch_is_reachable_as_the_docs_show() -> None:
    items = list(nmt.batch.assess_many([EXAMPLES[0]]))
    assert items[0].ok and items[0].source == str(EXAMPLES[0])


def test_every_tested_path_is_a_fact_and_every_fact_is_tested() -> None:
    facts = fact_paths()
    tested = {
        t.path
        for law in statute.LAWS.values()
        for v in law.all_versions
        for p in v.offences
        for e in p.elements
        for a in (*e.established, *e.defeated)
        for t in a.tests
    }
    assert tested <= facts, tested - facts
    assert facts <= tested, f"facts no element tests: {facts - tested}"
    fields = set(nmt.Conduct.model_fields)
    nested = {
        f"{name}.{sub}"
        for name, info in nmt.Conduct.model_fields.items()
        if isinstance(info.annotation, type)
        and hasattr(info.annotation, "model_fields")
        and name != "federal"
        for sub in info.annotation.model_fields
    }
    covered = {p.split(".")[0] for p in facts} | {p.split(".")[0] for p in RECORD_ONLY}
    assert fields <= covered | {"act"}
    assert nested <= facts | RECORD_ONLY
    assert set(CONTEXT_FACTS) <= facts
    # Every federal field, at any depth, is an engine fact or read by the penalty rules.
    federal = nmt.Conduct.model_fields["federal"].annotation

    def leaves(model: type, prefix: str) -> set[str]:
        out: set[str] = set()
        for name, info in model.model_fields.items():  # type: ignore[attr-defined]
            sub = info.annotation
            path = f"{prefix}.{name}"
            if isinstance(sub, type) and hasattr(sub, "model_fields"):
                out |= leaves(sub, path)
            else:
                out.add(path)
        return out

    for path in leaves(federal, "federal"):  # type: ignore[arg-type]
        assert path in facts or any(path.startswith(p + ".") for p in PENALTY_ONLY), path


def test_every_note_kind_the_code_can_give_is_documented() -> None:
    # The kinds are read from the code that makes notes, so a new kind without a line in
    # docs/contract.md fails here.
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    code = "".join(
        p.read_text(encoding="utf-8")
        for p in [*(root / "nm_trafficking" / "reasoning").glob("*.py"),
                  root / "nm_trafficking" / "assessment.py"]
    )  # fmt: skip
    kinds = set(re.findall(r'kind="([a-z0-9_]+)"', code))
    kinds |= {f"no_minor_variant_of_{p.short.lower()}" for p in nmt.statute.latest().offences
              if p.minor_note}  # fmt: skip
    assert len(kinds) > 20
    doc = (root / "docs" / "contract.md").read_text(encoding="utf-8")
    section = doc.split("### Note kinds", 1)[1].split("Each element carries", 1)[0]
    table = set(re.findall(r"`([a-z0-9_]+)`", section))
    assert kinds - table == set(), "undocumented note kinds"
