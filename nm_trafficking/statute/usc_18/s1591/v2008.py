"""18 U.S.C. § 1591 from the 2008 amendments (William Wilberforce TVPRA of 2008, Pub. L.
110-457, § 222(b)(5), enacted 23 December 2008) until 29 May 2015.

Text: **[R]** — the reference's reconstruction (§ 2.3), the current text with the 2015 amendment
notes run backwards (consistent with the 2008 notes). Its ``…`` and "[unchanged]" are the
reference's own and are kept as printed. Where it elides words the notes do not show changed
(the opening of (a), the commerce words of (a)(1), (a)(2), the (e)(2) and (e)(3) definitions),
the current wording is used, labelled with the reconstruction's label.

What differs from the current text: no advertising, patronizing or soliciting verbs (whether
buyers were already reached as persons who "obtain" is UNVERIFIED: open, not "not met");
reckless disregard serves for every act; § 1591(c) reads "knew" only and does not list
patronized or solicited; "participation in a venture" has no statutory definition; whether (e)
defined "venture" in this period is UNVERIFIED.
"""

from __future__ import annotations

from datetime import date

from nm_trafficking.statute.model import (
    AgeAndMeansPenalty,
    FederalVersion,
    Paragraph,
    PenaltyBand,
)
from nm_trafficking.statute.usc_18 import labels
from nm_trafficking.statute.usc_18.s1591 import current
from nm_trafficking.statute.usc_18.s1591.elements import MEANS, Text, build

LABEL = labels.R

A_RECONSTRUCTED = f"{current.A}, as reconstructed"
A1_OPENING = f"{current.A1}, opening words"

A_TEXT = (
    "(a)(1) … recruits, entices, harbors, transports, provides, obtains, or maintains by "
    "any means a person; or (2) [unchanged] … knowing, or in reckless disregard of the "
    "fact, that means of force, threats of force, fraud, coercion described in subsection"
    " (e)(2), or any combination of such means will be used to cause the person to engage"
    " in a commercial sex act, or that the person has not attained the age of 18 years "
    "and will be caused to engage in a commercial sex act, shall be punished as provided "
    "in subsection (b)."
)
B_TEXT = (
    "(b)(1) … or if the person recruited, enticed, harbored, transported, provided, or "
    "obtained had not attained the age of 14 years … not less than 15 or for life; (2) … "
    "recruited, enticed, harbored, transported, provided, or obtained had attained the "
    "age of 14 years but had not attained the age of 18 years … not less than 10 years or"
    " for life."
)
C_TEXT = (
    "(c) … reasonable opportunity to observe the person so recruited, enticed, harbored, "
    "transported, provided, obtained or maintained, the Government need not prove that "
    "the defendant knew that the person had not attained the age of 18 years."
)
JURISDICTION_TEXT = (
    "in or affecting interstate or foreign commerce, or within the special maritime and "
    "territorial jurisdiction of the United States,"
)

VERBS = (
    "recruiting",
    "enticing",
    "harboring",
    "transporting",
    "providing",
    "obtaining",
    "maintaining",
)
OPEN_VERBS = ("patronizing", "soliciting")
BAND_VERBS = VERBS[:-1]
"""(b)(1), (b)(2): recruited, enticed, harbored, transported, provided, or obtained."""

BUYERS = (
    "the conduct is {act}: before the Justice for Victims of Trafficking Act of 2015 "
    "(29 May 2015) patronizing and soliciting were not listed verbs, and whether buyers were "
    "already reached as persons who 'obtain' was litigated — UNVERIFIED (reference § 2.3); a "
    "buyer's own purchase stays open whatever verb records it"
)

TEXT = Text(
    chapeau=current.A,
    a1=A_RECONSTRUCTED,
    a1_verbs_words=(
        "recruits, entices, harbors, transports, provides, obtains, or maintains by any means a "
        "person"
    ),
    jurisdiction=A1_OPENING,
    a2=current.A2,
    concluding=A_RECONSTRUCTED,
    means_words=(
        "knowing, or in reckless disregard of the fact, that means of force, threats of force, "
        "fraud, coercion described in subsection (e)(2), or any combination of such means will "
        "be used to cause the person to engage in a commercial sex act"
    ),
    age_mental_state_words="knowing, or in reckless disregard of the fact,",
    c=current.C,
    c_words=(
        "reasonable opportunity to observe the person so recruited, enticed, harbored, "
        "transported, provided, obtained or maintained, the Government need not prove that the "
        "defendant knew that the person had not attained the age of 18 years"
    ),
    verbs=VERBS,
    open_verbs=OPEN_VERBS,
    observe_verbs=VERBS,
    knowing_only=(),
    participation=None,
    participation_words=None,
    venture_defined=(
        "Whether § 1591(e) defined 'venture' in this period is UNVERIFIED (the definition was "
        "(e)(5) before 11 April 2018, reference § 2.3; the 2008 notes were seen only in part): "
        "a finding that there were not two or more individuals does not defeat the element "
        "here. Ninth Cir. 20.26 words it as a venture that recruited … or solicited a person to "
        "engage in a commercial sex act."
    ),
    venture_definition_seen=False,
    in_force_note=(
        "The reconstructed 2008 text [R], applied from 1 January 2010. The 2008 Act was enacted "
        "on 23 December 2008, but its effective date is UNVERIFIED and the text before it is not "
        "encoded, so no text is applied to conduct from then to the end of 2009: a prong is not "
        "met there only on a stated fact that defeats it under every candidate wording, and is "
        "otherwise undetermined (docs/federal.md, decision 2)."
    ),
    buyers_note=BUYERS,
)

PARAGRAPHS = (
    Paragraph(A1_OPENING, "In or affecting commerce (unchanged)", JURISDICTION_TEXT, LABEL),
    Paragraph(current.A2, "Benefiting from a venture ([unchanged])", current.A2_TEXT, LABEL),
    Paragraph(current.B, "Punishment", B_TEXT, LABEL),
    Paragraph(current.C, "Reasonable opportunity to observe", C_TEXT, LABEL),
    Paragraph(current.E2, "Coercion", current.E2_TEXT, LABEL),
    Paragraph(current.E3, "Commercial sex act", current.E3_TEXT, LABEL),
)

PENALTY = AgeAndMeansPenalty(
    effected_or_under_14=PenaltyBand(
        id="(b)(1)",
        citation=current.B1,
        words="not less than 15 or for life",
        words_from=current.B,
        summary="imprisonment for not less than 15 years or for life, with a fine (the fine "
        "words are elided in the reconstruction)",
        minimum_years=15,
        maximum="life",
        severity=2,
    ),
    not_effected_14_to_17=PenaltyBand(
        id="(b)(2)",
        citation=current.B2,
        words="not less than 10 years or for life",
        words_from=current.B,
        summary="imprisonment for not less than 10 years or for life, with a fine (the fine "
        "words are elided in the reconstruction)",
        minimum_years=10,
        maximum="life",
        severity=1,
    ),
    band_verbs=BAND_VERBS,
    open_verbs=OPEN_VERBS,
    means_words="",
    under_14_words="had not attained the age of 14 years",
    fourteen_to_17_words=(
        "had attained the age of 14 years but had not attained the age of 18 years"
    ),
    means=MEANS,
)

VERSION_2008 = FederalVersion(
    id="usc-1591-2008",
    law="usc_1591",
    section="1591",
    citation="18 U.S.C. § 1591 (2008-2015, reconstructed)",
    enacted_by="William Wilberforce Trafficking Victims Protection Reauthorization Act of 2008, "
    "Pub. L. 110-457, § 222(b)(5), 122 Stat. 5044 (23 December 2008)",
    source="reference § 2.3 (reconstructed from the amendment notes, govregs.com mirror [S])",
    in_force_from=date(2008, 12, 23),
    in_force_from_status="enactment date; effective date UNVERIFIED (reference § 2.4)",
    label=LABEL,
    chapeau=Paragraph(current.A, "Sex trafficking (opening words)", current.CHAPEAU_TEXT, LABEL),
    offences=build(TEXT, A_TEXT, current.A2_TEXT, LABEL),
    paragraphs=(
        Paragraph(A_RECONSTRUCTED, "Sex trafficking (as reconstructed)", A_TEXT, LABEL),
        *PARAGRAPHS,
    ),
    penalty=PENALTY,
    cautions=(
        "The 2008-2015 text of § 1591 is reconstructed [R] from the amendment notes: its exact "
        "wording and punctuation are UNVERIFIED.",
        "When § 1591(c) was added is UNVERIFIED (believed 2008; United States v. Duong cites "
        "'18 U.S.C. §§ 1591, 1594 (2008)').",
        "Pre-2015 § 1591(b) is elided in the reconstruction; the means limb of (b)(1) is "
        "applied as the 2008 notes show it ('means of force, threats of force, fraud, or "
        "coercion described in subsecti[on …]').",
        "§ 1591(d) (obstruction of the enforcement of the section; up to 20 years before "
        "21 December 2018, reference § 3.10) is not assessed; which provision added it is "
        "UNVERIFIED (believed the 2008 Act, reference § 2.1).",
    ),
    unverified=(
        "The 2008 amendment notes were seen only up to (b)(1); everything later in them was not "
        "seen (reference § 2.2).",
    ),
)
