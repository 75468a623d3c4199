"""The workbench's "What changed" under the federal sections alone (review I of session 6,
finding 1): an edit that changes § 1591 shows it, with the section's name, where no change was
shown before (the comparison was § 30-52-1's only, and none under ``law=federal``). In
headless Chromium, with the other browser tests' server and page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests import test_workbench_browser as browser_tests
from tests import test_workbench_law as law_tests

base_url = browser_tests.base_url
browser = browser_tests.browser
artifacts = browser_tests.artifacts
page = browser_tests.page
expect = browser_tests.expect


def test_a_federal_change_is_shown_under_the_federal_sections(
    page: Any, tmp_path: Path, artifacts: Path
) -> None:
    law_tests._import(page, tmp_path, law_tests._pattern())
    law_tests._choose(page, "federal")
    expect(page.locator("#changes")).to_be_hidden()  # the laws changed: nothing compared
    with page.expect_response(lambda r: "/workbench/" in r.url):
        page.get_by_role("radiogroup", name="Did D act knowingly?").get_by_label(
            "No", exact=True
        ).check()
    changes = page.locator("#changes")
    expect(changes).to_contain_text("What changed")
    items = changes.locator("li.changed")
    expect(items.filter(has_text="D toward V, 18 U.S.C. § 1591: ")).to_have_count(1)
    expect(items.filter(has_text="D toward V, 18 U.S.C. § 1591(a)(1) minor: ")).to_have_count(1)
    expect(items.filter(has_text="30-52-1")).to_have_count(0)  # not assessed
    # (a)(1) twice and § 1589(a), § 1590(a): four prongs changed, no band fixed
    expect(page.locator("#status-bar .bar-change")).to_contain_text("4 paragraph or grade changes")
    browser_tests._shot(page, artifacts, "40-federal-change")
