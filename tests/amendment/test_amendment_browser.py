"""The synthetic 2030 text (SYNTHETIC TEST TEXT — not law) in the page, in headless Chromium:
the texts and paragraphs come from the catalogue (no "2008 text" or A1-A3 written in the page),
the builder offers the new verb, an act after 2030 is assessed under the new text, and the
classroom filters by the new paragraph."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from nm_trafficking.statute.model import StatuteVersion
from tests.test_workbench_browser import served

CHROMIUM = os.environ.get("NMT_CHROMIUM", "/usr/bin/chromium")
if not Path(CHROMIUM).exists():
    if os.environ.get("CI"):
        pytest.fail(f"{CHROMIUM} is missing: .ci/run installs Debian's chromium", pytrace=False)
    pytest.skip(f"{CHROMIUM} is not installed", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the test extra")
expect = sync_api.expect


def _in_2031(assess: Any) -> Any:
    """The server's assessments on a day after the synthetic text's start (the page sends no
    day of assessment: the server's default, today, is before it)."""

    def assess_in_2031(*args: Any, today: date | None = None, **kwargs: Any) -> Any:
        return assess(*args, today=today or date(2031, 1, 1), **kwargs)

    return assess_in_2031


@pytest.fixture(scope="module")
def base_url(amended_module: tuple[StatuteVersion, ...]) -> Iterator[str]:
    from nm_trafficking.workbench import app as workbench

    saved = workbench.assess
    workbench.assess = _in_2031(saved)
    try:
        with served() as url:
            yield url
    finally:
        workbench.assess = saved


@pytest.fixture(scope="module")
def page(base_url: str) -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox"])
        context = browser.new_context(base_url=base_url)
        pg = context.new_page()
        problems: list[str] = []
        pg.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
        pg.goto("/")
        pg.wait_for_selector("body[data-ready=true]")
        yield pg
        browser.close()
        assert problems == []


def test_the_page_names_the_texts_from_the_catalogue(page: Any) -> None:
    expect(page.locator("#statute-texts")).to_have_text(" (2008 text, synthetic-2030 text)")


def test_an_act_after_2030_is_assessed_under_the_new_text(page: Any, tmp_path: Path) -> None:
    pattern = {
        "title": "Synthetic advertising",
        "persons": [{"id": "D"}, {"id": "V", "roles": ["victim"], "birth_date": "2000-01-01"}],
        "conduct": [
            {
                "id": "c",
                "actor": "D",
                "person": "V",
                "act": "harboring",
                "date": "2030-06-01",
                "knowingly": True,
                "means_will_be_used": {"force": True},
                "to_subject_to": {"labor": True},
            },
            {
                "id": "ad",
                "actor": "D",
                "person": "V",
                "act": "advertising",
                "date": "2030-07-01",
                "knowingly": True,
                "will_be_caused_to_engage_in_commercial_sexual_activity": True,
            },
        ],
    }
    path = tmp_path / "synthetic.json"
    path.write_text(json.dumps(pattern), encoding="utf-8")
    page.locator("#import-file").set_input_files(str(path))
    for citation in ("30-52-1(A)(1)", "30-52-1(A)(4)"):
        expect(page.locator(f"#summary [data-citation='{citation}'] .status")).to_have_text("✔ MET")
    options = page.locator("#c0-act option")
    expect(options.filter(has_text="harboring")).to_have_text(
        "harboring (not a verb of the 2008 text)"
    )


def test_the_classroom_filters_by_every_paragraph(page: Any) -> None:
    page.locator("#tab-classroom").click()
    expect(page.locator("#class-paragraphs input[name=paragraph]")).to_have_count(4)
    expect(page.locator("label[for=f-a4]")).to_contain_text("(A)(4) advertising")
