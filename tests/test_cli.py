"""The nm-trafficking command: formats, the JSON contract, exit codes, no tracebacks."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import nm_trafficking as nmt
from nm_trafficking.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
EX = str(EXAMPLES / "a2_social_media_15.yaml")


def test_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", EX, "--format", "json", "--detail", "full"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert isinstance(records, list) and len(records) == 1  # the same shape as for many
    doc = records[0]
    assert doc["index"] == 0 and doc["source"] == EX
    assert doc["contract_version"] == nmt.CONTRACT_VERSION
    assert doc["statute_version"] == "2008"
    finding = doc["findings"][0]
    assert set(finding["subsections"]) == {"30-52-1(A)(1)", "30-52-1(A)(2)", "30-52-1(A)(3)"}
    for sub in finding["subsections"].values():
        assert sub["status"] in {"met", "not_met", "undetermined"}
        for e in sub["elements"]:
            assert {"element", "status", "statute_words", "facts", "reason"} <= set(e)
    assert finding["grade"] in {
        "first_degree_felony",
        "second_degree_felony",
        "third_degree_felony",
        None,
    }
    assert doc["disclaimer"].startswith("Decision aid, not legal advice")


def test_several_files_give_a_list_with_sources(capsys: pytest.CaptureFixture[str]) -> None:
    other = str(EXAMPLES / "harboring_only.yaml")
    assert main(["assess", EX, other, "--format", "json"]) == 0
    docs = json.loads(capsys.readouterr().out)
    assert [d["source"] for d in docs] == [EX, other]
    assert [d["index"] for d in docs] == [0, 1]
    assert main(["assess", EX, other, "--format", "jsonl"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines == docs  # --format json is the array of the --format jsonl records


def test_as_of_for_undated_conduct(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "undated.yaml"
    f.write_text(
        "persons: [{id: D}, {id: V, age: 30}]\n"
        "conduct: [{id: c, actor: D, person: V, act: recruiting, knowingly: true,"
        " means_will_be_used: {force: true}, to_subject_to: {labor: true}}]\n",
        encoding="utf-8",
    )
    assert main(["assess", str(f), "--format", "json", "--detail", "full"]) == 0
    (undated,) = json.loads(capsys.readouterr().out)
    assert undated["findings"][0]["subsections"]["30-52-1(A)(1)"]["status"] == "undetermined"
    assert (
        main(["assess", str(f), "--format", "json", "--as-of", "2019-01-01", "--detail", "full"])
        == 0
    )
    (dated,) = json.loads(capsys.readouterr().out)
    assert dated["findings"][0]["subsections"]["30-52-1(A)(1)"]["status"] == "met"


def test_bad_input_exits_2_naming_file_and_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "bad.yaml"
    f.write_text("persons: [{id: D}, {id: V, age: old}]\nconduct: []\n", encoding="utf-8")
    assert main(["assess", str(f)]) == 2
    err = capsys.readouterr().err
    assert str(f) in err and "persons[1].age" in err and "Traceback" not in err


def test_bad_arguments_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["assess", EX, "--as-of", "yesterday"])
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        main(["frobnicate"])
    assert info.value.code == 2


def test_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "nm_trafficking fact pattern"
    assert main(["schema", "--input"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "nm_trafficking fact pattern"
    assert main(["schema", "--output"]) == 0
    assert json.loads(capsys.readouterr().out) == nmt.output_schema()
    assert main(["schema", "--record"]) == 0
    assert "oneOf" in json.loads(capsys.readouterr().out)


def test_skipped_inputs_exit_4_with_a_count(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("persons: []\n", encoding="utf-8")
    assert main(["assess", EX, str(bad), "--on-error", "skip", "--format", "json"]) == 4
    captured = capsys.readouterr()
    records = json.loads(captured.out)
    assert [("error" in r) for r in records] == [False, True]
    assert "1 of 2 inputs skipped" in captured.err
    assert main(["assess", EX, "--on-error", "skip"]) == 0


@pytest.mark.skipif(shutil.which("nm-trafficking") is None, reason="console script not installed")
def test_installed_console_script() -> None:
    done = subprocess.run(
        ["nm-trafficking", "assess", EX, "--format", "json", "--detail", "full"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)[0]["findings"][0]["grade"] == "second_degree_felony"


def test_module_entry_point_has_no_traceback_on_bad_file(tmp_path: Path) -> None:
    f = tmp_path / "x.json"
    f.write_bytes(b"\xff\xfe")
    done = subprocess.run(
        [sys.executable, "-m", "nm_trafficking.cli", "assess", str(f)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 2
    assert "not UTF-8" in done.stderr and "Traceback" not in done.stderr


def test_the_installed_command_and_the_library_agree_on_entry_point_and_version() -> None:
    # The package metadata (pyproject.toml) and the library's own version are one number, and
    # `nm-trafficking` is the entry point that handles a Ctrl-C while it is still loading.
    import importlib.metadata

    import nm_trafficking

    assert importlib.metadata.version("nm_trafficking") == nm_trafficking.__version__
    (script,) = [
        e
        for e in importlib.metadata.entry_points(group="console_scripts")
        if e.name == "nm-trafficking"
    ]
    assert script.value == "nm_trafficking.console:main"
