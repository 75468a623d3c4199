"""How an act's federal facts read together, where one fact bears on another (no engine, no
words): the knowledge of a commercial sex act stated against the means stated known or
disregarded "to cause the person to engage in a commercial sex act" (18 U.S.C. § 1591(a);
``docs/federal.md`` decision 18). The engine's derived atom
(:data:`~nm_trafficking.statute.model.SEX_ACT_WITH_MEANS`), the note and the court form read
it from here. Also whether an act puts the person's labor or services
(:func:`labor_at_issue`), or a commercial sex act (:func:`sex_at_issue`), at issue: which
federal sections' questions the first screen asks (never a status; decision 19)."""

from __future__ import annotations

from nm_trafficking.facts.conduct import Conduct, FederalFacts
from nm_trafficking.facts.truth import Truth
from nm_trafficking.statute.model import (
    SEX_ACT_CONTRADICTS_BOTH,
    SEX_ACT_CONTRADICTS_DISREGARD,
    SEX_ACT_CONTRADICTS_KNOWLEDGE,
    SEX_ACT_KNOWLEDGE_CONTRADICTED_DISREGARDED,
    SEX_ACT_NEITHER,
    SEX_ACT_NOT_KNOWN,
    SEX_ACT_OPEN,
)

_TRUE = Truth.TRUE
_FALSE = Truth.FALSE


def sex_act_with_means(federal: FederalFacts) -> str:
    """The value of :data:`~nm_trafficking.statute.model.SEX_ACT_WITH_MEANS` for a federal
    block: whether the knowledge of a commercial sex act stated leaves the means facts possible
    (each of which is knowledge, or reckless disregard, that a means will be used "to cause the
    person to engage in a commercial sex act")."""
    csa = federal.as_to_commercial_sex_act
    if csa.knew is not _FALSE:
        return SEX_ACT_OPEN
    knew = federal.knew_means_will_be_used
    disregarded = csa.reckless_disregard
    if any(getattr(knew, m) is _TRUE for m in type(knew).model_fields):
        if disregarded is _TRUE:
            return SEX_ACT_KNOWLEDGE_CONTRADICTED_DISREGARDED
        return SEX_ACT_CONTRADICTS_BOTH if disregarded is _FALSE else SEX_ACT_CONTRADICTS_KNOWLEDGE
    if disregarded is not _FALSE:
        return SEX_ACT_NOT_KNOWN
    reckless = federal.reckless_disregard_means_will_be_used
    if any(getattr(reckless, m) is _TRUE for m in type(reckless).model_fields):
        return SEX_ACT_CONTRADICTS_DISREGARD
    return SEX_ACT_NEITHER


def labor_at_issue(conduct: Conduct) -> bool:
    """Whether a fact of an act puts the person's labor or services at issue: the act was to
    subject the person to labor or services (§ 30-52-1(A)(1)'s purpose, or (A)(3)'s source of
    the benefit), or for labor or
    services (§ 1590), or the actor provided or obtained them, or what was provided or obtained
    was them, or a § 1589(a) means was used, or the venture provided or obtained labor or
    services by a § 1589 means (or the actor knew or recklessly disregarded that it did), or
    the labor or services were in violation of chapter 77 (or the actor intended or knew that
    they would be). It decides only which questions the first screen asks
    (``Law.labor_or_services``), never a status: a state fact may prompt a federal question,
    never settle one (docs/federal.md, decisions 1 and 19)."""
    purpose, source = conduct.to_subject_to, conduct.benefit_from
    federal = conduct.federal
    labor = federal.labor
    if _TRUE in (
        purpose.labor,
        purpose.services,
        source.labor,
        source.services,
        labor.for_labor_or_services,
        labor.labor_or_services_of_the_person,
        labor.provided_or_obtained_labor_or_services,
        federal.venture.engaged_in_labor_or_services_by_1589_means,
        federal.venture.as_to_labor_means.knew,
        federal.venture.as_to_labor_means.reckless_disregard,
        labor.chapter_77_violation_completed,
        labor.chapter_77_violation_intended_or_known,
    ):
        return True
    means = federal.labor_means
    return any(getattr(means, m) is _TRUE for m in type(means).model_fields)


_SEX_VERBS = frozenset({"advertising", "patronizing"})
"""Verbs that name a commercial sex act's market by themselves (§ 1591(a)(1) "advertises",
"patronizes")."""


def sex_at_issue(conduct: Conduct) -> bool:
    """Whether a fact of an act puts a commercial sex act by the person at issue, or § 1591
    itself: commercial sexual activity as the act's purpose or the benefit's source, or the
    person to be caused to engage in it (§ 30-52-1); a federal fact of a commercial sex act
    (known or recklessly disregarded, a means known or disregarded, or effected, "to cause the
    person to engage in a commercial sex act"; a venture's act or aim); an advertising or
    patronizing; or a fact only § 1591 tests of the person (the actor's knowledge of the age, a
    reasonable opportunity to observe). Not the jurisdiction facts (in or affecting commerce,
    within the special maritime and territorial jurisdiction): they say nothing of a sex act, and
    a labor case states them as readily (review S10). It decides only which questions of § 1591
    (``Law.commercial_sex_only``) the first screen asks, never a status (docs/federal.md,
    decisions 1 and 19)."""
    federal = conduct.federal
    if conduct.act.value in _SEX_VERBS or federal.venture.act is not None:
        return True
    if _TRUE in (
        conduct.to_subject_to.commercial_sexual_activity,
        conduct.benefit_from.commercial_sexual_activity,
        conduct.will_be_caused_to_engage_in_commercial_sexual_activity,
        federal.as_to_commercial_sex_act.knew,
        federal.as_to_commercial_sex_act.reckless_disregard,
        federal.venture.person_to_engage_in_commercial_sex_act,
        federal.as_to_age.knew,
        federal.as_to_age.reckless_disregard,
        federal.reasonable_opportunity_to_observe,
    ):
        return True
    return any(
        getattr(means, m) is _TRUE
        for means in (
            federal.knew_means_will_be_used,
            federal.reckless_disregard_means_will_be_used,
            federal.offense_effected_by,
        )
        for m in type(means).model_fields
    )
