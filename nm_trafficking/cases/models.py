"""The case-file format as pydantic models: what a file, a case and an expectation may say.

The loader (:mod:`nm_trafficking.cases.loader`) validates a parsed case file with these models
and turns their errors into :class:`~nm_trafficking.cases.format.CaseError`s located by file,
case and field (``expect.D/V.A2.elements.knowing``), an unknown key with the nearest known
one (``did you mean today?``), a word that is not a status or grade with the nearest word.

The words a case may use come from the statute (``format.vocabulary``), so an expectation's
keys are not all fixed names: a pair or a count also takes paragraph keys (``A2``, ``(A)(2)``,
``30-52-1(A)(2)``) and ``federal`` takes prongs and laws. A ``before`` validator sets those apart
in a container field (``paragraphs``, ``prongs``, ``laws``) that is validated like any other;
the container's name is left out of an error's location (it is not in the data). What a key
refers to — the pattern's acts, a paragraph's elements — comes in through the validation
context (:class:`Context`): the vocabulary, the acts of the pair being validated, and the
citation of the paragraph whose key was validated last (pydantic validates a mapping's key
before its value, and a model's fields in their order).

A fact pattern is validated by the facts models (``nm_trafficking.facts``), not here.
"""

from __future__ import annotations

import difflib
import re
import types
import typing
from collections.abc import Mapping
from datetime import date, datetime
from typing import Annotated, Any, ClassVar, TypedDict, Union

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    PlainValidator,
    Tag,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from nm_trafficking import statute
from nm_trafficking.cases.format import (
    CASE_KEYS,
    COUNT_KEYS,
    FILE_KEYS,
    GRADE_STATUSES,
    NOTE_KINDS,
    OPEN_GRADE,
    PAIR_KEYS,
    PARAGRAPH_KEYS,
    PENALTY_WORDS,
    STATUSES,
    Vocabulary,
    key_spelling,
)
from nm_trafficking.facts.locations import real_path
from nm_trafficking.limits import printable


class Context(TypedDict, total=False):
    """What validation needs beyond the data (passed as pydantic's ``context``)."""

    vocab: Vocabulary
    pair: tuple[str, str]
    acts: list[str] | None
    """The acts of the pair (``None``: the pattern is not known, any act id is taken)."""
    helpers: list[str] | None
    """The persons stated to have helped the pair's acts (``None``: not known)."""
    citation: str
    """The citation of the paragraph or prong being validated (set by its key)."""
    seen: dict[str, str]
    """Citation -> the key it was stated under, in the pair or count being validated."""


def _context(info: ValidationInfo) -> Context:
    return typing.cast(Context, info.context)


def _names(keys: Any) -> str:
    return ", ".join(keys)


def near(word: object, options: Any) -> str:
    """``; did you mean X?`` for the option nearest ``word``, or nothing."""
    if not isinstance(word, str):
        return ""
    found = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    if not found:
        lowered = {str(o).lower(): o for o in options}
        found = [lowered[word.strip().lower()]] if word.strip().lower() in lowered else []
    return f"; did you mean {found[0]}?" if found else ""


def _none(value: Any) -> bool:
    """``null``, ``none`` or ``unknown``: nothing (no version in force, age not known)."""
    return value is None or (
        isinstance(value, str) and value.strip().lower() in ("none", "null", "unknown")
    )


# --- the words ------------------------------------------------------------------------------


def _date(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValueError(f"not a date (write YYYY-MM-DD): {value!r}")


def version_id(value: Any) -> str:
    """A version id of the statute (``"2008"``, or ``2008`` as YAML reads it)."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ValueError(f'must be a version id such as "2008", not {value!r}')
    found = str(value)
    try:
        statute.by_id(found)
    except KeyError:
        known = ", ".join(f'"{v.id}"' for v in statute.VERSIONS)
        raise ValueError(f"no version {found!r} of the statute; known: {known}") from None
    return found


def _version_or_none(value: Any) -> str | None:
    return None if value is None else version_id(value)


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("must be text")
    return value.strip()


def _description(value: Any) -> str | None:
    if value is not None and not isinstance(value, str):
        raise ValueError("must be text")
    return value


def _words(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ValueError("must be a list of words or texts")
    return tuple(value)


def _word(value: Any) -> Any:
    """A status word as compared: any case, spaces and hyphens as ``_`` (``Met``, ``Not met``
    and ``not-met`` are ``met`` and ``not_met``, as a grade is any case)."""
    if not isinstance(value, str):
        return value
    return re.sub(r"[\s-]+", "_", value.strip()).lower()


def _status(value: Any) -> str:
    if _word(value) in STATUSES:
        return str(_word(value))
    raise ValueError(
        f"{value!r} is not a status; write met, not_met or undetermined{near(value, STATUSES)}"
    )


def _grade_status(value: Any) -> str:
    if _word(value) in GRADE_STATUSES:
        return str(_word(value))
    raise ValueError(
        f"{value!r} is not a grade status; write {_names(GRADE_STATUSES)}"
        + near(value, GRADE_STATUSES)
    )


def _grade(value: Any, info: ValidationInfo) -> str | None:
    vocab = _context(info)["vocab"]
    ok, grade = vocab.grade(value)
    if not ok:
        words = list(dict.fromkeys(vocab.grade_short.values()))
        raise ValueError(
            f"{value!r} is not a grade; write {', '.join(words)} or none"
            + near(value, [*words, "none"])
        )
    return grade


def _grade_or_open(value: Any, info: ValidationInfo) -> str | None:
    """A ``grade:`` expectation: a grade, ``none`` (no grade possible) or ``undetermined``
    (:data:`~nm_trafficking.cases.format.OPEN_GRADE`: a grade is possible, none is certain)."""
    if isinstance(value, str) and value.strip().lower() == OPEN_GRADE:
        return OPEN_GRADE
    vocab = _context(info)["vocab"]
    ok, grade = vocab.grade(value)
    if not ok:
        words = [*dict.fromkeys(vocab.grade_short.values()), OPEN_GRADE, "none"]
        raise ValueError(
            f"{value!r} is not a grade; write {', '.join(words[:-1])} or none" + near(value, words)
        )
    return grade


def _some_grade(value: Any, info: ValidationInfo) -> str:
    grade = _grade(value, info)
    if grade is None:
        raise ValueError("list the grades possible; [] for none")
    return grade


def _grade_list(value: Any) -> Any:
    if not isinstance(value, list):
        raise ValueError("must be a list of grades, e.g. [second, first] ([] for none)")
    return value


def _texts(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise ValueError("must be a list of one or more texts")
    if not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError("every item must be text")
    return tuple(v.strip() for v in value)


def shown(value: Any, options: Any = ()) -> bool:
    """Whether a value written in an expectation may be repeated in a message: one word
    (no white space, at most 64 characters, no control character), or a phrase near a word the
    format knows there (``second degree``). A sentence typed where an id or a word belongs may
    be facts (``she was raped at motel 6``): it is named by its place, not repeated."""
    if not isinstance(value, str):
        return isinstance(value, int | float) and not isinstance(value, bool)
    if (
        value
        and len(value) <= 64
        and value == printable(value)
        and not any(ch.isspace() for ch in value)
    ):
        return True
    return bool(near(value, options)) if len(value) <= 64 else False


def unknown_word(value: Any, options: Any, what: str) -> str:
    """The start of a message for a word that is not ``what`` (``'MH' is not a helper``),
    ending with the nearest option; a value not :func:`shown` is not repeated."""
    if shown(value, options):
        return f"{value!r} is not {what}"
    return f"the text typed here (not repeated) is not {what}"


def _hint(value: Any, options: Any) -> str:
    return near(value, options) if shown(value, options) else ""


def _note_title_words(title: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", title.lower()))


def _note_by_title(word: str) -> list[str]:
    """The note kinds ``word`` names in the words a report shows for a note: its title
    (``separate counts (State v. Carson)``), or a word of it that is no common word (``carson``,
    ``separate counts``): the note kinds whose title has every word of it."""
    from nm_trafficking.words import NOTE_TITLES

    typed = word.strip().lower()
    exact = [k for k in NOTE_KINDS if NOTE_TITLES.get(k, "").lower() == typed]
    if exact:
        return exact
    wanted = _note_title_words(word.replace("_", " ")) - _COMMON
    if not wanted:
        return []
    return [k for k in NOTE_KINDS if wanted <= _note_title_words(NOTE_TITLES.get(k, ""))]


_COMMON = frozenset(
    [
        "a",
        "an",
        "and",
        "the",
        "of",
        "by",
        "on",
        "in",
        "for",
        "to",
        "or",
        "v",
        "state",
        "who",
        "may",
        "be",
        "not",
        "no",
        "its",
        "it",
        "is",
        "what",
        "one",
        "each",
    ]
)


def _note_kinds(value: Any) -> tuple[str, ...]:
    """The note kinds expected: a kind (docs/contract.md, Note kinds), or the title a report
    shows for exactly one kind (``separate counts (State v. Carson)``), taken as that kind."""
    kinds = list(_texts(value))
    for i, kind in enumerate(kinds):
        if kind in NOTE_KINDS:
            continue
        by_title = _note_by_title(kind) if len(kind) <= 100 else []
        if len(by_title) == 1 and by_title[0] != kind and _exact_title(kind, by_title[0]):
            kinds[i] = by_title[0]
            continue
        hint = _hint(kind, NOTE_KINDS)
        if not hint and by_title:
            named = " or ".join(by_title[:3])
            hint = f"; did you mean {named} (the note the report calls {_titles(by_title)})?"
        raise ValueError(
            unknown_word(kind, NOTE_KINDS, "a note kind (docs/contract.md, Note kinds)") + hint
        )
    return tuple(kinds)


def _exact_title(word: str, kind: str) -> bool:
    from nm_trafficking.words import NOTE_TITLES

    return NOTE_TITLES.get(kind, "").lower() == word.strip().lower()


def _titles(kinds: list[str]) -> str:
    from nm_trafficking.words import NOTE_TITLES

    return " / ".join(f"'{NOTE_TITLES[k]}'" for k in dict.fromkeys(kinds[:3]) if k in NOTE_TITLES)


def _act(value: Any, info: ValidationInfo) -> str:
    if not isinstance(value, str) or not value:
        raise ValueError("must be the id of an act (conduct)")
    context = _context(info)
    acts, pair = context.get("acts"), context["pair"]
    if acts is not None and value not in acts:
        what = f"an act of {pair[0]} toward {pair[1]}"
        raise ValueError(
            unknown_word(value, acts, what) + f"; their acts: {_names(acts)}" + _hint(value, acts)
        )
    return value


def _helper(value: Any, info: ValidationInfo) -> str:
    """A helper of the pair's acts (a person the pattern states helped one of them)."""
    key = str(value)
    context = _context(info)
    helpers, pair = context.get("helpers"), context["pair"]
    if helpers is not None and key not in helpers:
        known = _names(helpers) if helpers else "none"
        what = f"a helper of {pair[0]}'s acts toward {pair[1]} in the fact pattern"
        raise ValueError(
            unknown_word(key, helpers, what)
            + f" (the persons stated under an act's accessories: {known})"
            + _hint(key, helpers)
        )
    return key


def _optional_act(value: Any, info: ValidationInfo) -> str | None:
    return None if value is None else _act(value, info)


def _count_act(value: Any, info: ValidationInfo) -> str:
    """A count's key (an act id); the paragraphs stated for the count start afresh."""
    found = _act(value, info)
    _context(info)["seen"] = {}
    return found


def _statute_version(value: Any) -> str | None:
    return None if _none(value) else version_id(value)


_AGE_TEXT = re.compile(r"([0-9]{1,3})(?: to ([0-9]{1,3})| or older)?")
"""The victim's age at an act as the library says it: ``15``, ``12 to 13``, ``18 or older``."""

_AGE_WORDS = "write the age as the report gives it: 15, 12 to 13, 18 or older, or unknown"


def _victim_age(value: Any) -> str | None:
    """The age at the act in the report's words (any case and spacing); anything else is
    refused, and not repeated (it may be facts: ``14, per her mother``)."""
    if _none(value):
        return None
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 999:
        return str(value)
    if isinstance(value, str):
        text = " ".join(value.split()).lower()
        found = _AGE_TEXT.fullmatch(text)
        if found is not None:
            lo, hi = found.group(1), found.group(2)
            if hi is None or int(lo) < int(hi):
                return " ".join(str(int(w)) if w.isdigit() else w for w in text.split())
            raise ValueError(f"an age range is written youngest first, e.g. 12 to 13; {_AGE_WORDS}")
    raise ValueError(f"not an age as a report gives it (not repeated here); {_AGE_WORDS}")


def _passed(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if _none(value):
        return None
    raise ValueError("write true, false or unknown")


def _mapping(message: str) -> Any:
    """A before-validator: the value must be a non-empty mapping (``message`` otherwise)."""

    def check(value: Any) -> Any:
        if not isinstance(value, Mapping) or not value:
            raise ValueError(message)
        return value

    return BeforeValidator(check)


def _paragraph_key(value: Any, info: ValidationInfo) -> str:
    """A paragraph key of a pair or count (set apart by the owner, so a paragraph of (A));
    its citation is what the value's elements are checked against."""
    context = _context(info)
    key = str(value)
    citation = context["vocab"].offence(key)
    assert citation is not None  # only paragraph keys are set apart
    seen = context.setdefault("seen", {})
    if citation in seen:
        raise ValueError(f"{citation} is already stated as {seen[citation]}")
    seen[citation] = key
    context["citation"] = citation
    return key


def _prong_key(value: Any, info: ValidationInfo) -> str:
    context = _context(info)
    key = str(value)
    context["citation"] = context["vocab"].prongs[key_spelling(key)][1]
    return key


def _element_key(value: Any, info: ValidationInfo) -> str:
    context = _context(info)
    citation = context["citation"]
    known = context["vocab"].elements.get(citation, ())
    key = str(value)
    if key not in known:
        raise ValueError(
            f"not an element of {citation}; its elements: {_names(known)}" + near(key, known)
        )
    return key


def _law_key(value: Any, info: ValidationInfo) -> str:
    key = str(value)
    if _context(info)["vocab"].laws.get(key_spelling(key)) is None:
        raise ValueError("not a federal law: write usc_1591, usc_1589 or usc_1590")
    return key


def _band(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"the band, e.g. '(b)(2)', or one of {_names(PENALTY_WORDS)}")
    return value.strip()


CaseDate = Annotated[date | None, PlainValidator(_date)]
VersionId = Annotated[str | None, PlainValidator(_version_or_none)]
Text = Annotated[str, PlainValidator(_text)]
Words = Annotated[tuple[str, ...], PlainValidator(_words)]
StatusWord = Annotated[str, PlainValidator(_status)]
GradeStatus = Annotated[str, PlainValidator(_grade_status)]
GradeWord = Annotated[str | None, PlainValidator(_grade)]
GradeOrOpen = Annotated[str | None, PlainValidator(_grade_or_open)]
Grades = Annotated[
    tuple[Annotated[str, PlainValidator(_some_grade)], ...], BeforeValidator(_grade_list)
]
Texts = Annotated[tuple[str, ...], PlainValidator(_texts)]
NoteKinds = Annotated[tuple[str, ...], PlainValidator(_note_kinds)]
ActId = Annotated[str, PlainValidator(_act)]
OptionalAct = Annotated[str | None, PlainValidator(_optional_act)]
StatuteVersion = Annotated[str | None, PlainValidator(_statute_version)]
VictimAge = Annotated[str | None, PlainValidator(_victim_age)]
ParagraphKey = Annotated[str, PlainValidator(_paragraph_key)]
ProngKey = Annotated[str, PlainValidator(_prong_key)]
ElementKey = Annotated[str, PlainValidator(_element_key)]
LawKey = Annotated[str, PlainValidator(_law_key)]
CountKey = Annotated[str, PlainValidator(_count_act)]
HelperKey = Annotated[str, PlainValidator(_helper)]
Band = Annotated[str, PlainValidator(_band)]


# --- the models -----------------------------------------------------------------------------


class StrictModel(BaseModel):
    """The base of the case format's models: unknown keys refused, values frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    CONTAINERS: ClassVar[tuple[str, ...]] = ()
    """Fields that hold keys set apart by a before-validator (not keys of the data)."""
    REQUIRED: ClassVar[dict[str, str]] = {}
    """A required field's message when it is missing (default ``required``)."""

    @classmethod
    def keys(cls, vocab: Vocabulary | None) -> list[str]:
        """The keys the data may use here (for an unknown key's near name)."""
        return [k for k in cls.model_fields if k not in cls.CONTAINERS]

    @classmethod
    def unknown(cls, vocab: Vocabulary) -> str:
        """The message for a key that is not one of :meth:`keys`."""
        return f"unknown key; may have: {_names(cls.keys(vocab))}"


def _set_apart(data: Any, info: ValidationInfo, fixed: Any, empty: str, **containers: Any) -> Any:
    """``data`` with the keys ``containers`` claim moved into them. Each container is a
    function from the vocabulary and a key to whether it claims that key."""
    if not isinstance(data, Mapping) or not data:
        raise ValueError(empty)
    vocab = _context(info)["vocab"]
    out: dict[str, Any] = {name: {} for name in containers}
    for key, value in data.items():
        key = str(key)
        if key in containers:  # a container's name written as a key: unknown
            out[f"{key} "] = value
            continue
        if key not in fixed:
            claimed = next((n for n, claims in containers.items() if claims(vocab, key)), None)
            if claimed is not None:
                out[claimed][key] = value
                continue
        out[key] = value
    return out


class PairParagraph(StrictModel):
    """A paragraph stated for a pair, as a mapping (a status word alone is :data:`StatusWord`)."""

    status: StatusWord | None = None
    elements: Annotated[
        dict[ElementKey, StatusWord],
        _mapping("must map element keys to status words, e.g. {knowingly: met}"),
    ] = Field(default_factory=dict)
    deciding_act: ActId | None = None
    remaining: Texts | None = None

    @model_validator(mode="before")
    @classmethod
    def _some(cls, data: Any) -> Any:
        if isinstance(data, Mapping) and not data:
            raise ValueError(f"must state at least one of: {_names(cls.keys(None))}")
        return data

    @classmethod
    def unknown(cls, vocab: Vocabulary) -> str:
        return f"unknown key; a paragraph may state: {_names(cls.keys(vocab))}"


class CountParagraph(PairParagraph):
    """A paragraph stated for one act: no ``deciding_act`` (the act is the count)."""

    @model_validator(mode="before")
    @classmethod
    def _no_deciding_act(cls, data: Any) -> Any:
        if isinstance(data, Mapping) and "deciding_act" in data:
            data = {("deciding_act " if k == "deciding_act" else k): v for k, v in data.items()}
        return data

    @classmethod
    def keys(cls, vocab: Vocabulary | None) -> list[str]:
        return [k for k in PARAGRAPH_KEYS if k != "deciding_act"]


def _shape(value: Any) -> str:
    return "mapping" if isinstance(value, Mapping) else "word"


PairParagraphValue = Annotated[
    Annotated[PairParagraph, Tag("mapping")] | Annotated[StatusWord, Tag("word")],
    Discriminator(_shape),
]
CountParagraphValue = Annotated[
    Annotated[CountParagraph, Tag("mapping")] | Annotated[StatusWord, Tag("word")],
    Discriminator(_shape),
]


def _offence(vocab: Vocabulary, key: str) -> bool:
    return vocab.offence(key) is not None


class _ByParagraph(StrictModel):
    """Expectations whose paragraphs are written as keys beside the named ones (``A2: met``
    next to ``grade: second``): a count's or a pair's."""

    CONTAINERS = ("paragraphs",)
    NAMED: ClassVar[Mapping[str, str]] = {}
    """The named keys, as the case-file format documents them (``PARAGRAPH`` stands for the
    paragraphs)."""
    FRESH: ClassVar[bool] = False
    """Each value starts afresh what the paragraphs stated so far (a pair: its own)."""

    @model_validator(mode="before")
    @classmethod
    def _paragraphs(cls, data: Any, info: ValidationInfo) -> Any:
        if cls.FRESH:
            _context(info)["seen"] = {}
        return _set_apart(
            data,
            info,
            cls.model_fields,
            "must state at least one expectation, e.g. {A2: met, grade: second}",
            paragraphs=_offence,
        )

    @classmethod
    def keys(cls, vocab: Vocabulary | None) -> list[str]:
        shorts = list(vocab.short.values()) if vocab is not None else []
        return [*super().keys(vocab), *shorts]

    @classmethod
    def unknown(cls, vocab: Vocabulary) -> str:
        words = _names(k for k in cls.NAMED if k != "PARAGRAPH")
        return f"unknown key: neither a paragraph of (A) ({vocab.offence_names}) nor one of {words}"


class CountExpectation(_ByParagraph):
    """What one act, as a count, must show."""

    NAMED = COUNT_KEYS

    paragraphs: dict[ParagraphKey, CountParagraphValue] = Field(default_factory=dict)
    status: StatusWord | None = None
    grade: GradeOrOpen = None
    possible: Grades | None = None
    grade_status: GradeStatus | None = None
    statute_version: StatuteVersion = None
    victim_age: VictimAge = None
    limitation_passed: Annotated[bool | None, PlainValidator(_passed)] = None


def _law(vocab: Vocabulary, key: str) -> bool:
    return vocab.laws.get(key_spelling(key)) is not None


def _prong(vocab: Vocabulary, key: str) -> bool:
    return vocab.prongs.get(key_spelling(key)) is not None


class FederalExpectation(StrictModel):
    """The federal sections for a pair: per prong, per law, penalties, side by side."""

    CONTAINERS = ("laws", "prongs")

    laws: dict[str, StatusWord] = Field(default_factory=dict)
    prongs: dict[ProngKey, PairParagraphValue] = Field(default_factory=dict)
    penalty: (
        Annotated[
            dict[LawKey, Band],
            _mapping("must map federal laws to the band expected, e.g. {usc_1591: (b)(2)}"),
        ]
        | None
    ) = None
    side_by_side: Texts | None = None
    notes: NoteKinds | None = None

    @model_validator(mode="before")
    @classmethod
    def _laws_and_prongs(cls, data: Any, info: ValidationInfo) -> Any:
        words = _names(("PRONG", "LAW", "penalty", "side_by_side", "notes"))
        return _set_apart(
            data,
            info,
            ("penalty", "side_by_side", "notes"),
            f"must map federal prongs or laws to what is expected ({words})",
            laws=_law,
            prongs=_prong,
        )

    @field_validator("penalty")
    @classmethod
    def _known_bands(cls, value: dict[str, str] | None, info: ValidationInfo) -> Any:
        """Each band is one the law's texts state (or a penalty word): a band no text has
        would make the case fail forever, not say it was mistyped."""
        vocab = _context(info)["vocab"]
        for law, band in (value or {}).items():
            known = vocab.bands.get(vocab.laws.get(key_spelling(law), law), ())
            if band not in known and band not in PENALTY_WORDS:
                options = [*known, *PENALTY_WORDS]
                raise ValueError(
                    f"{band!r} is not a band of {law}: write one of {_names(options)}"
                    + near(band, options)
                )
        return value

    @classmethod
    def keys(cls, vocab: Vocabulary | None) -> list[str]:
        shorts = [s.lower() for s in (vocab.prongs if vocab else ()) if not s.startswith("18")]
        return [*super().keys(vocab), "usc_1591", "usc_1589", "usc_1590", *shorts]

    @classmethod
    def unknown(cls, vocab: Vocabulary) -> str:
        prongs = ", ".join(dict.fromkeys(c.split(" § ")[-1] for _, c in vocab.prongs.values()))
        return (
            f"unknown key: neither a federal prong ({prongs}), a federal law "
            "(usc_1591, usc_1589, usc_1590) nor penalty, side_by_side, notes"
        )


def _bar(value: Any) -> str | None:
    if value in ("applies", "may_apply"):
        return str(value)
    if value in (None, "none"):
        return None
    raise ValueError("write applies, may_apply or none" + near(value, ["applies", "may_apply"]))


class AccessoryExpectation(StrictModel):
    """What one helper's accessory finding (NMSA 1978, § 30-1-13) must show; a status word alone
    is the status."""

    status: StatusWord | None = None
    grade: GradeOrOpen = None
    possible: Grades | None = None
    bar: Annotated[str | None, PlainValidator(_bar)] = None

    @model_validator(mode="before")
    @classmethod
    def _status_alone(cls, data: Any) -> Any:
        if isinstance(data, Mapping):
            if not data:
                raise ValueError(f"must state at least one of: {_names(cls.keys(None))}")
            return data
        return {"status": data}

    @classmethod
    def unknown(cls, vocab: Vocabulary) -> str:
        return f"unknown key; an accessory has {_names(cls.keys(vocab))}"


class PairExpectation(_ByParagraph):
    """What is expected for one defendant and victim."""

    NAMED = PAIR_KEYS
    FRESH = True

    paragraphs: dict[ParagraphKey, PairParagraphValue] = Field(default_factory=dict)
    status: StatusWord | None = None
    grade: GradeOrOpen = None
    floor: GradeWord = None
    possible: Grades | None = None
    grade_status: GradeStatus | None = None
    grade_act: OptionalAct = None
    remaining: Texts | None = None
    notes: NoteKinds | None = None
    counts: (
        Annotated[
            dict[CountKey, CountExpectation],
            _mapping("must map each act (conduct id) to what it must show"),
        ]
        | None
    ) = None
    federal: FederalExpectation | None = None
    accessories: (
        Annotated[
            dict[HelperKey, AccessoryExpectation],
            _mapping("must map each helper (person id) to a status or a mapping"),
        ]
        | None
    ) = None


def _citation(value: Any, info: ValidationInfo) -> str:
    vocab = _context(info)["vocab"]
    if not isinstance(value, str) or not value:
        raise ValueError("must be a list of words or texts")
    citation = vocab.paragraph(value)
    if citation is None and (prong := vocab.prongs.get(key_spelling(value))):
        citation = prong[1]
    if citation is None:
        raise ValueError(
            f"{value!r} is not a paragraph of § 30-52-1 (e.g. A2, (C)(1), 30-52-1(E)) "
            "or a federal prong (e.g. 1591a1_minor)"
        )
    return citation


def _list(message: str) -> Any:
    def check(value: Any) -> Any:
        if not isinstance(value, list):
            raise ValueError(message)
        return value

    return BeforeValidator(check)


def _one_or_more(message: str, *, distinct: bool = False) -> Any:
    def check(value: tuple[Any, ...]) -> tuple[Any, ...]:
        if not value:
            raise ValueError(message)
        return tuple(dict.fromkeys(value)) if distinct else value

    return AfterValidator(check)


Citations = Annotated[
    tuple[Annotated[str, PlainValidator(_citation)], ...],
    _list("must be a list of words or texts"),
    _one_or_more("name at least one paragraph, e.g. [A2]", distinct=True),
]


def case_id(value: Any) -> str | None:
    """A case's id as its reports name it, or ``None`` if it has none usable."""
    if isinstance(value, str | int) and not isinstance(value, bool) and str(value):
        return str(value)
    return None


def _case_id(value: Any) -> str:
    found = case_id(value)
    if found is None:
        raise ValueError("required: a short name for the case")
    return found


def _file_name(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ValueError("must be a file name, relative to the case file")
    return value


def _optional_text(value: Any) -> str | None:
    return None if value is None else _text(value)


class CaseModel(StrictModel):
    """One case of a file. ``expect`` is checked per pair (:class:`PairExpectation`), once the
    fact pattern is known; ``pattern`` is checked by the facts models."""

    REQUIRED = {
        "id": "required: a short name for the case",
        "citations": "required: the paragraphs the case exercises, e.g. [A2]",
        "expect": "required: the expected outcome per DEFENDANT/VICTIM",
    }

    id: Annotated[str, PlainValidator(_case_id)]
    title: Text
    citations: Citations
    story: Text
    pattern: (
        Annotated[
            dict[str, Any],
            _mapping("must be a fact pattern (a mapping of persons and conduct)"),
        ]
        | None
    ) = None
    pattern_file: Annotated[str | None, PlainValidator(_file_name)] = None
    expect: Annotated[
        dict[str, Any],
        _mapping("must map DEFENDANT/VICTIM to what is expected for the pair"),
    ]
    as_of: CaseDate = None
    today: CaseDate = None
    statute: VersionId = None
    tags: Words = ()
    teaching_point: Annotated[str | None, PlainValidator(_optional_text)] = None

    @classmethod
    def unknown(cls, vocab: Vocabulary) -> str:
        return f"unknown key; a case may have: {_names(CASE_KEYS)}"


class CaseFileModel(StrictModel):
    """A case file: its cases (each checked on its own, :class:`CaseModel`) and their
    defaults."""

    REQUIRED = {"cases": "must be a list of one or more cases"}

    cases: Annotated[
        tuple[Any, ...],
        _list("must be a list of one or more cases"),
        _one_or_more("must be a list of one or more cases"),
    ]
    description: Annotated[str | None, PlainValidator(_description)] = None
    today: CaseDate = None
    as_of: CaseDate = None
    statute: VersionId = None

    @classmethod
    def unknown(cls, vocab: Vocabulary) -> str:
        return f"unknown key; a case file may have: {_names(FILE_KEYS)}"


# --- errors -----------------------------------------------------------------------------------


def _strip(annotation: Any) -> Any:
    """``annotation`` without ``Annotated`` and an ``Optional``'s ``None``."""
    while True:
        if typing.get_origin(annotation) is Annotated:
            annotation = typing.get_args(annotation)[0]
            continue
        if typing.get_origin(annotation) in (Union, types.UnionType):
            members = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(members) == 1:
                annotation = members[0]
                continue
        return annotation


def _tag(annotation: Any) -> str | None:
    if typing.get_origin(annotation) is Annotated:
        for meta in annotation.__metadata__:
            if isinstance(meta, Tag):
                return meta.tag
    return None


def _step(annotation: Any, part: int | str) -> Any:
    """Where ``part`` of a pydantic location leads from ``annotation`` (``None``: nowhere)."""
    annotation = _strip(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        field = annotation.model_fields.get(part) if isinstance(part, str) else None
        return None if field is None else field.annotation
    origin = typing.get_origin(annotation)
    if origin is dict:
        return typing.get_args(annotation)[1]
    if origin in (list, tuple):
        return typing.get_args(annotation)[0]
    if origin in (Union, types.UnionType):
        for member in typing.get_args(annotation):
            if _tag(member) == part:
                return member
    return None


def owner(model: type[StrictModel], loc: tuple[int | str, ...]) -> type[StrictModel] | None:
    """The model whose key the last part of ``loc`` (a pydantic location) is."""
    annotation: Any = model
    for part in loc[:-1]:
        annotation = _step(annotation, part)
        if annotation is None:
            return None
    found = _strip(annotation)
    return found if isinstance(found, type) and issubclass(found, StrictModel) else None


def _written(part: int | str) -> int | str:
    """A key as the data wrote it (a key set apart as unknown has a trailing space)."""
    return part[:-1] if isinstance(part, str) and part.endswith(" ") else part


def model_errors(
    exc: ValidationError, data: Any, model: type[StrictModel], vocab: Vocabulary
) -> list[tuple[tuple[int | str, ...], str]]:
    """The problems of ``exc`` (validating ``data`` as ``model``): each as its location in the
    data (keys and indexes) and a message in the case format's words — an unknown key with the
    keys allowed there and the nearest one, a missing key with what it is for."""
    out: list[tuple[tuple[int | str, ...], str]] = []
    for err in exc.errors(include_url=False, include_input=False):
        loc = tuple(err["loc"])
        missing = err["type"] == "missing"
        parts = real_path(tuple(map(_written, loc)), data, missing=missing)
        found = owner(model, loc)
        if err["type"] == "extra_forbidden":
            key = _written(loc[-1])
            if found is None:
                message = "unknown key"
            else:
                message = found.unknown(vocab) + near(key, found.keys(vocab))
        elif missing:
            where = str(loc[-1])
            message = found.REQUIRED.get(where, "required") if found is not None else "required"
        else:
            message = err["msg"].removeprefix("Value error, ")
        out.append((parts, message))
    return out
