"""The cautions of a pair's § 30-52-1 result on the page (``summary.pairs[].laws[].cautions``,
contract 2.6.0): Indian country, a defendant who is also a victim, a defendant under eighteen,
shown under the state result in the words the text summary's line gives them. In the same
headless Chromium as ``test_workbench_browser.py`` (its server, browser and page fixtures)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

import nm_trafficking as nmt
from tests import test_workbench_browser as browser_tests
from tests.test_cautions import ALL_THREE

# the server, the browser and a fresh page, as the other browser tests have them
base_url = browser_tests.base_url
browser = browser_tests.browser
artifacts = browser_tests.artifacts
page = browser_tests.page
expect = browser_tests.expect


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_the_cautions_show_under_the_state_result(
    page: Any, artifacts: Path, tmp_path: Path
) -> None:
    path = tmp_path / "k.json"
    path.write_text(ALL_THREE.model_dump_json(exclude_unset=True))
    answers: list[Any] = []
    page.on("response", lambda r: answers.append(r) if "/api/v1/workbench/" in r.url else None)
    page.locator("#import-file").set_input_files(str(path))
    pair = page.locator("#summary .summary-pair[data-pair='K|V']")
    state = pair.locator(".law[data-law='nm_30_52_1']")
    expect(state).to_be_visible()
    shown = state.locator("ul.cautions > li")
    expect(shown).to_have_count(3)

    # the words are the summary's, as the page received them, in its order
    summary = json.loads(answers[-1].text())["assessment"]["summary"]
    (received,) = [p for p in summary["pairs"] if p["defendant"] == "K"]
    (law,) = [x for x in received["laws"] if x["law"] == "nm_30_52_1"]
    cautions = law["cautions"]
    assert [c["kind"] for c in cautions] == ["indian_country", "also_victim", "child_defendant"]
    expect(shown).to_have_text([c["text"] for c in cautions])
    assert [shown.nth(i).get_attribute("data-kind") for i in range(3)] == [
        c["kind"] for c in cautions
    ]
    # and the text summary's § 30-52-1 line says them, word for word, after the grade
    text = _flat(nmt.assess(ALL_THREE).explain())
    assert " ".join(_flat(c["text"]) for c in cautions) in text
    # under the state result: after its grade, inside its entry (not under § 1591's or T's)
    order = state.evaluate(
        "el => [...el.querySelectorAll('.law-status, .grade, ul.cautions')].map(e => e.className)"
    )
    assert order == ["law-status", "grade", "cautions"]
    expect(page.locator("#summary ul.cautions")).to_have_count(1)
    state.scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / "cautions.png"), full_page=True)


def test_a_pair_with_no_caution_shows_none(page: Any) -> None:
    """The social-media case of a 15-year-old (an adult defendant, no Indian country)."""
    browser_tests._build_social_media_case(page)
    expect(browser_tests._a2(page).locator(".status")).to_have_text("✔ MET")
    expect(page.locator("#summary ul.cautions")).to_have_count(0)


def _import(page: Any, tmp_path: Path, plain: dict[str, Any], name: str) -> dict[str, Any]:
    """Import a pattern; the service's answer (its JSON)."""
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(plain))
    with page.expect_response(lambda r: "/workbench/evaluate" in r.url) as answer:
        page.locator("#import-file").set_input_files(str(path))
    expect(page.locator("#summary .summary-pair")).to_have_count(1)
    got: dict[str, Any] = answer.value.json()
    return got


def _shown(page: Any, answer: dict[str, Any], defendant: str) -> tuple[Any, list[Any]]:
    """The page's cautions under ``defendant``'s § 30-52-1 result, and the JSON's."""
    (pair,) = [p for p in answer["assessment"]["summary"]["pairs"] if p["defendant"] == defendant]
    (law,) = [x for x in pair["laws"] if x["law"] == "nm_30_52_1"]
    key = f"{pair['defendant']}|{pair['victim']}"
    state = page.locator(f"#summary .summary-pair[data-pair='{key}'] .law[data-law='nm_30_52_1']")
    return state.locator("ul.cautions > li"), law.get("cautions", [])


def test_a_stings_reason_shows_first_among_the_cautions(
    page: Any, artifacts: Path, tmp_path: Path
) -> None:
    """The sentence of a sting's line that had no field (why the minor offense's paragraph is
    not met) is the caution ``sting``, shown first, as the text line says it."""
    from tests.test_workbench_page_words import STING, STING_REASON

    answer = _import(page, tmp_path, STING, "sting")
    shown, cautions = _shown(page, answer, "D")
    assert [c["kind"] for c in cautions] == ["sting", "indian_country"]
    expect(shown).to_have_text([c["text"] for c in cautions])
    expect(shown.first).to_have_text(STING_REASON)
    assert shown.first.get_attribute("data-kind") == "sting"
    text = _flat(nmt.assess(nmt.from_dict(STING)).explain())
    assert "[S]). " + " ".join(_flat(c["text"]) for c in cautions) in text
    shown.first.scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / "cautions-sting.png"))


@pytest.mark.parametrize("knowingly", [False, True])
def test_the_evidence_against_a_stated_means_shows_last(
    page: Any, tmp_path: Path, knowingly: bool
) -> None:
    """The line's note that indicators on file contradict a stated means is the caution
    ``evidence_against_means``, shown last, also under a result not met."""
    from tests.test_workbench_page_words import EVIDENCE, contradicted

    plain = contradicted(knowingly)
    answer = _import(page, tmp_path, plain, "evidence")
    shown, cautions = _shown(page, answer, "D")
    assert cautions[-1]["kind"] == "evidence_against_means"
    expect(shown).to_have_text([c["text"] for c in cautions])
    expect(shown.last).to_have_text(EVIDENCE)
    assert shown.last.get_attribute("data-kind") == "evidence_against_means"
    status = "not_met" if not knowingly else "undetermined"
    assert _flat(EVIDENCE) in _flat(nmt.assess(nmt.from_dict(plain), law="nm").explain())
    state = page.locator("#summary .law[data-law='nm_30_52_1']")
    expect(state.locator(".law-status .status")).to_have_class(f"status status-{status}")


def test_a_persons_indian_status_is_edited_in_the_person_with_the_schemas_help(
    page: Any, artifacts: Path, tmp_path: Path
) -> None:
    """The person fact ``indian`` (yes / no / unknown) beside the person's other facts, asked as
    the summary asks it, with the input schema's description as help text; the answer is
    sent, assessed and exported."""
    from nm_trafficking.facts.persons import Person
    from tests.test_workbench_page_words import STING

    plain = json.loads(json.dumps(STING))
    plain["persons"][1]["indian"] = False  # O: not an Indian (stated); D: not stated
    answer = _import(page, tmp_path, plain, "indian")
    _, cautions = _shown(page, answer, "D")
    (before,) = [c["text"] for c in cautions if c["kind"] == "indian_country"]
    assert "D is stated to be an Indian" not in before
    d = page.locator("fieldset.person[data-index='0']")
    o = page.locator("fieldset.person[data-index='1']")
    group = d.get_by_role("radiogroup", name="Is D an Indian?")
    expect(group).to_be_visible()
    help_text = Person.model_fields["indian"].description or ""
    expect(group.locator(".fact-help")).to_have_text(help_text)
    help_id = group.locator(".fact-help").get_attribute("id") or ""
    expect(group).to_have_attribute("aria-describedby", help_id)
    expect(group.get_by_label("Unknown")).to_be_checked()
    # O's stated "no" is shown in O's own group, not listed as a fact the form does not show
    expect(
        o.get_by_role("radiogroup", name="Is O an Indian?").get_by_label("No", exact=True)
    ).to_be_checked()
    expect(o.locator(".not-shown")).to_have_count(0)

    with page.expect_request(lambda r: "/workbench/evaluate" in r.url) as sent:
        group.get_by_label("Yes", exact=True).check()
    body = json.loads(sent.value.post_data or "{}")
    (sent_d,) = [p for p in body["pattern"]["persons"] if p["id"] == "D"]
    assert sent_d["indian"] is True
    # the summary follows: D is stated to be an Indian (the State may lack jurisdiction)
    a = nmt.assess(nmt.from_dict(body["pattern"]), law="all")
    (pair,) = a.summary.pairs
    (law,) = [x for x in pair.laws if x.law == "nm_30_52_1"]
    (indian,) = [c for c in law.cautions if c.kind == "indian_country"]
    assert "D is stated to be an Indian" in indian.text
    state = page.locator("#summary .law[data-law='nm_30_52_1'] ul.cautions")
    expect(state.locator("li[data-kind='indian_country']")).to_have_text(indian.text)
    # back to unknown: the fact is left out of the pattern sent (unknown is never "no")
    with page.expect_request(lambda r: "/workbench/evaluate" in r.url) as sent:
        group.get_by_label("Unknown").check()
    body = json.loads(sent.value.post_data or "{}")
    (sent_d,) = [p for p in body["pattern"]["persons"] if p["id"] == "D"]
    assert "indian" not in sent_d
    group.scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / "person-indian.png"))
