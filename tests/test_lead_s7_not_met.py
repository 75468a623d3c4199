"""Acts that all fall before § 30-52-1 was in force fail it for one reason, said once for them
all on the NOT MET line, not once per act and paragraph (review R6 of session 7)."""

from __future__ import annotations

from datetime import date
from typing import Any

import nm_trafficking as nmt

SEX = {
    "knowingly": True,
    "will_be_caused_to_engage_in_commercial_sexual_activity": True,
    "means_will_be_used": {"force": False, "fraud": False, "coercion": False},
}


def _line(dates: list[str]) -> str:
    conduct: list[dict[str, Any]] = [
        {"id": f"c{n}", "actor": "D", "person": "V", "act": "transporting", "date": d, **SEX}
        for n, d in enumerate(dates)
    ]
    pattern = nmt.from_dict(
        {"persons": [{"id": "D"}, {"id": "V", "birth_date": "1985-01-01"}], "conduct": conduct}
    )
    text = " ".join(nmt.assess(pattern, today=date(2026, 12, 7), law="nm").explain().split())
    return text[text.index("§ 30-52-1: NOT MET") :].split(" Count")[0]


def test_acts_before_the_text_fail_for_one_reason_said_once() -> None:
    line = _line(["2001-07-28", "2001-07-26", "2001-07-27"])
    assert line.count("falls outside") + line.count("fall outside") == 1
    assert (
        "the dates of the transporting of 26, 27 and 28 July 2001 fall outside the period this "
        "text was in force (from 1 July 2008): § 30-52-1 does not reach the acts ((A)(1), (A)(2) "
        "and (A)(3))" in line
    )


def test_an_act_in_force_keeps_its_own_reasons() -> None:
    line = _line(["2001-07-26", "2010-07-26"])
    assert "fall outside the period" not in line
