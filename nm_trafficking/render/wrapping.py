"""Text wrapped as ``textwrap.wrap`` wraps it (its default options), at a fraction of its cost.

``textwrap`` splits a text into chunks with a large regular expression, normalises its
whitespace and then fills lines chunk by chunk; for the texts the library writes (words
separated by single spaces) that is the same as filling lines word by word, greedily. A word is
split where ``textwrap`` would split it (after the hyphen of a hyphenated word, around an
em-dash written ``--``) by ``textwrap``'s own expression, applied to that word alone. A text
this does not cover — other whitespace (tabs, newlines), spaces at its ends or doubled, a word
longer than a line (which ``textwrap`` breaks), a word of other whitespace (a no-break space
alone, which ``textwrap`` drops at a line's ends) where a line starts or ends — is wrapped by
``textwrap`` itself, so that the lines are always ``textwrap``'s (``tests/test_wrapping.py``
compares them on generated texts).
"""

from __future__ import annotations

import textwrap

_PIECES = textwrap.TextWrapper.wordsep_re
"""textwrap's chunk splitter (with ``break_on_hyphens``): a word's pieces are its chunks."""

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
    """``textwrap.wrap(text, width, initial_indent=..., subsequent_indent=...)``, exactly."""
    lines = _greedy(text, width, initial_indent, subsequent_indent)
    if lines is None:
        return textwrap.wrap(
            text, width=width, initial_indent=initial_indent, subsequent_indent=subsequent_indent
        )
    return lines


def fill(text: str, width: int, initial_indent: str = "", subsequent_indent: str = "") -> str:
    """``textwrap.fill`` with these options, exactly: :func:`wrap_lines` joined by newlines."""
    return "\n".join(wrap_lines(text, width, initial_indent, subsequent_indent))


def _greedy(text: str, width: int, initial: str, subsequent: str) -> list[str] | None:
    """The lines filled greedily, or ``None`` when the text needs ``textwrap``'s own handling
    (see the module's docstring). A line ends at the last place within the width where
    ``textwrap`` could end it: before a space (dropped), or after a piece of a word."""
    if not regular(text):
        return None
    lines: list[str] = []
    start = 0  # where the line's text starts: a word, or a piece of one
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
        else:  # a word crosses the width: as many of its pieces as fit stay on the line
            space = text.rfind(" ", start, end)
            begins = space + 1 if space >= 0 else start
            after = text.find(" ", end)
            word = text[begins : after if after >= 0 else len(text)]
            pieces = [p for p in _PIECES.split(word) if p] if "-" in word else [word]
            fits = k = 0
            while begins + fits + len(pieces[k]) <= end:
                fits += len(pieces[k])
                k += 1
            if len(pieces[k]) > room:
                return None  # textwrap breaks a piece longer than the line
            if fits:
                stop = next_start = begins + fits
            elif space > start:
                stop, next_start = space, space + 1
            else:  # not reached: a first piece that does not fit is longer than the line
                return None
        line = text[start:stop]
        if _dropped(line, -1) or (lines and _dropped(line, 0)):
            return None
        lines.append(indent + line)
        if next_start >= len(text):
            return lines
        start = next_start
