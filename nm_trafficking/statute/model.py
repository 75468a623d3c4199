"""The shapes a version of § 30-52-1 is written in: paragraphs, elements, tests, grading.

These are plain, frozen data. Nothing here knows about durable_rules: ``nm_trafficking.rules``
compiles the element tests into engine rules, and the tests in ``tests/`` check the result
against an independent reading of the statute text.

An element is decided per act of conduct. Each element names

* the statute words it tests (verbatim, and a test checks they occur in the paragraph's text);
* ``established``: alternatives, any one of which establishes the element;
* ``defeated``: alternatives, any one of which defeats it (an explicit negative finding);
* when neither matches, the element is *undetermined* — absence of evidence is never "false".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

Operator = Literal["eq", "lt", "ge"]


@dataclass(frozen=True)
class Test:
    """One comparison on the normalised conduct record (see ``nm_trafficking.rules.atoms``).

    ``path`` is a dotted path into the record, e.g. ``"means_will_be_used.force"``; three-valued
    facts are the strings ``"true"``, ``"false"`` and ``"unknown"``; ages are whole numbers.
    """

    path: str
    op: Operator
    value: str | int


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


@dataclass(frozen=True)
class GradeBand:
    """Victim under ``under_age`` at the time of the offence -> ``grade``."""

    under_age: int
    grade: str
    citation: str


@dataclass(frozen=True)
class Grading:
    """Subsection C: the default grade and the age bands, narrowest first."""

    citation: str
    default_grade: str
    bands: tuple[GradeBand, ...]

    def grade_for_age(self, age: int) -> tuple[str, str]:
        """The grade and the citation deciding it for a victim of exactly ``age`` years."""
        for band in sorted(self.bands, key=lambda b: b.under_age):
            if age < band.under_age:
                return band.grade, band.citation
        return self.default_grade, self.citation


@dataclass(frozen=True)
class StatuteVersion:
    """One dated text of § 30-52-1. An amendment is a new ``StatuteVersion``."""

    id: str
    citation: str
    enacted_by: str
    source: str
    in_force_from: date
    in_force_from_status: str
    """How sure the start date is, e.g. "reported, not verified"."""
    chapeau: Paragraph
    offences: tuple[OffenceParagraph, ...]
    other_paragraphs: tuple[Paragraph, ...]
    grading: Grading
    related_offences: tuple[str, ...]
    unverified: tuple[str, ...]
    in_force_until: date | None = None
    statutory_verbs: frozenset[str] = field(default_factory=frozenset)
    """The conduct verbs the text covers (everything else is recognised but not covered)."""

    def paragraph(self, citation: str) -> Paragraph:
        for p in (self.chapeau, *self.offences, *self.other_paragraphs):
            if p.citation == citation:
                return p
        raise KeyError(citation)

    def offence(self, citation: str) -> OffenceParagraph:
        for p in self.offences:
            if p.citation == citation:
                return p
        raise KeyError(citation)

    def in_force_on(self, day: date) -> bool:
        return self.in_force_from <= day and (
            self.in_force_until is None or day < self.in_force_until
        )

    @property
    def all_paragraphs(self) -> tuple[Paragraph, ...]:
        return (self.chapeau, *self.offences, *self.other_paragraphs)
