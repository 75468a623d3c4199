"""(C), SYNTHETIC TEST TEXT — not law: a victim under eighteen (not sixteen) makes the felony
second degree; under thirteen, first degree, as in 2008."""

from __future__ import annotations

from nm_trafficking.statute.model import GradeBand, Grading, Paragraph
from nm_trafficking.statute.v2008.c_grade import (
    C1,
    C2,
    FIRST_DEGREE,
    SECOND_DEGREE,
    THIRD_DEGREE,
    C,
)
from nm_trafficking.statute.v2008.c_grade import PARAGRAPHS_C as PARAGRAPHS_C_2008

PARAGRAPHS_C = (
    PARAGRAPHS_C_2008[0],
    Paragraph(
        citation=C1,
        title="Victim under eighteen",
        text="(1) eighteen, the person is guilty of a second degree felony; or",
    ),
    PARAGRAPHS_C_2008[2],
)

GRADING = Grading(
    citation=C,
    default=THIRD_DEGREE,
    bands=(
        GradeBand(under_age=13, grade=FIRST_DEGREE, citation=C2),
        GradeBand(under_age=18, grade=SECOND_DEGREE, citation=C1),
    ),
)
