"""Compare two assessments: what changed between a case and a what-if version of it.

Typical use, with :meth:`FactPattern.with_fact <nm_trafficking.FactPattern.with_fact>`::

    import nm_trafficking as nmt
    from nm_trafficking.compare import compare

    before = nmt.load("examples/a2_social_media_15.yaml")
    after = before.with_fact("conduct.recruit.knowingly", False)
    diff = compare(nmt.assess(before), nmt.assess(after))
    diff.changed               # True
    for line in diff.lines():  # readable, one change a line
        print(line)
    diff.to_dict()             # JSON-ready

Only what changed is listed. Findings (a defendant and a victim) are matched by their ids,
paragraphs by citation, counts by the act's id and elements by their key, so an added or
removed person or act shows as a finding or count that appears or disappears. The comparison
reads statuses and grades only; it never re-assesses anything.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from nm_trafficking import words
from nm_trafficking.count_elements import of_count
from nm_trafficking.results import AssessmentResult, Count, Finding

__all__ = [
    "Comparison",
    "CountChange",
    "ElementChange",
    "FindingChange",
    "GradeChange",
    "ParagraphChange",
    "compare",
]

ABSENT = "absent"
"""The status given to a finding, count or element that exists on one side only."""


@dataclass(frozen=True, slots=True)
class FindingChange:
    """A (defendant, victim) pair whose overall status changed (or that appeared/disappeared:
    status ``"absent"`` on the side where it does not exist)."""

    defendant: str
    victim: str
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class ParagraphChange:
    """A paragraph of 30-52-1(A) whose status over all acts of a pair changed."""

    defendant: str
    victim: str
    citation: str
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class ElementChange:
    """An element of a paragraph, for one act (count), whose status changed."""

    defendant: str
    victim: str
    conduct: str
    citation: str
    element: str
    label: str
    before: str
    after: str
    reason_before: str | None
    reason_after: str | None


@dataclass(frozen=True, slots=True)
class CountChange:
    """An act (potential count) whose status or grade changed. ``grade_*`` are the grade when
    determined, else the grade status (``undetermined``, ``not_applicable``)."""

    defendant: str
    victim: str
    conduct: str
    before: str
    after: str
    grade_before: str | None
    grade_after: str | None
    possible_before: list[str]
    possible_after: list[str]


@dataclass(frozen=True, slots=True)
class GradeChange:
    """A field of a pair's grade summary (``grade``, ``floor``, ``possible``, ``status``)
    that changed."""

    defendant: str
    victim: str
    field: str
    before: Any
    after: Any


@dataclass(frozen=True, slots=True)
class Comparison:
    """What changed from ``before`` to ``after``; empty lists when nothing did."""

    findings: list[FindingChange] = field(default_factory=list)
    paragraphs: list[ParagraphChange] = field(default_factory=list)
    elements: list[ElementChange] = field(default_factory=list)
    counts: list[CountChange] = field(default_factory=list)
    grades: list[GradeChange] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        """True when any status or grade differs."""
        return bool(self.findings or self.paragraphs or self.elements or self.counts or self.grades)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: ``{"changed", "findings", "paragraphs", "elements", "counts",
        "grades"}``, each a list of plain objects."""
        return {
            "changed": self.changed,
            "findings": [asdict(c) for c in self.findings],
            "paragraphs": [asdict(c) for c in self.paragraphs],
            "elements": [asdict(c) for c in self.elements],
            "counts": [asdict(c) for c in self.counts],
            "grades": [asdict(c) for c in self.grades],
        }

    def lines(self) -> list[str]:
        """One readable line per change (statuses with spaces, e.g. ``not met``)."""
        out: list[str] = []
        for f in self.findings:
            out.append(f"{f.defendant} → {f.victim}: {_w(f.before)} → {_w(f.after)}")
        for p in self.paragraphs:
            out.append(f"{p.defendant} → {p.victim}, {p.citation}: {_w(p.before)} → {_w(p.after)}")
        for e in self.elements:
            out.append(
                f"{e.defendant} → {e.victim}, {e.citation}, act {e.conduct}: {e.label}: "
                f"{_w(e.before)} → {_w(e.after)}"
            )
        for c in self.counts:
            out.append(
                f"{c.defendant} → {c.victim}, count {c.conduct}: {_w(c.before)} → {_w(c.after)}; "
                f"grade {_w(c.grade_before)} → {_w(c.grade_after)}"
            )
        for g in self.grades:
            out.append(
                f"{g.defendant} → {g.victim}, grade {g.field}: {_w(g.before)} → {_w(g.after)}"
            )
        return out


def _w(value: Any) -> str:
    if value is None:
        return "none"
    if isinstance(value, list):
        return ", ".join(_w(v) for v in value) or "none"
    return words.said(str(value))


def _count_grade(c: Count | None) -> str | None:
    if c is None:
        return None
    return c.grade.grade if c.grade.status == "determined" else c.grade.status


_GRADE_FIELDS = ("status", "grade", "floor", "possible", "conduct")


def compare(before: AssessmentResult, after: AssessmentResult) -> Comparison:
    """The changes from ``before`` to ``after`` (two assessments, typically of a fact pattern
    and a copy with some facts changed): finding statuses, paragraph statuses, element
    statuses per act and paragraph, count statuses and grades, and the grade summary fields
    (``status``, ``grade``, ``floor``, ``possible``, ``conduct``) of each pair."""
    out = Comparison()
    old = {(f.defendant, f.victim): f for f in before.findings}
    new = {(f.defendant, f.victim): f for f in after.findings}
    for key in [*old, *(k for k in new if k not in old)]:
        _finding(out, key, old.get(key), new.get(key))
    return out


def _finding(out: Comparison, key: tuple[str, str], b: Finding | None, a: Finding | None) -> None:
    d, v = key
    sb = b.status if b is not None else ABSENT
    sa = a.status if a is not None else ABSENT
    if sb != sa:
        out.findings.append(FindingChange(d, v, sb, sa))
    subs_b = b.subsections if b is not None else {}
    subs_a = a.subsections if a is not None else {}
    for citation in [*subs_b, *(c for c in subs_a if c not in subs_b)]:
        pb = subs_b[citation].status if citation in subs_b else ABSENT
        pa = subs_a[citation].status if citation in subs_a else ABSENT
        if pb != pa:
            out.paragraphs.append(ParagraphChange(d, v, citation, pb, pa))
    counts_b = {c.conduct: c for c in (b.counts if b is not None else [])}
    counts_a = {c.conduct: c for c in (a.counts if a is not None else [])}
    for cid in [*counts_b, *(c for c in counts_a if c not in counts_b)]:
        _count(out, d, v, cid, counts_b.get(cid), counts_a.get(cid))
    if b is not None and a is not None:
        for name in _GRADE_FIELDS:
            gb, ga = getattr(b.grade_detail, name), getattr(a.grade_detail, name)
            if gb != ga:
                out.grades.append(GradeChange(d, v, name, gb, ga))


def _count(out: Comparison, d: str, v: str, cid: str, b: Count | None, a: Count | None) -> None:
    sb = b.status if b is not None else ABSENT
    sa = a.status if a is not None else ABSENT
    gb, ga = _count_grade(b), _count_grade(a)
    pos_b = list(b.grade.possible) if b is not None else []
    pos_a = list(a.grade.possible) if a is not None else []
    if sb != sa or gb != ga or pos_b != pos_a:
        out.counts.append(CountChange(d, v, cid, sb, sa, gb, ga, pos_b, pos_a))
    paras_b = b.paragraphs if b is not None else {}
    paras_a = a.paragraphs if a is not None else {}
    for citation in [*paras_b, *(c for c in paras_a if c not in paras_b)]:
        els_b = {e.element: e for e in (of_count(b, citation) if b and citation in paras_b else [])}
        els_a = {e.element: e for e in (of_count(a, citation) if a and citation in paras_a else [])}
        for key in [*els_b, *(k for k in els_a if k not in els_b)]:
            eb, ea = els_b.get(key), els_a.get(key)
            stb = eb.status if eb is not None else ABSENT
            sta = ea.status if ea is not None else ABSENT
            if stb != sta:
                label = (ea or eb).label  # type: ignore[union-attr]
                out.elements.append(
                    ElementChange(
                        d,
                        v,
                        cid,
                        citation,
                        key,
                        label,
                        stb,
                        sta,
                        eb.reason if eb is not None else None,
                        ea.reason if ea is not None else None,
                    )
                )
