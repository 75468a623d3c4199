"""The shapes a version of § 30-52-1 is written in: paragraphs, elements, tests, grading, case law.

These are plain, frozen data. Nothing here knows about durable_rules: ``nm_trafficking.rules``
compiles the element tests into engine rules, ``nm_trafficking.reasoning`` turns what the rules
found into verdicts, counts and grades, and the tests in ``tests/`` check the result against an
independent reading of the statute text.

An element is decided per act of conduct. Each element names

* the statute words it tests (verbatim, and a test checks they occur in the paragraph's text);
* ``established``: alternatives, any one of which establishes the element;
* ``defeated``: alternatives, any one of which defeats it (an explicit negative finding);
* when neither matches, the element is *undetermined* — absence of evidence is never "false".

Reasons are short templates. They may name, in braces, what the explanation knows about the act:
``{act}`` (the verb), ``{act_in_text}`` (whether the verb is in this text, and where), ``{when}``
(the date of the act, or what is known of it), ``{age}`` (the victim's age at the act),
``{in_force_from}`` and ``{citation}`` (of the paragraph).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any, Literal

Operator = Literal["eq", "lt", "ge", "in", "not_in"]

ACT = "act"
"""The path of the conduct's verb in the engine fact."""

VICTIM_AGE = "victim_age"
"""The prefix of the victim's age at the act in the engine fact (``victim_age.lo``/``.hi``)."""


@dataclass(frozen=True)
class Test:
    """One comparison on the engine fact of an act (see ``nm_trafficking.rules.atoms``).

    ``path`` is a dotted path, e.g. ``"means_will_be_used.force"``; three-valued facts are the
    strings ``"true"`` and ``"false"`` (an unknown fact is absent, so no test ever meets it);
    ages are whole numbers. ``in`` and ``not_in`` take a tuple of strings."""

    path: str
    op: Operator
    value: str | int | tuple[str, ...]


@dataclass(frozen=True)
class Alternative:
    """A conjunction of tests; ``reason`` is the one-line explanation when it matches."""

    tests: tuple[Test, ...]
    reason: str


@dataclass(frozen=True)
class Element:
    """One element of an offence paragraph."""

    key: str
    label: str
    words: str | None
    """The statute words this element tests, verbatim; ``None`` only for temporal scope."""
    words_from: str
    """Citation of the paragraph the words come from (the chapeau for "knowingly")."""
    established: tuple[Alternative, ...]
    defeated: tuple[Alternative, ...]
    unknown_reason: str
    """What is still missing when the element is undetermined (used for "what remains")."""
    note: str | None = None
    evidenced_by_indicators: bool = False
    """Observed indicators of force, fraud or coercion are evidence of this element (shown
    beside it, never deciding it)."""

    @cached_property
    def paths(self) -> tuple[str, ...]:
        """Every fact path this element tests, in order."""
        return tuple(
            dict.fromkeys(t.path for a in (*self.established, *self.defeated) for t in a.tests)
        )

    @cached_property
    def tests_age(self) -> bool:
        return any(p.startswith(VICTIM_AGE) for p in self.paths)


def any_of(
    *,
    key: str,
    label: str,
    words: str,
    words_from: str,
    options: tuple[str, ...],
    met_reason: str,
    not_met_reason: str,
    unknown_reason: str,
    note: str | None = None,
    evidenced_by_indicators: bool = False,
) -> Element:
    """An element the statute words as a list ("force, fraud or coercion"; "labor, services or
    commercial sexual activity"): established by any one option being true, defeated only when
    every option is false. ``met_reason`` is formatted with ``{option}`` (underscores as spaces);
    the facts tested are ``{key}.{option}``."""
    return Element(
        key=key,
        label=label,
        words=words,
        words_from=words_from,
        established=tuple(
            Alternative(
                (Test(f"{key}.{option}", "eq", "true"),),
                met_reason.format(option=option.replace("_", " ")),
            )
            for option in options
        ),
        defeated=(
            Alternative(
                tuple(Test(f"{key}.{option}", "eq", "false") for option in options),
                not_met_reason,
            ),
        ),
        unknown_reason=unknown_reason,
        note=note,
        evidenced_by_indicators=evidenced_by_indicators,
    )


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of the section, with its verbatim text."""

    citation: str
    title: str
    text: str


@dataclass(frozen=True)
class OffenceParagraph(Paragraph):
    """A paragraph of subsection A that defines a way of committing human trafficking."""

    elements: tuple[Element, ...] = ()
    summary: str = ""
    short: str = ""
    """A short name trainers use, e.g. ``A1``."""
    minor_note: str | None = None
    """Said when an act of this paragraph's own conduct toward a minor does not meet it (e.g.
    that (A)(3) has no minor-only variant)."""

    @cached_property
    def verbs(self) -> tuple[str, ...]:
        """The verbs that establish this paragraph's conduct element (from its tests)."""
        out: list[str] = []
        for e in self.elements:
            for alt in e.established:
                for t in alt.tests:
                    if t.path == ACT:
                        values = t.value if isinstance(t.value, tuple) else (str(t.value),)
                        out.extend(v for v in values if v not in out)
        return tuple(out)


@dataclass(frozen=True)
class Grade:
    """A felony grade. ``severity``: a larger number is a more serious grade."""

    id: str
    name: str
    short: str
    severity: int


@dataclass(frozen=True)
class GradeBand:
    """Victim under ``under_age`` at the time of the offence -> ``grade``."""

    under_age: int
    grade: Grade
    citation: str


@dataclass(frozen=True)
class Grading:
    """Subsection C: the default grade and the age bands."""

    citation: str
    default: Grade
    bands: tuple[GradeBand, ...]
    _narrowest_first: tuple[GradeBand, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        ordered = tuple(sorted(self.bands, key=lambda b: b.under_age))
        object.__setattr__(self, "_narrowest_first", ordered)

    @property
    def grades(self) -> tuple[Grade, ...]:
        """Every grade of this rule, least serious first."""
        return tuple(
            sorted({self.default, *(b.grade for b in self.bands)}, key=lambda g: g.severity)
        )

    def grade_for_age(self, age: int) -> tuple[Grade, str]:
        """The grade and the citation deciding it for a victim of exactly ``age`` years."""
        for band in self._narrowest_first:
            if age < band.under_age:
                return band.grade, band.citation
        return self.default, self.citation

    def band_for_age(self, age: int) -> tuple[Grade, str, str]:
        """The grade, the citation deciding it and the reason, for a victim of ``age`` years."""
        for band in self._narrowest_first:
            if age < band.under_age:
                return band.grade, band.citation, f"the victim was under {band.under_age}"
        if not self.bands:
            return self.default, self.citation, "the grade of every victim"
        top = self._narrowest_first[-1].under_age
        return self.default, self.citation, f"the victim was {top} or older (the default grade)"

    def grades_for_ages(self, lo: int, hi: int | None) -> tuple[Grade, ...]:
        """The grades a victim aged between ``lo`` and ``hi`` (``None``: no upper bound) may
        bring, least serious first."""
        if lo == hi:
            return (self.grade_for_age(lo)[0],)
        found = {self.band_for_age(lo)[0]}
        for band in self.bands:
            for age in (band.under_age - 1, band.under_age):
                if lo <= age and (hi is None or age <= hi):
                    found.add(self.band_for_age(age)[0])
        if hi is None:
            found.add(self.default)
        else:
            found.add(self.band_for_age(hi)[0])
        return tuple(sorted(found, key=lambda g: g.severity))

    def grade(self, grade_id: str) -> Grade:
        for g in self.grades:
            if g.id == grade_id:
                return g
        raise KeyError(grade_id)


@dataclass(frozen=True)
class CaseLaw:
    """A court decision the output cites, with what it holds (from the shared reference)."""

    key: str
    name: str
    citation: str
    holding: str
    paragraph: str
    """The paragraph of the statute it construes."""


@dataclass(frozen=True)
class StatuteVersion:
    """One dated text of § 30-52-1. An amendment is a new ``StatuteVersion``; its
    ``in_force_until`` is derived from the next version (``nm_trafficking.statute``)."""

    id: str
    section: str
    """The section number, e.g. ``30-52-1``."""
    citation: str
    enacted_by: str
    source: str
    in_force_from: date
    in_force_from_status: str
    """How sure the start date is, e.g. "reported, not verified"."""
    chapeau: Paragraph
    offences: tuple[OffenceParagraph, ...]
    grading: Grading
    grading_paragraphs: tuple[Paragraph, ...]
    jurisdiction: Paragraph
    """Subsection B: who may prosecute."""
    other_offences: Paragraph
    """Subsection D: prosecution under other law is not barred."""
    victim_not_accessory: Paragraph
    """Subsection E: a victim is not charged as an accessory."""
    related_offences: tuple[str, ...]
    case_law: tuple[CaseLaw, ...]
    minor: tuple[str, str]
    """(citation, element key) of the element that defines a minor (the under-18 element of
    (A)(2)); notes and screening ask this element, never a hard-coded age."""
    commentary: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    """Readings of this text the output states, keyed by note kind."""
    unverified: tuple[str, ...] = ()
    in_force_until: date | None = None
    """Set by ``nm_trafficking.statute`` from the next version's start; never by hand."""
    derived: dict[str, Any] = field(
        default_factory=dict, init=False, repr=False, compare=False, hash=False
    )
    """A cache for what other modules derive from this version (filled on first use)."""

    @property
    def citations(self) -> tuple[str, ...]:
        """The offences' citations, in order."""
        found: tuple[str, ...] | None = self.derived.get("citations")
        if found is None:
            found = self.derived["citations"] = tuple(p.citation for p in self.offences)
        return found

    @property
    def other_paragraphs(self) -> tuple[Paragraph, ...]:
        """B, the paragraphs of C, D, E: everything that is not an offence, in statute order."""
        return tuple(
            sorted(
                (
                    self.jurisdiction,
                    *self.grading_paragraphs,
                    self.other_offences,
                    self.victim_not_accessory,
                ),
                key=lambda p: p.citation,
            )
        )

    @property
    def all_paragraphs(self) -> tuple[Paragraph, ...]:
        return (self.chapeau, *self.offences, *self.other_paragraphs)

    @cached_property
    def verbs(self) -> tuple[str, ...]:
        """Every verb the text covers, from the offences' conduct elements."""
        return tuple(dict.fromkeys(v for p in self.offences for v in p.verbs))

    def paragraph(self, citation: str) -> Paragraph:
        for p in self.all_paragraphs:
            if p.citation == citation:
                return p
        raise KeyError(citation)

    def offence(self, citation: str) -> OffenceParagraph:
        for p in self.offences:
            if p.citation == citation:
                return p
        raise KeyError(citation)

    def case(self, key: str) -> CaseLaw:
        for c in self.case_law:
            if c.key == key:
                return c
        raise KeyError(key)

    def in_force_on(self, day: date) -> bool:
        return self.in_force_from <= day and (
            self.in_force_until is None or day < self.in_force_until
        )

    def paragraph_with_verb(self, verb: str) -> OffenceParagraph | None:
        """The first offence whose conduct element the verb establishes."""
        return next((p for p in self.offences if verb in p.verbs), None)
