"""A count's header gives the widest dates and age among the laws the act is judged under
(review N5, session 7): an undated act is judged under § 30-52-1 over the days from its text's
start, under a federal section over the days from the victim's birth; a header that gave the
state window's age ("V aged 18 to 36") contradicted the federal reasoning on the same count,
where V may have been a child."""

from __future__ import annotations

from datetime import date

import pytest

import nm_trafficking as nmt
from nm_trafficking import FactPattern

TODAY = date(2026, 12, 7)


def _undated(birth: date) -> FactPattern:
    return FactPattern.model_validate(
        {
            "persons": [{"id": "D"}, {"id": "V", "roles": ["victim"], "birth_date": birth}],
            "conduct": [
                {
                    "id": "t",
                    "actor": "D",
                    "person": "V",
                    "act": "transporting",
                    "knowingly": True,
                    "will_be_caused_to_engage_in_commercial_sexual_activity": True,
                }
            ],
        }
    )


@pytest.mark.parametrize(
    ("law", "earliest", "age"),
    [
        ("all", date(1990, 1, 1), "0 to 36"),
        ("federal", date(1990, 1, 1), "0 to 36"),
        # § 30-52-1 alone: the act may predate the text ("in force" open), so the window runs
        # from the birth too, as with the federal sections (review A6 of session 9)
        ("nm", date(1990, 1, 1), "0 to 36"),
    ],
)
def test_the_header_of_an_undated_count_is_the_widest_window(
    law: str, earliest: date, age: str
) -> None:
    result = nmt.assess(_undated(date(1990, 1, 1)), today=TODAY, law=law)  # type: ignore[arg-type]
    count = result.summary.pairs[0].counts[0]
    assert count.possible_dates is not None and count.possible_dates.earliest == earliest
    assert count.victim_age == age
    assert f"between {earliest.day} " in result.explain()


@pytest.mark.parametrize("birth", [date(1990, 1, 1), date(2000, 6, 15), date(2009, 3, 1)])
def test_the_header_age_covers_every_laws_age_at_the_count(birth: date) -> None:
    result = nmt.assess(_undated(birth), today=TODAY)
    header = result.summary.pairs[0].counts[0]
    finding = result.findings[0]
    ages = [finding.counts[0].victim_age] + [
        j.counts[0].victim_age for j in finding.jurisdictions.values()
    ]
    lo, _, hi = (header.victim_age or "").partition(" to ")
    for age in ages:
        if age is None:
            continue
        assert int(lo) <= age.lo
        assert age.hi is not None and int(hi or lo) >= age.hi
