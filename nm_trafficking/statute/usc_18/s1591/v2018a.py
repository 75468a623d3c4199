"""18 U.S.C. § 1591 from FOSTA (Pub. L. 115-164, § 3(b), enacted 11 April 2018) until 21
December 2018.

Text: **[R]** for the period (reference § 2.3: "§ 1591 from May 29, 2015 to Dec. 20, 2018 —
[R]"): the current (a)-(c) and (e), themselves [S], with (d) still reading "20 years" (not
encoded). FOSTA added § 1591(e)(4), "participation in a venture" (knowingly assisting,
supporting, or facilitating a violation of (a)(1)), and renumbered the former (e)(4)-(5).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from nm_trafficking.statute.model import FederalVersion, Paragraph
from nm_trafficking.statute.usc_18 import labels
from nm_trafficking.statute.usc_18.s1591 import current, v2015
from nm_trafficking.statute.usc_18.s1591.elements import build

LABEL = labels.R_PERIOD

TEXT = replace(
    v2015.TEXT,
    participation=current.E4,
    participation_words=current.E4_WORDS,
    venture_defined=(
        "'Venture' means any group of two or more individuals associated in fact, whether or "
        "not a legal entity (§ 1591(e)(6))."
    ),
    in_force_note=None,  # its start is said once, in the cautions
)

VERSION_2018A = FederalVersion(
    id="usc-1591-2018a",
    law="usc_1591",
    section="1591",
    citation="18 U.S.C. § 1591 (April-December 2018)",
    enacted_by="Allow States and Victims to Fight Online Sex Trafficking Act of 2017 (FOSTA), "
    "Pub. L. 115-164, § 3(b), 132 Stat. 1253 (11 April 2018)",
    source="reference § 1.1 (current wording [S], GitHub copy of the Code, codexstanford commit "
    "6153254d, chunks 877-878) and § 2.3 (this period [R])",
    in_force_from=date(2018, 4, 11),
    in_force_from_status="enactment date [P]; effective date UNVERIFIED (reference § 2.4)",
    label=LABEL,
    chapeau=Paragraph(current.A, "Sex trafficking", current.CHAPEAU_TEXT, LABEL),
    offences=build(TEXT, current.A1_TEXT, current.A2_TEXT, LABEL),
    paragraphs=current.paragraphs(LABEL, e4=True, d=False),
    penalty=v2015.penalty(),
    cautions=(
        "Applied from 11 April 2018, the enactment date of Pub. L. 115-164 [P]; its effective "
        "date is UNVERIFIED (reference § 2.4): an act that day is also judged under the 2015 "
        "text. "
        "(a)-(c) and (e) of this period are the current wording [S] run back through the "
        "amendment notes [R] (reference § 2.3). § 1591(d) (obstruction of the enforcement of "
        "the section; up to 20 years until 21 December 2018, 25 after, reference § 3.10) is not "
        "assessed.",
    ),
)
