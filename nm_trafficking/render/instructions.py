"""The court form: per defendant and victim, per act, each paragraph of § 30-52-1 (and each
federal prong) that the act meets or may meet, its elements as a drafted jury instruction.

"First, the defendant knowingly recruited V; Second, …": only the alternatives the facts
support, joined by "or" (every alternative of an element still open but those a fact stated
false rules out — given the fact pattern — with a note to keep only those the evidence
supports), each element with its authority. Where the act's federal facts contradict each other
(a means of § 1591(a) stated known or disregarded, the commercial sex act not), the element they
leave open says so in the words of the note (``federal_facts_contradict``), and the fact
contradicted rules out no alternative. An age element of § 1591(a)(1) that rests on a
reasonable opportunity to observe alone is drafted as § 1591(c)'s alternative. State
instructions are labelled as drafted (no New Mexico uniform instruction was found); federal
ones follow the Ninth Circuit's model instructions and say so (``statute.jury_instructions``).
Paragraphs and prongs that are not met are left out; so are those open on the facts stated
where no fact stated supports what sets them apart (:data:`APART`: the means, the minor's age,
labor or services), and (A)(2) and the prongs of § 1591 for an act stated to be for labor or
services where no fact of the act points to commercial sexual activity (:data:`NEEDS`), named in
one line per defendant and victim. For an act only knowledge
serves for (advertising), no element is drafted or named with reckless disregard; an
alternative the facts stated leave impossible (knowledge that a means will be used to cause a
commercial sex act stated not known) is not drafted. The form follows the summary of the same
assessment where it decides something (review M of session 7): a federal section whose questions
the summary does not ask for the pair (``not_asked``: not at issue) is not named on the pair's
form at all, as no prong, no line on its texts, attempt or jurisdiction element (review Z3 2 of
session 8); the summary's points on who may prosecute and on the jurisdiction element, its points
of law on an element, the pair's Carson and unanimity notes, and the § 1594 attempt and
conspiracy are said in its words; each
instruction gives the act's limitation period under its law in the words of the summary's count
line (review Z2-5 of session 8); the definitions of the defined terms an element uses are
quoted from the text applied (the state's: UNVERIFIED, said once). Lines wrap as the summaries'
do, never between "§" and its number. The form is built from the result models
and the statute data: the elements, their statute words and alternatives come from
``nm_trafficking.statute``; this module adds only the drafting (sentence order, tense, the
actor as subject).

:func:`court_form` gives the form as data; :func:`render` as text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, is_dataclass, replace
from datetime import date

from nm_trafficking import statute, words
from nm_trafficking.count_elements import of_count
from nm_trafficking.facts.conduct import Conduct
from nm_trafficking.facts.federal_reading import sex_act_with_means
from nm_trafficking.facts.pattern import FactPattern
from nm_trafficking.facts.truth import Truth
from nm_trafficking.limits import on_one_line, printable
from nm_trafficking.pointed import APART, NEEDS, Support, left_out  # noqa: F401 (re-exported)
from nm_trafficking.pointed import CONTRADICTABLE as _CONTRADICTABLE
from nm_trafficking.pointed import fact as _fact
from nm_trafficking.pointed import true_paths as _true_paths
from nm_trafficking.render import summary_text
from nm_trafficking.render.instruction_degree import degree_line
from nm_trafficking.render.summary_text import wrap as glued_wrap
from nm_trafficking.results import (
    AgeAtAct,
    AssessmentResult,
    DateSpan,
    ElementResult,
    Finding,
    LabelledElement,
    LawCount,
    Status,
)
from nm_trafficking.statute import jury_instructions as ji
from nm_trafficking.statute.case_law import CARSON
from nm_trafficking.statute.model import (
    SEX_ACT_DISREGARD_CONTRADICTED,
    SEX_ACT_KNOWLEDGE_CONTRADICTED,
    SEX_ACT_NEITHER,
    SEX_ACT_NOT_KNOWN,
    SEX_ACT_WITH_MEANS,
    Alternative,
    Law,
    OffenceParagraph,
    TextVersion,
)
from nm_trafficking.statute.related import accessory as accessory_law
from nm_trafficking.statute.related.unit_of_prosecution import ONE_ACT, UNIT_NOTE
from nm_trafficking.statute.usc_18.s1589 import elements as s1589
from nm_trafficking.statute.usc_18.s1591 import elements as s1591
from nm_trafficking.statute.usc_18.s1591.contradiction import contradiction_words
from nm_trafficking.summary import Caution, CountSummary

STATE = "nm_30_52_1"

ORDINALS = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth")
PAST = {
    "recruiting": "recruited",
    "soliciting": "solicited",
    "enticing": "enticed",
    "transporting": "transported",
    "obtaining": "obtained",
    "benefiting": "benefited",
    "harboring": "harbored",
    "providing": "provided",
    "advertising": "advertised",
    "maintaining": "maintained",
    "patronizing": "patronized",
}
"""The past tense of the verbs the fact patterns use (the instruction speaks of what the
defendant did)."""

_BUYER_WORD = "buyer"
"""The conduct element's reason names a buyer where it is open only on whether the text's verbs
reach a buyer's own purchase (``statute.v2008`` and ``s1591.v2008``: the texts' own words)."""

STATUS_WORDS = {"met": "met on the facts stated", "undetermined": "open on the facts stated"}
KEEP_SUPPORTED = "keep only the alternatives the evidence supports"


@dataclass(frozen=True)
class DraftedElement:
    """One numbered element of a drafted instruction."""

    ordinal: str
    text: str
    """The element as a sentence, without its ordinal (e.g. "the defendant knowingly
    recruited V")."""
    authority: str
    established: bool
    """True when the facts stated establish every part of it."""
    open: str | None
    """What is still open, when not established."""


@dataclass(frozen=True)
class Instruction:
    """A drafted instruction: one paragraph or prong, for one act."""

    law: str
    """The law's id (``nm_30_52_1``, ``usc_1591``, ...)."""
    citation: str
    title: str
    act: str
    """The act, by verb, person and date, e.g. "recruiting V on 10 March 2018"."""
    status: Status
    text_applied: str
    form: str
    """How the instruction was made: drafted, or the pattern instruction it follows."""
    elements: tuple[DraftedElement, ...]
    comments: tuple[str, ...]
    """Said under the elements: the model's own words, open points."""
    degree: str | None = None
    """A state instruction: the degree it is drafted for, and that the degree turns on the
    victim's age (§ 30-52-1(C)); a drafted line (``render.instruction_degree``)."""
    definitions: tuple[str, ...] = ()
    """The statutory definitions of the defined terms its elements use, each quoted verbatim
    from the text applied with its label, or said not to be quoted (:func:`_definitions`); a
    state instruction: that the definitions (subsection F onward) are UNVERIFIED, said once on
    the form."""
    limitation: str | None = None
    """The act's limitation period under the instruction's law, in the words of the summary's
    count (:func:`_limitation_line`): a dated warning, its last day marked "(passed)" or "(the
    last day is today)" where so, "unless tolled; check" (review Z2-5 of session 8: the form
    drafted a count whose period had passed with no word of it). None: the summary gives none."""


@dataclass(frozen=True)
class LeftOut:
    """A paragraph or prong open on the facts stated that is not drafted: no fact stated
    supports what sets it apart."""

    citation: str
    apart: str
    """What sets it apart, e.g. "force, fraud or coercion"."""
    act: str


@dataclass(frozen=True)
class PairForm:
    """The instructions for one defendant and one victim."""

    defendant: str
    victim: str
    instructions: tuple[Instruction, ...]
    nothing: tuple[str, ...]
    """One line per law with no paragraph or prong met or open."""
    left_out: str | None = None
    """One line naming the paragraphs and prongs open on the facts stated but not drafted, as
    no fact stated supports what sets them apart (None: none)."""
    related: tuple[str, ...] = ()
    """One line per related offense the summary works out for the pair (an attempt a sting
    leaves, a conspiracy an agreement stated leaves), named with its citation and act, and why
    no instruction is drafted for it (:func:`_related_lines`)."""
    points: tuple[str, ...] = ()
    """The summary's Indian-country caution for the pair (:func:`_indian_country_line`), then
    one "Open" line per point the summary raises for the pair on who may prosecute or on a
    federal jurisdiction element, in the summary's words (:func:`_jurisdiction_lines`): an
    act outside New Mexico, an act in Indian country, a special maritime and territorial
    jurisdiction stated for an act in Indian country."""
    cautions: tuple[str, ...] = ()
    """The cautions of the summary's § 30-52-1 line for the pair, in its words (a sting's
    reason, a defendant also a victim or under eighteen: :data:`SUMMARY_CAUTIONS`, as
    :func:`_on_form` says them); then, where several state instructions are drafted for the pair
    (several acts, or one act under several paragraphs), the pair's notes on separate counts
    (State v. Carson) and on unanimity, in the elements view's and the memo's words, and for an
    act drafted under several paragraphs that the notes do not say so of, the one-act caution
    (:func:`_cautions`)."""
    state_cautions: tuple[str, ...] = ()
    """The cautions said with the pair's § 30-52-1 instructions, after the last of them: the
    evidence on file against a stated means (:data:`STATE_PART`), which bears on the
    alternatives of a § 30-52-1 element (where no § 30-52-1 instruction is drafted, it follows
    the line saying so, among :attr:`nothing`)."""


@dataclass(frozen=True)
class CourtForm:
    """The court form of an assessment."""

    title: str | None
    pairs: tuple[PairForm, ...]
    references: tuple[str, ...]
    """What the drafting rests on, and the labels of the federal texts, each said once."""
    disclaimer: str
    accessories: str | None = None
    """The helpers the assessment finds (or may find) accessories, and why no instruction is
    drafted for them (None: no helper is stated, or none can be one)."""


# --- words ----------------------------------------------------------------------------------


def join_or(words: Sequence[str]) -> str:
    """``a``, ``a or b``, ``a, b or c`` (the statutes' own style)."""
    unique = list(dict.fromkeys(words))
    if len(unique) <= 1:
        return "".join(unique)
    return f"{', '.join(unique[:-1])} or {unique[-1]}"


def day_words(day: date) -> str:
    return words.long_date(day)


def when_words(day: date | None, assumed: bool, span: DateSpan | None) -> str:
    """The act's date as an instruction names it."""
    if day is not None:
        return f"on {day_words(day)}" + (
            " (the date assumed for an undated act)" if assumed else ""
        )
    if span is not None and span.earliest is not None and span.latest is not None:
        return (
            f"on a date not stated (between {day_words(span.earliest)} and "
            f"{day_words(span.latest)})"
        )
    return "on a date not stated"


def act_words(act: str, victim: str, when: str) -> str:
    """E.g. "recruiting V on 10 March 2018"; "benefiting from V on …"."""
    whom = f"from {victim}" if act == "benefiting" else victim
    return f"{act} {whom} {when}"


def verbs_charged(para: OffenceParagraph, act: str, buyer: bool) -> str:
    """The verb the instruction charges, past tense: the act's own where it is one of the
    paragraph's verbs; else the paragraph's verbs, each bracketed, joined by "or" (e.g.
    "[solicited] or [obtained]") — for a ``buyer``'s purchase only those the same facts may be
    described by (:data:`ji.BUYER_READINGS`). Never a verb the text applied does not have."""
    if act in para.verbs or not para.verbs:
        return PAST.get(act, act)
    readings = [v for v in para.verbs if buyer and v in ji.BUYER_READINGS] or list(para.verbs)
    return join_or([f"[{PAST.get(v, v)}]" for v in readings])


def _option_word(path: str) -> str:
    last = path.rsplit(".", 1)[-1]
    return s1591.MEANS_WORDS.get(last) or s1589.MEANS_READING.get(last) or last.replace("_", " ")


_BOTH_MINDS = "knowing, or in reckless disregard, that "
"""How the labels of § 1591's mental elements begin (``statute.usc_18.s1591.elements``)."""

_MIND_NOUNS = {"knew": "knowledge"}
"""A mental state's alternative named as a noun (the facts rule out "knowledge")."""

_SPLIT_WORDS = {"benefit": " or ", "jurisdiction": ", or "}
"""Elements whose statute words list their alternatives in order, and the separator."""


def _only_knowledge(conduct: Conduct) -> bool:
    """Whether only knowledge serves for the act: advertising, or benefiting from a venture
    whose act was advertising (as ``reasoning.federal_notes`` reads it for its note)."""
    act = str(conduct.act.value)
    if act == "benefiting":
        venture = conduct.federal.venture.act
        return venture is not None and str(getattr(venture, "value", venture)) == "advertising"
    return act == "advertising"


class _Draft(Support):
    """What drafting one instruction knows: the act, the victim, each element's result and
    its statute element."""

    def __init__(
        self,
        act: str,
        victim: str,
        results: Sequence[ElementResult],
        para: OffenceParagraph,
        facts: Conduct | None = None,
        verbs_named: str = "the text's verbs",
        points: dict[str, str] | None = None,
    ) -> None:
        self.act = act
        self.points = points or {}
        """The summary's points of law on this act's elements, by element key."""
        self.v = victim
        self.results = {e.element: e for e in results}
        self.outside = act not in para.verbs and bool(para.verbs)
        """The act's verb is not one of the paragraph's own (e.g. a buyer's "patronizing"
        under § 30-52-1): the conduct is drafted with the paragraph's verbs, bracketed."""
        self.verb_open_point = (
            "conduct" in self.results
            and self.results["conduct"].status == "undetermined"
            and _BUYER_WORD in self.results["conduct"].reason
        )
        """The conduct element is open only on whether the text's verbs reach a buyer's own
        purchase (a point of law)."""
        self.verbs_named = verbs_named
        self.verb = verbs_charged(para, act, self.verb_open_point)
        super().__init__(
            act,
            para,
            {key: e.status for key, e in self.results.items()},
            facts,
            tuple(v for v in para.verbs if v in ji.BUYER_READINGS) if self.verb_open_point else (),
        )
        # (readings: the text's verbs a buyer's purchase is drafted with, where the conduct
        # element is open only on whether they reach it: an alternative tied to them (§ 1591(c)'s
        # "obtained") is read on the same theory, ``s1591.elements.a1_age_mental_state``)
        self.contradicted = frozenset(
            path
            for path, values in (
                (s1591.CSA_KNEW, SEX_ACT_KNOWLEDGE_CONTRADICTED),
                (s1591.CSA_RECKLESS, SEX_ACT_DISREGARD_CONTRADICTED),
            )
            if self.contradiction in values
        )
        """The facts stated that the others contradict: they decide nothing (neither side is
        preferred), so they rule out no alternative."""
        self.with_means = (
            sex_act_with_means(facts.federal)
            if facts is not None and para.short.startswith("1591")
            else None
        )
        """The knowledge of a commercial sex act stated, read with the means facts (a prong of
        § 1591 with the facts given; None otherwise)."""
        self.knowledge_only = para.short.startswith("1591") and (
            _only_knowledge(facts) if facts is not None else act == "advertising"
        )
        """Only knowledge serves for the act (advertising, or a venture's advertising): no
        element of § 1591 is drafted or named with reckless disregard."""

    def met(self, key: str) -> bool:
        return self.results[key].status == "met"

    def stated_false(self, alternative: Alternative) -> bool:
        """A fact the alternative needs true is stated false, or the knowledge of a commercial
        sex act stated leaves it impossible (a means known to be used to cause one, where one
        is stated not known; the facts not contradicting each other)."""
        return self.facts is not None and (
            any(
                _fact(self.facts, p) is Truth.FALSE and p not in self.contradicted
                for p in _true_paths(alternative)
            )
            or self._sex_act_rules_out(alternative)
        )

    def _sex_act_rules_out(self, alternative: Alternative) -> bool:
        """The alternative's test of the commercial sex act read with the means fails on the
        facts stated, where they state it not known (or neither known nor disregarded) and do
        not contradict each other (``SEX_ACT_WITH_MEANS``)."""
        value = self.with_means
        if value not in (SEX_ACT_NOT_KNOWN, SEX_ACT_NEITHER):
            return False
        for t in alternative.tests:
            if t.path != SEX_ACT_WITH_MEANS:
                continue
            values = t.value if isinstance(t.value, tuple) else (str(t.value),)
            if (t.op in ("eq", "in") and value not in values) or (
                t.op == "not_in" and value in values
            ):
                return True
        return False

    def label(self, key: str) -> str:
        """The element's label, as the open line names it: for an act only knowledge serves
        for, without the reckless disregard the label offers otherwise."""
        text = self.elements[key].label
        if self.knowledge_only and text.startswith(_BOTH_MINDS):
            return "knowing that " + text.removeprefix(_BOTH_MINDS)
        return text

    def _allowed(self, key: str) -> list[tuple[Alternative, str]]:
        """Every alternative the act allows, each with its words."""
        element = self.elements[key]
        sep = _SPLIT_WORDS.get(key)
        parts = element.words.split(sep) if sep and element.words else None
        pairs: list[tuple[Alternative, str]] = []
        for i, alt in enumerate(element.established):
            paths = _true_paths(alt)
            if not paths or not self.allows(alt):
                continue
            word = parts[i] if parts and len(parts) == len(element.established) else ""
            pairs.append((alt, word or _option_word(paths[0])))
        return pairs

    def chosen(self, key: str) -> list[tuple[Alternative, str]]:
        """The alternatives the facts support (met: those that decided it; open: every one the
        act allows but those a fact stated false rules out), each with its words."""
        pairs = self._allowed(key)
        if self.met(key):
            refs = self.results[key].facts
            decided = [
                (alt, word)
                for alt, word in pairs
                if all(any(r.endswith(": " + p) for r in refs) for p in _true_paths(alt))
            ]
            if decided:
                return decided
        return [(alt, word) for alt, word in pairs if not self.stated_false(alt)] or pairs

    def ruled_out(self, key: str) -> list[str]:
        """The words of the alternatives the facts stated rule out (none of their words left
        among those the facts support); for the means of § 1591, also knowledge where the
        commercial sex act stated not known rules it out."""
        if self.met(key):
            return []
        kept = {word.split(" (", 1)[0] for _, word in self.chosen(key)}
        out = [w.split(" (", 1)[0] for alt, w in self._allowed(key) if self.stated_false(alt)]
        said = [_MIND_NOUNS.get(w, w) for w in dict.fromkeys(out) if w not in kept]
        if key == "means_will_be_used" and self.with_means in (SEX_ACT_NOT_KNOWN, SEX_ACT_NEITHER):
            knew_allowed = any(
                p.startswith(s1591.KNEW + ".")
                for alt, _ in self._allowed(key)
                for p in _true_paths(alt)
            )
            if knew_allowed and not self.minds(key)[0]:
                said.append("knowledge (the commercial sex act is stated not known)")
        return said

    def options(self, key: str) -> str:
        return join_or(self.option_list(key))

    def option_list(self, key: str) -> list[str]:
        """The words of the alternatives the facts support; when the element is open, without
        the words that only say which limb of a definition (e.g. the three limbs of coercion
        in § 1591(e)(2)): every limb is still open."""
        words = [word for _, word in self.chosen(key)]
        if not self.met(key):
            words = [w.split(" (", 1)[0] for w in words]
        order = [w.split(" (", 1)[0] for _, w in self._allowed(key)]  # the statute's order
        return sorted(dict.fromkeys(words), key=lambda w: order.index(w.split(" (", 1)[0]))

    def minds(self, key: str) -> tuple[bool, bool, bool]:
        """Whether knowledge, reckless disregard and (§ 1591(c)) a reasonable opportunity to
        observe remain among the alternatives the facts support."""
        paths = [p for alt, _ in self.chosen(key) for p in _true_paths(alt)]
        knew = any(p.endswith(".knew") or p.startswith(s1591.KNEW + ".") for p in paths)
        reckless = not self.knowledge_only and any("reckless_disregard" in p for p in paths)
        return knew, reckless, s1591.OBSERVE in paths

    def observe_only(self, key: str) -> bool:
        """The element rests on § 1591(c) alone: knowledge and reckless disregard are ruled
        out (or the element was met by the opportunity to observe alone)."""
        knew, reckless, observe = self.minds(key)
        return observe and not knew and not reckless

    def mind(self, key: str) -> str:
        """ "knew", "was in reckless disregard of the fact", or both, as the facts support."""
        knew, reckless, _ = self.minds(key)
        if (knew and not reckless) or self.knowledge_only:
            return "knew"
        if reckless and not knew:
            return "was in reckless disregard of the fact"
        return "knew, or was in reckless disregard of the fact,"

    def alternatives_open(self, key: str) -> bool:
        return not self.met(key) and len(self.option_list(key)) > 1


Sentence = Callable[[_Draft], str]
Group = tuple[tuple[str, ...], Sentence]


def _conduct(d: _Draft) -> str:
    return f"the defendant knowingly {d.verb} {d.v}"


def _means_1591(d: _Draft) -> str:
    k = "means_will_be_used"
    return (
        f"the defendant {d.mind(k)} that {d.options(k)} would be used to cause {d.v} to engage "
        "in a commercial sex act"
    )


def _age_1591(d: _Draft) -> str:
    return f"{d.v} had not attained the age of 18 years"


def _age_mind_1591(d: _Draft) -> str:
    if d.observe_only("age_mental_state"):  # § 1591(c), (a)(1) only (the element's own test)
        return f"the defendant had a reasonable opportunity to observe {d.v}"
    mind = d.mind("age_mental_state")
    return f"the defendant {mind} that {d.v} had not attained the age of 18 years"


def _csa_1591(d: _Draft) -> str:
    return (
        f"the defendant {d.mind('commercial_sex_act')} that {d.v} would be caused to engage in "
        "a commercial sex act"
    )


def _commerce(d: _Draft) -> str:
    return f"the defendant's acts were {d.options('jurisdiction')}"


VENTURE_COMMERCE = (
    "the statute puts the commerce words in (a)(1) only, and 20.26 requires them for (a)(2); whose "
    "acts must affect commerce is not stated in the reference: read as the venture's (a)(1) act "
    "(UNVERIFIED)"
)
"""Why § 1591(a)(2)'s jurisdiction element is drafted of the venture's act, said with its
authority: the element's own reading (``s1591.elements.jurisdiction``, ``a2``; review V3 of
session 8: not "the defendant's acts", which the library does not read)."""


def _venture_commerce(d: _Draft) -> str:
    """§ 1591(a)(2)'s jurisdiction element, of the act the library reads it of: the venture's
    act described in (a)(1) toward the person (:data:`VENTURE_COMMERCE`)."""
    return (
        f"the venture's act described in § 1591(a)(1) toward {d.v} was {d.options('jurisdiction')}"
    )


def _venture_benefit_1591(d: _Draft) -> str:
    return (
        f"the defendant knowingly benefited {d.options('benefit')} from participation in a "
        f"venture that engaged in an act described in § 1591(a)(1) toward {d.v}, to cause "
        f"{d.v} to engage in a commercial sex act"
    )


_LIMBS_1589: tuple[tuple[tuple[str, ...], str], ...] = (
    (s1589.MEANS_2008[:4], "{means} to {v} or another person"),
    (s1589.MEANS_2008[4:6], "{means} to {v} or another person"),
    (("abuse_or_threatened_abuse_of_law_or_legal_process",), "{means}"),
    (
        ("scheme_plan_or_pattern",),
        "any scheme, plan, or pattern intended to cause {v} to believe that, if {v} did not "
        "perform such labor or services, {v} or another person would suffer serious harm or "
        "physical restraint",
    ),
)
"""§ 1589(a)(1)-(4) as the 2008 text words them (federal reference § 1.2, [S]), each limb's
means the facts support joined as the statute joins them, "that person" named (review M11 of
session 7: "to that person or another person" kept, the scheme in the statute's words)."""


def _statute_series(items: Sequence[str]) -> str:
    """``a``, ``a or b``, ``a, b, or c`` (§ 1589(a)'s own punctuation)."""
    if len(items) <= 2:
        return " or ".join(items)
    return f"{', '.join(items[:-1])}, or {items[-1]}"


def _limbs_1589(d: _Draft) -> list[str] | None:
    """The § 1589(a) limbs the facts support, in the statute's words (None: the text applied is
    not the 2008 text, whose means these are)."""
    element = d.elements["labor_means"]
    keys = [p.rsplit(".", 1)[-1] for alt in element.established for p in _true_paths(alt)]
    if set(keys) != set(s1589.MEANS_2008):
        return None
    chosen = {p.rsplit(".", 1)[-1] for alt, _ in d.chosen("labor_means") for p in _true_paths(alt)}
    out = []
    for options, words_ in _LIMBS_1589:
        means = [s1589.MEANS_READING[o] for o in options if o in chosen]
        if means:
            out.append(words_.format(means=_statute_series(means), v=d.v))
    return out


_THREATS_2000 = "threats of serious harm to"
_RESTRAINT_2000 = "physical restraint against"
"""Paragraph (1) of the 2000 text of § 1589 (federal reference § 2.3, [P]): "by threats of
serious harm to, or physical restraint against, that person or another person"."""


def _limbs_1589_2000(d: _Draft) -> list[str] | None:
    """The means of the 2000 text of § 1589 the facts support, each in the text's words with
    its object, "that person" named (review Z4 5 of session 8: not "threats of serious harm"
    alone). Physical restraint (met only with threats of it) is drafted in paragraph (1)'s whole
    words, which the facts meet on either reading of them (``s1589.READING_2000``); None: the
    text applied is not the 2000 text."""
    element = d.elements["labor_means"]
    keys = {p.rsplit(".", 1)[-1] for alt in element.established for p in _true_paths(alt)}
    if keys != set(s1589.MEANS_2000):
        return None
    chosen = {p.rsplit(".", 1)[-1] for alt, _ in d.chosen("labor_means") for p in _true_paths(alt)}
    threats = "threats_of_serious_harm" in chosen
    restraint = {"physical_restraint", "threats_of_physical_restraint"} <= chosen
    out = []
    if restraint:  # (paragraph (1) whole: the facts meet it on either reading, READING_2000)
        out.append(f"{_THREATS_2000}, or {_RESTRAINT_2000}, {d.v} or another person")
    elif threats:  # (the same words on either reading)
        out.append(f"{_THREATS_2000} {d.v} or another person")
    if "scheme_plan_or_pattern" in chosen:
        out.append(_LIMBS_1589[-1][1].format(v=d.v))
    if "abuse_or_threatened_abuse_of_law_or_legal_process" in chosen:
        out.append("the abuse or threatened abuse of law or the legal process")
    return out or None


def _labor_means(d: _Draft) -> str:
    means = _limbs_1589(d) or _limbs_1589_2000(d) or d.option_list("labor_means")
    if len(means) == 1:
        return f"the defendant did so by means of {means[0]}"
    return (
        "the defendant did so through at least one of the following prohibited means: "
        + "; ".join(means[:-1])
        + f"; or {means[-1]}"
    )


_CONDUCT: Group = (("conduct", "knowingly"), _conduct)

FORMS: dict[str, tuple[Group, ...]] = {
    "A1": (
        _CONDUCT,
        (
            ("means_will_be_used", "to_subject_to"),
            lambda d: (
                "the defendant acted with the intent or knowledge that "
                f"{d.options('means_will_be_used')} would be used to subject {d.v} to "
                f"{d.options('to_subject_to')}"
            ),
        ),
    ),
    "A2": (
        _CONDUCT,
        (("under_eighteen",), lambda d: f"{d.v} was under the age of eighteen years at the time"),
        (
            ("will_be_caused_to_engage_in_commercial_sexual_activity",),
            lambda d: (
                f"the defendant acted with the intent or knowledge that {d.v} would be caused to "
                "engage in commercial sexual activity"
            ),
        ),
    ),
    "A3": (
        (
            ("conduct", "knowingly", "benefit", "benefit_from"),
            lambda d: (
                f"the defendant knowingly benefited {d.options('benefit')} from the "
                f"{d.options('benefit_from')} of {d.v}"
            ),
        ),
        (
            ("means_was_used",),
            lambda d: (
                # the statute's "to obtain the labor, services or commercial sexual activity",
                # with the alternatives the facts support (review M8: not "that services")
                f"the defendant knew that {d.options('means_was_used')} was used to obtain the "
                f"{d.options('benefit_from')}"
            ),
        ),
    ),
    "1591a1_means": (
        _CONDUCT,
        (("means_will_be_used",), _means_1591),
        (("jurisdiction",), _commerce),
    ),
    "1591a1_minor": (
        _CONDUCT,
        (("under_eighteen",), _age_1591),
        (("age_mental_state",), _age_mind_1591),
        (("commercial_sex_act",), _csa_1591),
        (("jurisdiction",), _commerce),
    ),
    "1591a2_means": (
        (("conduct", "knowingly", "benefit", "participation", "venture"), _venture_benefit_1591),
        (("means_will_be_used",), _means_1591),
        (("jurisdiction",), _venture_commerce),
    ),
    "1591a2_minor": (
        (("conduct", "knowingly", "benefit", "participation", "venture"), _venture_benefit_1591),
        (("under_eighteen",), _age_1591),
        (("age_mental_state",), _age_mind_1591),
        (("commercial_sex_act",), _csa_1591),
        (("jurisdiction",), _venture_commerce),
    ),
    "1589a": (
        (("conduct",), lambda d: f"the defendant {d.verb} the labor or services of {d.v}"),
        (("labor_means",), _labor_means),
        (("knowingly",), lambda d: "the defendant acted knowingly"),
    ),
    "1589b": (
        (
            ("conduct", "knowingly", "benefit", "participation"),
            lambda d: (
                f"the defendant knowingly benefited {d.options('benefit')} from participation "
                "in a venture"
            ),
        ),
        (
            ("venture",),
            lambda d: (
                "the venture had engaged in the providing or obtaining of labor or services by "
                "any of the means described in § 1589(a)"
            ),
        ),
        (
            ("venture_mental_state",),
            lambda d: (
                f"the defendant {d.mind('venture_mental_state')} that the venture had engaged in "
                "the providing or obtaining of labor or services by any of such means"
            ),
        ),
    ),
    "1590a": (
        (("conduct",), lambda d: f"the defendant {d.verb} {d.v}"),
        (("for_labor_or_services",), lambda d: "the defendant did so for labor or services"),
        (
            ("in_violation_of_this_chapter",),
            lambda d: (
                "the defendant did so in violation of chapter 77 of title 18, United States Code "
                "(peonage, slavery, involuntary servitude or forced labor)"
            ),
        ),
        (("knowingly",), lambda d: "the defendant acted knowingly"),
    ),
}
"""Per paragraph or prong (its short name), its elements in the order the instruction states
them: each numbered element covers one or more statute elements (by key) and is drafted by a
function of what the facts support. Every statute element but the temporal one is covered
once (a test checks it against every text)."""

# --- building the form ----------------------------------------------------------------------


def _authority(
    version: TextVersion, d: _Draft, keys: tuple[str, ...], para: OffenceParagraph
) -> str:
    cites: list[str] = []
    labels: list[str] = []
    observe = keys == ("age_mental_state",) and d.observe_only("age_mental_state")
    for key in keys:
        element = d.elements[key]
        if not observe:
            cites.append(element.words_from)
        if element.also_words_from and (key != "age_mental_state" or d.minds(key)[2]):
            # § 1591(c) only where its opportunity to observe is among the alternatives the
            # facts support (not for a verb it does not list, nor an age known: review M7)
            cites.append(element.also_words_from)
        result = d.results[key]
        if isinstance(result, LabelledElement) and result.verification:
            labels.append(result.verification)
    cites = sorted(dict.fromkeys(cites))
    # a citation the same as another with a qualifier ("§ 1591(a)" beside "§ 1591(a), as
    # reconstructed") is said once, with it (review M13: not "§ 1591(a); (a), as reconstructed")
    cites = [c for c in cites if not any(o.startswith(c + ", ") for o in cites)]
    head = (
        "NMSA 1978, § 30-52-1" if version.section == "30-52-1" else f"18 U.S.C. § {version.section}"
    )
    short = "30-52-1" if version.section == "30-52-1" else head
    tails = [c.removeprefix(short) for c in cites]
    sep = "; " if any("," in t for t in tails) else ", "
    text = head + sep.join(tails)
    if labels:
        text += " " + " ".join(dict.fromkeys(labels))
    case = ji.DUONG if observe else _case_for(version, para, keys)
    if keys == ("jurisdiction",) and para.short.startswith("1591a2"):
        case = VENTURE_COMMERCE
    return f"{text}; {case}" if case else text


def _case_for(version: TextVersion, para: OffenceParagraph, keys: tuple[str, ...]) -> str | None:
    """The case law the state's age element rests on (State v. Jackson)."""
    if not isinstance(version, statute.StatuteVersion):
        return None
    citation, key = version.minor
    if para.citation != citation or key not in keys:
        return None
    case = version.case("knowledge_of_age")
    return f"{case.name}, {case.citation} ({case.holding})"


def _open_words(d: _Draft, keys: tuple[str, ...], age: AgeAtAct | None) -> str | None:
    open_keys = [k for k in keys if not d.met(k)]
    if not open_keys:
        return None
    parts = [d.label(k) for k in open_keys]
    asked = [d.points[k] for k in open_keys if k in d.points]
    if asked and len(asked) == len(open_keys):  # the summary asks a point of law of it
        return (
            f"{'; '.join(parts)}: an open point of law, not missing evidence, as the summary "
            f"asks it: {' '.join(dict.fromkeys(asked))}"
        )
    if (
        age is not None and age.open_point and all(d.elements[k].tests_age for k in open_keys)
    ):  # the law leaves it open
        return (
            f"{'; '.join(parts)}: {d.v}'s age at the act ({age.text}) turns on an open point of "
            "law (a birthday on 29 February), not on missing evidence."
        )
    text = "not established on the facts stated: " + "; ".join(parts)
    if any(d.alternatives_open(k) for k in open_keys):
        text += f" ({KEEP_SUPPORTED})"
    ruled_out = [w for k in open_keys for w in d.ruled_out(k)]
    if ruled_out:
        text += f"; the facts stated rule out {words.either(list(dict.fromkeys(ruled_out)), 'and')}"
    if "conduct" in open_keys and d.verb_open_point:
        if d.outside:
            text += (
                f". {d.act[0].upper()}{d.act[1:]} is not a verb of the text applied, so the "
                "element is drafted with those of its verbs the same facts may also be described "
                f"by ({KEEP_SUPPORTED})"
            )
        text += "; " + ji.BUYER_POINT.format(verbs=d.verbs_named)
    elif "age_mental_state" in open_keys and d.readings and d.observe_only("age_mental_state"):
        text += (
            "; § 1591(c) names the text's verbs, not a buyer's purchase: it serves on the same "
            "reading as the conduct element (whether those verbs reach a buyer's own purchase)"
        )
    if d.facts is not None and d.contradiction and any(k in _CONTRADICTABLE for k in open_keys):
        # why it is open: what the facts state against each other, and what that decides, in
        # the words of the note (``federal_facts_contradict``)
        said = contradiction_words(
            d.contradiction, _only_knowledge(d.facts), d.facts.actor, d.facts.person
        )
        text += "; " + said.removesuffix(".")
    if age is not None and age.open_point and any(d.elements[k].tests_age for k in open_keys):
        text += (
            f". {d.v}'s age at the act ({age.text}) turns on an open point of law (a birthday "
            "on 29 February), not on missing evidence"
        )
    return text + "."


def _elements(
    version: TextVersion,
    para: OffenceParagraph,
    d: _Draft,
    age: AgeAtAct | None,
) -> tuple[DraftedElement, ...]:
    out: list[DraftedElement] = []
    for i, (keys, sentence) in enumerate(FORMS[para.short]):
        out.append(
            DraftedElement(
                ordinal=ORDINALS[i],
                text=sentence(d),
                authority=_authority(version, d, keys, para),
                established=all(d.met(k) for k in keys),
                open=_open_words(d, keys, age),
            )
        )
    return tuple(out)


def _comments(para: OffenceParagraph, d: _Draft, federal: bool) -> tuple[str, ...]:
    out: list[str] = []
    if "in_force" in d.results and not d.met("in_force"):
        out.append(
            "Open: whether the text applied covers the date of the act (the date is not "
            "stated, or the text's effective date is not verified)."
        )
    if not federal:
        return tuple(out)
    if "age_mental_state" in d.results and para.short == "1591a1_minor":
        alternatives = d.elements["age_mental_state"].established
        if not any(
            s1591.OBSERVE in _true_paths(alt) and d.allows(alt) and not d.stated_false(alt)
            for alt in alternatives
        ) or (
            d.met("age_mental_state") and not d.minds("age_mental_state")[2]
        ):  # § 1591(c) does not serve this act, the facts rule it out, or the element is met
            # without it (the age known or disregarded): the bracket is not drafted (review M7)
            return tuple(out)
        if d.observe_only("age_mental_state"):
            out.append(
                "The third element is drafted from 18 U.S.C. § 1591(c) in place of knowledge or "
                "reckless disregard of the age"
                + (
                    ", which the facts stated rule out"
                    if not d.met("age_mental_state")
                    or any(d.stated_false(a) for a, _ in d._allowed("age_mental_state"))
                    else ""
                )
                + f'; 20.25 gives it as an optional bracket: "{ji.OBSERVE_WORDS}" (20.25, '
                "bracketed; 18 U.S.C. § 1591(c))."
            )
            return tuple(out)
    out.extend(ji.MODELS[para.short].comments)
    return tuple(out)


_DEFINED = re.compile(r"The term “([^”]+)” means")
"""How a definition of the federal texts begins (§ 1591(e), § 1589(c)): its term."""

DEFINED_TERMS = (
    "abuse or threatened abuse of law or legal process",
    "coercion",
    "commercial sex act",
    "participation in a venture",
    "serious harm",
    "venture",
)
"""The terms the federal sections define (§ 1591(e), § 1589(c)) that a drafted element may
use: where an element does, the definition of the text applied is quoted under the elements
(a jury would otherwise give "coercion" its lay meaning: review M4 of session 7)."""


Window = tuple[Law, tuple[TextVersion, ...]]
"""A dated act in a period in which either of several texts may apply, which give it the same
result: the section, and the texts other than the one the instruction is drafted from."""


def _definitions(
    version: TextVersion, elements: Sequence[DraftedElement], window: Window | None = None
) -> tuple[str, ...]:
    """Per defined term the drafted elements use (:data:`DEFINED_TERMS`), its definition in the
    text applied, verbatim with its citation and label; where the text applied has none the
    reference quotes (a renumbered or reconstructed text), that it is not quoted; where the act
    falls in a period in which another text may apply (``window``), what that text has of it
    (:func:`_only_in`). A state instruction: the text's own word that its definitions are
    UNVERIFIED and not encoded."""
    if isinstance(version, statute.StatuteVersion):
        return tuple(u for u in version.unverified if "subsection F onward" in u)[:1]
    said = " ".join(e.text for e in elements).lower()
    terms = [t for t in DEFINED_TERMS if re.search(rf"\b{re.escape(t)}\b", said)]
    defined = {
        m[1]: p for p in version.other_paragraphs if (m := _DEFINED.search(p.text)) is not None
    }
    out = []
    for term in terms:
        p = defined.get(term)
        if p is None:
            none = _none_defined(version)
            out.append(
                f"Definition of “{term}”: none in the text applied {none}."
                if none
                else f"Definition of “{term}”: not quoted; the reference gives no wording of it "
                "for the text applied."
            )
            continue
        label = f" {p.label.code}" if p.label is not None else ""
        quoted = f'Definition ({p.citation}{label}): "{p.text}"'
        note = _only_in(term, p.text, version, window[1], window[0]) if window else None
        out.append(f"{quoted} {note}" if note else quoted)
    return tuple(out)


def _defined(version: TextVersion) -> dict[str, str]:
    """The terms a federal text defines (as the reference gives its wording), each with its
    definition's words."""
    return {
        m[1]: p.text for p in version.other_paragraphs if (m := _DEFINED.search(p.text)) is not None
    }


def _only_in(
    term: str, text: str, version: TextVersion, others: Sequence[TextVersion], law: Law
) -> str | None:
    """Where the act falls in a period in which either of several texts may apply and they give
    it the same result (``others``: the texts other than ``version``), what the other texts
    have of the definition quoted from ``version``: none in the reference, or other words
    (review Y2 of session 8: § 1589(c)(2)'s "serious harm", which the text as enacted in 2000
    does not define, is not given to the jury as if either text had it). None: every text has
    the same words, or the act is in no such period."""
    missing: list[str] = []
    differing: list[str] = []
    undefined: list[str] = []
    for other in others:
        words_ = _defined(other).get(term)
        if words_ is None and (none := _none_defined(other)):
            undefined.append(f"the text {_short_name(law, other)} has none {none}")
        elif words_ is None:
            missing.append(_short_name(law, other))
        elif words_ != text:
            differing.append(_short_name(law, other))
    if not missing and not differing and not undefined:
        return None
    said = undefined[:]
    if missing:
        said.append(
            f"the reference gives no wording of it for the text {words.either(missing, 'and')}"
        )
    if differing:
        said.append(f"the text {words.either(differing, 'and')} words it differently")
    return (
        f"This definition is that of the text {_short_name(law, version)}; "
        f"{' and '.join(said)}: which text applies is a point of law."
    )


def _none_defined(version: TextVersion) -> str | None:
    """Where the reference says a text defines no term (§ 1589 as enacted in 2000: "no
    definitions"), its words with where it says them, in parentheses (said after "has none",
    review Z1 F1 of session 8); else None (the reference may only lack the wording: § 1591's
    2015 "venture")."""
    said = version.commentary.get("no_definitions")
    if said is None:
        return None
    source = version.commentary.get("no_definitions_source", "the reference")
    return f"({source}: “{said}”)"


def _short_name(law: Law, version: TextVersion) -> str:
    """A federal text named after its section, e.g. "as amended 23 December 2008 [S]"."""
    return words.text_name(law, version).removeprefix(f"{law.citation} ")


def _form_words(para: OffenceParagraph, federal: bool) -> str:
    if not federal:
        return ji.STATE_FORM[0].upper() + ji.STATE_FORM[1:] + "."
    model = ji.MODELS[para.short]
    if model.number:
        return f"Follows {model.name}, as the Ninth Circuit's model ({ji.TENTH_NOT_FOUND})."
    return model.name[0].upper() + model.name[1:] + "."


def _cited(law: str, para: OffenceParagraph) -> str:
    """A federal paragraph as the form cites it: its subsection; or, where the text applied
    has none (no element's words are cited from it: the one-paragraph 2000 text of § 1589,
    review Z4 5 of session 8), the section."""
    cited = para.paragraph_citation
    if any(e.words_from and e.words_from.startswith(cited) for e in para.elements):
        return cited
    return statute.law(law).citation


def _instruction(
    law: str,
    version: TextVersion,
    para: OffenceParagraph,
    status: Status,
    act: str,
    victim: str,
    when: str,
    results: Sequence[ElementResult],
    age: AgeAtAct | None,
    text_applied: str,
    facts: Conduct | None,
    points: dict[str, str] | None = None,
    window: Window | None = None,
) -> Instruction | LeftOut:
    """The instruction drafted; or, for a paragraph or prong open on the facts stated where no
    fact stated supports what sets it apart (:data:`APART`), or where none of the act points to
    what it needs besides (:data:`NEEDS`: commercial sexual activity), what is left out."""
    federal = law != STATE
    named = (
        f"the verbs of {para.paragraph_citation} in the text applied"
        if federal
        else f"the {version.in_force_from.year} verbs"
    )
    d = _Draft(act, victim, results, para, facts, named, points)
    citation = f"NMSA 1978, § {para.citation}" if not federal else _cited(law, para)
    missing = left_out(para.short, d, age is not None) if status == "undetermined" else None
    if missing is not None:
        if "{means}" in missing:  # the means element's own words (the 2000 § 1589: no (a))
            means = next(e for e in para.elements if e.key == "labor_means")
            missing = missing.format(means=means.brief or means.label)
        return LeftOut(citation, missing, act_words(act, victim, when))
    elements = _elements(version, para, d, age)
    return Instruction(
        law=law,
        citation=citation,
        title=para.title,
        act=act_words(act, victim, when),
        status=status,
        text_applied=text_applied,
        form=_form_words(para, federal),
        elements=elements,
        comments=_comments(para, d, federal),
        definitions=_definitions(version, elements, window),
    )


Facts = dict[str, Conduct]
"""The acts of the fact pattern by id (empty: not given)."""

Points = dict[tuple[str, str, str], str]
"""The summary's points of law on an element of an act: by the act's id, the law's id and the
element's key, the question as the summary asks it (:func:`_points_of_law`)."""

Limits = dict[tuple[str, str], str]
"""The pair's limitation lines: by the act's id and the law's id, the line said under each
instruction drafted for the act under that law (:func:`_limitations`)."""


def _limitations(a: AssessmentResult, defendant: str, victim: str) -> Limits:
    """The limitation period of each act of the pair under each law, as the summary's count
    gives it (``summary_text.limitation``, the one source of its words: the periods are not
    worked out again), one law at a time: "Limitation (unless tolled; check): § 30-52-1 to 10
    January 2022 (passed) under § 30-1-8(B)." Every passed day is marked on the form, also
    where the summary's law line says it (the form is read alone)."""
    names = summary_text.law_names()
    today = a.summary.assessed_on
    return _per_act(a, defendant, victim, lambda c, law: _limitation_line(c, law, names, today))


def _first_days(a: AssessmentResult, defendant: str, victim: str) -> Limits:
    """For each act of the pair whose § 30-52-1 result rests on the first text being in force
    on a day reported, not verified (1 July 2008), the summary's label of that day
    (``summary_text.first_day_label``, its one source: review Z4 2 of session 8, the form
    drafted such an act "met" with no word of it), by the act's id and the law's id."""
    return _per_act(a, defendant, victim, lambda c, law: summary_text.first_day_label([c], law))


def _per_act(
    a: AssessmentResult,
    defendant: str,
    victim: str,
    say: Callable[[CountSummary, str], str | None],
) -> Limits:
    """What ``say`` gives for each act of the pair under each law, by the act's id and the
    law's id (left out where it gives nothing)."""
    out: Limits = {}
    for p in a.summary.pairs:
        if (p.defendant, p.victim) != (defendant, victim):
            continue
        for c in p.counts:
            for law in c.laws:
                said = say(c, law)
                if said:
                    out[(c.conduct, law)] = said
    return out


def _limitation_line(c: CountSummary, law: str, names: dict[str, str], today: date) -> str:
    """The count's limitation under one law, in the summary's words, as a sentence ("" where
    the summary gives none: the act meets nothing, or the law's questions are not asked)."""
    said = summary_text.limitation(replace(c, laws={law: c.laws[law]}), names, today)
    return f"{said[0].upper()}{said[1:]}." if said else ""


def _points_of_law(a: AssessmentResult) -> Points:
    """Every point of law the summary asks of an element of an act (its ``needed``), by act,
    law and element, so that the form calls the element "an open point of law" where the
    summary does, not a gap in the facts (review M12 of session 7: § 1590's "in violation of
    this chapter" for a violation intended but not completed). The verbs (a buyer's purchase)
    and a 29 February birthday have their own words on the form and are not taken here."""
    out: Points = {}
    for q in a.summary.needed:
        if q.kind != "point_of_law" or q.element in ("conduct", "under_eighteen"):
            continue
        for act in (q.conduct, *q.also):
            out.setdefault((act, q.law, q.element), q.text)
    return out


def _state(
    f: Finding,
    unknown: list[str],
    facts: Facts,
    left: list[LeftOut],
    points: Points,
    limits: Limits | None = None,
    first_days: Limits | None = None,
) -> list[Instruction]:
    """``first_days``: :func:`_first_days`, said after the text applied."""
    out: list[Instruction] = []
    for c in f.counts:
        if c.status == "not_met" or c.statute_version is None:
            continue
        when = when_words(c.date, c.date_assumed, c.possible_dates)
        try:
            version = statute.by_id(c.assessed_under)
        except KeyError:  # a text given to assess() for this assessment only
            act = act_words(c.act, f.victim, when)
            unknown.append(
                f"{act[0].upper()}{act[1:]}: judged under a text of § 30-52-1 this library does "
                "not hold (given for this assessment only); no instruction is drafted."
            )
            continue
        for citation, p in c.paragraphs.items():
            if p.status == "not_met":
                continue
            para = version.offence(citation)
            drafted = _instruction(
                STATE,
                version,
                para,
                p.status,
                c.act,
                f.victim,
                when,
                of_count(c, citation),
                c.victim_age,
                "; ".join(
                    x for x in (version.citation, (first_days or {}).get((c.conduct, STATE))) if x
                ),
                facts.get(c.conduct),
                points=_of_act(points, c.conduct, STATE),
            )
            if isinstance(drafted, LeftOut):
                left.append(drafted)
                continue
            degree = degree_line(version, para, c.victim_age, f.victim)
            limitation = (limits or {}).get((c.conduct, STATE))
            out.append(replace(drafted, degree=degree, limitation=limitation))
    return out


def _federal_count(
    law: str,
    f: Finding,
    c: LawCount,
    facts: Facts,
    left: list[LeftOut],
    asked: bool = True,
    points: Points | None = None,
    limits: Limits | None = None,
) -> list[Instruction] | NoText:
    """The instructions of the act under the federal section ``law`` (the prongs left out go to
    ``left``), or why none is drafted (no one text applies). ``asked`` False: the summary asks
    none of the section's questions of the pair (its ``not_asked``: not at issue), and a prong
    open on the facts stated is neither drafted nor named as left out (review Z3 2 of session
    8; in a labor case the age or a means stated leaves § 1591 open but puts no commercial sex
    act at issue: review M1 of session 7)."""
    when = when_words(c.date, c.date_assumed, c.possible_dates)
    version = statute.text_version(c.assessed_under)
    if c.text_version is None or not version.encoded:
        act = act_words(c.act, f.victim, when)
        if c.date is not None and not c.date_assumed:
            # a dated act in a period whose texts give it different results (an Act's
            # enactment day, an effective-date window): which text applies is a point of law,
            # not the date (review U2 of session 8)
            period, _ = statute.law(law).version_for(c.date)
            candidates: tuple[TextVersion, ...] = getattr(period, "candidates", ())
            if candidates:
                texts = tuple(words.text_name(statute.law(law), t) for t in candidates)
                return NoText(act, None, (period.citation, texts), c.conduct)
        # an undated act judged under several texts (``reasoning.undated``): no one text
        if version is statute.law(law).undated or version.encoded:
            return NoText(act, None, conduct=c.conduct)
        return NoText(act, version.citation, conduct=c.conduct)
    out: list[Instruction] = []
    section = statute.law(law)
    named, window = _text_applied(section, version, c.date)
    for citation, status in c.statuses.items():
        if status == "not_met" or (status == "undetermined" and not asked):
            continue  # (a prong open where the summary asks none of the section's questions)
        para = version.offence(citation)
        if para.short not in FORMS or not para.in_text:
            continue
        drafted = _instruction(
            law,
            version,
            para,
            status,
            c.act,
            f.victim,
            when,
            of_count(c, citation),
            c.victim_age,
            named,
            facts.get(c.conduct),
            _of_act(points or {}, c.conduct, law),
            window,
        )
        if isinstance(drafted, LeftOut):
            left.append(drafted)
        else:
            limitation = (limits or {}).get((c.conduct, law))
            out.append(replace(drafted, degree=_no_punishment(c, law), limitation=limitation))
    return out


BOTH_GIVE = "which applies is a point of law; both give these elements"
"""Said after the texts of a period in which either may apply, where they give the act the same
result (review Y2 of session 8): the instruction is drafted from one of them, named after it."""


def _text_applied(law: Law, version: TextVersion, day: date | None) -> tuple[str, Window | None]:
    """The text an instruction is drafted from, as the summary names the act's text
    (``words.text_name``; review V14): for an act dated in a period in which either of several
    texts may apply and they give it the same result (an Act's enactment day, § 1589's 2008
    window), the period with both texts (:data:`BOTH_GIVE`) and the text whose words the
    elements take; with the other texts (whose definitions may differ: :func:`_only_in`)."""
    name = words.text_name(law, version)
    if day is None:
        return name, None
    period, _ = law.version_for(day)
    candidates: tuple[TextVersion, ...] = getattr(period, "candidates", ())
    if version not in candidates or len(candidates) < 2:
        return name, None
    others = tuple(t for t in candidates if t is not version)
    return (
        f"{words.text_name(law, period)}: {BOTH_GIVE}, drafted in the words of the text "
        f"{_short_name(law, version)}",
        (law, others),
    )


def _of_act(points: Points, act: str, law: str) -> dict[str, str]:
    """The summary's points of law on one act's elements under one law, by element key."""
    return {e: text for (a, at, e), text in points.items() if (a, at) == (act, law)}


@dataclass(frozen=True)
class NoText:
    """An act no instruction is drafted for under a federal section: no text of it is encoded
    for the act's date (``period``: the period's name), or (``period`` None) the dates an
    undated act can have happened on span more than one text."""

    act: str
    period: str | None
    point: tuple[str, tuple[str, ...]] | None = None
    """A dated act in a period whose candidate texts give it different results (an Act's
    enactment day, an effective-date window): the period's title (why which text applies is
    UNVERIFIED) and the candidate texts by name; which text applies is then a point of law,
    not the date (None: not such an act)."""
    conduct: str = ""
    """The act's id."""
    asked: bool = False
    """The summary asks which text of the section applies to the act, as a point of law (its
    ``needed``: a dated act in a period with no text applied, e.g. § 1590 in the 2008 window):
    the form says so in the same terms (review Y8 of session 8), not that no text is encoded."""


def _no_text_lines(law: str, found: Sequence[NoText]) -> list[str]:
    """One line per period (or per spanning) naming every act of the pair it holds for under
    ``law`` (review M13 of session 7: not one line per act and section)."""
    groups: dict[tuple[str | None, tuple[str, tuple[str, ...]] | None, bool], list[str]] = {}
    for x in found:
        groups.setdefault((x.period, x.point, x.asked), []).append(x.act)
    cited = statute.law(law).citation
    out = []
    for (period, point, asked), acts in groups.items():
        named = words.either(list(dict.fromkeys(acts)), "and")
        named = f"{named[0].upper()}{named[1:]}"
        one = len(set(acts)) == 1
        if point is not None:  # the summary's point of law, in its words (the period's title)
            title, texts = point
            short = [t.removeprefix(f"{cited} ") for t in texts]
            out.append(
                f"{named}: which text of {cited} applies ({words.either(short)}) is a point of "
                f"law, not a fact to establish ({title}), and the texts give "
                f"{'it' if one else 'them'} different answers; no instruction is drafted until "
                "it is settled."
            )
        elif asked:  # the summary's point of law, on the period's own words
            out.append(
                f"{named}: which text of {cited} applies is a point of law, not a fact to "
                f"establish ({period}); no instruction is drafted."
            )
        elif period is None:
            out.append(
                f"{named}: the dates {'it' if one else 'each'} can have happened on span more "
                f"than one text of {cited}, so which text applies is not known; no instruction "
                f"is drafted until the {'date is' if one else 'dates are'}."
            )
        else:
            dates = "that date" if one else "their dates"
            out.append(
                f"{named}: no text of {cited} is encoded for {dates} ({period}); no instruction "
                "is drafted."
            )
    return out


def _no_punishment(c: LawCount, law: str) -> str | None:
    """Where the section's penalty provision, read literally, states no punishment for what the
    act is (or may be): said under the drafted elements, as the state's degree is, so that an
    instruction 'met on the facts stated' is not read as a count with a sentence (§ 1591(b);
    UNVERIFIED, a point of law the summary asks)."""
    penalty = c.penalty
    if penalty.status == "none_stated":
        return f"Penalty: {penalty.reason.rstrip('.')}. A point of law: see what is still needed."
    if not penalty.none_stated_possible:
        return None
    cited = penalty.citation or f"{statute.law(law).citation}'s penalty provision"
    return (
        f"Penalty: on some of the facts still to be established, {cited} read literally states "
        "no punishment for this finding (UNVERIFIED; a point of law: see what is still needed)."
    )


def _left_out_line(left: Sequence[LeftOut]) -> str | None:
    """One line naming what is left out: per act (or acts), each paragraph or prong with what
    sets it apart, which no fact stated supports."""
    if not left:
        return None
    whole = {(i.citation, i.act) for i in left if "(" not in i.citation.rpartition("§")[2]}
    left = [  # a section left out as a whole: its prongs are not named again for the act
        i for i in left if not any(i.citation.startswith(f"{c}(") and a == i.act for c, a in whole)
    ]
    acts: dict[tuple[str, str], list[str]] = {}
    for item in left:
        acts.setdefault((item.citation, item.apart), []).append(item.act)
    by_acts: dict[tuple[str, ...], list[str]] = {}
    for (citation, apart), named in acts.items():
        by_acts.setdefault(tuple(dict.fromkeys(named)), []).append(f"{citation} ({apart})")
    parts = [
        f"for {words.either(list(named), 'and')}, {words.either(items, 'and')}"
        for named, items in by_acts.items()
    ]
    each = "each" if len(acts) > 1 else "it"
    return (
        f"Not drafted, though open on the facts stated, as no fact stated supports what sets "
        f"{each} apart (only the alternatives the evidence supports are drafted): "
        f"{'; '.join(parts)}."
    )


_RELATED = "Related offense — "
"""How the summary's line of a related offense begins (``reasoning.summary``): the offense, its
citation and act, then after ": " what the summary finds of it."""

RELATED_NOT_DRAFTED = (
    "not drafted: no New Mexico uniform jury instruction for it is among the sources"
)
"""Why no instruction is drafted for an attempt (§ 30-28-1) or a conspiracy (§ 30-28-2): the
sources read name none (``related-law-2026-12.md`` § 8 has only the General Use Note, for human
trafficking); no uniform instruction's words are invented."""


FEDERAL_RELATED_NOT_DRAFTED = (
    "not drafted: no pattern instruction for it is among the sources, and its elements are not "
    "in the reference"
)
"""Why no instruction is drafted for a § 1594 attempt or conspiracy (the summary's "not
assessed (the elements of conspiracy are not in the reference)"; ``s1594.ATTEMPT_NOTE``): the
federal reference quotes § 1594's words but not its elements, and names no pattern
instruction for it (review M6 of session 7)."""


def _related_lines(related: Sequence[str]) -> tuple[str, ...]:
    """The summary's related offenses of a pair (the attempt a sting leaves, the conspiracy an
    agreement stated leaves: ``reasoning.sting``, ``related_notes.conspiracies``), each named
    with its citation and act, "not drafted" and why, then what the summary finds of it. In a
    sting the attempt is the only charge the facts support: the form said nothing of it."""
    out = []
    for line in related:
        head, _, found = line.removeprefix(_RELATED).partition(": ")
        why = FEDERAL_RELATED_NOT_DRAFTED if "U.S.C." in head else RELATED_NOT_DRAFTED
        said = f"{head[0].upper()}{head[1:]}, {why}."
        # the form has no notes: the one the summary points to is named as the summary's
        note = _SEE_NOTE.search(found)
        if note is not None:  # (before its limitation period, or at its end)
            found = found[: note.start()] + found[note.end() :]
        whose = f"the summary and its {note[1]} note find" if note else "the summary finds"
        out.append(f"{said} As {whose} it: {found}" if found else said)
    return tuple(out)


def _federal_attempts(
    a: AssessmentResult, defendant: str, victim: str, unasked: frozenset[str] = frozenset()
) -> list[str]:
    """The § 1594(a) attempt a sting leaves under § 1591 (the person believed a minor was 18 or
    older: the finding's note, ``reasoning.federal_notes.decoy``), as a related offense's line
    of the summary reads, so that the form names it beside the state's attempt (review M6); not
    where the summary asks none of § 1591's questions of the pair (``unasked``: no fact stated
    puts a commercial sex act at issue, which the attempt would need as much; review Z3 2 of
    session 8)."""
    out: list[str] = []
    for f in a.findings:
        if (f.defendant, f.victim) != (defendant, victim):
            continue
        for law, j in f.jurisdictions.items():
            if law in unasked:
                continue
            for note in j.notes:
                if note.kind == "decoy":
                    out.append(
                        f"Attempt ({note.citation} [S]), {FEDERAL_RELATED_NOT_DRAFTED}. As the "
                        f"elements view's note finds it: {note.text}"
                    )
    return out


_SEE_NOTE = re.compile(r" \(see the (\w+) note\)")
"""How the summary's line points to its note (before the limitation period, if any)."""


_WHERE = ("place", "indian_country")
"""The summary's questions on who may prosecute an act, by its place (``reasoning.needed``:
an act outside New Mexico, a point of law; an act in Indian country)."""

_CHECK = "Check: "
"""How the caution on a federal section's line begins where its jurisdiction element rests on a
special maritime and territorial jurisdiction stated for an act in Indian country
(``reasoning.federal_notes.SMTJ_CHECK``, the only "Check:" of a line's reason)."""

_NOTE_POINTER = re.compile(r" \(see the ([\w-]+) note\)")
"""A question's pointer to the summary's note: left out, as the form has no notes."""


def _jurisdiction_lines(
    a: AssessmentResult, defendant: str, victim: str, settled: bool = False
) -> tuple[str, ...]:
    """The points on who may prosecute and on the federal jurisdiction element the summary
    raises for the pair, each as an "Open" line in the summary's words (review M2 of session 7):
    a judge must resolve them before instructing, and the form is read alone: without the
    summary's pointer to its note, which the form does not carry (review Y4 of session 8).
    ``settled``: the pair's Indian-country caution is said on the form
    (:func:`_indian_country_line`: the defendant's status is stated), so the summary's question
    of the victim's status, which by its own words does not decide the State's jurisdiction, is
    not said as "Open" beside it (review Y4). A section the summary asks none of the questions
    of for the pair (not at issue) has no "Open" line on its jurisdiction element (review Z3 2)."""
    out: list[str] = []
    for q in a.summary.needed:
        if (q.defendant, q.victim) != (defendant, victim) or q.element not in _WHERE:
            continue
        if settled and q.element == INDIAN_COUNTRY:
            continue
        cited = "; ".join(f"{statute.NM.citation.removesuffix('30-52-1')}{c}" for c in q.citations)
        kind = ", a point of law" if q.kind == "point_of_law" else ""
        text = _NOTE_POINTER.sub("", q.text)
        out.append(f"Open ({cited}{kind}): {text}")
    for p in a.summary.pairs:
        if (p.defendant, p.victim) != (defendant, victim):
            continue
        for law in p.laws:
            why = law.why or ""
            if _CHECK in why and not law.not_asked:  # (not at issue: review Z3 2 of session 8)
                check = why[why.index(_CHECK) + len(_CHECK) :].rstrip(".")
                out.append(f"Open ({law.name}): {check[0].upper()}{check[1:]}.")
    return tuple(dict.fromkeys(out))


SUMMARY_CAUTIONS = ("sting", "also_victim", "child_defendant", "evidence_against_means")
"""The kinds of the cautions on the summary's § 30-52-1 line (contract 2.6.0) said on the form
under the pair, in the summary's words and order (review X3 of session 8: the form is read
alone): every kind. A sting's reason says why the minor offense's paragraph is not drafted (the
attempt it leaves is named after it); a defendant also a victim, or under eighteen, may not be
prosecutable as the form drafts it (§ 30-52-1(E); the Children's Code); evidence on file
against a stated means bears on which alternatives the evidence supports, which the General
Use Note asks the drafter to keep (said with the pair's § 30-52-1 instructions:
:data:`STATE_PART`). The words are the summary's, adapted to the form read alone in one place
(:func:`_on_form`). The Indian-country caution is said among the points on who may prosecute
(:func:`_indian_country_line`)."""

INDIAN_COUNTRY = "indian_country"
"""The kind of the summary's caution on an act in Indian country (contract 2.6.0)."""


def _state_cautions(a: AssessmentResult, defendant: str, victim: str) -> list[Caution]:
    """The cautions of the pair's § 30-52-1 line in the summary (none where § 30-52-1 is not
    among the laws assessed)."""
    if STATE not in a.laws:
        return []
    return [
        c
        for p in a.summary.pairs
        if (p.defendant, p.victim) == (defendant, victim)
        for law in p.laws
        if law.law == STATE
        for c in law.cautions
    ]


STATE_PART = ("evidence_against_means",)
"""The kinds of the summary's § 30-52-1 cautions said with the pair's § 30-52-1 instructions
rather than under the pair (review Y6 of session 8): the evidence on file against a stated
means bears on the alternatives of a § 30-52-1 element, and said after the federal instructions
it could be read as of § 1589(a)'s means."""

ADULT_SENTENCE = (
    " The basic sentence shown is an adult's; whether it could be imposed is not assessed."
)
"""How the summary's caution on a defendant under eighteen ends (``reasoning.notes.
defendant_under_eighteen``): of the basic sentence its line shows. The form shows the degree an
instruction is drafted for, not a basic sentence (but for an attempt's or a conspiracy's, in the
summary's words): where it shows none, the sentence is left out (review Y5 of session 8)."""


def _on_form(c: Caution, sentence_shown: bool) -> str:
    """A caution of the summary's § 30-52-1 line as the form says it, read alone (the one place
    the form adapts a caution's words): one that begins with a paragraph of the section
    ("(A)(2) is not met: …", a sting's reason) has the section's citation before it, which the
    line's head gives in the summary; the evidence on file against a stated means has it after
    its heading, as the form's other headed lines do (review Y6); the caution on a defendant
    under eighteen leaves out its sentence on the basic sentence shown where the form shows
    none (``sentence_shown``: :data:`ADULT_SENTENCE`)."""
    text = c.text
    if text.startswith("("):
        return f"{statute.NM.citation}{text}"
    if c.kind == "evidence_against_means":
        head, _, rest = text.partition(": ")
        return f"{head} ({statute.NM.citation}): {rest}"
    if c.kind == "child_defendant" and not sentence_shown and text.endswith(ADULT_SENTENCE):
        return text.removesuffix(ADULT_SENTENCE)
    return text


def _said(
    a: AssessmentResult, defendant: str, victim: str, related: Sequence[str]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The cautions of the pair's § 30-52-1 line said on the form (:data:`SUMMARY_CAUTIONS`), as
    :func:`_on_form` words them: those said under the pair, and those said with its § 30-52-1
    instructions (:data:`STATE_PART`). ``related``: the pair's related-offense lines on the
    form (an attempt's or a conspiracy's grade, with its basic sentence)."""
    shown = any("basic sentence" in line for line in related)
    under: list[str] = []
    with_state: list[str] = []
    for c in _state_cautions(a, defendant, victim):
        if c.kind in SUMMARY_CAUTIONS:
            (with_state if c.kind in STATE_PART else under).append(_on_form(c, shown))
    return tuple(under), tuple(with_state)


def _indian_country_line(
    a: AssessmentResult, defendant: str, victim: str, pattern: FactPattern | None
) -> tuple[str, ...]:
    """The summary's Indian-country caution for the pair (review X2 of session 8), whatever
    the persons' stated status: "Open" where the State's jurisdiction is in doubt (the
    defendant stated to be an Indian: Romero), "Who may prosecute" where the stated facts settle
    it (a non-Indian defendant: McBratney, Castro-Huerta). Where the defendant's status is not
    stated, the summary's question of it (:func:`_jurisdiction_lines`) says the same, and the
    caution is not said again. Without the fact pattern the defendant's status is not known
    here: "Open"."""
    status = pattern.person(defendant).indian if pattern is not None else None
    asked = any(
        (q.defendant, q.victim) == (defendant, victim) and q.element == INDIAN_COUNTRY
        for q in a.summary.needed
    )
    out = []
    for c in _state_cautions(a, defendant, victim):
        if c.kind != INDIAN_COUNTRY or (status is Truth.UNKNOWN and asked):
            continue
        head = "Who may prosecute" if status is Truth.FALSE else "Open"
        out.append(f"{head} ({statute.NM.citation}): {c.text}")
    return tuple(out)


def _where_lines(
    a: AssessmentResult, defendant: str, victim: str, pattern: FactPattern | None
) -> tuple[str, ...]:
    """The pair's points on who may prosecute: its Indian-country caution, then the summary's
    open questions on the place (each point said once, under its heading: review Y4)."""
    indian = _indian_country_line(a, defendant, victim, pattern)
    return (*indian, *_jurisdiction_lines(a, defendant, victim, bool(indian)))


_CAUTIONS = ("unit_of_prosecution", "unanimity")
"""The kinds of the pair's § 30-52-1 notes said on the form where several state instructions
are drafted for it (``reasoning.notes.unit_of_prosecution``, ``reasoning.related_notes.
unanimity``)."""


def _cautions(f: Finding, drafted: Sequence[Instruction]) -> tuple[str, ...]:
    """The pair's notes on separate counts and unanimity, each once and as the elements view and
    the memo give them, where the form drafts more than one state instruction for the pair: the
    headings "For a charge under …" are not separate counts by themselves, and a count that
    rests on several acts may need a specific-act instruction (review M3 of session 7). An act
    drafted under several paragraphs that the pair's note does not say so of (one met and one
    open, or an act among several) gets the note's words for one act (:func:`_one_act_lines`)."""
    if sum(i.law == STATE for i in drafted) < 2:
        return ()
    out = []
    for note in f.notes:
        if note.kind not in _CAUTIONS:
            continue
        title = words.NOTE_TITLES[note.kind]
        text = note.text
        if not text.lower().startswith(note.kind):  # (the unanimity note names itself)
            text = f"{words.capital(title)}: {text}"
        out.append(text)
    out += _one_act_lines(f, drafted)
    return tuple(dict.fromkeys(out))


_SHORT_STATUS = {"met": "met", "undetermined": "open"}


def _one_act_lines(f: Finding, drafted: Sequence[Instruction]) -> list[str]:
    """For each act the form drafts under several paragraphs of § 30-52-1 where the pair's
    Carson note does not already say that one act meets several (it is said only where the act
    meets them all, and only of a pair's one act: ``reasoning.notes.unit_of_prosecution``), the
    same caution: the paragraphs are read as ways of committing one offense, not separate counts
    (``statute.related.unit_of_prosecution.ONE_ACT``); with Carson's holding and the Herron
    factors where the pair has no Carson note (review A1 of session 9: one act drafted under
    (A)(1), met, and (A)(2), open, had no caution, against the user guide)."""
    unit = [n for n in f.notes if n.kind == "unit_of_prosecution"]
    if any(ONE_ACT in n.text for n in unit):
        return []
    by_act: dict[str, list[Instruction]] = {}
    for i in drafted:
        if i.law == STATE:
            by_act.setdefault(i.act, []).append(i)
    out = []
    for act, found in by_act.items():
        if len(found) < 2:
            continue
        under = words.either(
            [
                f"{i.citation.removeprefix('NMSA 1978, § ')} ({_SHORT_STATUS[i.status]})"
                for i in found
            ],
            "and",
        )
        text = f"{words.capital(act)} is drafted under several paragraphs ({under}): {ONE_ACT}"
        if not unit:
            text += f" {CARSON.name}, {CARSON.citation}: {CARSON.holding}. {UNIT_NOTE}"
        out.append(f"{words.capital(words.NOTE_TITLES['unit_of_prosecution'])}: {text}")
    return out


def _pair(
    f: Finding,
    laws: Sequence[str],
    facts: Facts,
    related: Sequence[str] = (),
    unasked: frozenset[str] = frozenset(),
    where: tuple[str, ...] = (),
    points: Points | None = None,
    said: tuple[str, ...] = (),
    state_said: tuple[str, ...] = (),
    limits: Limits | None = None,
    first_days: Limits | None = None,
) -> PairForm:
    """The pair's form; ``unasked``: the laws the summary asks none of the questions of for
    the pair (its ``not_asked``: not at issue), whose open prongs are not drafted, and which
    no line names; ``said``: the cautions of the
    summary's § 30-52-1 line said on the form (:data:`SUMMARY_CAUTIONS`), ``state_said`` those
    of them said with the § 30-52-1 instructions (:data:`STATE_PART`); ``limits``: the
    limitation line of each act under each law (:func:`_limitations`)."""
    points = points or {}
    instructions: list[Instruction] = []
    nothing: list[str] = []
    left: list[LeftOut] = []
    found: list[Instruction] = []
    if STATE in laws:
        found = _state(f, nothing, facts, left, points, limits, first_days)
        if not found and not nothing and not left:
            nothing.append(
                f"{statute.NM.citation}: no paragraph is met or open on the facts stated; no "
                "instruction is drafted."
            )
        instructions.extend(found)
    if not found:  # with the line saying no § 30-52-1 instruction is drafted (review Y6)
        nothing.extend(state_said)
    for law, j in f.jurisdictions.items():
        drafted: list[Instruction] = []
        no_text: list[NoText] = []
        for c in j.counts:
            if c.status == "not_met":
                continue
            got = _federal_count(law, f, c, facts, left, law not in unasked, points, limits)
            if isinstance(got, NoText):
                no_text.append(got)
            else:
                drafted.extend(got)
        if law in unasked:  # the summary asks none of its questions: not at issue (review Y8)
            no_text = []
        no_text = [
            replace(x, asked=True)
            if x.period is not None and x.point is None and (x.conduct, law, "text") in points
            else x
            for x in no_text
        ]
        nothing.extend(_no_text_lines(law, no_text))
        if not drafted and j.status == "not_met":
            nothing.append(
                f"{j.citation}: no prong is met or open on the facts stated; no instruction is "
                "drafted."
            )
        instructions.extend(drafted)
    if unasked and not (instructions or nothing or left or related or where or said):
        nothing.append(_nothing_at_issue(unasked, f.victim))
    return PairForm(
        f.defendant,
        f.victim,
        tuple(instructions),
        tuple(nothing),
        _left_out_line(left),
        tuple(related),
        where,
        (*said, *_cautions(f, instructions)),
        state_said if found else (),
    )


UNASKED_REACH = {
    "usc_1591": "a commercial sex act by {victim}",
    "usc_1589": "{victim}'s labor or services",
    "usc_1590": "{victim}'s labor or services",
}
"""What a federal section reaches that no fact stated puts at issue where the summary asks none
of its questions of the pair (``reasoning.needed.unasked``, in its words)."""


def _nothing_at_issue(unasked: frozenset[str], victim: str) -> str:
    """The pair's one line where the form would otherwise say nothing of it: every section open
    for it is one the summary asks none of the questions of (not at issue, and not named:
    review Z3 2 of session 8), so no instruction is drafted, and the line says why in the
    summary's words, without naming the sections."""
    reach = [UNASKED_REACH[law].format(victim=victim) for law in unasked if law in UNASKED_REACH]
    reach = list(dict.fromkeys(sorted(reach, key=lambda r: "labor" in r)))
    them = "them" if len(reach) > 1 else "it"
    return (
        f"No instruction is drafted: no fact stated puts at issue {words.either(reach, 'or')}, "
        f"so the summary asks none of the questions of the sections that reach {them}."
    )


def _label_lines(a: AssessmentResult, shown: str) -> list[str]:
    """The legend of each label the form uses (``shown``: the form's text above the legends):
    a label no drafted text or line carries is not explained (review Z4 8 of session 8: the
    [R] legend on labor forms that name no reconstructed text)."""
    seen: dict[str, str] = {}
    for f in a.findings:
        for j in f.jurisdictions.values():
            for label in j.labels:
                seen.setdefault(label.code, label.meaning)
    return [
        f"{code}: {meaning}." for code, meaning in seen.items() if code != "—" and code in shown
    ]


def _text_of(x: object) -> str:
    """Every string a form's part holds, joined (what the form says of it)."""
    if isinstance(x, str):
        return x
    if isinstance(x, tuple | list):
        return "\n".join(_text_of(y) for y in x)
    if is_dataclass(x):
        return "\n".join(_text_of(getattr(x, f.name)) for f in fields(x))
    return ""


def court_form(a: AssessmentResult, pattern: FactPattern | None = None) -> CourtForm:
    """The court form of an assessment, as data; with the fact ``pattern`` assessed, the
    alternatives a fact stated false rules out are left out of each element."""
    facts: Facts = {c.id: c for c in pattern.conduct} if pattern is not None else {}
    points = _points_of_law(a)
    unasked = {
        (p.defendant, p.victim): frozenset(x.law for x in p.laws if x.not_asked)
        for p in a.summary.pairs
    }  # the summary asks none of these laws' questions of the pair: not at issue, not named
    related = {
        (p.defendant, p.victim): (
            *_related_lines(p.related),
            *_federal_attempts(a, p.defendant, p.victim, unasked[(p.defendant, p.victim)]),
        )
        for p in a.summary.pairs
    }  # attempts and conspiracies: §§ 30-28-1, 30-28-2 and § 1594, each named as not drafted
    pairs = tuple(
        _pair(
            f,
            a.laws,
            facts,
            related.get((f.defendant, f.victim), ()),
            unasked.get((f.defendant, f.victim), frozenset()),
            _where_lines(a, f.defendant, f.victim, pattern),
            points,
            *_said(a, f.defendant, f.victim, related.get((f.defendant, f.victim), ())),
            limits=_limitations(a, f.defendant, f.victim),
            first_days=_first_days(a, f.defendant, f.victim),
        )
        for f in a.findings
    )
    # a party to an agreement with no act of his own toward the person (a pair with no counts):
    # his section names the conspiracy, not drafted, as an attempt's is (review A2)
    found = {(p.defendant, p.victim) for p in pairs}
    pairs += tuple(
        PairForm(p.defendant, p.victim, (), (), related=lines)
        for p in a.summary.pairs
        if (p.defendant, p.victim) not in found and (lines := related.get((p.defendant, p.victim)))
    )
    drafted = [i for p in pairs for i in p.instructions]
    refs: list[str] = []
    if any(i.law == STATE for i in drafted) or any(
        p.left_out and "NMSA 1978, §" in p.left_out for p in pairs
    ):  # the General Use Note is also why a paragraph no fact supports is left out
        refs.append(ji.STATE_REFERENCE)
    refs.extend(  # the state's definitions are UNVERIFIED: said once (review M4)
        f"Definitions in the state instructions (UNVERIFIED): {u}"
        for u in dict.fromkeys(d for i in drafted if i.law == STATE for d in i.definitions)
    )
    if any(i.law != STATE for i in drafted):
        refs.append(ji.FEDERAL_REFERENCE)
        accessories = _accessories_line(a)
        refs.extend(_label_lines(a, _text_of((pairs, refs, accessories))))
    return CourtForm(a.title, pairs, tuple(refs), a.disclaimer, _accessories_line(a))


BARRED = "barred by § 30-52-1(E)"
"""A helper § 30-52-1(E) bars from being charged as an accessory, in the summary's words
(``render.summary_text.accessory_lines``): not "met" (review M10 of session 7)."""


def _helper_status(x: object, status: str) -> str:
    """A helper's status on the accessories line, in the summary's words: barred by
    § 30-52-1(E) where it applies; where it only may, the status and that it may apply."""
    bar = getattr(x, "bar", None)
    if bar == "applies":
        return BARRED
    said = STATUS_WORDS[status]
    return f"{said}; § 30-52-1(E) may apply" if bar == "may_apply" else said


def _accessories_line(a: AssessmentResult) -> str | None:
    """Helpers met or still open as accessories, named with the act they helped: no instruction
    is drafted for them, and the line says why (the instruction's elements were not found)."""
    summary = a.summary
    state = [(x, x.status) for x in summary.accessories if x.status in STATUS_WORDS]
    federal = [
        (x, "met" if "met" in x.federal.values() else "undetermined")
        for x in summary.federal_accessories
        if set(x.federal.values()) & set(STATUS_WORDS)
    ]
    found = state or federal
    if not found:
        return None
    named = "; ".join(
        f"{x.helper} ({_helper_status(x, status)}) for {x.defendant}'s act toward "
        f"{x.victim}, {x.name}"
        for x, status in found
    )
    why = (
        f"under {accessory_law.S_30_1_13} [S]: {accessory_law.INTENT_OPEN}"
        if state
        else f"under {accessory_law.USC_2}(a) [S]: no instruction for it is in the sources read"
    )
    return (
        f"Accessories, not drafted: {named}. No instruction is drafted for an accessory {why}. "
        "The summary's accessory findings give what is stated of the help and the intent."
    )


# --- text -----------------------------------------------------------------------------------


def _wrap(text: str, indent: str, more: str = "") -> list[str]:
    """``text`` wrapped at 100 columns as the summaries are, never between "§" and its number
    nor inside a date (``render.summary_text.wrap``)."""
    return glued_wrap(text, indent, more or "  ")


def _instruction_lines(i: Instruction, said: set[str]) -> list[str]:
    """``said``: the definitions already quoted in this form (each is quoted once, then
    referred to by its citation)."""
    lines = [f"  {i.citation} — {i.title}"]
    lines += _wrap(
        f"{i.act[0].upper()}{i.act[1:]}: {STATUS_WORDS[i.status]}. Text applied: "
        f"{i.text_applied}. {i.form}",
        "    ",
    )
    if i.limitation:
        lines += _wrap(i.limitation, "    ")
    lines += _wrap(f"For a charge under {i.citation} for {i.act}, the elements are:", "    ")
    last = len(i.elements) - 1
    for n, e in enumerate(i.elements):
        end = "." if n == last else ("; and" if n == last - 1 else ";")
        lines += _wrap(f"{e.ordinal}, {e.text}{end}", "      ")
        lines += _wrap(f"Authority: {e.authority}.", "        ")
        if e.open:
            lines += _wrap(f"Open: {e.open}", "        ")
    if i.degree:
        lines += _wrap(i.degree, "      ")
    for comment in i.comments:
        lines += _wrap(comment, "      ")
    if i.law != STATE:  # (the state's: once, under the form)
        again = []
        for definition in i.definitions:
            quoted, note = _quoted(definition)
            if quoted in said and definition.startswith(_QUOTED):
                cited = definition[len(_QUOTED) : definition.index("):")]
                if note:  # (what the other text of the period has of it: said each time)
                    lines += _wrap(f"{_QUOTED}{cited}): as quoted above. {note}", "      ")
                else:
                    again.append(cited)
                continue
            said.add(quoted)
            lines += _wrap(definition, "      ")
        if again:
            lines += _wrap(f"Definitions: as quoted above ({'; '.join(again)}).", "      ")
    return lines


_QUOTED = "Definition ("
"""How a quoted definition begins (:func:`_definitions`): its citation follows, up to "):"."""


def _quoted(definition: str) -> tuple[str, str]:
    """A definition as :func:`_definitions` gives it, split into the quotation (with its
    citation) and what follows the closing quotation mark (:func:`_only_in`'s words, or
    nothing): a definition is quoted once on the form, whatever is said after it."""
    if not definition.startswith(_QUOTED):  # (a term the reference gives no wording of)
        return definition, ""
    end = definition.rindex('"') + 1
    return definition[:end], definition[end:].strip()


def render(a: AssessmentResult, pattern: FactPattern | None = None) -> str:
    """The court form as text: per defendant and victim, the drafted instructions, then what
    the drafting rests on and the disclaimer (``pattern``: see :func:`court_form`)."""
    form = court_form(a, pattern)
    lines = ["Court form: the elements as drafted jury instructions"]
    if form.title:
        lines.append(printable(on_one_line(form.title)))
    lines.append("")
    if not form.pairs:
        lines += ["No conduct in the fact pattern: no defendant and victim to assess.", ""]
    said: set[str] = set()
    for p in form.pairs:
        lines.append(f"Defendant {p.defendant}; victim {p.victim}")
        last_state = sum(i.law == STATE for i in p.instructions) - 1
        for n, i in enumerate(p.instructions):
            lines += _instruction_lines(i, said)
            lines.append("")
            if n == last_state and p.state_cautions:
                for line in p.state_cautions:
                    lines += _wrap(line, "  ")
                lines.append("")
        for line in (*p.cautions, *p.points):
            lines += _wrap(line, "  ")
        if p.left_out:
            lines += _wrap(p.left_out, "  ")
        for line in (*p.related, *p.nothing):
            lines += _wrap(line, "  ")
        if p.nothing or p.left_out or p.related or p.points or p.cautions:
            lines.append("")
    if form.accessories:
        lines += [*_wrap(form.accessories, "", "  "), ""]
    for ref in form.references:
        lines += _wrap(ref, "", "")
    if form.references:
        lines.append("")
    lines += _wrap(form.disclaimer, "", "")
    return "\n".join(lines)


__all__ = [
    "FORMS",
    "CourtForm",
    "DraftedElement",
    "Instruction",
    "PairForm",
    "court_form",
    "render",
]
