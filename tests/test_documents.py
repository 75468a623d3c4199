"""The document comparison (``python -m tests.documents``): it covers every example and case
under each law and rendering, is the same on a second run, and finds a document that differs,
is missing or is new. CI writes the digests on one Python and compares them on the other."""

from __future__ import annotations

from pathlib import Path

import pytest

from nm_trafficking.assessment import LAW_CHOICES
from nm_trafficking.cases import project_case_paths
from nm_trafficking.cases.runner import load_cases
from tests import documents


@pytest.fixture(scope="module")
def digests() -> dict[str, str]:
    return documents.digests()


def test_every_example_and_case_under_each_law_and_rendering(digests: dict[str, str]) -> None:
    examples = sorted(documents.EXAMPLES.glob("*.yaml"))
    loaded, _ = load_cases(project_case_paths())
    cases = [c for f in loaded for c in f.cases]
    inputs = {f"examples/{p.name}" for p in examples}
    inputs |= {f"{documents._relative(c.file)}#{c.id}" for c in cases}
    assert len(inputs) == len(examples) + len(cases)
    expected = {
        f"{name} law={law} {rendering}"
        for name in inputs
        for law in LAW_CHOICES
        for rendering in documents.RENDERINGS
    }
    assert set(digests) == expected
    assert any(n.startswith("nm_trafficking/training/cases/") for n in digests)
    assert any(n.startswith("tests/cases/") for n in digests)


def test_a_second_run_gives_the_same_documents(digests: dict[str, str]) -> None:
    assert documents.differences(digests, documents.digests()) == []


def test_the_digest_file_round_trips(digests: dict[str, str]) -> None:
    text = documents.dumps(digests)
    assert documents.loads(text) == digests
    assert len(text.splitlines()) == len(digests)
    with pytest.raises(ValueError, match="not a digest line"):
        documents.loads("abc  name\n")


def test_differences_name_what_changed() -> None:
    expected = {"a": "0" * 64, "b": "1" * 64, "c": "2" * 64}
    found = {"a": "0" * 64, "b": "f" * 64, "d": "3" * 64}
    assert documents.differences(expected, found) == ["missing: c", "added: d", "differs: b"]


def test_compare_exits_1_on_a_difference_and_0_when_the_same(
    tmp_path: Path, digests: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    same = tmp_path / "same.txt"
    assert documents.main(["write", str(same)]) == 0
    assert documents.main(["compare", str(same)]) == 0
    assert "byte for byte the same" in capsys.readouterr().out
    name = next(iter(digests))
    changed = tmp_path / "changed.txt"
    changed.write_text(documents.dumps({**digests, name: "0" * 64}), encoding="utf-8")
    assert documents.main(["compare", str(changed)]) == 1
    out = capsys.readouterr().out
    assert f"differs: {name}" in out and "1 differences from" in out
