"""The page as a paralegal reads it (session 6, review H): each act's limitation periods and
the pair's "has passed" clause in the text summary's words; the age question and "What
changed" in the screen's own words (the act by its verb and date, the grade as the summary
said it). In headless Chromium, with the other browser tests' server and page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import nm_trafficking as nmt
from nm_trafficking.workbench.limitation import limitation_words
from tests import test_workbench_browser as browser_tests
from tests.test_workbench_page import _import

base_url = browser_tests.base_url
browser = browser_tests.browser
artifacts = browser_tests.artifacts
page = browser_tests.page
expect = browser_tests.expect
_shot = browser_tests._shot

_SEX = {"knowingly": True, "will_be_caused_to_engage_in_commercial_sexual_activity": True}

# acts either side of § 30-52-1's effective date (1 July 2008), then a 16th birthday: every
# period that may apply has long passed (six and five years under § 30-1-8)
EFFECTIVE: dict[str, Any] = {
    "persons": [
        {"id": "T", "roles": ["trafficker"]},
        {"id": "K", "roles": ["victim"], "birth_date": "1992-07-15"},
    ],
    "conduct": [
        {"id": i, "actor": "T", "person": "K", "act": act, "date": day, **_SEX}
        for i, act, day in (
            ("t1", "transporting", "2008-06-30"),
            ("t2", "transporting", "2008-07-01"),
            ("t3", "recruiting", "2008-07-15"),
        )
    ],
}

# one act, the age known as of a date eleven months before it: 15 or 16 at the act, the grade
# "at least a third degree felony" until the age is answered
AGE_ON: dict[str, Any] = {
    "persons": [
        {"id": "D", "roles": ["recruiter"]},
        {"id": "V", "roles": ["victim"], "age": 15, "age_on": "2020-06-01"},
    ],
    "conduct": [
        {
            "id": "r",
            "actor": "D",
            "person": "V",
            "act": "soliciting",
            "date": "2021-05-31",
            "means_will_be_used": {"force": True},
            **_SEX,
        }
    ],
}


def test_each_count_shows_its_limitation_and_the_pair_says_which_have_passed(
    page: Any, tmp_path: Path, artifacts: Path
) -> None:
    _import(page, tmp_path, "effective.json", EFFECTIVE)
    expected = limitation_words(nmt.assess(nmt.from_dict(EFFECTIVE)).summary)[0]
    passed = expected["passed"]["nm_30_52_1"]
    # both counts that meet § 30-52-1 are long past their periods
    assert passed.startswith("the limitation period has passed for every count")
    grade = page.locator('#summary li.law[data-law="nm_30_52_1"] .grade')
    expect(grade).to_contain_text(f"; {passed}.")
    counts = page.locator("#summary details.counts")
    counts.locator("summary").click()
    for conduct, said in expected["counts"].items():
        line = counts.locator(f'li[data-conduct="{conduct}"] > p.limitation')
        expect(line).to_have_text(said)
    line = counts.locator('li[data-conduct="t2"] > p.limitation')
    expect(line).to_contain_text("§ 30-52-1 to 1 July 2014 (passed) under § 30-1-8(A)")
    line.scroll_into_view_if_needed()
    _shot(page, artifacts, "h1-limitation")


def test_one_count_past_its_period_is_said_on_the_law_line_too(page: Any, tmp_path: Path) -> None:
    """The counts list is folded away: the law's line says the period has passed also where
    the pair has a single count."""
    single = {**EFFECTIVE, "conduct": EFFECTIVE["conduct"][1:2]}
    _import(page, tmp_path, "single.json", single)
    grade = page.locator('#summary li.law[data-law="nm_30_52_1"] .grade')
    # one count: the text summary's own words for it (review F11: "has passed", no "every")
    expect(grade).to_contain_text("the limitation period has passed (unless tolled; check)")


def test_the_age_question_names_the_act_and_what_settles_it(
    page: Any, tmp_path: Path, artifacts: Path
) -> None:
    _import(page, tmp_path, "age_on.json", AGE_ON)
    question = page.locator("#questions li.question").first
    label = question.locator(".q-label")
    expect(label).to_contain_text("D toward V, the soliciting of 31 May 2021")
    expect(label).not_to_contain_text("act r")
    serves = question.locator(".serves")
    expect(serves).to_contain_text("one of these answers settles it")
    expect(serves).not_to_contain_text("“yes”")
    _shot(page, artifacts, "h11-age-question")


def test_what_changed_gives_the_grade_in_the_screens_words(
    page: Any, tmp_path: Path, artifacts: Path
) -> None:
    _import(page, tmp_path, "age_on.json", AGE_ON)
    grade = page.locator('#summary li.law[data-law="nm_30_52_1"] .grade')
    before = (grade.text_content() or "").strip()
    assert before.startswith("at least a third degree felony"), before
    question = page.locator("#questions li.question").first
    age = question.locator('input[type="number"]')
    age.fill("16")
    with page.expect_response(lambda r: "/workbench/" in r.url):
        age.locator("xpath=following-sibling::button").click()
    changes = page.locator("#changes ul.diff")
    line = changes.locator("li", has_text="grade:")
    expect(line).to_have_count(1)
    expect(line).to_contain_text(f"D toward V, grade: {before} → third degree felony")
    expect(line).not_to_contain_text("undetermined")
    expect(page.locator("#changes")).not_to_contain_text("act r")
    expect(grade.locator(".was")).to_contain_text(f"changed: was {before}")
    changes.scroll_into_view_if_needed()
    _shot(page, artifacts, "h11-what-changed")


def test_the_timeline_is_drawn_at_its_own_size_with_words_large_enough(
    page: Any, tmp_path: Path, artifacts: Path
) -> None:
    """Review H15: in the 550-px column the timeline was shrunk to fit, its words about 5 to
    9 px high. At its own size, in a region that scrolls sideways, they are at least 10 px."""
    page.set_viewport_size({"width": 1200, "height": 900})
    _import(page, tmp_path, "effective.json", EFFECTIVE)
    box = page.locator("#timeline .timeline-scroll").first
    expect(box).to_be_visible()
    assert box.get_attribute("tabindex") == "0"
    sizes = page.evaluate(
        """() => Array.from(document.querySelectorAll('#timeline svg text')).map((t) =>
            t.getBoundingClientRect().height)"""
    )
    assert sizes and min(sizes) >= 10, sorted(sizes)[:5]
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= 1200, width  # the picture scrolls in its region, not the page
    hint = page.locator("#law-hint")
    expect(hint).not_to_contain_text("--law")
    box.scroll_into_view_if_needed()
    _shot(page, artifacts, "h15-timeline")


def test_the_printed_counts_table_keeps_its_right_border_and_whole_verbs(
    page: Any, tmp_path: Path
) -> None:
    """Review H14: printed from the page, the counts table's right border was cut off (the
    table as wide as the page, half its border beyond it) and the Act column broke
    "transportin" / "g". In the print medium, at the width of a Letter page's text (8.5 in
    less 2 x 16 mm, print.css), the table ends inside its box and each verb is on one line."""
    _import(page, tmp_path, "effective.json", EFFECTIVE)
    page.get_by_role("button", name="Memo…").click()
    expect(page.locator("#printable-body .memo")).to_contain_text("2. Counts")
    page.emulate_media(media="print")
    page.set_viewport_size({"width": 695, "height": 1000})
    found = page.evaluate(
        """() => {
          const t = document.querySelector('#printable-body table.counts');
          const box = t.parentElement.getBoundingClientRect();
          const lines = Array.from(t.querySelectorAll('td.act')).map((td) => {
            const range = document.createRange();
            range.selectNodeContents(td);
            const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
            return [td.textContent, tops.size];
          });
          return { right: t.getBoundingClientRect().right, box: box.right, lines };
        }"""
    )
    assert found["right"] <= found["box"] - 1, found
    assert any(text == "transporting" for text, _ in found["lines"]), found["lines"]
    assert [x for x in found["lines"] if x[1] != 1] == [], found["lines"]
