"""A plain age stated at one of two acts, the other undated, bounds nothing at the dated act
("0 or older"): the count line says the age at the act is not known, and the question says the
facts do not give it, rather than "V aged 0 or older" (review R4 of session 7)."""

from __future__ import annotations

from datetime import date

import nm_trafficking as nmt

ACT = {"actor": "D", "person": "V", "knowingly": True}
SEX = {"will_be_caused_to_engage_in_commercial_sexual_activity": True}


def test_an_age_that_bounds_nothing_is_said_to_be_not_known() -> None:
    pattern = nmt.from_dict(
        {
            "persons": [{"id": "D"}, {"id": "V", "age": 15}],
            "conduct": [
                {"id": "d", "act": "recruiting", "date": "2008-07-01", **ACT, **SEX},
                {"id": "u", "act": "transporting", **ACT, **SEX},
            ],
        }
    )
    text = " ".join(nmt.assess(pattern, today=date(2026, 12, 7), law="nm").explain().split())
    assert "0 or older" not in text
    assert "the recruiting of 1 July 2008 — V's age at the act not known" in text
    assert "How old was V at the recruiting of 1 July 2008? The facts do not give the age" in text
