"""The punishment a federal count carries, and the penalty of a defendant and victim under one
section — computed in Python from the act's verdict, the victim's age and the facts, like the
state grades (``reasoning.grading``); the engine is not used.

§ 1591(b) (the text's own rule, first match wins):

1. the offense was effected by means of force, threats of force, fraud or coercion -> (b)(1);
2. the verb is one (b) lists and the person was under 14 -> (b)(1);
3. not so effected, a verb (b) lists, the person 14 to 17 -> (b)(2);
4. not so effected, and the person 18 or older or a verb (b) does not list (maintained) -> the
   text states no punishment for the combination (UNVERIFIED: reported, never filled in);
5. otherwise the facts leave the band open: every band still possible is listed.

Only the ages at which the act may be an offense are read: at 18 or older the minor prongs fail,
so an adult's outcome is possible only beside a means prong met or open (review B, item 1).

For a benefiting act (§ 1591(a)(2)) the verb is the venture's ("the person recruited, enticed,
…" is the person the (a)(1) act was done to). §§ 1589(d), 1590(a): any listed aggravation ->
any term of years or life; every listed aggravation absent -> not more than 20 years; otherwise
both are possible. A count that may meet a prong is reported "if established".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from nm_trafficking.facts.conduct import Act, Conduct
from nm_trafficking.facts.truth import Truth
from nm_trafficking.reasoning.acts import ActContext, text_name
from nm_trafficking.reasoning.naming import named
from nm_trafficking.reasoning.verdicts import MET, NOT_MET, UNDETERMINED, ActVerdict
from nm_trafficking.results import CountPenalty, PenaltySummary
from nm_trafficking.statute.model import (
    AgeAndMeansPenalty,
    FederalVersion,
    Label,
    MaximumPenalty,
    PenaltyBand,
    TextVersion,
)
from nm_trafficking.words import either, paragraph_short

NONE_STATED = "none_stated"
_B = TypeVar("_B")


def _same(band: PenaltyBand) -> PenaltyBand:
    return band


_OLDEST = 120
"""The oldest age considered when the facts give no upper bound."""


@dataclass(slots=True)
class Penalised:
    """An act with the bands it may carry (empty when it meets no prong)."""

    verdict: ActVerdict[TextVersion]
    bands: tuple[PenaltyBand, ...]
    """The bands the facts leave possible, least serious first."""
    result: CountPenalty
    none_possible: bool = False
    """Whether the text may state no punishment for the act (§ 1591(b), UNVERIFIED)."""
    leap_day_open: bool = False
    """Whether the bands are open only on the 29 February point of law for the age."""
    tags: tuple[str | None, ...] = ()
    """The verification label of each of :attr:`bands` (empty: the act's text's label)."""

    def tag(self, i: int) -> str | None:
        if self.tags:
            return self.tags[i]
        label = self.verdict.ctx.version.label
        return label.code if label is not None else None


_STRENGTH = {"[P]": 3, "[S]": 2, "[R]": 1}
"""How far a label's wording was verified (reference § 0): [R] < [S] < [P]; any other code (an
UNVERIFIED text) is weaker than all three."""


def weakest(labels: Iterable[Label | None]) -> Label | None:
    """The weakest of ``labels`` ([R] < [S] < [P]; the first of equals); ``None`` when none is
    given."""
    given = [label for label in labels if label is not None]
    if not given:
        return None
    return min(given, key=lambda label: _STRENGTH.get(label.code, 0))


def weakest_label(versions: Sequence[TextVersion]) -> Label | None:
    """The weakest verification label of ``versions`` (periods with no text encoded give no
    wording and are passed over); ``None`` when none has one."""
    return weakest(v.label for v in versions if v.encoded)


def verdict_label(verdict: ActVerdict[TextVersion]) -> Label | None:
    """The label an act's result carries: its text's; for an undated act judged under several
    texts (``verdict.under``), the weakest of theirs — the result rests on every one (review 9,
    item 3)."""
    own = verdict.ctx.version.label
    if not verdict.under:
        return own
    return weakest_label([u.ctx.version for u in verdict.under]) or own


def _band_words(band: PenaltyBand, version: TextVersion, tag: str | None = None) -> str:
    code = tag if tag is not None else (version.label.code if version.label else None)
    label = f" {code}" if code is not None else ""
    return f"{band.citation}: {band.summary}{label}"


def _truths(values: Sequence[Truth]) -> tuple[bool, bool]:
    """(certainly one is true, possibly one is true)."""
    certain = Truth.TRUE in values  # enum members compare by identity
    return certain, certain or Truth.UNKNOWN in values


def band_verb(conduct: Conduct) -> str | None:
    """The verb § 1591(b) is read on: the act's own; for a benefiting act (§ 1591(a)(2)) the
    venture's ("the person recruited, enticed, …" is the person the (a)(1) act was done to);
    ``None`` where what the venture did is not stated."""
    if conduct.act is Act.BENEFITING:
        venture = conduct.federal.venture.act
        return venture.value if venture is not None else None
    return conduct.act.value


def listed_in_b(rule: AgeAndMeansPenalty, verb: str, buyer: bool = True) -> bool:
    """Whether § 1591(b) lists ``verb``. A verb open only on the reading that the conduct is
    "obtaining" (a buyer before 29 May 2015) counts as listed where the act may be a buyer's
    (``buyer``): on that reading (b) lists it ("obtained"), on the other there is no offense to
    punish. The band is read on the same theory as the conduct element, so it does not depend on
    the verb that records a buyer's purchase. For an act stated not to be a buyer's the reference
    leaves nothing open: the verb is read as the text has it (review U1 of session 8)."""
    return verb in rule.band_verbs or (buyer and verb in rule.open_verbs)


def may_be_buyers(ctx: ActContext[Any]) -> bool:
    """Whether the act § 1591(b) is read on may be a buyer's own purchase: the act's own buyer
    fact; for a benefiting act the venture's act, whose buyer is not stated (so it may be)."""
    return ctx.conduct.act is Act.BENEFITING or ctx.buyer is not Truth.FALSE


def sex_trafficking_band(
    rule: AgeAndMeansPenalty, listed: bool, age: int, effected: bool
) -> PenaltyBand | None:
    """§ 1591(b)'s band, first match wins: effected by means of force, threats of force, fraud
    or coercion, or a verb (b) lists (``listed``) and a person under 14 -> (b)(1); not so
    effected, a listed verb, 14 to 17 -> (b)(2); otherwise the text states no punishment for
    the combination (``None``; UNVERIFIED, decision 12)."""
    if effected or (listed and age < 14):
        return rule.effected_or_under_14
    if listed and age < 18:
        return rule.not_effected_14_to_17
    return None


ADULT = 18
"""§ 1591(a): "has not attained the age of 18 years"."""

_MEANS_ELEMENT = "means_will_be_used"
_UNDER_18_ELEMENT = "under_eighteen"


def _prong_kinds(version: TextVersion) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The § 1591 prongs of ``version`` (by position) of each kind: those that need the
    means (force, threats of force, fraud or coercion), and those that need a person under 18.
    Statute data alone: once per text."""

    def make() -> tuple[tuple[int, ...], tuple[int, ...]]:
        keys = [{e.key for e in p.elements} for p in version.offences]
        return (
            tuple(i for i, k in enumerate(keys) if _MEANS_ELEMENT in k),
            tuple(i for i, k in enumerate(keys) if _UNDER_18_ELEMENT in k),
        )

    return version.derive("penalty_prong_kinds", make)


def _prongs_open(verdict: ActVerdict[TextVersion]) -> tuple[bool, bool]:
    """(a means prong is met or open, a minor prong is met or open) for the act. A minor prong
    open only on the age is open at the ages under 18 the facts leave; at 18 or older only a
    means prong can be met, so § 1591(b)'s outcomes at those ages (an adult: (b)(1) if effected
    by the means, else no punishment stated) are possible only beside a means prong met or
    open (review B, item 1)."""
    means, minor = _prong_kinds(verdict.ctx.version)
    return (
        any(verdict.paragraphs[i] != NOT_MET for i in means),
        any(verdict.paragraphs[i] != NOT_MET for i in minor),
    )


def _sex_trafficking(
    verdict: ActVerdict[TextVersion],
    rule: AgeAndMeansPenalty,
    causes: set[str] | None = None,
) -> tuple[set[str], Callable[[], str]]:
    """The outcomes possible under § 1591(b) ("(b)(1)", "(b)(2)", ``NONE_STATED``), and why (in
    words, made when asked for). ``causes``, if given, collects why ``NONE_STATED`` is possible
    (:func:`none_stated_if`)."""
    ctx = verdict.ctx
    c = ctx.conduct
    effected_by = c.federal.offense_effected_by
    effected_certain, effected_possible = _truths([getattr(effected_by, m) for m in rule.means])
    verb = band_verb(c)
    whose = "the venture's act" if c.act is Act.BENEFITING else "the act"
    causes = set() if causes is None else causes
    buyer = may_be_buyers(ctx)
    in_b = {True, False} if verb is None else {listed_in_b(rule, verb, buyer)}
    age = ctx.age
    lo = age.lo if age is not None else 0
    hi = (age.hi if age.hi is not None else _OLDEST) if age is not None else _OLDEST
    means_open, minor_open = _prongs_open(verdict)
    # only the ages at which the act may be an offense: under 18 by a prong of either kind,
    # 18 or older by a means prong only (the minor prongs fail there)
    ages = {
        a
        for a in (lo, hi, 13, 14, 17, 18)
        if lo <= a <= hi and (means_open or (minor_open and a < ADULT))
    }
    effected = {True} if effected_certain else ({True, False} if effected_possible else {False})
    found: set[str] = set()
    for e in effected:
        for listed in in_b:
            for a in ages:
                band = sex_trafficking_band(rule, listed, a, e)
                found.add(band.id if band is not None else NONE_STATED)
                if band is None:
                    causes.add(
                        _ADULT_NOT_EFFECTED if a >= ADULT else f"{whose} was {verb or _UNLISTED}"
                    )
                elif a < ADULT:
                    causes.add(_MINOR_BAND)
                    # under 18, no band only for a verb (b) does not list: maintaining, the
                    # one (a)(1) verb absent from (b) in every text; stated, or possible
                    # where the venture's act is not stated (verb None)

    def why() -> str:
        said: list[str] = []
        if effected_certain:
            said.append(
                "the offense was effected by means of force, threats of force, fraud or coercion"
            )
        elif not effected_possible:
            said.append(
                "the offense was not effected by force, threats of force, fraud or coercion"
            )
        else:
            said.append("whether the offense was effected by such means is not established")
        if verb is None:
            said.append("what the venture did is not stated")
        elif verb not in rule.band_verbs:
            said.append(
                f"{whose} ({verb}) is "
                + (
                    "open, and read on the theory that reaches it ('obtained', which § 1591(b) "
                    "lists)"
                    if buyer and verb in rule.open_verbs
                    else "not a verb § 1591(b) lists"
                )
            )
        said.append(
            f"the person's age at the act: {age.text() if age is not None else 'not known'}"
        )
        if age is not None and age.leap_day_open:
            said[-1] += " (a range only because of the open 29 February point, a question of law)"
        return "; ".join(said)

    return found, why


_ADULT_NOT_EFFECTED = "adult"
_MINOR_BAND = "minor"
_UNLISTED = "maintaining"
"""The one (a)(1) verb § 1591(b) does not list, in every text (``BAND_VERBS``)."""
_NOT_EFFECTED = "the offense was not effected by force, threats of force, fraud or coercion"


def none_stated_if(verdicts: Iterable[ActVerdict[TextVersion]]) -> str:
    """The condition on which § 1591(b) may state no punishment for ``verdicts`` (decision 12),
    in words beginning "if": not effected by the means, and the person 18 or older or the act
    (the venture's, for a benefiting act) maintaining, the one verb (b) does not list. Under
    14, (b)(1) applies whatever the means, and 14 to 17 without them (b)(2), to every verb (b)
    lists: an offense "not effected by force" against a child is not what leaves (b) silent
    (review S1). The person's age is named only where a band for a child is also possible."""
    causes: set[str] = set()
    for top in verdicts:
        for v in top.under or [top]:
            version = v.ctx.version
            if v.status == NOT_MET or not isinstance(version, FederalVersion):
                continue
            if isinstance(version.penalty, AgeAndMeansPenalty):
                _sex_trafficking(v, version.penalty, causes)
    unlisted = sorted(c for c in causes if c not in (_ADULT_NOT_EFFECTED, _MINOR_BAND))
    said = [f"{c} (a verb § 1591(b) does not list)" for c in unlisted]
    if _ADULT_NOT_EFFECTED in causes and (said or _MINOR_BAND in causes):
        said.append("the person was 18 or older")
    return f"if {' or '.join(said)} and {_NOT_EFFECTED}" if said else f"if {_NOT_EFFECTED}"


AGGRAVATION_WORDS: dict[str, tuple[str, ...]] = {
    "kidnapping": ("kidnapping", "kidnaping"),  # § 1589(d) as read spells it "kidnaping"
    "attempt_to_kidnap": ("an attempt to kidnap",),
    "aggravated_sexual_abuse": ("aggravated sexual abuse",),
    "attempt_to_commit_aggravated_sexual_abuse": ("the attempt to commit aggravated sexual abuse",),
    "attempt_to_kill": ("an attempt to kill",),
}
"""Each aggravation the violation may include, as §§ 1589(d), 1590(a) word it (reference §§ 1.2,
1.3, 2.3); the spelling of the text applied is used."""


def aggravation_words(fact: str, rule: MaximumPenalty) -> str:
    """An aggravation in the words of the text of ``rule`` (§ 1589(d) spells "kidnaping")."""
    text = rule.aggravated.words
    for words in AGGRAVATION_WORDS.get(fact, ()):
        if words in text:
            return words
    return fact.replace("_", " ")


def established_aggravation(verdict: ActVerdict[TextVersion]) -> str | None:
    """What the facts state true of the aggravations §§ 1589(d), 1590(a) list, in the text's
    words ("the violation includes kidnapping"; "death results from the violation"), or
    ``None`` when none is stated true (or the text has no such provision)."""
    rule = getattr(verdict.ctx.version, "penalty", None)
    if not isinstance(rule, MaximumPenalty):
        return None
    aggravation = verdict.ctx.conduct.federal.aggravation
    stated = [a for a in rule.aggravations if getattr(aggravation, a) is Truth.TRUE]
    if not stated:
        return None
    said = []
    if "death_results" in stated:
        said.append("death results from the violation")
    includes = [aggravation_words(a, rule) for a in stated if a != "death_results"]
    if includes:
        said.append("the violation includes " + either(includes, "and"))
    return ", and ".join(said)


AGGRAVATION_OPEN = "if death results or a listed aggravation"
"""What the aggravated band of §§ 1589(d), 1590(a) needs, in a few words (the band is given
with it until the facts establish one)."""


def band_text(
    band: PenaltyBand,
    version: TextVersion,
    *,
    label: bool = True,
    aggravation: str | None = None,
    code: str | None = None,
) -> str:
    """A band in a few words, as the summary gives it: ``§ 1591(b)(1): 15 years to life [R]``.
    The aggravated band of §§ 1589(d), 1590(a) says what it needs (``up to life if death results
    or a listed aggravation``) or, given the ``aggravation`` the facts establish
    (:func:`established_aggravation`), names it: ``up to life (the violation includes
    kidnapping)``. ``label``: with the text's verification label (``code``, where given: the
    weakest of the texts that give the band, :func:`band_notes`)."""
    if code is None and version.label is not None:
        code = version.label.code
    tag = f" {code}" if label and code is not None else ""
    term = (
        f"{band.minimum_years} years to {band.maximum}"
        if band.minimum_years
        else f"up to {band.maximum}"
    )
    if band.id.endswith("aggravated"):  # §§ 1589(d), 1590(a): death or a listed aggravation
        term += f" ({aggravation})" if aggravation else f" {AGGRAVATION_OPEN}"
    return f"{paragraph_short(band.citation)}: {term}{tag}"


def fixed_band_text(
    acts: Sequence[ActVerdict[TextVersion]],
    band_id: str,
    versions: Sequence[TextVersion],
    *,
    label: bool = True,
    penalised: Callable[[ActVerdict[TextVersion]], Penalised] | None = None,
) -> str | None:
    """The words of the band ``band_id`` the facts fix (:func:`band_text`, from the first of
    ``versions`` that has it, with the weakest label of the texts under which ``acts`` give
    it): for the aggravated band of §§ 1589(d), 1590(a), the aggravations
    the met acts of ``acts`` establish, named in the words of their texts, in place of what the
    band needs — ``§ 1590(a): up to life (the violation includes kidnapping) [S]``. ``None`` when
    no text of ``versions`` has the band."""
    found = next(
        ((table[band_id], v) for v in versions if band_id in (table := band_table(v))), None
    )
    if found is None:
        return None
    band, version = found
    said = None
    if band.id.endswith("aggravated"):
        stated = [established_aggravation(a) for a in acts if a.status == MET]
        said = "; ".join(dict.fromkeys(x for x in stated if x)) or None
    tags, _ = band_notes(acts, penalised)  # the weakest label of the texts that give it
    return band_text(band, version, label=label, aggravation=said, code=tags.get(band_id))


def band_notes(
    acts: Sequence[ActVerdict[TextVersion]],
    penalised: Callable[[ActVerdict[TextVersion]], Penalised] | None = None,
) -> tuple[dict[str, str | None], str | None]:
    """What the words of the bands ``acts`` may carry rest on: per band id, the weakest
    verification label of the texts under which an act gives it (an undated act judged under
    several texts gives each band under some of them only: § 1591(b)(1) under the [R] texts of a
    girl's first years, (b)(2) only under the [S] texts of her fourteenth; review B, item 3);
    and the aggravations of §§ 1589(d), 1590(a) the facts establish
    (:func:`established_aggravation`) where every act that may carry the aggravated band
    establishes one (``None`` otherwise: the band then says what it needs; review B, item 4).
    ``penalised``: :func:`count_penalty`, or what gives its result (once per act, for a caller
    that reads the bands of one act several times)."""
    penalty = count_penalty if penalised is None else penalised
    given: dict[str, list[Label | None]] = {}
    stated: list[str] = []
    unstated = False
    for v in acts:
        for u in v.under or (v,):
            if u.status == NOT_MET:
                continue
            item = penalty(u)
            for b in item.bands:
                given.setdefault(b.id, []).append(u.ctx.version.label)
                if b.id.endswith("aggravated"):
                    said = established_aggravation(u)
                    if said is None:
                        unstated = True
                    else:
                        stated.append(said)
    tags = {b: _code(weakest(labels)) for b, labels in given.items()}
    aggravation = None if unstated else "; ".join(dict.fromkeys(stated)) or None
    return tags, aggravation


def _maximum(
    verdict: ActVerdict[TextVersion], rule: MaximumPenalty
) -> tuple[set[str], Callable[[], str]]:
    aggravation = verdict.ctx.conduct.federal.aggravation
    values = [getattr(aggravation, a) for a in rule.aggravations]
    certain, possible = _truths(values)
    if certain:
        said = established_aggravation(verdict) or ""
        return {rule.aggravated.id}, lambda: said
    if not possible:
        return {rule.base.id}, lambda: "none of the aggravations the text lists is present"
    return (
        {rule.base.id, rule.aggravated.id},
        lambda: (
            "whether death resulted or the violation included an aggravation the text "
            "lists is not established"
        ),
    )


def band_table(version: TextVersion) -> dict[str, PenaltyBand]:
    """The penalty bands of a text, by id (empty for a text that states none); made once per
    text and shared: read it, never change it."""

    def make() -> dict[str, PenaltyBand]:
        rule = getattr(version, "penalty", None)
        if isinstance(rule, AgeAndMeansPenalty):
            return {b.id: b for b in (rule.not_effected_14_to_17, rule.effected_or_under_14)}
        if isinstance(rule, MaximumPenalty):
            return {b.id: b for b in (rule.base, rule.aggravated)}
        return {}

    return version.derive("penalty_bands", make)


def count_penalty(verdict: ActVerdict[TextVersion], label: Label | None = None) -> Penalised:
    """The punishment one act carries (or may carry) under its text's penalty provision;
    ``label``: the verification label to carry instead of the text's (an undated act's, the
    weakest of the texts it rests on)."""
    version = verdict.ctx.version
    if verdict.status == NOT_MET:
        return Penalised(
            verdict,
            (),
            CountPenalty(
                "not_applicable",
                None,
                None,
                None,
                None,
                [],
                None,
                _explain=lambda: {
                    "reason": "the act meets no prong",
                    "words": None,
                    "cited": None,
                },
            ),
        )
    if verdict.under:
        return _combined(verdict)
    if not isinstance(version, FederalVersion) or version.penalty is None:
        no_text = "no text is applied for the date of the act, so no punishment can be stated"
        return Penalised(
            verdict,
            (),
            CountPenalty(
                "undetermined",
                None,
                None,
                None,
                None,
                [],
                None,
                _explain=lambda: {"reason": no_text, "words": None, "cited": None},
            ),
        )
    rule = version.penalty
    if isinstance(rule, AgeAndMeansPenalty):
        outcomes, why = _sex_trafficking(verdict, rule)
    else:
        outcomes, why = _maximum(verdict, rule)
    bands = band_table(version)
    possible = tuple(sorted((bands[o] for o in outcomes if o in bands), key=lambda b: b.severity))
    carried = label if label is not None else version.label
    tag = carried.code if carried is not None else None
    label_code = tag
    if verdict.status == MET and len(outcomes) == 1:
        (outcome,) = outcomes
        if outcome == NONE_STATED:

            def stated() -> dict[str, str | None]:
                return {
                    "reason": f"§ 1591(b) states no punishment for this combination ({why()}) "
                    "— UNVERIFIED: read literally, no band is filled in",
                    "words": None,
                    "cited": None,
                }

            return Penalised(
                verdict,
                (),
                CountPenalty(
                    "none_stated",
                    None,
                    None,
                    None,
                    None,
                    [],
                    label_code,
                    none_stated_possible=True,
                    _explain=stated,
                ),
            )
        band = bands[outcome]
        return Penalised(
            verdict,
            (band,),
            tags=(tag,) if label is not None else (),
            result=CountPenalty(
                "determined",
                band.id,
                band.citation,
                band.minimum_years,
                band.maximum,
                [band.id],
                label_code,
                _explain=lambda: {
                    "reason": f"{_band_words(band, version, tag)} ({why()})",
                    "words": band.words,
                    "cited": band.words_from,
                },
            ),
        )

    leap_day = verdict.ctx.age is not None and verdict.ctx.age.leap_day_open

    def undecided() -> dict[str, str | None]:
        names = " or ".join(_band_words(b, version, tag) for b in _said_order(possible, _same))
        if NONE_STATED in outcomes:
            names = names + _none_stated_too([verdict]) if names else _NONE_STATED_ONLY
        names = names or "no band"
        lead = "if established: " if verdict.status == UNDETERMINED else _open_lead(leap_day)
        return {"reason": f"{lead}{names} ({why()})", "words": None, "cited": None}

    return Penalised(
        verdict,
        possible,
        CountPenalty(
            "undetermined",
            None,
            None,
            None,
            None,
            [b.id for b in possible],
            label_code,
            none_stated_possible=NONE_STATED in outcomes,
            _explain=undecided,
        ),
        none_possible=NONE_STATED in outcomes,
        leap_day_open=leap_day,
        tags=tuple(tag for _ in possible) if label is not None else (),
    )


def punishment_key(item: Penalised) -> tuple[object, ...]:
    """What a count's penalty comes to under its text, comparable across texts (band ids and
    words differ between texts; the terms they state do not)."""
    return (
        item.result.status,
        item.none_possible,
        tuple((b.severity, b.minimum_years, b.maximum) for b in item.bands),
    )


def _combined(verdict: ActVerdict[TextVersion]) -> Penalised:
    """The punishment of an undated act judged under several texts (``reasoning.undated``):
    under every text where the act meets or may meet a prong, the bands that text leaves
    possible; the one band only when the act is met and every text gives the same; otherwise
    every band any of them gives is still possible (a period with no text gives none, and
    keeps the punishment open)."""
    each = [count_penalty(u) for u in verdict.under]
    live = [i for i in each if i.verdict.status != NOT_MET]
    newest = live[-1]
    weakest = verdict_label(verdict)
    if verdict.status == MET and len({punishment_key(i) for i in live}) == 1:
        # the same under every text: the newest text's words, with the weakest label of all
        same = count_penalty(newest.verdict, label=weakest)
        return Penalised(verdict, same.bands, same.result, same.none_possible, tags=same.tags)
    by_band: dict[tuple[int, str], tuple[PenaltyBand, TextVersion]] = {}
    giving: dict[tuple[int, str], list[TextVersion]] = {}
    for item in live:  # oldest first: a band is named from the newest text that gives it
        for b in item.bands:
            key = _band_key(b)
            by_band[key] = (b, item.verdict.ctx.version)
            giving.setdefault(key, []).append(item.verdict.ctx.version)
    keys = sorted(by_band, key=lambda k: k[0])  # least serious first; then the oldest text's
    possible = tuple(by_band[k] for k in keys)
    tags = tuple(_code(weakest_label(giving[k])) for k in keys)
    none_possible = any(i.none_possible or i.result.status == NONE_STATED for i in live)
    label = _code(weakest)

    def undecided() -> dict[str, str | None]:
        names = (
            " or ".join(  # most serious first
                _band_words(b, v, t)
                for (b, v), t in _said_order(
                    list(zip(possible, tags, strict=True)), lambda x: x[0][0]
                )
            )
            or "no band"
        )
        if none_possible:
            names += _none_stated_too([verdict])
        window = verdict.ctx.window if verdict.ctx.day is not None else None
        lead = (
            "if established: "
            if verdict.status == UNDETERMINED
            else "which text applies and the facts leave open: "
            if window is not None
            else "the date (not stated) and the facts leave open: "
        )
        texts = "; ".join(
            f"under {text_name(i.verdict.ctx.version)}, "
            + (i.result.reason if i.verdict.status != NOT_MET else "the act meets no prong")
            for i in each
        )
        why = (
            f"which text applied on the date of the act is UNVERIFIED ({window.citation})"
            if window is not None
            else "the date is not stated and the act may fall under more than one text"
        )
        return {
            "reason": f"{lead}{names} ({why}: {texts})",
            "words": None,
            "cited": None,
        }

    return Penalised(
        verdict,
        tuple(b for b, _ in possible),
        CountPenalty(
            "undetermined",
            None,
            None,
            None,
            None,
            [b.id for b, _ in possible],
            label,
            none_stated_possible=none_possible,
            _explain=undecided,
        ),
        none_possible=none_possible,
        leap_day_open=any(i.leap_day_open for i in live),
        tags=tags,
    )


def _said_order(bands: Sequence[_B], band: Callable[[_B], PenaltyBand]) -> list[_B]:
    """``bands`` (least serious first) in the order the words name them: most serious first,
    each provision's bands together (two texts of § 1589: the 2000 text's concluding provisions,
    then § 1589(d); review G11, G13, F12)."""
    top: dict[str, int] = {}
    for b in bands:
        top[band(b).citation] = max(top.get(band(b).citation, 0), band(b).severity)
    return sorted(
        bands, key=lambda b: (-top[band(b).citation], band(b).citation, -band(b).severity)
    )


def _band_key(band: PenaltyBand) -> tuple[int, str]:
    """What makes two texts' bands one band in the words: the same severity, in the same
    provision (§ 1591(b)(1) in every text: named once, from the newest text that gives it). A
    band of another provision keeps its own words and label: the 2000 text of § 1589 states its
    punishment in its concluding provisions [P], the 2008 text in § 1589(d) [S]."""
    return band.severity, band.citation


def _weakest_code(codes: Sequence[str | None]) -> str | None:
    """The weakest of the label codes ``codes`` (as :func:`weakest`); ``None`` when none is
    given."""
    given = [c for c in codes if c is not None]
    return min(given, key=lambda c: _STRENGTH.get(c, 0)) if given else None


def _code(label: Label | None) -> str | None:
    return label.code if label is not None else None


def _none_stated_too(verdicts: Iterable[ActVerdict[TextVersion]]) -> str:
    """The no-punishment outcome beside the bands, with its condition (:func:`none_stated_if`)."""
    return f" (or no punishment stated by the text {none_stated_if(verdicts)}, UNVERIFIED)"


_NONE_STATED_ONLY = "§ 1591(b) states no punishment for the combination (UNVERIFIED)"


def _open_lead(leap_day_open: bool) -> str:
    """How an open band is introduced: the facts, or (also) the 29 February point of law."""
    if leap_day_open:
        return "the facts and the open 29 February point (a question of law) leave open: "
    return "the facts leave open: "


def _act_words(verdict: ActVerdict[TextVersion]) -> str:
    """The act by its verb and date in words (``the recruiting of 10 March 2018``)."""
    return named(verdict.ctx)


def _least_band(item: Penalised) -> PenaltyBand | None:
    """The band a count certainly carries at the least: its band when fixed; for a count that
    meets a prong with its band open (e.g. (b)(1) or (b)(2) as the means decide), the least
    serious of its possible bands, which every outcome carries at least — unless the text may
    state no punishment for what may be found (decision 12): then none. ``None`` also for a
    count that only may meet a prong (it may carry nothing)."""
    if item.result.status == "determined":
        return item.bands[0]
    if item.verdict.status != MET or not item.bands or item.none_possible:
        return None
    return item.bands[0]  # least serious first


def summarise(items: Sequence[Penalised]) -> PenaltySummary:
    """The penalty of a defendant and victim under one section over all their acts: the floor
    (the most serious band a met count certainly carries: its band, or where its band is open
    the least serious of them, as the state's grade floor is read), the bands still possible,
    and the band itself only when nothing more serious remains possible."""
    live = [i for i in items if i.verdict.status != NOT_MET]
    if not live:
        return PenaltySummary(
            "not_applicable",
            None,
            None,
            [],
            None,
            _explain=lambda: {
                "reason": "no prong is met or open, so no penalty applies",
                "words": "no penalty: no prong is met or open",
            },
        )
    floor_item: Penalised | None = None
    for item in live:
        least = _least_band(item)
        if least is not None and (
            floor_item is None or least.severity > floor_item.bands[0].severity
        ):
            floor_item = item
    floor = floor_item.bands[0] if floor_item is not None else None
    fixed = floor_item is not None and floor_item.result.status == "determined"
    by_band: dict[tuple[int, str], PenaltyBand] = {}
    text_of: dict[int, TextVersion] = {}  # the text each band comes from (for its label)
    tags: dict[tuple[int, str], list[str | None]] = {}  # the labels of the acts that give it
    for item in live:
        for i, b in enumerate(item.bands):
            if floor is None or b.severity >= floor.severity:
                by_band[_band_key(b)] = b
                text_of[id(b)] = item.verdict.ctx.version
                tags.setdefault(_band_key(b), []).append(item.tag(i))
    # a band several acts give carries the weakest of their labels (review B, item 3)
    tag_of = {id(by_band[k]): _weakest_code(codes) for k, codes in tags.items()}
    possible = [by_band[k] for k in sorted(by_band, key=lambda k: k[0])]
    determined = floor is not None and possible[-1].severity == floor.severity
    none_stated = [i for i in live if i.result.status == NONE_STATED]
    focus = floor_item or (none_stated[0] if none_stated else live[0])
    version = focus.verdict.ctx.version

    def band(b: PenaltyBand) -> str:
        return _band_words(b, text_of.get(id(b), version), tag_of.get(id(b)))

    def explain() -> dict[str, str]:
        if determined:
            assert floor is not None and floor_item is not None
            aggravated = established_aggravation(floor_item.verdict)
            because = f": {aggravated}" if aggravated and floor.maximum == "life" else ""
            words = f"{band(floor)} ({_act_words(floor_item.verdict)}{because})"
            reason = f"{floor.citation} fixes the punishment of {_act_words(floor_item.verdict)}"
        elif floor is not None and fixed:
            # a met count fixes the floor (one whose band is open is said as open, below)
            more = " or ".join(band(b) for b in _said_order(possible, _same) if b != floor)
            words = f"at least {band(floor)}; {more} still possible"
            reason = f"at least {floor.citation} ({_act_words(focus.verdict)}); more is possible"
        elif possible:
            names = " or ".join(band(b) for b in _said_order(possible, _same))
            if any(i.none_possible or i.result.status == NONE_STATED for i in live):
                names += _none_stated_too(i.verdict for i in live)
            met = any(i.verdict.status == MET for i in live)
            lead = _open_lead(any(i.leap_day_open for i in live)) if met else "if established: "
            words = f"{lead}{names}"
            reason = words
        elif none_stated:
            words = (
                "the text states no punishment for the combination found (UNVERIFIED): "
                + focus.result.reason
            )
            reason = words
        elif any(i.none_possible for i in live):
            # a text is applied, but what may be found fits no band of § 1591(b) (decision 12)
            item = next(i for i in live if i.none_possible)
            words = item.result.reason
            reason = words
        else:
            words = "no punishment can be stated: no text is applied for the dates of the acts"
            reason = words
        return {"reason": reason, "words": words}

    if determined:
        status = "determined"
    elif not possible and none_stated and not any(i.result.status == "undetermined" for i in live):
        status = NONE_STATED
    else:
        status = "undetermined"
    return PenaltySummary(
        status,  # type: ignore[arg-type]
        floor.id if determined and floor is not None else None,
        floor.id if floor is not None else None,
        [b.id for b in possible],
        focus.verdict.ctx.conduct.id,
        none_stated_possible=floor is None
        and any(i.none_possible or i.result.status == NONE_STATED for i in live),
        _explain=explain,
    )
