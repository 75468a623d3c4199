"""Session 8, helper C: a path that names nothing to read is said to be so (not found, a
directory, cannot be read), never as an invalid fact pattern, by every command that takes a path;
exit status 2 (bad input), no traceback."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from nm_trafficking.cli import EXIT_BAD_INPUT, EXIT_SKIPPED, main
from nm_trafficking.errors import FileProblem, InvalidFactPattern
from nm_trafficking.facts import loading
from nm_trafficking.facts.loading import load

QUIZ_ANSWERS = ["quiz", "--answers"]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    "command",
    [["assess"], ["screen"], QUIZ_ANSWERS, ["assess", "--format", "json"]],
)
def test_a_missing_file_is_said_not_found_not_an_invalid_fact_pattern(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    missing = tmp_path / "MISSING.yaml"
    code, _, err = _run(capsys, *command, str(missing))
    assert code == EXIT_BAD_INPUT
    assert "not found" in err
    assert "invalid" not in err and "Traceback" not in err


def test_a_missing_case_file_is_not_read_not_malformed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(capsys, "test", str(tmp_path / "MISSING.yaml"))
    assert code == EXIT_BAD_INPUT
    assert f"ERROR {tmp_path / 'MISSING.yaml'}: file not found" in out
    assert "1 not read" in out and "malformed" not in out
    assert "Traceback" not in out + err


def test_a_directory_where_a_file_is_needed_is_said_to_be_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for command in (["screen"], QUIZ_ANSWERS):
        code, _, err = _run(capsys, *command, str(tmp_path))
        assert code == EXIT_BAD_INPUT
        assert err == f"nm-trafficking: {tmp_path}: a directory, not a file\n"


def test_a_folder_with_nothing_to_assess_is_not_an_invalid_fact_pattern(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(capsys, "assess", str(tmp_path))
    assert code == EXIT_BAD_INPUT
    assert err == (
        f"nm-trafficking: {tmp_path}: no fact patterns: no .yaml, .yml or .json files in this "
        "directory\n"
    )
    (tmp_path / "empty.jsonl").write_text("\n\n", encoding="utf-8")
    code, _, err = _run(capsys, "assess", str(tmp_path / "empty.jsonl"))
    assert code == EXIT_BAD_INPUT and "invalid fact pattern" not in err


def test_a_file_that_cannot_be_opened_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "locked.yaml"
    target.write_text("persons: []\n", encoding="utf-8")
    real_open = os.open

    def refuse(path: object, *args: object, **kwargs: object) -> int:
        if os.fspath(path) == str(target):  # type: ignore[arg-type]
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(loading.os, "open", refuse)
    for command in (["assess"], ["screen"], QUIZ_ANSWERS):
        code, _, err = _run(capsys, *command, str(target))
        assert code == EXIT_BAD_INPUT
        assert err == f"nm-trafficking: {target}: cannot read file: Permission denied\n"


def test_a_path_through_a_file_is_not_found(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("{}\n", encoding="utf-8")
    with pytest.raises(InvalidFactPattern) as caught:
        load(tmp_path / "a.yaml" / "b.yaml")
    assert caught.value.errors == (
        FileProblem("", "file not found (a part of the path is a file, not a folder)"),
    )
    assert "invalid fact pattern" not in str(caught.value)


def test_a_skipped_missing_file_keeps_its_error_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = str(tmp_path / "gone.json")
    code, out, err = _run(capsys, "assess", missing, "--format", "json", "--on-error", "skip")
    assert code == EXIT_SKIPPED
    (record,) = json.loads(out)
    assert record["error"] == {
        "message": f"{missing}: file not found",
        "fields": [{"loc": "", "message": "file not found"}],
    }
    assert f"skipped: {missing}: file not found" in err


def test_a_bad_fact_pattern_is_still_an_invalid_fact_pattern(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("persons: 3\n", encoding="utf-8")
    code, _, err = _run(capsys, "assess", str(bad))
    assert code == EXIT_BAD_INPUT and f"{bad}: invalid fact pattern: persons" in err
