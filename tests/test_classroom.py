"""Issue 20, the trainer's items: every lost point says why (8); an incomplete answer is known
as such and a retry is recorded (9); the trainee and the session on the score, the CSV and the
worksheet, and every pair's points (10); one scoring and one feedback for the terminal quiz and
the web classroom (11)."""

from __future__ import annotations

import io
import itertools
import subprocess
import sys
from typing import Any

import pytest
from fastapi.testclient import TestClient

from nm_trafficking import statute
from nm_trafficking.training import scenario, scenarios
from nm_trafficking.training.quiz import run_interactive
from nm_trafficking.workbench import create_app
from nm_trafficking.workbench.classroom import check

ALL = scenarios()
SHORTS = [p.short for p in statute.latest().offences]


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app())


def _answers(case_id: str, status: str, grade: str, remaining: bool) -> dict[str, Any]:
    """The same answer (one status for every paragraph) for each pair of the case."""
    out: dict[str, Any] = {}
    for f in scenario(case_id).assess().findings:
        elements = {p.short: [e.key for e in p.elements][-1:] for p in statute.latest().offences}
        out[f"{f.defendant}/{f.victim}"] = {
            "paragraphs": dict.fromkeys(SHORTS, status),
            "grade": grade,
            "remaining": elements if remaining and status == "undetermined" else {},
        }
    return out


ANSWERS = [
    ("met", "third", False),
    ("not_met", "none", False),
    ("undetermined", "undetermined", True),
    ("undetermined", "second", False),
]


@pytest.mark.parametrize("s", ALL, ids=[s.id for s in ALL])
def test_every_lost_point_says_why_in_the_statutes_words(s: Any) -> None:
    for status, grade, remaining in ANSWERS:
        result = check(s.id, _answers(s.id, status, grade, remaining))
        assert sum(p["points"] for p in result["pairs"]) == result["points"]
        assert sum(p["possible"] for p in result["pairs"]) == result["possible"]
        for p in result["pairs"]:
            assert len(p["lost"]) == p["possible"] - p["points"]  # one reason a lost point
            assert p["feedback"] == ([x["why"] for x in p["lost"]] or ["All correct."])
            for i, x in enumerate(p["lost"]):
                if x["what"] == "grade":
                    assert x["why"].startswith("Grade (answered: "), x
                    continue
                # the part that lost it, the statute's words with their citation (the date in
                # force is the one element with no words of the text); the point for the open
                # elements of a paragraph whose status was answered otherwise has them in the
                # status's line just before it, which quotes them once (test_workbench_feedback)
                why = x["why"]
                if x["what"] == "remaining" and "lost with the status, as" in why:
                    before = p["lost"][i - 1]
                    assert (before["part"], before["what"]) == (x["part"], "status"), x
                    why = before["why"]
                words = '" (30-52-1(A)' in why or "came into force —" in why
                assert x["why"].startswith(x["part"]) and words, x


def test_s04_the_point_for_what_is_still_open_is_explained() -> None:
    """Issue 20 item 8: every mark right, 4 of 5: the point for naming the open elements."""
    answers = {
        "d/v": {
            "paragraphs": {"A1": "undetermined", "A2": "met", "A3": "not_met"},
            "grade": "second",
            "remaining": {"A1": ["means_will_be_used", "to_subject_to"]},
        }
    }
    result = check("s04", answers)
    assert (result["points"], result["possible"]) == (4, 5)
    (lost,) = result["pairs"][0]["lost"]
    assert lost["part"] == "(A)(1)" and lost["what"] == "remaining"
    assert "named but already decided" in lost["why"]
    assert (
        '"to subject the person to labor, services or commercial sexual activity"' in (lost["why"])
    )


def test_an_incomplete_answer_is_reported_and_a_retry_recorded(client: TestClient) -> None:
    half = {"d/v": {"paragraphs": {"A1": "undetermined"}}}
    r = client.post("/api/v1/cases/s04/check", json={"answers": half, "attempt": 2}).json()
    assert r["complete"] is False and r["attempt"] == 2
    assert r["unanswered"] == ["d/v (A)(2)", "d/v (A)(3)", "d/v grade"]
    full = _answers("s04", "met", "third", False)
    assert client.post("/api/v1/cases/s04/check", json={"answers": full}).json()["complete"]
    for bad in (0, 100, "2", True):
        bad_r = client.post("/api/v1/cases/s04/check", json={"answers": half, "attempt": bad})
        assert bad_r.status_code == 422 and "attempt" in bad_r.text


def test_the_trainee_and_the_session_are_on_the_score_and_the_worksheet(
    client: TestClient,
) -> None:
    body = {"answers": {}, "trainee": "Ana Ruiz", "session": "DA-2026-12"}
    r = client.post("/api/v1/cases/s24/check", json=body).json()
    assert (r["trainee"], r["session"]) == ("Ana Ruiz", "DA-2026-12")
    assert [p["points"] for p in r["pairs"]] == [0, 0]  # every pair's points, not only the first
    assert all(p["possible"] > 0 for p in r["pairs"])
    bad = client.post("/api/v1/cases/s24/check", json={"answers": {}, "trainee": "a\nb"})
    assert bad.status_code == 422 and "trainee" in bad.text
    params = {"ids": "s01", "trainee": "Ana <b>Ruiz</b>", "session": "DA-2026-12"}
    sheet = client.get("/api/v1/worksheet", params=params).text
    assert "Trainee: Ana &lt;b&gt;Ruiz&lt;/b&gt; · Session: DA-2026-12" in sheet
    bad_sheet = client.get("/api/v1/worksheet", params={"ids": "s01", "session": "a\x07"})
    assert bad_sheet.status_code == 422 and "session" in bad_sheet.text
    blank = client.get("/api/v1/worksheet", params={"ids": "s01"}).text
    assert "Trainee: ____" in blank


def _typed(answer: dict[str, Any]) -> list[str]:
    """What a trainee types in the terminal for an answer in the classroom's form."""
    keys = {"met": "m", "not_met": "n", "undetermined": "u"}
    typed: list[str] = []
    for p in statute.latest().offences:
        status = answer["paragraphs"][p.short]
        typed.append(keys[status])
        if status == "undetermined":
            chosen = answer["remaining"].get(p.short, [])
            numbers = [str(n) for n, e in enumerate(p.elements, 1) if e.key in chosen]
            typed.append(" ".join(numbers) or "none")
    typed.append(answer["grade"])
    return typed


@pytest.mark.parametrize("s", ALL, ids=[s.id for s in ALL])
def test_the_terminal_and_the_web_score_alike(s: Any, client: TestClient) -> None:
    """Issue 20 item 11: the same answers, the same points and the same reasons."""
    for status, grade, remaining in ANSWERS:
        answers = _answers(s.id, status, grade, remaining)
        web = client.post(f"/api/v1/cases/{s.id}/check", json={"answers": answers}).json()
        typed = iter(list(itertools.chain.from_iterable(_typed(a) for a in answers.values())))
        out = io.StringIO()
        score = run_interactive([s], lambda prompt, t=typed: next(t), out)
        assert (score.points, score.possible) == (web["points"], web["possible"])
        for p in web["pairs"]:
            for line in p["feedback"]:
                assert line in out.getvalue()


def _quiz(stdin: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "nm_trafficking.cli", "quiz", "--scenario", "s04", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_terminal_shows_the_facts_prompts_on_their_own_lines_and_q_quits() -> None:
    done = _quiz("u\n4\nm\nn\n2\n", "--trainee", "Ana Ruiz", "--session", "S1")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "d enticed v on 2 April 2018." in out  # the stated facts, as the web shows them
    assert "v, victim: aged 15" in out
    prompts = [line for line in out.splitlines() if line.rstrip().endswith("?")]
    assert len(prompts) == 5  # three paragraphs, what is open, the grade: one line each
    assert all(line.strip().startswith(("A1", "A2", "A3", "grade", "still")) for line in prompts)
    assert "Score: 5 / 5 (Trainee: Ana Ruiz; Session: S1)" in out
    quit_ = _quiz("m\nq\nm\n")
    assert quit_.returncode == 0 and "Quiz ended." in quit_.stdout
    assert "A3 Benefiting" not in quit_.stdout  # no question after q
    assert "Score: 0 / 0" in quit_.stdout
