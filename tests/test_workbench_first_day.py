"""The workbench carries the label of § 30-52-1's first day (1 July 2008, "a date reported, not
verified") where the text summary's law line carries it (review Z2-9 of session 8): the
service's ``limitation[].first_day``, from ``summary_text.first_day_label`` (the one source of
its words), and the page's law line, before the "has passed" clause, as the CLI orders them."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

import nm_trafficking as nmt
from nm_trafficking.assessment import LawChoice
from nm_trafficking.render import summary_text
from nm_trafficking.workbench import create_app
from tests import test_workbench_browser as browser_tests
from tests.test_workbench_page import _import

base_url = browser_tests.base_url
browser = browser_tests.browser
artifacts = browser_tests.artifacts
page = browser_tests.page

TODAY = "2026-12-08"
_SEX = {"knowingly": True, "will_be_caused_to_engage_in_commercial_sexual_activity": True}


def _pattern(*acts: tuple[str, str]) -> dict[str, Any]:
    return {
        "persons": [
            {"id": "T", "roles": ["trafficker"]},
            {"id": "K", "roles": ["victim"], "birth_date": "1994-03-02"},
        ],
        "conduct": [
            {"id": f"t{i}", "actor": "T", "person": "K", "act": act, "date": day, **_SEX}
            for i, (act, day) in enumerate(acts)
        ],
    }


# the first day itself, the day before it (no text in force: not met, so not labelled), and a
# later day of the same month (the source says only "taking effect in July")
FIRST_DAY = _pattern(("transporting", "2008-06-30"), ("transporting", "2008-07-01"))
LATER_IN_JULY = _pattern(("recruiting", "2008-07-15"))
AUGUST = _pattern(("recruiting", "2008-08-01"))


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app())


def _limitation(client: TestClient, pattern: dict[str, Any], law: str) -> dict[str, Any]:
    body = {"pattern": pattern, "today": TODAY, "law": law}
    r = client.post("/api/v1/workbench/evaluate", json=body)
    assert r.status_code == 200, r.text
    (pair,) = r.json()["limitation"]
    assert isinstance(pair, dict)
    return pair


def _cli_line(pattern: dict[str, Any], law: LawChoice) -> str:
    """The text summary's § 30-52-1 line, on one line."""
    a = nmt.assess(nmt.from_dict(pattern), today=date.fromisoformat(TODAY), law=law)
    lines = a.explain().splitlines()
    start = lines.index(next(x for x in lines if x.startswith("  § 30-52-1: ")))
    end = next(i for i in range(start + 1, len(lines)) if not lines[i].startswith("    "))
    return " ".join(" ".join(lines[start:end]).split())


@pytest.mark.parametrize("law", ["all", "nm"])
@pytest.mark.parametrize("pattern", [FIRST_DAY, LATER_IN_JULY], ids=["1 July", "15 July"])
def test_evaluate_gives_the_first_days_label_the_cli_gives(
    client: TestClient, pattern: dict[str, Any], law: LawChoice
) -> None:
    pair = _limitation(client, pattern, law)
    label = pair["first_day"]["nm_30_52_1"]
    assert "from 1 July 2008, a date reported, not verified" in label
    assert "rests on § 30-52-1 being in force that day" in label
    # the CLI's law line: the label, then the "has passed" clause, word for word
    passed = pair["passed"]["nm_30_52_1"]
    assert f"; {label}; {passed}." in _cli_line(pattern, law)
    assert set(pair["first_day"]) == {"nm_30_52_1"}  # never a federal section's


def test_no_label_where_no_count_rests_on_the_first_day(client: TestClient) -> None:
    assert _limitation(client, AUGUST, "all")["first_day"] == {}
    assert "reported, not verified" not in _cli_line(AUGUST, "all")
    assert _limitation(client, FIRST_DAY, "federal")["first_day"] == {}


# --- the page (Chromium) -----------------------------------------------------------------------


@pytest.mark.browser
def test_the_law_line_shows_the_label_before_the_passed_clause(
    page: Any, tmp_path: Path, artifacts: Path
) -> None:
    _import(page, tmp_path, "first_day.json", FIRST_DAY)
    a = nmt.assess(nmt.from_dict(FIRST_DAY))
    (pair,) = a.summary.pairs
    clauses = summary_text.line_clauses(pair.counts, "nm_30_52_1", a.summary.assessed_on)
    assert "a date reported, not verified" in clauses
    grade = page.locator('#summary li.law[data-law="nm_30_52_1"] .grade')
    browser_tests.expect(grade).to_contain_text(f"; {clauses}.")
    browser_tests.expect(grade.locator(".first-day")).to_have_count(1)
    browser_tests._shot(page, artifacts, "z2-9-first-day")
