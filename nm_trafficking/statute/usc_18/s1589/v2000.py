"""18 U.S.C. § 1589 as enacted in 2000 (Trafficking Victims Protection Act of 2000, Pub. L.
106-386, div. A, § 112(a)(2), 28 October 2000), in force until the 2008 rewrite took effect.

Text: **[P]**, uscode.house.gov, 2000 edition (reference § 2.3). Three means — threats of serious
harm to, or physical restraint against, the person or another; a scheme, plan or pattern; abuse
of law or legal process — no "force" means, "serious harm" undefined, and no benefit offense
(§ 1589(b) is not in this text). Changes by the 2003 and 2005 Acts were not seen (UNVERIFIED).
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
from nm_trafficking.statute.usc_18.s1589.v2008 import A as A_NOW
from nm_trafficking.statute.usc_18.s1589.v2008 import B as B_NOW

SECTION = "18 U.S.C. § 1589"
CHAPEAU = f"{SECTION} (2000)"
MEANS = f"{SECTION}(1)-(3) (2000)"
PUNISHMENT = f"{SECTION} (2000), concluding provisions"
LABEL = labels.P_2000

CHAPEAU_TEXT = "Whoever knowingly provides or obtains the labor or services of a person-"
MEANS_TEXT = (
    "(1) by threats of serious harm to, or physical restraint against, that person or "
    "another person; (2) by means of any scheme, plan, or pattern intended to cause the "
    "person to believe that, if the person did not perform such labor or services, that "
    "person or another person would suffer serious harm or physical restraint; or (3) by "
    "means of the abuse or threatened abuse of law or the legal process,"
)
PUNISHMENT_TEXT = (
    "shall be fined under this title or imprisoned not more than 20 years, or both. If "
    "death results from the violation of this section, or if the violation includes "
    "kidnapping or an attempt to kidnap, aggravated sexual abuse or the attempt to commit"
    " aggravated sexual abuse, or an attempt to kill, the defendant shall be fined under "
    "this title or imprisoned for any term of years or life, or both."
)

CITED = {A_NOW: SECTION, B_NOW: f"{B_NOW} (added in 2008)"}
"""How prose cites this text's offenses: the 2000 text is one paragraph with no subsections
(reference § 2.3, [P]: "Whoever knowingly provides or obtains the labor or services of a
person-" and its means (1) to (3)), so its offense is § 1589 itself, not "§ 1589(a)", the 2008
text's key, which the engine and the JSON keep; and the benefit offense, which it does not
have, is named as the later text's (b)."""
CITED_IN = "in the 2000 text"

IN_FORCE_NOTE = "The 2000 text [P], from 28 October 2000 until the 2008 rewrite took effect."

NO_DEFINITIONS = "no definitions: ‘serious harm’ was undefined before 2008"
"""What the reference says of the 2000 text's definitions (§ 2.3, verbatim but for the inner
quotation marks): it defines no term (``commentary["no_definitions"]``; the court form says so
where a definition of a later text is quoted, or a term is used: review Z1 F1 of session 8)."""

NO_BENEFIT_OFFENCE = Element(
    key="in_this_text",
    label="a benefit offense in this text",
    words=None,
    words_from=CHAPEAU,
    established=(),
    defeated=(
        Alternative(
            (Test("act", "not_in", ()),),
            "the 2000 text of § 1589 has no benefit offense (reference § 2.3, [P]): § 1589(b) "
            "was added by the 2008 rewrite",
        ),
    ),
    unknown_reason="the 2000 text of § 1589 has no benefit offense",
    brief="a benefit offense",
)

OFFENCES = (
    OffenceParagraph(
        citation=A_NOW,
        title="Forced labor",
        text=CHAPEAU_TEXT,
        elements=(
            e.in_force(CHAPEAU, IN_FORCE_NOTE),
            e.labor_conduct(CHAPEAU),
            e.knowingly(CHAPEAU),
            e.by_means_2000(
                MEANS_TEXT.removesuffix(","),
                MEANS,
                "'Serious harm' was not defined before 2008 (reference § 2.3); the 2000 text has "
                "no 'force' means. 'By means of' is actual use.",
            ),
        ),
        summary="providing or obtaining a person's labor or services by threats of serious "
        "harm or physical restraint, a scheme, or abuse of legal process",
        short="1589a",
        group=A_NOW,
        label=LABEL,
        elements_from=labels.NINTH_24_28,
    ),
    OffenceParagraph(
        citation=B_NOW,
        title="Benefit from a forced-labor venture",
        text="The 2000 text of § 1589 has no subsection (b): no benefit offense.",
        elements=(NO_BENEFIT_OFFENCE,),
        summary="not in the 2000 text",
        short="1589b",
        group=B_NOW,
        label=LABEL,
        in_text=False,
    ),
)

PENALTY = MaximumPenalty(
    base=PenaltyBand(
        id="base",
        citation=PUNISHMENT,
        words="shall be fined under this title or imprisoned not more than 20 years, or both",
        words_from=PUNISHMENT,
        summary="a fine or imprisonment for not more than 20 years, or both",
        minimum_years=None,
        maximum="20 years",
        severity=1,
    ),
    aggravated=PenaltyBand(
        id="aggravated",
        citation=PUNISHMENT,
        words="If death results from the violation of this section, or if the violation includes "
        "kidnapping or an attempt to kidnap, aggravated sexual abuse or the attempt to commit "
        "aggravated sexual abuse, or an attempt to kill, the defendant shall be fined under this "
        "title or imprisoned for any term of years or life, or both",
        words_from=PUNISHMENT,
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

VERSION_2000 = FederalVersion(
    id="usc-1589-2000",
    law="usc_1589",
    section="1589",
    citation="18 U.S.C. § 1589 (2000)",
    enacted_by="Trafficking Victims Protection Act of 2000, Pub. L. 106-386, div. A, "
    "§ 112(a)(2), 114 Stat. 1486 (28 October 2000)",
    source="https://uscode.house.gov/view.xhtml?req=granuleid:USC-2000-title18-section1589"
    "&num=0&edition=2000",
    in_force_from=date(2000, 10, 28),
    in_force_from_status="enactment date [P]",
    label=LABEL,
    chapeau=Paragraph(CHAPEAU, "Forced labor (2000)", CHAPEAU_TEXT, LABEL),
    offences=OFFENCES,
    paragraphs=(
        Paragraph(MEANS, "The means (2000)", MEANS_TEXT, LABEL),
        Paragraph(PUNISHMENT, "Punishment (2000)", PUNISHMENT_TEXT, LABEL),
    ),
    penalty=PENALTY,
    cautions=(
        "Changes to § 1589 by the 2003 and 2005 Acts were not seen (UNVERIFIED, reference § 2.1).",
    ),
    commentary={"no_definitions": NO_DEFINITIONS, "no_definitions_source": "reference § 2.3"},
    cited=CITED,
    cited_in=CITED_IN,
)
