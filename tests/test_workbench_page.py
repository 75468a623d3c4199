"""The page as a paralegal and a keyboard user meet it (issue 20), in the same headless Chromium
as ``test_workbench_browser.py`` (its server, browser and page fixtures): only the document open
now prints, dates are sent only when complete and refused in words, "nothing more is needed"
only when nothing is open, the status stays in view on a narrow screen, the API docs render,
the focus never falls to the page, and axe-core finds nothing on any view."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests import test_workbench_browser as browser_tests

# the server, the browser and a fresh page, as the other browser tests have them
base_url = browser_tests.base_url
browser = browser_tests.browser
artifacts = browser_tests.artifacts
page = browser_tests.page
expect = browser_tests.expect
_a2 = browser_tests._a2
_build_social_media_case = browser_tests._build_social_media_case
_shot = browser_tests._shot

AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"


def _printed_text(page: Any) -> str:
    """What a print of the page shows now (print.css applied)."""
    page.emulate_media(media="print")
    try:
        return str(page.evaluate("() => document.body.innerText"))
    finally:
        page.emulate_media(media="screen")


def test_only_the_document_open_now_prints(page: Any) -> None:
    """Open the memo, Back, New case, type a title, print: no memo of the previous case."""
    _build_social_media_case(page)
    expect(_a2(page).locator(".status")).to_have_text("✔ MET")
    page.get_by_role("button", name="Memo…").click()
    expect(page.locator("#printable-body")).to_contain_text("D recruited V on 10 March 2018.")
    assert "D recruited V on 10 March 2018." in _printed_text(page)
    page.get_by_role("button", name="Back").click()
    assert "D recruited V" not in _printed_text(page)  # Back closes it for printing too
    page.get_by_role("button", name="New case").click()
    page.get_by_label("Title").fill("Another case")
    printed = _printed_text(page)
    assert "D recruited V" not in printed
    page.emulate_media(media="print")
    hint = page.evaluate(
        "() => getComputedStyle(document.querySelector('main'), '::before').content"
    )
    page.emulate_media(media="screen")
    assert "Open the memo, worksheet or answer key to print it." in hint


def test_the_answer_key_does_not_print_under_the_session(page: Any) -> None:
    page.get_by_role("tab", name="Classroom").click()
    page.get_by_role("button", name="Answer key…").click()
    expect(page.locator("#printable-body")).to_contain_text("Teaching point")
    page.get_by_role("button", name="Back").click()
    page.get_by_role("button", name="Start the session").click()
    expect(page.locator("#case-heading")).to_be_visible()
    assert "Teaching point" not in _printed_text(page)
    # the memo opened from the builder, then the tab changed: nothing left to print either
    page.get_by_role("tab", name="Case builder").click()
    _build_social_media_case(page)
    page.get_by_role("button", name="Memo…").click()
    expect(page.locator("#printable-title")).to_have_text("Memo")
    page.get_by_role("tab", name="Classroom").click()
    assert "Decision aid, not legal advice" not in _printed_text(page)


def _two_persons_and_an_act(page: Any) -> None:
    for pid in ("D", "V"):
        page.get_by_role("button", name="Add a person").click()
        field = page.locator("#persons-list .person").last.get_by_label("Id (initials")
        field.fill(pid)
        field.press("Tab")
    page.get_by_role("button", name="Add an act").click()
    expect(page.get_by_label("Toward whom")).to_have_value("V")


def test_a_date_is_sent_only_when_complete_and_refused_in_words(page: Any) -> None:
    """Typing 10 March 2018 digit by digit passes through the years 0002, 0020, 0201: none is
    sent; a date below the bounds is named beside the field in words, once, and not sent."""
    _two_persons_and_an_act(page)
    expect(page.locator("#summary .summary-pair")).to_have_count(1)
    bodies: list[Any] = []
    statuses: list[int] = []

    def seen(request: Any) -> None:
        if "/api/v1/workbench/" in request.url:
            bodies.append(json.loads(request.post_data or "{}"))

    page.on("request", seen)
    page.on(
        "response",
        lambda r: statuses.append(r.status) if "/api/v1/workbench/" in r.url else None,
    )
    date = page.get_by_label("Date (empty: not known)")
    date.focus()
    with page.expect_response(
        lambda r: "/workbench/" in r.url and "2018-03-10" in (r.request.post_data or "")
    ):
        page.keyboard.type("03102018")
    expect(date).to_have_value("2018-03-10")

    def sent() -> list[Any]:
        return [
            (b.get("changes") or [{}])[0].get("value") or b["pattern"]["conduct"][0].get("date")
            for b in bodies
        ]

    assert sent() == ["2018-03-10"]
    assert 422 not in statuses

    # a complete date out of bounds: said beside the field once its year is whole, never sent
    as_of = page.get_by_label("Assume undated acts happened on (optional)")
    as_of.focus()
    page.keyboard.type("01011700")
    error = page.locator("#as-of-date-error")
    expect(error).to_have_text("the date must be on or after 1850-01-01")
    expect(as_of).to_have_attribute("aria-invalid", "true")
    assert sent() == ["2018-03-10"]
    assert len(bodies) == 1
    assert 422 not in statuses
    assert "datetime" not in (page.locator("body").text_content() or "")
    expect(page.get_by_role("alert")).to_have_count(1)


_NM_FACTS = (
    "means_will_be_used",
    "to_subject_to",
    "benefit",
    "benefit_from",
    "means_was_used",
)


def _import(page: Any, tmp_path: Path, name: str, pattern: dict[str, Any], pairs: int = 1) -> None:
    path = tmp_path / name
    path.write_text(json.dumps({"title": name, **pattern}))
    with page.expect_response(lambda r: "/workbench/evaluate" in r.url):
        page.locator("#import-file").set_input_files(str(path))
    expect(page.get_by_label("Title")).to_have_value(name)
    expect(page.locator("#summary .summary-pair")).to_have_count(pairs)


def test_nothing_more_is_needed_only_when_nothing_is_open(page: Any, tmp_path: Path) -> None:
    questions = page.locator("#questions")
    # persons, no act: no act to answer about, not "nothing more is needed"
    no_act = {"persons": [{"id": "D"}, {"id": "V", "age": 15}]}
    _import(page, tmp_path, "none.json", no_act, pairs=0)
    expect(page.locator("#summary")).to_contain_text("No act is stated yet")
    expect(questions).to_contain_text("No act is stated yet")
    expect(questions).not_to_contain_text("Nothing more is needed")

    # every fact § 30-52-1 tests stated, the federal laws' own facts not: no question the
    # builder asks is open, but the federal prongs are undetermined
    act: dict[str, Any] = {"id": "c1", "actor": "D", "person": "V", "act": "recruiting"}
    act["date"] = "2018-03-10"
    act["knowingly"] = True
    act["will_be_caused_to_engage_in_commercial_sexual_activity"] = True
    for group in _NM_FACTS:
        keys = {
            "means_will_be_used": ("force", "fraud", "coercion"),
            "means_was_used": ("force", "fraud", "coercion"),
            "to_subject_to": ("labor", "services", "commercial_sexual_activity"),
            "benefit": ("financially", "anything_of_value"),
            "benefit_from": ("labor", "services", "commercial_sexual_activity"),
        }[group]
        act[group] = dict.fromkeys(keys, False)
    pattern = {"persons": [{"id": "D"}, {"id": "V", "age": 15}], "conduct": [act]}
    _import(page, tmp_path, "federal-open.json", pattern)
    expect(page.locator("#summary [data-law='usc_1591'] .law-status")).to_contain_text(
        "UNDETERMINED"
    )
    expect(questions).to_contain_text("Still needed")
    expect(questions).not_to_contain_text("Nothing more is needed")

    # nothing open under any law: now it is said
    closed = {"persons": pattern["persons"], "conduct": [{**act, "knowingly": False}]}
    _import(page, tmp_path, "closed.json", closed)
    expect(questions).to_contain_text(
        "Nothing more is needed: every paragraph is met or not met under every law assessed."
    )


def _in_view(page: Any, locator: Any) -> bool:
    box = locator.bounding_box()
    height = page.viewport_size["height"]
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= height


def test_the_status_stays_in_view_on_a_narrow_screen(page: Any, artifacts: Path) -> None:
    """At 1000 px wide or less the assessment is below the form: an edit deep in the form
    still shows the status and what changed, in a bar kept at the top of the window."""
    page.set_viewport_size({"width": 900, "height": 800})
    _build_social_media_case(page)
    expect(_a2(page).locator(".status")).to_have_text("✔ MET")
    knowingly = page.get_by_role("radiogroup", name="Did D act knowingly?")
    knowingly.scroll_into_view_if_needed()
    assert not _in_view(page, page.locator("#summary-heading"))  # the assessment is far below
    knowingly.get_by_label("No", exact=True).check()
    bar = page.locator("#status-bar")
    state = bar.locator("[data-law='nm_30_52_1']")
    expect(state).to_contain_text("NOT MET")
    expect(bar).to_contain_text("Changed: Did D act knowingly? → no")
    expect(bar).to_contain_text("paragraph or grade change")
    assert _in_view(page, bar)
    _shot(page, artifacts, "11-narrow-status-bar")
    bar.get_by_role("link", name="Go to the assessment").click()
    assert _in_view(page, page.locator("#summary-heading"))
    # wide: the assessment column is beside the form, no bar
    page.set_viewport_size({"width": 1400, "height": 1000})
    expect(bar).to_be_hidden()
