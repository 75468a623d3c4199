"""Review Z4 1 of session 8: where several counts are still in time, a law's line names the
one whose period ends first (the most urgent), and the latest day where it differs: forced
labor on 1 March 2015 (passed), 10 January 2017 (to 10 January 2027, 34 days after the
assessment) and 5 May 2020 (to 5 May 2030) — the line gave only 5 May 2030."""

from __future__ import annotations

from datetime import date
from typing import Any

import nm_trafficking as nmt

TODAY = date(2026, 12, 7)


def _obtaining(act_id: str, day: str) -> dict[str, Any]:
    return {
        "id": act_id, "actor": "F", "person": "W", "act": "obtaining", "date": day,
        "knowingly": True,
        "federal": {"labor": {"provided_or_obtained_labor_or_services": True},
                    "labor_means": {"threats_of_serious_harm": True}},
    }  # fmt: skip


def _text(*days: str) -> str:
    pattern = nmt.from_dict(
        {
            "persons": [
                {"id": "F", "roles": ["trafficker"]},
                {"id": "W", "birth_date": "1980-01-01"},
            ],
            "conduct": [_obtaining(f"c{i}", d) for i, d in enumerate(days)],
        }
    )
    return " ".join(nmt.assess(pattern, today=TODAY, law="federal").explain().split())


def test_the_earliest_running_deadline_is_named_with_the_latest_beside_it() -> None:
    text = _text("2015-03-01", "2017-01-10", "2020-05-05")
    assert (
        "the limitation period has passed for the obtaining of 1 March 2015 and runs to "
        "10 January 2027 for the obtaining of 10 January 2017 (the latest to 5 May 2030)"
    ) in text


def test_with_every_count_in_time_the_earliest_day_leads() -> None:
    text = _text("2017-01-10", "2020-05-05")
    assert (
        "limitation to 10 January 2027 under § 3298 for the obtaining of 10 January 2017 "
        "(the latest to 5 May 2030)"
    ) in text
