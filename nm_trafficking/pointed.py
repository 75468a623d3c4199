"""Whether a fact of an act points to a paragraph of § 30-52-1 (or a federal prong) that is
open on the facts stated: one rule for the court form (``render.instructions`` drafts such a
paragraph only where one does) and the summary (``reasoning.needed`` says it open beside a
paragraph the act meets, and asks its questions, only where one does; review A2 of session 9).

What sets a paragraph or prong apart (:data:`APART`: the means, the minor's age, labor or
services) must be supported by a fact stated (:class:`Support`), and what it needs besides
(:data:`NEEDS`: commercial sexual activity) pointed to by a fact of the act
(:func:`left_out`). Outside ``reasoning`` and ``render`` (a renderer imports no reasoning):
facts, results and statute data only.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from nm_trafficking.facts.conduct import Conduct, LaborMeans
from nm_trafficking.facts.federal_reading import labor_at_issue, sex_act_with_means, sex_at_issue
from nm_trafficking.facts.truth import Truth
from nm_trafficking.results import Status
from nm_trafficking.statute.model import ACT, SEX_ACT_CONTRADICTIONS, Alternative, OffenceParagraph
from nm_trafficking.statute.usc_18.s1591 import elements as s1591

__all__ = [
    "ALSO",
    "APART",
    "CONTRADICTABLE",
    "EFFECTED",
    "NEEDS",
    "SHARED",
    "Support",
    "act_allows",
    "contradiction",
    "fact",
    "left_out",
    "true_paths",
]

EFFECTED = "federal.offense_effected_by"
"""The means the offense was in fact effected by (§ 1591(b)(1)): a fact toward the means."""


def true_paths(alternative: Alternative) -> tuple[str, ...]:
    return tuple(t.path for t in alternative.tests if t.op == "eq" and t.value == "true")


def act_allows(alternative: Alternative, act: str) -> bool:
    """False when the alternative tests the act's verb and the verb fails the test."""
    for t in alternative.tests:
        if t.path != ACT:
            continue
        values = t.value if isinstance(t.value, tuple) else (str(t.value),)
        if (t.op == "in" and act not in values) or (t.op == "not_in" and act in values):
            return False
    return True


CONTRADICTABLE = ("means_will_be_used", "commercial_sex_act")
"""The § 1591 elements an act's contradicting federal facts leave open (decision 18): the means
"will be used to cause the person to engage in a commercial sex act", and that commercial sex
act."""


def contradiction(conduct: Conduct | None) -> str | None:
    """How the act's federal facts contradict each other (a value of
    ``SEX_ACT_CONTRADICTIONS``, as ``reasoning.federal_notes`` reads it for its note), or None:
    they do not, or the facts are not given."""
    if conduct is None or not conduct.federal.model_fields_set:
        return None
    value = sex_act_with_means(conduct.federal)
    return value if value in SEX_ACT_CONTRADICTIONS else None


def fact(conduct: Conduct, path: str) -> object:
    """The stated value at a dotted ``path`` below an act (None where the path names no
    stated fact, e.g. the victim's age)."""
    value: object = conduct
    for part in path.split("."):
        value = getattr(value, part, None)
        if value is None:
            return None
    return value


class Support:
    """What a fact of one act supports of a paragraph or prong (``para``) open on the facts
    stated: the act's verb, each element's status, the statute elements, the act's facts."""

    def __init__(
        self,
        act: str,
        para: OffenceParagraph,
        statuses: Mapping[str, Status],
        facts: Conduct | None,
        readings: tuple[str, ...] = (),
    ) -> None:
        self.act = act
        self.statuses = statuses
        """Each element's status, by key."""
        self.elements = {e.key: e for e in para.elements}
        self.facts = facts
        """The act's facts as stated (None: not given; every element is then supported)."""
        self.readings = readings
        """The text's verbs a buyer's purchase is drafted with, where the conduct element is
        open only on whether they reach it (the court form's ``_Draft.readings``)."""
        self.contradiction = contradiction(facts) if para.short.startswith("1591") else None
        """How the act's federal facts contradict each other, for a prong of § 1591 (None: they
        do not, or the paragraph is not one of § 1591's)."""
        self.federal = para.short[0].isdigit()
        """A federal prong (not a paragraph of § 30-52-1)."""

    def met(self, key: str) -> bool:
        return self.statuses[key] == "met"

    def supported(self, keys: tuple[str, ...], age_known: bool) -> bool:
        """Whether a fact stated supports one of the elements ``keys`` (those that set the
        paragraph or prong apart): it is met; a fact one of its alternatives needs is stated
        true, or one of :data:`ALSO`; it tests the victim's age and the age is stated
        (``age_known``); or the facts contradict each other on it. Without the facts, every
        element is."""
        if self.facts is None:
            return True
        for key in keys:
            if key not in self.statuses:
                continue
            element = self.elements[key]
            shared = SHARED.get(key, ())
            if (
                (self.met(key) and not shared)
                or (self.contradiction and key in CONTRADICTABLE)
                or (element.tests_age and age_known)
            ):
                return True
            paths = [
                p
                for alt in element.established
                if self.allows(alt)
                for p in true_paths(alt)
                if p not in shared
            ]
            paths += ALSO.get((self.federal, key), ())
            if any(fact(self.facts, p) is Truth.TRUE for p in paths):
                return True
        return False

    def allows(self, alternative: Alternative) -> bool:
        """The act allows the alternative: its own verb, or (a buyer's purchase drafted with the
        text's verbs) one of those (:attr:`readings`)."""
        return act_allows(alternative, self.act) or any(
            act_allows(alternative, v) for v in self.readings
        )


_MEANS_1591 = "force, threats of force, fraud or coercion"
_MINOR_1591 = "the person's age under 18 or a commercial sex act"

_STATE_MEANS = tuple(
    f"{group}.{m}"
    for group in ("means_will_be_used", "means_was_used")
    for m in ("force", "fraud", "coercion")
)
_FEDERAL_MEANS = tuple(
    f"{group}.{m}" for group in (s1591.KNEW, s1591.RECKLESS, EFFECTED) for m in s1591.MEANS
)
_LABOR_MEANS = tuple(f"federal.labor_means.{m}" for m in LaborMeans.model_fields)
_STATE_LABOR = tuple(
    f"{group}.{p}" for group in ("to_subject_to", "benefit_from") for p in ("labor", "services")
)
_FEDERAL_LABOR = (
    "federal.labor.for_labor_or_services",
    "federal.labor.provided_or_obtained_labor_or_services",
)
_STATE_SEX = (
    "will_be_caused_to_engage_in_commercial_sexual_activity",
    "to_subject_to.commercial_sexual_activity",
)

ALSO: dict[tuple[bool, str], tuple[str, ...]] = {
    (True, "means_will_be_used"): (*_STATE_MEANS, *_FEDERAL_MEANS[-len(s1591.MEANS) :]),
    (False, "means_will_be_used"): (*_FEDERAL_MEANS, *_LABOR_MEANS),
    (False, "to_subject_to"): _FEDERAL_LABOR,
    (False, "means_was_used"): _FEDERAL_MEANS[-len(s1591.MEANS) :],
    (True, "for_labor_or_services"): _STATE_LABOR,
    (True, "conduct"): tuple(p for p in _STATE_LABOR if p.startswith("to_subject_to.")),
    (True, "commercial_sex_act"): _STATE_SEX,
    (False, "will_be_caused_to_engage_in_commercial_sexual_activity"): (
        "to_subject_to.commercial_sexual_activity",
        s1591.CSA_KNEW,
        s1591.CSA_RECKLESS,
        *_FEDERAL_MEANS,
        "federal.venture.person_to_engage_in_commercial_sex_act",
    ),
}
"""Per element of :data:`APART` (federal or not, its key), the other facts stated true that
support drafting it: the other law's facts on the same thing (a means; labor or services; a
commercial sex act: for (A)(2)'s, also a § 1591 means known, disregarded or effected "to cause
the person to engage in a commercial sex act") and, for § 1591's means, the means the offense was
effected by. They never
decide an element (no law's facts are read from another's), but they are evidence toward it:
a paragraph or prong they point to is drafted, open. § 1589(a)'s conduct (the defendant
"provides or obtains" the labor) is supported by an intent to subject the person to labor, not
by a benefit from it (review V8 of session 8: a benefit from the labor is § 1589(b)'s, or (A)(3)'s,
and sets § 1589(a) apart no more than it sets § 1591(a)(2) apart)."""

SHARED = {"to_subject_to": ("to_subject_to.commercial_sexual_activity",)}
"""Facts of an element of :data:`APART` that do not set its paragraph apart: a purpose of
commercial sexual activity is (A)(2)'s too (its intent that the person be caused to engage in
it), so only labor or services, or a means, supports (A)(1)."""

APART: dict[str, tuple[tuple[str, ...], str]] = {
    "A1": (
        ("means_will_be_used", "to_subject_to"),
        "force, fraud or coercion, or labor or services",
    ),
    "A2": (
        ("under_eighteen", "will_be_caused_to_engage_in_commercial_sexual_activity"),
        "the person's age under eighteen or commercial sexual activity",
    ),
    "A3": (("means_was_used",), "force, fraud or coercion used"),
    "1591a1_means": (("means_will_be_used",), _MEANS_1591),
    "1591a2_means": (("means_will_be_used",), _MEANS_1591),
    "1591a1_minor": (("under_eighteen", "age_mental_state", "commercial_sex_act"), _MINOR_1591),
    "1591a2_minor": (("under_eighteen", "age_mental_state", "commercial_sex_act"), _MINOR_1591),
    # {means}: the means element's own words, "a § 1589(a) means" or (the 2000 text, which has
    # no subsections) "a § 1589(1)-(3) means"
    "1589a": (("conduct", "labor_means"), "labor or services obtained by {means}"),
    "1589b": (("venture", "venture_mental_state"), "a venture's forced labor"),
    "1590a": (("for_labor_or_services", "in_violation_of_this_chapter"), "labor or services"),
}
"""Per paragraph or prong, the elements that set it apart from the act's others (its means, the
minor's age, labor or services, the venture's forced labor), and those words. A paragraph or
prong open on the facts stated is drafted only where a fact stated supports one of them
(``Support.supported``): the General Use Note's "only the alternative or alternatives supported
by the evidence" (shared reference ``related-law-2026-12.md`` § 8). The others are named, in
one line, as not drafted."""

_SEX_VERBS = frozenset({"advertising", "patronizing"})
"""Verbs that name a commercial sex act's market by themselves (as
``facts.federal_reading.sex_at_issue`` reads them)."""

_CSA = "will_be_caused_to_engage_in_commercial_sexual_activity"


def _sex_stated(d: Support) -> bool:
    """Whether (A)(2) may be drafted for the act as far as commercial sexual activity goes: a
    fact of the act points to it (its element, the intent or knowledge that the person would be
    caused to engage in it, is met or supported, :data:`ALSO`: the act's purpose of commercial
    sexual activity, a § 1591 fact of a commercial sex act; or the act's verb names the market:
    advertising, patronizing), or no fact of the act puts labor or services at issue
    (:func:`_not_for_labor`). Never the person's age alone for an act stated to be for labor or
    services (review A3 of session 9)."""
    return (
        d.facts is None
        or str(d.facts.act.value) in _SEX_VERBS
        or (_CSA in d.statuses and d.supported((_CSA,), age_known=False))
        or _not_for_labor(d)
    )


def _sex_at_issue(d: Support) -> bool:
    """Whether a prong of § 1591 may be drafted for the act as far as a commercial sex act
    goes: a fact of the act puts one at issue (the summary's own test,
    ``facts.federal_reading.sex_at_issue``, which decides whether § 1591's questions are asked
    of the pair, read here of the act), or no fact of the act puts labor or services at issue
    (:func:`_not_for_labor`)."""
    return d.facts is None or sex_at_issue(d.facts) or _not_for_labor(d)


def _not_for_labor(d: Support) -> bool:
    """No fact of the act puts the person's labor or services at issue
    (``facts.federal_reading.labor_at_issue``): an act whose purpose is not stated stays
    drafted under (A)(2) and § 1591 on what sets them apart (the person's age), as the summary
    still asks their questions of it, where the pair's other acts may show the commercial
    sexual activity (the evidence in the case); only an act stated to be for labor or services
    needs a fact of its own that points to commercial sexual activity."""
    return d.facts is not None and not labor_at_issue(d.facts)


NEEDS: dict[str, tuple[Callable[[Support], bool], str]] = {
    "A2": (_sex_stated, "commercial sexual activity"),
    "1591a1_means": (_sex_at_issue, "a commercial sex act"),
    "1591a2_means": (_sex_at_issue, "a commercial sex act"),
    "1591a1_minor": (_sex_at_issue, "a commercial sex act"),
    "1591a2_minor": (_sex_at_issue, "a commercial sex act"),
}
"""What a paragraph or prong open on the facts stated needs besides what sets it apart
(:data:`APART`), and those words: (A)(2) and every prong of § 1591 reach commercial sexual
activity (a commercial sex act) only, so for an act stated to be for labor or services a
minor's age, or a means, does not get them drafted unless a fact of the act points to commercial
sexual activity (review A3 of session 9: a 15-year-old recruited by fraud for farm labor got an
(A)(2) instruction on her birth date alone). Where it does not, the paragraph or prong is left
out and named, with these words, on the pair's "Not drafted" line."""


def left_out(short: str, s: Support, age_known: bool) -> str | None:
    """Why a paragraph or prong (its short name) open on the facts stated is not pointed to by
    a fact of the act, in the words of :data:`APART` (no fact supports what sets it apart) or
    of :data:`NEEDS` (none points to what it needs besides: commercial sexual activity); None
    where a fact points to it. The one rule for both: the court form drafts such a paragraph
    only where one does (else names it on its "Not drafted" line), and the summary says it open
    beside a paragraph the act meets, asking its questions, only where one does
    (``reasoning.needed``)."""
    apart = APART.get(short)
    if apart is None:
        return None
    keys, words = apart
    if not s.supported(keys, age_known):
        return words
    needs = NEEDS.get(short)
    if needs is not None and not needs[0](s):
        return needs[1]
    return None
