"""What an act's federal facts state against each other, in words, and what that decides
(18 U.S.C. § 1591(a); ``docs/federal.md`` decision 18): the note ``federal_facts_contradict``
and the court form's open line say it in these words."""

from __future__ import annotations

from nm_trafficking.statute.model import (
    SEX_ACT_CONTRADICTS_BOTH,
    SEX_ACT_CONTRADICTS_DISREGARD,
    SEX_ACT_CONTRADICTS_KNOWLEDGE,
    SEX_ACT_KNOWLEDGE_CONTRADICTED_DISREGARDED,
)


def contradiction_words(value: str, advertising: bool, actor: str, person: str) -> str:
    """What the facts of one act state against each other, and what that decides (decision
    18): exact for each combination of the commercial sex act (not known; not known but
    recklessly disregarded; neither) and the means (known; only disregarded), advertising or
    not. ``actor``, ``person``: as the facts name them (the actor is the subject of what is
    stated); the words of § 1591(a) are quoted as they are ("will be used to cause the person
    ..."), the facts told in the past ("would be used to cause W ...")."""
    if value == SEX_ACT_CONTRADICTS_DISREGARD:
        stated = (
            "recklessly disregarded that a means (force, threats of force, fraud or coercion) "
            f"would be used to cause {person} to engage in a commercial sex act, and also "
            f"neither to have known nor to have recklessly disregarded that {person} would be "
            "caused to engage in one"
        )
    else:
        sex_act = {
            SEX_ACT_CONTRADICTS_KNOWLEDGE: "not to have known (reckless disregard is not stated)",
            SEX_ACT_KNOWLEDGE_CONTRADICTED_DISREGARDED: "not to have known, but to have "
            "recklessly disregarded,",
            SEX_ACT_CONTRADICTS_BOTH: "neither to have known nor to have recklessly disregarded",
        }[value]
        stated = (
            "known that a means (force, threats of force, fraud or coercion) would be used to "
            f"cause {person} to engage in a commercial sex act, and also {sex_act} that "
            f"{person} would be caused to engage in one"
        )
    head = (
        f"the facts contradict each other. {actor} is stated to have {stated}. § 1591(a) "
        'asks one thing: knowing, or in reckless disregard of the fact, that the means "will be '
        'used to cause the person to engage in a commercial sex act". '
    )
    if value == SEX_ACT_CONTRADICTS_DISREGARD and advertising:
        return head + (
            "The act is advertising, for which only knowledge serves, and knowledge is stated "
            "on neither side: the contradiction decides nothing that matters here (neither the "
            "force, fraud or coercion prongs nor the minor prongs are met without knowledge)."
        )
    if value == SEX_ACT_KNOWLEDGE_CONTRADICTED_DISREGARDED and not advertising:
        return head + (
            "Both cannot be true as to knowledge, so knowledge is not read; but either way "
            f"{actor} at least recklessly disregarded that the means would be used to cause "
            f"{person} to engage in a commercial sex act, which serves (except where the act is "
            "advertising): the mental element of the force, fraud or coercion prongs is met by "
            "reckless disregard, and the minor prongs read the reckless disregard stated. Check "
            "the facts."
        )
    if value == SEX_ACT_KNOWLEDGE_CONTRADICTED_DISREGARDED:
        return head + (
            "The act is advertising, for which only knowledge serves, and knowledge is what the "
            "facts contradict: neither is preferred, so the force, fraud or coercion prongs and "
            "the minor prongs' knowledge of a commercial sex act are left undetermined (the "
            "conservative reading). Check the facts."
        )
    if value == SEX_ACT_CONTRADICTS_KNOWLEDGE:
        what = "knowledge (of the means and of a commercial sex act) is left undetermined"
        if not advertising:
            what += (
                ", and reckless disregard is not stated (a means stated recklessly disregarded "
                "still serves)"
            )
    elif value == SEX_ACT_CONTRADICTS_BOTH:
        what = "knowledge and reckless disregard are both left undetermined"
    else:
        what = "reckless disregard (of the means and of a commercial sex act) is left undetermined"
    return head + (
        f"Both cannot be true, and neither is preferred: {what}, in the force, fraud or "
        "coercion prongs and in the minor prongs alike, unless other facts decide them (the "
        "conservative reading). Check the facts."
    )
