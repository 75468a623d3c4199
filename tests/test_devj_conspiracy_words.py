"""The state conspiracy's grade words: "(and it is established as human trafficking)" (review N6,
session 7: the verb was missing)."""

from __future__ import annotations

from datetime import date

import nm_trafficking as nmt
from nm_trafficking import FactPattern

A2 = {"knowingly": True, "will_be_caused_to_engage_in_commercial_sexual_activity": True}


def test_the_agreed_act_of_another_is_established_as_human_trafficking() -> None:
    # Review pattern n16, changed (review X4 of session 8): there D2's transporting of V at 18
    # raised D1's grade only through an age believed, said now with what D1 agreed to
    # believing. Here D2's transporting of W, 12, whose knowing is not stated, is the later act:
    # the raise needs D1's combination to it and the act established.
    pattern = FactPattern.model_validate(
        {
            "persons": [
                {"id": "D1", "roles": ["trafficker"]},
                {"id": "D2", "roles": ["trafficker"]},
                {"id": "V", "roles": ["victim"], "birth_date": "2005-03-20"},
                {"id": "W", "roles": ["victim"], "birth_date": "2009-01-01"},
            ],
            "conduct": [
                {"id": "r", "actor": "D1", "person": "V", "act": "recruiting"}
                | {"date": "2020-03-14"}
                | {"agreement": {"with_persons": ["D2"], "to_commit_this_act": True}}
                | A2,
                {"id": "t", "actor": "D2", "person": "W", "act": "transporting"}
                | {"date": "2021-04-02"}
                | {"agreement": {"with_persons": ["D1"], "to_commit_this_act": True}}
                | {"will_be_caused_to_engage_in_commercial_sexual_activity": True},
            ],
        }
    )
    text = " ".join(nmt.assess(pattern, today=date(2025, 3, 14), law="nm").explain().split())
    assert "(and it is established as human trafficking)" in text
    assert "(and it established as" not in text
