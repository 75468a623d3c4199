"""Session 7 (devG): summary wording points left alone in session 6 (note6 "left alone";
reviews K and L).

- A single count whose limitation period has passed marks the day "(passed)" on its own line,
  as several counts do (the law's line says "has passed" too: a reader of the count alone must
  see it).
- A section of labor or services whose questions are not asked (no fact puts the labor or
  services at issue) says so once on its line, not after its open elements.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import nm_trafficking as nmt

TODAY = date(2026, 12, 7)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _one_old_act(**facts: Any) -> nmt.FactPattern:
    """A third degree (A)(1) recruiting of an adult in 2010: § 30-1-8(B)'s five years ran in
    2015, § 3298's ten in 2020."""
    act = {
        "id": "r",
        "actor": "D",
        "person": "V",
        "act": "recruiting",
        "date": "2010-03-01",
        "knowingly": True,
        "means_will_be_used": {"coercion": True},
        "to_subject_to": {"labor": True},
        **facts,
    }
    return nmt.from_dict(
        {
            "persons": [{"id": "D", "roles": ["trafficker"]}, {"id": "V", "age": 30}],
            "conduct": [act],
        }
    )


# --- 1: one count out of time -----------------------------------------------------------------


@pytest.mark.parametrize("law", ["nm", "all"])
def test_a_single_count_marks_its_passed_period_on_its_own_line(law: str) -> None:
    text = nmt.assess(_one_old_act(), today=TODAY, law=law).explain()  # type: ignore[arg-type]
    count = _flat(text[text.index("Count: ") :].split("\n\n")[0])
    assert "§ 30-52-1 to 1 March 2015 (passed) under § 30-1-8(B)" in count
    if law == "all":
        assert "§ 1589 and § 1590 to 1 March 2020 (passed) under § 3298" in count
    # the law's line says it too, as for several counts
    assert "the limitation period has passed (unless tolled; check)" in _flat(text)


def test_a_single_count_in_time_is_not_marked_passed() -> None:
    text = nmt.assess(_one_old_act(date="2024-03-01"), today=TODAY, law="nm").explain()
    assert "(passed)" not in text and "to 1 March 2029 under § 30-1-8(B)" in _flat(text)


def test_a_labor_section_asking_nothing_says_the_labor_once() -> None:
    """A sex case's §§ 1589 and 1590 lines: what the section needs that no fact puts at issue,
    said once (not its open elements, then the labor or services again), so the README example
    keeps to 40 lines with its count's "(passed)"."""
    pattern = nmt.from_dict(
        {
            "persons": [{"id": "D"}, {"id": "B", "age": 15}],
            "conduct": [
                {
                    "id": "r",
                    "actor": "D",
                    "person": "B",
                    "act": "recruiting",
                    "date": "2024-03-01",
                    "knowingly": True,
                    "to_subject_to": {"commercial_sexual_activity": True},
                }
            ],
        }
    )
    text = _flat(nmt.assess(pattern, today=TODAY).explain())
    for section in ("1589", "1590"):
        assert (
            f"§ {section}(a) needs B's labor or services, and no fact stated puts them at issue, "
            f"so none of § {section}'s questions is asked." in text
        )
    assert "labor or services at issue, so none is asked" not in text


# --- 2 (review K6): a helper's questions under the helper's own heading ----------------------


def _helper_case() -> nmt.FactPattern:
    """H, labelled a victim, aided D's recruiting of V (the (E) question is asked of H); D's
    recruiting of X leaves a question of its own, so the questions are grouped."""
    return nmt.from_dict(
        {
            "persons": [
                {"id": "D"},
                {"id": "H", "roles": ["victim"]},
                {"id": "V", "roles": ["victim"], "birth_date": "2005-03-03"},
                {"id": "X", "age": 30},
            ],
            "conduct": [
                {
                    "id": "rec",
                    "actor": "D",
                    "person": "V",
                    "act": "recruiting",
                    "date": "2021-06-01",
                    "knowingly": True,
                    "will_be_caused_to_engage_in_commercial_sexual_activity": True,
                    "accessories": [
                        {
                            "person": "H",
                            "aided": True,
                            "intended_that_the_offense_be_committed": True,
                        }
                    ],
                },
                {
                    "id": "recX",
                    "actor": "D",
                    "person": "X",
                    "act": "recruiting",
                    "date": "2022-06-01",
                    "knowingly": True,
                    "to_subject_to": {"labor": True},
                },
            ],
        }
    )


HELPER_HEAD = "H, as accessory to D's recruiting of V on 1 June 2021"


def test_a_helpers_question_is_filed_under_the_helper_not_as_an_act_toward_the_victim() -> None:
    result = nmt.assess(_helper_case(), today=TODAY, law="nm")
    text = result.explain()
    needed = text[text.index("Still needed:") : text.index("Notes")]
    assert "H toward V" not in needed  # no act of H's toward V is stated
    assert "  D toward X:\n  1. (A)(1)" in needed
    assert f"  {HELPER_HEAD}:\n  2. (E): Was H a human trafficking victim?" in needed
    markdown = result.to_markdown()
    assert f"**{HELPER_HEAD}**" in markdown and "**H toward V**" not in markdown
    html = result._repr_html_()
    assert f"<b>{HELPER_HEAD}:</b>" in html.replace("&#39;", "'")
    assert "H toward V" not in html


def test_the_helpers_heading_names_the_act_aided_under_federal_law_too() -> None:
    text = nmt.assess(_helper_case(), today=TODAY, law="federal").explain()
    needed = text[text.index("Still needed:") :]
    assert f"  {HELPER_HEAD}:\n  9. § 2(a): Does D's recruiting of V" in needed
    assert "H toward V" not in needed


# --- 3: the conspiracy note grades each party, as the summary's lines do -----------------------


def _agreement(d1_act: dict[str, Any], d2_act: dict[str, Any] | None) -> nmt.FactPattern:
    """D1's act toward A, D2's toward B (aged 11 on 1 February 2022: first degree), each
    stating only its actor's combination with the other."""
    conduct = [
        {
            "id": "ra",
            "actor": "D1",
            "person": "A",
            "act": "recruiting",
            "knowingly": True,
            "agreement": {"with_persons": ["D2"], "to_commit_this_act": True},
            **d1_act,
        }
    ]
    if d2_act is not None:
        conduct.append(
            {
                "id": "rb",
                "actor": "D2",
                "person": "B",
                "act": "recruiting",
                "date": "2022-02-01",
                "knowingly": True,
                "will_be_caused_to_engage_in_commercial_sexual_activity": True,
                "agreement": {"with_persons": ["D1"], "to_commit_this_act": True},
                **d2_act,
            }
        )
    return nmt.from_dict(
        {
            "persons": [
                {"id": "D1"},
                {"id": "D2"},
                {"id": "A", "birth_date": "1990-01-01"},
                {"id": "B", "birth_date": "2011-01-01"},
            ],
            "conduct": conduct,
        }
    )


THIRD = {
    "date": "2022-01-01",
    "means_will_be_used": {"force": True},
    "to_subject_to": {"labor": True},
}


def _note(result: nmt.Assessment) -> str:
    (note,) = [n for n in result.summary.notes if n.kind == "conspiracy"]
    return _flat(note.text)


def test_the_conspiracy_note_grades_each_party_from_his_own_combination() -> None:
    """D1's own combination is stated only for his third degree act: his conspiracy is fourth
    degree, second only if his own combination to D2's first degree act is established (the
    summary's line says so); the note said one grade, second degree, for the whole agreement
    and that D1 combined "for the purpose of committing" both acts (stated)."""
    result = nmt.assess(_agreement(THIRD, {}), today=TODAY, law="nm")
    note = _note(result)
    assert "D1 knowingly combined with D2 for the purpose of committing D1's recruiting" in note
    assert "D1's recruiting of A on 1 January 2022 and D2's recruiting" not in note
    assert (
        "and D2 with D1 for the purpose of committing D2's recruiting of B on 1 February 2022 "
        "(stated)" in note
    )
    assert (
        "for D1, conspiracy to a third degree felony, a fourth degree felony (NMSA 1978, "
        "§ 30-28-2(B)(3) [S]); or, if D1's own combination to D2's recruiting of B on "
        "1 February 2022 is established, conspiracy to a first degree felony, a second degree "
        "felony (NMSA 1978, § 30-28-2(B)(1) [S]); for D2, conspiracy to a first degree felony, "
        "a second degree felony" in note
    )
    # the limitation period of every grade a party may have (D1's fourth degree too)
    assert "second degree felony: six years" in note and "fourth degree felony: five" in note


def test_a_fixed_party_grade_does_not_turn_on_another_partys_believed_age() -> None:
    """D1's act toward A, 18 on the day and (A)(1) open, may be graded from the age D1 believed
    (not stated); D2's grade is fixed by his own first degree act (review K5 in the note)."""
    act = {"date": "2008-01-01", "will_be_caused_to_engage_in_commercial_sexual_activity": True}
    pattern = _agreement(act, {}).model_dump(mode="json")
    pattern["persons"][2]["birth_date"] = "1990-01-01"
    pattern["conduct"][0]["date"] = "2008-07-01"  # A is 18
    result = nmt.assess(nmt.FactPattern.model_validate(pattern), today=TODAY, law="nm")
    note = _note(result)
    d2 = note[note.index("for D2, ") :]
    assert "believed" not in d2.split(" (a reading of the text)")[0]
    assert "for D1, if D1's recruiting of A on 1 July 2008 is established as human" in note


def test_a_party_only_named_in_anothers_agreement_is_not_established_in_the_note() -> None:
    pattern = _agreement(THIRD, None)  # only D1's fact: D2 is named, his combination unstated
    note = _note(nmt.assess(pattern, today=TODAY, law="nm"))
    assert (
        "D2's own knowing combination is not stated, only D1's with D2: for D2, the conspiracy "
        "is not established" in note
    )


def test_a_findings_note_says_anothers_act_counts_only_if_his_own_combination_does() -> None:
    result = nmt.assess(_agreement(THIRD, {}), today=TODAY, law="nm")
    (finding,) = [f for f in result.findings if f.defendant == "D1"]
    (own,) = [n for n in finding.notes if n.kind == "conspiracy"]
    text = _flat(own.text)
    assert (
        "The same agreement also covers D2's recruiting of B on 1 February 2022, for which D2 is "
        "stated to have combined with D1: it counts toward D1's grade only if D1's own "
        "combination to it is established." in text
    )
    assert "among all the acts agreed to" not in text
    assert "D2's own knowing combination is not stated" not in text  # it is, on D2's act


# --- 4: § 32A-2-3(A) quoted once, the (E) why said once ----------------------------------------


def _child_case() -> nmt.FactPattern:
    """D, 17, recruits V and W (14); H, 17 and labelled a victim, aided the first recruiting."""
    return nmt.from_dict(
        {
            "persons": [
                {"id": "D", "birth_date": "2005-01-01"},
                {"id": "H", "roles": ["victim"], "birth_date": "2005-06-01"},
                {"id": "V", "birth_date": "2008-03-03"},
                {"id": "W", "birth_date": "2008-05-05"},
            ],
            "conduct": [
                {
                    "id": "rec",
                    "actor": "D",
                    "person": "V",
                    "act": "recruiting",
                    "date": "2022-06-01",
                    "knowingly": True,
                    "will_be_caused_to_engage_in_commercial_sexual_activity": True,
                    "accessories": [
                        {
                            "person": "H",
                            "aided": True,
                            "intended_that_the_offense_be_committed": True,
                        }
                    ],
                },
                {
                    "id": "recW",
                    "actor": "D",
                    "person": "W",
                    "act": "recruiting",
                    "date": "2022-07-01",
                    "knowingly": True,
                    "will_be_caused_to_engage_in_commercial_sexual_activity": True,
                },
            ],
        }
    )


QUOTE = "“'delinquent act' means an act committed by a child"
ABOVE = "(NMSA 1978, § 32A-2-3(A) [S], quoted above)"


@pytest.mark.parametrize("detail", ["summary", "elements"])
def test_the_childrens_code_is_quoted_once_and_referred_to_after(detail: str) -> None:
    result = nmt.assess(_child_case(), today=TODAY, law="nm")
    text = _flat(result.explain(detail))  # type: ignore[arg-type]
    assert text.count(QUOTE) == 1
    first = text.index(QUOTE)
    assert text.index(ABOVE) > first  # D toward W's line, and H's finding
    assert text.count(ABOVE) >= 2
    # the JSON's lines stay each self-contained
    pairs = result.summary.pairs
    assert all(QUOTE in (p.laws[0].why or "") for p in pairs)
    assert QUOTE in result.summary.accessories[0].words


def test_the_childrens_code_is_quoted_once_in_markdown_html_and_the_memo() -> None:
    from nm_trafficking.render.memo import render as memo

    result = nmt.assess(_child_case(), today=TODAY, law="nm")
    markdown = result.to_markdown()
    assert markdown.count("'delinquent act' means") == 1 and "quoted above" in markdown
    html = result._repr_html_().replace("&#39;", "'")
    assert html.count("'delinquent act' means") == 1 and html.count(ABOVE) == 2
    page = memo(result).replace("&#39;", "'").replace("\u00a0", " ")
    assert page.count("'delinquent act' means") == 1 and ABOVE in page


def test_the_bar_question_refers_to_the_helpers_finding_for_why() -> None:
    result = nmt.assess(_child_case(), today=TODAY, law="nm")
    text = _flat(result.explain())
    why = "H is labelled a victim, though no act toward H stated meets or may meet § 30-52-1"
    assert text.count(why) == 1  # the finding's
    assert "H is labelled a victim, but no act toward H" not in text  # the question's, before
    assert (
        "(E): Was H a human trafficking victim? If so, H shall not be charged as an accessory "
        "(why this is open: H's finding under the accessories above)." in text
    )
    (q,) = result.summary.accessories[0].needed  # the JSON question keeps its own words
    assert q.text.startswith("Was H a human trafficking victim? H is labelled a victim")


# --- 5 (review L5): § 1591's penalty is not given where no commercial sex act is at issue ------


@pytest.mark.parametrize("law", ["federal", "all"])
def test_a_labor_case_gives_no_1591_band(law: str) -> None:
    result = nmt.assess(_one_old_act(), today=TODAY, law=law)  # type: ignore[arg-type]
    text = _flat(result.explain())
    line = text[text.index("§ 1591: UNDETERMINED") : text.index("§ 1589: ")]
    assert "15 years to life" not in line and "no punishment stated" not in line
    assert line.startswith(
        "§ 1591: UNDETERMINED ((a)(1) force, fraud or coercion) — penalty not shown. § 1591 "
        "reaches only a commercial sex act"
    )
    (s1591,) = [x for x in result.summary.pairs[0].laws if x.law == "usc_1591"]
    assert s1591.grading.words == (
        "penalty not shown: no fact stated puts at issue a commercial sex act by V"
    )
    assert s1591.status == "undetermined" and s1591.grading.possible  # the fields unchanged
    # §§ 1589 and 1590, at issue, keep their bands
    assert "if established: (d): up to life" in text


def test_a_sex_case_keeps_the_1591_band() -> None:
    pattern = _one_old_act(date="2024-03-01", to_subject_to={"commercial_sexual_activity": True})
    text = _flat(nmt.assess(pattern, today=TODAY, law="federal").explain())
    assert "penalty not shown" not in text and "§ 1591: UNDETERMINED" in text
    assert "(b)(1): 15 years to life" in text


# --- 6 (review G4): an undated act's age over a window from the birth ---------------------------


def _undated(birth: str) -> nmt.FactPattern:
    return nmt.from_dict(
        {
            "persons": [{"id": "D"}, {"id": "W", "birth_date": birth}],
            "conduct": [
                {
                    "id": "o",
                    "actor": "D",
                    "person": "W",
                    "act": "obtaining",
                    "knowingly": True,
                    "to_subject_to": {"labor": True},
                }
            ],
        }
    )


def test_an_undated_federal_act_says_the_age_is_not_known_not_aged_0_to_51() -> None:
    result = nmt.assess(_undated("1975-01-01"), today=TODAY, law="federal")
    text = _flat(result.explain())
    assert "aged 0 to" not in text
    assert (
        "Count: the undated obtaining (between 1 January 1975 and 7 December 2026) — W's age at "
        "the act not known — texts:" in text
    )
    assert "| not known |" in result.to_markdown()
    assert result.summary.pairs[0].counts[0].victim_age == "0 to 51"  # the field unchanged


def test_a_window_that_ends_before_eighteen_keeps_its_ages() -> None:
    """Born 2012: a minor at any day the window allows, which the range says."""
    text = _flat(nmt.assess(_undated("2012-05-05"), today=TODAY, law="federal").explain())
    assert "W aged 0 to 14" in text
