"""``nm-trafficking test`` and ``nm-trafficking quiz --answers`` under hostile case files and
answer sheets: control and bidirectional characters in titles, ids, expected texts, file names
and answer-sheet keys are shown escaped in every format (the JUnit report stays well-formed
XML, the JSON report keeps the values as written); a ``pattern_file`` cannot name a file outside
the case file's folder (an absolute path, ``..``, a symbolic link), and the report then reveals
nothing of that file (not even whether it exists)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import xml.dom.minidom
from pathlib import Path

import pytest

import nm_trafficking

ROOT = Path(nm_trafficking.__file__).resolve().parents[1]
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
OSC = "\x1b]0;PWNED\x07"
CLEAR = "\x1b[2J"
RLO = "\u202e"
TITLE = f"Title {OSC} {CLEAR} after {RLO}gnp.exe \x9b31m"
CASE_ID = f"id{CLEAR}"
REMAINING = f"rem {OSC}"
REFUSED = "must be a path inside the case file's folder"
SECRET = "db_password_SECRET_KEY_NAME"

PATTERN = """    pattern:
      persons: [{id: D}, {id: V, roles: [victim]}]
      conduct:
        - {id: recruit, actor: D, person: V, act: recruiting, date: 2019-06-01,
           knowingly: true, will_be_caused_to_engage_in_commercial_sexual_activity: true}
"""
PATTERN_FILE = """persons: [{id: D}, {id: V, roles: [victim]}]
conduct:
  - {id: recruit, actor: D, person: V, act: recruiting, date: 2019-06-01,
     knowingly: true, will_be_caused_to_engage_in_commercial_sexual_activity: true}
"""
RIGHT = "      D/V: {A2: undetermined, grade: undetermined, possible: [third, second, first]}\n"


def _q(text: str) -> str:
    """``text`` as a YAML double-quoted scalar (JSON's escapes are YAML's)."""
    return json.dumps(text)


def _case(
    *,
    case_id: str = "c1",
    title: str = "A recruitment",
    story: bool = True,
    pattern: str = PATTERN,
    expect: str = RIGHT,
) -> str:
    return (
        f"  - id: {_q(case_id)}\n    title: {_q(title)}\n    citations: [A2]\n"
        + ("    story: A man recruits a girl whose age nobody knows.\n" if story else "")
        + f"{pattern}    expect:\n{expect}"
    )


def _write(path: Path, *cases: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("cases:\n" + "".join(cases), encoding="utf-8")
    return path


def _run(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ, PYTHONPATH=str(ROOT), **(env or {}))
    environment.pop("NMT_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "nm_trafficking.cli", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="strict",
        timeout=120,
        check=False,
        cwd=cwd,
        env=environment,
    )


def _clean(done: subprocess.CompletedProcess[str]) -> str:
    """stdout and stderr, checked: no raw control or bidirectional character, no traceback."""
    for stream in (done.stdout, done.stderr):
        assert not RAW_CONTROL.search(stream), repr(stream)
    assert "Traceback" not in done.stderr, done.stderr
    return done.stdout + done.stderr


@pytest.fixture
def outside_any_project(tmp_path: Path) -> Path:
    """``tmp_path``, checked to lie in no project (no pyproject.toml or .git above it): there,
    a case file may name pattern files in its own folder only."""
    for folder in (tmp_path.resolve(), *tmp_path.resolve().parents):
        assert not (folder / "pyproject.toml").exists(), folder
        assert not (folder / ".git").exists(), folder
    return tmp_path


# --- escape sequences in what a case file says -------------------------------------------


@pytest.fixture
def hostile_suite(tmp_path: Path) -> Path:
    """A failing case with a hostile title and expected text, a malformed case with a hostile
    id, and a case file whose name holds an escape sequence."""
    wrong = f"      D/V: {{A2: met, remaining: [{_q(REMAINING)}]}}\n"
    _write(
        tmp_path / "suite" / "evil.yaml",
        _case(title=TITLE, expect=wrong),
        _case(case_id=CASE_ID, story=False),
    )
    _write(tmp_path / "suite" / f"name{CLEAR}.yaml", _case(case_id="named"))
    return tmp_path


def test_text_report_escapes_titles_ids_differences_and_errors(hostile_suite: Path) -> None:
    done = _run("test", "suite", cwd=hostile_suite)
    assert done.returncode == 2, done.stdout + done.stderr  # a malformed case
    out = _clean(done)
    assert "Title \\x1b]0;PWNED\\x07 \\x1b[2J after \\u202egnp.exe \\x9b31m" in done.stdout
    assert "FAIL  suite/evil.yaml::c1" in done.stdout
    assert "rem \\x1b]0;PWNED\\x07" in done.stdout  # in a difference line
    assert "ERROR suite/evil.yaml: case id\\x1b[2J: story: required" in done.stdout
    assert "PASS  suite/name\\x1b[2J.yaml::named" in done.stdout
    assert "PWNED" in out


def test_json_report_keeps_the_values_and_escapes_them(hostile_suite: Path) -> None:
    done = _run("test", "suite", "--format", "json", cwd=hostile_suite)
    assert done.returncode == 2
    _clean(done)
    doc = json.loads(done.stdout)
    titles = {c["title"] for c in doc["cases"]}
    assert TITLE in titles  # escaped as JSON, not altered
    assert {e["case"] for e in doc["errors"]} == {CASE_ID}
    assert any(c["file"] == f"suite/name{CLEAR}.yaml" for c in doc["cases"])
    assert "nm-trafficking: suite/evil.yaml: case id\\x1b[2J: story: required" in done.stderr


def test_junit_report_is_well_formed_xml_with_escaped_text(hostile_suite: Path) -> None:
    _write(
        hostile_suite / "suite" / "xml.yaml",
        _case(case_id="bad\uffff\x01id", story=False),  # not allowed in XML 1.0
    )
    done = _run("test", "suite", "--format", "junit", cwd=hostile_suite)
    assert done.returncode == 2
    _clean(done)
    dom = xml.dom.minidom.parseString(done.stdout.encode("utf-8"))
    names = {c.getAttribute("name") for c in dom.getElementsByTagName("testcase")}
    assert {"c1", "id\\x1b[2J", "named", "bad\\uffff\\x01id"} <= names
    suites = {s.getAttribute("name") for s in dom.getElementsByTagName("testsuite")}
    assert "suite/name\\x1b[2J.yaml" in suites
    (failure,) = dom.getElementsByTagName("failure")
    text = "".join(n.data for n in failure.childNodes if isinstance(n, xml.dom.minidom.Text))
    assert "rem \\x1b]0;PWNED\\x07" in text


def test_quiz_answer_sheet_keys_are_escaped(tmp_path: Path) -> None:
    unknown = tmp_path / "unknown.yaml"
    unknown.write_text(f"{_q('s01' + OSC + CLEAR + RLO)}: {{}}\n", encoding="utf-8")
    done = _run("quiz", "--answers", str(unknown), cwd=tmp_path)
    assert done.returncode == 2
    _clean(done)
    assert "s01\\x1b]0;PWNED\\x07\\x1b[2J\\u202e: no such scenario" in done.stderr

    # the ValidationError branch: the sheet's name (as given) and a key in the location
    invalid = tmp_path / f"invalid{OSC}.yaml"
    invalid.write_text(f"s01:\n  {_q('D/V' + OSC + RLO)}: {{met: [Z9]}}\n", encoding="utf-8")
    done = _run("quiz", "--answers", invalid.name, cwd=tmp_path)
    assert done.returncode == 2
    _clean(done)
    assert "invalid\\x1b]0;PWNED\\x07.yaml: invalid answer sheet: s01" in done.stderr
    assert "met[0]" in done.stderr


# --- pattern_file outside the case file's folder ----------------------------------------


def _secret(folder: Path, name: str = "outside.yaml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f"{SECRET}: hunter2\napi_token_SECRET_KEY_NAME: x\n", encoding="utf-8")
    return path


def _named(named: str) -> str:
    """A case's ``pattern_file:`` line (in place of the inline pattern)."""
    return f"    pattern_file: {_q(named)}\n"


@pytest.mark.parametrize("fmt", ["text", "json", "junit"])
@pytest.mark.parametrize(
    "named",
    [
        "/etc/passwd",
        "ABSOLUTE",
        "../outside.yaml",
        "sub/../../outside.yaml",
        "link.yaml",
        "dirlink/outside.yaml",
    ],
)
def test_a_pattern_file_outside_the_folder_is_refused(
    outside_any_project: Path, named: str, fmt: str
) -> None:
    tmp = outside_any_project
    secret = _secret(tmp)
    (tmp / "suite" / "sub").mkdir(parents=True)
    (tmp / "suite" / "link.yaml").symlink_to(secret)
    (tmp / "suite" / "dirlink").symlink_to(tmp, target_is_directory=True)
    if named == "ABSOLUTE":
        named = str(secret)
    _write(tmp / "suite" / "cases.yaml", _case(pattern=_named(named)))
    done = _run("test", "suite/cases.yaml", "--format", fmt, cwd=tmp)
    assert done.returncode == 2, done.stdout + done.stderr
    out = _clean(done)
    assert "SECRET_KEY_NAME" not in out and "hunter2" not in out
    assert REFUSED in out and "pattern_file" in out
    if named != str(secret):  # the resolved location is never shown
        assert str(secret) not in out and str(secret.resolve()) not in out
    if fmt == "json":
        (error,) = json.loads(done.stdout)["errors"]
        assert (error["case"], error["field"]) == ("c1", "pattern_file")
        assert error["file"] == "suite/cases.yaml"
    if fmt == "junit":
        xml.dom.minidom.parseString(done.stdout.encode("utf-8"))


@pytest.mark.parametrize("fmt", ["text", "json", "junit"])
def test_a_link_in_a_suite_folder_to_a_file_outside_is_not_read(
    outside_any_project: Path, fmt: str
) -> None:
    tmp = outside_any_project
    secret = _secret(tmp)
    _write(tmp / "suite" / "cases.yaml", _case())
    (tmp / "suite" / "link.yaml").symlink_to(secret)
    done = _run("test", "suite", "--format", fmt, cwd=tmp)
    assert done.returncode == 2, done.stdout + done.stderr
    out = _clean(done)
    assert "SECRET_KEY_NAME" not in out and "hunter2" not in out
    assert "suite/link.yaml: a link to a file outside this folder" in out
    assert str(secret) not in out


def test_a_refused_pattern_file_does_not_tell_whether_it_exists(outside_any_project: Path) -> None:
    tmp = outside_any_project
    _secret(tmp)
    _write(tmp / "a" / "cases.yaml", _case(pattern=_named("../outside.yaml")))
    _write(tmp / "b" / "cases.yaml", _case(pattern=_named("../missing.yaml")))
    there = _run("test", "a", "--format", "json", cwd=tmp)
    missing = _run("test", "b", "--format", "json", cwd=tmp)
    assert there.returncode == missing.returncode == 2
    (a,) = json.loads(there.stdout)["errors"]
    (b,) = json.loads(missing.stdout)["errors"]
    assert a["message"].replace("outside", "missing") == b["message"]


def test_a_pattern_file_inside_the_folder_still_works(outside_any_project: Path) -> None:
    tmp = outside_any_project
    suite = tmp / "suite"
    (suite / "patterns").mkdir(parents=True)
    (suite / "patterns" / "p.yaml").write_text(PATTERN_FILE, encoding="utf-8")
    (suite / "here.yaml").write_text(PATTERN_FILE, encoding="utf-8")
    (suite / "inner-link.yaml").symlink_to(suite / "patterns" / "p.yaml")
    _write(
        suite / "cases.yaml",
        _case(case_id="sub", pattern=_named("patterns/p.yaml")),
        _case(case_id="here", pattern=_named("here.yaml")),
        _case(case_id="dots", pattern=_named("patterns/../patterns/p.yaml")),
        _case(case_id="link", pattern=_named("inner-link.yaml")),
    )
    done = _run("test", "suite/cases.yaml", cwd=tmp)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "4 passed, 0 failed" in _clean(done)


def test_inside_a_project_a_case_file_may_name_patterns_of_the_project(
    outside_any_project: Path,
) -> None:
    """As examples/cases/x.yaml names ../x.yaml: the project is the nearest folder above the
    case file with a pyproject.toml (or .git); the rest of the disk stays out of reach."""
    tmp = outside_any_project
    project = tmp / "project"
    (project / "examples").mkdir(parents=True)
    (project / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    (project / "examples" / "p.yaml").write_text(PATTERN_FILE, encoding="utf-8")
    _secret(tmp)
    _write(
        project / "tests" / "cases" / "c.yaml",
        _case(case_id="up", pattern=_named("../../examples/p.yaml")),
    )
    done = _run("test", "project/tests/cases", cwd=tmp)
    assert done.returncode == 0, done.stdout + done.stderr
    _write(
        project / "tests" / "cases" / "c.yaml",
        _case(case_id="out", pattern=_named("../../../outside.yaml")),
    )
    done = _run("test", "project/tests/cases", "--format", "json", cwd=tmp)
    assert done.returncode == 2
    out = _clean(done)
    assert REFUSED in out and "SECRET_KEY_NAME" not in out


def test_the_home_folder_is_not_a_project(outside_any_project: Path) -> None:
    """A home folder under version control (dotfiles) does not open it to its case files."""
    home = outside_any_project / "home"
    (home / ".git").mkdir(parents=True)
    _secret(home, "secrets.yaml")
    _write(home / "suite" / "c.yaml", _case(pattern=_named("../secrets.yaml")))
    done = _run("test", "suite", cwd=home, env={"HOME": str(home)})
    assert done.returncode == 2
    out = _clean(done)
    assert REFUSED in out and "SECRET_KEY_NAME" not in out


# --- issue 21 item 4: case files are read as `assess` reads fact patterns ---------------------


def _run_test_command(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    import resource

    def limit() -> None:  # a 600 MB file read whole would need more than this
        resource.setrlimit(resource.RLIMIT_AS, (1024 * 1024 * 1024, 1024 * 1024 * 1024))

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "nm_trafficking.cli", "test", *args],
        capture_output=True, text=True, env=env, cwd=tmp_path, preexec_fn=limit, timeout=120,
        check=False,
    )  # fmt: skip


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_AS and sparse files")
def test_a_huge_case_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    with big.open("wb") as f:
        f.truncate(600 * 1024 * 1024)  # sparse: no disk used
    run = _run_test_command(tmp_path, str(big))
    assert run.returncode == 2, run.stdout + run.stderr
    assert "the file is 600.0 MiB; files larger than 16.0 MiB are not read" in run.stdout
    assert "Traceback" not in run.stderr and "MemoryError" not in run.stdout + run.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs")
def test_fifos_are_named_not_skipped_or_called_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from nm_trafficking.cases.cli import main as run_cases

    folder = tmp_path / "suite"
    folder.mkdir()
    (folder / "good.yaml").write_text("cases: []\n", encoding="utf-8")
    os.mkfifo(folder / "pipe.yaml")
    os.mkfifo(tmp_path / "alone.yaml")
    (folder / "sub.yaml").mkdir()
    assert run_cases([str(folder), str(tmp_path / "alone.yaml")]) == 2
    out = capsys.readouterr().out
    assert f"{folder / 'pipe.yaml'}: not a regular file: a FIFO (named pipe)" in out
    assert f"{tmp_path / 'alone.yaml'}: not a regular file: a FIFO (named pipe)" in out
    assert f"{folder / 'sub.yaml'}: a directory, not a file" in out
    assert "no such file or directory" not in out
