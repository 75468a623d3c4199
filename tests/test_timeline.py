"""The timeline (issue 23): acts, ages, texts in force and deadlines on one dated axis.

Checked structurally (the SVG parsed as XML: each act's mark where its date puts it on the
axis, the band edges at the birthdays, a line at each date a text came into force), against
its text equivalent (the table has a row for every thing drawn and says the same), for
escaping and for merging at many acts; on every surface (CLI, memo, notebook, HTTP); and in
Chromium, a screenshot per example in the test artefacts (``$NMT_ARTIFACTS``, default
``tests/artifacts/``, as the browser tests)."""

from __future__ import annotations

import dataclasses
import json
import os
import re
import xml.etree.ElementTree as ET
from datetime import date, timedelta
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml

import nm_trafficking as nmt
from nm_trafficking import statute
from nm_trafficking.reasoning.ages import birth_window
from nm_trafficking.render import timeline
from nm_trafficking.results import DateSpan
from nm_trafficking.statute import ages as age_rule
from nm_trafficking.summary import Summary

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
TODAY = date(2026, 12, 1)
SVG = "{http://www.w3.org/2000/svg}"


def _summary(
    persons: list[dict[str, Any]],
    conduct: list[dict[str, Any]],
    *,
    deadlines: bool = False,
    **kw: Any,
) -> Summary:
    """The summary of a pattern; without its limitation deadlines unless asked (they stretch
    the axis to years after the acts, which the tests of the acts' and birthdays' places do
    not want; the deadlines have their own test)."""
    data = {"persons": [{"id": "D", "roles": ["trafficker"]}, *persons], "conduct": conduct}
    s = nmt.assess(nmt.from_dict(data), today=TODAY, **kw).summary
    if deadlines:
        return s
    return dataclasses.replace(
        s,
        pairs=[
            dataclasses.replace(
                p,
                counts=[
                    dataclasses.replace(
                        c,
                        laws={k: dataclasses.replace(a, deadline=None) for k, a in c.laws.items()},
                    )
                    for c in p.counts
                ],
            )
            for p in s.pairs
        ],
    )


def _act(i: int, day: str | None, verb: str = "recruiting", person: str = "V") -> dict[str, Any]:
    act: dict[str, Any] = {
        "id": f"c{i}",
        "actor": "D",
        "person": person,
        "act": verb,
        "knowingly": True,
        "will_be_caused_to_engage_in_commercial_sexual_activity": True,
    }
    if day is not None:
        act["date"] = day
    return act


def _svg(s: Summary) -> ET.Element:
    svgs = timeline.svgs(s)
    assert len(svgs) == 1
    return ET.fromstring(svgs[0])


def _refs(root: ET.Element, prefix: str) -> dict[str, list[ET.Element]]:
    out: dict[str, list[ET.Element]] = {}
    for e in root.iter():
        ref = e.get("data-ref", "")
        if ref.startswith(prefix):
            out.setdefault(ref, []).append(e)
    return out


def _mark_x(elements: list[ET.Element]) -> float:
    """The x of an act's mark: a circle's centre, or a diamond's or cross's middle."""
    for e in elements:
        if e.tag == SVG + "circle":
            return float(e.get("cx", "nan"))
        if e.tag == SVG + "path":
            xs = [float(v) for v in re.findall(r"[ML](-?[\d.]+),", e.get("d", ""))]
            return (min(xs) + max(xs)) / 2
    raise AssertionError("no mark")


def _fit(points: list[tuple[date, float]]) -> Any:
    """The axis's date-to-x map, from two points (checked on the rest by the caller)."""
    (d0, x0), (d1, x1) = points[0], points[-1]
    per_day = (x1 - x0) / (d1 - d0).days

    def x(day: date) -> float:
        return x0 + (day - d0).days * per_day

    return x


def _rows(html: str) -> dict[str, list[str]]:
    """The text equivalent: each row's cells by its data-ref."""

    class Rows(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.rows: dict[str, list[str]] = {}
            self.ref: str | None = None
            self.cell: list[str] | None = None

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            a = dict(attrs)
            if tag == "tr" and a.get("data-ref"):
                self.ref = a["data-ref"]
                self.rows[self.ref or ""] = []
            elif tag == "td" and self.ref:
                self.cell = []

        def handle_endtag(self, tag: str) -> None:
            if tag == "td" and self.ref and self.cell is not None:
                self.rows[self.ref].append("".join(self.cell))
                self.cell = None
            elif tag == "tr":
                self.ref = None

        def handle_data(self, data: str) -> None:
            if self.cell is not None:
                self.cell.append(data)

    p = Rows()
    p.feed(html)
    return p.rows


# --- what the summary gives the timeline ------------------------------------------------------


def test_the_summary_gives_each_victims_births_and_birthdays_from_the_age_arithmetic() -> None:
    s = _summary(
        [
            {"id": "V", "birth_date": "2004-02-29"},
            {"id": "W", "age": 15, "age_on": "2019-06-01"},
            {"id": "X", "age": 16},
        ],
        [
            _act(1, "2019-03-01"),
            _act(2, "2019-03-02", person="W"),
            _act(3, "2019-03-03", person="X"),
        ],
    )
    births = {b.victim: b for b in s.births}
    assert (births["V"].earliest, births["V"].latest) == (date(2004, 2, 29), date(2004, 2, 29))
    w = birth_window(
        person_id="W",
        birth_date=None,
        age=15,
        age_on_date=date(2019, 6, 1),
        leap_day=age_rule.LEAP_DAY_BIRTHDAY,
    )
    assert w is not None and (births["W"].earliest, births["W"].latest) == (w.earliest, w.latest)
    # a plain age at the one act: born on a day that makes X 16 on 3 March 2019
    x = births["X"]
    assert x.earliest == date(2002, 3, 4) and x.latest == date(2003, 3, 3)
    # the birthdays: one day for a birth date (29 February: the open point gives two days)
    assert births["V"].birthdays["16"] == DateSpan(date(2020, 2, 29), date(2020, 2, 29))
    assert births["V"].birthdays["13"] == DateSpan(date(2017, 2, 28), date(2017, 3, 1))
    assert births["W"].birthdays["18"] == DateSpan(
        date(w.earliest.year + 18, w.earliest.month, w.earliest.day),
        date(w.latest.year + 18, w.latest.month, w.latest.day),
    )


def test_the_summary_gives_each_laws_texts_with_the_day_they_came_into_force() -> None:
    s = _summary([{"id": "V", "birth_date": "2000-01-01"}], [_act(1, "2019-03-01")])
    for law in (statute.NM, *statute.FEDERAL_LAWS):
        days = [t.in_force_from for t in s.texts[law.id]]
        # every text and period but the enactment days of § 1591 (either text applies that day)
        listed = [v for v in law.all_versions if not getattr(v, "enactment_day", False)]
        assert days == [v.in_force_from for v in listed if v.in_force_from > date.min]
    assert [t.in_force_from for t in s.texts["nm_30_52_1"]] == [date(2008, 7, 1)]
    assert {date(2008, 12, 23), date(2015, 5, 29), date(2018, 4, 11)} <= {
        t.in_force_from for t in s.texts["usc_1591"]
    }
    assert list(_summary([{"id": "V", "age": 20}], [_act(1, "2019-03-01")], law="nm").texts) == [
        "nm_30_52_1"
    ]


# --- the picture --------------------------------------------------------------------------------

DAYS = ["2014-06-01", "2016-02-10", "2018-08-20", "2019-01-05"]


def test_each_acts_mark_is_at_its_date_and_each_text_line_at_its_day_in_force() -> None:
    s = _summary(
        [{"id": "V", "birth_date": "2001-05-10"}], [_act(i, d) for i, d in enumerate(DAYS)]
    )
    root = _svg(s)
    acts = _refs(root, "a")
    assert len(acts) == len(DAYS)
    xs = sorted(_mark_x(es) for es in acts.values())
    days = [date.fromisoformat(d) for d in DAYS]
    x = _fit(list(zip(days, xs, strict=True)))
    for d, got in zip(days, xs, strict=True):
        assert got == pytest.approx(x(d), abs=0.6)
    lines = {
        float(e.get("x1", "nan"))
        for es in _refs(root, "t").values()
        for e in es
        if e.tag == SVG + "line"
    }
    federal = {t.in_force_from for t in s.texts["usc_1591"]} | {
        t.in_force_from for law in ("usc_1589", "usc_1590") for t in s.texts[law]
    }
    shown = [d for d in sorted(federal) if days[0] - timedelta(days=200) < d < days[-1]]
    assert date(2015, 5, 29) in shown and date(2018, 4, 11) in shown
    for d in shown:
        assert any(abs(line - x(d)) < 0.6 for line in lines), d
    assert len(lines) == len(shown)


def test_the_band_edges_are_at_the_birthdays_and_blurred_over_an_uncertain_birth() -> None:
    days = [date(2015, 1, 1), date(2021, 1, 1)]
    exact = _summary(
        [{"id": "V", "birth_date": "2002-09-14"}],
        [_act(i, d.isoformat()) for i, d in enumerate(days)],
    )
    root = _svg(exact)
    x = _fit(list(zip(days, sorted(_mark_x(es) for es in _refs(root, "a").values()), strict=True)))
    edges = _refs(root, "b")
    for age in (13, 16, 18):
        birthday = date(2002 + age, 9, 14)
        band = [
            e for e in edges[f"b{age}"] if e.tag == SVG + "line" and not e.get("stroke-dasharray")
        ]
        assert band and float(band[0].get("x1", "nan")) == pytest.approx(x(birthday), abs=0.6)
    # § 1591(b)(1): the 14th birthday, only when § 1591 is assessed
    assert "b14" in edges
    assert "b14" not in _refs(
        _svg(
            _summary(
                [{"id": "V", "birth_date": "2002-09-14"}],
                [_act(0, "2015-01-01"), _act(1, "2021-01-01")],
                law="nm",
            )
        ),
        "b",
    )
    # an age on a date: the edge is a gradient from the first to the last day it can fall on
    fuzzy = _summary(
        [{"id": "V", "age": 14, "age_on": "2017-03-01"}],
        [_act(i, d.isoformat()) for i, d in enumerate(days)],
    )
    root = _svg(fuzzy)
    x = _fit(list(zip(days, sorted(_mark_x(es) for es in _refs(root, "a").values()), strict=True)))
    span = fuzzy.births[0].birthdays["16"]
    assert span.earliest is not None and span.latest is not None and span.earliest < span.latest
    rect = next(e for e in _refs(root, "b")["b16"] if e.tag == SVG + "rect")
    assert rect.get("fill", "").startswith("url(#")
    left, width = float(rect.get("x", "nan")), float(rect.get("width", "nan"))
    assert left == pytest.approx(x(span.earliest), abs=0.6)
    assert left + width == pytest.approx(x(span.latest), abs=0.6)
    gradient_id = rect.get("fill", "")[5:-1]
    assert root.find(f".//{SVG}linearGradient[@id='{gradient_id}']") is not None


def test_a_birthday_near_an_act_is_marked_and_an_undated_act_is_a_bar_over_its_window() -> None:
    s = _summary(
        [{"id": "V", "birth_date": "2002-09-14"}],
        [_act(0, "2020-09-10"), _act(1, None, "harboring"), _act(2, "2019-01-01")],
    )
    root = _svg(s)
    marked = [e for e in _refs(root, "b")["b18"] if e.get("stroke-dasharray") == "5 3"]
    assert marked, "the 18th birthday, four days after an act, is marked"
    assert "b16" not in _refs(root, "b") or not [
        e for e in _refs(root, "b")["b16"] if e.get("stroke-dasharray") == "5 3"
    ]
    undated = next(c for c in s.pairs[0].counts if c.conduct == "c1")
    assert undated.possible_dates is not None
    bars = [
        e
        for es in _refs(root, "a").values()
        for e in es
        if e.tag == SVG + "rect" and "hatch" in e.get("fill", "")
    ]
    assert len(bars) == len(s.laws)  # one row per law
    assert all("harboring" in (e.findtext(SVG + "title") or "") for e in bars)


def test_the_status_is_said_in_words_and_by_shape_never_by_colour_alone() -> None:
    s = _summary([{"id": "V", "birth_date": "2002-09-14"}], [_act(0, "2018-03-10")])
    root = _svg(s)
    marks = [e for es in _refs(root, "a").values() for e in es if e.tag != SVG + "text"]
    shapes: dict[str, str] = {}
    for e in marks:
        title = e.findtext(SVG + "title") or ""
        for status in ("undetermined", "not met", "met"):
            if title.endswith(" " + status):
                shapes.setdefault(status, e.tag + e.get("fill", ""))
    assert len(set(shapes.values())) == len(shapes)  # one shape per status
    words_ = {t.text for t in root.iter(SVG + "text")}
    for under in s.pairs[0].counts[0].laws.values():
        assert {"met": "met", "not_met": "not met", "undetermined": "undetermined"}[
            under.status
        ] in words_
    legend = " ".join(w or "" for w in words_)
    for shape in ("filled circle", "hollow diamond", "cross"):
        assert shape in legend


def test_the_table_says_what_the_picture_shows() -> None:
    said = {"met": "met", "not_met": "not met", "undetermined": "undetermined"}
    for path in EXAMPLES:
        a = nmt.assess(nmt.load(path), today=TODAY)
        html = str(timeline.html(a.summary))
        figures = html.split("<figure")[1:]
        assert len(figures) == len({p.victim for p in a.summary.pairs})
        rows: dict[str, list[str]] = {}
        for figure in figures:
            picture, table = figure.split("<table", 1)
            drawn = set(re.findall(r'data-ref="([abtd]\d+)"', picture))
            assert set(_rows(table)) == drawn, path.name
            rows.update(_rows(table))
        for pair in a.summary.pairs:
            for c in pair.counts:
                row = next(r for r in rows.values() if r[1] == f"{pair.defendant}: {c.name}")
                for law, under in c.laws.items():
                    assert f"{statute_short(law)}: {said[under.status]}" in row[2], path.name
                    assert f"under {statute_short(law)} {said[under.status]}" in picture_titles(
                        html, row
                    )
                assert row[3] == (c.victim_age or "not known")


def picture_titles(html: str, row: list[str]) -> str:
    """The tooltips of the marks of the act a table row describes."""
    return " ".join(t for t in re.findall(r"<title>([^<]*)</title>", html) if row[1] in t)


def statute_short(law_id: str) -> str:
    from nm_trafficking import words

    return words.law_short(words.law(law_id))


def test_a_deadline_is_drawn_when_the_summary_gives_one_and_skipped_otherwise() -> None:
    given = _summary(
        [{"id": "V", "birth_date": "2002-09-14"}], [_act(0, "2018-03-10")], deadlines=True
    )
    # The summary computes the limitation periods; years after the act they are off the axis
    # (which they do not stretch): said in a caption, not drawn.
    assert not _refs(_svg(given), "d")
    said = str(timeline.html(given))
    assert "Limitation periods ending after the last date shown" in said
    # 10 March 2024 is before the day of the assessment (TODAY): passed, as the text says
    assert "under § 30-52-1 on 10 March 2024 (the recruiting of 10 March 2018; passed)" in said
    c = given.pairs[0].counts[0]
    none = {k: dataclasses.replace(a, deadline=None) for k, a in c.laws.items()}
    s = dataclasses.replace(
        given,
        pairs=[dataclasses.replace(given.pairs[0], counts=[dataclasses.replace(c, laws=none)])],
    )
    assert not _refs(_svg(s), "d")  # none given: none drawn or said
    assert "Limitation periods ending" not in str(timeline.html(s))
    c = s.pairs[0].counts[0]
    laws = dict(c.laws)
    laws["nm_30_52_1"] = dataclasses.replace(laws["nm_30_52_1"], deadline=date(2018, 3, 20))
    pair = dataclasses.replace(s.pairs[0], counts=[dataclasses.replace(c, laws=laws)])
    with_deadline = dataclasses.replace(s, pairs=[pair])
    root = _svg(with_deadline)
    flags = _refs(root, "d")
    assert len(flags) == 1  # on the axis: drawn
    html = str(timeline.html(with_deadline))
    assert "limitation period under § 30-52-1 ends" in html and "20 March 2018" in html


def test_caller_text_is_escaped() -> None:
    s = _summary([{"id": "V", "birth_date": "2002-09-14"}], [_act(0, "2018-03-10")])
    hostile = 'V</text><script>alert(1)</script>&"\x1b'
    pair = dataclasses.replace(s.pairs[0], victim=hostile, defendant=hostile + "D")
    birth = dataclasses.replace(s.births[0], victim=hostile, basis=hostile)
    bad = dataclasses.replace(s, pairs=[pair], births=[birth])
    for text in (*timeline.svgs(bad), timeline.document(bad)):
        root = ET.fromstring(text.encode("utf-8"))  # well-formed: nothing broke out
        assert not list(root.iter(SVG + "script")) and not list(root.iter("script"))
        assert "\x1b" not in text and "\\x1b" in text
    html = str(timeline.html(bad))
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_many_acts_are_merged_where_they_would_overlap_and_every_act_is_counted() -> None:
    n = 400
    start = date(2019, 3, 3)
    acts = [_act(i, (start + timedelta(days=i % 67)).isoformat()) for i in range(n)]
    s = _summary([{"id": "V", "birth_date": "2002-09-14"}], acts)
    root = _svg(s)
    marks = _refs(root, "a")
    assert 1 < len(marks) < 40
    labels = [t.text or "" for t in root.iter(SVG + "text") if (t.get("data-ref") or "") in marks]
    merged = [int(m.group(1)) for t in labels if (m := re.match(r"(\d+) acts$", t))]
    singles = sum(1 for t in labels if t == "recruiting")
    assert sum(merged) + singles == n
    assert any(
        re.fullmatch(r"\d+ [A-Z][a-z]{2}–\d+ [A-Z][a-z]{2} 2019|\d+–\d+ [A-Z][a-z]{2} 2019", t)
        for t in labels
    )
    # the table counts every act once
    rows = _rows(str(timeline.html(s)))
    counted = [re.search(r": (\d+) acts merged", r[1]) for ref, r in rows.items() if ref[0] == "a"]
    assert sum(int(m.group(1)) if m else 1 for m in counted) == n


# --- the surfaces ---------------------------------------------------------------------------------


def test_the_cli_writes_one_patterns_timeline_as_an_svg_document(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from nm_trafficking.cli import EXIT_BAD_INPUT, main

    path = str(ROOT / "examples" / "a2_social_media_12.yaml")
    assert main(["assess", path, "--format", "timeline-svg", "--today", "2026-12-01"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("<?xml")
    root = ET.fromstring(out.encode("utf-8"))
    assert root.tag == SVG + "svg" and _refs(root, "a")
    assert main(["assess", path, path, "--format", "timeline-svg"]) == EXIT_BAD_INPUT


def test_the_memo_and_the_notebook_show_the_timeline_after_the_summary() -> None:
    from nm_trafficking.render.html import render_html
    from nm_trafficking.render.memo import render

    a = nmt.assess(nmt.load(ROOT / "examples" / "a2_social_media_15.yaml"), today=TODAY)
    memo = render(a)
    assert (
        memo.index("2. Counts")
        < memo.index('<figure class="timeline">')
        < memo.index("3. The facts")
    )
    assert "timeline-table" in memo
    nb = render_html(a)
    assert nb.index("nmt-timeline") > nb.index("Assessed on")
    assert nb.index("nmt-timeline") < nb.index("Elements, counts")


def test_the_http_route_answers_the_svg_for_a_posted_or_linked_pattern() -> None:
    from fastapi.testclient import TestClient

    from nm_trafficking.workbench import create_app

    client = TestClient(create_app())
    data = json.loads(
        json.dumps(
            yaml.safe_load((ROOT / "examples" / "a2_social_media_15.yaml").read_text()), default=str
        )
    )
    r = client.post("/api/v1/timeline", json=data, params={"today": "2026-12-01"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("image/svg+xml")
    posted = r.text
    assert _refs(ET.fromstring(r.content), "a")
    r = client.get("/api/v1/timeline", params={"pattern": json.dumps(data), "today": "2026-12-01"})
    assert r.status_code == 200 and r.text == posted
    assert client.get("/api/v1/timeline", params={"pattern": "{"}).status_code == 422
    r = client.post("/api/v1/timeline", json=data, params={"law": "state"})
    assert r.status_code == 422 and "law" in r.text
    r = client.post("/api/v1/timeline", json=data, params={"today": "yesterday"})
    assert r.status_code == 422 and "today" in r.text


# --- in Chromium ----------------------------------------------------------------------------------

CHROMIUM = os.environ.get("NMT_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(os.environ.get("NMT_ARTIFACTS") or Path(__file__).resolve().parent / "artifacts")


def test_every_example_timeline_in_chromium(tmp_path: Path) -> None:
    """A screenshot of each example's timeline (the memo's figure, printable) in the
    artefacts; each picture is laid out at its size and no mark falls outside it."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing")
        pytest.skip(f"{CHROMIUM} is not installed")
    sync_api = pytest.importorskip("playwright.sync_api")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    if not (ARTIFACTS / ".gitignore").exists():
        (ARTIFACTS / ".gitignore").write_text("*\n")
    from nm_trafficking.render.memo import environment

    css = environment().loader.get_source(environment(), "memo.css")[0]  # type: ignore[union-attr]
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"]
        )
        page = browser.new_page(viewport={"width": 1100, "height": 900})
        for path in EXAMPLES:
            a = nmt.assess(nmt.load(path), today=TODAY)
            doc = tmp_path / f"{path.stem}.html"
            doc.write_text(
                f"<!doctype html><meta charset=utf-8><style>{css}</style>"
                f'<body><article class="memo">{timeline.html(a.summary)}</article>',
                encoding="utf-8",
            )
            page.goto(doc.as_uri())
            figures = page.locator("figure.timeline")
            assert figures.count() == len({p.victim for p in a.summary.pairs})
            for i in range(figures.count()):
                svg = figures.nth(i).locator("svg")
                box = svg.bounding_box()
                assert box is not None and box["width"] > 600 and box["height"] > 150
                outside = svg.evaluate(
                    "s => { const b = s.viewBox.baseVal; return [...s.querySelectorAll("
                    "'[data-ref]')].filter(e => { const r = e.getBBox(); return r.x < -1 || "
                    "r.x + r.width > b.width + 1 || r.y + r.height > b.height + 1; }).length; }"
                )
                assert outside == 0, path.name
            page.screenshot(path=str(ARTIFACTS / f"timeline-{path.stem}.png"), full_page=True)
        browser.close()


def test_the_words_name_the_birthdays_and_texts_beyond_the_axis() -> None:
    s = _summary(
        [{"id": "V", "birth_date": "2002-09-14"}], [_act(0, "2016-01-10"), _act(1, "2017-01-10")]
    )
    rows = _rows(str(timeline.html(s)))
    assert rows["b14"][0] == "14 September 2016"
    assert "14th birthday" in rows["b14"][1]
    before = nmt.assess(nmt.load(ROOT / "examples" / "before_2008.yaml"), today=TODAY)
    html = str(timeline.html(before.summary))
    assert "Came into force after the last date shown: NMSA 1978, § 30-52-1 (2008)" in html
    assert "(on 1 July 2008)" in html
    assert "15th" not in html and "16th birthday comes after the last date shown" in html


def test_a_dated_acts_mark_does_not_say_its_date_twice() -> None:
    """Review A3: "D1: the recruiting of 1 October 2024, 1 October 2024: under § 30-52-1 met".
    One dated act's name gives its date; an undated act's mark still says when."""
    s = _summary([{"id": "V", "age": 15}], [_act(1, "2024-10-01"), _act(2, None)], law="nm")
    titles = [t.text or "" for t in _svg(s).iter("{http://www.w3.org/2000/svg}title")]
    dated = [t for t in titles if t.startswith("D: the recruiting of 1 October 2024")]
    assert dated and all(
        t.startswith("D: the recruiting of 1 October 2024: under ") for t in dated
    ), dated
    undated = [t for t in titles if t.startswith("D: the undated recruiting")]
    assert undated and all(", not stated: between " in t for t in undated), undated


def test_a_caption_says_each_thing_once() -> None:
    """Review H13: the 2008 window of the three federal sections was said three times
    ("Came into force after the last date shown: 23 December 2008 to 31 December 2009: the
    2008 Act's effective date is UNVERIFIED (on 23 December 2008); ..."), and the periods
    ending after the last date shown once per defendant."""
    persons = [{"id": "K", "birth_date": "1992-07-15"}, {"id": "E"}]
    acts = [
        _act(0, "2008-06-30", "transporting", "K"),
        _act(1, "2008-07-01", "transporting", "K"),
        {**_act(2, "2008-07-15", person="K"), "actor": "E"},
    ]
    given = _summary(persons, acts, deadlines=True)
    given = dataclasses.replace(given, pairs=[p for p in given.pairs if p.victim == "K"])
    caps = [c for p in timeline.pictures(given) for c in p.captions]
    after = next(c for c in caps if c.startswith("Came into force after the last date shown"))
    assert after.count("23 December 2008 to 31 December 2009") == 2, after
    assert "§ 1591 and § 1590: the 2008 Act's effective date is UNVERIFIED" in after
    assert "§ 1589: the 2008 rewrite's effective date is UNVERIFIED" in after
    before = next(c for c in caps if c.startswith("In force before the first date shown"))
    assert "28 October 2000 to 22 December 2008, § 1591 and § 1590: no version encoded" in before
    ending = [c for c in caps if c.startswith("Limitation periods ending")]
    assert len(ending) == 1, ending
    assert ending[0].startswith(
        "Limitation periods ending after the last date shown (dated warnings, unless tolled): D: "
    )
    assert (
        ". E: under § 30-52-1 on 15 July 2013 (the recruiting of 15 July 2008; passed)"
        in (ending[0])
    )


def test_an_acts_label_is_not_crossed_by_a_line() -> None:
    """Review H15: the "30 Jun 2008" of an act the day before § 30-52-1 came into force was
    crossed by that text's line: each act's label has a white outline under its letters."""
    given = _summary(
        [{"id": "V", "birth_date": "1992-07-15"}],
        [_act(0, "2008-06-30", "transporting"), _act(1, "2008-07-01", "transporting")],
    )
    root = _svg(given)
    labels = [t for t in root.iter(f"{SVG}text") if t.get("data-ref", "").startswith("a")]
    assert labels
    for t in labels:
        assert t.get("stroke") == "#fff" and t.get("paint-order") == "stroke", t.text
