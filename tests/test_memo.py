"""The memo a prosecutor can file (issue 18, item 5): built on the summary, self-contained HTML
(no script, no external asset, caller text escaped), facts stated and still unknown in words,
what is still needed, the comparison, the notes once, the disclaimer; printed by Chromium with
the title and "page N of M" on every page."""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import nm_trafficking as nmt
from nm_trafficking.cli import main
from nm_trafficking.render.memo import css_string, render
from nm_trafficking.results import DISCLAIMER

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
TODAY = date(2026, 12, 1)
PATH_OR_ID = re.compile(r"\b[a-z]+_[a-z_]+\b|\busc-\d|\bfederal\.|\bas_of\b|conduct \w+:")


def _memo(name: str, **kw: Any) -> tuple[nmt.Assessment, str]:
    pattern = nmt.load(ROOT / "examples" / name)
    a = nmt.assess(pattern, today=TODAY, **kw)
    return a, render(a, pattern=pattern)


def _text(doc: str) -> str:
    """What a reader sees: the body's text, tags gone, entities read, spaces collapsed."""
    body = re.sub(r"<style>.*?</style>", " ", doc, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())


def _section(text: str, start: str, end: str | None) -> str:
    tail = text.split(start, 1)[1]
    return tail.split(end, 1)[0] if end else tail


def test_a_met_minor_case_reads_answer_first_with_facts_in_words() -> None:
    a, doc = _memo("a2_social_media_15.yaml")
    text = _text(doc)
    assert text.startswith("Memorandum: Social-media recruitment of a 15-year-old")
    assert "Date of the assessment 1 December 2026" in text
    assert f"nm_trafficking {a.library_version} (output contract {a.contract_version})" in text
    assert "Prepared by" in text and 'class="signature"' in doc  # a line to sign
    assert DISCLAIMER in text
    # the decision first, then the counts table with the act's date, age, text, grade
    conclusions = _section(text, "1. Conclusions", "2. Counts")
    assert "§ 30-52-1: MET ((A)(1), (A)(2)) — second degree felony (basic sentence 9 years" in (
        conclusions
    )
    counts = _section(text, "2. Counts", "3. The facts")
    assert "recruiting 10 March 2018 15 § 30-52-1 NMSA 1978, § 30-52-1 (2008) MET" in counts
    # the facts stated, from the fact pattern, with the actor as the subject
    facts = _section(text, "D's recruiting of V on 10 March 2018", "4. What is still needed")
    assert "D recruited V on 10 March 2018." in facts
    assert "D intended or knew that fraud would be used." in facts
    assert "D believed V to be 19" in facts
    # ... and the facts still unknown, by the statute's labels, with what they would settle
    unknown = _section(facts, "Facts still unknown", None)
    assert "interstate or foreign commerce" in unknown and "(§ 1590(a))" in unknown
    # § 1590's elements are unknown, but no fact concerns V's labor: its questions are not asked
    assert "questions 1, 2, 3, 4 below" in unknown
    needed = _section(text, "4. What is still needed", "5. State and federal law compared")
    for q in a.summary.needed:
        assert " ".join(q.text.split()) in needed
    compared = _section(text, "5. State and federal law compared", "6. Notes")
    for sentence in a.summary.pairs[0].comparison:
        assert sentence in compared


def test_the_notes_are_given_once_in_full() -> None:
    a, doc = _memo("a2_social_media_15.yaml")
    notes = _section(_text(doc), "6. Notes", None)
    for n in a.summary.notes:
        assert notes.count(" ".join(n.text.split())) == 1, n.text
    titles = re.findall(r"<h3>([^<]+)</h3>", doc.split("6. Notes", 1)[1])
    assert len(titles) == len(set(titles))


def test_a_labor_case_states_the_labor_facts_and_the_missing_commercial_sex() -> None:
    a, doc = _memo("a1_farm_labor_promised_wages.yaml")
    text = _text(doc)
    assert a.findings[0].status == "met"
    assert "The purpose was to subject W1 to labor." in text
    compared = _section(text, "5. State and federal law compared", "6. Notes")
    assert "§ 1591" in compared  # what separates the laws: no commercial sex act here


def test_an_open_case_asks_the_question_and_counts_it_open() -> None:
    a, doc = _memo("unknown_age.yaml")
    text = _text(doc)
    assert a.findings[0].status == "undetermined"
    assert "UNDETERMINED" in _section(text, "2. Counts", "3. The facts")
    assert a.summary.needed and "Nothing for the statuses" not in text
    assert " ".join(a.summary.needed[0].text.split()) in text


def test_several_pairs_each_have_their_counts_and_notes_say_whom_they_concern() -> None:
    a, doc = _memo("victim_who_recruits.yaml")
    text = _text(doc)
    counts = _section(text, "2. Counts", "3. The facts")
    assert "T toward B" in counts and "B toward C" in counts
    assert "T's obtaining of B on 1 February 2020" in text
    assert "B's recruiting of C on 1 June 2020" in text
    partial = [n for n in a.summary.notes if n.concerns]
    assert partial  # a note that concerns one pair of two says which
    assert any(f"{n.concerns[0]}: " in text for n in partial)


def test_federal_only_describes_the_federal_laws_and_their_facts() -> None:
    _, doc = _memo("federal_motel_venture.yaml", law="federal")
    text = _text(doc)
    assert "§ 30-52-1:" not in _section(text, "1. Conclusions", "2. Counts")
    assert "Assessment under 18 U.S.C. §§ 1591, 1589 and 1590" in text
    # federal facts stated as sentences about the people (never a field's path)
    assert "acts were in or affecting interstate or foreign commerce." in text
    assert "M knowingly assisted, supported or facilitated a violation of § 1591(a)(1)" in text
    assert "2018-04-11" not in text


def test_without_the_fact_pattern_the_facts_come_from_the_elements() -> None:
    a = nmt.assess(nmt.load(ROOT / "examples" / "a2_social_media_15.yaml"), today=TODAY)
    text = _text(a.memo(prepared_by="A. Prosecutor"))
    assert "Prepared by A. Prosecutor" in text
    assert "Established: A person under the age of eighteen years ((A)(2))" in text


def _caller_texts(pattern: nmt.FactPattern) -> list[str]:
    texts = [pattern.title or "", pattern.description or ""]
    texts += [p.description or "" for p in pattern.persons]
    texts += [c.description or "" for c in pattern.conduct]
    texts += [o.description or "" for o in pattern.observations]
    return [t for t in texts if t]


def _prose(doc: str, pattern: nmt.FactPattern, a: nmt.Assessment) -> str:
    """The memo's words, without the notes (quoted from the summary: see the next test), the
    disclaimer and the caller's own texts."""
    body = doc.split("Notes</h2>", 1)[0]
    text = _text(body).replace(a.disclaimer, "").replace("nm_trafficking ", "")  # its name
    for t in _caller_texts(pattern):
        text = text.replace(" ".join(html.escape(t, quote=False).split()), "")
        text = text.replace(" ".join(t.split()), "")
    return text


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_no_field_path_or_id_in_the_prose_of_any_example(path: Path) -> None:
    pattern = nmt.load(path)
    for law in ("all", "nm", "federal"):
        a = nmt.assess(pattern, today=TODAY, law=law)  # type: ignore[arg-type]
        text = _prose(render(a, pattern=pattern), pattern, a)
        assert not PATH_OR_ID.findall(text), (law, PATH_OR_ID.findall(text))
        assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", text), law  # dates in words
        for c in pattern.conduct:
            if c.id not in c.act.value:  # an act id that is not a word of its verb
                assert not re.search(rf"\b{re.escape(c.id)}\b", text), (law, c.id)


def test_no_id_in_the_notes_the_memo_quotes() -> None:
    _, doc = _memo("a2_social_media_15.yaml")
    assert not PATH_OR_ID.findall(_text(doc.split("Notes</h2>", 1)[1]))


HOSTILE = "<script>alert(1)</script> </style> \u202e\x1b & \"'"


def test_caller_text_is_escaped_and_the_document_self_contained() -> None:
    pattern = nmt.from_dict(
        {
            "title": HOSTILE,
            "description": HOSTILE,
            "persons": [{"id": "D"}, {"id": "V", "age": 15, "description": HOSTILE}],
            "conduct": [
                {
                    "id": "c1",
                    "actor": "D",
                    "person": "V",
                    "act": "recruiting",
                    "date": "2018-03-10",
                    "description": HOSTILE,
                }
            ],
        }
    )
    doc = render(nmt.assess(pattern, today=TODAY), prepared_by=HOSTILE, pattern=pattern)
    assert "<script" not in doc.lower() and "</style> " not in doc
    assert doc.count("&lt;script&gt;") == 6  # title, description, person, act, prepared by
    assert "\u202e" not in doc and "\x1b" not in doc and "\\u202e" in doc
    # nothing fetched (the timeline's url(#id) names a gradient or pattern of the document)
    assert not re.search(r"""(src|href)\s*=|@import|url\((?!#)""", doc)
    style = re.search(r"<style>(.*?)</style>", doc, flags=re.S)
    assert style is not None and "<" not in style.group(1)


def test_css_string_escapes_everything_but_letters_and_digits() -> None:
    assert css_string('a"b </style>') == ('"a\\000022b\\000020\\00003c\\00002fstyle\\00003e"')


def test_the_cli_prints_one_memo(capsys: pytest.CaptureFixture[str]) -> None:
    example = str(ROOT / "examples" / "a2_social_media_15.yaml")
    args = ["assess", example, "--format", "memo", "--today", "2026-12-01"]
    assert main([*args, "--prepared-by", "J. Doe"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("<!DOCTYPE html>") and out.rstrip().endswith("</html>")
    assert "Prepared by J. Doe" in _text(out)
    assert main(["assess", example, example, "--format", "memo"]) == 2
    assert "takes one fact pattern" in capsys.readouterr().err


# --- printed by Chromium ----------------------------------------------------------------------

CHROMIUM = os.environ.get("NMT_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]


def _skip_without(tool: str, install: str) -> None:
    if Path(tool).exists() or shutil.which(tool):
        return
    if os.environ.get("CI"):
        pytest.fail(f"{tool} is missing: .ci/run installs {install}", pytrace=False)
    pytest.skip(f"{tool} is not installed (apt-get install -y {install})")


def test_chromium_prints_the_title_and_page_n_of_m_on_every_page(tmp_path: Path) -> None:
    _skip_without(CHROMIUM, "chromium")
    _skip_without("pdftotext", "poppler-utils")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the test extra")
    _, doc = _memo("victim_who_recruits.yaml")
    pdf = tmp_path / "memo.pdf"
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.set_content(doc)
        page.pdf(path=str(pdf), prefer_css_page_size=True)
        browser.close()
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = text.rstrip("\f").split("\f")
    assert len(pages) >= 3, len(pages)  # a multi-page memo
    for n, page_text in enumerate(pages, 1):
        assert "Memorandum: A victim who recruits another" in page_text, n
        assert f"page {n} of {len(pages)}" in page_text, n
    assert "B's recruiting of C on 1 June 2020" in text


def test_the_counts_table_gives_each_count_its_limitation_warning() -> None:
    """A prosecutor's memo says, per count, the limitation period as a dated warning."""
    pattern = nmt.from_dict(
        {
            "persons": [{"id": "D"}, {"id": "V", "birth_date": "2004-02-29"}],
            "conduct": [
                {
                    "id": "a",
                    "actor": "D",
                    "person": "V",
                    "act": "recruiting",
                    "date": "2017-02-28",
                    "knowingly": True,
                    "will_be_caused_to_engage_in_commercial_sexual_activity": True,
                }
            ],
        }
    )
    memo = nmt.assess(pattern, today=date(2026, 12, 7), law="nm").memo()
    assert "<th>Limitation period</th>" in memo  # a short header (review 11); the lead says:
    assert "Each limitation period is a dated warning, unless tolled; check it." in memo
    assert "second degree felony: six years, to 28 February 2023 (passed), unless tolled" in memo
    assert "first degree felony: open" in memo


def _spanning_16th(birth: str) -> nmt.FactPattern:
    """Review 5, p06: a recruiting before the 16th birthday and a transporting after it."""
    acts = [("recruit", "recruiting", "2020-03-01"), ("transport", "transporting", "2020-04-02")]
    return nmt.from_dict(
        {
            "persons": [{"id": "D"}, {"id": "V", "birth_date": birth}],
            "conduct": [
                {
                    "id": i,
                    "actor": "D",
                    "person": "V",
                    "act": act,
                    "date": day,
                    "knowingly": True,
                    "will_be_caused_to_engage_in_commercial_sexual_activity": True,
                }
                for i, act, day in acts
            ],
        }
    )


def test_limitation_periods_that_have_run_are_marked_in_the_conclusions_and_the_counts() -> None:
    pattern = _spanning_16th("2004-03-20")
    text = _text(nmt.assess(pattern, today=date(2026, 12, 7), law="nm").memo(pattern=pattern))
    conclusions = _section(text, "1. Conclusions", "2. Counts")
    assert (
        "Every limitation period has passed (dated warnings, unless tolled; check): § 30-52-1 "
        "for the recruiting of 1 March 2020 (to 1 March 2026); § 30-52-1 for the transporting "
        "of 2 April 2020 (to 2 April 2025)." in conclusions
    )
    counts = _section(text, "2. Counts", "3. The facts")
    assert "six years, to 1 March 2026 (passed), unless tolled" in counts
    assert "five years, to 2 April 2025 (passed), unless tolled" in counts
    # a day before the first period ends: no mark
    earlier = _text(nmt.assess(pattern, today=date(2025, 4, 1), law="nm").memo())
    assert "(passed)" not in earlier and "limitation period has passed" not in earlier
    assert "Limitation periods passed" not in earlier
    # under every law, § 1591 has none and § 1590 has not run: only the state's are listed
    both = _text(nmt.assess(pattern, today=date(2026, 12, 7)).memo())
    assert "Limitation periods passed (dated warnings, unless tolled; check): § 30-52-1" in both
    assert "Every limitation period has passed" not in both


def test_a_birthday_is_at_the_earliest_only_for_a_range_of_birth_dates() -> None:
    exact = _text(nmt.assess(_spanning_16th("2004-03-20"), today=date(2026, 12, 7)).memo())
    assert "18th birthday comes after the last date shown: on 20 March 2022." in exact
    assert "at the earliest" not in exact
    pattern = _spanning_16th("2004-03-20").model_dump(mode="json", exclude_none=True)
    pattern["persons"][1] = {"id": "V", "age": 15, "age_on": "2020-03-01"}
    ranged = _text(nmt.assess(nmt.from_dict(pattern), today=date(2026, 12, 7)).memo())
    assert "birthday comes after the last date shown: at the earliest on" in ranged


# --- cross-references to the questions (review 7, item 7) --------------------------------------

OUTSIDE_NM = {  # review 7, c03: an act outside New Mexico that meets (A)(1), (A)(2) left open
    "title": "Recruited abroad",
    "persons": [{"id": "H1"}, {"id": "L", "birth_date": "2004-05-20"}],
    "conduct": [
        {
            "id": "recruit",
            "actor": "H1",
            "person": "L",
            "act": "recruiting",
            "date": "2019-11-01",
            "county": "outside New Mexico",
            "knowingly": True,
            "means_will_be_used": {"coercion": True, "fraud": True},
            "to_subject_to": {"labor": True, "services": True},
        }
    ],
}


def test_an_open_element_never_points_at_a_question_about_another_element() -> None:
    pattern = nmt.from_dict(OUTSIDE_NM)
    a = nmt.assess(pattern, today=date(2026, 12, 7), law="nm")
    text = _text(render(a, pattern=pattern))
    unknown = _section(text, "Facts still unknown", "4. What is still needed")
    assert "Intent or knowledge that the person will be caused to engage" in unknown
    assert "settle (question" not in unknown  # no question asks for (A)(2) here
    needed = _section(text, "4. What is still needed", None)
    assert needed.strip().startswith("Point of law: May New Mexico prosecute the recruiting")
    assert "Also still needed for this act: question 1 below." in unknown


def _memo_inputs() -> list[tuple[str, nmt.FactPattern, date | None, date]]:
    from nm_trafficking.cases import project_case_paths
    from nm_trafficking.cases.runner import load_cases

    out = [(p.stem, nmt.load(p), None, TODAY) for p in EXAMPLES]
    out.append(("outside_nm", nmt.from_dict(OUTSIDE_NM), None, TODAY))
    loaded, _ = load_cases(project_case_paths())
    out += [
        (c.id, c.pattern, c.as_of, c.today or TODAY)
        for f in loaded
        for c in f.cases
        if c.statute is None
    ]
    return out


def test_every_cross_reference_points_at_a_question_about_the_same_act_and_element() -> None:
    """Every "(questions N below)" beside an act's open elements names a question about that
    act and one of those elements (same law), in the list as printed; every other question
    about the act is named apart; no question about the act is left unnamed."""
    from nm_trafficking.render.memo import _context
    from nm_trafficking.render.summary_text import needed

    checked = 0
    for name, pattern, as_of, today in _memo_inputs():
        for law in ("all", "nm", "federal"):
            a = nmt.assess(pattern, today=today, as_of=as_of, law=law)  # type: ignore[arg-type]
            context = _context(a, None, pattern)
            printed = needed(a.summary)
            assert [q.number for q in context["needed"]] == list(range(1, len(printed) + 1))
            for pair, section in zip(a.summary.pairs, context["pairs"], strict=True):
                for count, act in zip(pair.counts, section.acts, strict=True):
                    about = [
                        n
                        for n, q in enumerate(printed, 1)
                        if (q.defendant, q.victim) == (pair.defendant, pair.victim)
                        and count.conduct in (q.conduct, *q.also)
                    ]
                    for n in act.questions:
                        q = printed[n - 1]
                        key = "in_force" if q.element == "date" else q.element
                        assert n in about, (name, law, act.heading, n)
                        assert (q.law, key) in act.facts.open_elements, (name, law, n, q.text)
                    others = sorted(set(about) - set(act.questions))
                    if others:
                        assert act.others is not None, (name, law, act.heading)
                        assert act.others.endswith(
                            f"question{'s' if len(others) > 1 else ''} "
                            f"{', '.join(map(str, others))} below."
                        )
                    else:
                        assert act.others is None, (name, law, act.heading)
                    checked += 1
    assert checked > 100
