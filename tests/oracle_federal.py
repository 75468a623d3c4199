"""An independent, plain-Python reading of 18 U.S.C. §§ 1591, 1589 and 1590 as the federal
reference (``shared/statute/federal-18-usc-1589-1590-1591.md``) gives them, for differential
tests. Written from the reference's text, not from the library's statute data or engine: it
reads the FactPattern directly and shares nothing with nm_trafficking but the fact models and
the plain reading of ages and dates in ``tests/oracle.py``.

  § 1591(a) Whoever knowingly (1) in or affecting interstate or foreign commerce, or within the
  special maritime and territorial jurisdiction of the United States, recruits, entices,
  harbors, transports, provides, obtains, advertises, maintains, patronizes, or solicits by any
  means a person; or (2) benefits, financially or by receiving anything of value, from
  participation in a venture which has engaged in an act described in violation of paragraph
  (1), knowing, or, except where the act constituting the violation of paragraph (1) is
  advertising, in reckless disregard of the fact, that means of force, threats of force, fraud,
  coercion described in subsection (e)(2), or any combination of such means will be used to
  cause the person to engage in a commercial sex act, or that the person has not attained the
  age of 18 years and will be caused to engage in a commercial sex act ...
  (c) In a prosecution under subsection (a)(1) in which the defendant had a reasonable
  opportunity to observe the person so recruited, enticed, harbored, transported, provided,
  obtained, maintained, patronized, or solicited, the Government need not prove that the
  defendant knew, or recklessly disregarded the fact, that the person had not attained the age
  of 18 years.

Readings (the reference, §§ 2-4, and the conservative decisions of docs/federal.md):
* none of the sections existed before 2000-10-28: not met;
* §§ 1591, 1590: no text for 2000-10-28 to 2008-12-22; § 1589: the 2000 text [P] then, its
  "(1) by threats of serious harm to, or physical restraint against, that person" read both
  ways ("threats of" governing physical restraint or not): met or not met only as both give;
* 2008-12-23 to 2009-12-31 (the 2008 Act's effective date is UNVERIFIED): undetermined, except
  § 1589, read under its 2000 and 2008 texts: a prong met (not met) only if met (not met) under
  both, its band any band either gives where it is met or may be;
* § 1591 until 2015-05-28 [R]: no advertising, patronizing or soliciting; buyers ("patronizing",
  "soliciting") open, and (c) open for them on the same theory ("obtained" is in its list);
  the same verbs by anyone stated not to be a buyer are not met (the reference leaves open only
  whether a buyer "obtains");
  a buyer's own purchase (as_buyer, else the consumer role) open whatever verb records it, and
  the (b) band of an open verb read as "obtained" (listed);
  reckless disregard for every act; (c) without patronized, solicited;
  whether "venture" was defined is open; from 2015-05-29: ten verbs, advertising knowing only;
  "participation in a venture" defined (knowingly assisting ...) from 2018-04-11;
* on 2015-05-29 and 2018-04-11 themselves (enactment dates; the effective dates UNVERIFIED,
  reference § 2.4; the act may precede the signing that day): read under the text before and
  the text from that day, a prong met (not met) only if met (not met) under both, its band any
  band either gives where it is met or may be (as § 1589 in the 2008 window);
* an undated act is placed in a period only when every day it can have happened on falls in it;
  when its days (from the victim's earliest birth, known from a birth date or an age on a date,
  to today) cross periods, it is read in each period (with the ages of that period's days; the
  2008 window of § 1589 under both its texts) and a prong is met only if met in every one, not
  met only if not met in every one; its band is any band a period where it may be an offense
  gives, fixed only when it is met and every such period gives the same; with no such birth
  bound (no age, or a plain age), its days run back before the section existed and it is read
  the same way in every period, at the age stated (if any);
* (a)(2): the advertising carve-out looks at the venture's act; reckless disregard serves only
  when that act is known and is not advertising;
* § 1591(b): effected by means -> (b)(1); under 14 with a (b) verb -> (b)(1); 14-17, not
  effected, a (b) verb -> (b)(2); otherwise no punishment stated (maintained; adults without
  means); §§ 1589(d), 1590(a): any aggravation -> life; none -> 20 years.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from nm_trafficking.facts import FactPattern, Truth
from nm_trafficking.facts.persons import Role
from tests import oracle

T, F, U = "met", "not_met", "undetermined"

ENACTED = date(2000, 10, 28)
ACT_2008 = date(2008, 12, 23)
WINDOW_END = date(2010, 1, 1)
ACT_2015 = date(2015, 5, 29)
FOSTA = date(2018, 4, 11)
ENACTMENT_DAYS_1591 = {ACT_2015: "2008|2015", FOSTA: "2015|2018"}
"""The days either of two texts of § 1591 may apply: a period named by both texts."""

VERBS_2008 = {
    "recruiting",
    "enticing",
    "harboring",
    "transporting",
    "providing",
    "obtaining",
    "maintaining",
}
OPEN_2008 = {"patronizing", "soliciting"}
VERBS_2015 = VERBS_2008 | {"advertising", "patronizing", "soliciting"}
OBSERVE_2008 = VERBS_2008
OBSERVE_2015 = VERBS_2015 - {"advertising"}
BAND_2008 = VERBS_2008 - {"maintaining"}
BAND_2015 = VERBS_2015 - {"maintaining"}
MEANS = (
    "force",
    "threats_of_force",
    "fraud",
    "coercion_threats_of_serious_harm_or_restraint",
    "coercion_scheme_plan_or_pattern",
    "coercion_abuse_of_legal_process",
)
LABOR_MEANS_2008 = (
    "force",
    "threats_of_force",
    "physical_restraint",
    "threats_of_physical_restraint",
    "serious_harm",
    "threats_of_serious_harm",
    "abuse_or_threatened_abuse_of_law_or_legal_process",
    "scheme_plan_or_pattern",
)
LABOR_MEANS_2000 = (
    "threats_of_serious_harm",
    "scheme_plan_or_pattern",
    "abuse_or_threatened_abuse_of_law_or_legal_process",
)
"""The 2000 text's means whatever the reading of its paragraph (1): "(1) by threats of serious
harm to, or physical restraint against, that person or another person; (2) by means of any
scheme, plan, or pattern ...; or (3) by means of the abuse or threatened abuse of law or the
legal process" (reference § 2.3, [P]). Paragraph (1) names physical restraint after "threats
of ... to, or": "threats of" may govern it too (threats of physical restraint) or not (physical
restraint itself) — the reference does not say which, so both readings are applied."""
RESTRAINT_READINGS_2000 = ("threats_of_physical_restraint", "physical_restraint")
AGGRAVATIONS = (
    "death_results",
    "kidnapping",
    "attempt_to_kidnap",
    "aggravated_sexual_abuse",
    "attempt_to_commit_aggravated_sexual_abuse",
    "attempt_to_kill",
)

PRONGS_1591 = ("a1_means", "a1_minor", "a2_means", "a2_minor")

truth = oracle.truth
all_of = oracle.all_of
any_of = oracle.any_of


def period_1591(day: date) -> str:
    if day in ENACTMENT_DAYS_1591:
        return ENACTMENT_DAYS_1591[day]
    if day < ENACTED:
        return "before"
    if day < WINDOW_END:
        return "none"
    if day < ACT_2015:
        return "2008"
    if day < FOSTA:
        return "2015"
    return "2018"


def period_1589(day: date) -> str:
    if day < ENACTED:
        return "before"
    if day < ACT_2008:
        return "2000"
    if day < WINDOW_END:
        return "none"
    return "2008"


def period_1590(day: date) -> str:
    if day < ENACTED:
        return "before"
    if day < WINDOW_END:
        return "none"
    return "2008"


def _period(
    pattern: FactPattern, index: int, as_of: date | None, today: date, by_day: Any
) -> tuple[str, set[int] | None]:
    """(the period of the act, the victim's possible ages at it)."""
    c = pattern.conduct[index]
    day = c.date or as_of
    if day is not None:
        return by_day(day), oracle.ages_at_act(pattern, index, as_of, today)
    births = oracle.possible_births(pattern, c.person)
    if not births:
        return "undated", None
    first = min(births)
    if first > today:
        return "undated", None
    found = by_day(first)
    if found != by_day(today):
        return "undated", None
    return found, oracle.ages_at(pattern, c.person, first, today)


BOUNDS_1591 = (
    ENACTED,
    WINDOW_END,
    ACT_2015,
    ACT_2015 + timedelta(days=1),
    FOSTA,
    FOSTA + timedelta(days=1),
)
BOUNDS_1589 = (ENACTED, ACT_2008, WINDOW_END)
BOUNDS_1590 = (ENACTED, WINDOW_END)


def _spread(
    pattern: FactPattern, index: int, as_of: date | None, today: date, by_day: Any, bounds: Any
) -> list[tuple[str, set[int] | None]] | None:
    """For an undated act whose days cross periods: each period its days fall in (oldest
    first), with the victim's possible ages on that period's days — from the earliest birth the
    facts allow (a birth date, or an age on a date), or, with no such bound, from before the
    section existed, at the age stated for the act (if any). ``None`` otherwise."""
    c = pattern.conduct[index]
    if c.date is not None or as_of is not None:
        return None
    births = oracle.possible_births(pattern, c.person)
    if not births:
        ages = oracle.ages_at_act(pattern, index, as_of, today)
        cuts = [date.min, *(b for b in bounds if b <= today)]
        return [(by_day(a), ages) for a in cuts]
    if min(births) > today:
        return None
    first = min(births)
    if by_day(first) == by_day(today):
        return None
    cuts = [first, *(b for b in bounds if first < b <= today)]
    ends = [b - timedelta(days=1) for b in cuts[1:]] + [today]
    return [
        (by_day(a), oracle.ages_at(pattern, c.person, a, z))
        for a, z in zip(cuts, ends, strict=True)
    ]


def _agree(*statuses: str) -> str:
    """Met only if met in every period, not met only if not met in every one."""
    if all(x == T for x in statuses):
        return T
    if all(x == F for x in statuses):
        return F
    return U


def _never_met(status: str) -> str:
    """An element no applied text can establish: not met, or undetermined."""
    return F if status == F else U


def _buyer(pattern: FactPattern, c: Any) -> bool:
    """The act is the actor's own purchase: ``as_buyer``, else the consumer role."""
    return c.as_buyer is Truth.TRUE or (
        c.as_buyer is Truth.UNKNOWN and Role.CONSUMER in pattern.person(c.actor).roles
    )


def _every_wording_1591(c: Any, ages: set[int] | None, buyer: bool) -> dict[str, str]:
    """§ 1591 where no text is applied (2000-10-28 to 2009-12-31): what defeats an element
    under every candidate wording (the pre-2008 text [S]/[R] and the 2008 text [R]): conduct not
    knowingly; an (a)(1) verb outside the 2008 list (patronizing, soliciting open); no means
    known nor recklessly disregarded (or no commercial sex act, and no means stated known or
    disregarded all the same); a person 18 or older; no commercial sex act known or
    recklessly disregarded; neither commerce nor the special jurisdiction; for (a)(2) an act
    that is not benefiting, or no benefit."""
    fed = c.federal
    act = c.act.value
    knowingly = _never_met(truth(c.knowingly))
    a1_verb = F if act not in VERBS_2008 | (OPEN_2008 if buyer else set()) else U
    means = [getattr(fed.knew_means_will_be_used, m) for m in MEANS] + [
        getattr(fed.reckless_disregard_means_will_be_used, m) for m in MEANS
    ]
    adult = F if _minor(ages) == F else U
    csa = fed.as_to_commercial_sex_act
    neither_csa = csa.knew is Truth.FALSE and csa.reckless_disregard is Truth.FALSE
    # a means stated known or disregarded "to cause ... a commercial sex act" contradicts a
    # commercial sex act stated neither known nor disregarded: that absence then decides nothing
    no_csa = F if neither_csa and not any(v is Truth.TRUE for v in means) else U
    # the means are known or disregarded "to cause the person to engage in a commercial sex
    # act": none of them is possible when no commercial sex act was known or disregarded (unless
    # one is stated true all the same: a contradiction, which decides nothing)
    no_means = (
        F
        if all(v is Truth.FALSE for v in means)
        or (neither_csa and not any(v is Truth.TRUE for v in means))
        else U
    )
    j = fed.jurisdiction
    no_commerce = (
        F
        if j.in_or_affecting_interstate_or_foreign_commerce is Truth.FALSE
        and j.within_special_maritime_and_territorial_jurisdiction is Truth.FALSE
        else U
    )
    not_benefiting = F if act != "benefiting" else U
    no_benefit = _never_met(
        any_of(truth(c.benefit.financially), truth(c.benefit.anything_of_value))
    )
    a2 = (not_benefiting, knowingly, no_benefit, no_commerce)
    return {
        "a1_means": all_of(U, a1_verb, knowingly, no_means, no_commerce),
        "a1_minor": all_of(U, a1_verb, knowingly, adult, no_csa, no_commerce),
        "a2_means": all_of(U, *a2, no_means),
        "a2_minor": all_of(U, *a2, adult, no_csa),
    }


def _every_text_1591(c: Any) -> dict[str, str]:
    """§ 1591 for an undated act whose possible dates span several texts: what defeats an
    element under every text it may fall under — conduct not knowingly; an (a)(1) verb in no
    list (the 2015 list holds every earlier one); neither commerce nor the special
    jurisdiction; for (a)(2) an act that is not benefiting, or no benefit; no commercial sex act
    known or recklessly disregarded (every text asks one, with the means or with the age; for
    the means, unless one is stated known or disregarded all the same), or, where the act is
    advertising, none known. Otherwise the means and
    the age (and the mental states as to them) differ between the texts: left open."""
    fed = c.federal
    j = fed.jurisdiction
    knowingly = _never_met(truth(c.knowingly))
    no_commerce = (
        F
        if j.in_or_affecting_interstate_or_foreign_commerce is Truth.FALSE
        and j.within_special_maritime_and_territorial_jurisdiction is Truth.FALSE
        else U
    )
    csa = fed.as_to_commercial_sex_act
    neither_csa = csa.knew is Truth.FALSE and csa.reckless_disregard is Truth.FALSE
    means = [getattr(fed.knew_means_will_be_used, m) for m in MEANS] + [
        getattr(fed.reckless_disregard_means_will_be_used, m) for m in MEANS
    ]
    not_known = csa.knew is Truth.FALSE
    knew_any = any(getattr(fed.knew_means_will_be_used, m) is Truth.TRUE for m in MEANS)

    def no_csa(advertising: bool) -> str:
        # advertising: no verb before 29 May 2015, knowledge only from then; a fact
        # contradicted by a means stated true (known: knowledge; either: disregard) decides
        # nothing
        if neither_csa and not any(v is Truth.TRUE for v in means):
            return F
        return F if advertising and not_known and not knew_any else U

    def no_means(advertising: bool) -> str:
        if neither_csa and not any(v is Truth.TRUE for v in means):
            return F
        return F if advertising and not_known and not knew_any else U

    ad_a1 = c.act.value == "advertising"
    ad_a2 = _verb(fed.venture.act) == "advertising"
    a1 = all_of(U, F if c.act.value not in VERBS_2015 else U, knowingly, no_commerce)
    a2 = all_of(
        U,
        F if c.act.value != "benefiting" else U,
        knowingly,
        _never_met(any_of(truth(c.benefit.financially), truth(c.benefit.anything_of_value))),
        no_commerce,
    )
    return {
        "a1_means": all_of(a1, no_means(ad_a1)),
        "a1_minor": all_of(a1, no_csa(ad_a1)),
        "a2_means": all_of(a2, no_means(ad_a2)),
        "a2_minor": all_of(a2, no_csa(ad_a2)),
    }


def _minor(ages: set[int] | None) -> str:
    if ages is None:
        return U
    if all(a < 18 for a in ages):
        return T
    if all(a >= 18 for a in ages):
        return F
    return U


def _decide(established: bool, defeated: bool) -> str:
    assert not (established and defeated)
    return T if established else (F if defeated else U)


def _verb(value: Any) -> str | None:
    return None if value is None else str(value.value if hasattr(value, "value") else value)


def statuses_1591(
    pattern: FactPattern, index: int, as_of: date | None, today: date
) -> dict[str, str]:
    spread = _spread(pattern, index, as_of, today, period_1591, BOUNDS_1591)
    if spread is not None:
        each = [_read_1591(pattern, index, period, ages) for period, ages in spread]
        return {k: _agree(*(e[k] for e in each)) for k in PRONGS_1591}
    period, ages = _period(pattern, index, as_of, today, period_1591)
    return _read_1591(pattern, index, period, ages)


def _read_1591(
    pattern: FactPattern, index: int, period: str, ages: set[int] | None
) -> dict[str, str]:
    c = pattern.conduct[index]
    if "|" in period:  # an enactment day: either text may apply
        each = [_read_1591(pattern, index, text, ages) for text in period.split("|")]
        return {k: _agree(*(e[k] for e in each)) for k in PRONGS_1591}
    if period == "before":
        return dict.fromkeys(PRONGS_1591, F)
    if period == "undated":
        return _every_text_1591(c)
    if period == "none":
        return _every_wording_1591(c, ages, _buyer(pattern, c))
    fed = c.federal
    act = c.act.value
    new = period in ("2015", "2018")
    verbs = VERBS_2015 if new else VERBS_2008
    open_verbs = set() if new else OPEN_2008
    observe = OBSERVE_2015 if new else OBSERVE_2008
    knowing_only = {"advertising"} if new else set()

    knowingly = truth(c.knowingly)
    buyer = _buyer(pattern, c)
    # an open verb is open for a buyer only: for anyone else the text lacks it
    conduct = T if act in verbs else (U if act in open_verbs and buyer else F)
    if open_verbs and buyer and conduct == T:
        # before 29 May 2015 a buyer's own purchase is open whatever verb records it: whether
        # a buyer "obtains" is UNVERIFIED (federal reference § 2.3)
        conduct = U
    commerce = any_of(
        truth(fed.jurisdiction.in_or_affecting_interstate_or_foreign_commerce),
        truth(fed.jurisdiction.within_special_maritime_and_territorial_jurisdiction),
    )
    knew = [fed.knew_means_will_be_used.__getattribute__(m) for m in MEANS]
    reckless = [fed.reckless_disregard_means_will_be_used.__getattribute__(m) for m in MEANS]
    under_18 = _minor(ages)
    age_knew, age_reck = fed.as_to_age.knew, fed.as_to_age.reckless_disregard
    observe_fact = fed.reasonable_opportunity_to_observe
    csa_knew, csa_reck = (
        fed.as_to_commercial_sex_act.knew,
        fed.as_to_commercial_sex_act.reckless_disregard,
    )

    # "knowing, or ... in reckless disregard of the fact, that means ... will be used to cause
    # the person to engage in a commercial sex act": one proposition. Whoever knew it knew a
    # commercial sex act would follow; whoever disregarded it at least disregarded that. So a
    # commercial sex act stated not known contradicts a means stated known, and stated neither
    # known nor disregarded contradicts any means stated known or disregarded. A fact so
    # contradicted decides nothing, on either side (the minor prongs' commercial sex act too).
    # But a means known with the commercial sex act disregarded gives at least reckless
    # disregard of the whole: it serves wherever reckless disregard does.
    sex_not_known = csa_knew is Truth.FALSE
    sex_neither = sex_not_known and csa_reck is Truth.FALSE
    knew_any = any(v is Truth.TRUE for v in knew)
    reckless_any = any(v is Truth.TRUE for v in reckless)
    knowing_contradicted = sex_not_known and knew_any
    disregard_contradicted = sex_neither and (knew_any or reckless_any)

    def means_for(carved: bool | None) -> str:
        """``carved``: the act is advertising (True), is not (False), is unknown (None)."""
        established = (
            (knew_any and not knowing_contradicted)
            or (carved is False and reckless_any and not disregard_contradicted)
            or (carved is False and knowing_contradicted and csa_reck is Truth.TRUE)
        )
        defeated = (
            all(v is Truth.FALSE for v in knew + reckless)
            or (carved is True and all(v is Truth.FALSE for v in knew))
            or (sex_neither and not knew_any and not reckless_any)
            or (carved is True and sex_not_known and not knew_any)
        )
        return _decide(established, defeated)

    def pair(k: Truth, r: Truth, carved: bool | None) -> str:
        established = k is Truth.TRUE or (carved is False and r is Truth.TRUE)
        defeated = (k is Truth.FALSE and r is Truth.FALSE) or (carved is True and k is Truth.FALSE)
        return _decide(established, defeated)

    def csa_pair(carved: bool | None) -> str:
        established = csa_knew is Truth.TRUE or (carved is False and csa_reck is Truth.TRUE)
        defeated = (sex_neither and not disregard_contradicted) or (
            carved is True and sex_not_known and not knowing_contradicted
        )
        return _decide(established, defeated)

    carved_a1 = act in knowing_only
    means_a1 = means_for(carved_a1)
    # (a)(1) age: knowledge; reckless disregard (not for advertising); § 1591(c) for its verbs.
    options = [truth(age_knew)]
    if not carved_a1:
        options.append(truth(age_reck))
    if act in observe:
        options.append(truth(observe_fact))
    elif act in open_verbs and buyer:
        # Read on the conduct element's theory: if a buyer "obtains", (c) lists "obtained".
        options.append(all_of(U, truth(observe_fact)))
    age_a1 = any_of(*options)
    csa_a1 = csa_pair(carved_a1)
    a1_means = all_of(conduct, knowingly, means_a1, commerce)
    a1_minor = all_of(conduct, knowingly, under_18, age_a1, csa_a1, commerce)

    v = fed.venture
    venture_act = _verb(v.act)
    carved_a2: bool | None = None if venture_act is None else venture_act in knowing_only
    benefiting = T if act == "benefiting" else F
    gained = any_of(truth(c.benefit.financially), truth(c.benefit.anything_of_value))
    if venture_act is None or venture_act in open_verbs:
        venture_verb = U
    else:
        venture_verb = T if venture_act in verbs else F
    group = truth(v.two_or_more_individuals_associated_in_fact)
    if not new and group == F:
        group = U  # whether the 2008-2015 text defined "venture" is open
    venture = all_of(group, venture_verb, truth(v.person_to_engage_in_commercial_sex_act))
    if period == "2018":
        participation = all_of(
            truth(v.knowingly_assisted_supported_or_facilitated),
            truth(v.benefit_from_participation),
        )
    else:
        participation = all_of(truth(v.participated), truth(v.benefit_from_participation))
    if not new:
        carved_a2 = False  # no carve-out before 2015: reckless disregard always serves
    means_a2 = means_for(carved_a2)
    age_a2 = pair(age_knew, age_reck, carved_a2)
    csa_a2 = csa_pair(carved_a2)
    common = (benefiting, knowingly, gained, venture, participation, commerce)
    return {
        "a1_means": a1_means,
        "a1_minor": a1_minor,
        "a2_means": all_of(*common, means_a2),
        "a2_minor": all_of(*common, under_18, age_a2, csa_a2),
    }


def statuses_1589(
    pattern: FactPattern, index: int, as_of: date | None, today: date
) -> dict[str, str]:
    c = pattern.conduct[index]
    spread = _spread(pattern, index, as_of, today, period_1589, BOUNDS_1589)
    if spread is not None:
        each = [r for text in _texts_1589(spread) for r in [_in_1589(c, text)]]
        return {k: _agree(*(e[k] for e in each)) for k in ("a", "b")}
    period, _ = _period(pattern, index, as_of, today, period_1589)
    if period == "before":
        return {"a": F, "b": F}
    if period == "undated":
        # Either text may apply (or none, before 2000): what defeats a prong under both — a
        # verb other than providing or obtaining labor (other than benefiting, for (b), which
        # only the 2008 text has), conduct not knowingly.
        knowingly = _never_met(truth(c.knowingly))
        return {
            "a": all_of(U, _never_met(_labor_conduct(c)), knowingly),
            "b": all_of(U, F if c.act.value != "benefiting" else U, knowingly),
        }
    if period == "none":
        # The 2008 window: either text may apply, so a prong is met only if met under both,
        # not met only if not met under both (as for an act whose date is not known).
        old, new = _read_1589(c, "2000"), _read_1589(c, "2008")
        return {k: _agree(old[k], new[k]) for k in ("a", "b")}
    return _read_1589(c, period)


def _texts_1589(spread: list[tuple[str, set[int] | None]]) -> list[str]:
    """The texts (or "before") an undated act may fall under: in the 2008 window, both."""
    found: list[str] = []
    for period, _ in spread:
        for text in ("2000", "2008") if period == "none" else (period,):
            if text not in found:
                found.append(text)
    return found


def _in_1589(c: Any, text: str) -> dict[str, str]:
    return {"a": F, "b": F} if text == "before" else _read_1589(c, text)


def _read_1589(c: Any, period: str) -> dict[str, str]:
    fed = c.federal
    act = c.act.value
    knowingly = truth(c.knowingly)
    conduct = _labor_conduct(c)
    if period == "2000":
        means = _agree(
            *(
                any_of(*(truth(getattr(fed.labor_means, m)) for m in (*LABOR_MEANS_2000, r)))
                for r in RESTRAINT_READINGS_2000
            )
        )
    else:
        means = any_of(*(truth(getattr(fed.labor_means, m)) for m in LABOR_MEANS_2008))
    a = all_of(conduct, knowingly, means)
    if period == "2000":
        return {"a": a, "b": F}  # the 2000 text has no benefit offence
    v = fed.venture
    b = all_of(
        T if act == "benefiting" else F,
        knowingly,
        any_of(truth(c.benefit.financially), truth(c.benefit.anything_of_value)),
        all_of(truth(v.participated), truth(v.benefit_from_participation)),
        truth(v.engaged_in_labor_or_services_by_1589_means),
        any_of(truth(v.as_to_labor_means.knew), truth(v.as_to_labor_means.reckless_disregard)),
    )
    return {"a": a, "b": b}


def _labor_conduct(c: Any) -> str:
    """ "Provides or obtains the labor or services of a person": a fact of its own (issue 19:
    obtaining a person is another fact); unstated, a providing or obtaining of the person whose
    labor or services were what was provided or obtained. Another verb names the act toward
    the person and says nothing of the labor: open, unless what was provided or obtained is
    stated not to be the person's labor or services (decision 19)."""
    labor = c.federal.labor
    stated = labor.provided_or_obtained_labor_or_services
    if stated is not Truth.UNKNOWN:
        return truth(stated)
    of_person = truth(labor.labor_or_services_of_the_person)
    if c.act.value in ("providing", "obtaining") or of_person == F:
        return of_person
    return U


def statuses_1590(
    pattern: FactPattern, index: int, as_of: date | None, today: date
) -> dict[str, str]:
    c = pattern.conduct[index]
    spread = _spread(pattern, index, as_of, today, period_1590, BOUNDS_1590)
    if spread is not None:
        return {"a": _agree(*(_read_1590(c, period)["a"] for period, _ in spread))}
    period, _ = _period(pattern, index, as_of, today, period_1590)
    return _read_1590(c, period)


def _read_1590(c: Any, period: str) -> dict[str, str]:
    if period == "before":
        return {"a": F}
    fed = c.federal
    verbs = {"recruiting", "harboring", "transporting", "providing", "obtaining"}
    if period in ("none", "undated"):
        # No text applied (or, undated, any may apply), but every candidate wording (the 2000
        # text; a pre-2008 paragraph identical to the present (a) [S]) asks these: a fact
        # defeating one is not met.
        return {
            "a": all_of(
                U,
                U if c.act.value in verbs else F,
                _never_met(truth(c.knowingly)),
                _never_met(truth(fed.labor.for_labor_or_services)),
            )
        }
    completed = fed.labor.chapter_77_violation_completed
    intended = fed.labor.chapter_77_violation_intended_or_known
    in_violation = _decide(
        completed is Truth.TRUE and intended is Truth.TRUE,
        completed is Truth.FALSE and intended is Truth.FALSE,
    )
    return {
        "a": all_of(
            T if c.act.value in verbs else F,
            truth(c.knowingly),
            truth(fed.labor.for_labor_or_services),
            in_violation,
        )
    }


def band_1591(
    pattern: FactPattern, index: int, as_of: date | None, today: date
) -> tuple[str, tuple[str, ...]]:
    """For an act that meets or may meet a § 1591 prong: ("determined", (band,)),
    ("none_stated", ()), or ("undetermined", bands still possible)."""
    spread = _spread(pattern, index, as_of, today, period_1591, BOUNDS_1591)
    if spread is not None:
        live = [
            (period, ages)
            for period, ages in spread
            if any(x != F for x in _read_1591(pattern, index, period, ages).values())
        ]
        each = [_bands_1591(pattern, index, period, ages) for period, ages in live]
        met = T in statuses_1591(pattern, index, as_of, today).values()
        return _combined(each, met, ("(b)(2)", "(b)(1)"))
    period, ages = _period(pattern, index, as_of, today, period_1591)
    if "|" in period:  # an enactment day: each text under which it meets or may meet a prong
        each = [
            _bands_1591(pattern, index, text, ages) for text in _live(pattern, index, period, ages)
        ]
        met = T in statuses_1591(pattern, index, as_of, today).values()
        return _combined(each, met, ("(b)(2)", "(b)(1)"))
    found = _bands_1591(pattern, index, period, ages)
    return ("undetermined", ()) if found is None else _outcome(found, ("(b)(2)", "(b)(1)"))


def _live(pattern: FactPattern, index: int, period: str, ages: set[int] | None) -> list[str]:
    """The texts of an enactment day under which the act meets or may meet a prong."""
    return [
        text
        for text in period.split("|")
        if any(x != F for x in _read_1591(pattern, index, text, ages).values())
    ]


def _combined(
    each: list[set[str] | None], met: bool, order: tuple[str, str]
) -> tuple[str, tuple[str, ...]]:
    """The band of an undated act from the outcomes of each period where it may be an offense
    (``None``: no text, no band): fixed only when it is met and every period gives the same."""
    if met and None not in each and len({frozenset(x) for x in each if x is not None}) == 1:
        first = each[0]
        assert first is not None
        return _outcome(first, order)
    union = set().union(*(x for x in each if x is not None))
    return "undetermined", tuple(b for b in order if b in union)


def _bands_1591(
    pattern: FactPattern, index: int, period: str, ages: set[int] | None
) -> set[str] | None:
    """The § 1591(b) outcomes possible in ``period`` (``None`` where no text is applied)."""
    c = pattern.conduct[index]
    if period in ("none", "undated", "before"):
        return None
    if "|" in period:  # an enactment day: any band a text it may be an offense under gives
        found = [_bands_1591(pattern, index, t, ages) for t in _live(pattern, index, period, ages)]
        return set().union(*(x for x in found if x is not None))
    new = period in ("2015", "2018")
    listed = BAND_2015 if new else BAND_2008
    open_verbs = set() if new else OPEN_2008
    verb = _verb(c.federal.venture.act) if c.act.value == "benefiting" else c.act.value
    # an open verb is reached, if at all, as "obtained", which (b) lists
    # (for a possible buyer: the act's own buyer fact, or a venture's act, whose buyer is not
    # stated)
    may_buy = c.act.value == "benefiting" or _buyer(pattern, c)
    in_list = {verb in listed or (verb in open_verbs and may_buy)}
    if verb is None:
        in_list = {True, False}
    effected_facts = [getattr(c.federal.offense_effected_by, m) for m in MEANS]
    if any(v is Truth.TRUE for v in effected_facts):
        effected = {True}
    elif all(v is Truth.FALSE for v in effected_facts):
        effected = {False}
    else:
        effected = {True, False}
    possible_ages = ages if ages is not None else set(range(0, 121))
    outcomes: set[str] = set()
    for e in effected:
        for listed_verb in in_list:
            for age in possible_ages:
                if e or (listed_verb and age < 14):
                    outcomes.add("(b)(1)")
                elif listed_verb and age < 18:
                    outcomes.add("(b)(2)")
                else:
                    outcomes.add("none")
    return outcomes


def _outcome(outcomes: set[str], order: tuple[str, str]) -> tuple[str, tuple[str, ...]]:
    bands = tuple(b for b in order if b in outcomes)
    if outcomes == {"none"}:
        return "none_stated", ()
    if len(outcomes) == 1:
        return "determined", bands
    return "undetermined", bands


def band_maximum(
    pattern: FactPattern, index: int, law: str, as_of: date | None, today: date
) -> tuple[str, tuple[str, ...]]:
    c = pattern.conduct[index]
    by_day = period_1589 if law == "1589" else period_1590
    spread = _spread(
        pattern, index, as_of, today, by_day, BOUNDS_1589 if law == "1589" else BOUNDS_1590
    )
    if spread is not None:
        if law == "1589":
            texts = [t for t in _texts_1589(spread) if any(x != F for x in _in_1589(c, t).values())]
            each: list[set[str] | None] = [_aggravation(c, t) for t in texts]
            met = T in statuses_1589(pattern, index, as_of, today).values()
        else:
            live = [p for p, _ in spread if _read_1590(c, p)["a"] != F]
            each = [None if p in ("none", "before") else _aggravation(c, "1590") for p in live]
            met = statuses_1590(pattern, index, as_of, today)["a"] == T
        return _combined(each, met, ("base", "aggravated"))
    period, _ = _period(pattern, index, as_of, today, by_day)
    if period == "none" and law == "1589":
        # the window: the bands of each text under which the act meets or may meet a prong,
        # fixed only when it is met and both give the same
        texts = [t for t in ("2000", "2008") if any(x != F for x in _read_1589(c, t).values())]
        if not texts:
            return "not_applicable", ()
        met = T in statuses_1589(pattern, index, as_of, today).values()
        return _combined([_aggravation(c, t) for t in texts], met, ("base", "aggravated"))
    if period in ("none", "undated", "before"):
        return "undetermined", ()
    text = period if law == "1589" else "1590"
    return _outcome(_aggravation(c, text), ("base", "aggravated"))


def _aggravation(c: Any, text: str) -> set[str]:
    """The bands the aggravation facts leave possible under a text: ``"2000"`` or ``"2008"``
    of § 1589, or ``"1590"``."""
    listed = AGGRAVATIONS
    if text == "2008":  # § 1589(d) as read lists no attempt to commit aggravated sexual abuse
        listed = tuple(a for a in AGGRAVATIONS if a != "attempt_to_commit_aggravated_sexual_abuse")
    facts = [getattr(c.federal.aggravation, a) for a in listed]
    if any(v is Truth.TRUE for v in facts):
        return {"aggravated"}
    if all(v is Truth.FALSE for v in facts):
        return {"base"}
    return {"base", "aggravated"}


def read(
    pattern: FactPattern, as_of: date | None = None, today: date | None = None
) -> dict[tuple[str, str], dict[str, object]]:
    """Per (defendant, victim): each prong's status over the pair's acts, and per act its
    § 1591, § 1589 and § 1590 statuses and penalty outcome."""
    today = today or date.today()
    per_pair: dict[tuple[str, str], list[int]] = {}
    for i, c in enumerate(pattern.conduct):
        per_pair.setdefault((c.actor, c.person), []).append(i)
    out: dict[tuple[str, str], dict[str, object]] = {}
    for pair, indexes in per_pair.items():
        s91 = {i: statuses_1591(pattern, i, as_of, today) for i in indexes}
        s89 = {i: statuses_1589(pattern, i, as_of, today) for i in indexes}
        s90 = {i: statuses_1590(pattern, i, as_of, today) for i in indexes}
        row: dict[str, object] = {}
        for prong in PRONGS_1591:
            row[f"1591_{prong}"] = any_of(*(s91[i][prong] for i in indexes))
        row["1589_a"] = any_of(*(s89[i]["a"] for i in indexes))
        row["1589_b"] = any_of(*(s89[i]["b"] for i in indexes))
        row["1590_a"] = any_of(*(s90[i]["a"] for i in indexes))
        penalties: dict[str, tuple[str, tuple[str, ...]]] = {}
        for i in indexes:
            cid = pattern.conduct[i].id
            if any_of(*s91[i].values()) != F:
                penalties[f"1591:{cid}"] = band_1591(pattern, i, as_of, today)
            if any_of(*s89[i].values()) != F:
                penalties[f"1589:{cid}"] = band_maximum(pattern, i, "1589", as_of, today)
            if s90[i]["a"] != F:
                penalties[f"1590:{cid}"] = band_maximum(pattern, i, "1590", as_of, today)
        row["penalties"] = penalties
        out[pair] = row
    return out
