"""The ``full`` JSON document written as it is made, count by count (issue 18).

A full document explains every element of every paragraph (and federal prong) for every act:
for 5,000 acts between one pair that is some forty megabytes. :func:`json_chunks` writes the
document's head, then each finding's counts one at a time — building a count's explanation,
writing it and dropping it — so that no more than one count's explanation is held at a time
(the statuses of every act, the summary and each paragraph's explanation for its deciding act
are held, as the document's head needs them). The text is byte for byte what
``json_dumps(document, indent=...)`` writes (``AssessmentResult.to_json(detail="full")`` at
``indent=2``), since each piece is written by it and placed at its depth.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from nm_trafficking.reasoning.explain import transient
from nm_trafficking.results import Lazy
from nm_trafficking.serialization import json_dumps, members

_COUNTED = ("counts",)
"""The fields of a finding (and of a federal section's finding) written count by count."""


class _Object:
    """A JSON object written member by member."""

    __slots__ = ("items",)

    def __init__(self, items: list[tuple[str, Any]]) -> None:
        self.items = items


class _Array:
    """A JSON array written element by element (``size`` elements, made as they are read)."""

    __slots__ = ("items", "size")

    def __init__(self, items: Iterable[Any], size: int) -> None:
        self.items = items
        self.size = size


def _mapping(value: Any) -> dict[str, Any]:
    """A finding (or a federal section's finding) as its members: a model through the JSON
    encoder's own mapping, a document's plain dict as it is."""
    if isinstance(value, dict):
        return value
    return members(value)


def _count(value: Any) -> Any:
    """A count (or a model in it) with its explanation, built for writing and not kept on it
    (one already explained is written as it is)."""
    if not isinstance(value, Lazy) or object.__getattribute__(value, "_explain") is None:
        return value
    built: dict[str, Any] = object.__getattribute__(value, "_explain")()
    lazy = type(value).LAZY
    return {k: v if k in lazy else _count(v) for k, v in members(value, built).items()}


class _Count:
    """A count to write: its explanation is built, written and dropped, and what explaining
    its act works out is not kept (``explain.transient``)."""

    __slots__ = ("count",)

    def __init__(self, count: Any) -> None:
        self.count = count


def _counts(counts: list[Any]) -> _Array:
    return _Array((_Count(c) for c in counts), len(counts))


def _law_findings(value: Any) -> Any:
    if not isinstance(value, dict) or not value:
        return value
    return _Object([(law, _finding(j)) for law, j in value.items()])


def _finding(value: Any) -> _Object:
    members = _mapping(value)
    items: list[tuple[str, Any]] = []
    for key, member in members.items():
        if key in _COUNTED and isinstance(member, list):
            items.append((key, _counts(member)))
        elif key == "jurisdictions":
            items.append((key, _law_findings(member)))
        else:
            items.append((key, member))
    return _Object(items)


def _record(document: dict[str, Any]) -> _Object:
    items: list[tuple[str, Any]] = []
    for key, value in document.items():
        if key == "findings" and isinstance(value, list):
            items.append((key, _Array((_finding(f) for f in value), len(value))))
        else:
            items.append((key, value))
    return _Object(items)


def _write(value: Any, depth: int, indent: int | None) -> Iterator[str]:
    if isinstance(value, _Object):
        if not value.items:
            yield "{}"
            return
        if indent:
            pad = "\n" + " " * (indent * (depth + 1))
            yield "{"
            for i, (key, member) in enumerate(value.items):
                yield f"{',' if i else ''}{pad}{json_dumps(key, indent=None)}: "
                yield from _write(member, depth + 1, indent)
            yield "\n" + " " * (indent * depth) + "}"
        else:
            yield "{"
            for i, (key, member) in enumerate(value.items):
                yield f"{', ' if i else ''}{json_dumps(key, indent=None)}: "
                yield from _write(member, depth, indent)
            yield "}"
        return
    if isinstance(value, _Array):
        if not value.size:
            yield "[]"
            return
        if indent:
            pad = "\n" + " " * (indent * (depth + 1))
            yield "["
            for i, element in enumerate(value.items):
                yield f"{',' if i else ''}{pad}"
                yield from _write(element, depth + 1, indent)
            yield "\n" + " " * (indent * depth) + "]"
        else:
            yield "["
            for i, element in enumerate(value.items):
                if i:
                    yield ", "
                yield from _write(element, depth, indent)
            yield "]"
        return
    if isinstance(value, _Count):
        with transient():
            text = json_dumps(_count(value.count), indent=indent)
    else:
        text = json_dumps(value, indent=indent)
    yield text.replace("\n", "\n" + " " * (indent * depth)) if indent and depth else text


def json_chunks(document: dict[str, Any], *, indent: int | None = 2) -> Iterator[str]:
    """``document`` (an output document at ``full`` detail, as result models, with any members
    added) as JSON text in pieces: joined, exactly ``json_dumps(document, indent=indent)``
    (``indent`` 2 or None). Each count is explained as it is written, and dropped."""
    if indent not in (2, None):
        raise ValueError("indent must be 2 or None")
    yield from _write(_record(document), 0, indent)
