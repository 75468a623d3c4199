"""Detail levels of the output document (contract 2.0): ``summary`` (the default), ``elements``
(the summary and, per pair and law, each paragraph's elements for its deciding act: statute
words, deciding facts and reason) and ``full`` (the summary and everything the 1.x document
had, under the same names), with the JSON Schema of each.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from nm_trafficking.results import (
    CONTRACT_VERSION,
    AssessmentResult,
    ElementResult,
    LabelledElement,
    Status,
    doc,
)
from nm_trafficking.serialization import members, schemas
from nm_trafficking.summary import DETAILS, Detail, NoteInFull, Summary


@dataclass(frozen=True, slots=True)
class ParagraphElements:
    """One paragraph (or prong) of a law for one pair: its elements for the deciding act."""

    citation: str
    title: str
    status: Status
    conduct: str | None = field(metadata=doc("the act that decided the status (its id)"))
    elements: list[ElementResult | LabelledElement]
    remaining: list[str] = field(metadata=doc("what would still have to be established"))


@dataclass(frozen=True, slots=True)
class LawElements:
    """One pair under one law, paragraph by paragraph."""

    law: str
    name: str
    paragraphs: list[ParagraphElements]


@dataclass(frozen=True, slots=True)
class PairElements:
    """One defendant and one victim, each law's paragraphs with their elements."""

    defendant: str
    victim: str
    laws: list[LawElements]


def check(detail: str) -> Detail:
    """``detail`` if it is a detail level; ``ValueError`` naming the levels if not."""
    if detail not in DETAILS:
        raise ValueError(f"detail must be one of {', '.join(DETAILS)}, not {detail!r}")
    return detail


def elements(a: AssessmentResult) -> list[PairElements]:
    """Per pair and law, each paragraph's (or prong's) elements for its deciding act."""
    from nm_trafficking import statute

    state = statute.NM.id in a.laws
    out: list[PairElements] = []
    for f in a.findings:
        laws: list[LawElements] = []
        if state:
            laws.append(
                LawElements(
                    statute.NM.id,
                    statute.NM.citation,
                    [
                        ParagraphElements(
                            s.citation, s.title, s.status, s.conduct, list(s.elements), s.remaining
                        )
                        for s in f.subsections.values()
                    ],
                )
            )
        for j in f.jurisdictions.values():
            laws.append(
                LawElements(
                    j.law,
                    j.citation,
                    [
                        ParagraphElements(
                            p.citation, p.title, p.status, p.conduct, list(p.elements), p.remaining
                        )
                        for p in j.prongs.values()
                    ],
                )
            )
        out.append(PairElements(f.defendant, f.victim, laws))
    return out


STATE_FIELDS = (
    "status",
    "conduct",
    "subsections",
    "counts",
    "grade",
    "grade_floor",
    "grade_possible",
    "grade_detail",
    "remaining",
    "notes",
)
"""A finding's fields that are § 30-52-1's: left out of a document that did not assess it, so
that no field a system reads describes a law that was not asked for (contract 2.0)."""


def document(a: AssessmentResult, detail: str) -> dict[str, Any]:
    """The output document at ``detail``, as result models (see the module's docstring)."""
    level = check(detail)
    head: dict[str, Any] = {
        "contract_version": a.contract_version,
        "library_version": a.library_version,
        "detail": level,
        "summary": a.summary,
    }
    if level == "elements":
        head["elements"] = elements(a)
        head["notes"] = [
            NoteInFull(n.kind, n.citation, n.text, n.concerns) for n in a.summary.notes
        ]
    elif level == "full":
        body = members(a)
        body.pop("summary")
        if "nm_30_52_1" not in a.laws:
            body["findings"] = [_federal_only(f) for f in a.findings]
            for key in ("statute_version", "statute_versions", "statute_citation", "notes"):
                body.pop(key, None)
        head.update({k: v for k, v in body.items() if k not in head})
    head["disclaimer"] = a.disclaimer
    return head


def _federal_only(f: Any) -> dict[str, Any]:
    found = members(f)
    for key in STATE_FIELDS:
        found.pop(key, None)
    return found


def output_schema(detail: str = "summary") -> dict[str, Any]:
    """The JSON Schema (2020-12) of the output document at ``detail``: the models' schemas are
    pydantic's (``serialization.schemas``); this puts them where the document has them."""
    level = check(detail)
    _, full_defs = schemas(AssessmentResult)
    assessment = full_defs.pop("AssessmentResult")
    fields = assessment["properties"]
    parts: list[Any] = [Summary, Literal[level]]
    if level == "elements":
        parts += [list[PairElements], list[NoteInFull]]
    (summary, const, *rest), defs = schemas(*parts)
    properties: dict[str, Any] = {
        "contract_version": fields["contract_version"],
        "library_version": fields["library_version"],
        "detail": {**const, "description": "the detail level of this document"},
        "summary": summary,
    }
    required = ["contract_version", "library_version", "detail", "summary"]
    if level == "elements":
        properties["elements"], properties["notes"] = rest
        required += ["elements", "notes"]
    elif level == "full":
        for key, value in fields.items():
            properties.setdefault(key, value)
        required += [k for k in assessment["required"] if k not in required]
        defs = {**defs, **full_defs}
        finding = defs["Finding"]  # a federal-only document leaves § 30-52-1's out
        finding["required"] = [k for k in finding["required"] if k not in STATE_FIELDS]
        state_top = ("statute_version", "statute_versions", "statute_citation", "notes")
        required = [k for k in required if k not in state_top]
    properties["disclaimer"] = fields["disclaimer"]
    required.append("disclaimer")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://nm-trafficking.invalid/schema/output/{CONTRACT_VERSION}/{level}",
        "title": f"nm_trafficking assessment ({level})",
        "description": (
            f"An assessment under NMSA 1978, § 30-52-1 and 18 U.S.C. §§ 1589-1591; output "
            f"contract {CONTRACT_VERSION}, detail {level}."
        ),
        "type": "object",
        "properties": properties,
        "required": list(dict.fromkeys(required)),
        "additionalProperties": False,
        "$defs": dict(sorted(defs.items())),
    }
