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
larger ones are not, because frozen construction would cost a third of the time the statuses
take to compute). Statuses and grades are computed when the assessment is made;
the explanation (elements with their words, facts and reasons, remaining facts, notes) is built
on first access, so a caller who only needs statuses does not pay for it. ``to_dict()`` and
``to_json()`` give the full document; :func:`output_schema` its JSON Schema; the document's
``contract_version`` follows semantic versioning (see ``docs/contract.md``).

This module knows nothing of the engine or of rendering: ``nm_trafficking.render`` reads these
models; the :class:`~nm_trafficking.assessment.Assessment` surface adds the text, Markdown and
notebook views.
"""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field, fields, is_dataclass
from datetime import date
from typing import Any, ClassVar, Literal

CONTRACT_VERSION = "2.1.0"
"""The version of the JSON output contract (semantic versioning; docs/contract.md)."""

Status = Literal["met", "not_met", "undetermined"]
GradeStatus = Literal["determined", "undetermined", "not_applicable"]
PenaltyStatus = Literal["determined", "undetermined", "not_applicable", "none_stated"]

EVIDENCE_CAVEAT = (
    "Indicators are evidence, not a legal conclusion: the element still needs the actor's "
    "intent or knowledge as the statute words it."
)

DISCLAIMER = (
    "Decision aid, not legal advice: nm_trafficking applies a model of NMSA 1978, § 30-52-1 to "
    "the facts as stated. It does not weigh evidence, credibility or defences. A prosecutor or "
    "attorney must review every result."
)

FEDERAL_DISCLAIMER = (
    "The federal sections (18 U.S.C. §§ 1589, 1590, 1591, 1594) are encoded from a reference "
    "whose wording was checked only against secondary copies of the Code ([S]) or reconstructed "
    "from the amendment notes ([R]); compare with the official Code before relying on it."
)


def doc(text: str) -> Any:
    """Field metadata: the description the JSON Schema gives the field."""
    return {"doc": text}


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


_PUBLIC_FIELDS: dict[type, tuple[str, ...]] = {}
_SCALARS = (str, int, float, bool, type(None))


def _public_fields(cls: type) -> tuple[str, ...] | None:
    found = _PUBLIC_FIELDS.get(cls)
    if found is None:
        if not is_dataclass(cls):
            return None
        found = _PUBLIC_FIELDS[cls] = tuple(
            f.name for f in fields(cls) if not f.name.startswith("_")
        )
    return found


def _mapping_function(cls: type, names: tuple[str, ...]) -> Callable[[Any], dict[str, Any]]:
    """A function of one ``cls`` object returning its public fields as a dict, written out
    field by field (``def f(o): return {"a": o.a, ...}``): a quarter faster than a dict
    comprehension over ``getattr``, and the encoder calls it for every model it meets. A
    :class:`Lazy` model's explanation is built first, if it is not yet (what a first read of a
    lazy field does, without the failed lookup that leads ``Lazy.__getattr__`` there)."""
    if not all(n.isidentifier() for n in names):  # dataclass fields are; never text from outside
        raise TypeError(f"{cls.__name__} has a field that is not an identifier")
    omit = getattr(cls, "OMIT_EMPTY", ())
    body = ", ".join(f"{n!r}: o.{n}" for n in names if n not in omit)
    tail = "".join(f"    if o.{n}:\n        found[{n!r}] = o.{n}\n" for n in omit)
    build = (
        "    if o._explain is not None:\n        o._build_lazy()\n"
        if issubclass(cls, Lazy) and cls.LAZY
        else ""
    )
    scope: dict[str, Any] = {}
    if tail:
        code = f"def fields(o):\n{build}    found = {{{body}}}\n{tail}    return found\n"
    else:
        code = f"def fields(o):\n{build}    return {{{body}}}\n"
    exec(code, scope)
    function: Callable[[Any], dict[str, Any]] = scope["fields"]
    function.__name__ = function.__qualname__ = f"{cls.__name__}_fields"  # named in profiles
    return function


def _iso(value: date) -> str:
    return value.isoformat()


def _refused(value: Any) -> Any:
    raise TypeError(f"{type(value).__name__} is not part of the output contract")


_JSON_FORMS: dict[type, Callable[[Any], Any]] = {}
"""Per type met by :func:`json_default`, the function giving its JSON form (built on first
meeting: the classes are the library's own)."""


def _json_form(cls: type) -> Callable[[Any], Any]:
    names = _public_fields(cls)
    if names is not None:
        return _mapping_function(cls, names)
    if issubclass(cls, date):
        return _iso
    return _refused


def json_default(value: Any) -> Any:
    """``default=`` for ``json.dumps``: a result model as a mapping of its public fields (one
    level; the encoder recurses), a date as ISO text. Faster than ``plain`` for JSON text."""
    cls = type(value)
    form = _JSON_FORMS.get(cls)
    if form is None:
        form = _JSON_FORMS[cls] = _json_form(cls)
    return form(value)


try:
    import orjson
except ImportError:  # pragma: no cover - a dependency; the standard library is the fallback
    orjson = None  # type: ignore[assignment]

_INDENTED = (
    orjson.OPT_INDENT_2 | orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_PASSTHROUGH_DATETIME
    if orjson is not None
    else 0
)


def _orjson_indented(value: Any) -> bytes | None:
    """``value`` as indented UTF-8 JSON by orjson (byte for byte what the standard library
    writes, ten times faster: its indented encoder is pure Python); ``None`` for anything
    orjson refuses, which the standard library then writes."""
    if orjson is None:
        return None
    try:
        return orjson.dumps(value, default=json_default, option=_INDENTED)
    except (TypeError, orjson.JSONEncodeError):
        return None


def json_dumps(value: Any, *, indent: int | None = 2) -> str:
    """``value`` (plain data or result models) as JSON text, not ASCII-escaped: exactly what
    ``json.dumps(value, indent=indent, ensure_ascii=False, default=json_default)`` writes
    (with ``indent=2``, by orjson)."""
    if indent == 2:
        written = _orjson_indented(value)
        if written is not None:
            return written.decode("utf-8")
    return json.dumps(value, indent=indent, ensure_ascii=False, default=json_default)


def json_utf8(value: Any) -> bytes:
    """``json_dumps(value).encode("utf-8")`` (indent 2), without the round trip through text:
    decoding ~100 KB of non-ASCII JSON only to encode it again costs as much as writing it
    (the HTTP service answers with these bytes)."""
    written = _orjson_indented(value)
    if written is not None:
        return written
    return json.dumps(value, indent=2, ensure_ascii=False, default=json_default).encode("utf-8")


def plain(value: Any) -> Any:
    """The JSON-ready form of a result (dates as ISO strings; private fields left out).

    Time is linear in the size of the output."""
    cls = type(value)
    if cls in _SCALARS:
        return value
    if cls is list or cls is tuple:
        return [plain(v) for v in value]
    if cls is dict:
        return {k: plain(v) for k, v in value.items()}
    names = _public_fields(cls)
    if names is not None:
        omit = getattr(cls, "OMIT_EMPTY", ())
        return {
            n: plain(getattr(value, n)) for n in names if not (n in omit and not getattr(value, n))
        }
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):  # str enums
        return str(value)
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
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


def _positional_constructor(cls: type[Any]) -> Callable[..., Any]:
    """A constructor of the frozen, slotted model ``cls`` taking every field positionally, in
    order, and setting each slot through the slot's own descriptor (``member.__set__``).

    Equal to calling ``cls`` with the same values, in about half the time: the ``__init__``
    dataclasses write for a frozen class goes through ``object.__setattr__`` for each field,
    and an assessment explains some seventy elements."""
    names = [f.name for f in fields(cls)]
    if not all(n.isidentifier() and not n.startswith("_") and n != "o" for n in names):
        raise TypeError(f"{cls.__name__} has a field name the generated code cannot take")
    scope: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    for name in names:
        owner = next(k for k in cls.__mro__ if name in vars(k))
        slot = vars(owner)[name]
        if not isinstance(slot, types.MemberDescriptorType):
            raise TypeError(f"{cls.__name__}.{name} is not a slot")
        scope[f"_set_{name}"] = slot.__set__
    head = f"def new({', '.join(names)}):\n    o = _new(_cls)\n"
    body = "".join(f"    _set_{n}(o, {n})\n" for n in names)
    exec(f"{head}{body}    return o\n", scope)
    constructor: Callable[..., Any] = scope["new"]
    constructor.__name__ = constructor.__qualname__ = f"new_{cls.__name__}"  # named in profiles
    return constructor


new_element_result: Callable[
    [str, str, Status, str | None, str, list[str], str, str | None, list[str]], ElementResult
] = _positional_constructor(ElementResult)
"""``ElementResult(element, label, status, statute_words, cited, facts, reason, note,
evidence)``, faster (see :func:`_positional_constructor`)."""

new_labelled_element: Callable[
    [
        str,
        str,
        Status,
        str | None,
        str,
        list[str],
        str,
        str | None,
        list[str],
        str | None,
        str | None,
        str | None,
        str | None,
    ],
    LabelledElement,
] = _positional_constructor(LabelledElement)
"""``LabelledElement(...)`` with every field, in order, faster (see
:func:`_positional_constructor`)."""


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
    date: date | None = field(metadata=doc("the act's date (stated, or as_of when assumed)"))
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
    words: str = _lazy("the summary in words, e.g. 'at least a second degree felony; ...'")
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
    date: date | None = field(metadata=doc("the act's date (stated, or as_of when assumed)"))
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
    contract_version: str = field(metadata=doc("the output contract's version (semver)"))
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


# --- the JSON Schema of the output, generated from the models above -------------------------


def _schema_of(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if tp is str:
        return {"type": "string"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is type(None):
        return {"type": "null"}
    if tp is date:
        return {"type": "string", "format": "date"}
    if tp is Any:
        return {}
    if origin is Literal:
        return {"enum": list(args)}
    if origin in (typing.Union, types.UnionType):
        return {"anyOf": [_schema_of(a, defs) for a in args]}
    if origin is list:
        return {"type": "array", "items": _schema_of(args[0], defs)}
    if origin is dict:
        return {"type": "object", "additionalProperties": _schema_of(args[1], defs)}
    if isinstance(tp, type) and is_dataclass(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # placeholder against recursion
            hints = typing.get_type_hints(tp)
            props: dict[str, Any] = {}
            for f in fields(tp):
                if f.name.startswith("_"):
                    continue
                prop = _schema_of(hints[f.name], defs)
                if "doc" in f.metadata:
                    prop = {**prop, "description": f.metadata["doc"]}
                props[f.name] = prop
            defs[name] = {
                "type": "object",
                "description": (tp.__doc__ or "").strip().split("\n\n")[0],
                "properties": props,
                "required": [
                    f.name
                    for f in fields(tp)
                    if not f.name.startswith("_") and f.name not in getattr(tp, "OMIT_EMPTY", ())
                ],
                "additionalProperties": False,
            }
        return {"$ref": f"#/$defs/{name}"}
    raise TypeError(f"no JSON Schema for {tp!r}")


def output_schema(detail: str = "summary") -> dict[str, Any]:
    """The JSON Schema (2020-12) of an assessment document at ``detail`` (``to_dict()`` /
    ``to_json()``; ``summary`` by default)."""
    from nm_trafficking.detail import output_schema as schema_at

    return schema_at(detail)


def document_schema() -> dict[str, Any]:
    """The JSON Schema of the 1.x document's fields (what ``detail="full"`` adds to the
    summary)."""
    defs: dict[str, Any] = {}
    root = _schema_of(AssessmentResult, defs)
    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://nm-trafficking.invalid/schema/output/{CONTRACT_VERSION}",
        "title": "nm_trafficking assessment",
        "description": (
            f"An assessment under NMSA 1978, § 30-52-1; output contract {CONTRACT_VERSION}."
        ),
        **defs[root["$ref"].rsplit("/", 1)[1]],
        "$defs": {k: v for k, v in defs.items() if k != "AssessmentResult"},
    }
    major = CONTRACT_VERSION.split(".", 1)[0]
    schema["properties"]["contract_version"] = {
        "type": "string",
        "pattern": rf"^{major}\.[0-9]+\.[0-9]+$",
        "description": f"the output contract's version (semver); this schema covers {major}.x",
    }
    return schema
