"""The shape of an assessment: findings per defendant and victim, paragraphs, elements, grade,
notes. Plain pydantic models: ``to_dict()``/``to_json()`` give the machine form other tools rely
on; ``explain()`` gives readable text."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields, is_dataclass
from datetime import date
from typing import Any, Literal

Status = Literal["met", "not_met", "undetermined"]

EVIDENCE_CAVEAT = (
    "Indicators are evidence, not a legal conclusion: the element still needs the actor's "
    "intent or knowledge as the statute words it."
)

DISCLAIMER = (
    "Decision aid, not legal advice: nm_trafficking applies a model of NMSA 1978, § 30-52-1 to "
    "the facts as stated. It does not weigh evidence, credibility or defences. A prosecutor or "
    "attorney must review every result."
)


def plain(value: Any) -> Any:
    """The JSON-ready form of a result (dates as ISO strings)."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


# Results are plain frozen dataclasses, built only by the library from validated facts.


@dataclass(frozen=True, slots=True)
class ElementResult:
    element: str
    label: str
    status: Status
    statute_words: str | None
    """The statute words the element tests (verbatim), or None for temporal scope."""
    cited: str
    """The paragraph those words come from."""
    facts: list[str]
    """The facts that decided it (met / not met) or that are missing (undetermined)."""
    reason: str
    note: str | None = None
    evidence: list[str] = field(default_factory=list)
    """Observed indicators of a means (evidence only, not a legal conclusion)."""


@dataclass(frozen=True, slots=True)
class ConductResult:
    conduct: str
    act: str
    date: date | None
    date_assumed: bool
    statute_version: str | None
    status: Status
    elements: list[ElementResult]


@dataclass(frozen=True, slots=True)
class SubsectionResult:
    citation: str
    title: str
    text: str
    """The paragraph's verbatim text."""
    status: Status
    conduct: str | None
    """The conduct that decided the status (the first that meets it, else the first that may)."""
    elements: list[ElementResult]
    """The elements for that conduct."""
    conduct_results: list[ConductResult]
    """Every act of this defendant toward this victim, assessed under this paragraph."""
    remaining: list[str]
    """What would still have to be established for the paragraph to be met."""


@dataclass(frozen=True, slots=True)
class GradeResult:
    grade: str | None
    status: Literal["determined", "undetermined", "not_applicable"]
    possible: list[str]
    citation: str | None
    victim_age: str | None
    conduct: str | None
    reason: str


@dataclass(frozen=True, slots=True)
class Note:
    kind: str
    citation: str | None
    text: str


@dataclass(frozen=True, slots=True)
class Finding:
    defendant: str
    victim: str
    status: Status
    """met if any paragraph is met; undetermined if none is met but one may be; else not_met."""
    conduct: list[str]
    subsections: dict[str, SubsectionResult]
    grade: str | None
    grade_detail: GradeResult
    remaining: list[str]
    notes: list[Note]


@dataclass(frozen=True, slots=True)
class Assessment:
    title: str | None
    statute_version: str | None
    """The version applied (None when no conduct fell within a version in force)."""
    statute_versions: list[str]
    statute_citation: str | None
    as_of: date | None
    disclaimer: str
    findings: list[Finding]
    notes: list[Note]
    library_version: str

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form (dates as ISO strings)."""
        result: dict[str, Any] = plain(self)
        return result

    def to_json(self, *, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def explain(self) -> str:
        """Readable text: per defendant and victim, why and why not, element by element."""
        from nm_trafficking.render.text import render_text

        return render_text(self)

    def to_markdown(self) -> str:
        """Markdown for memos."""
        from nm_trafficking.render.markdown import render_markdown

        return render_markdown(self)

    def _repr_html_(self) -> str:
        """Jupyter display: a tree of findings, paragraphs and elements."""
        from nm_trafficking.render.html import render_html

        return render_html(self)

    def _repr_markdown_(self) -> str:
        return self.to_markdown()

    def finding(self, defendant: str, victim: str) -> Finding:
        for f in self.findings:
            if f.defendant == defendant and f.victim == victim:
                return f
        raise KeyError((defendant, victim))

    def __str__(self) -> str:
        return self.explain()
