"""The grade reason of a pair with no paragraph met yet names the grades as a lawyer would:
each with its article, most serious first (review I, session 6: "the grade would be third degree
felony or second degree felony or first degree felony")."""

from __future__ import annotations

import json
from datetime import date

import nm_trafficking as nmt


def test_an_open_grade_names_each_grade_with_its_article_most_serious_first() -> None:
    pattern = nmt.from_dict(
        {
            "persons": [{"id": "D"}, {"id": "V"}],
            "conduct": [
                {"id": "s1", "actor": "D", "person": "V", "act": "soliciting", "date": "2020-02-02"}
            ],
        }
    )
    doc = json.loads(nmt.assess(pattern, today=date(2026, 12, 7), law="nm").to_json(detail="full"))
    reasons = [f["grade_detail"]["reason"] for f in doc["findings"]]
    assert reasons == [
        "no paragraph is met yet; if one is established the grade would be a first degree "
        "felony or a second degree felony or a third degree felony"
    ]
