"""Text wrapped as ``textwrap.wrap`` wraps it with ``break_on_hyphens=False``, at a fraction of
its cost.

A hyphenated word is never split at a line's end: an id is a person's name in the prose
("co-defendant-2", "María-José"), and a name or a citation cut at its hyphen reads as two words
(review Z3-4 of session 8: "Juan-" / "Carlos_Domínguez"). ``textwrap`` splits a text into chunks
at whitespace, normalises its whitespace and then fills lines chunk by chunk; for the texts the
library writes (words separated by single spaces) that is the same as filling lines word by
word, greedily. A text this does not cover — other whitespace (tabs, newlines), spaces at its
ends or doubled, a word longer than a line (which ``textwrap`` breaks), a word of other
whitespace (a no-break space alone, which ``textwrap`` drops at a line's ends) where a line
starts or ends — is wrapped by ``textwrap`` itself, so that the lines are always ``textwrap``'s
(``tests/test_wrapping.py`` compares them on generated texts).
"""

from __future__ import annotations

import textwrap

_OTHER_SPACES = ("\t", "\n", "\x0b", "\x0c", "\r", "  ")
"""Whitespace textwrap normalises or keeps (``" "`` twice) that a split on spaces would not."""


def regular(text: str) -> bool:
    """Whether ``text`` is words separated by single spaces, as textwrap sees whitespace: no
    tab, newline or other whitespace textwrap replaces, no space at its ends or doubled."""
    return (
        bool(text)
        and text[0] != " "
        and text[-1] != " "
        and not any(space in text for space in _OTHER_SPACES)
    )


def one_line(text: str, width: int, indent: str) -> bool:
    """Whether ``textwrap.wrap(text, width, initial_indent=indent)`` is ``[indent + text]``:
    the text fits, and textwrap has no whitespace in it to replace or drop."""
    return len(indent) + len(text) <= width and regular(text) and not _dropped(text, -1)


def _dropped(line: str, end: int) -> bool:
    """Whether textwrap drops the first (``end`` 0) or last (-1) word of a line of single-spaced
    words as whitespace: a word of whitespace only (``str.strip``'s, e.g. no-break spaces)."""
    word = line.partition(" ")[0] if end == 0 else line.rpartition(" ")[2]
    return word.isspace()


def wrap_lines(
    text: str, width: int, initial_indent: str = "", subsequent_indent: str = ""
) -> list[str]:
    """``textwrap.wrap(text, width, initial_indent=..., subsequent_indent=...,
    break_on_hyphens=False)``, exactly: no word is split at a hyphen."""
    lines = _greedy(text, width, initial_indent, subsequent_indent)
    if lines is None:
        return textwrap.wrap(
            text,
            width=width,
            initial_indent=initial_indent,
            subsequent_indent=subsequent_indent,
            break_on_hyphens=False,
        )
    return lines


def fill(text: str, width: int, initial_indent: str = "", subsequent_indent: str = "") -> str:
    """``textwrap.fill`` with these options (``break_on_hyphens=False``), exactly:
    :func:`wrap_lines` joined by newlines."""
    return "\n".join(wrap_lines(text, width, initial_indent, subsequent_indent))


def _greedy(text: str, width: int, initial: str, subsequent: str) -> list[str] | None:
    """The lines filled greedily, or ``None`` when the text needs ``textwrap``'s own handling
    (see the module's docstring). A line ends before the last space within the width (the
    space dropped); a word that crosses the width, hyphenated or not, goes whole to the next
    line."""
    if not regular(text):
        return None
    lines: list[str] = []
    start = 0  # where the line's text starts: a word
    while True:
        indent = subsequent if lines else initial
        room = width - len(indent)
        if room < 1:
            return None  # textwrap's own (a word per line, broken)
        end = start + room  # the first character beyond the line
        if len(text) <= end:
            stop = next_start = len(text)
        elif text[end] == " ":  # a word ends at the width
            stop, next_start = end, end + 1
        else:  # a word crosses the width: it starts the next line
            space = text.rfind(" ", start, end)
            after = text.find(" ", end)
            if space <= start or (after if after >= 0 else len(text)) - space - 1 > room:
                return None  # textwrap breaks a word longer than this line
            stop, next_start = space, space + 1
        line = text[start:stop]
        if _dropped(line, -1) or (lines and _dropped(line, 0)):
            return None
        lines.append(indent + line)
        if next_start >= len(text):
            return lines
        start = next_start
