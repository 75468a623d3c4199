"""``limits.printable``, ``json_safe`` and ``json_safe_bytes`` look each distinct character up
once: the same text as escaping character by character."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from nm_trafficking.limits import (
    _escape_char,
    _json_escape_char,
    is_unsafe,
    json_safe,
    json_safe_bytes,
    printable,
)


def _by_character(text: str) -> str:
    return "".join(
        _json_escape_char(c) if (not c.isascii() or c == "\x7f") and is_unsafe(c) else c
        for c in text
    )


_CHARACTERS = list('ab "§—é\x7f\u202e\u200b\u00ad\u2028\ufeff\U0001f600\U000e0041\u3164\n\t\x00')


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(_CHARACTERS), max_size=60))
def test_json_safe_escapes_as_character_by_character(text: str) -> None:
    assert json_safe(text) == _by_character(text)
    assert json_safe_bytes(text.encode("utf-8")) == _by_character(text).encode("utf-8")


def test_a_text_with_nothing_to_escape_is_given_back_itself() -> None:
    data = '{"a": "§ 30-52-1 — café"}'.encode()
    assert json_safe_bytes(data) is data
    assert json_safe_bytes('"\u202e"'.encode()) == b'"\\u202e"'


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(_CHARACTERS), max_size=60),
    st.sampled_from(["", "\n", "\n\t", "\u202e"]),
)
def test_printable_escapes_as_character_by_character(text: str, keep: str) -> None:
    expected = "".join(
        c if c in keep or not (c < " " or c == "\x7f" or is_unsafe(c)) else _escape_char(c)
        for c in text
    )
    assert printable(text, keep=keep) == expected
