"""Loading fact patterns from dicts, JSON and YAML, with errors naming the file and field.

Input is untrusted. Every step is bounded by a :class:`~nm_trafficking.limits.Limits`, checked
before the work it bounds:

* a file is opened without blocking, refused unless it is a regular file, its size checked
  from ``fstat`` and at most ``max_file_bytes + 1`` bytes read;
* YAML is parsed to events first (LibYAML when available), counting keys and values (an alias
  counts as the node it repeats) and nesting, and refused before any Python object is built;
  it is then composed and built with the safe loader only (tags that would build Python
  objects are refused). JSON is scanned the same way when it could exceed a limit;
* a key given twice in one mapping is an error naming the key and both lines;
* the plain data is checked for size, nesting and the number of persons, conduct and
  observations before it is validated; the errors listed are capped.

Nothing is logged; the file is only read.
"""

from __future__ import annotations

import calendar
import contextlib
import dataclasses
import errno
import json
import os
import re
import stat
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

import yaml
from pydantic import BaseModel, ValidationError
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)
from yaml.nodes import ScalarNode

from nm_trafficking.errors import FieldError, FileProblem, InvalidFactPattern, MoreErrors, Remedy
from nm_trafficking.facts.conduct import Conduct
from nm_trafficking.facts.locations import (
    capped,
    clean,
    field_errors,
    known_location,
    location,
    model_at,
    named,
    nfc,
    shown_key,
    unknown_key,
)
from nm_trafficking.facts.observations import Observation
from nm_trafficking.facts.pattern import FactPattern, ReferenceErrors, too_many
from nm_trafficking.facts.persons import NOT_ON_THE_CALENDAR, Person
from nm_trafficking.limits import DEFAULT_LIMITS, Limits, printable

__all__ = [
    "CASE_FILE",
    "MAX_FILE_BYTES",
    "Marked",
    "OffCalendar",
    "ReferenceErrors",
    "RepeatedKey",
    "calendar_problem",
    "dated",
    "field_errors",
    "file_kind",
    "from_dict",
    "json_schema",
    "load",
    "loads",
    "not_regular",
    "open_regular",
    "parse_dated",
    "parse_marked",
    "parse_text",
    "raw_problems",
    "read_bytes",
    "read_text",
    "stat_problem",
]

MAX_FILE_BYTES = DEFAULT_LIMITS.max_file_bytes
"""The default largest file read (kept for compatibility; see :class:`Limits`)."""

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""LibYAML's safe loader when PyYAML was built with it, else the pure-Python one."""

_READ_CHUNK = 1024 * 1024
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # opening a FIFO must not wait for a writer
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


class _Refused(Exception):
    """A problem found while reading or parsing; becomes an ``InvalidFactPattern``."""

    def __init__(self, error: FieldError) -> None:
        super().__init__(error.message)
        self.error = error


def _size(n: int) -> str:
    if n >= 1024**3:
        return f"{n / 1024**3:.1f} GiB"
    if n >= 1024**2:
        return f"{n / 1024**2:.1f} MiB"
    return f"{n:,} bytes"


def _too_big(size: int | None, limits: Limits) -> FieldError:
    what = f"the file is {_size(size)}" if size is not None else "the file is too large"
    return FieldError(
        "",
        f"{what}; files larger than {_size(limits.max_file_bytes)} are not read",
        remedy=Remedy("limit", "max_file_bytes"),
    )


_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def file_kind(mode: int) -> str:
    """What a non-regular file is, in words (``a FIFO (named pipe)``)."""
    for test, name in _KINDS:
        if test(mode):
            return name
    return "not a regular file"


def not_regular(mode: int) -> str:
    """Why a path that is not a regular file is not read, in words: ``a directory, not a
    file``; ``not a regular file: a FIFO (named pipe)``."""
    if stat.S_ISDIR(mode):
        return "a directory, not a file"
    return f"not a regular file: {file_kind(mode)}"


def _not_regular(mode: int) -> FileProblem:
    return FileProblem("", not_regular(mode))


def stat_problem(path: str | os.PathLike[str], exc: OSError) -> str:
    """Why ``os.stat(path)`` (or opening it) failed, in words: ``file not found``, a dangling
    link and a link loop named, else ``cannot read file:`` and the system's reason."""
    if exc.errno == errno.ELOOP:
        return "cannot read file: a symbolic link loop (too many levels of symbolic links)"
    if exc.errno == errno.ENOENT and os.path.islink(path):
        return "cannot read file: a dangling symbolic link (its target does not exist)"
    if exc.errno == errno.ENOENT:
        return "file not found"
    if exc.errno == errno.ENOTDIR:
        return "file not found (a part of the path is a file, not a folder)"
    return f"cannot read file: {exc.strerror or exc}"


def _cannot_read(path: str | os.PathLike[str], exc: OSError) -> FileProblem:
    return FileProblem("", stat_problem(path, exc))


def read_bytes(path: str | os.PathLike[str], *, limits: Limits | None = None) -> bytes:
    """The content of a regular file of at most ``limits.max_file_bytes`` bytes.

    Anything else (a directory, FIFO, device, socket) is refused without blocking and without
    reading; the size is checked from ``fstat`` before reading, and at most one byte more than
    the limit is read, so a file that grows meanwhile is still bounded. Raises
    :class:`InvalidFactPattern` (without a source)."""
    limits = limits or DEFAULT_LIMITS
    try:
        return _read_bytes(path, limits)
    except _Refused as exc:
        raise InvalidFactPattern([exc.error]) from None


def _read_bytes(path: str | os.PathLike[str], limits: Limits) -> bytes:
    try:
        before = os.stat(path)
    except OSError as exc:
        raise _Refused(_cannot_read(path, exc)) from None
    if not stat.S_ISREG(before.st_mode):
        raise _Refused(_not_regular(before.st_mode))
    if before.st_size > limits.max_file_bytes:
        raise _Refused(_too_big(before.st_size, limits))
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        raise _Refused(_cannot_read(path, exc)) from None
    try:
        info = os.fstat(fd)  # the file opened may not be the one checked: check again
        if not stat.S_ISREG(info.st_mode):
            raise _Refused(_not_regular(info.st_mode))
        if info.st_size > limits.max_file_bytes:
            raise _Refused(_too_big(info.st_size, limits))
        chunks: list[bytes] = []
        remaining = limits.max_file_bytes + 1
        while remaining > 0:
            chunk = os.read(fd, min(remaining, _READ_CHUNK))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    except OSError as exc:
        raise _Refused(_cannot_read(path, exc)) from None
    finally:
        os.close(fd)
    raw = b"".join(chunks)
    if len(raw) > limits.max_file_bytes:
        raise _Refused(_too_big(None, limits))
    return raw


def open_regular(path: str | os.PathLike[str]) -> BinaryIO:
    """Open a regular file for reading in binary, without blocking on a FIFO or device: anything
    but a regular file is refused. Raises :class:`InvalidFactPattern` (without a source)."""
    try:
        before = os.stat(path)
        if not stat.S_ISREG(before.st_mode):
            raise _Refused(_not_regular(before.st_mode))
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        raise InvalidFactPattern([_cannot_read(path, exc)]) from None
    except _Refused as exc:
        raise InvalidFactPattern([exc.error]) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InvalidFactPattern([_not_regular(info.st_mode)])
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _Refused(FieldError("", f"not UTF-8 text (byte {exc.start})")) from None


def read_text(
    path: str | os.PathLike[str], *, limits: Limits | None = None, source: str | None = None
) -> str:
    """A bounded, UTF-8 text file (see :func:`read_bytes`); errors name ``source`` (default:
    the path, with control characters escaped)."""
    where = source if source is not None else printable(os.fspath(path))
    try:
        return _decode(_read_bytes(path, limits or DEFAULT_LIMITS))
    except _Refused as exc:
        raise InvalidFactPattern([exc.error], where) from None


# --- YAML --------------------------------------------------------------------------------


def _line(node_or_event: Any) -> int:
    mark = getattr(node_or_event, "start_mark", None)
    return mark.line + 1 if mark is not None else 0


def _too_many_nodes(limits: Limits, line: int) -> FieldError:
    return FieldError(
        "",
        f"more than {limits.max_nodes:,} keys and values (line {line})",
        remedy=Remedy("limit", "max_nodes"),
    )


def _too_deep(limits: Limits, line: int) -> FieldError:
    return FieldError(
        "",
        f"nested more than {limits.max_depth} levels deep (line {line}); a fact pattern needs 4",
    )


_Y = "tag:yaml.org,2002:"
_STR, _SEQ, _MAP, _MERGE = _Y + "str", _Y + "seq", _Y + "map", _Y + "merge"
_SCALAR_TAGS = frozenset(_Y + t for t in ("null", "bool", "int", "float", "timestamp"))
_INT = _Y + "int"


class _Resolver(yaml.resolver.Resolver):
    """YAML 1.2 core schema for plain scalars (plus dates): only ``true``/``false`` are booleans
    and only ``null``/``~``/nothing is null, so ``on``, ``no`` or ``yes`` stay text (an id
    ``no`` is not ``False``; ``knowingly: yes`` is refused, not guessed); integers are decimal
    (``017`` is 17, not octal 15), ``0o``/``0x`` prefixed, never with ``_`` or ``:``."""

    yaml_implicit_resolvers = {}  # noqa: RUF012 (PyYAML's class-level table, ours alone)


_Resolver.add_implicit_resolver(
    _Y + "bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_Resolver.add_implicit_resolver(
    _Y + "null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""]
)
_Resolver.add_implicit_resolver(
    _INT, re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"), list("-+0123456789")
)
_Resolver.add_implicit_resolver(
    _Y + "float",
    re.compile(
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
    ),
    list("-+0123456789."),
)
_Resolver.add_implicit_resolver(
    _Y + "timestamp",
    re.compile(
        r"^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?"
        r"|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?"
        r":[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$"
    ),
    list("0123456789"),
)
_Resolver.add_implicit_resolver(_Y + "merge", re.compile(r"^(?:<<)$"), ["<"])


def _yaml12_int(text: str) -> int:
    if text.startswith(("0o", "0x")):
        return int(text[2:], 8 if text[1] == "o" else 16)
    return int(text, 10)


_NO_KEY = object()
_MERGE_KEY = object()


def _duplicate(
    parts: list[Any], key: Any, first: tuple[int, int], second: tuple[int, int]
) -> FieldError:
    """A key given twice: where, as ``(line, column)`` each; on one line (a mapping written on
    one line, JSON on one line) the columns tell the two apart."""
    # a key not written as a field name may be a value typed as a key: not repeated
    which = f"the key {shown_key(key)}" if named(key) else "a key"
    if first[0] == second[0]:
        where = f"line {first[0]}, columns {first[1]} and {second[1]}"
    else:
        where = f"lines {first[0]} and {second[0]}"
    return FieldError(
        known_location(parts),
        f"{which} is given twice in one mapping ({where}); give each key once",
    )


def _column(node_or_event: Any) -> int:
    mark = getattr(node_or_event, "start_mark", None)
    return mark.column + 1 if mark is not None else 0


def _plain(exc: BaseException) -> str:
    """An error's message for the person who wrote the input, not Python's advice to a
    programmer (a number too long to convert names the limit, not a ``sys`` setting)."""
    message = str(exc)
    if "integer string conversion" in message or "int_max_str_digits" in message:
        return "a number with more than 4,300 digits (no fact needs one)"
    return message


_SCALAR_KINDS = {_Y + "timestamp": "a date", _INT: "a whole number", _Y + "float": "a number"}


def _unreadable(tag: str, exc: BaseException) -> str:
    """A scalar YAML cannot build, said without repeating it: a date not on the calendar
    (``2021-02-30``), a number too long."""
    if tag == _Y + "timestamp" and "out of range" in str(exc):
        return "a date not on the calendar (the month has no such day)"
    plain = _plain(exc)
    if plain != str(exc):
        return plain
    kind = _SCALAR_KINDS.get(tag, "the kind of value it looks like")
    return f"a value that cannot be read as {kind}"


_TAG_REFUSED = "a tag is not accepted (only plain values, lists and mappings)"
"""Said without the tag, as the undefined alias is without its name: an error message never
repeats what was written (privacy; review devF of session 7)."""


def _yaml_error(message: str, line: int) -> _Refused:
    return _Refused(FieldError("", f"not valid YAML: {message} (line {line})"))


class _Frame:
    """An open sequence or mapping while YAML is built from parser events."""

    __slots__ = (
        "anchor", "columns", "height", "items", "key", "lines", "mapping", "merges", "start",
    )  # fmt: skip

    def __init__(self, mapping: bool, anchor: str | None, start: int) -> None:
        self.mapping = mapping
        self.anchor = anchor
        self.start = start  # keys and values counted when it opened
        self.height = 1  # levels of nesting in it, itself included
        self.items: Any = {} if mapping else []
        self.key: Any = _NO_KEY  # a mapping's key waiting for its value
        self.lines: dict[Any, int] = {}  # a mapping's keys -> line
        self.columns: dict[Any, int] = {}  # a mapping's keys -> column
        self.merges: list[dict[Any, Any]] = []  # mappings merged in with '<<'

    def part(self) -> Any:
        """This collection's part of the location of the value being built in it."""
        if not self.mapping:
            return len(self.items)
        return self.key if self.key is not _NO_KEY and self.key is not _MERGE_KEY else "<<"

    def result(self) -> Any:
        if not self.merges:
            return self.items
        out: dict[Any, Any] = {}
        for merged in self.merges:  # earlier mappings take precedence over later ones
            for key, value in merged.items():
                out.setdefault(key, value)
        out.update(self.items)  # and the mapping's own keys over all of them
        return out


class _YAMLBuilder:
    """Plain data from YAML parser events (LibYAML when available), built as the events come
    and bounded as it goes: every key and value counts (an alias as the node it repeats), so
    at most ``limits.max_nodes`` objects are ever built, and nesting stops at
    ``limits.max_depth``. Only the safe scalar types (null, bool, int, float, timestamp, str)
    are built; any other tag is refused. A key given twice in a mapping is refused with both
    lines; an alias to a node that contains it is refused."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.resolver = _Resolver()
        self.constructor = yaml.constructor.SafeConstructor()
        self.cache: dict[tuple[str, str], Any] = {}  # (tag, text) -> value built
        self.tags: dict[tuple[str, Any], str] = {}  # (text, implicit) -> tag resolved
        self.anchors: dict[str, tuple[Any, int, int] | None] = {}  # value, size, height
        self.stack: list[_Frame] = []
        self.nodes = 0
        self.documents = 0
        self.root: Any = None
        self.dates: list[OffCalendar] = []
        """The values written as dates that are not on the calendar, kept as their text."""

    def build(self, text: str) -> Any:
        limits = self.limits
        stack = self.stack
        event: Any
        for event in yaml.parse(text, Loader=_BaseLoader):
            kind = type(event)
            if kind is ScalarEvent:
                self.nodes += 1
                value = self.scalar(event)
                if event.anchor is not None:
                    self.anchors[event.anchor] = (value, 1, 0)
                self.add(value, event, 0)
            elif kind is MappingStartEvent or kind is SequenceStartEvent:
                self.nodes += 1
                mapping = kind is MappingStartEvent
                tag = event.tag
                if tag not in (None, "!", _MAP if mapping else _SEQ):
                    raise _yaml_error(_TAG_REFUSED, _line(event))
                stack.append(_Frame(mapping, event.anchor, self.nodes))
                if len(stack) > limits.max_depth:
                    raise _Refused(_too_deep(limits, _line(event)))
                if event.anchor is not None:
                    self.anchors[event.anchor] = None
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                frame = stack.pop()
                value = frame.result()
                if frame.anchor is not None:
                    self.anchors[frame.anchor] = (value, self.nodes - frame.start + 1, frame.height)
                self.add(value, event, frame.height)
            elif kind is AliasEvent:
                self.alias(event)
            elif kind is DocumentStartEvent:
                self.documents += 1
                if self.documents > 1:
                    raise _yaml_error("expected a single document", _line(event))
            if self.nodes > limits.max_nodes:
                raise _Refused(_too_many_nodes(limits, _line(event)))
        return self.root

    def scalar(self, event: Any) -> Any:
        tag = event.tag
        value: str = event.value
        if tag is None or tag == "!":
            implicit = event.implicit
            tag = self.tags.get((value, implicit))
            if tag is None:
                tag = self.resolver.resolve(ScalarNode, value, implicit)  # type: ignore[no-untyped-call]
                if len(self.tags) < 10_000:
                    self.tags[(value, implicit)] = tag
        if tag == _STR or tag == _Y + "value":
            return value
        if tag == _MERGE:
            return _MERGE_KEY
        if tag not in _SCALAR_TAGS:
            raise _yaml_error(_TAG_REFUSED, _line(event))
        cached = self.cache.get((tag, value), _NO_KEY)
        if cached is not _NO_KEY:
            return cached
        node = ScalarNode(tag, value, event.start_mark, event.end_mark)
        try:
            if tag == _INT and event.implicit[0]:
                built = _yaml12_int(value)
            else:
                built = self.constructor.yaml_constructors[tag](self.constructor, node)
        except (ValueError, TypeError, OverflowError) as exc:
            return self.unbuilt(tag, event, exc)
        if len(self.cache) < 10_000:
            self.cache[(tag, value)] = built
        return built

    def unbuilt(self, tag: str, event: Any, exc: BaseException) -> Any:
        """A scalar of a safe type that cannot be built: a value written as a date
        (``YYYY-MM-DD``) that is not on the calendar is kept as the text written (the field's
        own check says what is wrong with it, where it is, and every one is said), and listed
        in :attr:`dates`; anything else (a number too long, a date with a time of day not on
        the calendar) is refused here."""
        if tag != _Y + "timestamp" or _DATE_SHAPED.match(event.value.strip()) is None:
            raise _yaml_error(_unreadable(tag, exc), _line(event)) from None
        self.keep_date(event)
        return event.value

    def keep_date(self, event: Any) -> None:
        top = self.stack[-1] if self.stack else None
        on_key = top is not None and top.mapping and top.key is _NO_KEY  # a key: its mapping
        frames = self.stack[:-1] if on_key else self.stack
        path = tuple(frame.part() for frame in frames)
        self.dates.append(OffCalendar(path, _line(event), event.value))

    def alias(self, event: Any) -> None:
        line = _line(event)
        if event.anchor not in self.anchors:
            raise _yaml_error("an alias names no anchor defined before it", line)
        repeated = self.anchors[event.anchor]
        if repeated is None:
            raise _yaml_error("an alias repeats a node that contains it", line)
        value, size, height = repeated
        self.nodes += size
        if len(self.stack) + height > self.limits.max_depth:
            raise _Refused(_too_deep(self.limits, line))
        self.add(value, event, height)

    def add(self, value: Any, event: Any, height: int) -> None:
        """Put a finished value into the open collection (or make it the document)."""
        top = self.stack[-1] if self.stack else None
        if value is _MERGE_KEY and (top is None or not top.mapping or top.key is not _NO_KEY):
            value = "<<"  # '<<' merges only as a key
        if top is None:
            self.root = value
            return
        top.height = max(top.height, height + 1)
        if not top.mapping:
            top.items.append(value)
        elif top.key is _NO_KEY:  # the value is a key
            line = _line(event)
            if value is _MERGE_KEY:
                top.key = _MERGE_KEY
                return
            try:
                first = top.lines.get(value)
            except TypeError:
                raise _yaml_error("a key must be text, not a list or mapping", line) from None
            if first is not None:
                parts = [frame.part() for frame in self.stack[:-1]]
                raise _Refused(
                    _duplicate(parts, value, (first, top.columns[value]), (line, _column(event)))
                )
            top.lines[value] = line
            top.columns[value] = _column(event)
            top.key = value
        elif top.key is _MERGE_KEY:
            sources = value if isinstance(value, list) else [value]
            if not all(isinstance(m, dict) for m in sources):
                raise _yaml_error(
                    "expected a mapping or list of mappings for merging", _line(event)
                )
            top.merges.extend(sources)
            top.key = _NO_KEY
        else:
            top.items[top.key] = value
            top.key = _NO_KEY


# --- marked reading: lines kept, a repeated key or a date off the calendar kept -------------

Place = tuple[Any, ...]
"""A place in the plain data: its keys and list indexes from the top (``("cases", 0, "id")``)."""


@dataclass(frozen=True, slots=True)
class RepeatedKey:
    """A key given a second time in one mapping: the first value is kept, this one dropped."""

    path: Place
    """The key's place (its mapping's place and the key)."""
    line: int
    """The line where it is given the second time."""
    first: int
    """The line where it is given first."""
    columns: tuple[int, int] | None = dataclasses.field(default=None, compare=False)
    """The columns of the first and the second (they tell the two apart on one line); not
    compared (a place is its path and lines)."""


@dataclass(frozen=True, slots=True)
class OffCalendar:
    """A plain YAML value written as a date (``YYYY-MM-DD``) that is not on the calendar
    (``2003-02-29``): kept as the text written, so a date field's own check refuses it where
    it is."""

    path: Place
    line: int
    text: str


@dataclass(frozen=True, slots=True)
class Marked:
    """Plain data read with the line of each key and list item, and the problems that were
    kept rather than refusing the whole document (:func:`parse_marked`)."""

    data: Any
    lines: dict[Place, int]
    """The line of each key, and of each list item (the line where it starts)."""
    kept: tuple[RepeatedKey | OffCalendar, ...]
    """In the order met; nothing inside a dropped value is listed or given a line."""


_DISCARD = object()
"""The key of a mapping whose key was given twice: the value that follows is read and dropped."""

_DATE_SHAPED = re.compile(r"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$")


class _MarkingBuilder(_YAMLBuilder):
    """The bounded YAML builder, keeping the line of each key and item and going on past a key
    given twice (the first value kept) and a date not on the calendar (kept as text)."""

    def __init__(self, limits: Limits) -> None:
        super().__init__(limits)
        self.lines: dict[Place, int] = {}
        self.kept: list[RepeatedKey | OffCalendar] = []

    def _dropped(self) -> bool:
        return any(frame.key is _DISCARD for frame in self.stack)

    def keep_date(self, event: Any) -> None:
        if not self._dropped():
            super().keep_date(event)
            self.kept.append(self.dates[-1])

    def add(self, value: Any, event: Any, height: int) -> None:
        top = self.stack[-1] if self.stack else None
        if top is not None and top.mapping:
            if top.key is _DISCARD:  # the value of a key given twice
                top.key = _NO_KEY
                return
            if top.key is _NO_KEY and value is not _MERGE_KEY:
                line = _line(event)
                parent = tuple(frame.part() for frame in self.stack[:-1])
                try:
                    first = top.lines.get(value)
                except TypeError:
                    first = None  # a key that is not text: the builder says so
                if first is not None:
                    if not self._dropped():
                        columns = (top.columns[value], _column(event))
                        self.kept.append(RepeatedKey((*parent, value), line, first, columns))
                    top.key = _DISCARD
                    return
                if not self._dropped():
                    with contextlib.suppress(TypeError):  # not text: the builder says so
                        self.lines.setdefault((*parent, value), line)
        elif (
            top is not None
            and not isinstance(event, MappingEndEvent | SequenceEndEvent)
            and not self._dropped()
        ):  # an item of a list (a mapping or list item: the lines of what is in it)
            self.lines.setdefault(tuple(frame.part() for frame in self.stack), _line(event))
        super().add(value, event, height)


def _first_kept(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        result.setdefault(key, value)
    return result


class _Cursor:
    """Lines and columns of positions in ``text``, asked in increasing order: each stretch of
    text is scanned once, so a long line costs no more than its length (review Z1 R1 of
    session 8: scanning back to a line's start for each key made a one-line file quadratic)."""

    __slots__ = ("counted", "line", "line_start", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.line, self.counted, self.line_start = 1, 0, 0

    def line_at(self, pos: int) -> int:
        newlines = self.text.count("\n", self.counted, pos)
        if newlines:
            self.line += newlines
            self.line_start = self.text.rfind("\n", self.counted, pos) + 1
        self.counted = pos
        return self.line

    def column_at(self, pos: int) -> int:
        """The column of ``pos`` (1 for a line's first character), after ``line_at(pos)``."""
        return pos - self.line_start + 1


def _json_marks(text: str, limits: Limits) -> tuple[dict[Place, int], list[RepeatedKey]]:
    """The line of each key and list item of JSON text, and each key given twice in one object
    (nothing inside its dropped value counted), walking its tokens within ``limits``."""
    lines: dict[Place, int] = {}
    repeated: list[RepeatedKey] = []
    nodes = 0
    cursor = _Cursor(text)
    line_at, column_at = cursor.line_at, cursor.column_at
    # open collections: [keys seen -> line (objects) or None (arrays), index or key]
    frames: list[list[Any]] = []

    def dropped() -> bool:
        return any(f[1] is _DISCARD for f in frames)

    def value_starts(pos: int) -> None:
        if frames and frames[-1][0] is None:
            frames[-1][1] += 1
            if not dropped():
                lines.setdefault(tuple(f[1] for f in frames), line_at(pos))

    for match in _JSON_TOKEN.finditer(text):
        first = match.group()[0]
        if first in "[{":
            value_starts(match.start())
            nodes += 1
            frames.append([{} if first == "{" else None, -1 if first == "[" else None])
            if len(frames) > limits.max_depth:
                raise _Refused(_too_deep(limits, line_at(match.start())))
        elif first in "]}":
            if frames:
                frames.pop()
        elif first == '"' and match.group(1) is not None:
            nodes += 1
            token = match.group()[: match.start(1) - match.start()]
            key: Any = json.loads(token)
            if frames and frames[-1][0] is not None:
                keys: dict[Any, tuple[int, int]] = frames[-1][0]
                start = match.start()
                here = line_at(start)
                column = column_at(start)
                place = (*(f[1] for f in frames[:-1]), key)
                if key in keys:
                    if not dropped():
                        first_line, first_column = keys[key]
                        repeated.append(
                            RepeatedKey(place, here, first_line, (first_column, column))
                        )
                    frames[-1][1] = _DISCARD
                else:
                    keys[key] = (here, column)
                    frames[-1][1] = key
                    if not dropped():
                        lines.setdefault(place, here)
        else:
            value_starts(match.start())
            nodes += 1
        if nodes > limits.max_nodes:
            raise _Refused(_too_many_nodes(limits, line_at(match.start())))
    return lines, repeated


def _marked_yaml(text: str, limits: Limits) -> Marked:
    builder = _MarkingBuilder(limits)
    data = builder.build(text)
    return Marked(data, builder.lines, tuple(builder.kept))


def _marked_json(text: str, limits: Limits) -> Marked:
    text = text[1:] if text.startswith("\ufeff") else text  # a byte order mark: skipped
    lines, repeated = _json_marks(text, limits)
    decoder = json.JSONDecoder(object_pairs_hook=_first_kept, parse_constant=_json_constant)
    return Marked(decoder.decode(text), lines, tuple(repeated))


def parse_marked(
    text: str, *, fmt: str = "yaml", source: str | None = None, limits: Limits | None = None
) -> Marked:
    """``text`` (JSON, or YAML with the safe loader) read as :func:`parse_text` reads it,
    within ``limits``, but with the line of each key and list item kept, and going on past a
    key given twice in one mapping (the first value kept; a JSON object's too) and, in YAML, a
    value written as a date that is not on the calendar (kept as the text written): each is
    listed in :attr:`Marked.kept`, for a caller to report where it is (a file of cases, where
    one case's problem must not stop the others). What makes the whole text unreadable raises
    :class:`InvalidFactPattern` in :func:`parse_text`'s words."""
    limits = limits or DEFAULT_LIMITS
    fits = isinstance(text, str) and (
        len(text) <= limits.max_file_bytes
        and (
            4 * len(text) <= limits.max_file_bytes
            or len(text.encode("utf-8", "surrogatepass")) <= limits.max_file_bytes
        )
    )
    if fits and fmt in _FORMATS:
        try:
            return _marked_json(text, limits) if fmt == "json" else _marked_yaml(text, limits)
        except Exception:  # parse_text below says what it is, in its words
            pass
    return Marked(parse_text(text, fmt=fmt, source=source, limits=limits), {}, ())


# --- JSON --------------------------------------------------------------------------------

_JSON_TOKEN = re.compile(
    # a string (a key when a colon follows); one never closed runs to the end of the text, so
    # no character is scanned twice (each quote of an unclosed string used to start a scan to
    # the end: quadratic time)
    r'"(?:[^"\\]++|\\.)*+(?:"(\s*:)?|\\?\Z)'
    r"|[\[\]{}]|[^\s,:\[\]{}\"]+",
    re.DOTALL,
)
"""One token of JSON text: each character belongs to at most one, tried once (linear time)."""


class _DuplicateJSONKey(Exception):
    pass


def _json_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise _DuplicateJSONKey
    return result


class _JSONConstant(ValueError):
    """``NaN``, ``Infinity`` or ``-Infinity``: Python's JSON reader takes them; JSON has no such
    number."""

    def __init__(self, name: str) -> None:
        super().__init__(f"{name} is not a JSON number")
        self.name = name


def _json_constant(name: str) -> Any:
    raise _JSONConstant(name)


def _constant_at(text: str, name: str) -> FieldError:
    """``name`` (``NaN``...) refused where it is first written outside a string."""
    for match in _JSON_TOKEN.finditer(text):
        if match.group() == name:
            line, column = _line_column(text, match.start())
            return FieldError(
                "", f"not valid JSON: {name} is not a JSON number (line {line}, column {column})"
            )
    return FieldError("", f"not valid JSON: {name} is not a JSON number")


def _scan_json(text: str, limits: Limits) -> FieldError | None:
    """Walk the tokens of (possibly invalid) JSON text, stopping at the first key given twice
    in one object, or when a limit on keys and values or nesting is passed; that problem with
    its line, or ``None``. Nothing is built."""
    nodes = 0
    cursor = _Cursor(text)
    line_at, column_at = cursor.line_at, cursor.column_at
    # open collections: [keys seen -> line (objects) or None (arrays), index or key]
    frames: list[list[Any]] = []

    def value_starts() -> None:
        if frames and frames[-1][0] is None:
            frames[-1][1] += 1

    for match in _JSON_TOKEN.finditer(text):
        first = match.group()[0]
        if first in "[{":
            value_starts()
            nodes += 1
            frames.append([{} if first == "{" else None, -1 if first == "[" else None])
            if len(frames) > limits.max_depth:
                return _too_deep(limits, line_at(match.start()))
        elif first in "]}":
            if frames:
                frames.pop()
        elif first == '"' and match.group(1) is not None:
            nodes += 1
            token = match.group()[: match.start(1) - match.start()]
            try:
                key: Any = json.loads(token)
            except ValueError:
                key = token
            if frames and frames[-1][0] is not None:
                keys: dict[Any, tuple[int, int]] = frames[-1][0]
                start = match.start()
                here = (line_at(start), column_at(start))
                if key in keys:
                    parts = [f[1] for f in frames[:-1]]
                    return _duplicate(parts, key, keys[key], here)
                keys[key] = here
                frames[-1][1] = key
        else:
            value_starts()
            nodes += 1
        if nodes > limits.max_nodes:
            return _too_many_nodes(limits, line_at(match.start()))
    return None


def _parse_json(text: str, limits: Limits) -> Any:
    # a cheap upper bound on the keys and values; scan exactly only when it could be too many
    bound = text.count(",") + text.count(":") + 2 * (text.count("[") + text.count("{")) + 1
    if bound > limits.max_nodes:
        problem = _scan_json(text, limits)
        if problem is not None:
            raise _Refused(problem)
    decoder = json.JSONDecoder(object_pairs_hook=_json_object, parse_constant=_json_constant)
    try:
        return decoder.decode(text)
    except _JSONConstant as exc:
        raise _Refused(_constant_at(text, exc.name)) from None
    except _DuplicateJSONKey:
        problem = _scan_json(text, limits)
        raise _Refused(problem or FieldError("", "a key is given twice in one object")) from None
    except RecursionError:  # nested far deeper than any limit: say where
        problem = _scan_json(text, limits)
        raise _Refused(problem or FieldError("", "nested too deeply")) from None


# --- parsing and validation --------------------------------------------------------------


def parse_text(
    text: str, *, fmt: str = "yaml", source: str | None = None, limits: Limits | None = None
) -> Any:
    """Parse JSON or YAML text (YAML with the safe loader) into plain data, within ``limits``
    (keys given twice, too many keys and values, too deep nesting are errors). A YAML value
    written as a date (``YYYY-MM-DD``) that is not on the calendar is kept as the text
    written: a date field's own check refuses it, named by its field."""
    return _parse(text, fmt, source, limits)[0]


def parse_dated(
    text: str, *, fmt: str = "yaml", source: str | None = None, limits: Limits | None = None
) -> tuple[Any, list[OffCalendar]]:
    """:func:`parse_text`, and the YAML values written as dates that are not on the calendar
    (each with its place and line), for a caller that validates parts of the data itself (the
    workbench's request bodies) to say them as :func:`loads` does (:func:`dated`)."""
    return _parse(text, fmt, source, limits)


def _parse(
    text: str, fmt: str, source: str | None, limits: Limits | None
) -> tuple[Any, list[OffCalendar]]:
    """:func:`parse_text`, and the YAML values written as dates not on the calendar."""
    limits = limits or DEFAULT_LIMITS
    source = printable(source) if source is not None else None
    if fmt not in _FORMATS:
        raise InvalidFactPattern(
            [FieldError("", f"unknown format {printable(repr(fmt))[:40]}; use 'yaml' or 'json'")],
            source,
        )
    if not isinstance(text, str):
        raise InvalidFactPattern(
            [FieldError("", f"the {fmt.upper()} text must be a str, not {type(text).__name__}")],
            source,
        )
    try:
        if len(text) > limits.max_file_bytes or (
            4 * len(text) > limits.max_file_bytes
            and len(text.encode("utf-8", "surrogatepass")) > limits.max_file_bytes
        ):
            raise _Refused(_too_big(None, limits))
        if fmt == "json":
            # a byte order mark is not JSON, but editors write one: it is skipped (RFC 8259)
            return _parse_json(text[1:] if text.startswith("\ufeff") else text, limits), []
        builder = _YAMLBuilder(limits)
        return builder.build(text), builder.dates
    except _Refused as exc:
        raise InvalidFactPattern([clean(exc.error)], source) from None
    except json.JSONDecodeError as exc:  # the place, not Python's words (nor the text there)
        raise InvalidFactPattern(
            [FieldError("", f"not valid JSON: line {exc.lineno}, column {exc.colno}")], source
        ) from None
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow (NUL, ESC...)
        line, column = _line_column(text, exc.position)
        problem = f"the character {_escape_code(exc.character)} is not allowed in YAML"
        raise InvalidFactPattern(
            [FieldError("", f"not valid YAML: {problem} (line {line}, column {column})")], source
        ) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""
        problem = getattr(exc, "problem", None) or type(exc).__name__
        raise InvalidFactPattern(
            [clean(FieldError("", f"not valid YAML: {problem}{where}"))], source
        ) from None
    except RecursionError:
        raise InvalidFactPattern([FieldError("", "nested too deeply")], source) from None
    except (ValueError, TypeError, OverflowError) as exc:
        raise InvalidFactPattern(
            [clean(FieldError("", f"not valid {fmt.upper()}: {_plain(exc)}"))], source
        ) from None


_FORMATS = ("yaml", "json")


def _line_column(text: str, position: int) -> tuple[int, int]:
    """The 1-based line and column of character ``position`` of ``text``."""
    line = text.count("\n", 0, position) + 1
    return line, position - (text.rfind("\n", 0, position) + 1) + 1


def _escape_code(character: Any) -> str:
    code = character if isinstance(character, int) else ord(character or "\0")
    return f"U+{code:04X}"


_SCALARS = frozenset({str, int, float, bool, type(None), date, datetime})
_SEQUENCES = (list, tuple, set, frozenset)


def _parts(where: Any) -> list[Any]:
    parts: list[Any] = []
    while where is not None:
        where, key = where
        parts.append(key)
    return parts[::-1]


def raw_problems(data: Any, limits: Limits) -> list[FieldError]:
    """Problems of the plain data found before validation, without building anything: more
    keys and values or deeper nesting than ``limits`` allow (the walk stops there), keys that
    are not text, and more persons, conduct or observations than allowed."""
    return _walk(data, limits)[0]


def _walk(data: Any, limits: Limits) -> tuple[list[FieldError], int]:
    """:func:`raw_problems`, and the number of keys and values counted."""
    problems: list[FieldError] = []
    nodes = 0
    max_nodes, max_depth = limits.max_nodes, limits.max_depth
    # (value, its depth, where it is: (where its parent is, key) or None)
    todo: list[tuple[Any, int, Any]] = [(data, 0, None)]
    while todo:
        value, depth, where = todo.pop()
        nodes += 1
        if nodes > max_nodes:
            problem = FieldError(
                "",
                f"more than {max_nodes:,} keys and values",
                remedy=Remedy("limit", "max_nodes"),
            )
            return [problem], nodes
        kind = type(value)
        if kind in _SCALARS:
            continue
        mapping = kind is dict or isinstance(value, Mapping)
        if not mapping and not isinstance(value, _SEQUENCES):
            continue
        if depth >= max_depth:
            problem = FieldError(
                known_location(_parts(where)),
                f"nested more than {max_depth} levels deep; a fact pattern needs 4",
            )
            return [problem], nodes
        if mapping:
            nodes += len(value)  # the keys
            children = []
            for key, child in value.items():
                if type(key) is not str and not isinstance(key, str):
                    problems.append(
                        FieldError(
                            known_location(_parts(where)),
                            "a key is not text (a number, a date...); keys are field names",
                        )
                    )
                children.append((child, depth + 1, (where, key)))
            todo.extend(reversed(children))
        else:
            items = list(value) if isinstance(value, set | frozenset) else value
            todo.extend(
                (child, depth + 1, (where, i)) for i, child in reversed(list(enumerate(items)))
            )
    if isinstance(data, Mapping):
        for field in ("persons", "conduct", "observations"):
            entries = data.get(field)
            if isinstance(entries, _SEQUENCES):
                too = too_many(field, len(entries), limits)
                if too is not None:
                    problems.append(FieldError(field, too, remedy=Remedy("limit", f"max_{field}")))
    return problems, nodes


def _raw_reference_errors(data: Mapping[str, Any]) -> list[FieldError]:
    """Person references checked on the raw document, so they are reported together with
    field errors (the model's own check runs only once every field is valid)."""
    persons, conduct = data.get("persons"), data.get("conduct")
    if not isinstance(persons, list | tuple) or not isinstance(conduct, list | tuple):
        return []
    ids = {nfc(p["id"]) for p in persons if isinstance(p, Mapping) and isinstance(p.get("id"), str)}
    errors: list[FieldError] = []
    for i, act in enumerate(conduct):
        if not isinstance(act, Mapping):
            continue
        for field in ("actor", "person"):
            ref = act.get(field)
            if isinstance(ref, str) and nfc(ref) not in ids:
                errors.append(
                    FieldError(f"conduct[{i}].{field}", f"no person with id {ref!r} in persons")
                )
    return errors


def from_dict(data: Any, *, source: str | None = None, limits: Limits | None = None) -> FactPattern:
    """Validate a mapping (as parsed from JSON or YAML) into a :class:`FactPattern`.

    The data is checked against ``limits`` (default :data:`DEFAULT_LIMITS`) before it is
    validated. Raises :class:`InvalidFactPattern` listing at most ``limits.max_errors``
    problems, each with its location."""
    limits = limits or DEFAULT_LIMITS
    source = printable(source) if source is not None else None
    if not isinstance(data, Mapping):
        raise InvalidFactPattern([FieldError("", _not_a_mapping(data))], source)
    if "cases" in data and "persons" not in data and "conduct" not in data:
        raise InvalidFactPattern([FieldError("", CASE_FILE)], source)
    problems, nodes = _walk(data, limits)
    if problems:
        raise InvalidFactPattern(capped(problems, len(problems), limits.max_errors), source)
    document = dict(data)
    try:
        if nodes <= _SMALL:
            return _validate_small(document, limits, source)
        return _validate_large(document, limits, source)
    except RecursionError:
        raise InvalidFactPattern([FieldError("", "nested too deeply")], source) from None


_WHAT = "a fact pattern is a mapping (persons, conduct, ...)"

CASE_FILE = (
    "this is a case file (a `cases:` list), not a fact pattern: run it with "
    "`nm-trafficking test`, or assess the fact pattern of one of its cases (docs/cases.md)"
)
"""What a case file given where a fact pattern belongs is told (the mirror of what ``test``
says of a fact pattern)."""


def _not_a_mapping(data: Any) -> str:
    if data is None:
        return f"the document is empty: {_WHAT}"
    if isinstance(data, list | tuple):
        return f"{_WHAT}, not a list"
    if isinstance(data, str):
        return f"{_WHAT}, not text"
    if isinstance(data, bool | int | float | date):
        return f"{_WHAT}, not a single value"
    return f"{_WHAT}, not a {type(data).__name__}"


_ITEM_MODELS: dict[str, type[BaseModel]] = {
    "persons": Person,
    "conduct": Conduct,
    "observations": Observation,
}


def _within(prefix: str, error: FieldError) -> FieldError:
    """``error`` of an item, located in the document (``conduct[3]`` + ``.act``)."""
    if not error.loc:
        return dataclasses.replace(error, loc=prefix)
    joiner = "" if error.loc.startswith("[") else "."
    return dataclasses.replace(error, loc=prefix + joiner + error.loc)


_SMALL = 10_000
"""Documents of at most this many keys and values are validated in one go (their errors are
few enough to list cheaply); larger ones item by item."""


def _within_parts(error: FieldError, parts: list[Any]) -> FieldError:
    """``error`` located under ``parts`` (``conduct[3]`` + ``.act``)."""
    return _within(location(parts), error) if parts else error


def _validate_small(document: dict[str, Any], limits: Limits, source: str | None) -> FactPattern:
    try:
        return FactPattern.model_validate(document, context={"limits": limits})
    except ValidationError as exc:
        errors = field_errors(exc, document, FactPattern)
    known = {e.loc for e in errors}
    errors += [e for e in _raw_reference_errors(document) if e.loc not in known]
    raise InvalidFactPattern(capped(errors, len(errors), limits.max_errors), source)


class _Errors:
    """The first ``most`` problems described; all of them counted."""

    def __init__(self, most: int) -> None:
        self.most = most
        self.listed: list[FieldError] = []
        self.total = 0

    @property
    def full(self) -> bool:
        return len(self.listed) >= self.most

    def add(self, errors: list[FieldError], count: int | None = None) -> None:
        self.total += len(errors) if count is None else count
        if not self.full:
            self.listed += errors


def _unknown_keys(value: Any, model: type[BaseModel], parts: list[Any], errors: _Errors) -> Any:
    """``value`` without the keys ``model`` does not have (at any depth of nested models), each
    counted in ``errors`` as an unknown field and, while ``errors`` is not full, described with
    the near name."""
    if not isinstance(value, Mapping):
        return value
    pruned: dict[str, Any] = {}
    for key, child in value.items():
        if key not in model.model_fields:
            if errors.full:
                errors.total += 1
            else:
                errors.add([_within_parts(unknown_key(model, [key]), parts)])
            continue
        inner = model_at(model, [key])
        pruned[key] = child if inner is None else _unknown_keys(child, inner, [*parts, key], errors)
    return pruned


def _validate_large(document: dict[str, Any], limits: Limits, source: str | None) -> FactPattern:
    """Validate a large document item by item, unknown keys set aside first, so that however
    many problems it has, only ``limits.max_errors`` are described and the rest counted: the
    memory and time spent on errors stay those of one item."""
    context = {"limits": limits}
    errors = _Errors(limits.max_errors)
    shell = _unknown_keys(
        {k: v for k, v in document.items() if k not in _ITEM_MODELS}, FactPattern, [], errors
    )
    lists: dict[str, list[BaseModel]] = {}
    for field, model in _ITEM_MODELS.items():
        if field not in document:
            continue
        items = document[field]
        if not isinstance(items, list | tuple):
            shell[field] = items  # the model says what is wrong with it
            continue
        good: list[BaseModel] = []
        for i, item in enumerate(items):
            pruned = _unknown_keys(item, model, [field, i], errors)
            try:
                good.append(model.model_validate(pruned, context=context))
            except ValidationError as exc:
                count = exc.error_count()
                described = [] if errors.full else field_errors(exc, pruned, model)
                errors.add([_within(f"{field}[{i}]", e) for e in described], count)
        lists[field] = good
    if not errors.total:
        shell.update(lists)
        return _validate_small(shell, limits, source)
    # the top-level fields alone: no items, so no references to check
    shell.update({field: [] for field in lists})
    top: list[FieldError] = []
    try:
        FactPattern.model_validate(shell, context=context)
    except ValidationError as exc:
        top = [
            e
            for e in field_errors(exc, shell, FactPattern)
            # an empty list left by items set aside is not itself a problem
            if not (e.loc in lists and document.get(e.loc))
        ]
    listed = top + errors.listed
    total = len(top) + errors.total
    raise InvalidFactPattern(capped(listed, total, limits.max_errors), source)


def load(path: str | Path, *, limits: Limits | None = None) -> FactPattern:
    """Read a fact pattern from a ``.json``, ``.yaml`` or ``.yml`` file (JSON for ``.json``,
    YAML otherwise), within ``limits`` (default :data:`DEFAULT_LIMITS`)."""
    limits = limits or DEFAULT_LIMITS
    source = printable(os.fspath(path))
    text = read_text(path, limits=limits, source=source)
    fmt = "json" if Path(path).suffix.lower() == ".json" else "yaml"
    return _loaded(text, fmt, source, limits)


def loads(
    text: str, *, fmt: str = "yaml", source: str | None = None, limits: Limits | None = None
) -> FactPattern:
    """A fact pattern from JSON (``fmt="json"``) or YAML text, within ``limits``."""
    return _loaded(text, fmt, source, limits or DEFAULT_LIMITS)


def _loaded(text: str, fmt: str, source: str | None, limits: Limits) -> FactPattern:
    data, dates = _parse(text, fmt, source, limits)
    if not dates:
        return from_dict(data, source=source, limits=limits)
    errors: Sequence[FieldError] = ()
    try:
        from_dict(data, source=source, limits=limits)
    except InvalidFactPattern as exc:
        errors = exc.errors
    raise InvalidFactPattern(dated(errors, dates, limits), source)


def dated(
    errors: Sequence[FieldError], dates: Sequence[OffCalendar], limits: Limits
) -> list[FieldError]:
    """``errors`` with every value written as a date that is not on the calendar said as a case
    file says it, wherever it is: why it is not a date, and its line (it is not repeated). The
    field's own problem is that one (a date in a text field is refused as well: it was surely
    meant as a date)."""
    said = {known_location(d.path): d for d in reversed(dates)}
    listed: list[FieldError] = []
    more = 0
    for e in errors:
        if isinstance(e, MoreErrors):
            more += e.count
            continue
        found = said.pop(e.loc, None) if e.loc else None
        if found is not None:
            e = FieldError(e.loc, f"{calendar_problem(found.text)} (line {found.line})")
        listed.append(e)
    for loc, d in reversed(list(said.items())):
        listed.append(FieldError(loc, f"{calendar_problem(d.text)} (line {d.line})"))
    return capped(listed, len(listed) + more, limits.max_errors)


_DATE = re.compile(r"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$")


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
    return NOT_ON_THE_CALENDAR


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a fact pattern document."""
    schema = FactPattern.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "nm_trafficking fact pattern"
    return schema
