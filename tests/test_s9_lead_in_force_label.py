"""The in-force reason carries the label of the day it rests on (review B8 of session 9):
§ 30-52-1's start, 1 July 2008, is reported, not verified, so a reason that turns on an act's
date near it says so on the line that gives the result, not two lines down."""

from __future__ import annotations

from datetime import date

import pytest

import nm_trafficking as nmt

LABEL = "a date reported, not verified"


def _line(day: str) -> str:
    pattern = nmt.from_dict(
        {
            "persons": [{"id": "D"}, {"id": "V", "roles": ["victim"], "age": 15}],
            "conduct": [
                {
                    "id": "r",
                    "actor": "D",
                    "person": "V",
                    "act": "recruiting",
                    "date": day,
                    "knowingly": True,
                    "will_be_caused_to_engage_in_commercial_sexual_activity": True,
                }
            ],
        }
    )
    result = nmt.assess(pattern, today=date(2026, 12, 8), law="nm")
    (finding,) = result.findings
    paragraph = finding.subsections["30-52-1(A)(2)"]
    (element,) = [e for e in paragraph.elements if e.element == "in_force"]
    return element.reason


@pytest.mark.parametrize(
    ("day", "labelled"),
    [
        ("2008-06-15", True),  # before the reported day, the year it was signed: rests on it
        ("2008-07-20", True),  # its month: a later day that July would not reach the act
        ("2005-06-15", False),  # long before: no day in 2008 reaches it
        ("2008-08-20", False),  # after July: in force whichever day of July it was
    ],
)
def test_the_in_force_reason_labels_a_start_it_rests_on(day: str, labelled: bool) -> None:
    reason = _line(day)
    assert "1 July 2008" in reason or "2008-07-01" in reason, reason
    assert (LABEL in reason) is labelled, reason


def test_two_counts_near_the_start_rest_on_it_in_the_plural() -> None:
    from nm_trafficking.render.summary_text import first_day_label

    pattern = nmt.from_dict(
        {
            "persons": [{"id": "D"}, {"id": "V", "roles": ["victim"], "age": 15}],
            "conduct": [
                {
                    "id": f"c{i}",
                    "actor": "D",
                    "person": "V",
                    "act": verb,
                    "date": day,
                    "knowingly": True,
                    "will_be_caused_to_engage_in_commercial_sexual_activity": True,
                }
                for i, (verb, day) in enumerate(
                    [("transporting", "2008-07-01"), ("recruiting", "2008-07-15")]
                )
            ],
        }
    )
    summary = nmt.assess(pattern, today=date(2026, 12, 8), law="nm").summary
    (pair,) = summary.pairs
    label = first_day_label(pair.counts, "nm_30_52_1")
    assert "15 July 2008 rest on § 30-52-1 being in force" in label, label
