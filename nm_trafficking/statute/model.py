"""The shapes a dated text of a trafficking law is written in: paragraphs, elements, tests,
grading or penalties, case law, and the law itself with its dated versions.

Two jurisdictions share these shapes: NMSA § 30-52-1 (:class:`StatuteVersion`: grading by the
victim's age, subsections B, D, E) and 18 U.S.C. §§ 1589, 1590, 1591 (:class:`FederalVersion`:
penalty bands, and a verification :class:`Label` on every paragraph, because the federal
wording was checked only against copies of the Code). Both are a :class:`TextVersion`: the
engine, the compiler, the verdicts, the explanations and the counts know nothing else.

These are plain, frozen data. Nothing here knows about durable_rules: ``nm_trafficking.rules``
compiles the element tests into engine rules, ``nm_trafficking.reasoning`` turns what the rules
found into verdicts, counts, grades and penalties, and the tests in ``tests/`` check the result
against independent readings of the statute texts.

An element is decided per act of conduct. Each element names

* the statute words it tests (verbatim, and a test checks they occur in the paragraph's text);
* ``established``: alternatives, any one of which establishes the element;
* ``defeated``: alternatives, any one of which defeats it (an explicit negative finding);
* when neither matches, the element is *undetermined* — absence of evidence is never "false".

Reasons are short templates. They may name, in braces, what the explanation knows about the act:
``{act}`` (the verb), ``{actor}`` and ``{person}`` (their ids, as the facts name them),
``{obtained}`` (what (A)(3)'s means were used to obtain, as stated: "V's labor"),
``{act_in_text}`` (whether the verb is in this text, and where), ``{when}`` (the date of the act,
or what is known of it), ``{age}`` (the victim's age at the act), ``{in_force_from}``,
``{version}`` (the text applied, named as the summary names it), ``{version_from}`` (that
name, and the text's first day where the name does not give it), ``{citation}`` (the
paragraph, as prose cites it in the text applied, without the title: ``§ 1590(a)``;
``§ 1590`` where the pre-2008 text, one paragraph, may apply) and ``{not_buyer}`` (why
the act is read as not the actor's own purchase: stated so, or nothing stated and no consumer
role).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property
from itertools import pairwise
from typing import Any, Literal, TypeVar

from nm_trafficking.statute import ages

Operator = Literal["eq", "lt", "ge", "in", "not_in"]

ACT = "act"
"""The path of the conduct's verb in the engine fact."""

BUYER = "buyer"
"""The path of the context fact "the actor acted as a buyer" (always "true" or "false")."""

SEX_ACT_WITH_MEANS = "federal.as_to_commercial_sex_act.with_the_means"
"""§ 1591(a): the stated knowledge or reckless disregard of a commercial sex act, read with the
means facts (always present in a federal engine fact): one of the values below. Each means fact
is knowledge (or reckless disregard) that the means "will be used to cause the person to engage
in a commercial sex act"; a commercial sex act stated not known leaves no means known to be used
to cause one, and neither known nor disregarded leaves none disregarded either."""

SEX_ACT_OPEN = "open"
"""Knowledge of a commercial sex act is not stated absent."""
SEX_ACT_NOT_KNOWN = "not_known"
"""Not known (reckless disregard true or not stated), and no means stated known."""
SEX_ACT_NEITHER = "neither"
"""Neither known nor recklessly disregarded, and no means stated known or disregarded."""
SEX_ACT_CONTRADICTS_KNOWLEDGE = "contradicts_knowledge"
"""Not known, reckless disregard not stated, yet a means stated known to be used to cause one:
a contradiction as to knowledge (a means stated disregarded still serves)."""
SEX_ACT_KNOWLEDGE_CONTRADICTED_DISREGARDED = "contradicts_knowledge_disregarded"
"""Not known but recklessly disregarded, yet a means stated known to be used to cause one: a
contradiction as to knowledge only. Either way the actor at least recklessly disregarded that
the means will be used to cause one (knowing the means, disregarding the commercial sex act),
which serves wherever reckless disregard does (not advertising)."""
SEX_ACT_CONTRADICTS_BOTH = "contradicts_both"
"""Neither known nor disregarded, yet a means stated known to be used to cause one: a
contradiction as to knowledge and reckless disregard."""
SEX_ACT_CONTRADICTS_DISREGARD = "contradicts_disregard"
"""Neither known nor disregarded, no means stated known, yet one stated recklessly disregarded:
a contradiction (only as to reckless disregard)."""
SEX_ACT_KNOWLEDGE_CONTRADICTED = (
    SEX_ACT_CONTRADICTS_KNOWLEDGE,
    SEX_ACT_KNOWLEDGE_CONTRADICTED_DISREGARDED,
    SEX_ACT_CONTRADICTS_BOTH,
)
"""The commercial sex act stated not known, against a means stated known: that knowledge
decides nothing."""
SEX_ACT_DISREGARD_CONTRADICTED = (SEX_ACT_CONTRADICTS_BOTH, SEX_ACT_CONTRADICTS_DISREGARD)
"""The commercial sex act stated neither known nor disregarded, against a means stated known
or disregarded: that absence of reckless disregard decides nothing, nor does reckless disregard
of a means."""
SEX_ACT_CONTRADICTIONS = (*SEX_ACT_KNOWLEDGE_CONTRADICTED, SEX_ACT_CONTRADICTS_DISREGARD)

CHECK_ONLY = frozenset({SEX_ACT_WITH_MEANS})
"""Context facts read from other facts only to check them against each other: an element's
facts (what decided it, what it lacks) never name them (:attr:`Alternative.paths`)."""

VICTIM_AGE = "victim_age"
"""The prefix of the victim's age at the act in the engine fact (``victim_age.lo``/``.hi``)."""


@dataclass(frozen=True)
class Label:
    """How far the wording of a text was verified (the federal reference's own labels): ``[P]``
    seen in a primary source, ``[S]`` only in secondary copies of the Code, ``[R]``
    reconstructed from the amendment notes. ``meaning`` says it in words, for the output."""

    code: str
    meaning: str

    def __str__(self) -> str:
        return f"{self.code} {self.meaning}"


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
    facts: tuple[str, ...] | None = None
    """The facts the reason rests on, where they are not the paths the tests read: a test of a
    fact read from others (:data:`SEX_ACT_WITH_MEANS`) names those others here."""

    @cached_property
    def paths(self) -> tuple[str, ...]:
        """The facts that decide the element when this alternative matches, in order: ``facts``,
        else the paths its tests read, without those only read to check facts against each
        other (:data:`CHECK_ONLY`)."""
        if self.facts is not None:
            return self.facts
        return tuple(t.path for t in self.tests if t.path not in CHECK_ONLY)


@dataclass(frozen=True)
class Element:
    """One element of an offense paragraph."""

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
    brief: str | None = None
    """What the element is about in a few words, for one-line summaries ("a benefit" -> "a
    benefit not established"); the label when not given."""
    also_words: str | None = None
    """More statute words the element applies, verbatim, from another paragraph (e.g. the
    § 1591(c) "reasonable opportunity to observe" rule for the age element)."""
    also_words_from: str | None = None
    verification: Label | None = None
    """The verification label of the words, where it differs from their paragraph's."""
    point_of_law: bool = False
    """The element can be left open only by an open point of law (e.g. whether the 2008 verbs
    reach a buyer's own purchase): what is still needed for it is a court's decision, not
    evidence."""
    question: str | None = None
    """The element as a question about one act, for "what is still needed": a template that may
    name ``{actor}``, ``{person}``, ``{when}`` (e.g. "when recruiting V on 10 March 2018") and
    ``{act}`` (e.g. "the recruiting of 10 March 2018"). Without one, the element's label is
    used."""
    knowledge_only: tuple[str, ...] = ()
    """Acts (verbs) for which only knowledge serves (§ 1591's advertising carve-out): for such
    an act the question is :attr:`question_if_knowledge_only`."""
    knowledge_only_act: str = "act"
    """The fact that names the act :attr:`knowledge_only` is about: the actor's own act, or the
    venture's (``federal.venture.act``) under § 1591(a)(2)."""
    question_if_knowledge_only: str | None = None
    brief_if_knowledge_only: str | None = None
    """:attr:`brief` for an act :attr:`knowledge_only` is about ("knowledge of the person's
    age": reckless disregard does not serve)."""
    unknown_if_knowledge_only: str | None = None
    """:attr:`unknown_reason` for an act :attr:`knowledge_only` is about."""

    def knowledge_only_for(self, conduct: Any) -> bool:
        """Only knowledge serves for the act ``conduct`` (the verb at
        :attr:`knowledge_only_act` is one of :attr:`knowledge_only`)."""
        if not self.knowledge_only:
            return False
        found: Any = conduct
        for part in self.knowledge_only_act.split("."):
            found = getattr(found, part, None)
        return getattr(found, "value", found) in self.knowledge_only

    @cached_property
    def paths(self) -> tuple[str, ...]:
        """Every fact path this element tests, in order (not those only read to check facts
        against each other, :data:`CHECK_ONLY`: what an undetermined element lacks is the
        facts themselves)."""
        return tuple(
            dict.fromkeys(
                t.path
                for a in (*self.established, *self.defeated)
                for t in a.tests
                if t.path not in CHECK_ONLY
            )
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
    question: str | None = None,
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
        question=question,
    )


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of the section, with its verbatim text (and, for the federal texts, how far
    that wording was verified)."""

    citation: str
    title: str
    text: str
    label: Label | None = None


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
    minor_note_from: tuple[int, str] | None = None
    """(an age, a note): said instead of :attr:`minor_note` where the minor may have been that
    age or older at the act (other law the note names may reach younger children only)."""
    minor_note_apart: tuple[str, str] | None = None
    """(a fact path, a note): said instead of :attr:`minor_note` (and :attr:`minor_note_from`)
    where the act's facts leave out what that fact names: it is not stated true, and it is
    stated false or another option of its element is stated true (e.g. a benefit from a minor's
    labor or services: the other law :attr:`minor_note` names is of sex offenses)."""
    group: str = ""
    """The statute paragraph this offense belongs to, when several offenses (prongs) share
    one, e.g. ``18 U.S.C. § 1591(a)(1)`` for its force-fraud-coercion and minor prongs."""
    elements_from: str | None = None
    """Where the list of elements comes from (a pattern jury instruction, or the text), with
    its label."""
    in_text: bool = True
    """False for an offense this text does not have (e.g. § 1589(b) in the 2000 text) or a
    period for which no text is encoded: ``text`` then says so, and is not statute words."""
    grading: Grading | None = None
    """The paragraph's own grade rule, when its text gives one (e.g. a paragraph with one grade
    whatever the victim's age); ``None``: the text's subsection C
    (:meth:`StatuteVersion.grading_of`)."""

    @property
    def paragraph_citation(self) -> str:
        """``group`` when set, else the citation."""
        return self.group or self.citation

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
    basic_sentence: str | None = None
    """The basic sentence of imprisonment for the grade (NMSA 1978, § 31-18-15), if known."""
    basic_sentence_label: str = ""
    """The verification label of that figure ([P], [S])."""


@dataclass(frozen=True)
class GradeBand:
    """Victim under ``under_age`` at the time of the offense -> ``grade``."""

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
        return self.default, self.citation, f"the victim was {top} or older"

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


_P = TypeVar("_P", bound="Paragraph")
_T = TypeVar("_T")


def _first_by_citation(paragraphs: Sequence[_P]) -> dict[str, _P]:
    """Each citation's first paragraph (the one a search in order finds)."""
    index: dict[str, _P] = {}
    for p in paragraphs:
        index.setdefault(p.citation, p)
    return index


@dataclass(frozen=True, kw_only=True)
class TextVersion:
    """One dated text of a law (§ 30-52-1, or one section of title 18). An amendment is a new
    version; its ``in_force_until`` is derived from the next version
    (``nm_trafficking.statute.chain``). Everything the engine, the verdicts, the explanations
    and the counts need is here; the subclasses add what one jurisdiction has."""

    id: str
    """Unique across every law (the engine keys compiled rulesets by it)."""
    section: str
    """The section number, e.g. ``30-52-1`` or ``1591``."""
    citation: str
    enacted_by: str
    source: str
    in_force_from: date
    in_force_from_status: str
    """How sure the start date is, e.g. "reported, not verified"."""
    chapeau: Paragraph
    offences: tuple[OffenceParagraph, ...]
    commentary: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    """Readings of this text the output states, keyed by note kind."""
    unverified: tuple[str, ...] = ()
    label: Label | None = None
    """How far the wording of this text was verified (federal texts)."""
    cited: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    """How prose cites an offense of this text whose key (its ``citation``, which the engine,
    the counts and the JSON use) names a subsection the text does not have: the 2000 text of
    § 1589 has no subsections, so its offense keyed ``18 U.S.C. § 1589(a)`` is cited
    ``18 U.S.C. § 1589`` (``citations.cited``). A key not listed is cited as it is."""
    cited_in: str = ""
    """The text in a few words, where :attr:`cited` differs from the keys: ``the 2000 text``
    (said beside a key's own form when a sentence speaks of acts under several texts)."""
    encoded: bool = True
    """False for a period with no text encoded (before a section existed, or a gap): its
    offenses hold only the temporal element."""
    ends: date | None = None
    """The end of a period stated by its maker (a gap, the period before a section existed, a
    what-if text); a version of a law's chain leaves it ``None``: its end is derived from the
    next version's start by :func:`chain` and looked up by :attr:`in_force_until`."""
    derived: dict[str, Any] = field(
        default_factory=dict, init=False, repr=False, compare=False, hash=False
    )
    """A cache for what other modules derive from this version (filled on first use, by
    :meth:`derive`)."""

    @property
    def in_force_until(self) -> date | None:
        """The day this text stopped being in force (exclusive; ``None``: still in force):
        ``ends`` when stated, else the start of the next version in the chain this very object
        was last registered in (:func:`chain`): the object a reader finds in ``vYYYY`` is the
        object applied, and its end date is never a copy."""
        if self.ends is not None:
            return self.ends
        found = _CHAINED.get(id(self))
        return found[1] if found is not None and found[0] is self else None

    def derive(self, key: str, make: Callable[[], _T]) -> _T:
        """What ``make()`` gives, made once per text and kept in :attr:`derived` under ``key``:
        for what is worked out from the statute data alone (never from a fact pattern)."""
        try:
            found: _T = self.derived[key]
        except KeyError:
            found = self.derived[key] = make()
        return found

    @cached_property
    def citations(self) -> tuple[str, ...]:
        """The offenses' citations, in order."""
        return tuple(p.citation for p in self.offences)

    @property
    def other_paragraphs(self) -> tuple[Paragraph, ...]:
        """Everything that is not the chapeau or an offense, in statute order."""
        return ()

    @property
    def all_paragraphs(self) -> tuple[Paragraph, ...]:
        """The chapeau (unless it is itself an offense's paragraph, as in § 1590(a)), the
        offenses and the other paragraphs."""
        if self.chapeau.citation in self.citations:
            return (*self.offences, *self.other_paragraphs)
        return (self.chapeau, *self.offences, *self.other_paragraphs)

    @cached_property
    def verbs(self) -> tuple[str, ...]:
        """Every verb the text covers, from the offenses' conduct elements."""
        return tuple(dict.fromkeys(v for p in self.offences for v in p.verbs))

    @cached_property
    def _paragraphs_by_citation(self) -> dict[str, Paragraph]:
        return _first_by_citation(self.all_paragraphs)

    @cached_property
    def _offences_by_citation(self) -> dict[str, OffenceParagraph]:
        return _first_by_citation(self.offences)

    def paragraph(self, citation: str) -> Paragraph:
        """The paragraph with this citation (``KeyError`` if the text has none)."""
        return self._paragraphs_by_citation[citation]

    def offence(self, citation: str) -> OffenceParagraph:
        """The offense with this citation (``KeyError`` if the text has none)."""
        return self._offences_by_citation[citation]

    def in_force_on(self, day: date) -> bool:
        return self.in_force_from <= day and (
            self.in_force_until is None or day < self.in_force_until
        )

    def paragraph_with_verb(self, verb: str) -> OffenceParagraph | None:
        """The first offense whose conduct element the verb establishes."""
        return next((p for p in self.offences if verb in p.verbs), None)

    @property
    def leap_day_open_point(self) -> str:
        """How the open 29 February point is worded for this law (``statute.ages``)."""
        return ages.LEAP_DAY_OPEN_POINT


@dataclass(frozen=True, kw_only=True)
class StatuteVersion(TextVersion):
    """One dated text of § 30-52-1: grading by the victim's age (C), who may prosecute (B),
    other offenses (D), the victim not an accessory (E), and the case law that construes it."""

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

    @property
    def other_paragraphs(self) -> tuple[Paragraph, ...]:
        """B, the paragraphs of C, D, E: everything that is not an offense, in statute order."""
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

    def grading_of(self, paragraph: OffenceParagraph) -> Grading:
        """The grade rule of an act that meets ``paragraph``: its own, else subsection C."""
        return paragraph.grading if paragraph.grading is not None else self.grading

    @property
    def gradings(self) -> tuple[Grading, ...]:
        """Every grade rule of this text: subsection C, then the paragraphs' own, in order."""
        found = [self.grading]
        for p in self.offences:
            if p.grading is not None and p.grading not in found:
                found.append(p.grading)
        return tuple(found)

    @property
    def grades(self) -> tuple[Grade, ...]:
        """Every grade of this text, least serious first."""
        return tuple(sorted({g for r in self.gradings for g in r.grades}, key=lambda g: g.severity))

    def case(self, key: str) -> CaseLaw:
        for c in self.case_law:
            if c.key == key:
                return c
        raise KeyError(key)


# --- federal penalties ----------------------------------------------------------------------


@dataclass(frozen=True)
class PenaltyBand:
    """A punishment the text states, e.g. § 1591(b)(2): a fine and not less than 10 years or
    life. ``severity``: a larger number is more serious."""

    id: str
    citation: str
    words: str
    """The punishment, verbatim from ``words_from``."""
    words_from: str
    summary: str
    """The punishment in plain words."""
    minimum_years: int | None
    maximum: str
    """``"life"`` or a number of years, e.g. ``"20 years"``."""
    severity: int


@dataclass(frozen=True)
class AgeAndMeansPenalty:
    """§ 1591(b): (b)(1) if the offense was effected by means of force, threats of force, fraud
    or coercion, or the person was under 14; (b)(2) if it was not so effected and the person
    was 14 to 17. The verbs of (b) are listed: a verb it does not list (maintained) states no
    punishment; a verb in ``open_verbs`` leaves it open."""

    effected_or_under_14: PenaltyBand
    not_effected_14_to_17: PenaltyBand
    band_verbs: tuple[str, ...]
    open_verbs: tuple[str, ...] = ()
    means_words: str = ""
    under_14_words: str = ""
    fourteen_to_17_words: str = ""
    means: tuple[str, ...] = ()
    """The ``offense_effected_by`` facts (the means of (b)(1))."""


@dataclass(frozen=True)
class MaximumPenalty:
    """§§ 1589(d), 1590(a): a fine or not more than 20 years, or both; any term of years or
    life if death results or the violation includes one of ``aggravations``."""

    base: PenaltyBand
    aggravated: PenaltyBand
    aggravations: tuple[str, ...]
    """The ``aggravation`` facts this text lists."""


@dataclass(frozen=True, kw_only=True)
class FederalVersion(TextVersion):
    """One dated text of a section of title 18 (§ 1589, § 1590 or § 1591), or a period for
    which the reference gives no text (``encoded`` false)."""

    law: str
    """The law's id, e.g. ``usc_1591``."""
    paragraphs: tuple[Paragraph, ...] = ()
    """Every paragraph that is not the chapeau or an offense, in statute order."""
    penalty: AgeAndMeansPenalty | MaximumPenalty | None = None
    cautions: tuple[str, ...] = ()
    """Said on every finding judged under this text (effective dates, later amendments)."""
    candidates: tuple[FederalVersion, ...] = ()
    """For a period with no text applied because which of several encoded texts was in force is
    UNVERIFIED (the 2008 effective-date window of § 1589): those texts. An act in the period
    whose every prong comes out the same under each of them is given that result (under the
    newest); otherwise every prong stays undetermined."""
    start_unverified: str = ""
    """When the text is applied from :attr:`in_force_from` although the date it took this
    wording is UNVERIFIED (§ 1590: the date (b) was added): the words its name gives in
    parentheses after the citation (what the text is, and what is unverified), instead of "as
    amended" on that date."""

    @property
    def other_paragraphs(self) -> tuple[Paragraph, ...]:
        return self.paragraphs

    @property
    def enactment_day(self) -> bool:
        """A period of one day whose candidate texts are the one before and the one from that
        day: the day a later text was enacted, its effective date UNVERIFIED (§ 1591 on 29 May
        2015 and 11 April 2018). Not listed apart among the texts in force (``TextInForce``)."""
        until = self.in_force_until
        one_day = until is not None and until == self.in_force_from + timedelta(days=1)
        return bool(self.candidates) and one_day

    @property
    def leap_day_open_point(self) -> str:
        return ages.LEAP_DAY_OPEN_POINT_FEDERAL


@dataclass(frozen=True)
class Law:
    """A law assessed by this library: its dated versions, and the periods for which it
    states no version (before the section existed; gaps with no text encoded).

    ``version_for`` gives the text for a date: a gap first (no version encoded: every element
    undetermined), then the version in force, then ``before`` (the section did not exist: not
    met)."""

    id: str
    """``nm_30_52_1``, ``usc_1591``, ``usc_1589``, ``usc_1590``."""
    citation: str
    title: str
    jurisdiction: Literal["state", "federal"]
    versions: tuple[TextVersion, ...]
    """The dated texts, oldest first, end dates derived (``statute.chain``)."""
    enacted: date | None = None
    """The section did not exist before this date (federal: conduct before it is not met)."""
    enacted_status: str = ""
    before: TextVersion | None = None
    """The period before ``enacted`` (no text: the temporal element is not met)."""
    gaps: tuple[TextVersion, ...] = ()
    """Periods with no version encoded (each a version with ``encoded`` false, dated by its
    own ``in_force_from`` / ``in_force_until``); they take precedence over ``versions``."""
    short: str = ""
    """How one-line summaries name it, e.g. ``NM 30-52-1``."""
    undated: TextVersion | None = None
    """The period for an act whose date is not stated and whose possible dates span more
    than one text (no version encoded: every element undetermined). ``None``: the newest text
    is assumed (§ 30-52-1's rule)."""
    commercial_sex_only: bool = False
    """The section reaches commercial sex acts only, not labor or services (§ 1591): where the
    facts state labor or services and no commercial sexual activity, that is what separates it
    from § 30-52-1(A)(1) and (A)(3)."""
    labor_or_services: bool = False
    """The section reaches the labor or services of a person (§§ 1589, 1590): its questions are
    put on a pair's first screen only where a fact of an act puts the person's labor or
    services at issue (:func:`~nm_trafficking.facts.federal_reading.labor_at_issue`); otherwise
    the law's line says that none is stated. Never a status: that rests on the facts alone."""

    @cached_property
    def all_versions(self) -> tuple[TextVersion, ...]:
        """Every version and period of this law, by start date (worked out once per law: its
        versions, gaps and the period before it are fixed when it is made)."""
        found = [*self.versions, *self.gaps]
        if self.before is not None:
            found.append(self.before)
        return tuple(sorted(found, key=lambda v: (v.in_force_from, v.encoded)))

    def version_for(self, day: date) -> tuple[TextVersion, bool | None]:
        """The text for conduct on ``day`` and whether it was in force: ``True`` for a version
        in force, ``None`` for a gap (no version encoded), ``False`` before the section existed
        (or before the first version, for a law without ``before``)."""
        for gap in self.gaps:
            if gap.in_force_on(day):
                return gap, None
        for version in self.versions:
            if version.in_force_on(day):
                return version, True
        if self.before is not None and self.before.in_force_on(day):
            return self.before, False
        return self.versions[0], False

    def version(self, version_id: str) -> TextVersion:
        for v in self.all_versions:
            if v.id == version_id:
                return v
        raise KeyError(version_id)


V = TypeVar("V", bound=TextVersion)

_CHAINED: dict[int, tuple[TextVersion, date | None]] = {}
"""Each chained version's end date, by the identity of the version object (the object is kept
with it, so an id is never reused while it is listed)."""


def chain(enacted: tuple[V, ...]) -> tuple[V, ...]:
    """The versions themselves (not copies), each one's end date registered as the next one's
    start (the newest stays open-ended; see :attr:`TextVersion.in_force_until`). Raises
    ``ValueError`` if they are not in strictly increasing date order. Chaining the same objects
    again (e.g. after a test's extra text is removed) registers their ends again."""
    for earlier, later in pairwise(enacted):
        if later.in_force_from <= earlier.in_force_from:
            raise ValueError(f"version {later.id} does not start after {earlier.id}")
    ends = [v.in_force_from for v in enacted[1:]]
    for version, until in zip(enacted, (*ends, None), strict=True):
        _CHAINED[id(version)] = (version, until)
    return enacted
