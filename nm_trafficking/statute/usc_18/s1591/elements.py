"""The four prongs of 18 U.S.C. § 1591(a), element by element, for any dated text of it.

§ 1591(a)'s concluding provisions govern both paragraphs and state two alternative mental
states (force, threats of force, fraud or coercion; or a person under 18), so § 1591(a)(1) and
§ 1591(a)(2) each make two prongs. The elements follow the Ninth Circuit's model instructions
20.25, 20.25A and 20.26 (reference § 3.1-3.3, [P]); the words each element tests are quoted from
the version's own paragraphs (a test checks them against the reference file). What differs
between the dated texts — the verbs, the advertising carve-out, § 1591(c), the definition of
"participation in a venture" — is given by each version module as a :class:`Text`.

Conservative readings (the reference's UNVERIFIED points never make an element met or not met):

* a verb outside the version's lists defeats the conduct element, except the verbs the reference
  itself leaves open (``open_verbs``: patronizing and soliciting before 29 May 2015, whether
  buyers were already reached as persons who "obtain" being UNVERIFIED), which leave it open
  for a buyer only (for anyone else such a verb is not met, as under § 30-52-1); in such a text
  a buyer's own purchase stays open whatever verb records it (obtaining too);
* advertising: knowledge only, never reckless disregard, and § 1591(c) does not list it;
* § 1591(c) (a reasonable opportunity to observe) serves only § 1591(a)(1), and only for the verbs
  (c) lists (*United States v. Duong*, 10th Cir. 2017: it suffices alone); a verb left open for
  the conduct element (a buyer before 29 May 2015, on the "a buyer may obtain" reading) leaves
  (c) open too, read on the same theory, never refused;
* "participation in a venture" before 11 April 2018 had no statutory definition: the finder's own
  ``participated`` is tested and the open standard is named;
* nothing is inferred from the state facts except the verb, the age, ``knowingly`` and
  ``benefit`` (the same words in both laws).
"""

from __future__ import annotations

from dataclasses import dataclass

from nm_trafficking.statute.model import (
    BUYER,
    SEX_ACT_CONTRADICTS_DISREGARD,
    SEX_ACT_DISREGARD_CONTRADICTED,
    SEX_ACT_KNOWLEDGE_CONTRADICTED,
    SEX_ACT_KNOWLEDGE_CONTRADICTED_DISREGARDED,
    SEX_ACT_NEITHER,
    SEX_ACT_NOT_KNOWN,
    SEX_ACT_OPEN,
    SEX_ACT_WITH_MEANS,
    Alternative,
    Element,
    Label,
    OffenceParagraph,
    Test,
)
from nm_trafficking.statute.usc_18 import labels

ADULT_AGE = 18

MEANS = (
    "force",
    "threats_of_force",
    "fraud",
    "coercion_threats_of_serious_harm_or_restraint",
    "coercion_scheme_plan_or_pattern",
    "coercion_abuse_of_legal_process",
)
"""The § 1591 means: force, threats of force, fraud, and the three limbs of § 1591(e)(2)."""

MEANS_WORDS = {
    "force": "force",
    "threats_of_force": "threats of force",
    "fraud": "fraud",
    "coercion_threats_of_serious_harm_or_restraint": (
        "coercion (threats of serious harm or physical restraint, § 1591(e)(2)(A))"
    ),
    "coercion_scheme_plan_or_pattern": "coercion (a scheme, plan or pattern, § 1591(e)(2)(B))",
    "coercion_abuse_of_legal_process": (
        "coercion (abuse or threatened abuse of law or legal process, § 1591(e)(2)(C))"
    ),
}

KNEW = "federal.knew_means_will_be_used"
RECKLESS = "federal.reckless_disregard_means_will_be_used"
AGE_KNEW = "federal.as_to_age.knew"
AGE_RECKLESS = "federal.as_to_age.reckless_disregard"
OBSERVE = "federal.reasonable_opportunity_to_observe"
CSA_KNEW = "federal.as_to_commercial_sex_act.knew"
CSA_RECKLESS = "federal.as_to_commercial_sex_act.reckless_disregard"
COMMERCE = "federal.jurisdiction.in_or_affecting_interstate_or_foreign_commerce"
SMTJ = "federal.jurisdiction.within_special_maritime_and_territorial_jurisdiction"
VENTURE_ACT = "federal.venture.act"
VENTURE_CSA = "federal.venture.person_to_engage_in_commercial_sex_act"
VENTURE_GROUP = "federal.venture.two_or_more_individuals_associated_in_fact"
VENTURE_ASSISTED = "federal.venture.knowingly_assisted_supported_or_facilitated"
VENTURE_PARTICIPATED = "federal.venture.participated"
VENTURE_BENEFIT = "federal.venture.benefit_from_participation"

BENEFITING = "benefiting"
ADVERTISING = "advertising"


@dataclass(frozen=True)
class Text:
    """What one dated text of § 1591 says, as the elements need it: the citations of its
    paragraphs, the words each element quotes, and its verb lists."""

    chapeau: str
    """The paragraph with "Whoever knowingly"."""
    a1: str
    """The paragraph with the (a)(1) verbs."""
    a1_verbs_words: str
    jurisdiction: str
    """The paragraph with the commerce / maritime words."""
    a2: str
    concluding: str
    """The paragraph with the concluding provisions (the mental states)."""
    means_words: str
    age_mental_state_words: str
    c: str
    c_words: str
    verbs: tuple[str, ...]
    """V: the (a)(1) verbs."""
    open_verbs: tuple[str, ...]
    """U: verbs that leave the (a)(1) conduct element open."""
    observe_verbs: tuple[str, ...]
    """C: the verbs of § 1591(c)."""
    knowing_only: tuple[str, ...]
    """A: acts for which only knowledge serves (advertising, from 29 May 2015)."""
    participation: str | None
    """The paragraph defining "participation in a venture" (from 11 April 2018), or None."""
    participation_words: str | None
    venture_defined: str
    """What the note says of the definition of "venture" in this text."""
    venture_definition_seen: bool
    """The text is known to define "venture" (two or more individuals associated in fact), so a
    finding that there were not two or more defeats the venture element."""
    in_force_note: str | None
    """The temporal element's note (``None``: the text's start is said once, in its cautions)."""
    buyers_note: str | None = None


JURISDICTION_WORDS = (
    "in or affecting interstate or foreign commerce, or within the special maritime and "
    "territorial jurisdiction of the United States"
)
AGE_WORDS = "that the person has not attained the age of 18 years"
CSA_WORDS = "will be caused to engage in a commercial sex act"


def _no_act(path: str, acts: tuple[str, ...]) -> tuple[Test, ...]:
    """``path`` is none of ``acts`` (no test when there are none)."""
    return (Test(path, "not_in", acts),) if acts else ()


def in_force(t: Text) -> Element:
    return Element(
        key="in_force",
        label="conduct on a date this text applies to",
        words=None,
        words_from=t.chapeau,
        established=(
            Alternative(
                (Test("in_force", "eq", "true"),),
                "the conduct ({when}) falls within the period of {version_from}",
            ),
        ),
        defeated=(
            Alternative(
                (Test("in_force", "eq", "false"),),
                "the conduct ({when}) falls outside the period of {version}",
            ),
        ),
        question=("When did {act} take place? The text applied turns on the date."),
        unknown_reason="the date of the conduct is not stated ({when})",
        note=t.in_force_note,
        brief="the date of the conduct",
    )


def a1_conduct(t: Text) -> Element:
    undecided = (
        t.buyers_note
        if t.open_verbs and t.buyers_note
        else "the kind of conduct is not established"
    )
    return Element(
        key="conduct",
        label="recruits, entices, harbors, transports, provides, obtains"
        + (", advertises" if ADVERTISING in t.verbs else "")
        + ", maintains"
        + (", patronizes, or solicits" if "patronizing" in t.verbs else "")
        + " by any means a person",
        words=t.a1_verbs_words,
        words_from=t.a1,
        # Where the text leaves buyers open (before 29 May 2015), a buyer's own purchase stays
        # open whatever verb records it, as under § 30-52-1 (issue 19): "obtaining" is the very
        # verb whose reach to buyers is UNVERIFIED.
        established=(
            Alternative(
                (
                    Test("act", "in", t.verbs),
                    *((Test(BUYER, "eq", "false"),) if t.open_verbs else ()),
                ),
                "the conduct is {act}, a verb of (a)(1)",
            ),
        ),
        # The reference leaves open only whether a BUYER "obtains": a verb the text lacks is
        # not met for anyone else (an act stated not to be the actor's own purchase), as under
        # § 30-52-1 (decision 15) and as advertising before 2015 (review U1/V1 of session 8).
        defeated=(
            Alternative(
                (Test("act", "not_in", (*t.verbs, *t.open_verbs)),),
                "the conduct is {act}, which is not a verb of § 1591(a)(1) in {version}",
            ),
            *(
                (
                    Alternative(
                        (Test("act", "in", t.open_verbs), Test(BUYER, "eq", "false")),
                        "the conduct is {act}, which is not a verb of § 1591(a)(1) in "
                        "{version}; only a buyer's own purchase is left open, and {actor} is "
                        "not a buyer on the facts stated ({not_buyer})",
                    ),
                )
                if t.open_verbs
                else ()
            ),
        ),
        unknown_reason=undecided,
        note=_buyers_note(t),
        brief="the conduct",
    )


_ACT_PREFIX = "the conduct is {act}: "
"""How the text's buyers reason begins (it names the act as a reason, not as a note)."""


def _buyers_note(t: Text) -> str | None:
    """The buyers reason as an element's note: without its "the conduct is {act}" (a note is
    not about one act, and nothing fills the placeholder there: review R5 of session 7)."""
    if not (t.open_verbs and t.buyers_note):
        return None
    note = t.buyers_note.removeprefix(_ACT_PREFIX)
    return note[:1].upper() + note[1:]


def knowingly(t: Text) -> Element:
    return Element(
        key="knowingly",
        label="knowingly",
        words="knowingly",
        words_from=t.chapeau,
        established=(Alternative((Test("knowingly", "eq", "true"),), "{actor} acted knowingly"),),
        defeated=(
            Alternative((Test("knowingly", "eq", "false"),), "{actor} did not act knowingly"),
        ),
        question=("Did {actor} act knowingly {when}?"),
        unknown_reason="whether {actor} acted knowingly is not established",
        note="The same fact as the state statute's 'knowingly': both laws use the word for the "
        "conduct (reference § 3.8 and § 4).",
        brief="knowing conduct",
    )


def means_element(t: Text, act_path: str, whose: str) -> Element:
    """Knowing (or, except advertising, in reckless disregard of the fact) "that means of force,
    threats of force, fraud, coercion ... will be used to cause the person to engage in a
    commercial sex act": one fact, read as a whole. Each means fact is stated with those words,
    so it carries the commercial sex act; the actor's knowledge of a commercial sex act
    (``as_to_commercial_sex_act``, the same words the minor prongs read) is read with it
    (``SEX_ACT_WITH_MEANS``): stated neither known nor disregarded, no means can be known or
    disregarded to be used to cause one (defeated; for advertising, not known suffices); stated
    not known, a means stated known to be used to cause one contradicts it (and stated neither,
    a means stated disregarded) — a contradiction decides nothing where it matters
    (undetermined, the conservative reading; a note names it). One combination decides all the
    same: a means stated known and the commercial sex act stated recklessly disregarded (not
    known) give at least reckless disregard of the whole proposition, which serves except for
    advertising (only the knowledge is contradicted, and it is not needed)."""
    carve = t.knowing_only
    established = (
        [
            Alternative(
                (Test(f"{KNEW}.{m}", "eq", "true"), Test(SEX_ACT_WITH_MEANS, "eq", SEX_ACT_OPEN)),
                f"{{actor}} knew that {MEANS_WORDS[m]} would be used to cause {{person}} to "
                "engage in a commercial sex act",
            )
            for m in MEANS
        ]
        + [
            Alternative(
                (
                    Test(f"{RECKLESS}.{m}", "eq", "true"),
                    *_no_act(act_path, carve),
                    Test(SEX_ACT_WITH_MEANS, "not_in", SEX_ACT_DISREGARD_CONTRADICTED),
                ),
                f"{{actor}} was in reckless disregard of the fact that {MEANS_WORDS[m]} would be "
                "used to cause {person} to engage in a commercial sex act",
            )
            for m in MEANS
        ]
        + [
            Alternative(
                (
                    Test(f"{KNEW}.{m}", "eq", "true"),
                    *_no_act(act_path, carve),
                    Test(SEX_ACT_WITH_MEANS, "eq", SEX_ACT_KNOWLEDGE_CONTRADICTED_DISREGARDED),
                ),
                f"{{actor}} knew that {MEANS_WORDS[m]} would be used and was in reckless "
                "disregard of the fact that {person} would be caused to engage in a commercial sex "
                "act (the facts contradict each other on the knowledge, which is not needed): at "
                "least reckless disregard of the fact that the means would be used to cause "
                "{person} to engage in a commercial sex act",
                facts=(f"{KNEW}.{m}", CSA_RECKLESS),
            )
            for m in MEANS
        ]
    )
    defeated = [
        Alternative(
            (
                *(Test(f"{KNEW}.{m}", "eq", "false") for m in MEANS),
                *(Test(f"{RECKLESS}.{m}", "eq", "false") for m in MEANS),
            ),
            "{actor} neither knew nor recklessly disregarded that force, threats of force, "
            "fraud or coercion would be used to cause {person} to engage in a commercial sex "
            "act",
        ),
        Alternative(
            (Test(SEX_ACT_WITH_MEANS, "eq", SEX_ACT_NEITHER),),
            "{actor} neither knew nor recklessly disregarded that {person} would be caused to "
            "engage in a commercial sex act, so could not know or disregard that any means "
            "would be used to cause {person} to engage in one",
            facts=(CSA_KNEW, CSA_RECKLESS),
        ),
    ]
    if carve:
        defeated += [
            Alternative(
                (Test(act_path, "in", carve), *(Test(f"{KNEW}.{m}", "eq", "false") for m in MEANS)),
                f"{whose} is advertising, for which only knowledge serves, and {{actor}} did not "
                "know that any of the means would be used",
            ),
            Alternative(
                (
                    Test(act_path, "in", carve),
                    Test(
                        SEX_ACT_WITH_MEANS,
                        "in",
                        (SEX_ACT_NOT_KNOWN, SEX_ACT_NEITHER, SEX_ACT_CONTRADICTS_DISREGARD),
                    ),
                ),
                f"{whose} is advertising, for which only knowledge serves, and {{actor}} did not "
                "know that {person} would be caused to engage in a commercial sex act, so did "
                "not know that any means would be used to cause one",
                facts=(act_path, CSA_KNEW),
            ),
        ]
    note = (
        "'Coercion' means only the three limbs of § 1591(e)(2); 'force' and 'fraud' are not "
        "defined. The means are not separate elements: jurors need not agree on which (Ninth "
        "Cir. 20.25A, citing United States v. Mickey). A completed commercial sex act is not an "
        "element (CRS, citing United States v. Basa; United States v. Thomas, 10th Cir. 2025, "
        "not read: UNVERIFIED)."
    )
    if carve:
        note += " Where the act is advertising, only knowledge serves."
    return Element(
        key="means_will_be_used",
        label="knowing, or in reckless disregard, that force, threats of force, fraud or "
        "coercion will be used to cause the person to engage in a commercial sex act",
        words=t.means_words,
        words_from=t.concluding,
        established=tuple(established),
        defeated=tuple(defeated),
        question=(
            "Did {actor} know, or recklessly disregard, {when}, that force, threats of force, "
            "fraud or coercion would be used to cause {person} to engage in a commercial sex act?"
        ),
        knowledge_only=carve,
        knowledge_only_act=act_path,
        question_if_knowledge_only=(
            "Did {actor} know, {when}, that force, threats of force, fraud or coercion would be "
            "used to cause {person} to engage in a commercial sex act? (Where the act is "
            "advertising only knowledge serves, not reckless disregard.)"
        ),
        unknown_reason="knowledge or reckless disregard that force, threats of force, fraud or "
        "coercion (as § 1591(e)(2) defines it) would be used to cause {person} to engage in a "
        "commercial sex act is not established",
        unknown_if_knowledge_only="knowledge that force, threats of force, fraud or coercion "
        "(as § 1591(e)(2) defines it) would be used to cause {person} to engage in a commercial "
        f"sex act is not established ({whose} is advertising: only knowledge serves, not reckless "
        "disregard)",
        note=note,
        evidenced_by_indicators=True,
        brief="knowledge or reckless disregard of force, fraud or coercion",
        brief_if_knowledge_only="knowledge of force, fraud or coercion",
    )


def jurisdiction(t: Text, *, a2: bool = False) -> Element:
    note = (
        "The reference gives no test of what affects commerce: nothing is inferred from the "
        "internet, hotels, roads or the place. Indian country is not the special maritime and "
        "territorial jurisdiction (own analysis of the reference, UNVERIFIED); for conduct on "
        "tribal land in New Mexico the commerce limb is presumably the route."
    )
    if a2:
        note = (
            "The statute puts these words in (a)(1) only; the Ninth Circuit's (a)(2) instruction "
            "20.26 nonetheless requires the same element. Whose acts must affect commerce is not "
            "stated in the reference: the fact is read as the venture's (a)(1) act (UNVERIFIED). "
            + note
        )
    return Element(
        key="jurisdiction",
        label="in or affecting interstate or foreign commerce, or within the special maritime "
        "and territorial jurisdiction of the United States",
        words=JURISDICTION_WORDS,
        words_from=t.jurisdiction,
        established=(
            Alternative(
                (Test(COMMERCE, "eq", "true"),),
                "the conduct was in or affecting interstate or foreign commerce",
            ),
            Alternative(
                (Test(SMTJ, "eq", "true"),),
                "the conduct was within the special maritime and territorial jurisdiction of "
                "the United States",
            ),
        ),
        defeated=(
            Alternative(
                (Test(COMMERCE, "eq", "false"), Test(SMTJ, "eq", "false")),
                "the conduct was not in or affecting interstate or foreign commerce, nor "
                "within the special maritime and territorial jurisdiction",
            ),
        ),
        question=(
            # (a)(2): ask about what the fact is read as, the venture's act (review V3 of
            # session 8), with the open point named
            "Was {venture_act}, from which {actor} benefited{_on}, in or affecting interstate "
            "or foreign commerce (or within the special maritime and territorial jurisdiction "
            "of the United States)? The fact is read as the venture's (a)(1) act: whose act "
            "must affect commerce is UNVERIFIED."
            if a2
            else "Was {act} in or affecting interstate or foreign commerce (or within the "
            "special maritime and territorial jurisdiction of the United States)?"
        ),
        unknown_reason="that the conduct was in or affecting interstate or foreign commerce, or "
        "within the special maritime and territorial jurisdiction of the United States, is not "
        "established",
        note=note,
        brief="the jurisdiction element",
    )


def under_eighteen(t: Text) -> Element:
    return Element(
        key="under_eighteen",
        label="a person who had not attained the age of 18 years",
        words=AGE_WORDS,
        words_from=t.concluding,
        established=(
            Alternative(
                (Test("victim_age.hi", "lt", ADULT_AGE),),
                "{person} had not attained the age of 18 years at the time of the conduct "
                "(age {age})",
            ),
        ),
        defeated=(
            Alternative(
                (Test("victim_age.lo", "ge", ADULT_AGE),),
                "{person} had attained the age of 18 years at the time of the conduct (age {age})",
            ),
        ),
        question=("Was {person} under 18 at {act}? {age_note}"),
        unknown_reason="{person}'s age at the time of the conduct is not established (age {age})",
        note="The person must in fact be under 18 (reference § 3.9): the actor's belief cannot "
        "supply it (a decoy or an officer posing as a minor does not meet this element).",
        brief="the person's age",
    )


def a1_age_mental_state(t: Text) -> Element:
    carve = t.knowing_only
    established = [
        Alternative((Test(AGE_KNEW, "eq", "true"),), "{actor} knew that {person} was under 18"),
        Alternative(
            (Test(AGE_RECKLESS, "eq", "true"), *_no_act("act", carve)),
            "{actor} was in reckless disregard of the fact that {person} was under 18",
        ),
        Alternative(
            (Test(OBSERVE, "eq", "true"), Test("act", "in", t.observe_verbs)),
            "{actor} had a reasonable opportunity to observe {person} (§ 1591(c)): the "
            "Government need not prove knowledge or reckless disregard of age (United States v. "
            "Duong, 10th Cir. 2017)",
        ),
    ]
    defeated = []
    if carve:
        defeated.append(
            Alternative(
                (Test("act", "in", carve), Test(AGE_KNEW, "eq", "false")),
                "the conduct is advertising, for which only knowledge of age serves (and "
                "§ 1591(c) does not list it), and {actor} did not know {person} was under 18",
            )
        )
    defeated.append(
        Alternative(
            (
                Test(AGE_KNEW, "eq", "false"),
                Test(AGE_RECKLESS, "eq", "false"),
                Test(OBSERVE, "eq", "false"),
                *_no_act("act", carve),
            ),
            "{actor} neither knew nor recklessly disregarded that {person} was under 18, and "
            "had no reasonable opportunity to observe {person}",
        )
    )
    defeated.append(
        Alternative(
            (
                Test(AGE_KNEW, "eq", "false"),
                Test(AGE_RECKLESS, "eq", "false"),
                # A verb the text leaves open (a buyer before 2015) is read on the same theory
                # as the conduct element: if "obtains" reaches it, (c)'s "obtained" does too.
                Test("act", "not_in", (*carve, *t.observe_verbs, *t.open_verbs)),
            ),
            "{actor} neither knew nor recklessly disregarded that {person} was under 18, and "
            "§ 1591(c) does not list {act}",
        )
    )
    if t.open_verbs:
        # ... and, as for the conduct element, only for a buyer: for anyone else (c) is read on
        # the text's own list, which lacks the verb.
        defeated.append(
            Alternative(
                (
                    Test(AGE_KNEW, "eq", "false"),
                    Test(AGE_RECKLESS, "eq", "false"),
                    Test("act", "in", t.open_verbs),
                    Test(BUYER, "eq", "false"),
                ),
                "{actor} neither knew nor recklessly disregarded that {person} was under 18, "
                "and § 1591(c) does not list {act}",
            )
        )
    return Element(
        key="age_mental_state",
        label="knowing, or in reckless disregard, that the person had not attained the age of "
        "18 years — or a reasonable opportunity to observe the person (§ 1591(c))",
        words=t.age_mental_state_words,
        words_from=t.concluding,
        also_words=t.c_words,
        also_words_from=t.c,
        established=tuple(established),
        defeated=tuple(defeated),
        question=(
            "Did {actor} know, or recklessly disregard, {when}, that {person} was under 18, or "
            "have a reasonable opportunity to observe {person} (§ 1591(c))?"
        ),
        knowledge_only=carve,
        question_if_knowledge_only=(
            "Did {actor} know, {when}, that {person} was under 18? (For advertising only "
            "knowledge serves, and § 1591(c) does not list it.)"
        ),
        unknown_reason="knowledge or reckless disregard that {person} was under 18, or a "
        "reasonable opportunity to observe {person} (§ 1591(c)), is not established",
        unknown_if_knowledge_only="knowledge that {person} was under 18 is not established (the "
        "conduct is advertising: only knowledge serves, not reckless disregard, and § 1591(c) "
        "does not list it)",
        note="United States v. Duong, 848 F.3d 928 (10th Cir. 2017), binding in New Mexico (only "
        "the opinion's opening was read, [P] as a court opinion): a reasonable opportunity to "
        "observe the person suffices alone, even where the defendant neither knew nor was "
        "reckless. § 1591(c) serves only § 1591(a)(1) and the verbs it lists"
        + (" (not advertising)" if carve else "")
        + (
            "; for a buyer's patronizing or soliciting, open for the conduct element on the "
            "reading that a buyer may 'obtain', (c) stays open on the same reading ('obtained' "
            "is in its list)"
            if t.open_verbs
            else ""
        )
        + ". The actor's belief about the age is evidence on knowledge or reckless disregard, "
        "not decisive by itself.",
        brief="knowledge or reckless disregard of the person's age (or a reasonable "
        "opportunity to observe)",
        brief_if_knowledge_only="knowledge of the person's age",
    )


def csa_element(t: Text, act_path: str, whose: str) -> Element:
    carve = t.knowing_only
    # A commercial sex act stated not known (or neither known nor disregarded) against a means
    # stated known (or disregarded) "to cause the person to engage in a commercial sex act" is a
    # contradiction: the fact contradicted decides nothing here either (decision 18).
    defeated = [
        Alternative(
            (
                Test(CSA_KNEW, "eq", "false"),
                Test(CSA_RECKLESS, "eq", "false"),
                Test(SEX_ACT_WITH_MEANS, "not_in", SEX_ACT_DISREGARD_CONTRADICTED),
            ),
            "{actor} neither knew nor recklessly disregarded that {person} would be caused to "
            "engage in a commercial sex act",
        )
    ]
    if carve:
        defeated.append(
            Alternative(
                (
                    Test(act_path, "in", carve),
                    Test(CSA_KNEW, "eq", "false"),
                    Test(SEX_ACT_WITH_MEANS, "not_in", SEX_ACT_KNOWLEDGE_CONTRADICTED),
                ),
                f"{whose} is advertising, for which only knowledge serves, and {{actor}} did not "
                "know that {person} would be caused to engage in a commercial sex act",
            )
        )
    return Element(
        key="commercial_sex_act",
        label="knowing, or in reckless disregard, that the person will be caused to engage in "
        "a commercial sex act",
        words=CSA_WORDS,
        words_from=t.concluding,
        established=(
            Alternative(
                (Test(CSA_KNEW, "eq", "true"),),
                "{actor} knew that {person} would be caused to engage in a commercial sex act",
            ),
            Alternative(
                (Test(CSA_RECKLESS, "eq", "true"), *_no_act(act_path, carve)),
                "{actor} was in reckless disregard of the fact that {person} would be caused to "
                "engage in a commercial sex act",
            ),
        ),
        defeated=tuple(defeated),
        question=(
            "Did {actor} know, or recklessly disregard, {when}, that {person} would be caused to "
            "engage in a commercial sex act?"
        ),
        knowledge_only=carve,
        knowledge_only_act=act_path,
        question_if_knowledge_only=(
            "Did {actor} know, {when}, that {person} would be caused to engage in a commercial "
            "sex act? (Where the act is advertising only knowledge serves, not reckless "
            "disregard.)"
        ),
        unknown_reason="knowledge or reckless disregard that {person} would be caused to "
        "engage in a commercial sex act (§ 1591(e)(3)) is not established",
        unknown_if_knowledge_only="knowledge that {person} would be caused to engage in a "
        f"commercial sex act (§ 1591(e)(3)) is not established ({whose} is advertising: only "
        "knowledge serves, not reckless disregard)",
        note="'Commercial sex act' means any sex act on account of which anything of value is "
        "given to or received by any person (§ 1591(e)(3)); it is not the state statute's "
        "'commercial sexual activity', whose definition is UNVERIFIED, so the state fact is not "
        "used. 'Sex act' is not defined.",
        brief="knowledge or reckless disregard of a commercial sex act",
        brief_if_knowledge_only="knowledge of a commercial sex act",
    )


def a2_conduct(t: Text) -> Element:
    return Element(
        key="conduct",
        label="benefits",
        words="benefits",
        words_from=t.a2,
        established=(
            Alternative((Test("act", "in", (BENEFITING,)),), "the conduct is benefiting"),
        ),
        defeated=(
            Alternative(
                (Test("act", "not_in", (BENEFITING,)),),
                "the conduct is {act}, not benefiting",
            ),
        ),
        unknown_reason="the kind of conduct is not established",
        brief="the conduct",
    )


def benefit(words_from: str) -> Element:
    return Element(
        key="benefit",
        label="financially or by receiving anything of value",
        words="financially or by receiving anything of value",
        words_from=words_from,
        established=(
            Alternative(
                (Test("benefit.financially", "eq", "true"),), "{actor} benefited financially"
            ),
            Alternative(
                (Test("benefit.anything_of_value", "eq", "true"),),
                "{actor} benefited by receiving something of value",
            ),
        ),
        defeated=(
            Alternative(
                (
                    Test("benefit.financially", "eq", "false"),
                    Test("benefit.anything_of_value", "eq", "false"),
                ),
                "{actor} received neither money nor anything of value",
            ),
        ),
        question=("Did {actor} benefit, financially or by receiving anything of value, {when}?"),
        unknown_reason="that {actor} benefited financially or by receiving anything of value "
        "is not established",
        note="The same words as the state statute's (A)(3): the same fact.",
        brief="a benefit",
    )


def venture(t: Text) -> Element:
    defeated = []
    if t.venture_definition_seen:
        defeated.append(
            Alternative(
                (Test(VENTURE_GROUP, "eq", "false"),),
                "the venture was not a group of two or more individuals associated in fact",
            )
        )
    defeated += [
        Alternative(
            (Test(VENTURE_ACT, "not_in", (*t.verbs, *t.open_verbs)),),
            "what the venture did is not an act of § 1591(a)(1) in {version}",
        ),
        Alternative(
            (Test(VENTURE_CSA, "eq", "false"),),
            "the venture's act was not to get {person} to engage in a commercial sex act",
        ),
    ]
    return Element(
        key="venture",
        label="a venture which has engaged in an act described in violation of paragraph (1)",
        words="a venture which has engaged in an act described in violation of paragraph (1)",
        words_from=t.a2,
        established=(
            Alternative(
                (
                    Test(VENTURE_GROUP, "eq", "true"),
                    Test(VENTURE_ACT, "in", t.verbs),
                    Test(VENTURE_CSA, "eq", "true"),
                ),
                "a venture (two or more individuals associated in fact) engaged in an (a)(1) act "
                "toward {person}, to get {person} to engage in a commercial sex act",
            ),
        ),
        defeated=tuple(defeated),
        question=(
            "Did a venture (two or more individuals associated in fact) engage in an act of § "
            "1591(a)(1) toward {person}?"
        ),
        unknown_reason="that a venture (two or more individuals associated in fact) engaged in "
        "an act of § 1591(a)(1) toward {person}, to get {person} to engage in a commercial "
        "sex act, is not established",
        note=t.venture_defined,
        brief="a venture that engaged in an (a)(1) act",
    )


def participation(t: Text) -> Element:
    if t.participation is not None:
        return Element(
            key="participation",
            label="from participation in a venture (knowingly assisting, supporting or "
            "facilitating a violation of (a)(1))",
            words="from participation in a venture",
            words_from=t.a2,
            also_words=t.participation_words,
            also_words_from=t.participation,
            established=(
                Alternative(
                    (Test(VENTURE_ASSISTED, "eq", "true"), Test(VENTURE_BENEFIT, "eq", "true")),
                    "{actor} knowingly assisted, supported or facilitated a violation of "
                    "(a)(1), and the benefit came from that participation",
                ),
            ),
            defeated=(
                Alternative(
                    (Test(VENTURE_BENEFIT, "eq", "false"),),
                    "the benefit did not come from participation in the venture",
                ),
                Alternative(
                    (Test(VENTURE_ASSISTED, "eq", "false"),),
                    "{actor} did not knowingly assist, support or facilitate a violation of "
                    "(a)(1) (§ 1591(e)(4))",
                ),
            ),
            unknown_reason="participation in the venture (knowingly assisting, supporting or "
            "facilitating a violation of (a)(1), § 1591(e)(4)), and a benefit from it, is not "
            "established",
            note="Defined by § 1591(e)(4) from 11 April 2018 (Pub. L. 115-164): the defined "
            "test governs, so the finder's bare 'participated' does not establish it. The "
            "reference does not reconcile the (e)(4) 'knowingly' with reckless disregard of "
            "minority; the two are separate facts here.",
            question=(
                "Did {actor} knowingly assist, support or facilitate the venture's violation of "
                "§ 1591(a)(1), and benefit from that participation, {when}?"
            ),
            brief="participation in the venture",
        )
    return Element(
        key="participation",
        label="from participation in a venture",
        words="from participation in a venture",
        words_from=t.a2,
        established=(
            Alternative(
                (Test(VENTURE_PARTICIPATED, "eq", "true"), Test(VENTURE_BENEFIT, "eq", "true")),
                "{actor} participated in the venture, and the benefit came from that participation",
            ),
        ),
        defeated=(
            Alternative(
                (Test(VENTURE_BENEFIT, "eq", "false"),),
                "the benefit did not come from participation in the venture",
            ),
            Alternative(
                (Test(VENTURE_PARTICIPATED, "eq", "false"),),
                "{actor} did not participate in the venture",
            ),
        ),
        question=("Did {actor} participate in the venture, and benefit from it, {when}?"),
        unknown_reason="participation in the venture, and a benefit from it, is not "
        "established ('participation in a venture' had no statutory definition before "
        "2018-04-11; the standard courts applied is UNVERIFIED)",
        note="'Participation in a venture' had no statutory definition before 11 April 2018 "
        "(the § 1591(e)(4) definition was added by Pub. L. 115-164): the finder's own "
        "'participated' is tested; the standard courts applied is UNVERIFIED.",
        brief="participation in the venture",
    )


def a2_age_mental_state(t: Text) -> Element:
    carve = t.knowing_only
    defeated = [
        Alternative(
            (Test(AGE_KNEW, "eq", "false"), Test(AGE_RECKLESS, "eq", "false")),
            "{actor} neither knew nor recklessly disregarded that {person} was under 18 (a "
            "reasonable opportunity to observe is not enough under (a)(2))",
        )
    ]
    if carve:
        defeated.append(
            Alternative(
                (Test(VENTURE_ACT, "in", carve), Test(AGE_KNEW, "eq", "false")),
                "the venture's act is advertising, for which only knowledge of age serves, and "
                "{actor} did not know {person} was under 18",
            )
        )
    return Element(
        key="age_mental_state",
        label="knowing, or in reckless disregard, that the person had not attained the age of "
        "18 years",
        words=t.age_mental_state_words,
        words_from=t.concluding,
        established=(
            Alternative((Test(AGE_KNEW, "eq", "true"),), "{actor} knew that {person} was under 18"),
            Alternative(
                (Test(AGE_RECKLESS, "eq", "true"), *_no_act(VENTURE_ACT, carve)),
                "{actor} was in reckless disregard of the fact that {person} was under 18",
            ),
        ),
        defeated=tuple(defeated),
        question=("Did {actor} know, or recklessly disregard, {when}, that {person} was under 18?"),
        knowledge_only=carve,
        knowledge_only_act=VENTURE_ACT,
        question_if_knowledge_only=(
            "Did {actor} know, {when}, that {person} was under 18? (Where the venture's act is "
            "advertising only knowledge serves, not reckless disregard.)"
        ),
        unknown_reason="knowledge or reckless disregard that {person} was under 18 is not "
        "established (under (a)(2) a reasonable opportunity to observe is not enough)",
        unknown_if_knowledge_only="knowledge that {person} was under 18 is not established (the "
        "venture's act is advertising: only knowledge serves, not reckless disregard; under "
        "(a)(2) a reasonable opportunity to observe is not enough)",
        note="§ 1591(c) is limited to prosecutions under (a)(1): for an (a)(2) charge knowledge "
        "or reckless disregard of age must be proved (reference § 3.3, own reading of (c); "
        "reference § 4, worked contrast 3).",
        brief="knowledge or reckless disregard of the person's age",
        brief_if_knowledge_only="knowledge of the person's age",
    )


def build(t: Text, a1_text: str, a2_text: str, label: Label) -> tuple[OffenceParagraph, ...]:
    """The four prongs of § 1591(a) under the text ``t``: each prong's ``text`` is the
    verbatim paragraph it belongs to (``a1_text``, ``a2_text``), labelled ``label``."""
    a1 = "18 U.S.C. § 1591(a)(1)"
    a2 = "18 U.S.C. § 1591(a)(2)"
    common_a1 = (in_force(t), a1_conduct(t), knowingly(t))
    common_a2 = (
        in_force(t),
        a2_conduct(t),
        knowingly(t),
        benefit(t.a2),
        venture(t),
        participation(t),
    )
    return (
        OffenceParagraph(
            citation=f"{a1} force, fraud or coercion",
            title="Sex trafficking by force, threats of force, fraud or coercion",
            text=a1_text,
            elements=(*common_a1, means_element(t, "act", "the conduct"), jurisdiction(t)),
            summary="any person; knowing (or, except advertising, reckless) that force, threats "
            "of force, fraud or coercion will be used",
            short="1591a1_means",
            group=a1,
            label=label,
            elements_from=labels.NINTH_20_25A,
        ),
        OffenceParagraph(
            citation=f"{a1} minor",
            title="Sex trafficking of a person under 18",
            text=a1_text,
            elements=(
                *common_a1,
                under_eighteen(t),
                a1_age_mental_state(t),
                csa_element(t, "act", "the conduct"),
                jurisdiction(t),
            ),
            summary="a person under 18; knowledge or reckless disregard of age, or a reasonable "
            "opportunity to observe (§ 1591(c)); no means needed",
            short="1591a1_minor",
            group=a1,
            label=label,
            elements_from=labels.NINTH_20_25,
        ),
        OffenceParagraph(
            citation=f"{a2} force, fraud or coercion",
            title="Benefit from a sex-trafficking venture (force, fraud or coercion)",
            text=a2_text,
            elements=(
                *common_a2,
                means_element(t, VENTURE_ACT, "the venture's act"),
                jurisdiction(t, a2=True),
            ),
            summary="benefit from participation in a venture; knowing or reckless that force, "
            "threats of force, fraud or coercion will be used",
            short="1591a2_means",
            group=a2,
            label=label,
            elements_from=labels.NINTH_20_26,
        ),
        OffenceParagraph(
            citation=f"{a2} minor",
            title="Benefit from a sex-trafficking venture (person under 18)",
            text=a2_text,
            elements=(
                *common_a2,
                under_eighteen(t),
                a2_age_mental_state(t),
                csa_element(t, VENTURE_ACT, "the venture's act"),
                jurisdiction(t, a2=True),
            ),
            summary="benefit from participation in a venture; knowing or reckless that the "
            "person was under 18 (no § 1591(c))",
            short="1591a2_minor",
            group=a2,
            label=label,
            elements_from=labels.NINTH_20_26,
        ),
    )
