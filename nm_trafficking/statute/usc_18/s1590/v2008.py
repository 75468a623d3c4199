"""18 U.S.C. § 1590, trafficking with respect to peonage, slavery, involuntary servitude, or
forced labor: the current text.

Text: **[S]**, identical in the GitHub copy of the Code and accountabilityhub.org (reference
§ 1.3). (a) is also word for word the single paragraph of an undated pre-2008 compilation
([S]); the date (b) was added is UNVERIFIED (believed 2008). Encoded from 23 December 2008 (the
2008 Act's enactment); before it, no version is encoded.
"""

from __future__ import annotations

from datetime import date

from nm_trafficking.statute.model import (
    Alternative,
    Element,
    FederalVersion,
    MaximumPenalty,
    OffenceParagraph,
    Paragraph,
    PenaltyBand,
    Test,
)
from nm_trafficking.statute.usc_18 import labels
from nm_trafficking.statute.usc_18.s1589 import elements as e

SECTION = "18 U.S.C. § 1590"
A = f"{SECTION}(a)"
LABEL = labels.S

A_TEXT = (
    "(a) Whoever knowingly recruits, harbors, transports, provides, or obtains by any "
    "means, any person for labor or services in violation of this chapter shall be fined "
    "under this title or imprisoned not more than 20 years, or both. If death results "
    "from the violation of this section, or if the violation includes kidnapping or an "
    "attempt to kidnap, aggravated sexual abuse, or the attempt to commit aggravated "
    "sexual abuse, or an attempt to kill, the defendant shall be fined under this title "
    "or imprisoned for any term of years or life, or both."
)
B_TEXT = (
    "(b) Whoever obstructs, attempts to obstruct, or in any way interferes with or "
    "prevents the enforcement of this section, shall be subject to the penalties under "
    "subsection (a)."
)

VERBS = ("recruiting", "harboring", "transporting", "providing", "obtaining")

IN_FORCE_NOTE = (
    "The current text [S], applied from 1 January 2010. The 2008 Act was enacted on 23 December "
    "2008, but its effective date is UNVERIFIED and no earlier text of § 1590 is encoded, so no "
    "text is applied to conduct from 28 October 2000 to the end of 2009: a prong is not met "
    "there only on a stated fact that defeats it under every candidate wording, and is "
    "otherwise undetermined (docs/federal.md, decision 2)."
)

CONDUCT = Element(
    key="conduct",
    label="recruits, harbors, transports, provides, or obtains by any means, any person",
    words="recruits, harbors, transports, provides, or obtains by any means, any person",
    words_from=A,
    established=(Alternative((Test("act", "in", VERBS),), "the conduct is {act}, a verb of (a)"),),
    defeated=(
        Alternative(
            (Test("act", "not_in", VERBS),),
            "the conduct is {act}, which is not a verb of {citation}",
        ),
    ),
    unknown_reason="the kind of conduct is not established",
    note="'Enticing' and 'soliciting' are not § 1590 verbs (reference § 3.6); nor are "
    "benefiting, maintaining, patronizing or advertising.",
    brief="the conduct",
)

FOR_LABOR = Element(
    key="for_labor_or_services",
    label="for labor or services",
    words="for labor or services",
    words_from=A,
    established=(
        Alternative(
            (Test("federal.labor.for_labor_or_services", "eq", "true"),),
            "{actor} was {act} {person} for labor or services",
        ),
    ),
    defeated=(
        Alternative(
            (Test("federal.labor.for_labor_or_services", "eq", "false"),),
            "{actor} was not {act} {person} for labor or services",
        ),
    ),
    question=("Was {actor} {verb} {person} for labor or services {on}?"),
    unknown_reason="that {actor} was {act} {person} for labor or services is not established",
    note="Not derived from the state facts (the purpose of 30-52-1(A)(1)): the state definitions "
    "of labor and services are UNVERIFIED. Whether commercial sex acts are 'services' for "
    "§ 1590 is not in the reference, so it is left to this fact.",
    brief="labor or services",
)

COMPLETED = "federal.labor.chapter_77_violation_completed"
INTENDED = "federal.labor.chapter_77_violation_intended_or_known"

IN_VIOLATION = Element(
    key="in_violation_of_this_chapter",
    label="in violation of this chapter (peonage, slavery, involuntary servitude or forced "
    "labor under chapter 77)",
    words="in violation of this chapter",
    words_from=A,
    established=(
        Alternative(
            (Test(COMPLETED, "eq", "true"), Test(INTENDED, "eq", "true")),
            "the labor or services were obtained in violation of chapter 77, as {actor} "
            "intended or knew",
        ),
    ),
    defeated=(
        Alternative(
            (Test(COMPLETED, "eq", "false"), Test(INTENDED, "eq", "false")),
            "no violation of chapter 77 was completed, intended or known",
        ),
    ),
    question=(
        "Were {person}'s labor or services obtained in violation of chapter 77 (peonage, slavery, "
        "involuntary servitude or forced labor), as {actor} intended or knew?"
    ),
    unknown_reason="that the labor or services were obtained in violation of chapter 77 "
    "(completed, and intended or known) is not established",
    note="Whether the chapter-77 violation must be completed, and what mental state attaches "
    "to it, is UNVERIFIED (reference § 3.6): met needs both, not met needs neither.",
    brief="a violation of chapter 77",
)

OFFENCES = (
    OffenceParagraph(
        citation=A,
        title="Trafficking for labor or services",
        text=A_TEXT,
        elements=(
            e.in_force(A, IN_FORCE_NOTE),
            CONDUCT,
            e.knowingly(A),
            FOR_LABOR,
            IN_VIOLATION,
        ),
        summary="recruiting, harboring, transporting, providing or obtaining a person for labor "
        "or services in violation of chapter 77",
        short="1590a",
        group=A,
        label=LABEL,
        elements_from=labels.OWN_1590A,
    ),
)

PENALTY = MaximumPenalty(
    base=PenaltyBand(
        id="(a) base",
        citation=A,
        words="shall be fined under this title or imprisoned not more than 20 years, or both",
        words_from=A,
        summary="a fine or imprisonment for not more than 20 years, or both",
        minimum_years=None,
        maximum="20 years",
        severity=1,
    ),
    aggravated=PenaltyBand(
        id="(a) aggravated",
        citation=A,
        words="If death results from the violation of this section, or if the violation includes "
        "kidnapping or an attempt to kidnap, aggravated sexual abuse, or the attempt to commit "
        "aggravated sexual abuse, or an attempt to kill, the defendant shall be fined under this "
        "title or imprisoned for any term of years or life, or both",
        words_from=A,
        summary="a fine or imprisonment for any term of years or life, or both",
        minimum_years=None,
        maximum="life",
        severity=2,
    ),
    aggravations=(
        "death_results",
        "kidnapping",
        "attempt_to_kidnap",
        "aggravated_sexual_abuse",
        "attempt_to_commit_aggravated_sexual_abuse",
        "attempt_to_kill",
    ),
)

VERSION_2008 = FederalVersion(
    id="usc-1590-2008",
    law="usc_1590",
    section="1590",
    citation="18 U.S.C. § 1590 (current)",
    enacted_by="the current text; the date (b) was added is UNVERIFIED (believed the 2008 Act, "
    "Pub. L. 110-457)",
    source="reference § 1.3: the GitHub copy of the Code (codexstanford commit 6153254d, chunk "
    "876) and https://accountabilityhub.org/provision/18-u-s-c-%C2%A7-1590/",
    in_force_from=date(2008, 12, 23),
    in_force_from_status="applied from the 2008 Act's enactment; before it no version is encoded",
    start_unverified="current",
    label=LABEL,
    chapeau=Paragraph(A, "Trafficking for labor or services", A_TEXT, LABEL),
    offences=OFFENCES,
    paragraphs=(Paragraph(f"{SECTION}(b)", "Obstruction", B_TEXT, LABEL),),
    penalty=PENALTY,
    cautions=(
        "§ 1590(b) (obstruction) is not assessed; the date it was added is UNVERIFIED (believed "
        "the 2008 Act, Pub. L. 110-457), so the text is named the current one, not 'as amended' "
        "on a date; its (a) reads as the earlier text's did (reference § 2.3). § 1593A (benefit "
        "from a venture in violation of chapter 77, [S]) is a related offense for a "
        "labor-trafficking venture; its origin is UNVERIFIED.",
    ),
    unverified=(
        "The current official wording of § 1590 was not checked against uscode.house.gov or "
        "govinfo (reference § 5).",
    ),
)
