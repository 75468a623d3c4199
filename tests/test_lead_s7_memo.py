"""The memo of a New Mexico conspiracy whose periods have passed (review P F1 of session 7):
a conspiracy to a third degree felony is a fourth degree felony (§ 30-28-2(B)(3) [S]), a grade
no paragraph of § 30-52-1 gives; the memo's list of passed periods named it and failed."""

from __future__ import annotations

import html
from datetime import date

import nm_trafficking as nmt
from nm_trafficking import words
from nm_trafficking.render.memo import render

PATTERN = {
    "persons": [
        {"id": "D", "roles": ["trafficker"]},
        {"id": "E", "roles": ["trafficker"]},
        {"id": "V", "roles": ["victim"], "birth_date": "2002-05-10"},
    ],
    "conduct": [
        {
            "id": "b",
            "actor": "D",
            "person": "V",
            "act": "transporting",
            "date": "2020-05-20",
            "knowingly": True,
            "will_be_caused_to_engage_in_commercial_sexual_activity": True,
            "agreement": {"with_persons": ["E"], "to_commit_this_act": True},
        }
    ],
}


def test_the_fourth_degree_has_a_name() -> None:
    assert words.grade_name("fourth_degree_felony") == "fourth degree felony"
    assert words.grade_name("third_degree_felony") == "third degree felony"


def test_the_memo_names_a_passed_fourth_degree_conspiracy_period() -> None:
    pattern = nmt.from_dict(PATTERN)
    doc = html.unescape(render(nmt.assess(pattern, today=date(2026, 12, 7)), pattern=pattern))
    passed = [line for line in doc.splitlines() if "Limitation periods passed" in line]
    assert passed, "the conspiracy's periods ended in 2025 and 2026"
    # each last day once, with the grades it is of (review X10 of session 8)
    assert "to 20 May 2025, if a third degree felony or a fourth degree felony)" in passed[
        0
    ].replace("\xa0", " ")
