"""The answer-first summary (issue 18): the decision per pair and law, each count, what is still
needed as questions naming the act by verb and date, the notes once; detail levels and their
schemas; no internal ids or field paths in the summary's prose."""

from __future__ import annotations

import html
import json
import re
from datetime import date
from pathlib import Path

import jsonschema
import pytest

import nm_trafficking as nmt
from nm_trafficking import statute
from nm_trafficking.cli import main
from nm_trafficking.detail import output_schema

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
TODAY = date(2026, 12, 7)

INTERNAL = re.compile(
    r"usc-\d{4}|nm_30_52_1|usc_15\d\d|\b[a-z]+_[a-z_]+\.[a-z_]+\b|\bconduct [A-Za-z0-9_.-]+:"
    r"|means_will_be_used|will_be_caused_to|benefit_from|to_subject_to|birth_date|\b\d{4}-\d\d-\d\d\b"
)


def _pattern(**victim: object) -> nmt.FactPattern:
    return nmt.from_dict(
        {
            "persons": [
                {"id": "D", "roles": ["trafficker"]},
                {"id": "V", "roles": ["victim"], **victim},
            ],
            "conduct": [
                {
                    "id": "r",
                    "actor": "D",
                    "person": "V",
                    "act": "recruiting",
                    "date": "2018-03-10",
                    "knowingly": True,
                }
            ],
        }
    )


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_level_of_every_example_validates_and_its_prose_has_no_internal_names(
    path: Path,
) -> None:
    result = nmt.assess(nmt.load(path), today=TODAY)
    for level in ("summary", "elements", "full"):
        doc = json.loads(result.to_json(detail=level))
        jsonschema.validate(doc, output_schema(level))
        assert doc["detail"] == level and next(iter(k for k in doc if k == "summary"))
    notebook = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", result._repr_html_(), flags=re.S)
    for prose in (
        result.explain("summary"),
        result.to_markdown("summary"),
        result.explain("full"),
        result.to_markdown("full"),
        html.unescape(re.sub(r"<[^>]+>", " ", notebook)),
    ):
        assert not INTERNAL.search(prose), INTERNAL.search(prose)


def test_a_summary_document_leaves_the_element_trees_out_and_full_keeps_the_1x_fields() -> None:
    result = nmt.assess(nmt.load(ROOT / "examples" / "a2_social_media_15.yaml"), today=TODAY)
    summary = result.to_dict(detail="summary")
    head = {"contract_version", "library_version", "detail", "summary", "disclaimer"}
    assert set(summary) == head
    full = result.to_dict(detail="full")
    assert list(full)[:4] == ["contract_version", "library_version", "detail", "summary"]
    assert {"findings", "laws", "statute_version", "notes"} <= set(full)
    assert "elements" in result.to_dict(detail="elements")
    with pytest.raises(ValueError, match="detail must be one of"):
        result.to_json(detail="everything")


def test_open_elements_become_questions_naming_the_act_by_verb_and_date() -> None:
    result = nmt.assess(_pattern(age=15, age_on="2018-03-10"), today=TODAY, law="nm")
    needed = result.summary.needed
    texts = [q.text for q in needed]
    assert texts, "an open (A)(1)/(A)(2) recruiting must leave questions"
    assert all("10 March 2018" in t for t in texts)
    assert all(not t.endswith("is not established") for t in texts)
    # (A)(2)'s open element, asked once even though it is the only route open to it
    caused = [q for q in needed if q.element.startswith("will_be_caused")]
    assert len(caused) == 1 and caused[0].citations == ["30-52-1(A)(2)"]
    assert caused[0].text.startswith("Did D intend or know, when recruiting V on 10 March 2018")
    assert all(q.kind == "fact" for q in needed)


def test_a_met_act_with_a_settled_grade_needs_nothing_under_the_state_statute() -> None:
    pattern = _pattern(age=15, age_on="2018-03-10").with_fact(
        "conduct.r.will_be_caused_to_engage_in_commercial_sexual_activity", True
    )
    result = nmt.assess(pattern, today=TODAY, law="nm")
    pair = result.summary.pairs[0]
    assert pair.laws[0].status == "met"
    assert pair.laws[0].grading.certain == "second_degree_felony"
    assert "9 years" in pair.laws[0].grading.words
    assert result.summary.needed == []


def test_an_open_grade_asks_for_the_age_and_lists_grades_most_serious_first() -> None:
    pattern = _pattern(age=13, age_on="2019-01-01").with_fact(
        "conduct.r.will_be_caused_to_engage_in_commercial_sexual_activity", True
    )
    result = nmt.assess(pattern, today=TODAY, law="nm")
    grading = result.summary.pairs[0].laws[0].grading
    severities = [nmt.statute.VERSIONS[-1].grading.grade(g).severity for g in grading.possible]
    assert severities == sorted(severities, reverse=True) and len(severities) > 1
    ages = [q for q in result.summary.needed if q.element == "grade"]
    assert ages and "How old was V at the recruiting of 10 March 2018" in ages[0].text


def test_a_leap_day_age_is_a_point_of_law_not_missing_evidence() -> None:
    pattern = nmt.from_dict(
        {
            "persons": [
                {"id": "D", "roles": ["trafficker"]},
                {"id": "V", "roles": ["victim"], "birth_date": "2004-02-29"},
            ],
            "conduct": [
                {
                    "id": "r",
                    "actor": "D",
                    "person": "V",
                    "act": "recruiting",
                    "date": "2022-02-28",
                    "knowingly": True,
                    "will_be_caused_to_engage_in_commercial_sexual_activity": True,
                }
            ],
        }
    )
    result = nmt.assess(pattern, today=TODAY, law="nm")
    points = [q for q in result.summary.needed if q.kind == "point_of_law"]
    assert points and "29 February" in points[0].text
    assert "[point of law]" in result.explain("summary")


def test_each_note_is_given_once_with_the_pairs_it_concerns() -> None:
    data = {
        "persons": [
            {"id": "D", "roles": ["trafficker"]},
            {"id": "V1", "roles": ["victim"], "age": 20},
            {"id": "V2", "roles": ["victim"], "age": 30},
        ],
        "conduct": [
            {"id": f"r{i}", "actor": "D", "person": v, "act": "recruiting", "date": "2019-01-01"}
            for i, v in enumerate(("V1", "V2"))
        ],
    }
    result = nmt.assess(nmt.from_dict(data), today=TODAY)
    notes = result.summary.notes
    keys = [(n.kind, n.citation, n.text) for n in notes]
    assert len(keys) == len(set(keys))
    per_pair = sum(len(f.notes) for f in result.findings)
    assert len([n for n in notes if n.kind == "jurisdiction"]) == 1 < per_pair
    text = result.explain("summary")
    assert text.count("who may prosecute") == 1


def test_federal_only_summary_has_no_state_lines() -> None:
    result = nmt.assess(nmt.load(ROOT / "examples" / "federal_motel_venture.yaml"), law="federal")
    summary = result.summary
    assert all(law.law != "nm_30_52_1" for p in summary.pairs for law in p.laws)
    assert "§ 30-52-1:" not in result.explain("summary")


def test_the_command_gives_each_detail_level(capsys: pytest.CaptureFixture[str]) -> None:
    example = str(ROOT / "examples" / "a2_social_media_15.yaml")
    assert main(["assess", example, "--detail", "summary", "--format", "json"]) == 0
    record = json.loads(capsys.readouterr().out)[0]
    assert record["detail"] == "summary" and "findings" not in record
    assert main(["assess", example, "--detail", "summary"]) == 0
    text = capsys.readouterr().out
    assert text.splitlines()[0].startswith("Social-media recruitment")
    assert "D toward V:" in text and "Still needed" in text
    assert main(["assess", example, "--detail", "elements"]) == 0
    assert "Elements: D toward V" in capsys.readouterr().out


def test_the_readme_example_fits_a_screen_and_its_summary_json_is_small() -> None:
    """Issue 18's targets for the README's first example at the default laws: the summary text
    in at most 40 lines, the summary JSON in at most 16 KB (sizes, not timings)."""
    result = nmt.assess(nmt.load(ROOT / "examples" / "a2_social_media_15.yaml"), today=TODAY)
    assert len(result.explain().splitlines()) <= 40
    assert len(result.to_json().encode("utf-8")) <= 16 * 1024


def test_the_notebook_shows_the_summary_first_and_the_tree_on_request() -> None:
    result = nmt.assess(nmt.load(ROOT / "examples" / "a2_social_media_15.yaml"), today=TODAY)
    html = result._repr_html_()
    summary_at = html.index('aria-label="Summary"')
    tree_at = html.index("<details><summary>Elements, counts and notes in full")
    assert summary_at < tree_at
    assert "Still needed" in html[summary_at:tree_at]
    assert "second degree felony (basic sentence 9 years [S])" in html[summary_at:tree_at]


def test_the_same_question_of_several_acts_is_asked_once_naming_each_act() -> None:
    data = {
        "persons": [{"id": "D"}, {"id": "V", "birth_date": "2006-01-01"}],
        "conduct": [
            {"id": "e", "actor": "D", "person": "V", "act": "enticing", "date": "2018-11-02"},
            {"id": "t", "actor": "D", "person": "V", "act": "transporting", "date": "2018-11-09"},
        ],
    }
    result = nmt.assess(nmt.from_dict(data), today=TODAY, law="nm")
    knowingly = [q for q in result.summary.needed if q.element == "knowingly"]
    assert len(knowingly) == 1 and knowingly[0].conduct == "e" and knowingly[0].also == ["t"]
    assert knowingly[0].text.endswith("Likewise for the transporting of 9 November 2018.")


def test_an_unknown_age_is_said_so_in_the_question() -> None:
    result = nmt.assess(_pattern(), today=TODAY, law="nm")
    ages = [q.text for q in result.summary.needed if q.element == "under_eighteen"]
    # (A)(2) and the grade both turn on it: one question, naming both (review A)
    assert ages == [
        "How old was V at the recruiting of 10 March 2018? The facts do not give the age: (A)(2) "
        "turns on eighteen and the grade on thirteen and sixteen."
    ]


def test_every_note_kind_has_a_title_for_the_summary() -> None:
    """The summary names each note by its kind's title (the text is one step away): a kind the
    code can give without a title in ``words.NOTE_TITLES`` fails here."""
    from nm_trafficking import words

    code = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "nm_trafficking").rglob("*.py"))
    kinds = set(re.findall(r'Note\(\s*kind="([a-z0-9_]+)"', code))
    kinds |= set(re.findall(r'\bkind="([a-z0-9_]+)",\s*citation=', code))
    kinds |= {
        f"no_minor_variant_of_{p.short.lower()}"
        for p in nmt.statute.latest().offences
        if p.minor_note
    }
    assert len(kinds) > 20
    assert kinds - set(words.NOTE_TITLES) == set()


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_the_elements_view_names_facts_in_words(path: Path) -> None:
    """One step from the summary, each element's deciding facts are named in words (the JSON's
    ``facts`` keep the references), and the notes in full name acts by verb and date."""
    result = nmt.assess(nmt.load(path), today=TODAY)
    text = result.explain("elements")
    assert "facts:" in text or not result.findings
    assert not INTERNAL.search(text), INTERNAL.search(text)


def test_every_element_open_for_want_of_evidence_has_a_question_of_its_own() -> None:
    """An element that evidence can leave open is asked in its own words: the fallback
    ("can it be established: <label>?") is only for elements a stated act or date decides
    (the verb, the text in force), which the facts never leave open."""
    decided_by_act_or_date = {"conduct", "in_force", "in_this_text"}
    missing = [
        (law.id, version.id, paragraph.citation, element.key)
        for law in statute.LAWS.values()
        for version in (*law.versions, *([law.undated] if law.undated is not None else []))
        for paragraph in version.offences
        for element in paragraph.elements
        if element.key not in decided_by_act_or_date and not element.question
    ]
    assert missing == []


def test_a_question_for_one_federal_prong_names_the_prong() -> None:
    """Questions of two prongs are alternatives: each names its prong, so that the list does
    not read as if both were needed; one every prong asks names the paragraph alone."""
    from nm_trafficking.render.summary_text import cites

    force = "18 U.S.C. § 1591(a)(1) force, fraud or coercion"
    minor = "18 U.S.C. § 1591(a)(1) minor"
    assert cites([minor]) == "§ 1591(a)(1) (minor)"
    assert cites([force]) == "§ 1591(a)(1) (force, fraud or coercion)"
    assert cites([force, minor]) == "§ 1591(a)(1)"
    assert cites(["18 U.S.C. § 1590(a)"]) == "§ 1590(a)"
    assert cites(["30-52-1(A)(1)", "30-52-1(A)(2)"]) == "(A)(1), (A)(2)"


def test_an_undated_act_asks_its_date_once_as_a_fact_for_every_federal_section() -> None:
    """Where the federal texts differ over an undated act's possible dates, what is missing
    is the date — evidence, not a point of law — and it is asked once for every section."""
    pattern = nmt.FactPattern.model_validate(
        {
            "persons": [{"id": "D"}, {"id": "W", "age": 30, "age_on": "2025-01-01"}],
            "conduct": [
                {
                    "id": "c1",
                    "actor": "D",
                    "person": "W",
                    "act": "obtaining",
                    "knowingly": True,
                    "means_will_be_used": {"coercion": True},
                    "to_subject_to": {"labor": True},
                }
            ],
        }
    )
    # federal alone: with § 30-52-1 too, the date is asked once for all four laws (review 10,
    # tests/test_review10_questions.py)
    summary = nmt.assess(pattern, today=date(2026, 12, 7), law="federal").summary
    federal = [q for q in summary.needed if q.law != "nm_30_52_1"]
    dates = [q for q in federal if q.element == "date"]
    assert len(dates) == 1
    assert dates[0].kind == "fact"
    # (§ 1591 asks nothing: no fact concerns W engaging in a commercial sex act; decision 19)
    assert set(dates[0].citations) == {"18 U.S.C. § 1589", "18 U.S.C. § 1590"}
    assert not [q for q in federal if q.law == "usc_1591"]
    assert dates[0].text.startswith("When did the undated obtaining take place?")
    assert not [q for q in federal if q.kind == "point_of_law"]
    texts = {a.text for a in summary.pairs[0].counts[0].laws.values()}
    assert "18 U.S.C. § 1591 (the text turns on the date, not stated)" in texts


def test_a_federal_section_not_met_says_why_even_where_the_state_statute_fails_too() -> None:
    """Harboring is no 2008 verb: § 30-52-1 fails on it. A harboring says nothing of whether D
    provided or obtained V's labor or services, so § 1589(a) is open, and its line says why no
    question is asked (no fact concerns V's labor) — also when § 30-52-1 is not assessed."""
    pattern = nmt.FactPattern.model_validate(
        {
            "persons": [{"id": "D"}, {"id": "V", "birth_date": "2004-06-01"}],
            "conduct": [
                {
                    "id": "c1",
                    "actor": "D",
                    "person": "V",
                    "act": "harboring",
                    "date": "2019-01-12",
                    "knowingly": True,
                }
            ],
        }
    )
    for law in ("all", "federal"):
        (pair,) = nmt.assess(pattern, today=date(2026, 12, 7), law=law).summary.pairs
        (s1589,) = [x for x in pair.laws if x.law == "usc_1589"]
        assert s1589.status == "undetermined"
        assert s1589.why is not None
        assert s1589.why == (
            "§ 1589(a) needs V's labor or services, and no fact stated puts them at issue, so "
            "none of § 1589's questions is asked"
        )
        if law == "all":
            (state,) = [x for x in pair.laws if x.law == "nm_30_52_1"]
            assert state.status == "not_met" and "harboring" in (state.why or "")


def test_an_undated_act_no_text_reaches_is_not_met_whichever_text_applies() -> None:
    """An undated recruiting that may fall before or after 2008: whether D provided or obtained
    V's labor is not stated under either text of § 1589, so § 1589 is open whichever applies —
    as for a dated act (decision 19); § 1590 (recruits) stays open."""
    pattern = nmt.FactPattern.model_validate(
        {
            "persons": [{"id": "D"}, {"id": "V", "birth_date": "2006-01-01"}],
            "conduct": [
                {"id": "v", "actor": "D", "person": "V", "act": "recruiting", "knowingly": True}
            ],
        }
    )
    result = nmt.assess(pattern, today=date(2026, 12, 7))
    (pair,) = result.summary.pairs
    status = {x.law: x.status for x in pair.laws}
    assert status["usc_1589"] == "undetermined" and status["usc_1590"] == "undetermined"
    # judged under both texts (the 2008 window gives either), and named under neither
    s1589 = result.findings[0].jurisdictions["usc_1589"]
    assert s1589.texts == ["usc-1589-2000", "usc-1589-2008"]
    assert s1589.counts[0].text_version is None


def test_an_advertising_act_is_asked_about_knowledge_only() -> None:
    """Since 2015 only knowledge serves where the act is advertising (§ 1591(a), and § 1591(c)
    does not list it): the questions for such an act do not offer reckless disregard."""
    pattern = nmt.FactPattern.model_validate(
        {
            "persons": [{"id": "D"}, {"id": "V", "birth_date": "2010-06-01"}],
            "conduct": [
                {
                    "id": "ad",
                    "actor": "D",
                    "person": "V",
                    "act": "advertising",
                    "date": "2023-03-01",
                    "knowingly": True,
                }
            ],
        }
    )
    needed = nmt.assess(pattern, today=date(2026, 12, 7), law="federal").summary.needed
    asked = [q.text for q in needed if q.element in ("means_will_be_used", "age_mental_state")]
    assert len(asked) == 2
    assert all(
        "recklessly disregard," not in t and "Did D know, when advertising" in t for t in asked
    )
    assert not any("opportunity to observe" in t for t in asked)


def test_a_ventures_advertising_is_asked_about_knowledge_only() -> None:
    """Under § 1591(a)(2) the carve-out follows the venture's act: where it is advertising,
    the benefiting actor is asked about knowledge alone."""
    pattern = nmt.FactPattern.model_validate(
        {
            "persons": [{"id": "D"}, {"id": "V", "birth_date": "2010-06-01"}],
            "conduct": [
                {"id": "b", "actor": "D", "person": "V", "act": "benefiting",
                 "date": "2023-03-01", "knowingly": True, "benefit": {"financially": True},
                 "federal": {"venture": {"act": "advertising",
                                         "two_or_more_individuals_associated_in_fact": True}}}
            ],
        }
    )  # fmt: skip
    needed = nmt.assess(pattern, today=date(2026, 12, 7), law="federal").summary.needed
    asked = [q.text for q in needed if q.element in ("means_will_be_used", "age_mental_state")]
    assert asked and all("recklessly disregard," not in t for t in asked), asked


@pytest.mark.parametrize("law", ["nm", "all"])
def test_an_assumed_date_is_said_in_words_in_every_prose_output(law: str) -> None:
    """``as_of`` (the date assumed for undated acts) is the caller's option, not a word of the
    output: every prose view says the date in words and names no option or field."""
    doc = _pattern(age=15, age_on="2018-03-10").model_dump(mode="json", exclude_none=True)
    del doc["conduct"][0]["date"]
    result = nmt.assess(nmt.from_dict(doc), as_of=date(2018, 3, 10), today=TODAY, law=law)
    notebook = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", result._repr_html_(), flags=re.S)
    for prose in (
        result.explain("summary"),
        result.explain("full"),
        result.to_markdown("full"),
        html.unescape(re.sub(r"<[^>]+>", " ", notebook)),
    ):
        assert "10 March 2018" in prose
        found = INTERNAL.search(prose) or re.search(r"\bas_of\b", prose)
        assert not found, found


def test_the_texts_in_force_follow_the_texts_registered() -> None:
    """The summary's texts per law (made once per set of laws) follow a text registered later
    (``statute.enacted``: a synthetic amendment) and drop it again when it is withdrawn: what is
    kept of the statute data is forgotten when the texts change."""
    import dataclasses

    from nm_trafficking.statute.v2008 import VERSION_2008

    def nm_texts() -> list[tuple[str, date]]:
        s = nmt.assess(_pattern(age=15), today=TODAY).summary
        return [(t.name, t.in_force_from) for t in s.texts["nm_30_52_1"]]

    before = nm_texts()
    new = dataclasses.replace(
        VERSION_2008,
        id="test-2031-summary-texts",
        citation="NMSA 1978, § 30-52-1 (2031, test double)",
        in_force_from=date(2031, 1, 1),
    )
    with statute.enacted(new):
        during = nm_texts()
    assert during == [*before, ("NMSA 1978, § 30-52-1 (2031, test double)", date(2031, 1, 1))]
    assert nm_texts() == before


def test_a_federal_only_result_names_the_federal_laws_in_its_disclaimer() -> None:
    """``law="federal"``: the disclaimer says what the result models (the federal sections), not
    § 30-52-1 (review); the state and default results keep theirs."""
    pattern = nmt.load(ROOT / "examples" / "a2_social_media_15.yaml")
    federal = nmt.assess(pattern, today=TODAY, law="federal")
    assert federal.disclaimer == nmt.results.FEDERAL_ONLY_DISCLAIMER
    assert "a model of 18 U.S.C. §§ 1589, 1590 and 1591" in federal.disclaimer
    assert "§ 30-52-1" not in federal.disclaimer
    for shown in (federal.explain(), federal.to_markdown(), federal.memo()):
        assert "a model of NMSA 1978" not in " ".join(shown.split())
    assert nmt.assess(pattern, today=TODAY, law="nm").disclaimer == nmt.DISCLAIMER
    assert nmt.assess(pattern, today=TODAY).disclaimer.startswith(nmt.DISCLAIMER)


def test_a_reason_every_paragraph_fails_on_is_not_said_of_one() -> None:
    """Conduct not done knowingly fails (A)(1), (A)(2) and (A)(3) alike: the pair's line names
    all three, not the one paragraph the facts support most (review)."""
    doc = _pattern(age=14, age_on="2018-03-10").model_dump(mode="json", exclude_none=True)
    doc["conduct"][0].update(
        knowingly=False, will_be_caused_to_engage_in_commercial_sexual_activity=True
    )
    result = nmt.assess(nmt.from_dict(doc), today=TODAY, law="nm")
    line = " ".join(result.explain().split())
    assert "NOT MET — D did not act knowingly ((A)(1), (A)(2) and (A)(3))" in line
    doc["conduct"][0].update(knowingly=True, act="harboring")
    line = " ".join(nmt.assess(nmt.from_dict(doc), today=TODAY, law="nm").explain().split())
    assert "(A)(1), (A)(2)" not in line


def test_a_pairs_line_says_when_the_limitation_periods_of_its_counts_have_passed() -> None:
    """The deciding fact for a charge: the law's line says so when the periods have run (dated
    warnings), in the text, Markdown and notebook views; not when none has (review)."""
    doc = _pattern(age=15, age_on="2018-03-10").model_dump(mode="json", exclude_none=True)
    act = doc["conduct"][0]
    act.update(will_be_caused_to_engage_in_commercial_sexual_activity=True)
    later = {**act, "id": "s", "act": "soliciting", "date": "2022-03-10"}
    both = nmt.from_dict({**doc, "conduct": [act, {**later, "date": "2018-04-10"}]})
    result = nmt.assess(both, today=TODAY, law="nm")
    said = "the limitation period has passed for every count that meets or may meet it"
    for prose in (result.explain(), result.to_markdown(), html.unescape(result._repr_html_())):
        assert said in " ".join(prose.split())
    mixed = nmt.assess(nmt.from_dict({**doc, "conduct": [act, later]}), today=TODAY, law="nm")
    line = " ".join(mixed.explain().split())
    # and the count still in time, with its last day (review Z2-4 of session 8)
    assert (
        "the limitation period has passed for the recruiting of 10 March 2018 (second degree) and "
        "runs to 10 March 2027 for the soliciting of 10 March 2022 (possible third degree) (unless"
    ) in line
    assert "passed for the soliciting" not in line
    fresh = nmt.assess(nmt.from_dict({**doc, "conduct": [later]}), today=TODAY, law="nm")
    assert "has passed" not in fresh.explain()


def test_questions_of_several_pairs_are_grouped_under_each_pair() -> None:
    """Two acts of one verb and day toward two persons read alike: with several pairs, each
    pair's questions come under its name (text, Markdown, notebook); one pair: no heading."""
    doc = _pattern(age=15, age_on="2018-03-10").model_dump(mode="json", exclude_none=True)
    doc["persons"].append({"id": "W", "age": 16, "age_on": "2018-03-10"})
    other = {**doc["conduct"][0], "id": "w", "person": "W"}
    result = nmt.assess(nmt.from_dict({**doc, "conduct": [*doc["conduct"], other]}), today=TODAY)
    text = result.explain()
    needed = text[text.index("Still needed:") :]
    assert needed.index("  D toward V:") < needed.index("  D toward W:")
    assert "**D toward W**" in result.to_markdown()
    assert "<b>D toward W:</b>" in result._repr_html_()
    single = nmt.assess(_pattern(age=15, age_on="2018-03-10"), today=TODAY).explain()
    assert "D toward V:" in single and "  D toward V:\n  1." not in single


def test_a_not_met_law_says_why_each_paragraph_fails() -> None:
    """Each paragraph fails for its own reason: the pair's line gives the fewest reasons that
    cover them all, each naming the paragraphs it defeats (review: one paragraph's reason was
    given for all, or a prong's reason for a prong it does not concern)."""
    doc = _pattern(age=14, age_on="2018-03-10").model_dump(mode="json", exclude_none=True)
    doc["conduct"][0].update(
        act="transporting",
        means_will_be_used={"force": False, "fraud": False, "coercion": False},
        will_be_caused_to_engage_in_commercial_sexual_activity=False,
    )
    line = " ".join(nmt.assess(nmt.from_dict(doc), today=TODAY, law="nm").explain().split())
    head = line[line.index("§ 30-52-1: NOT MET") :].split(" Count:")[0]
    assert "force, fraud or coercion would be used ((A)(1))" in head
    assert "commercial sexual activity" in head and "((A)(2))" in head
    assert "not benefiting" in head and "((A)(3))" in head


def test_every_question_about_an_act_on_an_assumed_date_says_it_is_assumed() -> None:
    doc = _pattern(age=15, age_on="2018-03-10").model_dump(mode="json", exclude_none=True)
    del doc["conduct"][0]["date"]
    result = nmt.assess(nmt.from_dict(doc), as_of=date(2018, 3, 10), today=TODAY)
    asked = [q.text for q in result.summary.needed if "10 March 2018" in q.text]
    assert asked and all("10 March 2018 (date assumed)" in t for t in asked)


def test_bands_of_one_provision_name_it_once() -> None:
    """A provision giving two bands in a row is named once: "(a): up to life if …, or up to
    20 years [S]", not "…, or (a): up to 20 years"; different provisions keep their names."""
    result = nmt.assess(nmt.load(ROOT / "examples" / "a2_social_media_15.yaml"), today=TODAY)
    (pair,) = result.summary.pairs
    grading = {law.law: law.grading.words for law in pair.laws}
    assert grading["usc_1590"].count("(a):") == 1
    assert grading["usc_1590"].endswith("or up to 20 years [S]")
    assert grading["usc_1591"].count("(b)(1):") == 1 and "or § 1591(b)(2):" in grading["usc_1591"]


def test_no_two_notes_share_a_kind_citation_and_pairs() -> None:
    """Review 11: the summary listed the § 1589 cautions twice and "open points (unverified)"
    three times (one title, several texts): notes of one kind and citation for the same pairs
    are one note, their texts in turn, every text kept."""
    for path in sorted((ROOT / "examples").glob("*.yaml")):
        a = nmt.assess(nmt.load(path), today=TODAY)
        keys = [(n.kind, n.citation, tuple(n.concerns)) for n in a.summary.notes]
        assert len(keys) == len(set(keys)), path.name
    motel = nmt.assess(nmt.load(ROOT / "examples" / "federal_motel_venture.yaml"), today=TODAY)
    (cautions,) = [
        n
        for n in motel.summary.notes
        if n.kind == "text_caution" and n.citation and "1589" in n.citation
    ]
    full = motel.finding("M", "G").jurisdictions["usc_1589"].notes
    for note in full:
        if note.kind == "text_caution":
            assert note.text in cautions.text  # nothing dropped
