"""The memo's counts-table print rules have one source: ``render/templates/memo_counts.css``.
The memo printed alone (``--format memo``) includes the file; the workbench serves the same file
and its page links it for print, so the page's ``print.css`` writes none of them again (it
used to hold a copy, which could drift from the memo's). How the two print is checked in
Chromium (tests/test_workbench_print_browser.py, tests/test_memo_print_layout.py)."""

from __future__ import annotations

import re
from importlib.resources import files
from pathlib import Path

from fastapi.testclient import TestClient

import nm_trafficking as nmt
from nm_trafficking.render.memo import render
from nm_trafficking.workbench import create_app

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = Path(str(files("nm_trafficking.render").joinpath("templates")))
STATIC = Path(str(files("nm_trafficking.workbench").joinpath("static")))
SHARED = TEMPLATES / "memo_counts.css"


def _rules(css: str) -> list[str]:
    """The rules of a style sheet (comments left out), each on one line."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    return [" ".join(r.split()) + "}" for r in css.split("}") if r.strip()]


def test_the_counts_rules_stand_in_one_file() -> None:
    shared = _rules(SHARED.read_text(encoding="utf-8"))
    assert shared and all(r.startswith(".memo table.counts") for r in shared)
    for sheet in (STATIC / "print.css", STATIC / "app.css", TEMPLATES / "memo.css"):
        text = sheet.read_text(encoding="utf-8")
        printed = [r for r in _rules(text) if "table.counts" in r]
        # app.css styles the memo on screen (every medium); it says nothing the print sheets
        # would be drifting from: no column widths, no page breaks
        if sheet.name == "app.css":
            assert not [r for r in printed if "col." in r or "break-" in r], printed
        else:
            assert printed == [], (sheet.name, printed)


def test_the_memo_printed_alone_includes_them() -> None:
    pattern = nmt.load(ROOT / "examples" / "a2_social_media_15.yaml")
    memo = render(nmt.assess(pattern), pattern=pattern)
    style = memo.split("<style>", 1)[1].split("</style>", 1)[0]
    assert SHARED.read_text(encoding="utf-8").strip() in style
    assert '<table class="counts"' in memo


def test_the_page_links_the_same_file_for_print() -> None:
    client = TestClient(create_app())
    page = client.get("/").text
    links = re.findall(r'<link rel="stylesheet" href="([^"]+)"(?: media="([^"]+)")?>', page)
    assert ("/static/memo_counts.css", "print") in links
    # before print.css: the page's own print rules come after the memo's
    hrefs = [href for href, _ in links]
    assert hrefs.index("/static/memo_counts.css") < hrefs.index("/static/print.css")
    served = client.get("/static/memo_counts.css")
    assert served.status_code == 200
    assert served.headers["content-type"].startswith("text/css")
    assert served.content == SHARED.read_bytes()
