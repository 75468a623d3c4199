"""A pair's related offense on the page (``summary.pairs[].related``): for a sting (the person
was an adult officer, not the minor the actor believed) the attempt (NMSA 1978, § 30-28-1) and
its grade, shown under the pair in the summary's own words, as the text summary, the Markdown
and the memo show it. In the same headless Chromium as ``test_workbench_browser.py`` (its
server, browser and page fixtures)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import nm_trafficking as nmt
from nm_trafficking.cases import project_case_paths
from nm_trafficking.cases.runner import load_cases
from tests import test_workbench_browser as browser_tests

# the server, the browser and a fresh page, as the other browser tests have them
base_url = browser_tests.base_url
browser = browser_tests.browser
artifacts = browser_tests.artifacts
page = browser_tests.page
expect = browser_tests.expect

STING = "sting-officer-posing-as-12"
"""The project's own sting case (``tests/cases/issue19.yaml``): D solicits "a 12-year-old" who
is an adult officer."""


def _sting() -> nmt.FactPattern:
    loaded, _ = load_cases(project_case_paths())
    (case,) = [c for f in loaded for c in f.cases if c.id == STING]
    return case.pattern


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_a_stings_attempt_and_its_grade_show_under_the_pair(
    page: Any, artifacts: Path, tmp_path: Path
) -> None:
    pattern = _sting()
    path = tmp_path / "sting.json"
    path.write_text(pattern.model_dump_json(exclude_unset=True))
    answers: list[Any] = []
    page.on("response", lambda r: answers.append(r) if "/api/v1/workbench/" in r.url else None)
    page.locator("#import-file").set_input_files(str(path))
    pair = page.locator("#summary .summary-pair[data-pair='D|O']")
    expect(pair.locator(".law[data-law='nm_30_52_1']")).to_be_visible()
    expect(pair.locator(".related")).to_have_count(1)

    # the words are the summary's, as the page received them, and the text summary's
    summary = json.loads(answers[-1].text())["assessment"]["summary"]
    (received,) = [p for p in summary["pairs"] if p["victim"] == "O"]
    (related,) = received["related"]
    assert "§ 30-28-1" in related and "second degree felony" in related  # believed 12
    expect(pair.locator(".related")).to_have_text(related)
    text = nmt.assess(pattern).explain()
    assert _flat(related) in _flat(text)
    # under the pair: directly under the § 30-52-1 line (a state offense), before its counts
    # (as in the text summary)
    order = pair.evaluate(
        "el => [...el.querySelectorAll('.law, .related, details.counts')]"
        ".map(e => e.dataset.law || e.className)"
    )
    assert order[order.index("nm_30_52_1") + 1] == "related"
    assert order.index("related") < order.index("counts")
    pair.scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / "related.png"), full_page=True)


def test_a_pair_with_no_related_offense_shows_none(page: Any) -> None:
    """The social-media case of a 15-year-old (a real minor): no attempt line."""
    browser_tests._build_social_media_case(page)
    expect(browser_tests._a2(page).locator(".status")).to_have_text("✔ MET")
    expect(page.locator("#summary .related")).to_have_count(0)


def test_a_1594_conspiracy_shows_after_the_federal_sections(
    page: Any, artifacts: Path, tmp_path: Path
) -> None:
    """Review H4 (session 6): a § 1594 conspiracy's line stood between § 30-52-1's line and
    § 1591's; as in the text summary, a state related offense stays directly under § 30-52-1's
    line and a federal one follows the last law's."""
    act = {
        "id": "rec",
        "actor": "A",
        "person": "J",
        "act": "recruiting",
        "date": "2025-11-02",
        "knowingly": True,
        "will_be_caused_to_engage_in_commercial_sexual_activity": True,
        "agreement": {"with_persons": ["B"], "to_commit_this_act": True},
        "federal": {
            "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
            "as_to_age": {"knew": True},
            "as_to_commercial_sex_act": {"knew": True},
        },
    }
    persons = [{"id": "A"}, {"id": "B"}, {"id": "J", "birth_date": "2008-12-20"}]
    path = tmp_path / "ring.json"
    path.write_text(json.dumps({"persons": persons, "conduct": [act]}))
    page.locator("#import-file").set_input_files(str(path))
    pair = page.locator("#summary .summary-pair[data-pair='A|J']")
    expect(pair.locator(".related")).to_have_count(2)
    order = pair.evaluate(
        "el => [...el.querySelectorAll('.law, .related')]"
        ".map(e => e.dataset.law || e.textContent.slice(0, 40))"
    )
    assert order[0] == "nm_30_52_1"
    assert order[1].startswith("Related offense — conspiracy (NMSA")
    assert order[-1].startswith("Related offense — conspiracy (18 U.S.C.")
    assert order[-2] == "usc_1590"
