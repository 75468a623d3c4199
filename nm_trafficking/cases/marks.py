"""A case file read with its line numbers, and with the problems one case can have kept to that
case.

The facts loader (:func:`nm_trafficking.facts.loading.parse_text`) refuses a whole document at
the first date not on the calendar or key given twice: right for one fact pattern, wrong for a
file of cases, where the other, well-formed cases must still run (docs/cases.md). Here the file
is read by :func:`nm_trafficking.facts.loading.parse_marked` (the same bounded readers: YAML with
the safe loader, JSON for a ``.json`` file), which keeps

* a YAML value that looks like a date and is not on the calendar (``2003-02-29``) as the text
  written, so the field's own check says what is wrong with it, located as any other problem;
  and a problem is recorded for it (:class:`Deferred`, in this module's words);
* a key given twice in one mapping as a problem recorded at that key (the first value kept),
  not the end of the file;
* the line of every key and item (:class:`Lines`), so a problem anywhere in a case can say
  where it is.

Anything else that makes the file unreadable (a real syntax error, a limit passed) is said in
``parse_text``'s words. Nothing is repeated from the file in a message but the keys written as
field names (:func:`nm_trafficking.facts.locations.named`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from nm_trafficking.facts.loading import OffCalendar, RepeatedKey, calendar_problem, parse_marked
from nm_trafficking.facts.locations import ID_LETTERS, location, shown_key
from nm_trafficking.limits import DEFAULT_LIMITS, Limits


@dataclass(frozen=True)
class Deferred:
    """A problem of one value, recorded while reading and reported with its case."""

    path: tuple[Any, ...]
    line: int
    message: str


@dataclass
class Lines:
    """The line of each key and item read, by its path (keys and indexes)."""

    at: dict[tuple[Any, ...], int] = field(default_factory=dict)
    _tables: dict[int | None, dict[str, int]] | None = None

    def table(self, case: int | None) -> dict[str, int]:
        """Field (as a problem names it, :func:`location`) -> line: inside the case with
        index ``case`` (its path from the case), or outside every case (``None``)."""
        if self._tables is None:
            self._tables = {}
            for path, line in self.at.items():
                in_case = len(path) > 1 and path[0] == "cases" and _index(path[1])
                which, rest = (path[1], path[2:]) if in_case else (None, path)
                self._tables.setdefault(which, {}).setdefault(location(rest), line)
        return self._tables.get(case, {})


def _index(part: Any) -> bool:
    return isinstance(part, int) and not isinstance(part, bool)


def line_of(table: dict[str, int], field: str) -> int | None:
    """The line of ``field`` in ``table`` (:meth:`Lines.table`), or of the first thing written
    inside it (a problem of a whole mapping or list: where it starts)."""
    found = table.get(field)
    if found is not None:
        return found
    inside = [
        line
        for name, line in table.items()
        if not field or (name.startswith(field) and name[len(field) : len(field) + 1] in ".[")
    ]
    return min(inside) if inside else None


@dataclass(frozen=True)
class Read:
    """A case file's data, the line of each part, and the problems kept for their case."""

    data: Any
    lines: Lines
    deferred: tuple[Deferred, ...]


def read(text: str, *, source: str, limits: Limits | None = None, fmt: str = "yaml") -> Read:
    """``text`` (YAML, or JSON with ``fmt="json"``) read as a case file (:class:`Read`).
    :class:`~nm_trafficking.errors.InvalidFactPattern` for what makes the whole file
    unreadable, in ``parse_text``'s words."""
    marked = parse_marked(text, fmt=fmt, source=source, limits=limits or DEFAULT_LIMITS)
    return Read(marked.data, Lines(dict(marked.lines)), tuple(_deferred(k) for k in marked.kept))


def _deferred(kept: RepeatedKey | OffCalendar) -> Deferred:
    """A problem the reader kept, in a case file's words."""
    if isinstance(kept, OffCalendar):
        return Deferred(kept.path, kept.line, calendar_problem(kept.text))
    key = kept.path[-1]
    shown = f"the key {shown_key(key)}" if id_shaped(key) else "a key"
    if kept.first == kept.line and kept.columns is not None:
        where = f"line {kept.line}, columns {kept.columns[0]} and {kept.columns[1]}"
    else:
        where = f"lines {kept.first} and {kept.line}"
    message = f"{shown} is given twice in one mapping ({where}); give each key once"
    return Deferred(kept.path, kept.line, message)


def field_of(path: Sequence[Any]) -> str:
    """A path inside a case as a field (``pattern.persons[1].birth_date``), stopping before a
    key not written as a field name or an id (it may be a value typed as a key)."""
    shown: list[Any] = []
    for part in path:
        if not (isinstance(part, int) and not isinstance(part, bool)) and not id_shaped(part):
            break
        shown.append(part)
    return location(shown)


_ONE_ID = f"[{ID_LETTERS}0-9][{ID_LETTERS}0-9_.-]{{0,63}}"
_ID = re.compile(f"{_ONE_ID}(/{_ONE_ID})?")


def id_shaped(word: object) -> bool:
    """Whether ``word`` looks like a key or an id a case file names (``birth_date``, ``R1/V1``,
    ``v1-recruit-2017``), not like words of the facts (``Maria Lopez 15yo``): only such words
    are repeated in a message."""
    return isinstance(word, str) and _ID.fullmatch(word) is not None
