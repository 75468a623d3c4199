"""The scenario bank: the scenarios are case files (the quiz and ``nm-trafficking test`` read
the same files); every stated answer is the engine's; together the scenarios cover the statute;
each story stands alone; the quiz works interactively and non-interactively, and its feedback
names the deciding elements only."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

import pytest

from nm_trafficking.cases import CaseFileError, load_cases, loads, run_case
from nm_trafficking.cli import main
from nm_trafficking.facts import Act, Role
from nm_trafficking.industries import industries
from nm_trafficking.training import Scenario, engine_answer, scenarios, scoring
from nm_trafficking.training.quiz import (
    AnswerFormatError,
    parse_grade,
    parse_paragraphs,
    run_interactive,
)

ALL = scenarios()
CASES = Path(__file__).resolve().parents[1] / "nm_trafficking" / "training" / "cases"


def test_at_least_thirty_scenarios_with_unique_ids() -> None:
    assert len(ALL) >= 30
    assert len({s.id for s in ALL}) == len(ALL)


def test_the_scenarios_are_the_case_files_the_test_command_runs() -> None:
    loaded, errors = load_cases([CASES])
    assert not errors and not [e for f in loaded for e in f.errors]
    cases = [c for f in loaded for c in f.cases]
    assert [c.id for c in cases] == [s.id for s in ALL]
    assert [c.pattern for c in cases] == [s.fact_pattern() for s in ALL]
    assert all(run_case(c).passed for c in cases)
    assert not (CASES.parent / "scenarios.yaml").exists()


def test_every_story_stands_alone() -> None:
    """No story leans on another ("The same recruitment...", "Another parlor...")."""
    leaning = ("the same", "same ", "another", "again", "this time", "also ", "as before")
    for s in ALL:
        assert not s.story.lower().startswith(leaning), (s.id, s.story)


def test_a_scenario_states_every_paragraph_and_the_grade() -> None:
    text = (
        "cases:\n  - id: x\n    title: t\n    citations: [A2]\n    story: s\n"
        "    teaching_point: p\n    pattern:\n      persons: [{id: d}, {id: v, age: 15}]\n"
        "      conduct: [{id: c1, actor: d, person: v, act: recruiting, date: 2019-01-01}]\n"
        "    expect:\n      d/v: {A2: undetermined}\n"
    )
    (case,) = loads(text, source="t.yaml").cases
    with pytest.raises(
        CaseFileError,
        match=re.escape("t.yaml: case x: expect.d/v: a scenario states A1, A3, grade"),
    ):
        Scenario.from_case(case)


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
    assert parse_grade("2") == "second" and parse_grade("none") == "none"
    assert parse_grade("u") == "undetermined"


def test_interactive_quiz_scores_and_explains() -> None:
    s = next(x for x in ALL if x.id == "s04")
    # (A)(1) undetermined, with what is still to be established (element 4: the means); one
    # unparseable answer, asked again
    answers = iter(["B7", "u", "4", "m", "n", "2"])
    out = io.StringIO()
    score = run_interactive([s], lambda prompt: next(answers), out)
    assert (score.points, score.possible) == (5, 5)
    text = out.getvalue()
    assert "not understood" in text and "Teaching point" in text and "All correct." in text
    assert " is met" not in text and " is undetermined" not in text  # all right: no reasons


def test_feedback_names_the_deciding_elements_with_the_statute_words() -> None:
    s = next(x for x in ALL if x.id == "s09")  # on her eighteenth birthday
    answers = iter(["u", "4", "m", "n", "3"])
    out = io.StringIO()
    run_interactive([s], lambda prompt: next(answers), out)
    text = out.getvalue()
    assert (
        '(A)(2) is not met (answered: met): "a person under the age of eighteen years" '
        "(30-52-1(A)(2))" in text  # the statute words
    )
    assert "(A)(1) is" not in text and "(A)(3) is" not in text  # only what was answered wrong
    s = next(x for x in ALL if x.id == "s04")
    answers = iter(["n", "n", "n", "none"])
    out = io.StringIO()
    run_interactive([s], lambda prompt: next(answers), out)
    assert '(A)(2) is met (answered: not met): "a person under the age of eighteen years"' in (
        out.getvalue()
    )


def test_feedback_for_a_full_run_is_short(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "blank.yaml"
    sheet.write_text("".join(f"{s.id}: {{}}\n" for s in ALL), encoding="utf-8")
    assert main(["quiz", "--answers", str(sheet)]) == 0
    out = capsys.readouterr().out
    pairs = sum(len(s.answer) for s in ALL)
    lost = sum(r["possible"] for r in (scoring.check(s, {}) for s in ALL))
    # a blank line, a title, the points and the teaching point a scenario, a line a pair, one a
    # lost point: no more
    assert out.count("\n") <= 4 * len(ALL) + pairs + lost + 3
    assert out.count("Teaching point") == len(ALL)


def test_interactive_quiz_marks_wrong_answers() -> None:
    s = next(x for x in ALL if x.id == "s13")
    answers = iter(["m", "m", "m", "3"])
    out = io.StringIO()
    score = run_interactive([s], lambda prompt: next(answers), out)
    assert score.points == 0 and "(answered: met)" in out.getvalue()


def test_quiz_cli_piped_stdin() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "nm_trafficking.cli", "quiz", "--scenario", "s06"],
        input="u\n4\nm\nn\n1\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Score: 5 / 5" in done.stdout


def test_worksheet_and_key(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quiz", "--worksheet", "--count", "3"]) == 0
    sheet = capsys.readouterr().out
    assert "A1: ☐ met ☐ not met ☐ undetermined" in sheet and "Answer key" not in sheet
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
    # the older form: the paragraphs listed met, the others not met (s13: 1 of 6)
    assert "Score: 5 / 10" in capsys.readouterr().out
    bad = tmp_path / "bad.yaml"
    bad.write_text("s01: {boss/w: {met: [A9]}}\n", encoding="utf-8")
    assert main(["quiz", "--answers", str(bad)]) == 2
    assert "s01.boss/w.met[0]" in capsys.readouterr().err


def test_seeded_order_is_reproducible(capsys: pytest.CaptureFixture[str]) -> None:
    main(["quiz", "--list", "--seed", "7", "--count", "5"])
    first = capsys.readouterr().out
    main(["quiz", "--list", "--seed", "7", "--count", "5"])
    assert capsys.readouterr().out == first and first.count("\n") == 5


def test_the_trainers_guide_example_is_a_valid_scenario() -> None:
    page = (Path(__file__).resolve().parents[1] / "docs" / "trainers.md").read_text("utf-8")
    block = next(b.split("```", 1)[0] for b in page.split("```yaml\n")[1:] if "- id: s41" in b)
    loaded = loads("cases:\n" + block, source="docs/trainers.md")
    assert not loaded.errors
    (case,) = loaded.cases
    assert run_case(case).passed
    assert Scenario.from_case(case).answer["c/v"].normalised() == (frozenset({"A2"}), "second")


def test_an_element_only_a_point_of_law_leaves_open_is_said_to_be_one() -> None:
    """Review 10: the buyer's verb — open only on a point of law — read as something still to
    be established by evidence in the trainee's feedback."""
    s = next(x for x in ALL if x.id == "s13")  # the buyer: (A)(1) and (A)(2) undetermined
    result = scoring.check(s, {"buyer/v": {"paragraphs": {"A1": "met", "A2": "met"}}})
    lines = [x["why"] for p in result["pairs"] for x in p["lost"]]
    status = next(x for x in lines if x.startswith("(A)(1) is undetermined"))
    assert "(a point of law)" in status  # the buyer's verb
    assert "(a point of law)" not in next(x for x in lines if x.startswith("Grade"))
