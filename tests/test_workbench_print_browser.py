"""The memo's counts table prints alike from the workbench and alone (``--format memo``): one
set of rules (``render/templates/memo_counts.css``, tests/test_workbench_print_rules.py), read
in Chromium as the computed styles of the printed table. Only the type face and the page's
width differ (the page prints in its own face; the memo alone in Georgia)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import nm_trafficking as nmt
from nm_trafficking.render.memo import render
from nm_trafficking.workbench.words import plain_pattern
from tests import test_workbench_browser as browser_tests

base_url = browser_tests.base_url
browser = browser_tests.browser
artifacts = browser_tests.artifacts
page = browser_tests.page
expect = browser_tests.expect
_shot = browser_tests._shot

ROOT = Path(__file__).resolve().parents[1]
PROPS = (
    "border-collapse",
    "table-layout",
    "font-size",
    "font-stretch",
    "line-height",
    "margin-top",
    "margin-bottom",
    "padding-left",
    "padding-top",
    "text-align",
    "vertical-align",
    "overflow-wrap",
    "border-top-width",
    "border-top-style",
    "border-top-color",
    "white-space",
    "break-inside",
    "display",
)
STYLES = """(props) => {
  const t = document.querySelector("table.counts");
  const pick = (el) =>
    Object.fromEntries(props.map((p) => [p, getComputedStyle(el).getPropertyValue(p)]));
  const width = t.getBoundingClientRect().width;
  return {
    table: pick(t),
    thead: pick(t.querySelector("thead")),
    th: pick(t.querySelector("th")),
    td: pick(t.querySelector("td:not([rowspan])")),
    law: pick(t.querySelector("td.law")),
    // each column's share of the table, in per cent
    cols: [...t.querySelectorAll("col")].map((c) =>
      [c.className, Math.round((100 * c.getBoundingClientRect().width) / width)]),
  };
}"""


def test_the_counts_print_alike_from_the_page_and_alone(
    page: Any, browser: Any, tmp_path: Path, artifacts: Path
) -> None:
    pattern = nmt.load(ROOT / "examples" / "a2_social_media_15.yaml")
    alone = browser.new_page()
    alone.set_content(render(nmt.assess(pattern), pattern=pattern))
    alone.emulate_media(media="print")
    expected = alone.evaluate(STYLES, list(PROPS))
    alone.close()

    path = tmp_path / "case.json"
    path.write_text(json.dumps(plain_pattern(pattern)))
    with page.expect_response(lambda r: "/workbench/evaluate" in r.url):
        page.locator("#import-file").set_input_files(str(path))
    page.get_by_role("button", name="Memo…").click()
    expect(page.locator("#printable-body table.counts")).to_be_visible()
    page.emulate_media(media="print")
    printed = page.evaluate(STYLES, list(PROPS))
    assert printed == expected, (str(printed["cols"]), str(expected["cols"]))
    assert all(width > 0 for _, width in printed["cols"]), printed["cols"]  # none collapsed
    assert expected["table"]["table-layout"] == "fixed"
    assert expected["th"]["border-top-color"] == "rgb(0, 0, 0)"  # black on white
    assert [c for c, _ in expected["cols"]][:2] == ["act", "date"]
    page.emulate_media(media="screen")
