"""A year (or a year and month) given as a date (review N10, session 7): "some day in 2019" is
common in a case file, and the message spoke of Unix timestamps. It says a year alone is not a
date, and how the format records an unknown day: by leaving the act's date out."""

from __future__ import annotations

import pytest

import nm_trafficking as nmt

DOC = (
    "persons: [{{id: D}}, {{id: V}}]\n"
    "conduct: [{{id: c, actor: D, person: V, act: recruiting, date: {}}}]\n"
)


@pytest.mark.parametrize(
    ("written", "part"),
    [("2019", "a year"), ('"2019"', "a year"), ('"2019-06"', "a year and month")],
)
def test_a_partial_date_says_how_to_record_an_unknown_day(written: str, part: str) -> None:
    with pytest.raises(nmt.InvalidFactPattern) as caught:
        nmt.loads(DOC.format(written))
    (error,) = caught.value.errors
    assert error.loc == "conduct[0].date"
    assert error.message.startswith(f"{part} alone is not a date: write the full date (YYYY-MM-DD)")
    assert "leave the date out" in error.message
    assert "timestamp" not in error.message


def test_a_timestamp_is_still_refused_as_one() -> None:
    with pytest.raises(nmt.InvalidFactPattern, match="Unix timestamps"):
        nmt.loads(DOC.format("1520640000"))
