"""Session 6, review H (trainer): the terminal answer key answers what the worksheet asks (H5),
the quiz's feedback and its points agree (H6), and the training words a careful lawyer would
write: s40's teaching point (H7), the reason that names a verb's paragraphs (H12), the facts
not said twice (H13), and every teaching point read once."""

from __future__ import annotations

import io
import re
from typing import Any

import pytest

from nm_trafficking.cli import main
from nm_trafficking.statute.v2008.e_victim_not_accessory import PARAGRAPH_E
from nm_trafficking.training import scenario, scenarios, scoring
from nm_trafficking.training.quiz import run_interactive
from nm_trafficking.workbench.classroom import check, worksheet_html
from nm_trafficking.workbench.words import pattern_sentences

ALL = scenarios()


def _key(*ids: str, capsys: pytest.CaptureFixture[str]) -> str:
    args = ["quiz", "--worksheet", "--key"] + [x for i in ids for x in ("--scenario", i)]
    assert main(args) == 0
    return capsys.readouterr().out.split("\nAnswer key\n", 1)[1]


def test_the_terminal_key_says_what_is_still_to_be_established(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """H5: the worksheet asks "still to be established: ______"; the key of s04 names the open
    element of (A)(1), the means, as the web key does."""
    key = _key("s04", capsys=capsys)
    means = "intent or knowledge that force, fraud or coercion will be used"
    lines = [line.strip() for line in key.splitlines()]
    (a1,) = [line for line in lines if line.startswith("A1 ")]
    assert a1.startswith("A1 undetermined — still to be established: " + means), a1
    assert any(line.startswith("grade: second — ") for line in lines), key
    # said once for the scenario, not once a pair
    assert key.count("Teaching point:") == 1


@pytest.mark.parametrize("s", ALL, ids=[s.id for s in ALL])
def test_the_terminal_key_and_the_web_key_have_one_source(
    s: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """H5: each paragraph's deciding element in the terminal key is the web key's (the same
    rows, from one function), and a pair with nothing open says so."""
    key = _key(s.id, capsys=capsys)
    web = worksheet_html([s.id], key=True)
    paragraphs = scoring.paragraphs(s.assess())
    for f in s.assess().findings:
        rows = scoring.key_rows(f, paragraphs)
        assert [r["citation"] for r in rows] == [p.citation for p in paragraphs]
        for row in rows:
            assert row["deciding"] in key, (s.id, row)
            assert row["deciding"].replace("'", "&#x27;") in web, (s.id, row)
        if all(r["status"] != "undetermined" for r in rows):
            assert "still to be established: nothing" in key


@pytest.mark.parametrize("case_id", ["s04", "s06", "s38"])
def test_the_quiz_does_not_take_a_point_for_a_question_it_says_was_not_asked(
    case_id: str,
) -> None:
    """H6: `printf 'm\\nm\\nn\\n2\\n' | nm-trafficking quiz --scenario s04`: (A)(1) is
    undetermined and answered met; the point for naming its open element is lost with the
    status, and the line says so (it said "not asked")."""
    out = io.StringIO()
    answers = iter(["m", "m", "n", "2"])
    run_interactive([scenario(case_id)], lambda _prompt: next(answers), out)
    text = out.getvalue()
    assert "not asked" not in text
    line = next(x for x in text.splitlines() if "(A)(1), what is still to be established" in x)
    assert "this point is lost with the status" in line, line
    assert "answered met" in line and "quoted for (A)(1) just above" in line


def test_an_unanswered_paragraph_is_said_to_be_unanswered() -> None:
    """H6: no "was answered no answer"."""
    (pair,) = check("s04", {"d/v": {"grade": "second"}})["pairs"]
    line = next(x for x in pair["feedback"] if "what is still to be established" in x)
    assert "(A)(1) was not answered" in line and "answered no answer" not in line


def test_s40_teaching_point_quotes_subsection_e() -> None:
    """H7: she was herself trafficked (she did not traffic herself); (E)'s own words: it bars
    charging her with accessory, not as a principal."""
    point = scenario("s40").teaching_point
    assert "trafficked herself" not in point and "was herself trafficked" in point
    quotes = re.findall(r'"([^"]+)"', point)
    assert quotes and all(q in PARAGRAPH_E.text for q in quotes), quotes
    assert "it does not bar charging her as a principal" in point
    assert "only as an accessory" not in point


BARE_CITATION = re.compile(r"(?<!§ )(?<![\w(-])30-52-1\(")
WORDS = re.compile(r"\b(offence|defence|trafficked (herself|himself)|as reported)\b", re.I)


@pytest.mark.parametrize("s", ALL, ids=[s.id for s in ALL])
def test_teaching_points_are_written_as_a_lawyer_would(s: Any) -> None:
    """Every teaching point: the statute's spelling, a section sign before a citation, no
    internal date format, and the people the story names, not the fact pattern's words."""
    point = s.teaching_point
    assert not WORDS.search(point), point
    assert not BARE_CITATION.search(point), point
    assert not re.search(r"\b\d{4}-\d\d-\d\d\b", point), point
    assert "records it" not in point and " is no verb" not in point, point


def test_a_verb_of_other_paragraphs_is_named_with_its_section() -> None:
    """H12: "(it is the conduct of 30-52-1(A)(1) and 30-52-1(A)(2))": "it" is unclear and the
    section sign is missing."""
    f = scenario("s04").assess().findings[0]
    (e,) = scoring.deciding(f.subsections["30-52-1(A)(3)"])
    assert e.reason == (
        "the conduct is enticing, not benefiting (enticing falls under § 30-52-1(A)(1) and (A)(2))"
    )
    clerk = scenario("s37").assess().finding("clerk", "g")
    (e,) = scoring.deciding(clerk.subsections["30-52-1(A)(1)"])
    assert e.reason.endswith("(benefiting falls under § 30-52-1(A)(3))"), e.reason
    assert "it is the conduct of" not in e.reason


@pytest.mark.parametrize("case_id", ["s37", "s39", "s40"])
def test_the_facts_of_a_scenario_say_a_thing_once(case_id: str) -> None:
    """H13: "clerk helped this act (stated: aided it; ...)" then "clerk aided this act: ...";
    "Where: reservation land (Indian country)" then "It took place in Indian country."."""
    words = pattern_sentences(scenario(case_id).fact_pattern())
    for act in words["acts"]:
        stated = act["stated"]
        assert not any(re.match(r"\w+ (aided|procured) this act", x) for x in stated), stated
        assert sum("Indian country" in x for x in stated) <= 1, stated
