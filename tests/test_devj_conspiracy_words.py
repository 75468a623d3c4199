"""The state conspiracy's grade words: "(and it is established as human trafficking)" (review N6,
session 7: the verb was missing)."""

from __future__ import annotations

from datetime import date

import nm_trafficking as nmt
from nm_trafficking import FactPattern

A2 = {"knowingly": True, "will_be_caused_to_engage_in_commercial_sexual_activity": True}


def test_the_agreed_act_of_another_is_established_as_human_trafficking() -> None:
    # Review pattern n16: D1 and D2 agree; D2's transporting of V (17, then 18) is the later act.
    pattern = FactPattern.model_validate(
        {
            "persons": [
                {"id": "D1", "roles": ["trafficker"]},
                {"id": "D2", "roles": ["trafficker"]},
                {"id": "V", "roles": ["victim"], "birth_date": "2003-03-20"},
            ],
            "conduct": [
                {"id": "r", "actor": "D1", "person": "V", "act": "recruiting"}
                | {"date": "2020-03-14"}
                | {"agreement": {"with_persons": ["D2"], "to_commit_this_act": True}}
                | A2,
                {"id": "t", "actor": "D2", "person": "V", "act": "transporting"}
                | {"date": "2021-04-02"}
                | {"agreement": {"with_persons": ["D1"], "to_commit_this_act": True}}
                | A2,
            ],
        }
    )
    text = " ".join(nmt.assess(pattern, today=date(2025, 3, 14), law="nm").explain().split())
    assert "(and it is established as human trafficking)" in text
    assert "(and it established as" not in text
