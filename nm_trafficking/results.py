"""The shape of an assessment — the output contract other tools rely on.

Per (defendant, victim) a :class:`Finding`: each paragraph of § 30-52-1(A) over all acts
(:class:`SubsectionResult`), each act as a potential count (:class:`Count`: its version, the
victim's age at it, its paragraph statuses and grade band), the grade summary (grade when
certain, floor, possible), what would still have to be established, and notes. Since contract
1.1, each finding also has a section per federal law assessed (``jurisdictions``: a
:class:`LawFinding` for 18 U.S.C. § 1591, § 1589, § 1590, with each prong, each act as a count
with its penalty band, the penalty summary, the verification labels of the text) and a
``side_by_side`` summary, one line per law.

The models are dataclasses, to be treated as read-only (the small value models are frozen; the
larger ones and the elements, made by the dozen per act, are not: a frozen dataclass's
``__init__`` is four times slower). pydantic writes them and gives their JSON Schema
(``nm_trafficking.serialization``, whose docstring says how a field is declared: a field
added the usual way, ``name: T = field(metadata=doc("..."))``, reaches the document and the
schema with no further step). Statuses and grades are computed when the assessment is made;
the explanation (elements with their words, facts and reasons, remaining facts, notes) is built
on first access, so a caller who only needs statuses does not pay for it. ``to_dict()`` and
``to_json()`` give the full document; :func:`output_schema` its JSON Schema; the document's
``contract_version`` follows semantic versioning (see ``docs/contract.md``).

This module knows nothing of the engine or of rendering: ``nm_trafficking.render`` reads these
models; the :class:`~nm_trafficking.assessment.Assessment` surface adds the text, Markdown and
notebook views.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any, ClassVar, Literal

from nm_trafficking.serialization import json_dumps as json_dumps
from nm_trafficking.serialization import json_utf8 as json_utf8
from nm_trafficking.serialization import plain as plain

CONTRACT_VERSION = "2.7.0"
"""The version of the JSON output contract (semantic versioning; docs/contract.md)."""
_MAJOR = CONTRACT_VERSION.split(".", 1)[0]

Status = Literal["met", "not_met", "undetermined"]
GradeStatus = Literal["determined", "undetermined", "not_applicable"]
PenaltyStatus = Literal["determined", "undetermined", "not_applicable", "none_stated"]

EVIDENCE_CAVEAT = (
    "Indicators are evidence, not a legal conclusion: the element still needs the actor's "
    "intent or knowledge as the statute words it."
)

_DISCLAIMER = (
    "Decision aid, not legal advice: nm_trafficking applies a model of {laws} to the facts as "
    "stated. It does not weigh evidence, credibility or defenses. A prosecutor or attorney must "
    "review every result."
)
DISCLAIMER = _DISCLAIMER.format(laws="NMSA 1978, § 30-52-1")

FEDERAL_DISCLAIMER = (
    "The federal sections (18 U.S.C. §§ 1589, 1590, 1591, 1594) are encoded from a reference "
    "whose wording was checked only against secondary copies of the Code ([S]) or reconstructed "
    "from the amendment notes ([R]); compare with the official Code before relying on it."
)

FEDERAL_ONLY_DISCLAIMER = (
    f"{_DISCLAIMER.format(laws='18 U.S.C. §§ 1589, 1590 and 1591')} {FEDERAL_DISCLAIMER}"
)
"""The disclaimer of a result of the federal sections alone (``law="federal"``): it names the
laws the result is about."""


def doc(text: str) -> Any:
    """Field metadata: the description the JSON Schema gives the field
    (``field(metadata=doc("..."))``; see ``nm_trafficking.serialization``)."""
    return {"description": text}


class Lazy:
    """Base of the result models whose explanatory fields are built on first access.

    A subclass lists those fields in ``LAZY`` (declared ``field(init=False)``, so their slots
    start empty) and is given ``_explain``: a function returning every lazy field's value. The
    first read of any of them runs it once and stores the values; ``to_dict`` and pickling read
    them all."""

    __slots__ = ()
    LAZY: ClassVar[tuple[str, ...]] = ()

    def __getattr__(self, name: str) -> Any:
        # Called only when ordinary lookup fails: for a lazy field, its slot is still empty.
        if name in type(self).LAZY:
            if object.__getattribute__(self, "_explain") is None:
                raise AttributeError(name)
            self._build_lazy()
            return object.__getattribute__(self, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def _build_lazy(self) -> None:
        """Build the lazy fields, unless they are built already."""
        build: Callable[[], dict[str, Any]] | None = object.__getattribute__(self, "_explain")
        if build is not None:
            for key, value in build().items():
                object.__setattr__(self, key, value)
            object.__setattr__(self, "_explain", None)

    def __reduce__(self) -> tuple[Any, ...]:
        values = {
            f.name: getattr(self, f.name)
            for f in fields(self)  # type: ignore[arg-type]
            if not f.name.startswith("_")
        }
        return (_restore, (type(self), values))


def _restore(cls: Any, values: dict[str, Any]) -> Any:
    obj = cls.__new__(cls)
    for key, value in values.items():
        object.__setattr__(obj, key, value)
    for f in fields(cls):  # private fields (what builds the explanation) are not carried over
        if f.name.startswith("_"):
            object.__setattr__(obj, f.name, None)
    return obj


def _explainer() -> Any:
    return field(default=None, repr=False, compare=False)


def _lazy(text: str) -> Any:
    return field(init=False, repr=False, compare=False, metadata=doc(text))


@dataclass(slots=True)
class ElementResult:
    """One element of a paragraph, decided for one act."""

    element: str = field(metadata=doc("the element's key, e.g. knowingly"))
    label: str = field(metadata=doc("the element in words"))
    status: Status
    statute_words: str | None = field(
        metadata=doc("the statute words the element tests, verbatim (null: temporal scope)")
    )
    cited: str = field(metadata=doc("the paragraph those words come from"))
    facts: list[str] = field(
        metadata=doc("the facts that decided it (met / not met) or that are missing")
    )
    reason: str = field(metadata=doc("one line: why it is met, not met or undetermined"))
    note: str | None = None
    evidence: list[str] = field(
        default_factory=list,
        metadata=doc("observed indicators of a means (evidence only, not a legal conclusion)"),
    )


@dataclass(slots=True)
class LabelledElement(ElementResult):
    """An element of a federal prong: as :class:`ElementResult`, with the verification label
    of its words and, where it applies more statute words (e.g. § 1591(c)), those too."""

    verification: str | None = field(
        default=None, metadata=doc("the label of the words: [P], [S] or [R] (null: none)")
    )
    verification_meaning: str | None = field(
        default=None, metadata=doc("what the label means, e.g. 'wording checked against ...'")
    )
    also_words: str | None = field(
        default=None, metadata=doc("more statute words the element applies, verbatim")
    )
    also_cited: str | None = field(default=None, metadata=doc("the paragraph of also_words"))


@dataclass(frozen=True, slots=True)
class CountElement:
    """An element of a paragraph (or prong) judged for one act, in a count (contract 2.0): what
    the act decided, and nothing of the statute's own text — the element's label, words,
    citation, note and verification label are the statute's, given once where the paragraph is
    explained for its deciding act (``subsections[].elements``, ``prongs[].elements``) and at
    the ``elements`` detail, found there by the element's key."""

    OMIT_EMPTY: ClassVar[tuple[str, ...]] = ("evidence",)
    element: str = field(metadata=doc("the element's key, e.g. knowingly"))
    status: Status
    facts: list[str] = field(
        metadata=doc("the facts that decided it (met / not met) or that are missing")
    )
    reason: str = field(metadata=doc("one line: why it is met, not met or undetermined"))
    evidence: list[str] = field(
        default_factory=list,
        metadata=doc(
            "observed indicators of a means (evidence only, not a legal conclusion); left out "
            "when there are none"
        ),
    )


@dataclass(frozen=True, slots=True)
class AgeAtAct:
    """The victim's age at an act: exact, or the range the facts allow."""

    lo: int = field(metadata=doc("the youngest the victim can have been"))
    hi: int | None = field(metadata=doc("the oldest (null: no upper bound)"))
    exact: bool
    text: str = field(metadata=doc("the age in words, e.g. '15' or '12 to 13'"))
    source: str = field(metadata=doc("the facts it comes from"))
    open_point: str | None = field(
        default=None, metadata=doc("an open point of law that widens the range, if any")
    )


@dataclass(frozen=True, slots=True)
class DateSpan:
    """The dates an undated act can have happened on under the text applied."""

    earliest: date | None
    latest: date | None


@dataclass(slots=True)
class CountParagraph(Lazy):
    """One paragraph of 30-52-1(A), judged for one act."""

    LAZY: ClassVar[tuple[str, ...]] = ("elements", "remaining")
    citation: str
    status: Status
    _explain: Any = _explainer()
    elements: list[CountElement] = _lazy(
        "every element: its key, status, facts and reason (its words: the paragraph's elements)"
    )
    remaining: list[str] = _lazy("what would still have to be established (when undetermined)")


@dataclass(slots=True)
class CountGrade(Lazy):
    """The grade the act carries under subsection C if it is an offense."""

    LAZY: ClassVar[tuple[str, ...]] = ("reason",)
    status: GradeStatus = field(
        metadata=doc(
            "determined: the act meets a paragraph and the victim's age fixes one grade; "
            "undetermined: it may meet one, or the age allows several grades; not_applicable: "
            "it meets no paragraph"
        )
    )
    grade: str | None = field(metadata=doc("the grade when determined"))
    possible: list[str] = field(
        metadata=doc("the grades the act may carry, least serious first (empty: none)")
    )
    citation: str | None = field(metadata=doc("the paragraph of C that decides it"))
    _explain: Any = _explainer()
    reason: str = _lazy("why, in one line")


@dataclass(slots=True)
class Count(Lazy):
    """One act of the defendant toward the victim: a potential count (State v. Carson)."""

    LAZY: ClassVar[tuple[str, ...]] = ("victim_age", "paragraphs")
    conduct: str = field(metadata=doc("the act's id"))
    act: str = field(metadata=doc("the verb"))
    date: datetime.date | None = field(
        metadata=doc("the act's date (stated, or as_of when assumed)")
    )
    date_assumed: bool = field(metadata=doc("true when the date is the caller's as_of"))
    possible_dates: DateSpan | None = field(
        metadata=doc("for an undated act: the dates it can have happened on")
    )
    statute_version: str | None = field(
        metadata=doc("the version in force at the act (null: dated before any version)")
    )
    assessed_under: str = field(metadata=doc("the version the act was judged under"))
    status: Status = field(
        metadata=doc("met if any paragraph is met, else undetermined if any may be")
    )
    statuses: dict[str, Status] = field(metadata=doc("each paragraph's status for this act"))
    grade: CountGrade
    _explain: Any = _explainer()
    victim_age: AgeAtAct | None = _lazy("the victim's age at the act (null: unknown)")
    paragraphs: dict[str, CountParagraph] = _lazy(
        "each paragraph for this act: status, elements, what remains"
    )


@dataclass(slots=True)
class SubsectionResult(Lazy):
    """One paragraph of 30-52-1(A) over all acts of the defendant toward the victim."""

    LAZY: ClassVar[tuple[str, ...]] = ("elements", "remaining")
    citation: str
    title: str
    text: str = field(metadata=doc("the paragraph's verbatim text"))
    status: Status = field(metadata=doc("met if any act meets it, undetermined if any may"))
    conduct: str | None = field(
        metadata=doc(
            "the act that decided the status (the first that meets it, else the first that may)"
        )
    )
    counts: dict[str, Status] = field(metadata=doc("each act's status under this paragraph"))
    _explain: Any = _explainer()
    elements: list[ElementResult] = _lazy("the elements for the deciding act")
    remaining: list[str] = _lazy("what would still have to be established")


@dataclass(frozen=True, slots=True)
class OpenGrade:
    """A grade more serious than the floor that an open act could still bring."""

    grade: str
    conduct: str
    needs: list[str] = field(metadata=doc("what would have to be established for it"))
    text: str


@dataclass(slots=True)
class GradeSummary(Lazy):
    """The grade of the most serious count, as far as the facts settle it."""

    LAZY: ClassVar[tuple[str, ...]] = ("citation", "victim_age", "reason", "words", "open")
    status: GradeStatus
    grade: str | None = field(
        metadata=doc("set only when no more serious grade remains possible from any act")
    )
    floor: str | None = field(
        metadata=doc("the most serious grade an act that meets a paragraph certainly carries")
    )
    possible: list[str] = field(
        metadata=doc("the grades the most serious count may carry, least serious first")
    )
    conduct: str | None = field(metadata=doc("the act that fixes the floor (or the grade)"))
    _explain: Any = _explainer()
    citation: str | None = _lazy("the paragraph of C that decides the floor or grade")
    victim_age: str | None = _lazy(
        "the victim's age at that act, in words, naming the act (e.g. '13 at the transporting "
        "of 2018-04-10 (b) (person V: birth_date)')"
    )
    reason: str = _lazy("why, in one line")
    words: str = _lazy(
        "the summary in words: the grade certain, then each more serious one possible"
    )
    open: list[OpenGrade] = _lazy("the more serious grades still possible, and what each needs")


@dataclass(frozen=True, slots=True)
class Note:
    """A note a finding or assessment carries: subsections B, D, E, case law, open points."""

    kind: str
    citation: str | None
    text: str


@dataclass(frozen=True, slots=True)
class TextLabel:
    """A verification label of the federal text applied, and what it means."""

    code: str = field(metadata=doc("[P], [S], [R] (or — for a period with no text)"))
    meaning: str
    texts: list[str] = field(metadata=doc("the texts (version ids) it labels"))


@dataclass(slots=True)
class ProngForAct(Lazy):
    """One prong of a federal section, judged for one act."""

    LAZY: ClassVar[tuple[str, ...]] = ("elements", "remaining")
    citation: str
    status: Status
    _explain: Any = _explainer()
    elements: list[CountElement] = _lazy(
        "every element: its key, status, facts and reason (its words: the prong's elements)"
    )
    remaining: list[str] = _lazy("what would still have to be established (when undetermined)")


@dataclass(slots=True)
class CountPenalty(Lazy):
    """The punishment a federal count carries under the section's penalty provision."""

    OMIT_EMPTY: ClassVar[tuple[str, ...]] = ("none_stated_possible",)

    LAZY: ClassVar[tuple[str, ...]] = ("reason", "words", "cited")
    status: PenaltyStatus = field(
        metadata=doc(
            "determined: the act meets a prong and the facts fix one band; undetermined: it may "
            "meet one, or the facts leave several bands open; not_applicable: it meets no prong; "
            "none_stated: the text states no punishment for this combination (UNVERIFIED)"
        )
    )
    band: str | None = field(metadata=doc("the band when determined, e.g. (b)(2)"))
    citation: str | None = field(metadata=doc("the paragraph stating it"))
    minimum_years: int | None = field(metadata=doc("the minimum term, if the text states one"))
    maximum: str | None = field(metadata=doc("'life' or the maximum term, e.g. '20 years'"))
    possible: list[str] = field(metadata=doc("the bands still possible, least serious first"))
    label: str | None = field(metadata=doc("the verification label of the penalty text"))
    none_stated_possible: bool = field(
        default=False,
        metadata=doc(
            "the text may state no punishment for what is found (§ 1591(b) read literally: an "
            "offense not effected by force, threats of force, fraud or coercion against a person "
            "18 or older, or by a verb (b) does not list; UNVERIFIED): an outcome beside the bands "
            "in possible, which is then empty if no band is possible; present only when true "
            "(since 2.2.0)"
        ),
    )
    _explain: Any = _explainer()
    reason: str = _lazy("why, in one line")
    words: str | None = _lazy("the punishment, verbatim (when determined)")
    cited: str | None = _lazy("the paragraph the words come from")


@dataclass(slots=True)
class LawCount(Lazy):
    """One act under a federal section: a potential count, with its penalty band."""

    LAZY: ClassVar[tuple[str, ...]] = ("victim_age", "prongs")
    conduct: str
    act: str
    date: datetime.date | None = field(
        metadata=doc("the act's date (stated, or as_of when assumed)")
    )
    date_assumed: bool
    possible_dates: DateSpan | None
    text_version: str | None = field(
        metadata=doc(
            "the text in force at the act (null: before the section existed, or no text is "
            "encoded for the date)"
        )
    )
    assessed_under: str = field(metadata=doc("the text or period the act was judged under"))
    label: str = field(metadata=doc("the verification label of that text ([P], [S], [R], —)"))
    status: Status = field(metadata=doc("met if any prong is met, else undetermined if any may"))
    statuses: dict[str, Status] = field(metadata=doc("each prong's status for this act"))
    penalty: CountPenalty
    _explain: Any = _explainer()
    victim_age: AgeAtAct | None = _lazy("the victim's age at the act (null: unknown)")
    prongs: dict[str, ProngForAct] = _lazy("each prong for this act, explained")


@dataclass(slots=True)
class ProngResult(Lazy):
    """One prong of a federal section over all acts of the defendant toward the victim."""

    LAZY: ClassVar[tuple[str, ...]] = ("elements", "remaining")
    citation: str = field(metadata=doc("the prong, e.g. '18 U.S.C. § 1591(a)(1) minor'"))
    short: str = field(metadata=doc("its short name, e.g. 1591a1_minor"))
    paragraph: str = field(metadata=doc("the statute paragraph, e.g. 18 U.S.C. § 1591(a)(1)"))
    title: str
    text: str = field(
        metadata=doc("the paragraph's verbatim text (or, where the text has none, why)")
    )
    in_text: bool = field(metadata=doc("false when the text applied has no such offense"))
    label: str = field(metadata=doc("the verification label of the text: [P], [S], [R], —"))
    label_meaning: str
    elements_from: str | None = field(metadata=doc("where the list of elements comes from"))
    status: Status = field(metadata=doc("met if any act meets it, undetermined if any may"))
    conduct: str | None = field(metadata=doc("the act that decided the status"))
    counts: dict[str, Status] = field(metadata=doc("each act's status under this prong"))
    _explain: Any = _explainer()
    elements: list[LabelledElement] = _lazy("the elements for the deciding act")
    remaining: list[str] = _lazy("what would still have to be established")


@dataclass(slots=True)
class PenaltySummary(Lazy):
    """The penalty of the most serious federal count, as far as the facts settle it."""

    OMIT_EMPTY: ClassVar[tuple[str, ...]] = ("none_stated_possible",)

    LAZY: ClassVar[tuple[str, ...]] = ("reason", "words")
    status: PenaltyStatus
    band: str | None = field(
        metadata=doc("set only when no more serious band remains possible from any act")
    )
    floor: str | None = field(
        metadata=doc("the most serious band a count that meets a prong certainly carries")
    )
    possible: list[str] = field(metadata=doc("the bands still possible, least serious first"))
    conduct: str | None = field(metadata=doc("the act that fixes the floor (or the band)"))
    none_stated_possible: bool = field(
        default=False,
        metadata=doc(
            "the text may state no punishment for what may be found, no count fixing a floor "
            "(§ 1591(b) read literally: an offense not effected by force, threats of force, "
            "fraud or coercion against a person 18 or older, or by a verb (b) does not list; "
            "UNVERIFIED): an outcome beside the bands in possible, which is then empty if no "
            "band is possible; present only when true (since 2.2.0)"
        ),
    )
    _explain: Any = _explainer()
    reason: str = _lazy("why, in one line")
    words: str = _lazy("the summary in words, with the punishment")


@dataclass(slots=True)
class LawFinding(Lazy):
    """One defendant and one victim under one federal section: every prong, every act as a
    count with its penalty band, the penalty summary, labels, what remains and notes."""

    LAZY: ClassVar[tuple[str, ...]] = ("labels", "remaining", "notes")
    law: str = field(metadata=doc("the law's id, e.g. usc_1591"))
    citation: str
    title: str
    status: Status = field(
        metadata=doc("met if any prong is met; undetermined if none is but one may be")
    )
    texts: list[str] = field(metadata=doc("the texts (version ids) the acts were judged under"))
    prongs: dict[str, ProngResult]
    counts: list[LawCount]
    penalty: PenaltySummary
    _explain: Any = _explainer()
    labels: list[TextLabel] = _lazy("the verification labels of the texts applied")
    remaining: list[str] = _lazy("what would still have to be established, over all acts")
    notes: list[Note] = _lazy("§ 1594, case law, dates and open points for this pair")

    def count(self, conduct_id: str) -> LawCount:
        """The count for the act with this id (``KeyError`` if the pair has no such act)."""
        for c in self.counts:
            if c.conduct == conduct_id:
                return c
        raise KeyError(conduct_id)


@dataclass(slots=True)
class Finding(Lazy):
    """One defendant and one victim: every paragraph, every count, the grade, notes."""

    LAZY: ClassVar[tuple[str, ...]] = ("remaining", "notes", "side_by_side")
    defendant: str
    victim: str
    status: Status = field(
        metadata=doc(
            "§ 30-52-1 only, whatever laws were asked: met if any paragraph is met; "
            "undetermined if none is but one may be (each federal law's status is under "
            "jurisdictions)"
        )
    )
    conduct: list[str] = field(metadata=doc("the acts of the defendant toward the victim"))
    subsections: dict[str, SubsectionResult]
    counts: list[Count] = field(metadata=doc("each act as a potential count, in order"))
    grade: str | None = field(
        metadata=doc(
            "as grade_detail.grade (§ 30-52-1 subsection C; federal penalties are under "
            "jurisdictions)"
        )
    )
    grade_floor: str | None = field(metadata=doc("as grade_detail.floor"))
    grade_possible: list[str] = field(metadata=doc("as grade_detail.possible"))
    grade_detail: GradeSummary
    jurisdictions: dict[str, LawFinding] = field(
        metadata=doc(
            "each federal law assessed, by id (usc_1591, usc_1589, usc_1590); empty when only "
            "§ 30-52-1 was assessed (contract 1.1)"
        ),
    )
    _explain: Any = _explainer()
    _notes: Any = _explainer()
    """The pair's § 30-52-1 notes, made once (the summary reads them without the rest)."""
    remaining: list[str] = _lazy(
        "what would still have to be established under § 30-52-1, over all acts (each federal "
        "law's is under jurisdictions)"
    )
    notes: list[Note] = _lazy("subsections B, D, E, case law and open points for this pair")
    side_by_side: list[str] = _lazy(
        "one line per law assessed, the state statute first: status and why (contract 1.1)"
    )

    def count(self, conduct_id: str) -> Count:
        """The count for the act with this id (``KeyError`` if the pair has no such act)."""
        for c in self.counts:
            if c.conduct == conduct_id:
                return c
        raise KeyError(conduct_id)


@dataclass(slots=True)
class AssessmentResult(Lazy):
    """An assessment of a fact pattern: the data of the output contract."""

    LAZY: ClassVar[tuple[str, ...]] = ("notes", "summary")
    contract_version: str = field(
        metadata={
            **doc(f"the output contract's version (semver); this schema covers {_MAJOR}.x"),
            "pattern": rf"^{_MAJOR}\.[0-9]+\.[0-9]+$",
        }
    )
    library_version: str
    title: str | None
    statute_version: str | None = field(
        metadata=doc("the version applied; several joined by ', '; null when none was in force")
    )
    statute_versions: list[str]
    statute_citation: str | None
    as_of: date | None = field(metadata=doc("the date assumed for undated acts, if given"))
    assessed_on: date = field(
        metadata=doc("the day of the assessment: the latest date an undated act can have")
    )
    disclaimer: str
    findings: list[Finding]
    laws: list[str] = field(
        default_factory=lambda: ["nm_30_52_1"],
        metadata=doc(
            "the laws assessed, by id (nm_30_52_1, usc_1591, usc_1589, usc_1590), as the caller "
            "chose them (contract 1.1); § 30-52-1's fields are filled whatever the choice"
        ),
    )
    _explain: Any = _explainer()
    notes: list[Note] = _lazy("open points of the statute text (unverified)")
    summary: Any = _lazy("the decision, first (nm_trafficking.summary.Summary)")

    def document(self, detail: str = "summary") -> dict[str, Any]:
        """The output document at ``detail`` (``summary``, ``elements`` or ``full``), as
        result models: what ``to_dict`` and ``to_json`` write."""
        from nm_trafficking.detail import document

        return document(self, detail)

    def to_dict(self, *, detail: str = "summary") -> dict[str, Any]:
        """The JSON-ready document (dates as ISO strings), as ``output_schema(detail)``
        describes."""
        result: dict[str, Any] = plain(self.document(detail))
        return result

    def to_json(self, *, indent: int | None = 2, detail: str = "summary") -> str:
        """The JSON document (UTF-8 text, not ASCII-escaped); the same content as
        ``to_dict()``."""
        return json_dumps(self.document(detail), indent=indent)

    def finding(self, defendant: str, victim: str) -> Finding:
        """The finding for this defendant and victim (``KeyError`` if there is none)."""
        for f in self.findings:
            if f.defendant == defendant and f.victim == victim:
                return f
        raise KeyError((defendant, victim))


def output_schema(detail: str = "summary") -> dict[str, Any]:
    """The JSON Schema (2020-12) of an assessment document at ``detail`` (``to_dict()`` /
    ``to_json()``; ``summary`` by default)."""
    from nm_trafficking.detail import output_schema as schema_at

    return schema_at(detail)
