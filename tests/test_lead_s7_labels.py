"""The Indian-country question is labelled by the section, not by § 30-52-1(B), which only
says which State prosecutors may bring the charge (review T5 of session 7): whether the State
may prosecute at all turns on who is an Indian."""

from __future__ import annotations

from datetime import date

import nm_trafficking as nmt


def test_the_indian_country_question_is_not_labelled_b() -> None:
    act = {
        "id": "t",
        "actor": "D",
        "person": "V",
        "act": "transporting",
        "date": "2026-04-04",
        "knowingly": True,
        "in_indian_country": True,
        "will_be_caused_to_engage_in_commercial_sexual_activity": True,
    }
    pattern = nmt.from_dict({"persons": [{"id": "D"}, {"id": "V", "age": 15}], "conduct": [act]})
    text = " ".join(nmt.assess(pattern, today=date(2026, 12, 7)).explain().split())
    assert "§ 30-52-1: Are D and V Indians?" in text
    assert "(B): Are D and V Indians?" not in text
