"""18 U.S.C. § 1591 from Pub. L. 115-392, § 3(b) (enacted 21 December 2018): the current text.

Text: **[S]**, read from the GitHub Markdown copy of the Code and cross-checked against CRS
R43597 and the Ninth Circuit's instructions (reference § 1.1). Pub. L. 115-392 changed only (d)
("25 years" for "20 years"); the offenses are those of April 2018. No later amendment appears in
the notes read; later amendments are UNVERIFIED.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from nm_trafficking.statute.model import FederalVersion, Paragraph
from nm_trafficking.statute.usc_18 import labels
from nm_trafficking.statute.usc_18.s1591 import current, v2015, v2018a
from nm_trafficking.statute.usc_18.s1591.elements import build

LABEL = labels.S

TEXT = replace(
    v2018a.TEXT,
    in_force_note=None,  # its start is said once, in the cautions
)

VERSION_2018B = FederalVersion(
    id="usc-1591-2018b",
    law="usc_1591",
    section="1591",
    citation="18 U.S.C. § 1591 (current)",
    enacted_by="Pub. L. 115-392, § 3(b), 132 Stat. 5251 (21 December 2018)",
    source="reference § 1.1 (GitHub copy of the Code, codexstanford commit 6153254d, chunks "
    "877-878); compare with https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title18-"
    "section1591&num=0&edition=prelim",
    in_force_from=date(2018, 12, 21),
    in_force_from_status="enactment date [P]; effective date UNVERIFIED (reference § 2.4)",
    label=LABEL,
    chapeau=Paragraph(current.A, "Sex trafficking", current.CHAPEAU_TEXT, LABEL),
    offences=build(TEXT, current.A1_TEXT, current.A2_TEXT, LABEL),
    paragraphs=current.paragraphs(LABEL, e4=True, d=True),
    penalty=v2015.penalty(),
    cautions=(
        "Applied from 21 December 2018, the enactment date of Pub. L. 115-392 [P], which changed "
        "only (d) (effective date UNVERIFIED, reference § 2.4). No later amendment was seen "
        "(UNVERIFIED, reference § 5).",
        "§ 1591(d) (obstruction) is not assessed: 'Whoever obstructs, attempts to obstruct, or "
        "in any way interferes with or prevents the enforcement of this section, shall be fined "
        "under this title, imprisoned for a term not to exceed 25 years, or both' [S] (20 years "
        "before 21 December 2018, reference § 3.10).",
    ),
    unverified=(
        "The current official wording of § 1591 was not checked against uscode.house.gov or "
        "govinfo: only secondary copies and the Ninth Circuit's instructions were available "
        "(reference § 0, § 5).",
    ),
)
