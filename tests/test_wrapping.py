"""The text renderers' wrapper gives textwrap's lines (``render.wrapping``), with
``break_on_hyphens=False``: no word, an id least of all, is split at a hyphen (review Z3-4 of
session 8)."""

from __future__ import annotations

import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from nm_trafficking.render import summary_text, wrapping

_VOCABULARY = [
    "the", "defendant", "recruited", "victim", "aged", "15", "§", "§§", "30-52-1(A)(1),",
    "1591(a)(1)", "—", "second-degree", "well-known", "so-called", "non-commercial", "x-ray",
    "a-b-c", "co-conspirator's", "--", "a--b", "word--", "--word", "10\u00a0March\u00a02018",
    "(between", "today)", "[S]", "[P]", "UNVERIFIED", "offense;", "e.g.,", "i.e.", "-", "-a",
    "a-", "ab-", "abc-def-ghi", "1-2", "ab-1", "1a-bc", "é-ü", "commercial-sex-act", "2015.",
    "limitation", "(unless", "tolled;", "check):", "open", "—\u00a0no", "x" * 60, "y" * 97,
    "\u00a0", "\u2003\u00a0", "\x1c", "a\u00a0", "co-defendant-2", "María-José", "María-José's",
    "Juan-Carlos_Domínguez", "D-1", "co-defendant-2's", "x-" * 30,
]  # fmt: skip
_INDENTS = ["", "  ", "    ", "      ", "        ", "  1. ", "      · "]
_INDENTS += [" " * n + "- " for n in (2, 4, 6)]
_WHOLE = {"break_on_hyphens": False}
"""textwrap's option the wrapper follows: a hyphenated word is never split."""


@st.composite
def _sentences(draw: st.DrawFn, vocabulary: list[str] = _VOCABULARY) -> str:
    """Sentences of the words the renderers wrap (hyphenated, dashes, long words), joined
    mostly by single spaces, sometimes by other whitespace."""
    words = draw(st.lists(st.sampled_from(vocabulary), max_size=45))
    gaps = draw(
        st.lists(
            st.sampled_from([" "] * 30 + ["  ", "\t", "\n", " \n", "\u00a0", ""]),
            min_size=len(words),
            max_size=len(words),
        )
    )
    ends = draw(st.sampled_from(["", "", "", " ", "\n"]))
    return ends + "".join(w + g for w, g in zip(words, gaps, strict=True)).rstrip(" ") + ends


@settings(max_examples=600, deadline=None)
@given(
    text=_sentences(),
    indent=st.sampled_from(_INDENTS),
    hang=st.sampled_from(["", " ", "  "]),
    width=st.sampled_from([100, 100, 100, 40, 12, 8]),
)
def test_the_wrapper_gives_textwraps_lines(text: str, indent: str, hang: str, width: int) -> None:
    subsequent = " " * len(indent) + hang
    expected = textwrap.wrap(
        text, width=width, initial_indent=indent, subsequent_indent=subsequent, **_WHOLE
    )
    assert wrapping.wrap_lines(text, width, indent, subsequent) == expected
    assert wrapping.fill(text, width, indent, subsequent) == textwrap.fill(
        text, width=width, initial_indent=indent, subsequent_indent=subsequent, **_WHOLE
    )


_DATES = ["1", "10", "123", "x1", "_1", "March", "May", "December", "2018", "2018.", "20181"]


@settings(max_examples=400, deadline=None)
@given(
    text=_sentences(_VOCABULARY + _DATES * 4),
    indent=st.sampled_from(_INDENTS),
    hang=st.sampled_from([" ", "  "]),
)
def test_the_summarys_wrap_is_textwraps(text: str, indent: str, hang: str) -> None:
    """Dates and "§ 1" are not broken (no-break spaces), whatever the words around them."""
    assert summary_text.wrap(text, indent, hang) == summary_text.wrapped(text, indent, hang)


def test_the_wrapper_never_splits_a_hyphenated_word() -> None:
    """Every hyphenated word, and every dash, at every place across the width: the word goes
    whole to the next line, as textwrap's ``break_on_hyphens=False`` puts it (review Z3-4 of
    session 8: "Juan-" / "Carlos_Domínguez" and "María-" / "José")."""
    for word in [w for w in _VOCABULARY if "-" in w and len(w) < 40]:
        for before in range(1, 100):
            for indent, subsequent in (("", ""), ("    - ", "        ")):
                text = f"{'a' * before} {word} {word}-{word} b"
                expected = textwrap.wrap(
                    text, 100, initial_indent=indent, subsequent_indent=subsequent, **_WHOLE
                )
                lines = wrapping.wrap_lines(text, 100, indent, subsequent)
                assert lines == expected
                if before > 90:  # the first word is then longer than a line: broken
                    continue
                bare = [lines[0][len(indent) :]] + [x[len(subsequent) :] for x in lines[1:]]
                assert [w for line in bare for w in line.split()] == text.split()


def test_an_id_is_never_split_in_the_summary_text() -> None:
    """A person named "co-defendant-2" (or "María-José") stays on one line wherever the width
    falls in the summary's lines, as dates and "§ 1" do."""
    for name in ("co-defendant-2", "María-José's", "Juan-Carlos_Domínguez"):
        for before in range(1, 100):
            for indent in ("", "    - "):
                text = f"{'a' * before} {name} recruited {name} on 10 March 2018"
                lines = summary_text.wrap(text, indent)
                assert lines == summary_text.wrapped(text, indent)
                assert sum(line.count(name) for line in lines) == 2, lines


def test_the_summary_breaks_no_date_and_no_section_number() -> None:
    """Dates (and what looks like one but is not) and "§ 1", at every place across the width."""
    phrases = ["on 10 March 2018;", "(1 May 2019)", "x1 May 2019", "123 May 2019", "§ 1591(a)"]
    phrases += ["§§ 1589, 1590", "2 June 20181", "_1 June 2018", "9 December 2018.", "§  1"]
    for phrase in phrases:
        for before in range(1, 100):
            for indent in ("", "    - "):
                text = f"{'a' * before} {phrase} and {phrase}"
                assert summary_text.wrap(text, indent) == summary_text.wrapped(text, indent)


def test_a_word_longer_than_a_line_is_broken_as_textwrap_breaks_it() -> None:
    for long in ("y" * 97, "well-" * 25, "x" * 150):
        for before in ("", "a ", "a " * 30):
            text = f"{before}{long} b"
            for indent in _INDENTS:
                expected = textwrap.wrap(
                    text, 100, initial_indent=indent, subsequent_indent="  ", **_WHOLE
                )
                assert wrapping.wrap_lines(text, 100, indent, "  ") == expected


def test_the_wrapper_wraps_by_itself_what_the_library_writes() -> None:
    """Words with single spaces, hyphenated words among them, are filled without textwrap."""
    text = " ".join(["a well-known second-degree felony under § 30-52-1(A)(1)"] * 4)
    lines = wrapping._greedy(text, 100, "  ", "    ")
    assert lines == textwrap.wrap(
        text, 100, initial_indent="  ", subsequent_indent="    ", **_WHOLE
    )
    assert lines is not None and len(lines) == 3
    assert wrapping._greedy("a\tb", 100, "", "") is None  # textwrap's own case
