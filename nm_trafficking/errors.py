"""Errors in the domain's words. No engine error code reaches a caller unwrapped."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Literal, Self

Interface = Literal["python", "cli", "http", "case_file"]
"""Who reads a message: a caller of the Python API (the library's own words), the command
line, the HTTP service, or a file of cases (``nm-trafficking test``)."""


@dataclass(frozen=True)
class Remedy:
    """What the caller can do about a problem, kept apart from the problem's words so that each
    interface says it in its own terms (:meth:`words`): a later day of assessment (``today``),
    or a larger limit (``limit``, naming the :class:`~nm_trafficking.limits.Limits` field).
    The library's messages name no interface's means (review W of session 8, note 8)."""

    kind: Literal["today", "limit"]
    limit: str = ""
    """The ``Limits`` field a ``limit`` remedy would raise (``max_persons``)."""

    def words(self, interface: Interface = "python") -> str:
        """The remedy as ``interface`` says it (``python``: the library's default)."""
        if self.kind == "today":
            return f"to assess as of a later day, {_LATER_DAY[interface]}"
        if interface == "python":
            return f"a Python caller can raise Limits.{self.limit}"
        return _LIMIT[interface]


LATER_DAY = Remedy("today")
"""The remedy of a date after the day of the assessment."""

_LATER_DAY: dict[Interface, str] = {
    "python": "pass a later today=",
    "cli": "give a later --today YYYY-MM-DD",
    "http": 'give a later today: ?today= or the body\'s "today"',
    "case_file": "give the case or the file a later `today:`",
}
_LIMIT: dict[Interface, str] = {
    "cli": "a limit of the command; nm-trafficking --help lists them",
    "case_file": "a limit of the command; nm-trafficking --help lists them",
    "http": "a limit of this service",
}


class NMTraffickingError(Exception):
    """Base class of every error this library raises on purpose."""


@dataclass(frozen=True)
class FieldError:
    """One problem in a fact pattern: where (``loc``, e.g. ``conduct[0].act``) and what
    (``message``, in no interface's terms), and what the caller can do about it (``remedy``,
    ``None`` for none), which :meth:`said_by` words for an interface. ``str()`` says both in
    the Python API's words."""

    loc: str
    message: str
    remedy: Remedy | None = field(default=None, kw_only=True)

    def said_by(self, interface: Interface = "python") -> Self:
        """This problem with its remedy in ``interface``'s words, written into the message
        (in parentheses; ``remedy`` then ``None``)."""
        if self.remedy is None:
            return self
        said = f"{self.message} ({self.remedy.words(interface)})"
        return replace(self, message=said, remedy=None)

    def __str__(self) -> str:
        message = self.said_by().message
        return f"{self.loc}: {message}" if self.loc else message


@dataclass(frozen=True)
class FileProblem(FieldError):
    """A problem of the path itself, not of a fact pattern: the file is not found, is a
    directory or not a regular file, cannot be read, or a folder holds no input. There is no
    fact pattern to judge, so it is said as it is (``x.yaml: file not found``), never as an
    invalid fact pattern; the command's exit status is still that of bad input (2)."""


@dataclass(frozen=True)
class MoreErrors(FieldError):
    """Stands for ``count`` further problems that were not listed (error lists are capped)."""

    count: int = 0


class InvalidFactPattern(NMTraffickingError, ValueError):
    """A fact pattern that cannot be assessed. Names the source (file) and every bad field."""

    def __init__(self, errors: Sequence[FieldError], source: str | None = None) -> None:
        self.errors = tuple(errors)
        self.source = source
        super().__init__(self._message())

    @property
    def total(self) -> int:
        """How many problems there are, including those the capped list only counts."""
        return sum(e.count if isinstance(e, MoreErrors) else 1 for e in self.errors)

    def _message(self) -> str:
        where = f"{self.source}: " if self.source else ""
        if self.errors and all(isinstance(e, FileProblem) for e in self.errors):
            return where + "; ".join(str(e) for e in self.errors)
        if len(self.errors) == 1:
            return f"{where}invalid fact pattern: {self.errors[0]}"
        lines = "\n".join(f"  - {e}" for e in self.errors)
        return f"{where}invalid fact pattern ({self.total:,} problems):\n{lines}"

    def with_source(self, source: str) -> InvalidFactPattern:
        return InvalidFactPattern(self.errors, source)

    def said_by(self, interface: Interface) -> Self:
        """This error (of the same class, with the same attributes) with each problem's remedy
        in ``interface``'s words (:meth:`FieldError.said_by`): each interface calls it on the
        errors it shows."""
        if all(e.remedy is None for e in self.errors):
            return self
        said = type(self).__new__(type(self))
        said.__dict__.update(self.__dict__)
        said.errors = tuple(e.said_by(interface) for e in self.errors)
        said.args = (said._message(),)
        return said

    def __reduce__(
        self,
    ) -> tuple[type[InvalidFactPattern], tuple[tuple[FieldError, ...], str | None]]:
        return (InvalidFactPattern, (self.errors, self.source))


class NoStatuteInForce(NMTraffickingError, LookupError):
    """No version of § 30-52-1 was in force on the date asked about."""

    def __init__(self, day: date, first: date) -> None:
        self.day = day
        self.first = first
        super().__init__(
            f"no version of § 30-52-1 in force on {day.isoformat()} "
            f"(the earliest known text is in force from {first.isoformat()}, as reported)"
        )


class EngineError(NMTraffickingError, RuntimeError):
    """The rules engine failed (an error inside a rule action, or an engine error code).

    This is a defect in the library, never a finding about the facts."""
