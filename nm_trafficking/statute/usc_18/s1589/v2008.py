"""18 U.S.C. § 1589 as rewritten by the William Wilberforce TVPRA of 2008 (Pub. L. 110-457,
enacted 23 December 2008): the current text.

Text: **[S]** — (a), (b), (c) opening and (c)(1) identical in two independent copies (TRAC, dated
5 January 2009, and the GitHub copy of the Code); (c)(2) and (d) in the GitHub copy only (a
single copy). Four means; a venture-benefit offense with reckless disregard ((b)); definitions
((c)); penalties ((d), which as read lists no "attempt to commit aggravated sexual abuse").
"""

from __future__ import annotations

from datetime import date

from nm_trafficking.statute.model import (
    FederalVersion,
    MaximumPenalty,
    OffenceParagraph,
    Paragraph,
    PenaltyBand,
)
from nm_trafficking.statute.usc_18 import labels
from nm_trafficking.statute.usc_18.s1589 import elements as e

SECTION = "18 U.S.C. § 1589"
A = f"{SECTION}(a)"
B = f"{SECTION}(b)"
D = f"{SECTION}(d)"
LABEL = labels.S

A_TEXT = (
    "(a) Whoever knowingly provides or obtains the labor or services of a person by any "
    "one of, or by any combination of, the following means[—]"
)
A1_TEXT = (
    "(1) by means of force, threats of force, physical restraint, or threats of physical "
    "restraint to that person or another person;"
)
A2_TEXT = (
    "(2) by means of serious harm or threats of serious harm to that person or another person;"
)
A3_TEXT = "(3) by means of the abuse or threatened abuse of law or legal process; or"
A4_TEXT = (
    "(4) by means of any scheme, plan, or pattern intended to cause the person to believe"
    " that, if that person did not perform such labor or services, that person or another"
    " person would suffer serious harm or physical restraint,"
)
A_CONCLUDING_TEXT = "shall be punished as provided under subsection (d)."
B_TEXT = (
    "(b) Whoever knowingly benefits, financially or by receiving anything of value, from "
    "participation in a venture which has engaged in the providing or obtaining of labor "
    "or services by any of the means described in subsection (a), knowing or in reckless "
    "disregard of the fact that the venture has engaged in the providing or obtaining of "
    "labor or services by any of such means, shall be punished as provided in subsection "
    "(d)."
)
C_TEXT = "(c) In this section:"
C1_TEXT = (
    "(1) The term “abuse or threatened abuse of law or legal process” means the use or "
    "threatened use of a law or legal process, whether administrative, civil, or "
    "criminal, in any manner or for any purpose for which the law was not designed, in "
    "order to exert pressure on another person to cause that person to take some action "
    "or refrain from taking some action."
)
C2_TEXT = (
    "(2) The term “serious harm” means any harm, whether physical or nonphysical, "
    "including psychological, financial, or reputational harm, that is sufficiently "
    "serious, under all the surrounding circumstances, to compel a reasonable person of "
    "the same background and in the same circumstances to perform or to continue "
    "performing labor or services in order to avoid incurring that harm."
)
D_TEXT = (
    "(d) Whoever violates this section shall be fined under this title, imprisoned not "
    "more than 20 years, or both. If death results from a violation of this section, or "
    "if the violation includes kidnaping, an attempt to kidnap, aggravated sexual abuse, "
    "or an attempt to kill, the defendant shall be fined under this title, imprisoned for"
    " any term of years or life, or both."
)

IN_FORCE_NOTE = (
    "The 2008 text, from 23 December 2008 (enactment of Pub. L. 110-457). Its effective date is "
    "UNVERIFIED, so until the end of 2009 the 2000 text may still have applied: an act of that "
    "period is judged under both texts; where they give it the same result, that result is "
    "given under this text; where they part, the two answers are combined (met only if met "
    "under both, not met only if not met under both, the punishment any band either gives; "
    "docs/federal.md, decision 2). From 1 January 2010 the library applies this text alone: "
    "a cut-off of its own, as the source warns only that the effective date is unverified for "
    "conduct from late 2008 or 2009."
)
MEANS_NOTE = (
    "'Serious harm' is defined by § 1589(c)(2) (harm that would compel a reasonable person to "
    "perform or continue performing labor or services), which differs from § 1591(e)(5). "
    "Jurors need not agree on which means (Ninth Cir. 24.28, citing United States v. Barai). "
    "'By means of' is actual use, unlike § 1591's 'will be used'."
)

OFFENCES = (
    OffenceParagraph(
        citation=A,
        title="Forced labor",
        text=A_TEXT,
        elements=(
            e.in_force(A, IN_FORCE_NOTE),
            e.labor_conduct(A),
            e.knowingly(A),
            e.by_means(
                "by any one of, or by any combination of, the following means",
                A,
                MEANS_NOTE,
            ),
        ),
        summary="providing or obtaining a person's labor or services by force, physical "
        "restraint, serious harm, abuse of legal process or a scheme (or threats of them)",
        short="1589a",
        group=A,
        label=LABEL,
        elements_from=labels.NINTH_24_28,
    ),
    OffenceParagraph(
        citation=B,
        title="Benefit from a forced-labor venture",
        text=B_TEXT,
        elements=(
            e.in_force(A, IN_FORCE_NOTE),
            e.benefiting_conduct(B),
            e.knowingly(B),
            e.benefit(B),
            e.participation(B),
            e.venture_engaged(B),
            e.knowing_or_reckless_as_to_venture(B),
        ),
        summary="knowing benefit from a venture that used a § 1589(a) means, known or "
        "recklessly disregarded",
        short="1589b",
        group=B,
        label=LABEL,
        elements_from=labels.OWN_1589B,
    ),
)

PENALTY = MaximumPenalty(
    base=PenaltyBand(
        id="(d) base",
        citation=D,
        words="shall be fined under this title, imprisoned not more than 20 years, or both",
        words_from=D,
        summary="a fine, imprisonment for not more than 20 years, or both",
        minimum_years=None,
        maximum="20 years",
        severity=1,
    ),
    aggravated=PenaltyBand(
        id="(d) aggravated",
        citation=D,
        words="If death results from a violation of this section, or if the violation includes "
        "kidnaping, an attempt to kidnap, aggravated sexual abuse, or an attempt to kill, the "
        "defendant shall be fined under this title, imprisoned for any term of years or life, or "
        "both",
        words_from=D,
        summary="a fine, imprisonment for any term of years or life, or both",
        minimum_years=None,
        maximum="life",
        severity=2,
    ),
    aggravations=(
        "death_results",
        "kidnapping",
        "attempt_to_kidnap",
        "aggravated_sexual_abuse",
        "attempt_to_kill",
    ),
)

VERSION_2008 = FederalVersion(
    id="usc-1589-2008",
    law="usc_1589",
    section="1589",
    citation="18 U.S.C. § 1589 (current, as rewritten in 2008)",
    enacted_by="William Wilberforce Trafficking Victims Protection Reauthorization Act of 2008, "
    "Pub. L. 110-457, 122 Stat. 5044 (23 December 2008)",
    source="reference § 1.2: TRAC https://trac.syr.edu/laws/18/18USC01589.html and the GitHub "
    "copy of the Code (codexstanford commit 6153254d, chunk 875)",
    in_force_from=date(2008, 12, 23),
    in_force_from_status="enactment date; effective date UNVERIFIED (reference § 2.4)",
    label=LABEL,
    chapeau=Paragraph(A, "Forced labor (opening words)", A_TEXT, LABEL),
    offences=OFFENCES,
    paragraphs=(
        Paragraph(f"{A}(1)", "Force or physical restraint", A1_TEXT, LABEL),
        Paragraph(f"{A}(2)", "Serious harm", A2_TEXT, LABEL),
        Paragraph(f"{A}(3)", "Abuse of law or legal process", A3_TEXT, LABEL),
        Paragraph(f"{A}(4)", "Scheme, plan or pattern", A4_TEXT, LABEL),
        Paragraph(f"{A}, concluding provisions", "Punishment", A_CONCLUDING_TEXT, LABEL),
        Paragraph(f"{SECTION}(c)", "Definitions", C_TEXT, LABEL),
        Paragraph(f"{SECTION}(c)(1)", "Abuse or threatened abuse of law", C1_TEXT, LABEL),
        Paragraph(f"{SECTION}(c)(2)", "Serious harm", C2_TEXT, labels.S_SINGLE),
        Paragraph(D, "Punishment", D_TEXT, labels.S_SINGLE),
    ),
    penalty=PENALTY,
    cautions=(
        "§ 1589(c)(2) and (d) were read in a single secondary copy; the reference does not show "
        "that they read the same in 2009 (reference § 1.2).",
        "No amendment of § 1589 after the 2008 rewrite appears in the sources read; later "
        "amendments are UNVERIFIED.",
    ),
    unverified=(
        "The current official wording of § 1589 was not checked against uscode.house.gov or "
        "govinfo (reference § 5).",
    ),
)
