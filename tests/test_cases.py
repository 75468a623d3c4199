"""Case files: every case of the project (examples/cases, the training scenarios, tests/cases)
runs through the runner of ``nm-trafficking test``, one pytest test per case; a wrong expectation
fails with a readable difference; a malformed case file exits 2 naming the file, the case and
the field; the JSON and JUnit reports parse; a case can target a named statute version."""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from nm_trafficking import statute
from nm_trafficking.cases import (
    Case,
    CaseFileError,
    cases_by_citation,
    load_cases,
    loads,
    project_case_paths,
    run_case,
    vocabulary,
)
from nm_trafficking.cases.cli import main
from nm_trafficking.statute.v2008 import VERSION_2008

ROOT = Path(__file__).resolve().parents[1]
CASE_DIRS = [
    ROOT / "examples" / "cases",
    ROOT / "nm_trafficking" / "training" / "cases",
    ROOT / "tests" / "cases",
]
LOADED, PATH_ERRORS = load_cases(CASE_DIRS)
ALL = [c for f in LOADED for c in f.cases]


def _name(case: Case) -> str:
    return f"{Path(case.file).relative_to(ROOT).as_posix()}::{case.id}"


def test_every_project_case_file_is_well_formed() -> None:
    assert project_case_paths() == CASE_DIRS
    assert not PATH_ERRORS
    problems = [str(e) for f in LOADED for e in f.errors]
    assert not problems, "\n".join(problems)
    assert len(ALL) == sum(len(f.case_ids) for f in LOADED) >= 13 + 35 + 6


@pytest.mark.parametrize("case", ALL, ids=[_name(c) for c in ALL])
def test_case(case: Case) -> None:
    result = run_case(case)
    assert result.passed, "\n".join(line for d in result.differences for line in d.lines())
    assert not result.warnings  # every project case is deterministic


def test_the_command_runs_every_case_file() -> None:
    """What CI runs: `nm-trafficking test examples/cases nm_trafficking/training/cases
    tests/cases` (here as `python -m nm_trafficking.cases`)."""
    done = subprocess.run(
        [sys.executable, "-m", "nm_trafficking.cases", "-q", *map(str, CASE_DIRS)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"{len(ALL)} passed, 0 failed" in done.stdout


# --- writing case files in tests ------------------------------------------------------

PATTERN = """
    pattern:
      persons: [{id: D}, {id: V, roles: [victim]}]
      conduct:
        - {id: recruit, actor: D, person: V, act: recruiting, date: 2019-06-01,
           knowingly: true, will_be_caused_to_engage_in_commercial_sexual_activity: true}
"""


def _case(
    expect: str,
    *,
    head: str = "",
    pattern: str = PATTERN,
    case_id: str = "c1",
    citations: str = "[A2]",
) -> str:
    return (
        f"  - id: {case_id}\n    title: A recruitment of a person of unknown age\n"
        f"    citations: {citations}\n    story: A man recruits a girl whose age nobody knows.\n"
        f"{head}{pattern}    expect:\n{expect}"
    )


def _file(tmp_path: Path, *cases: str, name: str = "cases.yaml", top: str = "") -> Path:
    path = tmp_path / name
    path.write_text(top + "cases:\n" + "".join(cases), encoding="utf-8")
    return path


RIGHT = "      D/V: {A2: undetermined, grade: undetermined, possible: [third, second, first]}\n"
WRONG = "      D/V: {A2: met, A1: undetermined, grade: second}\n"


def test_a_wrong_expectation_fails_with_a_readable_difference(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _file(tmp_path, _case(WRONG))
    assert main([str(path)]) == 1
    out = capsys.readouterr().out
    assert f"FAIL  {path}::c1  A recruitment of a person of unknown age" in out
    # expected vs found, then the deciding element and its reason
    assert "D/V A2: expected met, found undetermined" in out
    assert (
        "act recruit: a person under the age of eighteen years [under_eighteen] undetermined — "
        "V's age at the time of the conduct is not established" in out
    )
    # an open grade is "undetermined" with the grades still possible, never "none"
    assert "D/V grade: expected second, found undetermined (possible: first, second, third)" in out
    assert "possible: second degree felony if the recruiting of 1 June 2019" in out
    assert "D/V A1" not in out  # what holds is not listed
    assert out.rstrip().endswith("0 passed, 1 failed — 1 case run from 1 file")


def test_only_what_a_case_states_is_checked(tmp_path: Path) -> None:
    one_element = "      D/V:\n        A2:\n          elements: {knowingly: met}\n"
    assert main([str(_file(tmp_path, _case(one_element)))]) == 0
    wrong = one_element.replace("knowingly: met", "knowingly: not_met")
    assert main([str(_file(tmp_path, _case(wrong), name="wrong.yaml"))]) == 1


def test_counts_elements_and_paragraph_spellings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    expect = (
        "      D/V:\n"
        "        (A)(1): undetermined\n"
        "        30-52-1(A)(3): not_met\n"
        "        A2: {status: undetermined, deciding_act: recruit,\n"
        "             remaining: [a person under the age of eighteen years]}\n"
        "        grade: undetermined\n"
        "        floor: none\n"
        "        grade_status: undetermined\n"
        "        counts:\n"
        "          recruit:\n"
        "            status: undetermined\n"
        "            A2: {elements: {under_eighteen: undetermined, knowingly: met}}\n"
        "            grade: Undetermined\n"
        "            possible: [first_degree_felony, second degree felony, third]\n"
        "            statute_version: '2008'\n"
        "            victim_age: unknown\n"
        "        notes: [jurisdiction]\n"
    )
    assert main([str(_file(tmp_path, _case(expect)))]) == 0, capsys.readouterr().out


# --- malformed case files: exit 2, naming file, case and field -------------------------


@pytest.mark.parametrize(
    ("case", "field", "says"),
    [
        (_case(RIGHT, head="    colour: red\n"), "colour", "unknown key"),
        (
            _case(RIGHT, pattern=PATTERN.replace("act: recruiting", "act: recruitin")),
            "pattern.conduct[0].act",
            "recruiting",
        ),
        (_case("      D/X: {A2: met}\n"), "expect.D/X", "no conduct of this defendant"),
        (_case("      D/V: {A2: meet}\n"), "expect.D/V.A2", "'meet' is not a status"),
        (_case("      D/V: {A2: true}\n"), "expect.D/V.A2", "write met, not_met or undetermined"),
        (_case("      D/V: {A4: met}\n"), "expect.D/V.A4", "unknown key"),
        (_case("      D/V: {grade: fourth}\n"), "expect.D/V.grade", "'fourth' is not a grade"),
        (
            _case("      D/V: {A2: {elements: {knowing: met}}}\n"),
            "expect.D/V.A2.elements.knowing",
            "not an element of 30-52-1(A)(2)",
        ),
        (
            _case("      D/V: {counts: {transport: {A2: met}}}\n"),
            "expect.D/V.counts.transport",
            "'transport' is not an act of D toward V",
        ),
        (_case("      D/V: {}\n"), "expect.D/V", "at least one expectation"),
        (_case("      {}\n"), "expect", "must map DEFENDANT/VICTIM"),
        (_case(RIGHT, head='    statute: "1999"\n'), "statute", "no version '1999'"),
        (_case(RIGHT, head="    today: soon\n"), "today", "not a date"),
        (_case(RIGHT, citations="[A2, A9]"), "citations[1]", "'A9' is not a paragraph"),
        (
            _case(RIGHT, pattern="    pattern_file: missing.yaml\n"),
            "pattern_file",
            "no such file: missing.yaml",
        ),
    ],
)
def test_a_malformed_case_is_an_error_naming_file_case_and_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str, field: str, says: str
) -> None:
    path = _file(tmp_path, case, _case(RIGHT, case_id="fine"))
    assert main([str(path)]) == 2
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if x.startswith("ERROR"))
    assert line.startswith(f"ERROR {path}: case c1: {field}"), line
    assert says in line
    assert f"PASS  {path}::fine" in out  # the other case of the file still runs


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("cases: [}\n", "not valid YAML"),
        ("- id: c1\n", "put the list under `cases:`"),
        ("persons: [{id: D}]\nconduct: []\n", "this is a fact pattern, not a case file"),
        ("cases: []\n", "cases (line 1): must be a list of one or more cases"),
        ("tday: 2020-01-01\ncases: []\n", "tday (line 1): unknown key"),
    ],
)
def test_a_malformed_file_is_an_error_naming_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, says: str
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    assert main([str(path)]) == 2
    out = capsys.readouterr().out
    assert f"ERROR {path}: " in out and says in out


def test_duplicate_ids_and_missing_paths(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _file(tmp_path, _case(RIGHT), _case(RIGHT))
    assert main([str(path), str(tmp_path / "nowhere")]) == 2
    out = capsys.readouterr().out
    assert f"ERROR {path}: case c1: id (line 14): a second case with the id 'c1'" in out
    assert f"ERROR {tmp_path / 'nowhere'}: file not found" in out  # session 8: said plainly
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main([str(empty)]) == 2
    assert "no case files" in capsys.readouterr().out


def test_an_act_dated_before_birth_is_an_error_not_a_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pattern = PATTERN.replace("{id: V, roles: [victim]}", "{id: V, birth_date: 2020-01-01}")
    assert main([str(_file(tmp_path, _case(RIGHT, pattern=pattern)))]) == 2
    assert "case c1: pattern.conduct[0].date" in capsys.readouterr().out


# --- reports for a CI -------------------------------------------------------------------


def _mixed(tmp_path: Path) -> Path:
    return _file(
        tmp_path,
        _case(RIGHT, case_id="right"),
        _case(WRONG, case_id="wrong"),
        _case("      D/V: {A2: meet}\n", case_id="bad"),
    )


def test_json_report_parses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _mixed(tmp_path)
    assert main([str(path), "--format", "json"]) == 2
    captured = capsys.readouterr()
    doc = json.loads(captured.out)
    assert doc["summary"] == {
        "cases": 2,
        "passed": 1,
        "failed": 1,
        "errors": 1,
        "problems": 1,
        "files": 1,
        "exit_code": 2,
    }
    right, wrong = doc["cases"]
    assert (right["id"], right["status"], right["differences"]) == ("right", "passed", [])
    assert wrong["status"] == "failed" and wrong["citations"] == ["30-52-1(A)(2)"]
    first = wrong["differences"][0]
    assert first["pair"] == "D/V" and first["field"] == "A2"
    assert (first["expected"], first["found"]) == ("met", "undetermined")
    assert "under_eighteen" in first["because"][0]
    assert doc["errors"] == [
        {
            "file": str(path),
            "case": "bad",
            "field": "expect.D/V.A2",
            "line": 37,  # where the pair's A2 is written
            "message": "'meet' is not a status; write met, not_met or undetermined; "
            "did you mean met?",
        }
    ]
    assert "case bad: expect.D/V.A2" in captured.err


def test_junit_report_parses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _mixed(tmp_path)
    assert main([str(path), "--format", "junit"]) == 2
    root = ET.fromstring(capsys.readouterr().out)
    assert root.tag == "testsuites"
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("3", "1", "1")
    (suite,) = root.findall("testsuite")
    assert suite.get("name") == str(path)
    cases = {c.get("name"): c for c in suite.findall("testcase")}
    assert set(cases) == {"right", "wrong", "bad"}
    assert not list(cases["right"])
    failure = cases["wrong"].find("failure")
    assert failure is not None
    assert failure.get("message") == "D/V A2: expected met, found undetermined"
    assert "under_eighteen" in (failure.text or "")
    error = cases["bad"].find("error")
    assert error is not None and "expect.D/V.A2" in (error.get("message") or "")


def test_selecting_cases_by_id_and_citation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _file(tmp_path, _case(RIGHT, case_id="right"), _case(WRONG, case_id="wrong"))
    assert main([str(path), "--case", "right"]) == 0
    assert main([str(path), "--citation", "(A)(1)"]) == 2  # neither exercises (A)(1)
    assert "--citation: no case of the 1 file read exercises 30-52-1(A)(1)" in (
        capsys.readouterr().out
    )
    assert main([str(path), "--citation", "30-52-1(A)(2)"]) == 1
    assert main([str(path), "--citation", "Z9"]) == 2
    assert "--citation" in capsys.readouterr().err


# --- today, as_of and statute versions ---------------------------------------------------

UNDATED = PATTERN.replace("date: 2019-06-01,", "")


def test_today_makes_undated_acts_deterministic(tmp_path: Path) -> None:
    text = "today: 2020-01-01\ncases:\n" + _case(RIGHT, pattern=UNDATED)
    (case,) = loads(text, source="t.yaml").cases
    assert case.today == date(2020, 1, 1)
    result = run_case(case)
    assert result.passed and not result.warnings
    overridden = _case(RIGHT, pattern=UNDATED, head="    today: 2021-01-01\n")
    (case,) = loads("today: 2020-01-01\ncases:\n" + overridden, source="t.yaml").cases
    assert case.today == date(2021, 1, 1)


def test_an_undated_act_without_today_is_flagged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(_file(tmp_path, _case(RIGHT, pattern=UNDATED)))]) == 0
    assert "note: an act has no date and the case sets no `today:`" in capsys.readouterr().out


def test_statute_2008_is_the_text_in_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _file(tmp_path, _case(RIGHT, head='    statute: "2008"\n'))
    assert main([str(path)]) == 0
    assert "[every act under the 2008 text]" in capsys.readouterr().out
    assert main([str(path), "--statute", "2008"]) == 0
    assert main([str(path), "--statute", "1999"]) == 2
    assert "--statute: no version '1999'" in capsys.readouterr().err


def test_giving_assess_the_real_version_set_changes_nothing() -> None:
    """``assess(versions=...)`` (what ``statute:`` and ``--statute`` use) with the version set
    the library knows gives exactly what ``assess`` gives by default."""
    from nm_trafficking import assess

    for case in ALL:
        today = case.today or date(2026, 1, 1)
        ours = assess(case.pattern, as_of=case.as_of, today=today, versions=statute.VERSIONS)
        theirs = assess(case.pattern, as_of=case.as_of, today=today)
        assert ours.to_dict() == theirs.to_dict(), _name(case)


def test_the_same_case_run_against_an_amendment_shows_what_it_would_change(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A hypothetical amendment from 2030 (a test double: the 2008 text with (A)(2)'s age
    raised to 21). Under the text in force the 19-year-old is no minor; run against the
    amendment, the same case shows (A)(2) met."""
    from nm_trafficking.rules.engine import Engine
    from nm_trafficking.statute.model import Alternative, Test

    a2 = VERSION_2008.offence("30-52-1(A)(2)")
    under = next(e for e in a2.elements if e.key == "under_eighteen")
    raised = dataclasses.replace(
        under,
        established=(Alternative((Test("victim_age.hi", "lt", 21),), "under 21 (test double)"),),
        defeated=(Alternative((Test("victim_age.lo", "ge", 21),), "21 or older (test double)"),),
    )
    a2_new = dataclasses.replace(
        a2, elements=tuple(raised if e is under else e for e in a2.elements)
    )
    new = dataclasses.replace(
        VERSION_2008,
        id="test-2030",
        in_force_from=date(2030, 1, 1),
        offences=tuple(a2_new if o is a2 else o for o in VERSION_2008.offences),
    )
    with statute.enacted(new):
        engine = Engine(statute.VERSIONS)
        nineteen = PATTERN.replace("{id: V, roles: [victim]}", "{id: V, roles: [victim], age: 19}")
        expect = "      D/V: {A2: not_met, grade: undetermined}\n"  # (A)(1) is open
        (case,) = loads("cases:\n" + _case(expect, pattern=nineteen), source="t.yaml").cases
        assert run_case(case, engine=engine).passed  # 2019: the 2008 text
        result = run_case(case, statute_id="test-2030", engine=engine)
        assert result.statute == "test-2030"
        lines = [line for d in result.differences for line in d.lines()]
        assert lines[0] == "D/V A2: expected not_met, found met"
        assert "D/V grade: expected undetermined, found third" in lines
        pinned = _case(expect, pattern=nineteen, head='    statute: "test-2030"\n')
        (case,) = loads("cases:\n" + pinned, source="t.yaml").cases
        assert not run_case(case, engine=engine).passed
        assert run_case(case, statute_id="2008", engine=engine).passed


# --- vocabulary and the statute page -----------------------------------------------------


def test_the_vocabulary_comes_from_the_statute() -> None:
    v = vocabulary()
    for p in statute.latest().offences:
        suffix = p.citation.removeprefix(statute.latest().section)
        assert {v.offence(p.short), v.offence(suffix), v.offence(p.citation)} == {p.citation}
    for g in statute.latest().grading.grades:
        assert v.grade(g.short) == v.grade(g.id) == v.grade(g.name) == (True, g.id)
    assert v.grade(None) == v.grade("none") == (True, None)
    assert v.grade("fourth") == (False, None)
    assert v.paragraph("C1") == v.paragraph("(C)(1)") == "30-52-1(C)(1)"
    assert v.paragraph("E") == "30-52-1(E)"


def test_cases_by_citation(tmp_path: Path) -> None:
    found = cases_by_citation(root=ROOT)
    assert ("tests/cases/counts.yaml", "open-undated-recruitment-keeps-first-open") in found[
        "30-52-1(C)(2)"
    ]
    assert ("nm_trafficking/training/cases/scenarios.yaml", "s24") in found["30-52-1(E)"]
    every = {p.citation for p in statute.latest().all_paragraphs}
    every |= {o.citation for law in statute.FEDERAL_LAWS for o in law.versions[-1].offences}
    assert set(found) <= every
    assert {p.citation for p in statute.latest().offences} <= set(found)
    _file(tmp_path, _case("      D/V: {A2: meet}\n"))
    with pytest.raises(CaseFileError, match=re.escape("expect.D/V.A2")):
        cases_by_citation([tmp_path])


def test_the_statute_page_lists_the_cases_of_each_paragraph() -> None:
    page = (ROOT / "docs" / "statute.md").read_text(encoding="utf-8")
    section = page.split("## 30-52-1(C)(2)", 1)[1].split("\n## ", 1)[0]
    assert "`tests/cases/counts.yaml`: open-undated-recruitment-keeps-first-open" in section
    assert "`nm_trafficking/training/cases/scenarios.yaml`: s06, s28" in section


def test_the_cases_page_is_in_the_docs() -> None:
    page = (ROOT / "docs" / "cases.md").read_text(encoding="utf-8")
    assert page.startswith("# Writing and running cases")
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "cases.md" in nav


def test_the_worked_example_of_the_cases_page_passes() -> None:
    page = (ROOT / "docs" / "cases.md").read_text(encoding="utf-8")
    example = page.split("## A worked example", 1)[1].split("```yaml\n", 1)[1].split("```", 1)[0]
    loaded = loads(example, source="my-cases/minors.yaml")
    assert not loaded.errors
    (case,) = loaded.cases
    assert run_case(case).passed
    wrong = example.replace("A1: undetermined", "A1: met").replace("grade: second", "grade: first")
    (case,) = loads(wrong, source="my-cases/minors.yaml").cases
    lines = [line for d in run_case(case).differences for line in d.lines()]
    shown = page.split("Had the case said", 1)[1]
    assert all(line in shown for line in lines), lines


def test_the_cases_page_lists_every_element_key() -> None:
    page = (ROOT / "docs" / "cases.md").read_text(encoding="utf-8")
    for p in statute.latest().offences:
        suffix = p.citation.removeprefix(statute.latest().section)
        row = next(line for line in page.splitlines() if line.startswith(f"| {suffix} |"))
        assert row == f"| {suffix} | " + ", ".join(f"`{e.key}`" for e in p.elements) + " |"
