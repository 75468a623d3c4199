"""The memo's conclusions on limitation periods passed (review B3 of session 9): where an act's
grade is open between first and second degree, each branch carries its own last day, the
first degree's (§ 30-1-8(H), on a reading) first, and the act is named once."""

from __future__ import annotations

import html
import re
from datetime import date

import nm_trafficking as nmt
from nm_trafficking.render.memo import render


def _conclusion(pattern: nmt.FactPattern) -> str:
    doc = render(nmt.assess(pattern, today=date(2026, 12, 8)), pattern=pattern)
    body = re.sub(r"<style>.*?</style>", " ", doc, flags=re.S)
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())
    return text.split("Limitation periods passed", 1)[1].split(".", 1)[0]


def _pattern(age: int, acts: list[tuple[str, str]]) -> nmt.FactPattern:
    return nmt.from_dict(
        {
            "persons": [{"id": "D"}, {"id": "V", "roles": ["victim"], "age": age}],
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
                for i, (verb, day) in enumerate(acts)
            ],
        }
    )


def test_an_open_grade_gives_each_branch_its_own_last_day_most_serious_first() -> None:
    # aged 13 at one of the acts, two years apart: the first act at 11 to 13 (first or second
    # degree), the second at 13 to 15 (second degree)
    said = _conclusion(_pattern(13, [("recruiting", "2016-01-10"), ("transporting", "2018-01-10")]))
    first = "to 10 January 2019, if a first degree felony, unless the offense is a 'first degree"
    second = "to 10 January 2022, if a second degree felony"
    assert first in said and second in said and said.index(first) < said.index(second)
    assert "to 10 January 2022, unless" not in said  # the second degree's day on the first's
    assert said.count("the recruiting of 10 January 2016") == 1


def test_a_certain_first_degree_names_its_day_without_a_grade() -> None:
    said = _conclusion(_pattern(11, [("recruiting", "2010-03-01")]))
    assert "(to 1 March 2013, unless the offense is a 'first degree violent felony'" in said
    assert "if a first degree felony" not in said
