"""Errors in the domain's words. No engine error code reaches a caller unwrapped."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date


class NMTraffickingError(Exception):
    """Base class of every error this library raises on purpose."""


@dataclass(frozen=True)
class FieldError:
    """One problem in a fact pattern: where (``loc``, e.g. ``conduct[0].act``) and what."""

    loc: str
    message: str

    def __str__(self) -> str:
        return f"{self.loc}: {self.message}" if self.loc else self.message


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
