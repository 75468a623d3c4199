"""Review A / A2 (helper G, third round): the court form and the memo give a party to an
agreement with no act of his own a section naming the conspiracy (not drafted), and the memo's
counts table a row per attempt or conspiracy; the age-belief note's title does not contradict the
attempt note's; every helper of one act is named under the same paragraphs of the act aided."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import nm_trafficking as nmt
from nm_trafficking import words
from nm_trafficking.render import memo
from nm_trafficking.render.instructions import render as court_form_text
from nm_trafficking.render.summary_text import render_summary_text

TODAY = date(2026, 12, 7)
CSA = {"knowingly": True, "will_be_caused_to_engage_in_commercial_sexual_activity": True}


def _assess(persons: list[dict[str, Any]], *conduct: dict[str, Any]) -> Any:
    return nmt.assess(
        nmt.from_dict({"persons": persons, "conduct": list(conduct)}), today=TODAY, law="nm"
    )


def _agreement() -> Any:
    """D1 recruited V (14) on 3 March 2024, stated to have agreed with D2, who did nothing."""
    return _assess(
        [{"id": "D1"}, {"id": "D2"}, {"id": "V", "birth_date": "2010-01-01"}],
        {
            "id": "r",
            "actor": "D1",
            "person": "V",
            "act": "recruiting",
            "date": "2024-03-03",
            **CSA,
            "agreement": {"with_persons": ["D2"], "to_commit_this_act": True},
        },
    )


def test_the_court_form_has_a_section_for_a_party_with_no_act_of_his_own() -> None:
    form = court_form_text(_agreement())
    assert "Defendant D2; victim V" in form
    section = form.split("Defendant D2; victim V", 1)[1].split("\n\n", 1)[0]
    assert "Conspiracy (NMSA 1978, § 30-28-2(B)" in " ".join(section.split())
    assert "not drafted" in section


def test_the_memos_counts_table_has_a_row_per_conspiracy_also_for_a_party_alone() -> None:
    html = memo.render(_agreement()).replace("\u00a0", " ")  # "§" kept with its number
    counts = html.split("<h2>2. Counts</h2>", 1)[1].split("<h2>3.", 1)[0]
    assert "<h3>D2 toward V</h3>" in counts
    rows = re.findall(r"<tr><td>conspiracy</td>(.*?)</tr>", counts)
    assert len(rows) == 2  # D1's and D2's: one conspiracy, said under each pair
    for row in rows:
        # V 14: the recruiting a second degree felony; the conspiracy one step down, a third
        # degree felony, five years under § 30-1-8(B) from the act agreed to
        assert "§ 30-28-2(B)(2)" in row and "third degree felony" in row
        assert "to 3 March 2029" in row


def test_the_age_belief_title_says_it_is_for_the_completed_offense_beside_the_attempt() -> None:
    a = _assess(
        [{"id": "D"}, {"id": "O", "age": 34}],
        {
            "id": "e",
            "actor": "D",
            "person": "O",
            "act": "enticing",
            "date": "2025-03-01",
            "believed_age": 15,
            **CSA,
        },
    )
    titles = [n.title for n in a.summary.notes]
    assert words.STATE_NOTE_TITLES["attempt"] in titles
    assert "belief about age decides nothing for the completed offense" in titles
    assert "belief about age decides nothing;" not in " ".join(
        render_summary_text(a.summary).split()
    )
    # without an attempt (a real minor), the short title: nothing beside it to contradict
    b = _assess(
        [{"id": "D"}, {"id": "V", "birth_date": "2010-01-01"}],
        {
            "id": "e",
            "actor": "D",
            "person": "V",
            "act": "enticing",
            "date": "2025-03-01",
            "believed_age": 19,
            **CSA,
        },
    )
    titles = [n.title for n in b.summary.notes]
    assert words.STATE_NOTE_TITLES["attempt"] not in titles
    assert "belief about age decides nothing" in titles


def test_every_helper_of_one_act_is_named_under_the_paragraphs_of_the_act_aided() -> None:
    a = _assess(
        [{"id": "D"}, {"id": "H"}, {"id": "J"}, {"id": "V", "birth_date": "2012-06-01"}],
        {
            "id": "drive",
            "actor": "D",
            "person": "V",
            "act": "transporting",
            "date": "2025-01-10",
            **CSA,
            "accessories": [
                {"person": "H", "aided": True, "intended_that_the_offense_be_committed": True},
                {"person": "J", "counselled": True},
            ],
        },
    )
    found = {x.helper: x for x in a.summary.accessories}
    assert found["H"].status == "met" and found["J"].status == "undetermined"
    under = "under § 30-52-1(A)(2), or (A)(1) if the act aided is found to meet it, through"
    for helper in ("H", "J"):
        assert under in " ".join(found[helper].words.split()), helper


def test_the_court_form_drops_the_note_pointer_inside_a_related_line() -> None:
    """The summary's conspiracy line points to its note before its limitation period ("… (see
    the conspiracy note); limitation …"): the form, which has no notes, names the note once at
    the start and does not keep the pointer mid-line (devG3's report)."""
    from nm_trafficking.render.instructions import _related_lines

    line = (
        "Related offense — conspiracy (NMSA 1978, § 30-28-2(B)(1) [S]) at the recruiting of "
        "1 October 2024: a second degree felony (see the conspiracy note); limitation (unless "
        "tolled; check): to 1 October 2030."
    )
    (said,) = _related_lines([line])
    assert "see the conspiracy note" not in said
    assert "As the summary and its conspiracy note find it: a second degree felony; limitation" in (
        said
    )
