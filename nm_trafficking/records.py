"""The record of an input that could not be assessed, as the batch outputs write it (one JSON
Lines record, one element of the JSON array): its position and the error, each problem
located. An input that was assessed is written as its document with ``index`` and ``source``
added (``nm_trafficking.output``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from nm_trafficking.results import doc


@dataclass(frozen=True, slots=True)
class FieldProblem:
    """One problem of the input, at its place in the input."""

    loc: str = field(metadata=doc("where in the input, e.g. conduct[0].date"))
    message: str


@dataclass(frozen=True, slots=True)
class InputError:
    """Why the input could not be assessed."""

    message: str
    fields: list[FieldProblem]


@dataclass(frozen=True, slots=True)
class ErrorRecord:
    """An input that could not be assessed: its position and the error."""

    index: int = field(metadata=doc("the input's position, from 0"))
    source: str | None = field(metadata=doc("the file (file:LINE) or null"))
    error: InputError
