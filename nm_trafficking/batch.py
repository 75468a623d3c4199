"""Batch assessment: stream results for many fact patterns, in order, memory bounded.

``assess_many`` takes an iterable of inputs — ``FactPattern`` objects, mappings (as parsed from
JSON/YAML), file paths, or :class:`Source` records (a file, or one line of a JSON Lines file) —
and yields one :class:`BatchItem` per input, in input order, as it goes: nothing is
accumulated. A bad input is reported with its position and either raised
(``on_error="raise"``, the default) or yielded as an item carrying the error
(``on_error="skip"``).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, Literal

from nm_trafficking.assessment import Assessment, LawChoice, assess
from nm_trafficking.errors import FieldError, FileProblem, InvalidFactPattern
from nm_trafficking.facts.loading import (
    from_dict,
    load,
    loads,
    not_regular,
    open_regular,
    stat_problem,
)
from nm_trafficking.facts.pattern import FactPattern
from nm_trafficking.limits import DEFAULT_LIMITS, Limits, printable
from nm_trafficking.records import ErrorRecord, FieldProblem, InputError
from nm_trafficking.rules.engine import Engine
from nm_trafficking.serialization import plain

PATTERN_SUFFIXES = (".yaml", ".yml", ".json")
_SKIP_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Source:
    """Where one fact pattern comes from: a file, or one line of a JSON Lines file.

    Small and picklable, so batches can be shared out to worker processes. ``label`` names it
    in results and errors (``file``, ``file:LINE``), with control characters escaped."""

    label: str
    path: str | None = None
    text: str | None = None
    problem: str | None = None
    """Set when the input could not be read at all (a line that is not UTF-8, an empty
    directory, a dangling link...): loading it raises ``InvalidFactPattern`` with this."""
    limits: Limits | None = None
    """The limits to load it with (default :data:`~nm_trafficking.limits.DEFAULT_LIMITS`)."""
    unreadable: bool = False
    """``problem`` is one of the path (not found, a directory, nothing in it to assess...), not
    of a fact pattern: it is said as it is, not as an invalid fact pattern."""

    def load(self) -> FactPattern:
        """The fact pattern (raises ``InvalidFactPattern`` naming ``label``)."""
        if self.problem is not None:
            kind = FileProblem if self.unreadable else FieldError
            raise InvalidFactPattern([kind("", self.problem)], self.label)
        if self.text is not None:
            return loads(self.text, fmt="json", source=self.label, limits=self.limits)
        assert self.path is not None
        try:
            return load(self.path, limits=self.limits)
        except InvalidFactPattern as exc:
            raise exc.with_source(self.label) from None


PatternInput = FactPattern | Mapping[str, Any] | str | Path | Source


@dataclass(frozen=True)
class BatchItem:
    """The result for the input at ``index``: an assessment, or the reason there is none."""

    index: int
    source: str | None
    assessment: Assessment | None
    error: InvalidFactPattern | None
    pattern: FactPattern | None = field(default=None, repr=False, compare=False)
    """The fact pattern assessed (the memo states its facts in words)."""

    @property
    def ok(self) -> bool:
        return self.assessment is not None

    def to_dict(self) -> dict[str, Any]:
        """One JSON Lines record: the assessment, or the error with its position."""
        if self.assessment is not None:
            out = self.assessment.to_dict()
            out["index"] = self.index
            out["source"] = self.source
            return out
        assert self.error is not None
        problems = [FieldProblem(e.loc, e.said_by().message) for e in self.error.errors]
        record = ErrorRecord(self.index, self.source, InputError(str(self.error), problems))
        found: dict[str, Any] = plain(record)
        return found


class BatchError(InvalidFactPattern):
    """A bad input in a batch run with ``on_error="raise"``; ``index`` is its position."""

    def __init__(self, index: int, error: InvalidFactPattern) -> None:
        self.index = index
        super().__init__(error.errors, error.source or f"item {index}")

    def _message(self) -> str:
        return f"item {self.index}: " + super()._message()

    def __reduce__(self) -> Any:  # pickled as itself, index included (e.g. between processes)
        return (BatchError, (self.index, InvalidFactPattern(self.errors, self.source)))


def to_pattern(
    item: PatternInput, index: int, limits: Limits | None = None
) -> tuple[FactPattern, str | None]:
    """Validate one batch input into a fact pattern within ``limits`` (raises
    ``InvalidFactPattern``)."""
    if isinstance(item, FactPattern):
        return item, None
    if isinstance(item, Source):
        if limits is not None and item.limits is None:
            item = replace(item, limits=limits)
        return item.load(), item.label
    if isinstance(item, (str, Path)):
        return load(item, limits=limits), printable(str(item))
    if isinstance(item, Mapping):
        return from_dict(item, source=f"item {index}", limits=limits), None
    raise InvalidFactPattern(
        [FieldError("", f"cannot assess a {type(item).__name__}")], f"item {index}"
    )


def assess_one(
    index: int,
    item: PatternInput,
    as_of: date | None = None,
    engine: Engine | None = None,
    *,
    today: date | None = None,
    limits: Limits | None = None,
    law: LawChoice = "all",
) -> BatchItem:
    """Load and assess one input under the laws ``law`` chooses (``assess``); a bad input
    (including one whose dates contradict the victim's birth) becomes an item carrying its
    error."""
    source: str | None = None
    try:
        pattern, source = to_pattern(item, index, limits)
        return BatchItem(
            index,
            source,
            assess(pattern, as_of=as_of, today=today, engine=engine, law=law),
            None,
            pattern,
        )
    except InvalidFactPattern as exc:
        if exc.source is None and source is not None:
            exc = exc.with_source(source)
        return BatchItem(index, exc.source, None, exc)


def assess_many(
    patterns: Iterable[PatternInput],
    *,
    as_of: date | None = None,
    today: date | None = None,
    on_error: Literal["raise", "skip"] = "raise",
    engine: Engine | None = None,
    limits: Limits | None = None,
    law: LawChoice = "all",
) -> Iterator[BatchItem]:
    """Assess each input in turn, yielding results in input order (nothing is accumulated).

    ``on_error="raise"`` raises :class:`BatchError` (with the input's position) at the first
    bad input; ``"skip"`` yields it as an item carrying the error. ``limits`` bounds every
    input read (default :data:`~nm_trafficking.limits.DEFAULT_LIMITS`)."""
    if on_error not in ("raise", "skip"):
        raise ValueError("on_error must be 'raise' or 'skip'")
    for index, item in enumerate(patterns):
        result = assess_one(index, item, as_of, engine, today=today, limits=limits, law=law)
        if result.error is not None and on_error == "raise":
            raise BatchError(index, result.error)
        yield result


def sources(paths: Iterable[str | Path], *, limits: Limits | None = None) -> Iterator[Source]:
    """Expand command-line paths lazily: a directory gives its ``.yaml``/``.yml``/``.json``
    files (sorted, not recursive); a ``.jsonl`` file gives one source per non-blank line,
    labelled ``file:LINE`` with the real line number (blank lines counted).

    Nothing is skipped silently: an empty directory or JSON Lines file, a directory that
    cannot be listed, a dangling symbolic link, a symbolic link loop, an entry that is a
    directory or not a regular file, or a file that cannot be read each give a source with
    ``problem`` set, which loads as an ``InvalidFactPattern`` naming it."""
    for raw in paths:
        path = os.fspath(raw)
        label = printable(path)
        try:
            info = os.stat(path)
        except OSError as exc:
            yield Source(label=label, problem=stat_problem(path, exc), unreadable=True)
            continue
        if stat.S_ISDIR(info.st_mode):
            yield from _directory(path, label, limits)
        elif Path(path).suffix.lower() == ".jsonl":
            yield from _jsonl(path, label, limits)
        else:
            yield Source(label=label, path=path, limits=limits)


def _directory(path: str, label: str, limits: Limits | None) -> Iterator[Source]:
    try:
        with os.scandir(path) as listing:
            names = sorted(entry.name for entry in listing)
    except OSError as exc:
        problem = f"cannot list directory: {exc.strerror or exc}"
        yield Source(label=label, problem=problem, unreadable=True)
        return
    found = False
    for name in names:
        if Path(name).suffix.lower() not in PATTERN_SUFFIXES:
            continue
        found = True
        child = os.path.join(path, name)
        child_label = printable(child)
        try:
            info = os.stat(child)
        except OSError as exc:
            yield Source(label=child_label, problem=stat_problem(child, exc), unreadable=True)
            continue
        if stat.S_ISDIR(info.st_mode):
            problem = "a directory, not a file (directories in a directory are not read)"
        elif not stat.S_ISREG(info.st_mode):
            problem = not_regular(info.st_mode)
        elif not os.access(child, os.R_OK):
            problem = "cannot read file: permission denied"
        else:
            yield Source(label=child_label, path=child, limits=limits)
            continue
        yield Source(label=child_label, problem=problem, unreadable=True)
    if not found:
        yield Source(
            label=label,
            problem="no fact patterns: no .yaml, .yml or .json files in this directory",
            unreadable=True,
        )


def _jsonl(path: str, label: str, limits: Limits | None) -> Iterator[Source]:
    longest = (limits or DEFAULT_LIMITS).max_file_bytes
    try:
        handle = open_regular(path)
    except InvalidFactPattern as exc:
        yield Source(label=label, problem=exc.errors[0].message, unreadable=True)
        return
    found = False
    number = 0
    with handle:
        while True:
            number += 1
            line_label = f"{label}:{number}"
            try:
                raw = handle.readline(longest + 2)  # the longest line and its "\r\n"
                if len(raw) - _ending(raw) > longest:
                    if not raw.endswith(b"\n"):
                        while (rest := handle.readline(_SKIP_CHUNK)) and not rest.endswith(b"\n"):
                            pass
                    found = True
                    yield Source(
                        label=line_label,
                        problem=f"line longer than {longest:,} bytes (Limits.max_file_bytes)",
                    )
                    continue
            except OSError as exc:
                problem = f"cannot read file: {exc.strerror or exc}"
                yield Source(label=line_label, problem=problem, unreadable=True)
                return
            if not raw:
                break
            raw = raw[: len(raw) - _ending(raw)]  # the line's end is not part of its pattern
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                found = True
                yield Source(label=line_label, problem=f"not UTF-8 text (byte {exc.start})")
                continue
            if text.strip():
                found = True
                yield Source(label=line_label, text=text, limits=limits)
    if not found:
        yield Source(
            label=label,
            problem="no fact patterns: the JSON Lines file is empty or has only blank lines",
            unreadable=True,
        )


def _ending(line: bytes) -> int:
    """The length of ``line``'s end of line (``\n`` or ``\r\n``), 0 without one."""
    return 2 if line.endswith(b"\r\n") else 1 if line.endswith(b"\n") else 0
