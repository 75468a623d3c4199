"""The prongs of 18 U.S.C. § 1589 (forced labor), element by element, for its dated texts.

§ 1589(a): elements as in the Ninth Circuit's model instruction 24.28 [P] (provided or obtained
the labor or services of a person; through at least one prohibited means; knowingly). § 1589(b):
no pattern instruction; elements derived from the text by the reference (own work, § 3.5).
"Venture" and "participation in a venture" are defined only in § 1591(e) ("In this section"):
the finder's own ``participated`` is tested here and the open standard is named.
"""

from __future__ import annotations

from nm_trafficking.statute.model import Alternative, Element, Test
from nm_trafficking.statute.usc_18.s1591.elements import benefit

__all__ = ["benefit"]  # the same element as § 1591(a)(2)'s, with § 1589(b)'s words

LABOR_OF_PERSON = "federal.labor.labor_or_services_of_the_person"
LABOR_OBTAINED = "federal.labor.provided_or_obtained_labor_or_services"
PROVIDING_OR_OBTAINING = ("providing", "obtaining")

MEANS_2008 = (
    "force",
    "threats_of_force",
    "physical_restraint",
    "threats_of_physical_restraint",
    "serious_harm",
    "threats_of_serious_harm",
    "abuse_or_threatened_abuse_of_law_or_legal_process",
    "scheme_plan_or_pattern",
)
MEANS_2000 = (
    "threats_of_serious_harm",
    "physical_restraint",
    "threats_of_physical_restraint",
    "scheme_plan_or_pattern",
    "abuse_or_threatened_abuse_of_law_or_legal_process",
)
"""The facts the 2000 text's means can rest on: threats of serious harm to, or physical
restraint against, the person or another (physical restraint itself or threats of it, as
paragraph (1) is read — :data:`READING_2000`), a scheme, abuse of legal process — no "force"
means, and "serious harm" undefined (reference § 2.3, [P])."""
MEANS_PATH = "federal.labor_means"


def in_force(chapeau: str, note: str) -> Element:
    return Element(
        key="in_force",
        label="conduct on a date this text applies to",
        words=None,
        words_from=chapeau,
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
        note=note,
        brief="the date of the conduct",
    )


def knowingly(words_from: str) -> Element:
    return Element(
        key="knowingly",
        label="knowingly",
        words="knowingly",
        words_from=words_from,
        established=(Alternative((Test("knowingly", "eq", "true"),), "{actor} acted knowingly"),),
        defeated=(
            Alternative((Test("knowingly", "eq", "false"),), "{actor} did not act knowingly"),
        ),
        question=("Did {actor} act knowingly {when}?"),
        unknown_reason="whether {actor} acted knowingly is not established",
        note="The same fact as the state statute's 'knowingly' (reference § 3.8).",
        brief="knowing conduct",
    )


def labor_conduct(words_from: str) -> Element:
    return Element(
        key="conduct",
        label="provides or obtains the labor or services of a person",
        words="provides or obtains the labor or services of a person",
        words_from=words_from,
        established=(
            Alternative(
                (Test("act", "in", PROVIDING_OR_OBTAINING), Test(LABOR_OF_PERSON, "eq", "true")),
                "the conduct is {act} {person}'s labor or services",
            ),
            Alternative(
                (Test(LABOR_OBTAINED, "eq", "true"),),
                "{actor} provided or obtained {person}'s labor or services (stated as a fact of "
                "its own: the act toward {person} is {act})",
            ),
        ),
        defeated=(
            Alternative(
                (Test(LABOR_OBTAINED, "eq", "false"),),
                "{actor} neither provided nor obtained {person}'s labor or services",
            ),
            Alternative(
                (Test(LABOR_OF_PERSON, "eq", "false"),),
                "what {actor} provided or obtained was not {person}'s labor or services",
            ),
        ),
        question=("Did {actor} provide or obtain {person}'s labor or services {when}?"),
        unknown_reason="that {actor} provided or obtained {person}'s labor or services is not "
        "established",
        note="The object is the person's labor or services, not the person (contrast § 1590 and "
        "§ 30-52-1, whose 'obtaining' is of a person): a fact of its own (that the actor provided "
        "or obtained the person's labor or services), which a case can state whatever verb "
        "records the act toward the person; without it, the verb (providing or obtaining) with "
        "the fact that what was provided or obtained was the person's labor or services. Another "
        "verb (recruiting, transporting, harboring, benefiting) names the act toward the person "
        "and says nothing of the labor: it leaves the element open, not failed (docs/federal.md, "
        "decision 19).",
        brief="providing or obtaining the person's labor or services",
    )


MEANS_READING = {
    "force": "force",
    "threats_of_force": "threats of force",
    "physical_restraint": "physical restraint",
    "threats_of_physical_restraint": "threats of physical restraint",
    "serious_harm": "serious harm",
    "threats_of_serious_harm": "threats of serious harm",
    "abuse_or_threatened_abuse_of_law_or_legal_process": (
        "the abuse or threatened abuse of law or legal process"
    ),
    "scheme_plan_or_pattern": "a scheme, plan or pattern intended to cause the person to believe "
    "that serious harm or physical restraint would follow a refusal",
}


def _means_element(
    *,
    label: str,
    words: str,
    words_from: str,
    established: tuple[Alternative, ...],
    none_of: tuple[str, ...],
    question: str,
    unknown_reason: str,
    note: str,
    brief: str = "a § 1589(a) means",
) -> Element:
    return Element(
        key="labor_means",
        label=label,
        words=words,
        words_from=words_from,
        established=established,
        defeated=(
            Alternative(
                tuple(Test(f"{MEANS_PATH}.{o}", "eq", "false") for o in none_of),
                "the labor or services were provided or obtained by none of the means this text "
                "lists",
            ),
        ),
        question=question,
        unknown_reason=unknown_reason,
        note=note,
        evidenced_by_indicators=True,
        brief=brief,
    )


def _by(option: str) -> Alternative:
    return Alternative(
        (Test(f"{MEANS_PATH}.{option}", "eq", "true"),),
        # the reading names the person as the facts do ("intended to cause V to believe")
        "the labor or services were provided or obtained by means of "
        + MEANS_READING[option].replace("the person", "{person}"),
    )


UNKNOWN_MEANS = (
    "that the labor or services were provided or obtained by one of the means this text lists "
    "is not established"
)


def by_means(words: str, words_from: str, note: str) -> Element:
    """The 2008 text's means (§ 1589(a)(1)-(4), reference § 1.2): any one, or any combination,
    establishes the element; it is defeated only when every one is false."""
    return _means_element(
        label="by means of force, physical restraint, serious harm, abuse of legal process or a "
        "scheme (or threats of them)",
        words=words,
        words_from=words_from,
        established=tuple(_by(o) for o in MEANS_2008),
        none_of=MEANS_2008,
        question=(
            "Were {person}'s labor or services provided or obtained by one of the means "
            "§ 1589(a) lists (force, threats of force, physical restraint, or threats of "
            "physical restraint to {person} or another person; serious harm or threats of "
            "serious harm to {person} or another person; the abuse or threatened abuse of law "
            "or legal process; or a scheme, plan, or pattern intended to cause the belief that "
            "a refusal would bring serious harm or physical restraint)?"
        ),
        unknown_reason=UNKNOWN_MEANS,
        note=note,
    )


READING_2000 = (
    "Paragraph (1)'s words 'by threats of serious harm to, or physical restraint against, that "
    "person or another person' can be read with 'threats of' governing both objects (threats "
    "of serious harm, threats of physical restraint) or with physical restraint as a means of "
    "its own; the reference does not settle which (UNVERIFIED), so physical restraint alone, "
    "or threats of physical restraint alone, leaves this element undetermined, and both "
    "together meet it under either reading (§ 1591(e)(2)(A)'s same words, 'threats of serious "
    "harm to or physical restraint against any person', are one fact of their own)."
)


def by_means_2000(words: str, words_from: str, note: str) -> Element:
    """The 2000 text's means (§ 1589(1)-(3), reference § 2.3, [P]). Paragraph (1) is read both
    ways (:data:`READING_2000`): established by threats of serious harm, a scheme, abuse of
    legal process, or physical restraint together with threats of it; defeated only when each
    reading's every means is false."""
    return _means_element(
        label="by threats of serious harm or physical restraint, a scheme, or abuse of legal "
        "process",
        words=words,
        words_from=words_from,
        established=(
            _by("threats_of_serious_harm"),
            Alternative(
                (
                    Test(f"{MEANS_PATH}.physical_restraint", "eq", "true"),
                    Test(f"{MEANS_PATH}.threats_of_physical_restraint", "eq", "true"),
                ),
                "the labor or services were provided or obtained by physical restraint and by "
                "threats of physical restraint: within paragraph (1) on either reading of "
                "'threats of serious harm to, or physical restraint against'",
            ),
            _by("scheme_plan_or_pattern"),
            _by("abuse_or_threatened_abuse_of_law_or_legal_process"),
        ),
        none_of=MEANS_2000,
        question=(
            "Were {person}'s labor or services provided or obtained by one of the means the "
            "2000 text of § 1589 lists (threats of serious harm to, or physical restraint "
            "against, {person} or another person; a scheme, plan, or pattern intended to cause "
            "the belief that a refusal would bring serious harm or physical restraint; or the "
            "abuse or threatened abuse of law or the legal process)? Physical restraint alone, "
            "or threats of it alone, is within paragraph (1) on one reading only."
        ),
        unknown_reason=f"{UNKNOWN_MEANS} (physical restraint alone, or threats of it alone, "
        "is within the words 'threats of serious harm to, or physical restraint against' on "
        "one reading only)",
        note=f"{note} {READING_2000}",
        brief="a § 1589(1)-(3) means",  # the 2000 text has no subsections (reference § 2.3)
    )


def benefiting_conduct(words_from: str) -> Element:
    return Element(
        key="conduct",
        label="benefits",
        words="benefits",
        words_from=words_from,
        established=(
            Alternative((Test("act", "in", ("benefiting",)),), "the conduct is benefiting"),
        ),
        defeated=(
            Alternative(
                (Test("act", "not_in", ("benefiting",)),), "the conduct is {act}, not benefiting"
            ),
        ),
        unknown_reason="the kind of conduct is not established",
        brief="the conduct",
    )


def participation(words_from: str) -> Element:
    return Element(
        key="participation",
        label="from participation in a venture",
        words="from participation in a venture",
        words_from=words_from,
        established=(
            Alternative(
                (
                    Test("federal.venture.participated", "eq", "true"),
                    Test("federal.venture.benefit_from_participation", "eq", "true"),
                ),
                "{actor} participated in the venture, and the benefit came from that participation",
            ),
        ),
        defeated=(
            Alternative(
                (Test("federal.venture.participated", "eq", "false"),),
                "{actor} did not participate in the venture",
            ),
            Alternative(
                (Test("federal.venture.benefit_from_participation", "eq", "false"),),
                "the benefit did not come from participation in the venture",
            ),
        ),
        question=("Did {actor} participate in the venture, and benefit from it, {when}?"),
        unknown_reason="participation in the venture, and a benefit from it, is not established",
        note="'Venture' and 'participation in a venture' are defined only in § 1591(e) ('In "
        "this section'); how courts define them for § 1589(b) is UNVERIFIED (reference § 3.5): "
        "the finder's own 'participated' is tested.",
        brief="participation in the venture",
    )


def venture_engaged(words_from: str) -> Element:
    path = "federal.venture.engaged_in_labor_or_services_by_1589_means"
    return Element(
        key="venture",
        label="a venture which has engaged in providing or obtaining labor or services by a "
        "§ 1589(a) means",
        words="which has engaged in the providing or obtaining of labor or services by any of "
        "the means described in subsection (a)",
        words_from=words_from,
        established=(
            Alternative(
                (Test(path, "eq", "true"),),
                "the venture provided or obtained labor or services by a § 1589(a) means",
            ),
        ),
        defeated=(
            Alternative(
                (Test(path, "eq", "false"),),
                "the venture did not provide or obtain labor or services by a § 1589(a) means",
            ),
        ),
        question=("Did the venture provide or obtain labor or services by a § 1589(a) means?"),
        unknown_reason="that the venture provided or obtained labor or services by a § 1589(a) "
        "means is not established",
        brief="a forced-labor venture",
    )


def knowing_or_reckless_as_to_venture(words_from: str) -> Element:
    knew = "federal.venture.as_to_labor_means.knew"
    reckless = "federal.venture.as_to_labor_means.reckless_disregard"
    return Element(
        key="venture_mental_state",
        label="knowing, or in reckless disregard, that the venture had engaged in it",
        words="knowing or in reckless disregard of the fact that the venture has engaged in the "
        "providing or obtaining of labor or services by any of such means",
        words_from=words_from,
        established=(
            Alternative(
                (Test(knew, "eq", "true"),),
                "{actor} knew that the venture had engaged in it",
            ),
            Alternative(
                (Test(reckless, "eq", "true"),),
                "{actor} was in reckless disregard of the fact that the venture had engaged in it",
            ),
        ),
        defeated=(
            Alternative(
                (Test(knew, "eq", "false"), Test(reckless, "eq", "false")),
                "{actor} neither knew nor recklessly disregarded that the venture had engaged "
                "in it",
            ),
        ),
        question=(
            "Did {actor} know, or recklessly disregard, that the venture had engaged in forced "
            "labor?"
        ),
        unknown_reason="knowledge or reckless disregard that the venture had engaged in forced "
        "labor is not established",
        note="There is no advertising carve-out in § 1589.",
        brief="knowledge or reckless disregard of the venture's forced labor",
    )
