"""Session 8, helper C: a ``.json`` case file is read as JSON (its escapes, its error positions),
YAML stays safe-loaded; the case reader builds on a public function of the facts loader, and no
module of ``nm_trafficking.cases`` or ``nm_trafficking.facts`` imports another's underscore
names."""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Any

import pytest

from nm_trafficking.cases.cli import main as run_cases
from nm_trafficking.facts.loading import OffCalendar, RepeatedKey, parse_marked

PACKAGE = Path(__file__).resolve().parent.parent / "nm_trafficking"


def _case(case_id: str = "fifteen", title: str = "Recruited at 15") -> dict[str, Any]:
    return {
        "id": case_id,
        "title": title,
        "citations": ["A2"],
        "story": "A man drove a 15-year-old girl to a motel where buyers were waiting.",
        "pattern": {
            "persons": [
                {"id": "D", "roles": ["recruiter"]},
                {"id": "V", "roles": ["victim"], "birth_date": "2003-04-02"},
            ],
            "conduct": [
                {
                    "id": "drive",
                    "actor": "D",
                    "person": "V",
                    "act": "transporting",
                    "date": "2018-06-20",
                    "knowingly": True,
                    "will_be_caused_to_engage_in_commercial_sexual_activity": True,
                }
            ],
        },
        "expect": {"D/V": {"A2": "met", "grade": "second"}},
    }


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _run(capsys: pytest.CaptureFixture[str], *paths: Path) -> tuple[int, str]:
    code = run_cases([str(p) for p in paths])
    return code, capsys.readouterr().out


def test_a_json_case_file_with_json_escapes_runs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # json.dumps writes an emoji as a surrogate pair (YAML refuses it) and may indent with tabs
    document = {"today": "2026-01-01", "cases": [_case(title="Recruited at 15 \U0001f600")]}
    text = json.dumps(document, indent="\t")
    assert "\\ud83d\\ude00" in text
    code, out = _run(capsys, _write(tmp_path / "cases.json", text))
    assert code == 0, out
    assert "PASS" in out and "\U0001f600" in out


def test_bad_json_is_said_to_be_json_with_its_line_and_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = json.dumps({"cases": [_case()]}, indent=2).replace('"A2"\n', '"A2",\n', 1)
    line = text.splitlines().index('        "A2",') + 1
    code, out = _run(capsys, _write(tmp_path / "bad.json", text))
    assert code == 2
    assert f"ERROR {tmp_path / 'bad.json'}: not valid JSON: line {line + 1}, column 7" in out
    assert "YAML" not in out


def test_yaml_in_a_json_file_is_not_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _run(capsys, _write(tmp_path / "x.json", "today: 2026-01-01\ncases: []\n"))
    assert code == 2 and "not valid JSON: line 1, column 1" in out


def test_a_key_given_twice_in_a_json_case_is_that_case_s_problem_with_its_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = json.dumps(_case("one"), indent=2)
    second = json.dumps(_case("two"), indent=2).replace(
        '"title": "Recruited at 15",', '"title": "Recruited at 15",\n"title": "again",', 1
    )
    text = '{"today": "2026-01-01",\n "cases": [\n' + first + ",\n" + second + "\n]}\n"
    lines = text.splitlines()
    titles = [n for n, line in enumerate(lines, 1) if line.lstrip().startswith('"title"')]
    code, out = _run(capsys, _write(tmp_path / "cases.json", text))
    assert code == 2
    assert "PASS" in out and "::one" in out  # the other case still runs
    assert (
        f"case two: title (line {titles[2]}): the key title is given twice in one mapping "
        f"(lines {titles[1]} and {titles[2]}); give each key once"
    ) in out


def test_a_field_problem_in_a_json_case_names_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = _case()
    case["tittle"] = case.pop("title")
    text = json.dumps({"cases": [case]}, indent=2)
    line = next(n for n, s in enumerate(text.splitlines(), 1) if '"tittle"' in s)
    code, out = _run(capsys, _write(tmp_path / "cases.json", text))
    assert code == 2 and f"tittle (line {line}): unknown key" in out


def test_a_folder_s_json_case_files_are_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(tmp_path / "a.json", json.dumps({"today": "2026-01-01", "cases": [_case()]}))
    code, out = _run(capsys, tmp_path)
    assert code == 0 and "1 passed" in out


def test_yaml_case_files_stay_safe_loaded(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "cases:\n  - !!python/object:os.system {}\n"
    code, out = _run(capsys, _write(tmp_path / "cases.yaml", text))
    assert code == 2 and "a tag is not accepted" in out


def test_parse_marked_keeps_lines_and_the_problems_of_one_part() -> None:
    marked = parse_marked("a: 1\nb:\n  - x: 2003-02-29\n  - y\na: 2\n")
    assert marked.data == {"a": 1, "b": [{"x": "2003-02-29"}, "y"]}
    assert marked.lines[("b",)] == 2 and marked.lines[("b", 1)] == 4
    assert marked.kept == (OffCalendar(("b", 0, "x"), 3, "2003-02-29"), RepeatedKey(("a",), 5, 1))
    marked = parse_marked('{"a": 1,\n "b": [\n  {"x": 2},\n  "y"],\n "a": 2}', fmt="json")
    assert marked.data == {"a": 1, "b": [{"x": 2}, "y"]}
    assert marked.lines[("b",)] == 2 and marked.lines[("b", 0, "x")] == 3
    assert marked.lines[("b", 1)] == 4
    assert marked.kept == (RepeatedKey(("a",), 5, 1),)


def _private_imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("nm_trafficking"):
            found += [f"{node.module}.{a.name}" for a in node.names if a.name.startswith("_")]
    return found


@pytest.mark.parametrize("folder", ["cases", "facts"])
def test_no_module_imports_another_s_underscore_names(folder: str) -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): names
        for path in sorted((PACKAGE / folder).glob("*.py"))
        if (names := _private_imports(path))
    }
    assert offenders == {}


def test_a_json_answer_sheet_is_read_as_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from nm_trafficking.cli import main

    sheet = _write(tmp_path / "answers.json", '{"s1": {"A1": "met",}}\n')
    assert main(["quiz", "--answers", str(sheet)]) == 2
    err = capsys.readouterr().err
    # column 21: the "}" after the comma, where JSON expects a key (YAML took the comma)
    assert f"{sheet}: invalid answer sheet: not valid JSON: line 1, column 21" in err
