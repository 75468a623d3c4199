"""The page as a paralegal reads it (review 11): the element tree in words (no field paths,
act ids or ISO dates), what is still needed grouped per pair with what each question settles,
the notes once per title, the roles' legend true to the buyer reading, nothing cut off on a
narrow screen. In headless Chromium, with the other browser tests' server and page."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import nm_trafficking as nmt
from nm_trafficking import words
from nm_trafficking.workbench.words import plain_pattern
from tests import test_workbench_browser as browser_tests
from tests.test_workbench_page import _import

base_url = browser_tests.base_url
browser = browser_tests.browser
artifacts = browser_tests.artifacts
page = browser_tests.page
expect = browser_tests.expect
_shot = browser_tests._shot

ROOT = Path(__file__).resolve().parents[1]
ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def _motel(page: Any, tmp_path: Path) -> nmt.Assessment:
    pattern = nmt.load(ROOT / "examples" / "federal_motel_venture.yaml")
    plain = plain_pattern(pattern)
    plain.pop("title", None)
    _import(page, tmp_path, "motel.json", plain, pairs=3)
    return nmt.assess(pattern)


def test_the_element_tree_is_in_words(page: Any, tmp_path: Path, artifacts: Path) -> None:
    a = _motel(page, tmp_path)
    page.get_by_role("button", name="Show elements").click()
    tree = page.locator("#tree")
    expect(tree.locator(".element").first).to_be_attached()
    for details in tree.locator("details").all():
        if details.get_attribute("open") is None:
            details.locator("summary").first.click()
    text = tree.text_content() or ""
    assert not ISO.search(text), ISO.search(text)
    assert "means_will_be_used" not in text and "conduct recruit:" not in text
    assert "Deciding act: the recruiting of 14 August 2020" in text
    assert "Deciding act: recruit" not in text
    # each element's facts as the text views say them (words.fact_ref_words)
    document = json.loads(a.to_json(detail="elements"))
    said = {
        words.fact_ref_words(ref)
        for pair in document["elements"]
        for law in pair["laws"]
        for p in law["paragraphs"]
        for e in p["elements"]
        for ref in e["facts"]
    }
    shown = [x.text_content() or "" for x in tree.locator("dd").all()]
    for words_of_fact in sorted(said)[:30]:
        assert any(words_of_fact in x for x in shown), words_of_fact
    tree.locator(".element").first.scroll_into_view_if_needed()
    _shot(page, artifacts, "22-elements-in-words")


def test_still_needed_is_grouped_per_pair_and_notes_once_per_title(
    page: Any, tmp_path: Path
) -> None:
    a = _motel(page, tmp_path)
    needed = page.locator("#summary .needed")
    pairs = [f"{f.defendant} toward {f.victim}" for f in a.findings]
    asked = {f"{q.defendant} toward {q.victim}" for q in a.summary.needed}
    expect(needed.locator("h4")).to_have_text([p for p in pairs if p in asked])
    for item in needed.locator("li").all():
        assert (item.locator(".settles").text_content() or "").endswith(": ")
    titles = list(dict.fromkeys(n.title for n in a.summary.notes))
    notes = page.locator("#summary .notes > ul > li")
    expect(notes).to_have_count(len(titles))
    for i, title in enumerate(titles):
        expect(notes.nth(i).locator("b")).to_have_text(title)


def test_nothing_is_cut_off_on_a_phone_and_the_roles_say_what_decides(
    page: Any, tmp_path: Path, artifacts: Path
) -> None:
    page.set_viewport_size({"width": 420, "height": 900})
    _motel(page, tmp_path)
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= 420, width
    legend = page.locator("fieldset.roles legend").first
    expect(legend).to_contain_text("consumer’s acts are read as the consumer’s own purchases")
    _shot(page, artifacts, "23-phone")


def test_a_section_whose_questions_are_not_asked_says_why(page: Any, tmp_path: Path) -> None:
    """§§ 1589 and 1590 ask nothing where no fact concerns the person's labor or services
    (decision 19): the page says so under the section, in the JSON's words (not_asked)."""
    a = _motel(page, tmp_path)
    said = {
        (pair.defendant, pair.victim, law.law): law.not_asked
        for pair in a.summary.pairs
        for law in pair.laws
        if law.not_asked
    }
    assert said  # the motel case is a sex case: the labor sections ask nothing
    shown = page.locator("#summary .not-asked")
    expect(shown).to_have_count(len(said))
    for text in shown.all_text_contents():
        assert text.startswith("Still needed: no fact stated puts ")
        assert text.endswith(", so none is asked.")
