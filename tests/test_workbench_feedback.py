"""The trainer's feedback says each open element once: a paragraph that is undetermined and was
answered met or not met loses two points (its status, and naming what is still to be
established), and the two lines used to quote the same open elements twice. The status's line
quotes them, in the statute's words with their citation; the next line says that point was not
asked, and refers to them.

Each lost point still says why in the statute's words (tests/test_classroom.py): its own line
quotes them, or, for that second point, the status line just before it does."""

from __future__ import annotations

import re
from typing import Any

import pytest

from nm_trafficking import statute
from nm_trafficking.training import scenario, scenarios
from nm_trafficking.training.scoring import _open, quoted
from nm_trafficking.workbench.classroom import check

ALL = scenarios()
QUOTE = re.compile(r'"[^"]+" \(30-52-1\([A-Z]\)[^)]*\)')
"""An element in the statute's words with its citation, as the feedback quotes it."""


def _wrong(case_id: str, answer: str) -> dict[str, Any]:
    """Every paragraph answered ``answer`` (met or not met), the grade left out."""
    out: dict[str, Any] = {}
    for f in scenario(case_id).assess().findings:
        shorts = [statute.offence(c).short for c in f.subsections]
        out[f"{f.defendant}/{f.victim}"] = {"paragraphs": dict.fromkeys(shorts, answer)}
    return out


@pytest.mark.parametrize("s", ALL, ids=[s.id for s in ALL])
def test_each_open_element_is_said_once(s: Any) -> None:
    findings = {f"{f.defendant}/{f.victim}": f for f in s.assess().findings}
    seen = 0
    for answer in ("met", "not_met"):
        result = check(s.id, _wrong(s.id, answer))
        for pair in result["pairs"]:
            f = findings[pair["pair"]]
            for citation, sub in f.subsections.items():
                if sub.status != "undetermined":
                    continue
                seen += 1
                part = citation.removeprefix("30-52-1")
                lines = [x["why"] for x in pair["lost"] if x["part"] == part]
                status_line, remaining_line = lines  # two points lost: status and open elements
                assert status_line.startswith(f"{part} is undetermined (answered: ")
                open_ = [e for e in sub.elements if e.status == "undetermined"]
                for e in open_:
                    words = _open(sub, e)
                    assert sum(line.count(quoted(e)) for line in lines) == 1, (s.id, words)
                    assert words in status_line
                # the second line refers to them, in words, quoting nothing again
                assert not QUOTE.search(remaining_line), remaining_line
                assert remaining_line.startswith(f"{part}, what is still to be established: ")
                assert f"lost with the status, as {part} was answered " in remaining_line
                assert f"quoted for {part} just above" in remaining_line
    if s.id == "s04":
        assert seen  # the case of the issue: (A)(1) open, answered met and not met


def test_the_lines_of_s04() -> None:
    """The example of the issue: (A)(1) undetermined, answered met."""
    answers = {
        "d/v": {"paragraphs": {"A1": "met", "A2": "not_met", "A3": "not_met"}, "grade": "third"}
    }
    (pair,) = check("s04", answers)["pairs"]
    means = '"with the intent or knowledge that force, fraud or coercion will be used"'
    assert pair["feedback"][:2] == [
        f"(A)(1) is undetermined (answered: met): still to be established — {means} "
        "(30-52-1(A)(1)).",
        "(A)(1), what is still to be established: this point is lost with the status, as (A)(1) "
        "was answered met; the element to name is quoted for (A)(1) just above.",
    ]
