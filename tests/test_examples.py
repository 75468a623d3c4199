"""Every bundled example gives its expected outcome through the CLI's JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from nm_trafficking.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
EXPECTED = yaml.safe_load((EXAMPLES / "expected.yaml").read_text(encoding="utf-8"))


def test_every_example_has_an_expected_outcome_and_vice_versa() -> None:
    files = {p.name for p in EXAMPLES.glob("*.yaml")} - {"expected.yaml"}
    assert files == set(EXPECTED)
    assert len(files) >= 10


@pytest.mark.statute("30-52-1(B)", "30-52-1(D)", "30-52-1(E)")
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_outcome_through_cli_json(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", str(EXAMPLES / name), "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    got = {
        f"{f['defendant']}/{f['victim']}": {
            **{"A" + c[-2]: s["status"] for c, s in f["subsections"].items()},
            "grade": f["grade"],
        }
        for f in doc["findings"]
    }
    assert got == EXPECTED[name]
    assert "not legal advice" in doc["disclaimer"]


def test_example_text_explains_with_statute_words(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", str(EXAMPLES / "harboring_only.yaml")]) == 0
    out = capsys.readouterr().out
    assert "harboring" in out and "not in the 2008 text" in out
    assert "Decision aid, not legal advice" in out
