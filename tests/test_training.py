"""The scenario bank: every stated answer is the engine's; together the scenarios cover the
statute; the quiz works interactively and non-interactively."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from nm_trafficking.cli import main
from nm_trafficking.facts import Act, Role
from nm_trafficking.industries import industries
from nm_trafficking.training import engine_answer, scenarios
from nm_trafficking.training.quiz import (
    AnswerFormatError,
    parse_grade,
    parse_paragraphs,
    run_interactive,
)

ALL = scenarios()


def test_at_least_thirty_scenarios_with_unique_ids() -> None:
    assert len(ALL) >= 30
    assert len({s.id for s in ALL}) == len(ALL)


@pytest.mark.parametrize("s", ALL, ids=[s.id for s in ALL])
def test_stated_answer_is_the_engines(s) -> None:  # type: ignore[no-untyped-def]
    got = {k: v.normalised() for k, v in engine_answer(s.assess()).items()}
    assert got == {k: v.normalised() for k, v in s.answer.items()}
    assert s.story and s.teaching_point


def _tags() -> set[str]:
    return {t for s in ALL for t in s.tags}


def test_coverage_of_paragraphs_grades_means_and_boundaries() -> None:
    met = {p for s in ALL for a in s.answer.values() for p in a.met}
    assert met == {"A1", "A2", "A3"}
    grades = {a.grade for s in ALL for a in s.answer.values()}
    assert grades == {"first", "second", "third", None}
    tags = _tags()
    assert {"force", "fraud", "coercion"} <= tags
    assert {"boundary:13", "boundary:16", "boundary:18"} <= tags
    for b in (13, 16, 18):  # each boundary is taught from both sides
        answers = {
            a.normalised() for s in ALL if f"boundary:{b}" in s.tags for a in s.answer.values()
        }
        assert len(answers) == 2, b
    assert {"unknown", "pre2008"} <= tags


def test_coverage_of_roles_industries_and_uncovered_verbs() -> None:
    roles = {r for s in ALL for p in s.fact_pattern().persons for r in p.roles}
    assert {Role.RECRUITER, Role.TRAFFICKER, Role.VICTIM, Role.CONSUMER} <= roles
    used = {t.split(":", 1)[1] for t in _tags() if t.startswith("industry:")}
    assert used == {i.id for i in industries()}
    assert {i.group for i in industries() if i.id in used} == {"sex", "labor"}
    acts = {c.act for s in ALL for c in s.fact_pattern().conduct}
    assert {Act.HARBORING, Act.MAINTAINING, Act.PROVIDING, Act.PATRONIZING, Act.ADVERTISING} <= acts


def test_every_scenario_engine_finding_is_undetermined_where_tagged_unknown() -> None:
    for s in ALL:
        if "unknown" in s.tags:
            statuses = {sub.status for f in s.assess().findings for sub in f.subsections.values()}
            assert "undetermined" in statuses, s.id


@pytest.mark.parametrize(
    ("text", "parsed"),
    [("A1 A2", ("A1", "A2")), ("a3,a1", ("A1", "A3")), ("(A)(2)", ("A2",)), ("none", ()), ("", ())],
)
def test_paragraph_answers(text: str, parsed: tuple[str, ...]) -> None:
    assert parse_paragraphs(text) == parsed


def test_bad_answers_are_refused() -> None:
    for text in ("B1", "A4", "yes"):
        with pytest.raises(AnswerFormatError):
            parse_paragraphs(text)
    with pytest.raises(AnswerFormatError):
        parse_grade("fourth")
    assert parse_grade("2") == "second" and parse_grade("none") is None


def test_interactive_quiz_scores_and_explains() -> None:
    s = next(x for x in ALL if x.id == "s04")
    answers = iter(["B7", "A2", "2"])  # one unparseable answer, asked again
    out = io.StringIO()
    score = run_interactive([s], lambda prompt: next(answers), out)
    assert (score.points, score.possible) == (2, 2)
    text = out.getvalue()
    assert "not understood" in text and "Teaching point" in text
    assert "under the age of eighteen years" in text  # explained with the statute text


def test_interactive_quiz_marks_wrong_answers() -> None:
    s = next(x for x in ALL if x.id == "s13")
    answers = iter(["A2", "3"])
    out = io.StringIO()
    score = run_interactive([s], lambda prompt: next(answers), out)
    assert score.points == 0 and "WRONG" in out.getvalue()


def test_quiz_cli_piped_stdin() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "nm_trafficking.cli", "quiz", "--scenario", "s06"],
        input="A2\n1\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Score: 2 / 2" in done.stdout


def test_worksheet_and_key(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quiz", "--worksheet", "--count", "3"]) == 0
    sheet = capsys.readouterr().out
    assert "paragraphs ______" in sheet and "Answer key" not in sheet
    assert main(["quiz", "--worksheet", "--key"]) == 0
    keyed = capsys.readouterr().out
    assert "Answer key" in keyed and keyed.count("grade") >= len(ALL)


def test_answer_sheet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = tmp_path / "answers.yaml"
    sheet.write_text(
        "s01: {boss/w: {met: [A1], grade: third}}\ns13: {buyer/v: {met: [A2], grade: third}}\n",
        encoding="utf-8",
    )
    assert main(["quiz", "--answers", str(sheet)]) == 0
    assert "Score: 2 / 4" in capsys.readouterr().out
    bad = tmp_path / "bad.yaml"
    bad.write_text("s01: {boss/w: {met: [A9]}}\n", encoding="utf-8")
    assert main(["quiz", "--answers", str(bad)]) == 2
    assert "s01.boss/w.met[0]" in capsys.readouterr().err


def test_seeded_order_is_reproducible(capsys: pytest.CaptureFixture[str]) -> None:
    main(["quiz", "--list", "--seed", "7", "--count", "5"])
    first = capsys.readouterr().out
    main(["quiz", "--list", "--seed", "7", "--count", "5"])
    assert capsys.readouterr().out == first and first.count("\n") == 5
