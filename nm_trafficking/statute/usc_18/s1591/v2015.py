"""18 U.S.C. § 1591 from the Justice for Victims of Trafficking Act of 2015 (Pub. L. 114-22,
enacted 29 May 2015) until FOSTA (11 April 2018).

Text: (a)-(c) as now (reference § 2.3, **[R]** for the period: the current wording, itself [S],
run back through the amendment notes). What the 2015 Act did (§ 108, § 118): "advertises",
"patronizes" and "solicits" became (a)(1) verbs; advertising carries a knowing-only mental state;
(c) gained "or recklessly disregarded the fact" and lists patronized and solicited. Until 11
April 2018 (e) had five paragraphs: "participation in a venture" was not defined, and "venture"
was (e)(5) (the renumbered wording is not given, so only (e)(1)-(3) are shown).
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

LABEL = labels.R_PERIOD

TEXT = Text(
    chapeau=current.A,
    a1=current.A1,
    a1_verbs_words=current.A1_VERBS_WORDS,
    jurisdiction=current.A1,
    a2=current.A2,
    concluding=current.CONCLUDING,
    means_words=current.MEANS_WORDS,
    age_mental_state_words=current.AGE_MENTAL_STATE_WORDS,
    c=current.C,
    c_words=current.C_WORDS,
    verbs=current.VERBS,
    open_verbs=(),
    observe_verbs=current.OBSERVE_VERBS,
    knowing_only=("advertising",),
    participation=None,
    participation_words=None,
    venture_defined=(
        "'Venture' means any group of two or more individuals associated in fact, whether or "
        "not a legal entity (then § 1591(e)(5), now (e)(6); reference § 2.3 [R])."
    ),
    venture_definition_seen=True,
    in_force_note=None,  # its start is said once, in the cautions
)


def penalty() -> AgeAndMeansPenalty:
    """§ 1591(b) as it has read since 29 May 2015."""
    return AgeAndMeansPenalty(
        effected_or_under_14=PenaltyBand(
            id="(b)(1)",
            citation=current.B1,
            words=current.B1_PUNISHMENT,
            words_from=current.B1,
            summary="a fine and imprisonment for any term of years not less than 15 or for life",
            minimum_years=15,
            maximum="life",
            severity=2,
        ),
        not_effected_14_to_17=PenaltyBand(
            id="(b)(2)",
            citation=current.B2,
            words=current.B2_PUNISHMENT,
            words_from=current.B2,
            summary="a fine and imprisonment for not less than 10 years or for life",
            minimum_years=10,
            maximum="life",
            severity=1,
        ),
        band_verbs=current.BAND_VERBS,
        means_words=current.B_MEANS_WORDS,
        under_14_words=current.UNDER_14_WORDS,
        fourteen_to_17_words=current.FOURTEEN_TO_17_WORDS,
        means=MEANS,
    )


VERSION_2015 = FederalVersion(
    id="usc-1591-2015",
    law="usc_1591",
    section="1591",
    citation="18 U.S.C. § 1591 (2015-2018)",
    enacted_by="Justice for Victims of Trafficking Act of 2015, Pub. L. 114-22, §§ 108, 118, "
    "129 Stat. 227 (29 May 2015)",
    source="reference § 1.1 (current wording [S]) and § 2.3 (this period [R])",
    in_force_from=date(2015, 5, 29),
    in_force_from_status="enactment date [P]; effective date UNVERIFIED (reference § 2.4)",
    label=LABEL,
    chapeau=Paragraph(current.A, "Sex trafficking", current.CHAPEAU_TEXT, LABEL),
    offences=build(TEXT, current.A1_TEXT, current.A2_TEXT, LABEL),
    paragraphs=current.paragraphs(LABEL, e4=False, d=False),
    penalty=penalty(),
    cautions=(
        "Applied from 29 May 2015, the enactment date of Pub. L. 114-22 [P]; its effective date "
        "is UNVERIFIED (reference § 2.4): an act that day is also judged under the 2008 text. "
        "(a)-(c) of this period are the current wording [S] run back through the amendment "
        "notes [R]. § 1591(d) (obstruction of the enforcement of the section; then up to "
        "20 years, 25 from 21 December 2018, reference § 3.10) is not assessed.",
    ),
)
