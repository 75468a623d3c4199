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


def _memos() -> list[str]:
    """The memo of a case of several acts and laws, printed alone and as the page's body."""
    from datetime import date

    from nm_trafficking.render.memo import fragment

    pattern = nmt.load(ROOT / "examples" / "federal_motel_venture.yaml")
    result = nmt.assess(pattern, today=date(2026, 12, 7))
    return [render(result, pattern=pattern), fragment(result, pattern=pattern)]


def test_every_counts_row_names_its_act() -> None:
    """Review H14: an act's rows shared its Act, Date and Age cells (rowspan), and a row
    carried on to the next page had them empty. Each row has its own, the act's later rows
    marked "again" (muted), its first row "act-first"."""
    for memo in _memos():
        assert "rowspan" not in memo
        tables = re.findall(r'<table class="counts">(.*?)</table>', memo, flags=re.S)
        assert tables
        for table in tables:
            rows = re.findall(r"<tr[^>]*>(.*?)</tr>", table.split("<tbody>", 1)[1], flags=re.S)
            assert len(rows) > 1
            for row in rows:
                cells = re.findall(r"<td[^>]*>(.*?)</td>", row, flags=re.S)
                assert len(cells) == 8, row
                assert all(c.strip() for c in cells[:3]), row
            assert table.count('class="act-first"') < len(rows)


def test_a_section_sign_stays_with_its_number() -> None:
    """Review H14: "NMSA 1978, §" ended a printed line, "30-1-8(B)" began the next."""
    for memo in _memos():
        text = re.sub(r"<[^>]+>", " ", memo)
        assert "§\u00a030-52-1" in text
        assert not re.search(r"§§? \d", text), re.search(r".{20}§§? \d.{10}", text)


def test_the_workbench_memo_is_in_the_memo_s_face() -> None:
    """Review H14: the workbench memo printed in the page's sans-serif, the memo alone in a
    serif face: the page gives the memo the memo's own face."""
    memo_css = (TEMPLATES / "memo.css").read_text(encoding="utf-8")
    face = re.search(r"body \{ font: [^ ]+ ([^;]+);", memo_css)
    assert face is not None
    app = (STATIC / "app.css").read_text(encoding="utf-8")
    assert f".memo {{ font-family: {face.group(1)};" in app
