"""Limits on input, checked before the work they bound, and safe display of untrusted text.

Every fact pattern read by :func:`nm_trafficking.load`, :func:`nm_trafficking.loads` or
:func:`nm_trafficking.from_dict` is held to a :class:`Limits`. The defaults suit any real case;
a caller of the Python API with a larger one passes its own::

    from nm_trafficking.limits import Limits
    nmt.load("big.yaml", limits=Limits(max_conduct=20_000, max_nodes=2_000_000))

:func:`printable` escapes control, format and other invisible characters in text that came from
the input (keys, values, file names) before it is shown, so a fact pattern cannot write
terminal escape sequences, reorder or hide text; :func:`json_safe` does the same in JSON with
JSON's escapes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["DEFAULT_LIMITS", "Limits", "is_unsafe", "json_safe", "json_safe_bytes", "printable"]


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


# --- invisible and control characters ----------------------------------------------------

_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
"""Controls, format characters (bidirectional controls, zero-width characters, word joiners,
the soft hyphen, the Mongolian vowel separator, interlinear annotation, tag characters...),
lone surrogates and the line and paragraph separators, by Unicode general category."""

_OTHER_IGNORABLE = (
    (0x034F, 0x034F),  # combining grapheme joiner
    (0x115F, 0x1160),  # Hangul choseong and jungseong fillers
    (0x17B4, 0x17B5),  # Khmer inherent vowels
    (0x180B, 0x180D),  # Mongolian free variation selectors (and 0x180F below)
    (0x180F, 0x180F),
    (0x2065, 0x2065),
    (0x3164, 0x3164),  # Hangul filler
    (0xFE00, 0xFE0F),  # variation selectors
    (0xFFA0, 0xFFA0),  # halfwidth Hangul filler
    (0xFFF0, 0xFFF8),
    (0xE0000, 0xE0FFF),  # tags, variation selectors supplement and the rest of the block
)
"""The Unicode property Default_Ignorable_Code_Point beyond the format characters (which
``unicodedata`` does not expose): Other_Default_Ignorable_Code_Point and Variation_Selector,
as PropList.txt defines them."""


def is_unsafe(char: str) -> bool:
    """Whether ``char`` (one character) is escaped when shown: a control, format or other
    default-ignorable character (invisible, or reordering the text around it), a lone
    surrogate, or a line or paragraph separator."""
    if unicodedata.category(char) in _UNSAFE_CATEGORIES:
        return True
    code = ord(char)
    return any(low <= code <= high for low, high in _OTHER_IGNORABLE)


def _escape_char(char: str) -> str:
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def _json_escape_char(char: str) -> str:
    code = ord(char)
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000  # a UTF-16 surrogate pair, as JSON writes characters beyond the BMP
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


class _Escapes(dict[str, str]):
    """Each character seen -> what is shown for it (itself when it is safe), computed once."""

    def __init__(self, escape: Callable[[str], str]) -> None:
        super().__init__()
        self.escape = escape

    def __missing__(self, char: str) -> str:
        shown = self.escape(char) if is_unsafe(char) else char
        if len(self) < 65_536:
            self[char] = shown
        return shown


_SHOWN = _Escapes(_escape_char)
_JSON_SHOWN = _Escapes(_json_escape_char)
_NOT_PLAIN_ASCII = re.compile("[^\x20-\x7e]")
"""Anything but printable ASCII: the only characters that may need escaping."""
_NOT_ASCII = re.compile("[^\x00-\x7e]")


_ASCII = bytes(range(0x80))
_PLAIN_ASCII = bytes(range(0x20, 0x7F))
"""The bytes deleted to leave a text's characters that may need escaping (fast)."""


def _shown_as_they_are(others: bytes, shown: _Escapes) -> bool:
    """Whether the characters of ``others`` (UTF-8: a text's characters that may need escaping,
    the other bytes deleted) are all shown as they are (:func:`is_unsafe`): each distinct
    character looked up once, not each occurrence."""
    try:
        return all(shown[c] == c for c in set(others.decode("utf-8")))
    except UnicodeDecodeError:
        return False


def printable(text: str, *, keep: str = "") -> str:
    """``text`` with every control, format and default-ignorable character escaped as
    ``\\xNN`` / ``\\uNNNN`` / ``\\UNNNNNNNN``: C0 (including newline and tab unless listed in
    ``keep``), DEL, C1, the Unicode line and paragraph separators, the bidirectional controls,
    zero-width and other invisible characters (by Unicode property: see :func:`is_unsafe`),
    and lone surrogates. Everything else, including a backslash, is left as it is."""
    if text.isascii() and text.isprintable():
        return text
    others = text.encode("utf-8", "surrogatepass").translate(None, _PLAIN_ASCII)
    if _shown_as_they_are(others, _SHOWN):
        return text
    shown = _SHOWN
    if keep:
        return _NOT_PLAIN_ASCII.sub(
            lambda m: m.group() if m.group() in keep else shown[m.group()], text
        )
    return _NOT_PLAIN_ASCII.sub(lambda m: shown[m.group()], text)


_BREAKS = re.compile(r"\s*[\t\n\v\f\r\x1c-\x1e\x85\u2028\u2029]\s*")
"""A line break (what ``str.splitlines`` breaks at) or tab, with the white space around it."""


def on_one_line(text: str) -> str:
    """``text`` on one line, for a title in a view: each line break or tab, with the white
    space around it, folded to one space; trimmed. Other characters stay as they are (a view
    escapes them with :func:`printable`); the JSON keeps the text as written."""
    return _BREAKS.sub(" ", text).strip()


def json_safe(text: str) -> str:
    """JSON ``text`` with the characters :func:`printable` escapes written as JSON escapes
    (``\\u202e``): the same values, nothing invisible or reordering on a terminal. (Such
    characters occur only inside strings; JSON's own writer escapes C0 already.)"""
    if text.isascii():
        return text.replace("\x7f", "\\u007f")
    data = text.encode("utf-8", "surrogatepass")
    if b"\x7f" not in data and _shown_as_they_are(data.translate(None, _ASCII), _JSON_SHOWN):
        return text
    shown = _JSON_SHOWN
    return _NOT_ASCII.sub(lambda m: shown[m.group()], text).replace("\x7f", "\\u007f")


def json_safe_bytes(data: bytes) -> bytes:
    """:func:`json_safe` for UTF-8 JSON bytes; ``data`` itself when nothing needs escaping."""
    if b"\x7f" not in data and _shown_as_they_are(data.translate(None, _ASCII), _JSON_SHOWN):
        return data
    text = data.decode("utf-8", "surrogatepass")
    escaped = json_safe(text)
    return data if escaped == text else escaped.encode("utf-8")
