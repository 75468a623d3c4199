"""The answer first: the summary of an assessment (output contract 2.0).

Per defendant and victim and per law: the status; per act (a potential count): its date, the
text applied, the victim's age at it, each paragraph's or prong's status and the grade or
penalty (the New Mexico degree with its basic sentence); then the pair's grade, floor and
possible grades; what is still needed, as questions naming the act by its verb and date
(points of law marked as such, not as missing evidence); the notes, each once per assessment,
saying which pairs they concern.

It is the default view of every surface (``detail="summary"``); the element trees are one
step away (``detail="elements"``) and the whole 1.x document two (``detail="full"``).
This module holds the models only; ``reasoning.summary`` builds them, the questions
(what is still needed) ``reasoning.needed``. Like the models of
``nm_trafficking.results``, they are to be treated as read-only; those made by the dozen per
assessment are not frozen (a frozen dataclass's ``__init__`` is four times slower), the small
value kept once per text (:class:`TextInForce`) is.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from datetime import date
from typing import ClassVar, Literal

from nm_trafficking import words
from nm_trafficking.reasoning.no_act import NO_ACT
from nm_trafficking.results import DateSpan, Status, doc

Detail = Literal["summary", "elements", "full"]
"""How much an output gives: the summary; the summary and each paragraph's elements; or
everything (the summary and the whole 1.x document)."""
DETAILS: tuple[Detail, ...] = ("summary", "elements", "full")

QuestionKind = Literal["fact", "point_of_law"]


_NONE_STATED = (
    "a federal section only: the text may state no punishment for what is found (18 U.S.C. "
    "§ 1591(b) read literally: an offense not effected by force, threats of force, fraud or "
    "coercion against a person 18 or older, or by a verb (b) does not list; UNVERIFIED), an "
    "outcome beside the bands in possible (possible empty: the only one); present only when "
    "true, never for § 30-52-1 (since 2.2.0)"
)


@dataclass(slots=True)
class Grading:
    """A pair's grade (§ 30-52-1) or penalty (a federal section), as far as the facts settle
    it."""

    OMIT_EMPTY: ClassVar[tuple[str, ...]] = ("none_stated_possible",)

    certain: str | None = field(
        metadata=doc("the grade (or band) when no more serious one remains possible")
    )
    floor: str | None = field(
        metadata=doc("the most serious grade (or band) an act that meets the law carries")
    )
    possible: list[str] = field(metadata=doc("the grades (or bands) possible, most serious first"))
    words: str = field(metadata=doc("in words, with the basic sentence or the punishment"))
    none_stated_possible: bool = field(default=False, metadata=doc(_NONE_STATED))


CautionKind = Literal[
    "sting", "indian_country", "also_victim", "child_defendant", "evidence_against_means"
]
"""What a caution on a pair's § 30-52-1 line is about (an open vocabulary: a minor version may
add kinds)."""


@dataclass(slots=True)
class Caution:
    """A point beside the elements that may decide whether, or how, the pair's defendant can be
    prosecuted for what § 30-52-1's line finds, or that a reader of the line must check: the
    status and the grade stand (contract 2.6.0)."""

    kind: CautionKind = field(
        metadata=doc(
            "sting: an act is a sting (the person not the minor the actor believed): why the "
            "minor offense's paragraph is not met, by the person's age (the attempt it leaves "
            "is in the pair's `related`); "
            "indian_country: an act that meets or may meet § 30-52-1 is stated to have taken "
            "place in Indian country, and what the persons' stated status as Indians settles "
            "of the State's jurisdiction (related-law § 5: McBratney, Castro-Huerta, Romero); "
            "also_victim: the defendant is, or may be, a trafficking victim too (the acts "
            "toward the defendant that meet or may meet § 30-52-1, else the indicators on file, "
            "else the label victim; § 30-52-1(E) bars only a charge as an accessory); "
            "child_defendant: the "
            "defendant was, or may have been, under eighteen at such an act (the Children's "
            "Code may govern, NMSA 1978, § 32A-2-3(A); the basic sentence shown is an adult's); "
            "evidence_against_means: an act states a means (force, fraud, coercion) neither "
            "intended nor known (benefiting: not known to have been used), and indicators of "
            "that means by the actor toward the person are on file (counted: evidence, not a "
            "finding; the stated fact decides; also on a line not met)"
        )
    )
    text: str = field(
        metadata=doc(
            "the caution in words, one or two sentences ending with a period, as the text "
            "summary gives it on the law's line"
        )
    )


@dataclass(slots=True)
class LawStatus:
    """One defendant and one victim under one law."""

    law: str = field(metadata=doc("the law's id: nm_30_52_1, usc_1591, usc_1589, usc_1590"))
    name: str = field(metadata=doc("the law by its citation, e.g. NMSA 1978, § 30-52-1"))
    status: Status = field(metadata=doc("met if any act meets it; undetermined if any may"))
    paragraphs: dict[str, Status] = field(metadata=doc("each paragraph (or prong) over all acts"))
    grading: Grading
    not_asked: str | None = field(
        default=None,
        metadata=doc(
            "why none of this law's questions is in `needed`, in a clause: no fact of the "
            "pair's acts puts the person's labor or services (§§ 1589, 1590), or a commercial "
            "sex act by the person (§ 1591), at issue; the status is unaffected and the "
            "elements are at detail=elements (absent when its questions are asked; since "
            "2.4.0)"
        ),
    )
    cautions: list[Caution] = field(
        default_factory=list,
        metadata=doc(
            "§ 30-52-1 met or undetermined: the points beside the elements that may decide "
            "whether, or how, the defendant can be prosecuted for it (a sting's reason, Indian "
            "country, a defendant who is also a victim, a defendant under eighteen, evidence on "
            "file against a stated means), in the order the text summary gives them after the "
            "grade; not met: only the evidence against a stated means, after the reason; the "
            "status and the grade stand (absent when there is none, and for a federal section; "
            "since 2.6.0)"
        ),
    )
    open_beside: list[str] = field(
        default_factory=list,
        metadata=doc(
            "met: the paragraphs (or prongs) of `paragraphs` still open, at an act that meets "
            "another, to which a fact of that act points (as the court form drafts them); the "
            "line names them open, and their questions are in `needed` with `beside_met` "
            "(absent when there is none; since 2.7.0)"
        ),
    )
    _why: str | None = field(default=None, repr=False, compare=False)
    _cited: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    """How prose cites a paragraph key of :attr:`paragraphs` in the texts of the acts that give
    it its status, where that differs from the key (``citations.cited``: ``§ 1589`` in
    the 2000 text, which has no subsections)."""

    OMIT_EMPTY: ClassVar[tuple[str, ...]] = ("not_asked", "cautions", "open_beside")

    def cited(self, citation: str) -> str:
        """The paragraph keyed ``citation`` as prose cites it on this line, without the title
        (``§ 1591(a)(1) minor``, ``(A)(2)``; ``§ 1589`` in the 2000 text)."""
        return self._cited.get(citation) or words.paragraph_short(citation)

    @property
    def why(self) -> str | None:
        """What the line says after its grade: § 30-52-1 not met: why, then the ``cautions``;
        met or undetermined: the ``cautions`` (a sting's reason, Indian country, a defendant
        also a victim or under eighteen, the evidence on file against a stated means: their
        words, from that field); a federal section: why its status differs from § 30-52-1's
        in this case (None where there is nothing to say). The pair's ``comparison`` says what
        separates the laws instead (``reasoning.side_by_side.separators``)."""
        if not self.cautions:
            return self._why
        said = [self._why] if self._why else []
        said += [c.text.removesuffix(".") for c in self.cautions]
        return ". ".join(said)


PeriodKind = Literal["years", "none", "open", "life"]
"""A limitation period: a number of years; no period at all (18 U.S.C. § 3299; § 30-1-8(I) if
a first degree offense is a 'first degree violent felony'); or open (the source leaves it
unsettled: § 3299 for an undated act)."""


@dataclass(slots=True)
class LimitationPeriod:
    """One limitation period that applies, or may apply, to a count under one law, and whether
    it has passed on the day of the assessment: a dated warning, never a finding (the library
    has neither the charging date nor the facts that toll a period). Contract 2.4.0."""

    OMIT_EMPTY: ClassVar[tuple[str, ...]] = ("grade", "applies_if")

    citation: str = field(
        metadata=doc(
            "the provision giving the period, e.g. NMSA 1978, § 30-1-8(B), 18 U.S.C. § 3298, "
            "18 U.S.C. § 3299, 18 U.S.C. § 3282(a)"
        )
    )
    kind: PeriodKind = field(
        metadata=doc(
            "years: a period of years; none: no limitation period (never passes); open: the "
            "source leaves the period unsettled; life: the victim's life or ten years, whichever "
            "is longer (18 U.S.C. § 3283, a child victim; the library knows no death, so never "
            "passed)"
        )
    )
    years: int | None = field(metadata=doc("the period in years (null: none or open)"))
    last_day: date | None = field(
        metadata=doc(
            "the period's last day, counted from the act's date (null: none, open, or the act's "
            "date not stated)"
        )
    )
    passed: bool | None = field(
        metadata=doc(
            "true: the last day is before the day of the assessment (unless tolled); false: it "
            "is not, or there is no period; null: not known (the act's date not stated and the "
            "days it can have happened on, for its grade, do not decide it; or the period open), "
            "never false for that. An act whose date is not stated: true where the period ends "
            "before that day however late the act was, false where it does not however early "
            "(since 2.4.0; an undated act's possible days read after 2.5.0, no field change)"
        )
    )
    grade: str | None = field(
        default=None,
        metadata=doc(
            "§ 30-52-1: the grade whose period it is, by id (present when the count may carry "
            "that grade; a count whose grade is open has one period per possible grade)"
        ),
    )
    applies_if: str | None = field(
        default=None,
        metadata=doc(
            "when another period may apply instead: the condition under which this one does, "
            "in words (e.g. § 1591 before 27 July 2006: § 3299 or § 3282(a)); absent when it "
            "applies whatever is decided (but the grade, for § 30-52-1)"
        ),
    )
    _by: date | None = field(default=None, repr=False, compare=False)
    """An act whose date is not stated (``last_day`` null): where ``passed`` is known, the day
    that decides it: the latest the last day can be (passed), or the earliest (not passed), from
    the days the act can have happened on for its grade (review N4 of session 7)."""

    @property
    def by(self) -> date | None:
        """The day that decides ``passed`` for an act whose date is not stated (``_by``)."""
        return self._by


@dataclass(slots=True)
class ActUnderLaw:
    """One act judged under one law: a potential count."""

    OMIT_EMPTY: ClassVar[tuple[str, ...]] = ("none_stated_possible", "periods")

    text: str = field(metadata=doc("the text applied, by its name and verification label"))
    text_version: str | None = field(
        metadata=doc(
            "the id of that text (or period); null where the act was judged under several "
            "texts and the answers combined (an undated act whose possible days span texts; an "
            "act in the 2008 window whose § 1589 texts give it different results): no single "
            "text applies, as in the full document (null since 2.4.0)"
        )
    )
    status: Status
    statuses: dict[str, Status] = field(metadata=doc("each paragraph's (or prong's) status"))
    grade: str | None = field(metadata=doc("the grade (or band) when the facts fix one"))
    possible: list[str] = field(metadata=doc("the grades (or bands) possible, most serious first"))
    words: str = field(metadata=doc("the grade or penalty in words"))
    limitation: str | None = field(
        default=None,
        metadata=doc(
            "the limitation period as a dated warning, never a finding (null: the act meets "
            "nothing, or a federal section's questions are not asked for the pair: its "
            "not_asked); the library has neither the charging date nor tolling facts"
        ),
    )
    deadline: date | None = field(
        default=None,
        metadata=doc(
            "the last day of the earliest limitation period that may apply, a dated warning "
            "(null: none ends, or none computed)"
        ),
    )
    deadlines: dict[str, date | None] | None = field(
        default=None,
        metadata=doc(
            "where more than one grade is possible: each possible "
            "grade's last day, by the grade's id (null: its period is open or there is none); "
            "a later grade's period may not have passed when the earliest has (since 2.1.0)"
        ),
    )
    none_stated_possible: bool = field(default=False, metadata=doc(_NONE_STATED))
    limitation_passed: bool | None = field(
        default=None,
        metadata=doc(
            "whether the limitation period has passed on the day of the assessment (unless "
            "tolled): true: every period that may apply has; false: none has (a period of none "
            "never passes); null: not known (the act's date not stated and the days it can "
            "have happened on do not decide it, a period open), or it "
            "turns on the grade or on which rule applies (then periods gives each), or the act "
            "meets nothing (since 2.4.0)"
        ),
    )
    periods: list[LimitationPeriod] = field(
        default_factory=list,
        metadata=doc(
            "where more than one limitation period may apply (one per possible grade for "
            "§ 30-52-1; both rules where which applies is open): each, with its last day and "
            "whether it has passed (absent where one period or none applies: limitation, "
            "deadline and limitation_passed say it; since 2.4.0)"
        ),
    )
    _all_periods: list[LimitationPeriod] = field(default_factory=list, repr=False, compare=False)
    _cited: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    """How prose cites a paragraph key of :attr:`statuses` in the text (or texts) the act was
    judged under, where that differs from the key (``citations.cited``)."""

    def cited(self, citation: str) -> str:
        """The paragraph keyed ``citation`` as prose cites it for this act, without the title
        (``words.paragraph_short``)."""
        return self._cited.get(citation) or words.paragraph_short(citation)

    _applies_if: str | None = field(default=None, repr=False, compare=False)

    @property
    def applies_if(self) -> str | None:
        """For an undated act that may predate the text: on what the text applies, in a clause
        ("if the act was on or after 1 July 2008, a date reported, not verified"); else None.
        The count line says it after the text (review B7 of session 9); no field (the act's
        date question and the element ``in_force`` say it in the JSON)."""
        return self._applies_if

    @property
    def all_periods(self) -> list[LimitationPeriod]:
        """Every limitation period that applies or may apply, also where there is one (the
        JSON's ``periods`` gives them only where there are several)."""
        return self._all_periods


@dataclass(slots=True)
class CountSummary:
    """One act of the defendant toward the victim: a potential count under each law."""

    conduct: str = field(metadata=doc("the act's id in the fact pattern"))
    act: str = field(metadata=doc("the verb"))
    name: str = field(metadata=doc("the act by its verb and date, e.g. the recruiting of ..."))
    date: datetime.date | None = field(
        metadata=doc("the act's date (stated, or as_of when assumed)")
    )
    date_assumed: bool
    possible_dates: DateSpan | None = field(
        metadata=doc("for an undated act: the dates it can have happened on")
    )
    victim_age: str | None = field(
        metadata=doc("the victim's age at the act in words, e.g. 15 or 12 to 13 (null: unknown)")
    )
    laws: dict[str, ActUnderLaw] = field(metadata=doc("the act under each law, by law id"))
    county: str | None = field(
        default=None,
        metadata=doc(
            "where the act is stated to have taken place: a county of New Mexico by its name "
            "(e.g. Doña Ana), or 'outside New Mexico' (null: not stated; contract 2.1.0)"
        ),
    )


RelatedKind = Literal["attempt", "conspiracy"]


@dataclass(slots=True)
class RelatedOffense:
    """A related offense of the pair in fields (contract 2.4.0): what its sentence in
    ``related`` says, for a system to read. Its limitation period is its own, by its own grade
    (NMSA 1978, § 30-1-8 [S]; attempts and conspiracies follow their own grade, a reading); a
    § 1594 conspiracy's by its paragraph (18 U.S.C. § 3282(a) or § 3298 [S]; contract 2.5.0); a
    dated warning, never a finding."""

    OMIT_EMPTY: ClassVar[tuple[str, ...]] = ("deadlines",)

    kind: RelatedKind = field(
        metadata=doc(
            "attempt (NMSA 1978, § 30-28-1: the person was not the minor the actor believed) or "
            "conspiracy (NMSA 1978, § 30-28-2: one per agreement; or 18 U.S.C. § 1594(b), (c), "
            "not assessed)"
        )
    )
    citation: str = field(
        metadata=doc(
            "the paragraph that gives the grade, e.g. NMSA 1978, § 30-28-1(C) (the section, "
            "NMSA 1978, § 30-28-2, where the grade is open); a federal conspiracy's paragraph "
            "of § 1594, 18 U.S.C. § 1594(b) or (c) (18 U.S.C. § 1594 where both)"
        )
    )
    name: str = field(
        metadata=doc(
            "the offense by its acts' verbs and dates, e.g. the attempt at the recruiting of "
            "4 July 2020; the conspiracy to commit the recruiting of ... (another's act named "
            "with its actor and person)"
        )
    )
    acts: list[str] = field(
        metadata=doc(
            "the acts it rests on, by their ids in the fact pattern: the act attempted; the acts "
            "agreed to, whoever's they are, in order"
        )
    )
    grades: list[str] = field(
        metadata=doc(
            "its grades possible, most serious first (one: the grade it carries); empty for a "
            "federal conspiracy (§ 1594 gives no grade)"
        )
    )
    established: bool = field(
        metadata=doc(
            "false where its sentence says 'if established': what it rests on is still open "
            "(an attempt: always false, its own overt act and intent are stated by no fact, and "
            "where the person's age is open it exists only if the person was eighteen or older; "
            "a conspiracy, per party: true only where the pair's defendant's own knowing "
            "combination is stated for an act agreed to (his own act's agreement) that is "
            "established, a sting's once the minor offense's elements but the age are stated; "
            "a federal conspiracy: true where an act "
            "agreed to meets a federal section). A conspiracy with an act established may still "
            "list a more serious grade an open act would give"
        )
    )
    deadline: date | None = field(
        metadata=doc(
            "the last day of its earliest limitation period that may apply, a dated warning, "
            "unless tolled (null: counted from a date not stated); a conspiracy's is the latest "
            "it can be: counted from the earliest dated act agreed to, by which the agreement "
            "(not dated) was made; a federal conspiracy's (since 2.5.0; null until then) the "
            "shortest period that may apply: 18 U.S.C. § 3282(a)'s five years for § 1594(c) "
            "(whether § 3299's none reaches it is open), § 3298's ten years for § 1594(b)"
        )
    )
    passed: bool | None = field(
        metadata=doc(
            "every limitation period it may carry ended before the day of the assessment (a "
            "dated warning, unless tolled); false where one has not; null where a date it runs "
            "from is not stated, and for a conspiracy (whose agreement is not dated: each last "
            "day is the latest it can be) wherever even the latest has not passed, and for a "
            "federal conspiracy also where a longer period, or none, may apply (§ 1594(c): "
            "whether § 3299 reaches it is open; § 1594(b) toward a victim who was or may have "
            "been under 18: § 3283, open); null for every federal conspiracy until 2.5.0"
        )
    )
    deadlines: dict[str, date | None] | None = field(
        default=None,
        metadata=doc(
            "where more than one grade is possible: each grade's last day, by the grade's id "
            "(null: counted from a date not stated)"
        ),
    )


@dataclass(slots=True)
class PairSummary:
    """One defendant and one victim: each law, each count, and what separates the laws. A
    party to an agreement (NMSA 1978, § 30-28-2 [S]) with no act of his own toward a person the
    acts agreed to are toward has a pair too, with no laws and no counts: his conspiracy line
    (``related``) alone."""

    OMIT_EMPTY: ClassVar[tuple[str, ...]] = ("related", "related_offenses")

    defendant: str
    victim: str
    laws: list[LawStatus] = field(metadata=doc("each law assessed, the state statute first"))
    counts: list[CountSummary] = field(metadata=doc("each act, in order"))
    comparison: list[str] = field(
        metadata=doc(
            "what separates the laws in this case, one sentence per law (federal reference § 4): "
            "§ 30-52-1's status and why, then each federal section with what sets it apart "
            "here (a buyer's purchase, knowledge of the age, the commerce element, the age bands, "
            "labor against sex...); with § 30-52-1 alone, why it is not met (may be empty)"
        )
    )
    related: list[str] = field(
        default_factory=list,
        metadata=doc(
            "a related offense the notes work out for the pair, one sentence each: an attempt "
            "(NMSA 1978, § 30-28-1) where the person was not the minor the actor believed, "
            "with its grade; a conspiracy (NMSA 1978, § 30-28-2), one per agreement the pair's "
            "defendant is a party to with acts agreed to toward the pair's victim, naming who "
            "agreed and the acts, with its grade (by the highest crime conspired to be "
            "committed); each with its own limitation period (by its own grade; the attempt's "
            "since 2.4.0), grades most serious first; then, where a federal section is assessed, "
            "the conspiracy under 18 U.S.C. § 1594(b) or (c) of each such agreement whose acts "
            "meet or may meet a federal section, naming those sections and the punishment as "
            "§ 1594 states it, not assessed (no grade; since 2.4.0), with its limitation period "
            "(the shortest that may apply, at the latest; since 2.5.0)"
        ),
    )
    related_offenses: list[RelatedOffense] = field(
        default_factory=list,
        metadata=doc(
            "the same related offenses in fields, one per sentence of related, in its order "
            "(since 2.4.0)"
        ),
    )


@dataclass(slots=True)
class Question:
    """Something still to be established (or a point of law to be decided) for one act."""

    text: str = field(metadata=doc("the question, naming the act by its verb and date"))
    kind: QuestionKind = field(
        metadata=doc("fact: evidence could settle it; point_of_law: a court must decide it")
    )
    law: str = field(
        metadata=doc(
            "the law's id (a question one fact settles under several laws, e.g. an undated "
            "act's date: the first of them; `citations` names each)"
        )
    )
    citations: list[str] = field(metadata=doc("the paragraphs or prongs it would settle"))
    element: str = field(metadata=doc("the element's key"))
    defendant: str
    victim: str
    conduct: str = field(metadata=doc("the act's id"))
    also: list[str] = field(
        default_factory=list,
        metadata=doc("other acts of the pair the same question is asked of (their ids)"),
    )
    beside_met: bool = field(
        default=False,
        metadata=doc(
            "true: asked only for a paragraph or prong (`citations`) still open beside one the "
            "act meets, to which a fact of the act points: its answer may establish that "
            "paragraph too, but neither the status nor the grade turns on it; asked after the "
            "pair's other questions (absent when false; since 2.7.0)"
        ),
    )

    OMIT_EMPTY: ClassVar[tuple[str, ...]] = ("beside_met",)

    _cited: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    """How prose cites a key of :attr:`citations` in the texts of the acts asked of, where that
    differs from the key (``citations.cited``)."""

    def cited(self, citation: str) -> str:
        """The paragraph keyed ``citation`` as prose cites it for this question's acts, without
        the title (``words.paragraph_short``)."""
        return self._cited.get(citation) or words.paragraph_short(citation)


@dataclass(slots=True)
class SummaryNote:
    """A note, once per assessment, with the pairs it concerns: its title in the summary, its
    text one step away (``detail="elements"``)."""

    kind: str
    citation: str | None
    title: str = field(metadata=doc("the note in a few words"))
    concerns: list[str] = field(
        metadata=doc("the pairs it concerns, as 'D and V' (empty: the whole assessment)")
    )
    _text: str = field(repr=False, compare=False)

    @property
    def text(self) -> str:
        """The note in full."""
        return self._text


@dataclass(slots=True)
class NoteInFull:
    """A note in full, once per assessment, with the pairs it concerns."""

    kind: str
    citation: str | None
    text: str
    concerns: list[str] = field(
        metadata=doc("the pairs it concerns, as 'D and V' (empty: the whole assessment)")
    )


@dataclass(slots=True)
class Birth:
    """What the facts say of a victim's birth: the earliest and latest possible birth dates
    (the same day for a birth date), as the ages at the acts are computed from them."""

    victim: str
    earliest: date | None = field(
        metadata=doc("the earliest possible birth date (null: the facts do not bound it)")
    )
    latest: date | None = field(
        metadata=doc("the latest possible birth date (null: the facts do not bound it)")
    )
    basis: str = field(metadata=doc("where it comes from, e.g. 'person V: age 15 on 2019-01-01'"))
    birthdays: dict[str, DateSpan] = field(
        default_factory=dict,
        metadata=doc(
            "the birthdays the laws assessed turn on, by age (§ 30-52-1: 13, 16, 18; "
            "§ 1591: 14, 18; §§ 1589, 1590: none): the days each can fall on (one day for a "
            "birth date; empty when the birth is not bounded or no law assessed turns on an "
            "age; only the laws assessed since 2.4.0)"
        ),
    )


@dataclass(frozen=True, slots=True)
class TextInForce:
    """One text (or period) of a law assessed, with the day it came into force and the days
    the library applies it to an act dated on them: from the day it came into force unless a
    period whose text is UNVERIFIED comes first (the 2008 texts of §§ 1589, 1590 and 1591 came
    into force on 23 December 2008 and are applied from 1 January 2010, after the 2008 window:
    ``docs/federal.md``, decision 2), until the day before the next one is applied. A dated act
    is judged under the entry whose applied days hold its date (in the window of § 1589, under
    both texts: the result both give, under the 2008 text, where they agree; on the day a later
    text of § 1591 was enacted, 29 May 2015 or 11 April 2018, under it and the one before, as
    the effective dates are UNVERIFIED)."""

    OMIT_EMPTY: ClassVar[tuple[str, ...]] = ("applied_from",)

    name: str = field(
        metadata=doc(
            "the text by its name and verification label; a period with no text encoded by the "
            "period in words (e.g. an UNVERIFIED effective date)"
        )
    )
    in_force_from: date
    applied_from: date | None = field(
        default=None,
        metadata=doc(
            "the first day the library applies it to an act dated on that day, where that is "
            "later than in_force_from (the 2008 texts: 1 January 2010, after the 2008 window); "
            "absent: from in_force_from (since 2.4.0)"
        ),
    )


AccessoryBar = Literal["applies", "may_apply"]
"""§ 30-52-1(E) for a helper: ``applies`` (an act toward the helper meets § 30-52-1) or
``may_apply`` (one may, or the helper is labelled a victim)."""


@dataclass(slots=True)
class AccessoryFinding:
    """A person who procured, counselled, aided or abetted another's act: an accessory under
    NMSA 1978, § 30-1-13 [S], under the paragraphs and the degree of the act aided (contract
    2.1)."""

    helper: str = field(metadata=doc("the person who helped"))
    defendant: str = field(metadata=doc("the actor of the act aided (the principal)"))
    victim: str = field(metadata=doc("the person of the act aided"))
    conduct: str = field(metadata=doc("the act aided: its id in the fact pattern"))
    name: str = field(metadata=doc("the act aided by its verb and date"))
    status: Status = field(
        metadata=doc(
            "met: the act aided meets § 30-52-1 and the help and the intent are stated; "
            "not_met: the act meets nothing, or the help or the intent is stated false"
        )
    )
    paragraphs: dict[str, Status] = field(
        metadata=doc("the accessory's status under each paragraph of the act aided")
    )
    ways: list[str] = field(
        metadata=doc("the ways of help stated true: procured, counselled, aided, abetted")
    )
    intended: Literal["true", "false", "unknown"] = field(
        metadata=doc("the stated fact: the helper intended that the offense be committed")
    )
    grading: Grading = field(metadata=doc("the degree of the offense aided, open where open"))
    bar: AccessoryBar | None = field(
        metadata=doc(
            "§ 30-52-1(E): the helper, a human trafficking victim, shall not be charged as an "
            "accessory (applies, may_apply; null: nothing makes the helper a victim)"
        )
    )
    words: str = field(metadata=doc("the finding in a sentence"))
    needed: list[Question] = field(
        metadata=doc("what is still needed, as questions naming the helper and the act")
    )
    federal: dict[str, Status] = field(
        default_factory=dict,
        metadata=doc(
            "per federal section assessed: the helper under 18 U.S.C. § 2(a) [S] ('punishable "
            "as a principal'), on the same stated facts"
        ),
    )


@dataclass(slots=True)
class FederalAccessoryFinding:
    """A person who procured, counselled, aided or abetted another's act, where only the
    federal sections are assessed (law "federal"): the helper under 18 U.S.C. § 2(a) [S]
    ("punishable as a principal") per federal section; the fields of an accessory finding that
    do not describe § 30-52-1 (contract 2.3.0)."""

    helper: str = field(metadata=doc("the person who helped"))
    defendant: str = field(metadata=doc("the actor of the act aided (the principal)"))
    victim: str = field(metadata=doc("the person of the act aided"))
    conduct: str = field(metadata=doc("the act aided: its id in the fact pattern"))
    name: str = field(metadata=doc("the act aided by its verb and date"))
    ways: list[str] = field(
        metadata=doc("the ways of help stated true: procured, counselled, aided, abetted")
    )
    intended: Literal["true", "false", "unknown"] = field(
        metadata=doc("the stated fact: the helper intended that the offense be committed")
    )
    words: str = field(
        metadata=doc(
            "the helper and the act aided in a sentence, with what is stated of the help and the "
            "intent (and, where no section can be met, why)"
        )
    )
    needed: list[Question] = field(
        metadata=doc(
            "what is still needed, as questions naming the helper and the act (law: the first "
            "federal section the helper may be liable under; citations: 18 U.S.C. § 2(a))"
        )
    )
    federal: dict[str, Status] = field(
        metadata=doc(
            "per federal section assessed: the helper under 18 U.S.C. § 2(a) [S] ('punishable "
            "as a principal'): never met on the stated facts (the federal intent standard for "
            "aiding and abetting is not in the sources read): undetermined where the act aided "
            "meets or may meet the section and the help and the intent are not stated false; "
            "not_met when the act does not, or the help or the intent is stated false"
        ),
    )


@dataclass(slots=True)
class Summary:
    """The decision, first: each pair under each law, each count, what is still needed, and
    the notes once."""

    OMIT_EMPTY: ClassVar[tuple[str, ...]] = ("accessories", "federal_accessories")

    title: str | None
    assessed_on: date = field(metadata=doc("the day of the assessment"))
    laws: list[str] = field(metadata=doc("the laws assessed, by id"))
    pairs: list[PairSummary]
    needed: list[Question] = field(
        metadata=doc("what is still needed, deduplicated, in the order of the pairs and acts")
    )
    notes: list[SummaryNote]
    disclaimer: str
    births: list[Birth] = field(
        default_factory=list,
        metadata=doc("per victim, in the order of the pairs: the possible birth dates"),
    )
    accessories: list[AccessoryFinding] = field(
        default_factory=list,
        metadata=doc(
            "per person stated to have helped an act: an accessory finding (NMSA 1978, "
            "§ 30-1-13 [S]), in the order of the acts (contract 2.1)"
        ),
    )
    federal_accessories: list[FederalAccessoryFinding] = field(
        default_factory=list,
        metadata=doc(
            "with law='federal' only (§ 30-52-1 not assessed): per person stated to have helped "
            "an act, the finding under 18 U.S.C. § 2(a) [S], in the order of the acts; with "
            "§ 30-52-1 assessed the same statuses are each accessory's federal (contract 2.3.0)"
        ),
    )
    texts: dict[str, list[TextInForce]] = field(
        default_factory=dict,
        metadata=doc(
            "per law assessed (by id), each text (or period) and the day it came into force, "
            "oldest first"
        ),
    )
    _no_act: str | None = field(default=None, repr=False, compare=False)

    @property
    def no_act(self) -> str:
        """With no pair (no act stated): what to say, and, with indicators on file, how many and
        the next step (``reasoning.no_act``; words only, not in the JSON document)."""
        return self._no_act or NO_ACT
