"""No unfilled placeholder ("{act}", "{when}", ...) reaches a reader (review R5 of session 7:
the 2008 text's note on buyers said "the conduct is {act}: before the Justice for Victims of
Trafficking Act of 2015 ..." in the elements view)."""

from __future__ import annotations

import re
from datetime import date

import pytest

import nm_trafficking as nmt

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


@pytest.mark.parametrize("verb", ["soliciting", "patronizing", "obtaining"])
def test_a_buyer_before_2015_reads_without_placeholders(verb: str) -> None:
    pattern = nmt.from_dict(
        {
            "persons": [
                {"id": "B", "roles": ["consumer"]},
                {"id": "V", "birth_date": "1996-04-02"},
            ],
            "conduct": [
                {
                    "id": "c",
                    "actor": "B",
                    "person": "V",
                    "act": verb,
                    "date": "2012-06-01",
                    "knowingly": True,
                    "will_be_caused_to_engage_in_commercial_sexual_activity": True,
                }
            ],
        }
    )
    a = nmt.assess(pattern, today=date(2026, 12, 7))
    for out in (a.explain(detail="elements"), a.to_json(detail="full"), a.to_markdown()):
        assert PLACEHOLDER.findall(out) == [], verb
