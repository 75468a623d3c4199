"""The cautions of a pair's § 30-52-1 result on the page (``summary.pairs[].laws[].cautions``,
contract 2.6.0): Indian country, a defendant who is also a victim, a defendant under eighteen,
shown under the state result in the words the text summary's line gives them. In the same
headless Chromium as ``test_workbench_browser.py`` (its server, browser and page fixtures)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import nm_trafficking as nmt
from tests import test_workbench_browser as browser_tests
from tests.test_cautions import ALL_THREE

# the server, the browser and a fresh page, as the other browser tests have them
base_url = browser_tests.base_url
browser = browser_tests.browser
artifacts = browser_tests.artifacts
page = browser_tests.page
expect = browser_tests.expect


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_the_cautions_show_under_the_state_result(
    page: Any, artifacts: Path, tmp_path: Path
) -> None:
    path = tmp_path / "k.json"
    path.write_text(ALL_THREE.model_dump_json(exclude_unset=True))
    answers: list[Any] = []
    page.on("response", lambda r: answers.append(r) if "/api/v1/workbench/" in r.url else None)
    page.locator("#import-file").set_input_files(str(path))
    pair = page.locator("#summary .summary-pair[data-pair='K|V']")
    state = pair.locator(".law[data-law='nm_30_52_1']")
    expect(state).to_be_visible()
    shown = state.locator("ul.cautions > li")
    expect(shown).to_have_count(3)

    # the words are the summary's, as the page received them, in its order
    summary = json.loads(answers[-1].text())["assessment"]["summary"]
    (received,) = [p for p in summary["pairs"] if p["defendant"] == "K"]
    (law,) = [x for x in received["laws"] if x["law"] == "nm_30_52_1"]
    cautions = law["cautions"]
    assert [c["kind"] for c in cautions] == ["indian_country", "also_victim", "child_defendant"]
    expect(shown).to_have_text([c["text"] for c in cautions])
    assert [shown.nth(i).get_attribute("data-kind") for i in range(3)] == [
        c["kind"] for c in cautions
    ]
    # and the text summary's § 30-52-1 line says them, word for word, after the grade
    text = _flat(nmt.assess(ALL_THREE).explain())
    assert " ".join(_flat(c["text"]) for c in cautions) in text
    # under the state result: after its grade, inside its entry (not under § 1591's or T's)
    order = state.evaluate(
        "el => [...el.querySelectorAll('.law-status, .grade, ul.cautions')].map(e => e.className)"
    )
    assert order == ["law-status", "grade", "cautions"]
    expect(page.locator("#summary ul.cautions")).to_have_count(1)
    state.scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / "cautions.png"), full_page=True)


def test_a_pair_with_no_caution_shows_none(page: Any) -> None:
    """The social-media case of a 15-year-old (an adult defendant, no Indian country)."""
    browser_tests._build_social_media_case(page)
    expect(browser_tests._a2(page).locator(".status")).to_have_text("✔ MET")
    expect(page.locator("#summary ul.cautions")).to_have_count(0)
