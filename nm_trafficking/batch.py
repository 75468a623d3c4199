"""Batch assessment: stream results for many fact patterns, in order, memory bounded.

``assess_many`` takes an iterable of inputs — ``FactPattern`` objects, mappings (as parsed from
JSON/YAML), file paths, or :class:`Source` records (a file, or one line of a JSON Lines file) —
and yields one :class:`BatchItem` per input, in input order, as it goes: nothing is
accumulated. A bad input is reported with its position and either raised
(``on_error="raise"``, the default) or yielded as an item carrying the error
(``on_error="skip"``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

from nm_trafficking.assessment import assess
from nm_trafficking.errors import FieldError, InvalidFactPattern
from nm_trafficking.facts.loading import from_dict, load, loads
from nm_trafficking.facts.pattern import FactPattern
from nm_trafficking.results import Assessment
from nm_trafficking.rules.engine import Engine

PATTERN_SUFFIXES = (".yaml", ".yml", ".json")


@dataclass(frozen=True)
class Source:
    """Where one fact pattern comes from: a file, or one line of a JSON Lines file.

    Small and picklable, so batches can be shared out to worker processes."""

    label: str
    path: str | None = None
    text: str | None = None
    problem: str | None = None
    """Set when the input could not even be read as text (e.g. a line that is not UTF-8)."""

    def load(self) -> FactPattern:
        if self.problem is not None:
            raise InvalidFactPattern([FieldError("", self.problem)], self.label)
        if self.text is not None:
            return loads(self.text, fmt="json", source=self.label)
        assert self.path is not None
        return load(self.path)


PatternInput = FactPattern | Mapping[str, Any] | str | Path | Source


@dataclass(frozen=True)
class BatchItem:
    """The result for the input at ``index``: an assessment, or the reason there is none."""

    index: int
    source: str | None
    assessment: Assessment | None
    error: InvalidFactPattern | None

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
        return {
            "index": self.index,
            "source": self.source,
            "error": {
                "message": str(self.error),
                "fields": [{"loc": e.loc, "message": e.message} for e in self.error.errors],
            },
        }


class BatchError(InvalidFactPattern):
    """A bad input in a batch run with ``on_error="raise"``; ``index`` is its position."""

    def __init__(self, index: int, error: InvalidFactPattern) -> None:
        self.index = index
        super().__init__(error.errors, error.source or f"item {index}")

    def _message(self) -> str:
        return f"item {self.index}: " + super()._message()


def to_pattern(item: PatternInput, index: int) -> tuple[FactPattern, str | None]:
    """Validate one batch input into a fact pattern (raises ``InvalidFactPattern``)."""
    if isinstance(item, FactPattern):
        return item, None
    if isinstance(item, Source):
        return item.load(), item.label
    if isinstance(item, (str, Path)):
        return load(item), str(item)
    if isinstance(item, Mapping):
        return from_dict(item, source=f"item {index}"), None
    raise InvalidFactPattern(
        [FieldError("", f"cannot assess a {type(item).__name__}")], f"item {index}"
    )


def assess_one(
    index: int, item: PatternInput, as_of: date | None = None, engine: Engine | None = None
) -> BatchItem:
    """Load and assess one input; a bad input becomes an item carrying its error."""
    try:
        pattern, source = to_pattern(item, index)
    except InvalidFactPattern as exc:
        return BatchItem(index, exc.source, None, exc)
    return BatchItem(index, source, assess(pattern, as_of=as_of, engine=engine), None)


def assess_many(
    patterns: Iterable[PatternInput],
    *,
    as_of: date | None = None,
    on_error: Literal["raise", "skip"] = "raise",
    engine: Engine | None = None,
) -> Iterator[BatchItem]:
    """Assess each input in turn, yielding results in input order."""
    if on_error not in ("raise", "skip"):
        raise ValueError("on_error must be 'raise' or 'skip'")
    for index, item in enumerate(patterns):
        result = assess_one(index, item, as_of, engine)
        if result.error is not None and on_error == "raise":
            raise BatchError(index, result.error)
        yield result


def sources(paths: Iterable[str | Path]) -> Iterator[Source]:
    """Expand command-line paths lazily: a directory gives its ``.yaml``/``.yml``/``.json``
    files (sorted, not recursive); a ``.jsonl`` file gives one source per non-blank line."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.iterdir()):
                if child.is_file() and child.suffix.lower() in PATTERN_SUFFIXES:
                    yield Source(label=str(child), path=str(child))
        elif path.suffix.lower() == ".jsonl":
            yield from _jsonl(path)
        else:
            yield Source(label=str(path), path=str(path))


def _jsonl(path: Path) -> Iterator[Source]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Source(label=str(path), problem=f"cannot read file: {exc.strerror}")
        return
    with handle:
        for number, raw in enumerate(handle, start=1):
            label = f"{path}:{number}"
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield Source(label=label, problem=f"not UTF-8 text (byte {exc.start})")
                continue
            if text.strip():
                yield Source(label=label, text=text)


def jsonl_line(item: BatchItem) -> str:
    return json.dumps(item.to_dict(), ensure_ascii=False)
