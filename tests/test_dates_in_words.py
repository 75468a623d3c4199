"""``words.dates_in_words`` looks for ISO dates only where a text may hold one: what it gives is
what the pattern's substitution gives, on every text (the check before it is exact)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from nm_trafficking import words

_PIECES = [
    "2018-04-11", "2018-4-11", "2018-04-1", "18-04-11", "12018-04-11", "2018-04-110",
    "30-52-1", "2018-NMCA-066", "§ 1591(a)(1)", "-", "--", "0", "9", "99", "1234", "x", "é",
    " ", "\u0660\u0661\u0662\u0663", "\u0661\u0662", "\u00a0", "_", "(", ")", "on ", ".",
]  # fmt: skip


def _outcome(write: Callable[[str], str], text: str) -> str:
    """What ``write`` gives, or the error it raises (a date the pattern finds that no calendar
    has, as ``2018-04-1130-52-10`` holds: the pattern raises, and so does the check's path)."""
    try:
        return write(text)
    except ValueError as error:
        return f"ValueError: {error}"


def _by_the_pattern(text: str) -> str:
    return words._ISO.sub(lambda m: words.long_date(date(*map(int, m.groups()))), text)


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_the_same_as_the_pattern_on_pieces(text: str) -> None:
    assert _outcome(words.dates_in_words, text) == _outcome(_by_the_pattern, text)


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="0123456789-x \u0660\u0663é", max_size=24))
def test_the_same_as_the_pattern_on_any_text(text: str) -> None:
    assert _outcome(words.dates_in_words, text) == _outcome(_by_the_pattern, text)


def test_dates_and_not_dates() -> None:
    assert words.dates_in_words("on 2018-04-11.") == "on 11 April 2018."
    assert words.dates_in_words("x2018-04-11") == "x2018-04-11"  # no word boundary
    said = "§ 30-52-1(A)(2) (State v. Jackson, 2018-NMCA-066)"
    assert words.dates_in_words(said) == said
    assert not words._may_hold_a_date(said)
