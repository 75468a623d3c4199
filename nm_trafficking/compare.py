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

Only what changed is listed. Every law assessed is compared in ``laws`` (a
:class:`LawChange` each): for each pair its status, each paragraph's or prong's status and its
grading (the grade or penalty band certain, the floor, those possible), and for each act its
status, grade and those possible. § 30-52-1 is compared in more detail too: finding and
paragraph statuses, element statuses per act and paragraph, count statuses and grades, and the
pair's grade summary. Findings (a defendant and a victim) are matched by their ids, paragraphs
by citation, counts by the act's id and elements by their key, so an added or removed person or
act shows as a finding or count that appears or disappears; a law assessed on one side only
(e.g. ``law="nm"`` before, ``"all"`` after) is ``absent`` on the other. The comparison reads
statuses and grades only; it never re-assesses anything.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from functools import partial
from typing import Any

from nm_trafficking import words
from nm_trafficking.count_elements import of_count
from nm_trafficking.results import AssessmentResult, Count, Finding
from nm_trafficking.summary import ActUnderLaw, LawStatus

__all__ = [
    "Comparison",
    "CountChange",
    "ElementChange",
    "FindingChange",
    "GradeChange",
    "LawChange",
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
class LawChange:
    """One law's result that changed, for a pair (``conduct`` null) or for one of its acts.

    ``field`` is ``status``; ``paragraph`` (the status of the paragraph or prong named in
    ``paragraph``, e.g. ``18 U.S.C. § 1591(a)(1) minor``); for a pair ``certain``, ``floor``
    or ``possible`` (its grading: the grade or penalty band the facts fix, the most serious
    one an act that meets the law carries, those possible, most serious first); for an act
    ``grade`` or ``possible``. ``name`` is the law by its citation, ``act`` the act by its verb
    and date."""

    defendant: str
    victim: str
    law: str
    name: str
    conduct: str | None
    act: str | None
    field: str
    paragraph: str | None
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
    laws: list[LawChange] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        """True when any status or grade differs, under any law assessed."""
        return bool(
            self.findings
            or self.paragraphs
            or self.elements
            or self.counts
            or self.grades
            or self.laws
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: ``{"changed", "findings", "paragraphs", "elements", "counts",
        "grades", "laws"}``, each a list of plain objects."""
        return {
            "changed": self.changed,
            "findings": [asdict(c) for c in self.findings],
            "paragraphs": [asdict(c) for c in self.paragraphs],
            "elements": [asdict(c) for c in self.elements],
            "counts": [asdict(c) for c in self.counts],
            "grades": [asdict(c) for c in self.grades],
            "laws": [asdict(c) for c in self.laws],
        }

    def lines(self) -> list[str]:
        """One readable line per change (statuses with spaces, e.g. ``not met``), each naming
        the law: § 30-52-1's in detail first, then the federal sections'."""
        out: list[str] = []
        for f in self.findings:
            out.append(f"{f.defendant} → {f.victim}, {STATE_NAME}: {_w(f.before)} → {_w(f.after)}")
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
                f"{g.defendant} → {g.victim}, {STATE_NAME}, {_GRADE_WORDS[g.field]}: "
                f"{_w(g.before)} → {_w(g.after)}"
            )
        for law in self.laws:
            if law.law != STATE:  # said above, in more detail
                out.append(_law_line(law))
        return out


STATE = "nm_30_52_1"
STATE_NAME = "NMSA 1978, § 30-52-1"

_FIELD_WORDS = {
    "certain": ("grade", "penalty"),
    "grade": ("grade", "penalty"),
    "floor": ("grade at least", "penalty at least"),
    "possible": ("grades possible", "penalties possible"),
}
"""A grading field in words: § 30-52-1's grades, the federal sections' penalty bands."""


def _law_line(c: LawChange) -> str:
    where = f"{c.defendant} → {c.victim}, "
    if c.field == "paragraph":
        return f"{where}{c.paragraph}: {_w(c.before)} → {_w(c.after)}"
    where += c.name if c.act is None else f"{c.name}, {c.act}"
    if c.field == "status":
        return f"{where}: {_w(c.before)} → {_w(c.after)}"
    what = _FIELD_WORDS[c.field][c.law != STATE]
    return f"{where}, {what}: {_band(c, c.before)} → {_band(c, c.after)}"


def _band(c: LawChange, value: Any) -> str:
    """A federal band by its section (``(b)(1)`` of § 1591 -> ``§ 1591(b)(1)``)."""
    if c.law == STATE or value is None or value == ABSENT:
        return _w(value)
    section = "§ " + c.law.rsplit("_", 1)[-1]
    values = value if isinstance(value, list) else [value]
    return ", ".join(f"{section}{v}" for v in values) or "none"


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
_GRADE_WORDS = {
    "status": "grade status",
    "grade": "grade",
    "floor": "grade at least",
    "possible": "grades possible",
    "conduct": "the act graded",
}
"""The pair's grade summary fields in words (``lines``)."""


def compare(before: AssessmentResult, after: AssessmentResult) -> Comparison:
    """The changes from ``before`` to ``after`` (two assessments, typically of a fact pattern
    and a copy with some facts changed). Under every law assessed (``laws``): each pair's
    status, paragraph or prong statuses and grading (``certain``, ``floor``, ``possible``),
    each act's status, grade and grades possible. Under § 30-52-1 in more detail: finding
    statuses, paragraph statuses, element statuses per act and paragraph, count statuses and
    grades, and the grade summary fields (``status``, ``grade``, ``floor``, ``possible``,
    ``conduct``) of each pair. An assessment without § 30-52-1 (``law="federal"``) has no
    state findings to compare."""
    out = Comparison()
    old = _state_findings(before)
    new = _state_findings(after)
    for key in [*old, *(k for k in new if k not in old)]:
        _finding(out, key, old.get(key), new.get(key))
    _laws(out, before, after)
    return out


def _state_findings(result: AssessmentResult) -> dict[tuple[str, str], Finding]:
    if STATE not in result.summary.laws:
        return {}
    return {(f.defendant, f.victim): f for f in result.findings}


def _laws(out: Comparison, before: AssessmentResult, after: AssessmentResult) -> None:
    old = {(p.defendant, p.victim): p for p in before.summary.pairs}
    new = {(p.defendant, p.victim): p for p in after.summary.pairs}
    for key in [*old, *(k for k in new if k not in old)]:
        pb, pa = old.get(key), new.get(key)
        laws_b: dict[str, LawStatus] = {law.law: law for law in pb.laws} if pb else {}
        laws_a: dict[str, LawStatus] = {law.law: law for law in pa.laws} if pa else {}
        counts_b = {c.conduct: c for c in pb.counts} if pb else {}
        counts_a = {c.conduct: c for c in pa.counts} if pa else {}
        for law in [*laws_b, *(k for k in laws_a if k not in laws_b)]:
            lb, la = laws_b.get(law), laws_a.get(law)
            name = (la or lb).name  # type: ignore[union-attr]
            change = partial(LawChange, key[0], key[1], law, name)
            _pair_law(out, change, lb, la)
            for cid in [*counts_b, *(c for c in counts_a if c not in counts_b)]:
                cb, ca = counts_b.get(cid), counts_a.get(cid)
                act = (ca or cb).name  # type: ignore[union-attr]
                ub = cb.laws.get(law) if cb else None
                ua = ca.laws.get(law) if ca else None
                _act_law(out, partial(change, cid, act), ub, ua)


def _pair_law(
    out: Comparison, change: Callable[..., LawChange], b: LawStatus | None, a: LawStatus | None
) -> None:
    sb = b.status if b is not None else ABSENT
    sa = a.status if a is not None else ABSENT
    if sb != sa:
        out.laws.append(change(None, None, "status", None, sb, sa))
    paras_b = b.paragraphs if b is not None else {}
    paras_a = a.paragraphs if a is not None else {}
    for citation in [*paras_b, *(c for c in paras_a if c not in paras_b)]:
        pb, pa = paras_b.get(citation, ABSENT), paras_a.get(citation, ABSENT)
        if pb != pa:
            out.laws.append(change(None, None, "paragraph", citation, pb, pa))
    for name in ("certain", "floor", "possible"):
        gb = getattr(b.grading, name) if b is not None else None
        ga = getattr(a.grading, name) if a is not None else None
        if gb != ga:
            out.laws.append(change(None, None, name, None, gb, ga))


def _act_law(
    out: Comparison, change: Callable[..., LawChange], b: ActUnderLaw | None, a: ActUnderLaw | None
) -> None:
    sb = b.status if b is not None else ABSENT
    sa = a.status if a is not None else ABSENT
    if sb != sa:
        out.laws.append(change("status", None, sb, sa))
    for name in ("grade", "possible"):
        gb = getattr(b, name) if b is not None else None
        ga = getattr(a, name) if a is not None else None
        if gb != ga:
            out.laws.append(change(name, None, gb, ga))


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
