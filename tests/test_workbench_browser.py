"""The browser app in a real headless Chromium (Debian's ``chromium`` package, driven by
Playwright's sync API): build the social-media case of a 15-year-old by clicking, see (A)(2)
met and the grade, flip "knowingly" and see what changed, export and re-import, print the
memo, and run a classroom of three questions to the score.

Screenshots are saved as test artefacts in ``$NMT_ARTIFACTS`` (default ``tests/artifacts/``,
ignored by git). The tests skip, saying why, only when ``/usr/bin/chromium`` is absent outside
CI; ``.ci/run`` installs it, and in CI its absence is a failure."""

from __future__ import annotations

import contextlib
import csv
import io
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = os.environ.get("NMT_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(os.environ.get("NMT_ARTIFACTS") or Path(__file__).resolve().parent / "artifacts")

if not Path(CHROMIUM).exists():
    if os.environ.get("CI"):
        pytest.fail(f"{CHROMIUM} is missing: .ci/run installs Debian's chromium", pytrace=False)
    pytest.skip(
        f"{CHROMIUM} is not installed (apt-get install -y chromium chromium-driver)",
        allow_module_level=True,
    )

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the test extra")
Page = sync_api.Page
expect = sync_api.expect


@contextlib.contextmanager
def served() -> Iterator[str]:
    """The workbench on a free loopback port, served by uvicorn in a thread, for the time of
    the ``with`` block (the browser tests' server, here and in ``tests/amendment``)."""
    import uvicorn

    from nm_trafficking.workbench import create_app

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    app = create_app(allowed_hosts=["127.0.0.1", "localhost"])
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 20
        while not server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("the workbench did not start")
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    """The workbench on a free loopback port, served by uvicorn in a thread."""
    with served() as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's Chromium, headless; Playwright starts it with a fresh profile directory of
    its own (the ``--user-data-dir`` of a clean first run) and removes it afterwards."""
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    ignore = ARTIFACTS / ".gitignore"
    if not ignore.exists():
        ignore.write_text("*\n")
    return ARTIFACTS


@pytest.fixture
def page(browser: Any, base_url: str) -> Iterator[Any]:
    context = browser.new_context(
        viewport={"width": 1400, "height": 1000}, accept_downloads=True, base_url=base_url
    )
    pg = context.new_page()
    problems: list[str] = []
    pg.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    pg.on(
        "console",
        lambda msg: (
            problems.append(f"console {msg.type}: {msg.text}")
            if msg.type in ("error", "warning") and "status of 422" not in msg.text  # bad input
            else None
        ),
    )
    pg.on(
        "request",
        lambda req: (
            problems.append(f"off-machine request: {req.url}")
            if not req.url.startswith((base_url, "data:", "blob:"))
            else None
        ),
    )
    pg.goto("/")
    pg.wait_for_selector("body[data-ready=true]")
    yield pg
    context.close()
    assert problems == []


def _shot(page: Any, artifacts: Path, name: str, *, full: bool = False) -> None:
    page.screenshot(path=str(artifacts / f"{name}.png"), full_page=full)


def _build_social_media_case(page: Any) -> None:
    page.get_by_label("Title").fill("Social-media recruitment of a 15-year-old")
    page.get_by_role("button", name="Add a person").click()
    page.locator("#p0-id").fill("D")
    page.locator("#p0-id").press("Tab")
    page.get_by_role("checkbox", name="recruiter").first.check()
    page.get_by_role("checkbox", name="trafficker").first.check()
    page.get_by_role("button", name="Add a person").click()
    page.locator("#p1-id").fill("V")
    page.locator("#p1-id").press("Tab")
    page.locator("#p1-role-victim").check()
    page.locator("#p1-agemode").select_option("birth")
    page.get_by_label("Date of birth").fill("2002-09-14")
    page.get_by_role("button", name="Add an act").click()
    page.get_by_label("Act id").fill("recruit")
    page.get_by_label("Act id").press("Tab")
    expect(page.get_by_label("Who acted")).to_have_value("D")
    expect(page.get_by_label("Toward whom")).to_have_value("V")
    page.get_by_label("What was done", exact=True).select_option("recruiting")
    page.get_by_label("Date (empty: not known)").fill("2018-03-10")
    page.get_by_role("radiogroup", name="Did D act knowingly?").get_by_label(
        "Yes", exact=True
    ).check()
    page.get_by_role(
        "radiogroup",
        name="Did D intend or know that V would be caused to engage in commercial sexual activity?",
    ).get_by_label("Yes", exact=True).check()


def _a2(page: Any) -> Any:
    return page.locator("#summary [data-citation='30-52-1(A)(2)']")


def _state_grade(page: Any) -> Any:
    return page.locator("#summary .law[data-law='nm_30_52_1'] .grade")


def _answers(page: Any, path: str) -> list[Any]:
    """Every response from the API route ``path`` the page receives from now on."""
    seen: list[Any] = []
    page.on("response", lambda r: seen.append(r) if f"/api/v1{path}" in r.url else None)
    return seen


def test_build_the_case_by_clicking_flip_knowingly_and_undo(page: Any, artifacts: Path) -> None:
    _build_social_media_case(page)
    expect(_a2(page)).to_contain_text("MET")
    expect(_a2(page).locator(".status")).to_have_text("✔ MET")
    expect(_state_grade(page)).to_contain_text("second degree felony (basic sentence 9 years")
    # what separates the state and federal laws here (collapsed)
    side = page.locator("#summary .side-by-side")
    side.locator("summary").click()
    expect(side).to_contain_text("§ 1591")
    side.locator("summary").click()
    # what is still needed: (A)(1)'s open facts, optional since (A)(2) is met
    expect(page.locator("#questions .question").first).to_contain_text(
        "intent or knowledge that force, fraud or coercion will be used"
    )
    page.locator("#acts-heading").scroll_into_view_if_needed()
    page.evaluate("window.scrollBy(0, -8)")
    _shot(page, artifacts, "01-case-built")
    _shot(page, artifacts, "01-case-built-full", full=True)

    page.get_by_role("radiogroup", name="Did D act knowingly?").get_by_label(
        "No", exact=True
    ).check()
    expect(_a2(page).locator(".status")).to_have_text("✘ NOT MET")
    expect(_a2(page)).to_contain_text("changed: was met")
    changes = page.locator("#changes")
    expect(changes).to_contain_text("What changed")
    expect(changes).to_contain_text("(A)(2)")
    expect(changes).to_contain_text("done knowingly")
    # the grade in the screen's own words, before and after (review H, finding 11)
    expect(changes).to_contain_text(
        "second degree felony (basic sentence 9 years [S]) → no grade: no act meets"
    )
    expect(_state_grade(page)).to_contain_text("no grade")
    _shot(page, artifacts, "02-knowingly-flipped")

    changes.get_by_role("button", name="Undo this change").click()
    expect(_a2(page).locator(".status")).to_have_text("✔ MET")
    expect(
        page.get_by_role("radiogroup", name="Did D act knowingly?").get_by_label("Yes", exact=True)
    ).to_be_checked()


def test_the_summary_shows_first(page: Any, artifacts: Path) -> None:
    """The assessment panel shows the summary the server sent (detail summary), word for word:
    each law's name and status, its paragraphs, its grade in words; each count by its verb
    and date; what is still needed; the notes, each once. No element tree until asked."""
    answers = _answers(page, "/workbench/")
    _build_social_media_case(page)
    expect(_a2(page).locator(".status")).to_have_text("✔ MET")
    last = answers[-1]
    assert "detail=summary" in last.url
    summary = last.json()["assessment"]["summary"]
    results = page.locator("#results > section:visible")
    assert results.first.get_attribute("aria-labelledby") == "summary-heading"
    (pair,) = summary["pairs"]
    shown = page.locator(f"#summary [data-pair='{pair['defendant']}|{pair['victim']}']")
    laws = shown.locator(".law")
    expect(laws).to_have_count(len(pair["laws"]))
    for i, law in enumerate(pair["laws"]):
        row = laws.nth(i)
        assert row.get_attribute("data-law") == law["law"]
        expect(row.locator(".law-status")).to_contain_text(law["name"])
        expect(row.locator(".grade")).to_contain_text(law["grading"]["words"])
        for citation in law["paragraphs"]:
            expect(row.locator(f"[data-citation='{citation}'] .status")).to_have_count(1)
    counts = shown.locator(".counts")
    counts.locator("summary").click()
    for count in pair["counts"]:
        act = counts.locator(f"[data-conduct='{count['conduct']}']")
        expect(act).to_contain_text(count["name"])
        for law in count["laws"].values():
            expect(act).to_contain_text(f"{law['text']}: ")
            expect(act).to_contain_text(law["words"])
    needed = page.locator("#summary .needed li")
    expect(needed).to_have_count(len(summary["needed"]))
    for i, q in enumerate(summary["needed"]):
        expect(needed.nth(i)).to_contain_text(q["text"])
        if q["kind"] == "point_of_law":
            expect(needed.nth(i)).to_contain_text("[point of law]")
    notes = page.locator("#summary .notes > ul > li")
    titles = list(dict.fromkeys(note["title"] for note in summary["notes"]))  # each title once
    expect(notes).to_have_count(len(titles))
    text = page.locator("#summary").text_content() or ""
    for i, title in enumerate(titles):
        expect(notes.nth(i).locator("b")).to_have_text(title)
    assert "undefined" not in text
    expect(page.locator("#tree .paragraph")).to_have_count(0)
    expect(page.get_by_role("button", name="Show elements")).to_be_enabled()
    _shot(page, artifacts, "05-summary-first", full=True)


def test_elements_open_on_request(page: Any, artifacts: Path) -> None:
    """ "Show elements" fetches the assessment at detail elements and shows each paragraph's
    elements from it; an edit keeps them up to date; "Hide elements" closes them."""
    _build_social_media_case(page)
    expect(_a2(page).locator(".status")).to_have_text("✔ MET")
    answers = _answers(page, "/assess")
    page.get_by_role("button", name="Show elements").click()
    a2 = page.locator("#tree [data-law='nm_30_52_1'] [data-citation='30-52-1(A)(2)']")
    expect(a2.locator(".element").first).to_be_visible()
    (asked,) = answers
    assert "detail=elements" in asked.url
    doc = asked.json()
    assert doc["detail"] == "elements"
    (state,) = [law for law in doc["elements"][0]["laws"] if law["law"] == "nm_30_52_1"]
    (paragraph,) = [p for p in state["paragraphs"] if p["citation"] == "30-52-1(A)(2)"]
    elements = a2.locator(".element")
    expect(elements).to_have_count(len(paragraph["elements"]))
    for i, e in enumerate(paragraph["elements"]):
        expect(elements.nth(i).locator("summary")).to_contain_text(e["label"])
    _shot(page, artifacts, "06-elements-on-request")
    page.get_by_role("radiogroup", name="Did D act knowingly?").get_by_label(
        "No", exact=True
    ).check()
    expect(a2.locator("summary").first).to_contain_text("NOT MET")  # refreshed with the edit
    assert len(answers) == 2 and "detail=elements" in answers[1].url
    page.get_by_role("button", name="Hide elements").click()
    expect(page.locator("#tree .paragraph")).to_have_count(0)


def test_answer_a_question_from_what_is_still_needed(page: Any, artifacts: Path) -> None:
    _build_social_media_case(page)
    page.get_by_role("radiogroup", name="Did D act knowingly?").get_by_label("Unknown").check()
    expect(_a2(page).locator(".status")).to_have_text("? UNDETERMINED")
    question = page.locator("#questions .question[data-question='recruit:knowingly']")
    expect(question).to_contain_text("done knowingly")
    expect(question).to_contain_text("knowingly")  # the statute's words beside it
    _shot(page, artifacts, "03-still-needed")
    question.get_by_role("button", name="Yes").click()
    expect(_a2(page).locator(".status")).to_have_text("✔ MET")
    expect(
        page.get_by_role("radiogroup", name="Did D act knowingly?").get_by_label("Yes", exact=True)
    ).to_be_checked()


def test_export_and_reimport(page: Any, artifacts: Path, tmp_path: Path) -> None:
    _build_social_media_case(page)
    expect(_a2(page).locator(".status")).to_have_text("✔ MET")
    saved = {}
    for fmt, button in (("json", "Export JSON"), ("yaml", "Export YAML")):
        with page.expect_download() as info:
            page.get_by_role("button", name=button).click()
        download = info.value
        path = tmp_path / download.suggested_filename
        download.save_as(path)
        saved[fmt] = path
    assert saved["json"].name == "social-media-recruitment-of-a-15-year-old.json"
    shutil.copy(saved["yaml"], artifacts / "exported-case.yaml")
    import nm_trafficking as nmt

    assert nmt.load(saved["json"]) == nmt.load(saved["yaml"])
    assert nmt.load(saved["yaml"]).conduct[0].knowingly is nmt.Truth.TRUE

    for fmt in ("yaml", "json"):
        page.get_by_role("button", name="New case").click()
        expect(page.locator("#summary")).to_contain_text("Add the persons involved")
        page.locator("#import-file").set_input_files(str(saved[fmt]))
        expect(_a2(page).locator(".status")).to_have_text("✔ MET")
        expect(page.get_by_label("Title")).to_have_value(
            "Social-media recruitment of a 15-year-old"
        )
        expect(page.get_by_label("Date of birth")).to_have_value("2002-09-14")
        expect(
            page.get_by_role("radiogroup", name="Did D act knowingly?").get_by_label(
                "Yes", exact=True
            )
        ).to_be_checked()
    _shot(page, artifacts, "04-reimported")

    bad = tmp_path / "bad.yaml"
    bad.write_text("persons: [{id: D, age: old}]\n")
    page.locator("#import-file").set_input_files(str(bad))
    expect(page.locator("#builder-status")).to_contain_text("persons[0].age")


def test_memo_prints_the_facts_in_words(page: Any, artifacts: Path) -> None:
    _build_social_media_case(page)
    expect(_a2(page).locator(".status")).to_have_text("✔ MET")
    page.get_by_role("button", name="Memo…").click()
    memo = page.locator("#printable-body")
    expect(memo).to_contain_text("D recruited V on 10 March 2018.")
    expect(memo).to_contain_text("Decision aid, not legal advice")
    expect(memo).to_contain_text("30-52-1(C)")
    assert "will_be_caused" not in memo.inner_text()
    _shot(page, artifacts, "05-memo")
    page.emulate_media(media="print")
    expect(page.locator("header.site")).to_be_hidden()
    expect(page.get_by_role("button", name="Print")).to_be_hidden()
    _shot(page, artifacts, "05-memo-print", full=True)
    page.pdf(path=str(artifacts / "memo.pdf"))
    page.emulate_media(media="screen")
    page.get_by_role("button", name="Back").click()
    expect(page.locator("#builder-view")).to_be_visible()


def test_every_control_has_a_label_and_the_tabs_work_by_keyboard(page: Any) -> None:
    _build_social_media_case(page)
    page.get_by_role("button", name="Add an indicator").click()
    unlabelled = page.evaluate(
        """() => [...document.querySelectorAll('input, select, textarea, button')]
            .filter((el) => el.type !== 'hidden' && !el.closest('[hidden]'))
            .filter((el) => !(el.labels && el.labels.length) && !el.getAttribute('aria-label')
                && !el.getAttribute('aria-labelledby') && !(el.textContent || '').trim())
            .map((el) => el.outerHTML.slice(0, 80))"""
    )
    assert unlabelled == []
    groups = page.evaluate(
        "() => [...document.querySelectorAll('[role=radiogroup]')].every("
        "(g) => document.getElementById(g.getAttribute('aria-labelledby')))"
    )
    assert groups
    page.get_by_role("tab", name="Case builder").focus()
    page.keyboard.press("ArrowRight")
    expect(page.get_by_role("tab", name="Classroom")).to_be_focused()
    expect(page.locator("#classroom-view")).to_be_visible()
    page.keyboard.press("ArrowLeft")
    expect(page.locator("#builder-view")).to_be_visible()
    # a fact answered by keyboard alone
    page.get_by_role("radiogroup", name="Did D act knowingly?").get_by_label(
        "Yes", exact=True
    ).focus()
    page.keyboard.press("ArrowRight")  # to "No"
    expect(_a2(page).locator(".status")).to_have_text("✘ NOT MET")


def test_classroom_three_questions_and_the_score(
    page: Any, artifacts: Path, tmp_path: Path
) -> None:
    from nm_trafficking.workbench.classroom import case, grade_short

    page.get_by_role("tab", name="Classroom").click()
    page.get_by_label("(A)(2) minor, commercial sex").check()
    expect(page.locator("#class-count")).not_to_contain_text("35 of 35")
    page.get_by_label("Difficulty").select_option("")
    _shot(page, artifacts, "06-classroom-pick")
    boxes = page.locator("#class-cases input[name=pick]")
    ids = [boxes.nth(i).get_attribute("value") for i in range(boxes.count())]
    chosen = ids[:3]
    for i, case_id in enumerate(ids):
        if case_id not in chosen:
            boxes.nth(i).uncheck()

    page.get_by_role("button", name="Worksheet…").click()
    expect(page.locator("#printable-body")).to_contain_text("Worksheet")
    _shot(page, artifacts, "07-worksheet")
    page.get_by_role("button", name="Back").click()
    page.get_by_role("button", name="Answer key…").click()
    expect(page.locator("#printable-body")).to_contain_text("Teaching point")
    _shot(page, artifacts, "08-answer-key")
    page.get_by_role("button", name="Back").click()

    page.get_by_role("button", name="Start the session").click()
    expected_points = 0
    for n, case_id in enumerate(chosen):
        assert case_id is not None
        c = case(case_id)
        expect(page.locator("#case-heading")).to_have_text(c.title)
        finding = c.assess().findings[0]
        right = n != 1  # the second answered wrongly on purpose
        pair = page.locator("fieldset.pair").first
        for citation, sub in finding.subsections.items():
            code = "A" + citation[-2]
            status = sub.status if right else ("met" if sub.status != "met" else "not_met")
            label = {"met": "Met", "not_met": "Not met", "undetermined": "Undetermined"}[status]
            pair.locator(f"[data-paragraph={code}]").get_by_label(label, exact=True).check()
            if status == "undetermined":
                for e in sub.elements:
                    if e.status == "undetermined":
                        pair.locator(f"[data-paragraph={code}]").get_by_label(e.label).check()
        pair.get_by_label("Grade under subsection C").select_option(grade_short(finding))
        page.get_by_role("button", name="Check answer").click()
        feedback = page.locator("#answer-feedback")
        expect(feedback).to_contain_text("points")
        if right:
            expect(feedback).to_contain_text("All correct.")
        else:
            expect(feedback).to_contain_text(" is ")
            expect(feedback).to_contain_text("Teaching point")
            _shot(page, artifacts, "09-classroom-feedback")
        text = feedback.locator(".points").inner_text()
        got, possible = (int(x) for x in text.replace(" points", "").split(" of "))
        assert (got == possible) == right
        expected_points += got
        page.locator("#next-case").click()
    score = page.locator("#score-total")
    expect(score).to_contain_text(f"{expected_points} of ")
    _shot(page, artifacts, "10-classroom-score")
    with page.expect_download() as info:
        page.get_by_role("button", name="Download scores (CSV)").click()
    path = tmp_path / info.value.suggested_filename
    info.value.save_as(path)
    rows = list(csv.reader(io.StringIO(path.read_text())))
    assert rows[0][:7] == ["trainee", "session", "case", "title", "attempt", "counted", "pair"]
    assert [r[2] for r in rows[1:]] == chosen
    assert sum(int(r[9]) for r in rows[1:]) == expected_points  # every pair's points filled
    shutil.copy(path, artifacts / "classroom-scores.csv")


def test_classroom_session_with_names_a_confirmed_half_answer_and_a_retry(
    page: Any, tmp_path: Path
) -> None:
    """Issue 20 items 8-10: the trainee and the session on the worksheet, the score and the
    CSV; Enter on a radio does not submit; a half answer asks first; every lost point says
    why; a retry is scored as attempt 2 and both attempts are in the CSV."""
    page.get_by_role("tab", name="Classroom").click()
    page.get_by_label("Trainee name").fill("Ana Ruiz")
    page.get_by_label("Session id").fill("DA-2026-12")
    page.get_by_role("button", name="Select none").click()
    page.locator("#pick-s04").check()
    page.get_by_role("button", name="Worksheet…").click()
    expect(page.locator("#printable-body")).to_contain_text(
        "Trainee: Ana Ruiz · Session: DA-2026-12"
    )
    page.get_by_role("button", name="Back").click()
    page.get_by_role("button", name="Start the session").click()
    expect(page.locator("#class-session .progress")).to_contain_text("Trainee: Ana Ruiz")
    a1 = page.locator("fieldset.pair [data-paragraph=A1]")
    radio = a1.get_by_label("Undetermined", exact=True)
    radio.focus()
    page.keyboard.press("Space")
    page.keyboard.press("Enter")  # does not submit
    expect(radio).to_be_checked()
    expect(page.locator("#answer-feedback")).to_be_empty()
    expect(page.locator("#next-case")).to_be_hidden()
    page.get_by_role("button", name="Check answer").click()
    confirm = page.locator("#confirm-incomplete")
    expect(confirm).to_contain_text("Not answered: what is still to be established for (A)(1)")
    expect(confirm).to_contain_text("(A)(2); (A)(3); the grade")
    page.get_by_role("button", name="Keep answering").click()
    expect(confirm).to_have_count(0)
    page.get_by_role("button", name="Check answer").click()
    page.get_by_role("button", name="Score it as it is").click()
    feedback = page.locator("#answer-feedback")
    expect(feedback.locator(".points")).to_have_text("1 of 5 points")
    expect(feedback).to_contain_text("Why 4 points were lost:")
    expect(feedback).to_contain_text("(A)(2) is met (answered: no answer)")
    expect(feedback).to_contain_text("(A)(1), what is still to be established (none named)")
    page.get_by_role("button", name="Try again").click()
    a1.get_by_label("intent or knowledge that force, fraud or coercion will be used").check()
    pair = page.locator("fieldset.pair").first
    pair.locator("[data-paragraph=A2]").get_by_label("Met", exact=True).check()
    pair.locator("[data-paragraph=A3]").get_by_label("Not met", exact=True).check()
    pair.get_by_label("Grade under subsection C").select_option("second")
    page.get_by_role("button", name="Check answer").click()
    expect(feedback.locator(".points")).to_have_text("5 of 5 points (attempt 2)")
    expect(page.locator("#retry-case")).to_be_hidden()
    page.locator("#next-case").click()
    expect(page.locator("#score-who")).to_have_text("Trainee: Ana Ruiz · Session: DA-2026-12")
    expect(page.locator("#score-total")).to_contain_text("5 of 5")
    with page.expect_download() as info:
        page.get_by_role("button", name="Download scores (CSV)").click()
    assert info.value.suggested_filename == "classroom-scores-DA-2026-12-Ana-Ruiz.csv"
    path = tmp_path / info.value.suggested_filename
    info.value.save_as(path)
    rows = list(csv.reader(io.StringIO(path.read_text())))
    assert [r[:7] + r[9:] for r in rows[1:]] == [
        ["Ana Ruiz", "DA-2026-12", "s04", rows[1][3], "1", "no", "d/v", "1", "5", "no"],
        ["Ana Ruiz", "DA-2026-12", "s04", rows[1][3], "2", "yes", "d/v", "5", "5", "yes"],
    ]


def test_csv_cells_a_spreadsheet_would_run_are_kept_as_text(page: Any) -> None:
    rows = [['=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)", "\tx", "plain, with comma", -4, 7]]
    text = page.evaluate(
        "async (rows) => (await import('/static/js/classroom.js')).csv(rows)", rows
    )
    (row,) = list(csv.reader(io.StringIO(text)))
    assert row[:5] == ['\'=HYPERLINK("http://x")', "'+1", "'-2+3", "'@SUM(A1)", "'\tx"]
    assert row[5:] == ["plain, with comma", "-4", "7"]  # numbers stay numbers


def test_a_page_on_another_origin_cannot_make_the_workbench_work(
    browser: Any, base_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # localhost and 127.0.0.1 are different origins of the same server: a page served from one
    # posts to the other the way an attacking site would (no-cors, text/plain: no preflight).
    # The server runs in this process, so what it decides and does is observed directly.
    from nm_trafficking.workbench import app as app_module
    from nm_trafficking.workbench import http

    decided: list[tuple[str, str, int | None]] = []
    worked: list[str] = []
    refusal = http.cross_site_refusal
    real_assess = app_module.assess

    def observed(scope: Any) -> Any:
        answer = refusal(scope)
        status = None if answer is None else answer.status_code
        decided.append((scope["method"], scope["path"], status))
        return answer

    def assess(*args: Any, **kwargs: Any) -> Any:
        worked.append("assess")
        return real_assess(*args, **kwargs)

    other = base_url.replace("127.0.0.1", "localhost")
    context = browser.new_context(base_url=other)
    pg = context.new_page()
    pg.goto("/api/v1")  # a page of the other origin without the app's connect-src policy
    monkeypatch.setattr(http, "cross_site_refusal", observed)
    monkeypatch.setattr(app_module, "assess", assess)
    body = '{"persons": [{"id": "D"}, {"id": "V", "age": 15}], "conduct": []}'
    for path, mode, kind in (
        ("/api/v1/assess", "no-cors", "text/plain"),
        ("/api/v1/memo", "no-cors", "application/x-www-form-urlencoded"),
        ("/api/v1/assess/batch", "cors", "application/json"),
    ):
        pg.evaluate(
            """async ([url, mode, kind, body]) => {
                 try { await fetch(url, {method: "POST", mode, body,
                                         headers: {"Content-Type": kind}}); } catch (e) {}
               }""",
            [base_url + path, mode, kind, body],
        )
    context.close()
    posts = [(path, status) for method, path, status in decided if method == "POST"]
    # The simple requests reach the server and are refused before any work (Chromium sends
    # Origin and Sec-Fetch-Site); the JSON one is stopped by the browser's own preflight (an
    # OPTIONS the server answers without CORS), so its POST never comes.
    assert sorted(posts) == [("/api/v1/assess", 403), ("/api/v1/memo", 403)], decided
    assert ("OPTIONS", "/api/v1/assess/batch", None) in decided
    assert worked == []
