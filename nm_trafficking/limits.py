"""Limits on input, checked before the work they bound, and safe display of untrusted text.

Every fact pattern read by :func:`nm_trafficking.load`, :func:`nm_trafficking.loads` or
:func:`nm_trafficking.from_dict` is held to a :class:`Limits`. The defaults suit any real case;
a caller of the Python API with a larger one passes its own::

    from nm_trafficking.limits import Limits
    nmt.load("big.yaml", limits=Limits(max_conduct=20_000, max_nodes=2_000_000))

:func:`printable` escapes control characters in text that came from the input (keys, values,
file names) before it is shown, so a fact pattern cannot write terminal escape sequences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["DEFAULT_LIMITS", "Limits", "printable"]


@dataclass(frozen=True)
class Limits:
    """How much input is accepted. Each limit is checked before the work it bounds: the file
    size before reading, the count of values and the nesting depth while parsing (before any
    Python object is built), the number of persons, conduct and observations before
    validation."""

    max_file_bytes: int = 16 * 1024 * 1024
    """Largest file (and largest line of a JSON Lines file) read, in bytes."""
    max_persons: int = 1000
    """Most persons in one fact pattern."""
    max_conduct: int = 5000
    """Most conduct entries in one fact pattern."""
    max_observations: int = 5000
    """Most observations in one fact pattern."""
    max_depth: int = 16
    """Deepest nesting of mappings and lists (a fact pattern needs 4)."""
    max_nodes: int = 500_000
    """Most keys and values in one document, each counting one (aliases count as the node they
    repeat). A fact pattern at the item limits with every fact stated has about 420,000."""
    max_errors: int = 20
    """Most problems listed in one error; the rest are counted ("and 1,950 more")."""

    def __post_init__(self) -> None:
        for name, value in vars(self).items():
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"Limits.{name} must be a whole number of at least 1")


DEFAULT_LIMITS = Limits()
"""The limits used when none are given."""


_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff"
    "\ud800-\udfff]"
)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str, *, keep: str = "") -> str:
    """``text`` with control characters escaped as ``\\xNN`` / ``\\uNNNN``: C0 (including
    newline and tab unless listed in ``keep``), DEL, C1, the Unicode line and paragraph
    separators, the bidirectional controls, the byte order mark and lone surrogates. Everything
    else, including a backslash, is left as it is."""
    if keep:
        return _UNSAFE.sub(lambda m: m.group() if m.group() in keep else _escape(m), text)
    return _UNSAFE.sub(_escape, text)
