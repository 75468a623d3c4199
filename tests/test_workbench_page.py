"""The page as a paralegal and a keyboard user meet it (issue 20), in the same headless Chromium
as ``test_workbench_browser.py`` (its server, browser and page fixtures): only the document open
now prints, dates are sent only when complete and refused in words, "nothing more is needed"
only when nothing is open, the status stays in view on a narrow screen, the API docs render,
the focus never falls to the page, and axe-core finds nothing on any view."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from nm_trafficking.render.summary_text import ACCESSORY_FEDERAL
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


def test_the_api_docs_render_openapi_3_1(page: Any, base_url: str, artifacts: Path) -> None:
    """Swagger UI 5, served from the package, renders FastAPI's OpenAPI 3.1 document: every
    operation appears; the page has a main landmark and a heading."""
    import httpx

    spec = httpx.get(f"{base_url}/api/v1/openapi.json").json()
    assert spec["openapi"].startswith("3.1")
    page.goto("/api/docs")
    operations = page.locator("#swagger-ui .opblock")
    expect(operations.first).to_be_visible(timeout=20000)
    expected = {(m.upper(), path) for path, ops in spec["paths"].items() for m in ops}
    expect(operations).to_have_count(len(expected))
    shown = set()
    for i in range(operations.count()):
        op = operations.nth(i)
        method = op.locator(".opblock-summary-method").inner_text().strip()
        path = op.locator(".opblock-summary-path").get_attribute("data-path")
        shown.add((method, path))
    assert shown == expected
    expect(page.locator("#swagger-ui")).not_to_contain_text("Unable to render")
    expect(page.get_by_role("main")).to_have_count(1)
    expect(
        page.get_by_role("heading", name="nm_trafficking workbench: the HTTP API", level=1)
    ).to_be_visible()
    _shot(page, artifacts, "12-api-docs")


def _axe(page: Any, exclude: str | None = None) -> list[dict[str, Any]]:
    """axe-core's violations on the page as it is now (axe injected from tests/vendor),
    leaving out what ``exclude`` selects."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        # evaluated by the test driver (the app's CSP allows no inline script, rightly)
        page.evaluate("(source) => { (0, eval)(source); }", AXE.read_text(encoding="utf-8"))
    result = page.evaluate(
        "async (exclude) => (await axe.run(exclude ? {exclude: [[exclude]]} : document))"
        ".violations",
        exclude,
    )
    return [
        {
            "id": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "nodes": [n["target"] for n in v["nodes"]][:5],
        }
        for v in result
    ]


def _focused(page: Any) -> str:
    """The focused element, as tag#id (BODY when the focus fell to the page)."""
    return str(
        page.evaluate("() => document.activeElement.tagName + '#' + document.activeElement.id")
    )


def test_the_focus_never_falls_to_the_page(page: Any) -> None:
    page.get_by_role("button", name="Add a person").click()
    page.locator("#p0-id").fill("D")
    page.locator("#p0-id").press("Tab")  # the form is redrawn with the new id
    expect(page.locator("#persons-list legend").first).to_have_text("Person 1: D")
    assert _focused(page) == "INPUT#p0-role-recruiter"
    page.keyboard.press("Shift+Tab")
    assert _focused(page) == "INPUT#p0-id"

    page.goto("/")
    page.wait_for_selector("body[data-ready=true]")
    _build_social_media_case(page)
    page.get_by_role("radiogroup", name="Did D act knowingly?").get_by_label("Unknown").check()
    expect(_a2(page).locator(".status")).to_have_text("? UNDETERMINED")
    question = page.locator("#questions .question[data-question='recruit:knowingly']")
    question.get_by_role("button", name="Yes").focus()
    page.keyboard.press("Enter")
    expect(_a2(page).locator(".status")).to_have_text("✔ MET")
    expect(question).to_have_count(0)
    focused = _focused(page)
    assert not focused.startswith("BODY"), focused
    assert page.evaluate(
        "() => document.getElementById('questions-heading').parentElement"
        ".contains(document.activeElement)"
    )

    undo = page.locator("#changes").get_by_role("button", name="Undo this change")
    undo.focus()
    page.keyboard.press("Enter")
    expect(_a2(page).locator(".status")).to_have_text("? UNDETERMINED")
    focused = _focused(page)
    assert not focused.startswith("BODY"), focused
    assert page.evaluate(
        "() => document.getElementById('changes').contains(document.activeElement)"
    )


def test_arrow_keys_send_only_the_value_they_settle_on(page: Any) -> None:
    """Unknown → Yes by the arrow keys passes "No": only "Yes" is sent and assessed."""
    _build_social_media_case(page)
    group = page.get_by_role("radiogroup", name="Did D act knowingly?")
    group.get_by_label("Unknown").check()
    expect(_a2(page).locator(".status")).to_have_text("? UNDETERMINED")
    bodies: list[Any] = []
    page.on(
        "request",
        lambda r: (
            bodies.append(json.loads(r.post_data or "{}"))
            if "/api/v1/workbench/" in r.url
            else None
        ),
    )
    group.get_by_label("Unknown").focus()
    with page.expect_response(lambda r: "/api/v1/workbench/" in r.url):
        page.keyboard.press("ArrowLeft")  # to "No"
        page.keyboard.press("ArrowLeft")  # to "Yes"
    expect(_a2(page).locator(".status")).to_have_text("✔ MET")
    values = [c["value"] for b in bodies for c in b.get("changes", [])]
    knowing = [b["pattern"]["conduct"][0].get("knowingly") for b in bodies if "changes" not in b]
    assert values + knowing == [True], bodies
    expect(page.locator("#changes")).not_to_contain_text("→ no")
    # leaving the group sends at once what it settled on
    group.get_by_label("Yes", exact=True).focus()
    with page.expect_response(lambda r: "/api/v1/workbench/" in r.url):
        page.keyboard.press("ArrowRight")  # to "No"
        page.keyboard.press("Tab")
    expect(_a2(page).locator(".status")).to_have_text("✘ NOT MET")


def test_landmarks_names_and_the_skip_link(page: Any) -> None:
    assert page.locator("[role=tablist] a").count() == 0
    expect(page.get_by_role("link", name="API docs")).to_have_attribute("href", "/api/docs")
    expect(page.get_by_role("region", name="Results")).to_have_count(1)
    _build_social_media_case(page)
    page.get_by_role("radiogroup", name="Did D act knowingly?").get_by_label("Unknown").check()
    expect(_a2(page).locator(".status")).to_have_text("? UNDETERMINED")
    question = page.locator("#questions .question[data-question='recruit:knowingly']")
    yes = question.get_by_role("button", name="Yes")
    expect(yes).to_have_accessible_name(re.compile(r"^Yes.*knowingly", re.S))
    links = page.locator("a.skip")  # the first two stops of the Tab order
    expect(links).to_have_text(["Skip to the content", "Skip to the assessment"])
    skip = page.get_by_role("link", name="Skip to the assessment")
    skip.focus()
    expect(skip).to_be_visible()
    page.keyboard.press("Enter")
    expect(page.locator("#results")).to_be_focused()


def test_axe_finds_nothing_on_any_view(page: Any, artifacts: Path) -> None:
    """axe-core (vendored in tests/vendor, injected here, never fetched) over every view of the
    workbench: the empty builder, a built case with its elements open and a question open, the
    narrow layout, the memo, the classroom's setup, a case, its feedback, the score, the
    worksheet and the answer key; and the API docs page's own parts (header, heading)."""
    found: dict[str, list[dict[str, Any]]] = {}

    def check(view: str) -> None:
        problems = _axe(page)
        if problems:
            found[view] = problems

    check("builder, empty")
    _build_social_media_case(page)
    page.get_by_role("radiogroup", name="Did D act knowingly?").get_by_label("Unknown").check()
    expect(_a2(page).locator(".status")).to_have_text("? UNDETERMINED")
    page.get_by_role("button", name="Show elements").click()
    expect(page.locator("#tree .element").first).to_be_visible()
    for details in page.locator("#summary details").all():
        details.locator("summary").first.click()
    page.get_by_role("button", name="Add an indicator").click()
    check("builder, a case")
    page.set_viewport_size({"width": 900, "height": 800})
    check("builder, narrow")
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.get_by_role("button", name="Memo…").click()
    expect(page.locator("#printable-body")).to_contain_text("Decision aid")
    check("memo")
    page.get_by_role("button", name="Back").click()

    page.get_by_role("tab", name="Classroom").click()
    expect(page.locator("#class-cases input").first).to_be_visible()
    check("classroom, setup")
    page.get_by_role("button", name="Worksheet…").click()
    expect(page.locator("#printable-body")).to_contain_text("Worksheet")
    check("worksheet")
    page.get_by_role("button", name="Back").click()
    page.get_by_role("button", name="Answer key…").click()
    expect(page.locator("#printable-body")).to_contain_text("Teaching point")
    check("answer key")
    page.get_by_role("button", name="Back").click()
    page.get_by_role("button", name="Select none").click()
    page.locator("#class-cases input[name=pick]").first.check()
    page.get_by_role("button", name="Start the session").click()
    expect(page.locator("#case-heading")).to_be_visible()
    check("classroom, a case")
    pair = page.locator("fieldset.pair").first
    for paragraph in pair.locator("[data-paragraph]").all():
        paragraph.get_by_label("Met", exact=True).check()
    page.get_by_role("button", name="Check answer").click()
    check("classroom, an incomplete answer to confirm")  # the grade is left unanswered
    page.get_by_role("button", name="Score it as it is").click()
    expect(page.locator("#answer-feedback")).to_contain_text("points")
    check("classroom, feedback")
    page.locator("#next-case").click()
    expect(page.locator("#score-total")).to_be_visible()
    check("classroom, score")

    page.goto("/api/docs")
    expect(page.locator("#swagger-ui .opblock").first).to_be_visible(timeout=20000)
    # Swagger UI's own markup is third-party (its contrast and nested controls are upstream's)
    own = _axe(page, exclude="#swagger-ui")
    if own:
        found["API docs (the page's own parts)"] = own
    assert found == {}


def test_the_builder_states_what_the_law_needs(page: Any, tmp_path: Path, artifacts: Path) -> None:
    """age_on beside the age; the federal facts in a section of their own; only the facts the
    verb and the laws assessed test; the imported facts the form cannot show named."""
    pattern = {
        "persons": [
            {"id": "D", "description": "the boyfriend"},
            {"id": "V", "age": 15, "age_on": "2019-01-10"},
        ],
        "conduct": [
            {
                "id": "c1",
                "actor": "D",
                "person": "V",
                "act": "recruiting",
                "date": "2019-01-10",
                "knowingly": True,
                "description": "met online",
                "federal": {
                    "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
                    "aggravation": {"kidnapping": True},
                },
            }
        ],
    }
    _import(page, tmp_path, "federal.json", pattern)
    person = page.locator("#persons-list .person").nth(1)
    expect(person.get_by_label("Age (years)")).to_have_value("15")
    expect(person.get_by_label("Age as of (date; empty: at the time of each act)")).to_have_value(
        "2019-01-10"
    )
    act = page.locator("#acts-list .act").first
    groups = act.locator(".element-group")
    # recruiting: (A)(1) and (A)(2) are asked, not (A)(3)'s benefit
    expect(act.locator(".element-group[data-element='means_will_be_used']").first).to_be_visible()
    expect(act.locator(".element-group[data-element='benefit']")).to_have_count(0)
    expect(act.locator(".element-group[data-element='means_was_used']")).to_have_count(0)
    federal = act.locator("details.federal-facts")
    expect(federal).to_have_attribute("open", "")  # a federal fact is stated
    commerce = federal.get_by_role(
        "radiogroup", name=re.compile("in or affecting interstate or foreign commerce")
    )
    expect(commerce.get_by_label("Yes", exact=True)).to_be_checked()
    expect(federal).to_contain_text("18 U.S.C. § 1591(a)(1) minor")
    expect(federal.locator("[data-element='participation']")).to_have_count(0)  # benefiting only
    notes = page.locator(".not-shown")
    expect(notes.first).to_contain_text("description: the boyfriend")
    expect(notes.nth(1)).to_contain_text("federal: aggravation: kidnapping: yes")
    expect(notes.nth(1)).to_contain_text("description: met online")

    federal.scroll_into_view_if_needed()
    _shot(page, artifacts, "13-builder-federal-facts")
    # a federal fact answered in the form is sent
    with page.expect_request(lambda r: "/workbench/" in r.url) as sent:
        federal.get_by_role("radiogroup", name=re.compile("^As to age: knew")).get_by_label(
            "Yes", exact=True
        ).check()
    body = json.loads(sent.value.post_data or "{}")
    changes = body.get("changes") or [
        {"path": "conduct.c1.federal.as_to_age.knew", "value": body["pattern"]["conduct"][0]}
    ]
    assert changes[0]["path"] == "conduct.c1.federal.as_to_age.knew", body

    # benefiting: (A)(3) asked, (A)(1)'s means no longer (nothing stated in it)
    act.get_by_label("What was done", exact=True).select_option("benefiting")
    nm = "[data-law='nm_30_52_1']"
    expect(act.locator(f".element-group{nm}[data-element='benefit']")).to_be_visible()
    expect(act.locator(f".element-group{nm}[data-element='means_will_be_used']")).to_have_count(0)
    expect(groups.first).to_be_visible()


def test_the_catalog_says_what_each_verb_and_law_tests(base_url: str) -> None:
    import httpx

    catalog = httpx.get(f"{base_url}/api/v1/builder").json()
    nm = catalog["tested"]["nm_30_52_1"]
    assert "benefit.financially" not in nm["recruiting"]
    assert "means_will_be_used.force" in nm["recruiting"]
    assert "benefit.financially" in nm["benefiting"]
    assert "means_will_be_used.force" not in nm["benefiting"]
    # a buyer's purchase under the 2008 verbs is an open point (UNVERIFIED): still asked
    assert "means_will_be_used.force" in nm["patronizing"]
    assert nm["harboring"] == []  # not a verb of the 2008 text: nothing to ask under it
    fed = catalog["tested"]["usc_1591"]["recruiting"]
    assert "federal.jurisdiction.in_or_affecting_interstate_or_foreign_commerce" in fed
    assert "federal.reasonable_opportunity_to_observe" in fed
    paths = [f["path"] for g in catalog["federal_groups"] for f in g["facts"]]
    assert len(paths) == len(set(paths))  # each federal fact in one group
    assert all(p.startswith("federal.") for p in paths)
    by_element = {(g["law"], g["element"]): g for g in catalog["federal_groups"]}
    assert by_element[("usc_1591", "jurisdiction")]["any_of"] is True  # commerce or the SMTJ
    # both facts of § 1590's "in violation of this chapter" are needed: no "any one yes"
    assert by_element[("usc_1590", "in_violation_of_this_chapter")]["any_of"] is False


def test_the_timeline_is_drawn_beside_the_summary(page: Any, artifacts: Path) -> None:
    """Issue 23: the page shows each victim's timeline, drawn by the service from the same
    summary, with its table in words; it follows the pattern as it changes."""
    page.goto("/")
    _build_social_media_case(page)
    expect(_a2(page).locator(".status")).to_have_text("✔ MET")
    figure = page.locator("#timeline figure")
    expect(figure).to_have_count(1)
    expect(figure.locator("svg[role='img']")).to_have_count(1)
    table = figure.locator("table")
    expect(table).to_contain_text("the recruiting of 10 March 2018")
    expect(table).to_contain_text("§ 30-52-1: met")
    assert not page.locator("#timeline script").count()
    _shot(page, artifacts, "timeline-in-the-page", full=True)
    page.get_by_role("button", name="New case").click()
    expect(page.locator("#timeline figure")).to_have_count(0)


def test_the_place_of_an_act_in_the_builder_the_b_note_and_the_export(
    page: Any, tmp_path: Path, artifacts: Path
) -> None:
    """Issue 20, item 1: each act's county (the catalog's list, from the fact model) and
    Indian country in the builder; the (B) note names the county; the export keeps both and
    an imported county (any case, "Dona Ana") is shown, normalised, and editable."""
    _build_social_media_case(page)
    act = page.locator("#acts-list .act").first
    county = act.get_by_label("County (§ 30-52-1(B))")
    options = county.locator("option").all_inner_texts()
    assert options[0] == "— not stated —" and options[-1] == "outside New Mexico"
    assert len(options) == 35 and "Doña Ana" in options and "McKinley" in options
    with page.expect_response(lambda r: "/workbench/" in r.url):
        county.select_option("Bernalillo")
    indian = act.get_by_role("radiogroup", name="Did the act take place in Indian country?")
    with page.expect_response(lambda r: "/workbench/" in r.url):
        indian.get_by_label("No", exact=True).check()
    page.get_by_role("button", name="Show elements").click()
    note = page.locator("#tree .notes-full li[data-kind='jurisdiction']")
    expect(note).to_contain_text(
        "The act is stated to have taken place in Bernalillo County (the recruiting of "
        "10 March 2018)."
    )
    expect(note).to_contain_text("which district attorney serves it, are not decided here")
    note.scroll_into_view_if_needed()
    _shot(page, artifacts, "15-place-in-the-b-note")

    with page.expect_download() as info:
        page.get_by_role("button", name="Export JSON").click()
    saved = tmp_path / "placed.json"
    info.value.save_as(saved)
    exported = json.loads(saved.read_text())["conduct"][0]
    assert exported["county"] == "Bernalillo" and exported["in_indian_country"] is False

    exported.update(county="dona ana", place="a motel", in_indian_country=True)
    pattern = json.loads(saved.read_text())
    pattern["conduct"][0] = exported
    pattern.pop("title", None)
    _import(page, tmp_path, "reimported.json", pattern)
    act = page.locator("#acts-list .act").first
    expect(act.get_by_label("County (§ 30-52-1(B))")).to_have_value("Doña Ana")
    expect(act.get_by_label("Place, in your words (optional)")).to_have_value("a motel")
    expect(
        act.get_by_role(
            "radiogroup", name="Did the act take place in Indian country?"
        ).get_by_label("Yes", exact=True)
    ).to_be_checked()
    hidden = " ".join(act.locator(".not-shown").all_inner_texts())
    for fact in ("county", "place", "indian"):  # every place fact is in the form
        assert fact not in hidden.lower(), hidden
    with page.expect_response(lambda r: "/workbench/" in r.url):
        act.get_by_label("County (§ 30-52-1(B))").select_option("outside New Mexico")
    with page.expect_download() as info:
        page.get_by_role("button", name="Export YAML").click()
    again = tmp_path / "again.yaml"
    info.value.save_as(again)
    import nm_trafficking as nmt

    placed = nmt.load(again).conduct[0]
    assert placed.county is not None and placed.county.value == "outside New Mexico"
    assert placed.place == "a motel" and placed.in_indian_country is nmt.Truth.TRUE


def test_the_page_takes_its_words_from_the_catalogue(page: Any) -> None:
    """The disclaimer, the status words and the grade names the page shows are the server's
    (``nm_trafficking.words`` and the statute data, through the builder's catalogue): the page
    writes none of them itself (``tests/test_words_once.py`` scans its scripts)."""
    from nm_trafficking import words
    from nm_trafficking.results import DISCLAIMER

    expect(page.locator("header.site .disclaimer")).to_contain_text(DISCLAIMER)
    page.get_by_role("tab", name="Classroom").click()
    page.get_by_role("button", name="Start the session").click()
    expect(page.locator("#case-heading")).to_be_visible()
    options = page.locator("#q0-grade option").all_inner_texts()
    names = [g.name for g in words.all_grades()]
    assert options[1 : 1 + len(names)] == names
    assert options[-1] == words.STATUS_WORDS["undetermined"]
    choices = page.locator("fieldset.paragraph-answer").first.locator(".choice label")
    assert [r.strip() for r in choices.all_inner_texts()] == [
        words.capital(w) for w in words.STATUS_WORDS.values()
    ]


def test_a_helper_of_an_act_in_the_builder_the_findings_and_the_export(
    page: Any, tmp_path: Path, artifacts: Path
) -> None:
    """Issues 19 and 20: the room-booker case imported with its room-booker only; the lookout
    added in the page (the four ways of § 30-1-13 and the intent, yes / no / unknown, from the
    catalogue); the summary shows each helper's accessory finding; the export keeps both
    helpers and re-imports them into the form (none of them "not shown"); axe finds nothing."""
    import nm_trafficking as nmt
    from nm_trafficking.workbench.words import fact_catalog, plain_pattern

    room_booker = plain_pattern(nmt.load(Path("examples/accessory_room_booker.yaml")))
    lookout = room_booker["conduct"][0]["accessories"].pop()
    assert lookout["person"] == "L"
    room_booker.pop("title")
    _import(page, tmp_path, "room-booker.json", room_booker)
    act = page.locator("#acts-list .act").first
    said = fact_catalog()["accessories"]
    section = act.locator("fieldset.accessories")
    expect(section.locator("legend").first).to_have_text(said["label"])
    expect(section).to_contain_text("procures, counsels, aids or abets in its commission")
    booker = section.locator("fieldset.accessory").first
    expect(booker.get_by_label(said["person"])).to_have_value("H")
    aided = booker.get_by_role("radiogroup", name="Did H aid in the commission of D's act?")
    expect(aided.get_by_label("Yes", exact=True)).to_be_checked()
    expect(act.locator(".not-shown")).to_have_count(0)  # every stated fact is in the form
    findings = page.locator("#summary .accessory-findings")
    expect(findings.locator("li")).to_have_count(1)
    expect(findings.locator("li[data-helper='H'] .accessory-finding .status")).to_have_text("✔ MET")

    # the lookout, added with the keyboard: the add button, the person (not the actor, not H)
    add = section.get_by_role("button", name="Add a helper to act 1")
    add.focus()
    with page.expect_response(lambda r: "/workbench/" in r.url):
        page.keyboard.press("Enter")
    lookout_set = section.locator("fieldset.accessory").nth(1)
    who = lookout_set.get_by_label(said["person"])
    options = who.locator("option").all_inner_texts()
    assert "D" not in options and "H" not in options and "L" in options, options
    expect(who).to_have_value("L")
    abetted = lookout_set.get_by_role("radiogroup", name="Did L abet in the commission of D's act?")
    with page.expect_response(lambda r: "/workbench/evaluate" in r.url):
        abetted.get_by_label("Yes", exact=True).check()
    lookout_set.get_by_label(said["description"]).fill("kept watch outside")
    with page.expect_response(lambda r: "/workbench/" in r.url):
        lookout_set.get_by_label(said["description"]).press("Tab")
    expect(findings.locator("li")).to_have_count(2)
    expect(findings.locator("li[data-helper='L'] .accessory-finding .status")).to_have_text(
        "? UNDETERMINED"
    )
    expect(findings).to_contain_text("L may be an accessory to D's recruiting of V")
    expect(findings).to_contain_text(ACCESSORY_FEDERAL)
    # the helper's open intent is still needed, as the summary asks it
    expect(page.locator("#summary .needed")).to_contain_text(
        "Did L intend that D's recruiting of V on 10 September 2021 be committed?"
    )
    findings.scroll_into_view_if_needed()
    _shot(page, artifacts, "16-accessories-in-the-builder", full=True)
    assert _axe(page) == []

    with page.expect_download() as info:
        page.get_by_role("button", name="Export JSON").click()
    saved = tmp_path / "helpers.json"
    info.value.save_as(saved)
    exported = json.loads(saved.read_text())
    helpers = exported["conduct"][0]["accessories"]
    assert helpers[1] == {"person": "L", "abetted": True, "description": "kept watch outside"}
    assert helpers[0]["person"] == "H" and helpers[0]["aided"] is True

    page.get_by_role("button", name="New case").click()
    exported["title"] = "again.json"
    _import(page, tmp_path, "again.json", exported)
    section = page.locator("#acts-list .act").first.locator("fieldset.accessories")
    expect(section.locator("fieldset.accessory")).to_have_count(2)
    again = section.locator("fieldset.accessory").nth(1)
    expect(again.get_by_label(said["person"])).to_have_value("L")
    expect(
        again.get_by_role(
            "radiogroup", name="Did L abet in the commission of D's act?"
        ).get_by_label("Yes", exact=True)
    ).to_be_checked()
    expect(again.get_by_label(said["description"])).to_have_value("kept watch outside")
    expect(page.locator("#summary .accessory-findings li")).to_have_count(2)
    # a person renamed: the helper follows
    with page.expect_response(lambda r: "/workbench/" in r.url):
        page.locator("#p2-id").fill("K")
        page.locator("#p2-id").press("Tab")
    expect(again.get_by_label(said["person"])).to_have_value("K")
    expect(page.locator("#summary .accessory-findings li[data-helper='K']")).to_have_count(1)
    # removed in the page: its finding goes with it
    with page.expect_response(lambda r: "/workbench/" in r.url):
        section.get_by_role("button", name="Remove helper 2 (K) of act 1").click()
    expect(page.locator("#summary .accessory-findings li")).to_have_count(1)
