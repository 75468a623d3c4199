"""The bundled examples: every plain fact pattern in examples/ has a case file in
examples/cases that names it (``pattern_file:``) and states its expected outcome; the cases pass
through ``nm-trafficking test`` (and one by one in tests/test_cases.py); the README command still
assesses the plain pattern as it is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nm_trafficking.cases import load_file
from nm_trafficking.cases.cli import main as run_cases
from nm_trafficking.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
PATTERNS = sorted(p.name for p in EXAMPLES.glob("*.yaml"))
CASE_FILES = sorted((EXAMPLES / "cases").glob("*.yaml"))


def test_every_example_has_a_case_file_and_vice_versa() -> None:
    assert len(PATTERNS) >= 10
    assert not (EXAMPLES / "expected.yaml").exists()  # the expectations live in the cases
    assert [p.name for p in CASE_FILES] == PATTERNS
    for path in CASE_FILES:
        loaded = load_file(path)
        assert not loaded.errors, loaded.errors
        (case,) = loaded.cases
        assert case.pattern_file == f"../{path.name}"
        assert case.story and case.citations and case.checks


@pytest.mark.statute("30-52-1(B)", "30-52-1(D)", "30-52-1(E)")
def test_every_example_case_passes_through_the_test_command(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run_cases([str(EXAMPLES / "cases"), "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["summary"]["passed"] == len(PATTERNS) and doc["summary"]["failed"] == 0
    notes = {
        check.expected
        for path in CASE_FILES
        for case in load_file(path).cases
        for check in case.checks
        if check.what == "notes"
    }
    pinned = {kind for kinds in notes for kind in kinds}
    assert {"jurisdiction", "other_offences", "victim_not_accessory"} <= pinned  # B, D, E


def test_the_readme_command_assesses_a_plain_fact_pattern(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["assess", str(EXAMPLES / "a2_social_media_15.yaml")]) == 0
    out = capsys.readouterr().out
    assert "second degree felony" in out and "Decision aid, not legal advice" in out


def test_example_text_explains_with_statute_words(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", str(EXAMPLES / "harboring_only.yaml")]) == 0
    out = capsys.readouterr().out
    assert "harboring is not a verb of the 2008 text" in out
    assert "Decision aid, not legal advice" in out
