"""The page's choice of laws (as ``--law``): both by default, as before; with the federal
sections alone the summary's ``federal_accessories`` is shown (each helper found, or possibly,
punishable as a principal under 18 U.S.C. § 2(a), in words), as the text view gives it; the
timeline, the elements and the memo follow the choice. In headless Chromium, with the other
browser tests' server and page; loopback only (the page fixture fails on any other request),
nothing wider than 420 px."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import nm_trafficking as nmt
from nm_trafficking import words
from nm_trafficking.assessment import LawChoice
from nm_trafficking.render import summary_text
from nm_trafficking.render.summary_text import (
    ACCESSORIES_HEAD,
    ACCESSORY_LIMITATION,
    FEDERAL_ACCESSORIES_HEAD,
    LIMITATION,
    STATE_ACCESSORIES_HEAD,
    accessory_lines,
    helpers,
    law_names,
    limitation,
)
from nm_trafficking.statute.related import accessory
from nm_trafficking.workbench.words import plain_pattern
from tests import test_workbench_browser as browser_tests

base_url = browser_tests.base_url
browser = browser_tests.browser
artifacts = browser_tests.artifacts
page = browser_tests.page
expect = browser_tests.expect
_shot = browser_tests._shot

ROOT = Path(__file__).resolve().parents[1]
FEDERAL_MINOR = {
    "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
    "as_to_age": {"knew": True},
    "as_to_commercial_sex_act": {"knew": True},
}
"""The room-booker's recruiting in commerce, the minor's age and the commercial sex act known:
§ 1591(a)(1) (minor) met (tests/test_accessories_federal.py's ``MINOR_1591``), so H, who aided
it intending that it be committed, is found punishable as a principal; L, whose intent is not
stated, possibly."""


def _pattern() -> dict[str, Any]:
    plain = plain_pattern(nmt.load(ROOT / "examples" / "accessory_room_booker.yaml"))
    plain = copy.deepcopy(plain)
    plain["conduct"][0]["federal"] = FEDERAL_MINOR
    return plain


def _import(page: Any, tmp_path: Path, plain: dict[str, Any]) -> None:
    path = tmp_path / "room-booker.json"
    path.write_text(json.dumps(plain))
    with page.expect_response(lambda r: "/workbench/evaluate" in r.url):
        page.locator("#import-file").set_input_files(str(path))
    expect(page.locator("#summary .summary-pair")).to_have_count(1)


def _choose(page: Any, law: str) -> dict[str, Any]:
    """Choose the laws; the request the page sent (its body)."""
    with page.expect_request(lambda r: "/workbench/evaluate" in r.url) as sent:
        page.get_by_label("Laws to assess").select_option(law)
    body: dict[str, Any] = json.loads(sent.value.post_data or "{}")
    return body


def _laws_shown(page: Any) -> list[str]:
    return [x.get_attribute("data-law") or "" for x in page.locator("#summary li.law").all()]


def test_the_federal_choice_shows_the_federal_accessories(
    page: Any, tmp_path: Path, artifacts: Path
) -> None:
    plain = _pattern()
    choice = page.get_by_label("Laws to assess")
    expect(choice).to_have_value("all")  # the default, as before the choice
    _import(page, tmp_path, plain)
    findings = page.locator("#summary .accessory-findings")
    expect(findings.locator("h3")).to_have_text(ACCESSORIES_HEAD.removesuffix(":"))
    assert _laws_shown(page) == ["nm_30_52_1", "usc_1591", "usc_1589", "usc_1590"]

    body = _choose(page, "federal")
    assert body["law"] == "federal" and "before" not in body  # the laws changed: no comparison
    expect(findings.locator("h3")).to_have_text(FEDERAL_ACCESSORIES_HEAD.removesuffix(":"))
    expect(page.locator("#summary li.law")).to_have_count(3)
    assert _laws_shown(page) == ["usc_1591", "usc_1589", "usc_1590"]

    a = nmt.assess(nmt.from_dict(plain), law="federal")
    helpers = a.summary.federal_accessories
    assert [x.helper for x in helpers] == ["H", "L"]
    # never met on the state's accessory facts (review L1 of session 6: the federal intent
    # standard for aiding and abetting is not in the sources read)
    assert helpers[0].federal["usc_1591"] == "undetermined"
    assert helpers[1].federal["usc_1591"] == "undetermined"  # possibly
    names = {law.law: law.name for pair in a.summary.pairs for law in pair.laws}
    items = findings.locator("li[data-helper]")
    expect(items).to_have_count(len(helpers))
    for item, x in zip(items.all(), helpers, strict=True):
        # as the text view leads: "H, met: H ..." -> the helper, the status, the sentence
        lead = accessory_lines(x, names)[0]
        status = lead.split(":", 1)[0].removeprefix(f"{x.helper}, ")
        finding = item.locator(".accessory-finding")
        expect(finding.locator(".status")).to_contain_text(status.upper())
        expect(finding).to_contain_text(f"— {x.words}")
        # the text view's federal line: its first sentence, each section's status, the caveat
        line = item.locator(".accessory-federal")
        expect(line).to_contain_text(f"{accessory.FEDERAL_LEAD} {accessory.FEDERAL_STATUSES}: ")
        expect(line).to_contain_text(accessory.FEDERAL_CAVEAT.format(helper=x.helper))
        badges = line.locator(".status")
        expect(badges).to_have_count(len(x.federal))
        for k, (law, said) in enumerate(x.federal.items()):
            expect(line).to_contain_text(names[law])
            expect(badges.nth(k)).to_contain_text(words.STATUS_WORDS[said].upper())
        assert "30-1-13" not in (item.text_content() or "")
    # what the helpers' findings still need, with the pairs' (18 U.S.C. § 2(a))
    needed = page.locator("#summary .needed")
    for q in (q for x in helpers for q in x.needed):
        expect(needed).to_contain_text(q.text)
    # the questions and the comparison are § 30-52-1's: none, and the page says where to look
    expect(page.locator("#questions .nothing-asked")).to_contain_text("Still needed")
    expect(page.locator("#changes")).to_be_hidden()
    findings.scroll_into_view_if_needed()
    _shot(page, artifacts, "30-law-federal-accessories")

    # § 30-52-1 alone: its heading; then both again: as at first
    _choose(page, "nm")
    expect(findings.locator("h3")).to_have_text(STATE_ACCESSORIES_HEAD.removesuffix(":"))
    expect(findings.locator(".accessory-federal")).to_have_count(0)
    _choose(page, "all")
    expect(findings.locator("h3")).to_have_text(ACCESSORIES_HEAD.removesuffix(":"))
    expect(page.locator("#summary li.law")).to_have_count(4)


def test_the_timeline_the_elements_and_the_memo_follow_the_choice(
    page: Any, tmp_path: Path
) -> None:
    _import(page, tmp_path, _pattern())
    with page.expect_request(lambda r: "/timeline" in r.url) as timeline:
        _choose(page, "federal")
    assert "law=federal" in timeline.value.url
    expect(page.locator("#summary li.law")).to_have_count(3)
    # an edit under the federal choice: a what-if sent with the choice
    with page.expect_request(lambda r: "/workbench/" in r.url) as edit:
        page.locator("#acts-list input[type=radio][value=no]").first.check()
    assert json.loads(edit.value.post_data or "{}")["law"] == "federal"

    with page.expect_request(lambda r: "/assess?detail=elements" in r.url) as elements:
        page.get_by_role("button", name="Show elements").click()
    assert json.loads(elements.value.post_data or "{}")["law"] == "federal"
    expect(page.locator("#tree ul.tree").first).to_be_attached()
    laws = {x.get_attribute("data-law") for x in page.locator("#tree ul.tree").all()}
    assert laws == {"usc_1591", "usc_1589", "usc_1590"}

    page.get_by_role("button", name="Memo…").click()
    memo = page.locator("#printable-body")
    expect(memo).to_contain_text(FEDERAL_ACCESSORIES_HEAD.removesuffix(":"))
    text = memo.text_content() or ""
    assert "Accessories (NMSA 1978, § 30-1-13" not in text  # (the case's own words name it)


def test_the_choice_fits_a_phone(page: Any, tmp_path: Path, artifacts: Path) -> None:
    page.set_viewport_size({"width": 420, "height": 900})
    _import(page, tmp_path, _pattern())
    for law in ("all", "federal"):
        if law != "all":
            _choose(page, law)
            expect(page.locator("#summary li.law")).to_have_count(3)
        expect(page.get_by_label("Laws to assess")).to_have_value(law)
        width = page.evaluate("() => document.documentElement.scrollWidth")
        assert width <= 420, (law, width)
    page.locator("#summary .accessory-findings").scroll_into_view_if_needed()
    _shot(page, artifacts, "31-law-federal-phone")
    page.get_by_label("Laws to assess").scroll_into_view_if_needed()
    _shot(page, artifacts, "32-law-choice-phone")


def test_each_helper_shows_the_limitation_of_the_act_aided(
    page: Any, tmp_path: Path, artifacts: Path
) -> None:
    """The text summary gives a helper's finding (unless not met) the limitation periods of the
    act aided (an accessory is punished as the principal, § 30-1-13 [S]; review K3): the page
    shows that line under the helper's, in the same words, under each choice of laws."""
    plain = _pattern()
    # a third helper stated not to have intended the offense: not met, so no line (as the text)
    plain["conduct"][0]["accessories"].append(
        {"person": "N", "aided": True, "intended_that_the_offense_be_committed": False}
    )
    plain["persons"].append({"id": "N", "roles": ["other"]})
    _import(page, tmp_path, plain)
    findings = page.locator("#summary .accessory-findings")
    laws: tuple[LawChoice, ...] = ("all", "nm", "federal")
    for law in laws:
        if law != "all":
            _choose(page, law)
        a = nmt.assess(nmt.from_dict(plain), law=law)
        names = law_names()
        shown = 0
        for x in helpers(a.summary):
            item = findings.locator(f'li[data-helper="{x.helper}"][data-conduct="{x.conduct}"]')
            expect(item).to_have_count(1)
            # the text view's line for the helper (summary_text.accessory_lines), if any
            text = [
                line
                for line in accessory_lines(x, names, a.summary)
                if line.startswith(ACCESSORY_LIMITATION)
            ]
            line = item.locator(".accessory-limitation")
            if x.helper == "N":
                assert not text, law  # not met: the text view gives none
                expect(line).to_have_count(0)
                continue
            # the act aided's own count line, said of the act aided
            (count,) = [c for p in a.summary.pairs for c in p.counts if c.conduct == x.conduct]
            periods = limitation(count, names, a.summary.assessed_on)
            assert text == [ACCESSORY_LIMITATION + periods.removeprefix(LIMITATION) + "."], law
            expect(line).to_have_text(text[0])
            shown += 1
        assert shown == 2, law  # H and L
        # each law assessed is named in the helpers' lines, and no other
        said = " ".join(findings.locator(".accessory-limitation").all_text_contents())
        assert ("§ 30-52-1 to " in said) == (law != "federal"), law
        assert ("§ 1591 " in said) == (law != "nm"), law
        if law == "all":
            findings.scroll_into_view_if_needed()
            _shot(page, artifacts, "31-helper-limitation")


def test_a_helpers_questions_are_under_the_helpers_heading_in_the_texts_words(
    page: Any, tmp_path: Path, artifacts: Path
) -> None:
    """The text summary files a helper's questions under the helper's own heading ("L, as
    accessory to D's recruiting of V on 10 September 2021"), not "L toward V" (review K6), and
    words the helper's § 30-52-1(E) question by reference to the helper's finding (review N7):
    the page shows the same headings and words, as the service sends them (``needed``)."""
    from tests.test_workbench_page_words import L_HEADING, room_booker_with_a_victim_helper

    plain = room_booker_with_a_victim_helper()
    _import(page, tmp_path, plain)
    needed = page.locator("#summary .needed")
    laws: tuple[LawChoice, ...] = ("all", "nm")
    for law in laws:
        if law != "all":
            _choose(page, law)
        a = nmt.assess(nmt.from_dict(plain), law=law)
        said = summary_text.needed_headings(a.summary)
        heads = list(dict.fromkeys(head for _, head in said))
        # the text's headings, where it shows them (several), and never "L toward V"
        expect(needed.locator("h4")).to_have_text(heads if len(heads) > 1 else [])
        assert "L toward V" not in (needed.text_content() or ""), law
        text = " ".join(a.explain().split())
        items = needed.locator("li")
        expect(items).to_have_count(len(said))
        for i, (q, _) in enumerate(said):
            lead = "[point of law] " if q.kind == "point_of_law" else ""
            words_ = f"{summary_text.cites(q.citations)}: {lead}{summary_text.question_text(q)}"
            expect(items.nth(i)).to_have_text(words_)
            assert " ".join(words_.split()) in text, law  # the text summary's own line
        # the (E) question: the text's words, under L's heading, the evidence on file kept
        (e,) = [q for q, head in said if q.element == summary_text.BAR_ELEMENT]
        shown = needed.locator(f"li[data-element='{summary_text.BAR_ELEMENT}']")
        expect(shown).to_contain_text("why this is open: L's finding under the accessories above")
        expect(shown).to_contain_text("(Evidence on file: 1 indicator of force by D toward L")
        assert e.text not in (shown.text_content() or "")  # not the JSON's full words
        if law == "all":
            under = needed.locator("h4", has_text=L_HEADING).locator(
                "xpath=following-sibling::ul[1]"
            )
            expect(under.locator(f"li[data-element='{summary_text.BAR_ELEMENT}']")).to_have_count(1)
            needed.scroll_into_view_if_needed()
            _shot(page, artifacts, "33-helper-questions-heading")


def test_a_helpers_finding_is_headed_as_the_text_heads_it(
    page: Any, tmp_path: Path, artifacts: Path
) -> None:
    """Where § 30-52-1(E) may bar charging a helper, the text heads the finding "undetermined
    (§ 30-52-1(E) may bar the charge)"; where it bars it, "barred by § 30-52-1(E)" instead of
    the status (review O6): the page says the same (the service's ``helper_heads``)."""
    from tests.test_workbench_page_words import helper_barred, room_booker_with_a_victim_helper

    _import(page, tmp_path, room_booker_with_a_victim_helper())
    _choose(page, "nm")
    findings = page.locator("#summary .accessory-findings")
    lookout = findings.locator("li[data-helper='L'] .accessory-finding")
    expect(lookout).to_contain_text("L ? UNDETERMINED (§ 30-52-1(E) may bar the charge) — L may")
    expect(findings.locator("li[data-helper='H'] .accessory-finding")).to_contain_text(
        "H ✔ MET — H is an accessory"
    )
    path = tmp_path / "barred.json"
    path.write_text(json.dumps(helper_barred()))
    with page.expect_response(lambda r: "/workbench/evaluate" in r.url):
        page.locator("#import-file").set_input_files(str(path))
    expect(page.locator("#summary .summary-pair")).to_have_count(2)  # T toward B, T toward C
    barred = findings.locator("li[data-helper='B'] .accessory-finding")
    expect(barred).to_contain_text("B barred by § 30-52-1(E) — B may be an accessory")
    expect(barred.locator(".status")).to_have_text("barred by § 30-52-1(E)")
    findings.scroll_into_view_if_needed()
    _shot(page, artifacts, "34-helper-barred")
