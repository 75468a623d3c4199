"""Session 8, helper L: input errors and case-file reports (reviews W3, W4, W5, W8, W10, W11
and U4 of session 8; helper C's notes on ``quiz --answers`` and the exit-status lines)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

import nm_trafficking as nmt
from nm_trafficking.errors import InvalidFactPattern
from nm_trafficking.facts.loading import from_dict, parse_text

ROOT = Path(__file__).resolve().parent.parent


def _error(fn: object, *args: object, **kwargs: object) -> InvalidFactPattern:
    with pytest.raises(InvalidFactPattern) as info:
        fn(*args, **kwargs)  # type: ignore[operator]
    return info.value


def _cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "nm_trafficking.cli", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
    )


# --- W3: a date not on the calendar in a fact-pattern file ------------------------------------

TWO_BAD_DATES = (
    "persons:\n"
    "  - {id: D}\n"
    "  - {id: V, birth_date: 2005-02-29}\n"
    "conduct:\n"
    "  - {id: c, actor: D, person: V, act: recruiting, date: 2020-13-01}\n"
)


def test_every_date_not_on_the_calendar_of_a_file_is_named_by_field_and_line(
    tmp_path: Path,
) -> None:
    f = tmp_path / "p.yaml"
    f.write_text(TWO_BAD_DATES, encoding="utf-8")
    exc = _error(nmt.load, f)
    messages = {e.loc: e.message for e in exc.errors}
    assert messages == {
        "persons[1].birth_date": (
            "not a date on the calendar: 29 February exists only in a leap year, and the year "
            "written is not one (line 3)"
        ),
        "conduct[0].date": (
            "not a date on the calendar: a month is 1 to 12 (write YYYY-MM-DD) (line 5)"
        ),
    }
    assert "not valid YAML" not in str(exc)  # the file is valid YAML
    assert "02-29" not in str(exc) and "13-01" not in str(exc)  # the dates are not repeated


def test_a_date_not_on_the_calendar_in_a_field_that_is_not_a_date_is_still_refused() -> None:
    text = "title: 2020-02-30\npersons: [{id: D, age: 2001-04-31}, {id: V}]\nconduct: []\n"
    exc = _error(nmt.loads, text)
    assert {e.loc: e.message for e in exc.errors} == {
        "persons[0].age": "not a date on the calendar (the month has no such day) (line 2)",
        "title": "not a date on the calendar (the month has no such day) (line 1)",
    }


def test_an_http_body_names_the_field_of_each_date_not_on_the_calendar() -> None:
    # the workbench reads a body with parse_text, then from_dict (no lines there)
    exc = _error(from_dict, parse_text(TWO_BAD_DATES))
    assert [e.loc for e in exc.errors] == ["persons[1].birth_date", "conduct[0].date"]
    assert all(e.message.startswith("not a date on the calendar") for e in exc.errors)


def test_a_case_pattern_file_with_dates_not_on_the_calendar_names_them(tmp_path: Path) -> None:
    (tmp_path / "p.yaml").write_text(TWO_BAD_DATES, encoding="utf-8")
    (tmp_path / "cases.yaml").write_text(
        "cases:\n"
        "  - id: a\n    title: t\n    citations: [A2]\n    story: s.\n"
        "    pattern_file: p.yaml\n    expect: {D/V: {A2: met}}\n",
        encoding="utf-8",
    )
    run = _cli("test", str(tmp_path / "cases.yaml"))
    assert run.returncode == 2
    assert "p.yaml: persons[1].birth_date: not a date on the calendar: 29 February" in run.stdout
    assert "p.yaml: conduct[0].date: not a date on the calendar: a month is 1 to 12" in run.stdout


# --- W8: a case file given to assess -----------------------------------------------------------


def test_assess_given_a_case_file_says_to_run_test() -> None:
    run = _cli("assess", str(ROOT / "examples" / "cases" / "a2_social_media_15.yaml"))
    assert run.returncode == 2
    assert "this is a case file" in run.stderr
    assert "nm-trafficking test" in run.stderr
    assert "persons: is required" not in run.stderr
    exc = _error(from_dict, {"cases": []})  # an HTTP body or a Python caller: the same words
    assert "this is a case file" in str(exc)


# --- W4: one JUnit testcase per case; the counts agree ----------------------------------------

MALFORMED = """today: 2026-12-07
cases:
  - id: ok
    title: fine
    citations: [A2]
    story: s.
    pattern: &p
      persons: [{id: D}, {id: V, age: 15, age_on: 2020-01-01}]
      conduct: [{id: c, actor: D, person: V, act: recruiting, date: 2020-01-01, knowingly: true,
                 will_be_caused_to_engage_in_commercial_sexual_activity: true}]
    expect: {D/V: {A2: met}}
  - id: ok
    title: the same id
    citations: [A2]
    story: s.
    pattern: *p
    expect: {D/V: {A2: met}}
  - id: three-problems
    title: t
    citations: [A9]
    story: s.
    pattern: *p
    expect: {D/V: {A2: yes, grade: 2}}
"""


def test_junit_has_one_testcase_per_case_and_the_counts_agree(tmp_path: Path) -> None:
    import xml.etree.ElementTree as ET

    f = tmp_path / "c.yaml"
    f.write_text(MALFORMED, encoding="utf-8")
    junit = ET.fromstring(_cli("test", str(f), "--format", "junit").stdout)
    cases = junit.findall(".//testcase")
    names = [c.get("name") for c in cases]
    assert len(names) == len(set(names)) == 3  # three cases, three names
    assert (junit.get("tests"), junit.get("errors")) == ("3", "2")
    bad = next(c for c in cases if c.get("name") == "three-problems")
    (error,) = bad.findall("error")
    assert len((error.text or "").splitlines()) == 3  # its problems together
    summary = json.loads(_cli("test", str(f), "--format", "json").stdout)["summary"]
    assert (summary["errors"], summary["problems"]) == (2, 4)
    assert "1 passed, 0 failed, 2 malformed" in _cli("test", str(f)).stdout


# --- W10 and U4: case-file words ---------------------------------------------------------------

P_W01 = (
    "persons: [{id: D}, {id: V, age: 15, age_on: 2020-01-01}]\n"
    "conduct: [{id: drive, actor: D, person: V, act: recruiting, date: 2020-01-01,"
    " knowingly: true, will_be_caused_to_engage_in_commercial_sexual_activity: true}]\n"
)


def _case_file(tmp_path: Path, expect: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "p.yaml").write_text(P_W01, encoding="utf-8")
    f = tmp_path / "c.yaml"
    f.write_text(
        "today: 2026-12-07\ncases:\n  - id: a\n    title: t\n    citations: [A2]\n"
        f"    story: s.\n    pattern_file: p.yaml\n    expect:\n      D/V:\n{expect}",
        encoding="utf-8",
    )
    return _cli("test", str(f))


def test_status_words_are_any_case_as_grades_are(tmp_path: Path) -> None:
    run = _case_file(
        tmp_path,
        "        A2: Met\n        grade: Second\n        A1: Undetermined\n        A3: Not Met\n"
        "        grade_status: Determined\n",
    )
    assert run.returncode == 0, run.stdout


@pytest.mark.parametrize(
    ("written", "ok"),
    [
        ("15", True),
        ("'15'", True),
        ("'14 To 15'", False),
        ("'18 or older'", False),  # the right shape, the wrong age: a failure, not an error
        ("unknown", False),
        ("'15 to 14'", None),
        ("'fourteen'", None),
        ('"14, per Jane Roe\'s mother at 12 Elm St"', None),
    ],
)
def test_a_victim_age_has_the_shape_of_a_reports_age(
    tmp_path: Path, written: str, ok: bool | None
) -> None:
    run = _case_file(tmp_path, f"        counts:\n          drive: {{victim_age: {written}}}\n")
    assert run.returncode == {True: 0, False: 1, None: 2}[ok], run.stdout
    if ok is None:
        assert "victim_age" in run.stdout and "15, 12 to 13, 18 or older, or unknown" in run.stdout
        assert "Elm" not in run.stdout + run.stderr and "fourteen" not in run.stdout


def test_a_note_named_by_the_words_a_report_shows_is_understood(tmp_path: Path) -> None:
    run = _case_file(tmp_path, "        notes: [carson]\n")
    assert run.returncode == 2
    assert "did you mean unit_of_prosecution" in run.stdout
    assert "separate counts (State v. Carson)" in run.stdout
    # the title a report shows is the kind it names: the case runs (and fails on the notes)
    run = _case_file(tmp_path, '        notes: ["Separate counts (State v. Carson)"]\n')
    assert run.returncode == 1
    assert "expected notes unit_of_prosecution" in run.stdout


# --- W11: positions ---------------------------------------------------------------------------


def test_a_key_given_twice_on_one_line_is_placed_by_its_columns(tmp_path: Path) -> None:
    text = '{"persons":[{"id":"D"},{"id":"V","age":15,"age":16}],"conduct":[]}'
    exc = _error(nmt.loads, text, fmt="json")
    assert "(line 1, columns 34 and 43)" in str(exc)
    exc = _error(nmt.loads, "persons: [{id: D, age: 1, age: 2}]\nconduct: []\n")
    assert "(line 1, columns 19 and 27)" in str(exc)
    exc = _error(nmt.loads, "persons: []\nconduct: []\npersons: []\n")
    assert "(lines 1 and 3)" in str(exc)  # on two lines, the lines tell them apart
    f = tmp_path / "c.json"  # a case file: the same
    f.write_text('{"cases":[{"id":"a","id":"b"}]}', encoding="utf-8")
    assert "(line 1, columns 12 and 21)" in _cli("test", str(f)).stdout


def test_nan_and_infinity_are_placed() -> None:
    text = '{"title": "NaN",\n "persons": [{"id": "V", "age": -Infinity}], "conduct": []}'
    exc = _error(nmt.loads, text, fmt="json")
    assert str(exc) == (
        "invalid fact pattern: not valid JSON: -Infinity is not a JSON number (line 2, column 33)"
    )


# --- helper C's notes: the answer sheet; the exit-status lines -------------------------------


def test_a_bad_answer_sheet_is_not_called_a_fact_pattern(tmp_path: Path) -> None:
    f = tmp_path / "answers.yaml"
    f.write_text("no_such_scenario: {}\n", encoding="utf-8")
    run = _cli("quiz", "--answers", str(f))
    assert run.returncode == 2
    assert "invalid answer sheet: no_such_scenario: no such scenario" in run.stderr
    assert "fact pattern" not in run.stderr
    run = _cli("quiz", "--answers", str(tmp_path / "missing.yaml"))
    assert run.returncode == 2 and "file not found" in run.stderr


@pytest.mark.parametrize("doc", ["README.md", "docs/integration.md"])
def test_the_exit_status_lines_name_a_path_that_cannot_be_read(doc: str) -> None:
    text = " ".join((ROOT / doc).read_text(encoding="utf-8").split())
    line = text[text.index("Exit status: `0` success; `2` bad input") :][:400]
    assert "a path that cannot be read" in line and "file not found" in line


# --- W5: ids with the letters of Spanish and Navajo names ----------------------------------


def _spanish(actor: str = "Ángel_Núñez", person: str = "María-José") -> dict[str, object]:
    return {
        "persons": [
            {"id": "Ángel_Núñez", "roles": ["trafficker"]},
            {"id": "María-José", "age": 15, "age_on": "2020-01-01"},
            {"id": "Łą-ǫ"},
        ],
        "conduct": [
            {
                "id": "reclutamiento_ñ",
                "actor": actor,
                "person": person,
                "act": "recruiting",
                "date": "2020-01-01",
                "knowingly": True,
                "will_be_caused_to_engage_in_commercial_sexual_activity": True,
            }
        ],
    }


def test_ids_may_have_latin_letters_with_accents() -> None:
    result = nmt.assess(from_dict(_spanish()), today=date(2026, 12, 7), law="nm")
    assert "Ángel_Núñez toward María-José" in result.explain()
    # typed with a combining accent (NFD), it is the same id
    pattern = from_dict(_spanish(person="Mari\u0301a-Jose\u0301"))
    assert pattern.conduct[0].person == "María-José"


def test_an_id_the_rule_refuses_is_said_in_words_that_fit_it() -> None:
    doc = _spanish()
    doc["persons"] = [*doc["persons"], {"id": "李"}, {"id": "Ana María"}]  # type: ignore[list-item]
    messages = {e.loc: e.message for e in _error(from_dict, doc).errors}
    assert messages["persons[3].id"].startswith("an id is letters (A to Z, or Latin letters with")
    assert messages["persons[4].id"].endswith(
        "; it has a space: write initials, or join the words with '_'"
    )
    assert "Ana María" not in str(messages)


def test_the_published_schema_takes_the_ids_the_loader_takes() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((ROOT / "docs/schemas/fact-pattern.schema.json").read_text("utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    assert not list(validator.iter_errors(_spanish()))
    assert list(validator.iter_errors({"persons": [{"id": "李"}], "conduct": []}))
