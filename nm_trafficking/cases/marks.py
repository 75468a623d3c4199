"""A case file's YAML read with its line numbers, and with the problems one case can have kept
to that case.

The facts loader (:func:`nm_trafficking.facts.loading.parse_text`) refuses a whole document at
the first date not on the calendar or key given twice: right for one fact pattern, wrong for a
file of cases, where the other, well-formed cases must still run (docs/cases.md). Here the same
bounded builder reads the file, but

* a value that looks like a date and is not on the calendar (``2003-02-29``) is kept as the
  text written, so the field's own check says what is wrong with it, located as any other
  problem; and a problem is recorded for it (:class:`Deferred`);
* a key given twice in one mapping is a problem recorded at that key (the first value kept),
  not the end of the file;
* the line of every key and item is kept (:class:`Lines`), so a problem anywhere in a case can
  say where it is.

Anything else the builder refuses (a real syntax error, a limit passed) is left to
``parse_text``, whose words are kept. Nothing is repeated from the file in a message but the
keys written as field names (:func:`nm_trafficking.facts.locations.named`).
"""

from __future__ import annotations

import calendar
import contextlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from yaml.events import MappingEndEvent, SequenceEndEvent

from nm_trafficking.facts.loading import (  # the builder of the facts loader, extended here
    _MERGE_KEY,
    _NO_KEY,
    _Refused,
    _YAMLBuilder,
    parse_text,
)
from nm_trafficking.facts.locations import location, shown_key
from nm_trafficking.limits import DEFAULT_LIMITS, Limits

_DATE = re.compile(r"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$")
_DISCARD = object()
"""A mapping's key given twice: the value that follows is read and dropped."""


def calendar_problem(text: str) -> str:
    """Why ``text`` (shaped like ``YYYY-MM-DD``) is not a date, without repeating it."""
    found = _DATE.match(text.strip())
    if found is not None:
        year, month, day = (int(g) for g in found.groups())
        if month == 2 and day == 29 and not calendar.isleap(year):
            return (
                "not a date on the calendar: 29 February exists only in a leap year, and the "
                "year written is not one"
            )
        if not 1 <= month <= 12:
            return "not a date on the calendar: a month is 1 to 12 (write YYYY-MM-DD)"
    return "not a date on the calendar (the month has no such day)"


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


class _Builder(_YAMLBuilder):
    """The facts loader's builder, keeping lines and going on past a value one case can have
    wrong (see the module's docstring)."""

    def __init__(self, limits: Limits) -> None:
        super().__init__(limits)
        self.lines = Lines()
        self.deferred: list[Deferred] = []

    def _path(self) -> list[Any]:
        return [frame.part() for frame in self.stack]

    def scalar(self, event: Any) -> Any:
        try:
            return super().scalar(event)
        except _Refused:
            if _DATE.match(event.value.strip()) is None:
                raise
            path = self._value_path()
            line = event.start_mark.line + 1
            self.deferred.append(Deferred(tuple(path), line, calendar_problem(event.value)))
            return event.value  # the field's own check refuses the text, where it is

    def _value_path(self) -> list[Any]:
        top = self.stack[-1] if self.stack else None
        if top is not None and top.mapping and top.key is _NO_KEY:  # a key: its mapping
            return [frame.part() for frame in self.stack[:-1]]
        return self._path()

    def add(self, value: Any, event: Any, height: int) -> None:
        top = self.stack[-1] if self.stack else None
        if top is not None and top.mapping:
            if top.key is _DISCARD:  # the value of a key given twice
                top.key = _NO_KEY
                return
            if top.key is _NO_KEY and value is not _MERGE_KEY:
                line = event.start_mark.line + 1
                parent = [frame.part() for frame in self.stack[:-1]]
                try:
                    first = top.lines.get(value)
                except TypeError:
                    first = None  # a key that is not text: the builder says so
                if first is not None:
                    shown = f"the key {shown_key(value)}" if id_shaped(value) else "a key"
                    message = (
                        f"{shown} is given twice in one mapping (lines {first} and {line}); "
                        "give each key once"
                    )
                    self.deferred.append(Deferred((*parent, value), line, message))
                    top.key = _DISCARD
                    return
                with contextlib.suppress(TypeError):  # not text: the builder says so
                    self.lines.at.setdefault((*parent, value), line)
        elif top is not None and not isinstance(event, MappingEndEvent | SequenceEndEvent):
            # an item of a list (a mapping or list item: the line of the first thing in it)
            self.lines.at.setdefault((*self._path(),), event.start_mark.line + 1)
        super().add(value, event, height)


@dataclass(frozen=True)
class Read:
    """A case file's data, the line of each part, and the problems kept for their case."""

    data: Any
    lines: Lines
    deferred: tuple[Deferred, ...]


def read(text: str, *, source: str, limits: Limits | None = None) -> Read:
    """``text`` read as a case file (:class:`Read`).
    :class:`~nm_trafficking.errors.InvalidFactPattern` for what makes the whole file
    unreadable, in ``parse_text``'s words."""
    limits = limits or DEFAULT_LIMITS
    fits = len(text) <= limits.max_file_bytes and (
        4 * len(text) <= limits.max_file_bytes
        or len(text.encode("utf-8", "surrogatepass")) <= limits.max_file_bytes
    )
    if fits and isinstance(text, str):
        builder = _Builder(limits)
        try:
            data = builder.build(text)
        except Exception:  # parse_text below says what it is, in its words
            pass
        else:
            return Read(data, builder.lines, tuple(builder.deferred))
    return Read(parse_text(text, fmt="yaml", source=source, limits=limits), Lines(), ())


def field_of(path: Sequence[Any]) -> str:
    """A path inside a case as a field (``pattern.persons[1].birth_date``), stopping before a
    key not written as a field name or an id (it may be a value typed as a key)."""
    shown: list[Any] = []
    for part in path:
        if not (isinstance(part, int) and not isinstance(part, bool)) and not id_shaped(part):
            break
        shown.append(part)
    return location(shown)


_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}(/[A-Za-z0-9][A-Za-z0-9_.-]{0,63})?")


def id_shaped(word: object) -> bool:
    """Whether ``word`` looks like a key or an id a case file names (``birth_date``, ``R1/V1``,
    ``v1-recruit-2017``), not like words of the facts (``Maria Lopez 15yo``): only such words
    are repeated in a message."""
    return isinstance(word, str) and _ID.fullmatch(word) is not None
