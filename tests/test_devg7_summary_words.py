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
