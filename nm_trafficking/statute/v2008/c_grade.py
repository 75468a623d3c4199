"""30-52-1(C): the grade of the felony, by the victim's age at the time of the offense.

The text lists "(1) sixteen" before "(2) thirteen"; a victim under thirteen is also under
sixteen, so the narrower band is applied first: under 13 first degree, otherwise under 16 second
degree, otherwise third degree. Two scales meet here: 18 defines (A)(2); 16 and 13 set the grade.
"""

from nm_trafficking.statute.model import Grade, GradeBand, Grading, Paragraph
from nm_trafficking.statute.names import felony

C = "30-52-1(C)"
C1 = "30-52-1(C)(1)"
C2 = "30-52-1(C)(2)"

# Basic sentences, NMSA 1978, § 31-18-15(A): first degree 18 years, second degree 9, third
# degree 3 (../shared/statute/related-law-2026-12.md § 7; secondary copies only, [S]). No special
# sentence for human trafficking was found. Fines are not encoded (their wording was not found).
SENTENCE_LABEL = "[S]"
FIRST_DEGREE = Grade("first_degree_felony", felony("first"), "first", 3, "18 years", SENTENCE_LABEL)
SECOND_DEGREE = Grade(
    "second_degree_felony", felony("second"), "second", 2, "9 years", SENTENCE_LABEL
)
THIRD_DEGREE = Grade("third_degree_felony", felony("third"), "third", 1, "3 years", SENTENCE_LABEL)

PARAGRAPHS_C = (
    Paragraph(
        citation=C,
        title="Grade",
        text=(
            "C. Whoever commits human trafficking is guilty of a third degree felony; except if "
            "the victim is under the age of:"
        ),
    ),
    Paragraph(
        citation=C1,
        title="Victim under sixteen",
        text="(1) sixteen, the person is guilty of a second degree felony; or",
    ),
    Paragraph(
        citation=C2,
        title="Victim under thirteen",
        text="(2) thirteen, the person is guilty of a first degree felony.",
    ),
)

GRADING = Grading(
    citation=C,
    default=THIRD_DEGREE,
    bands=(
        GradeBand(under_age=13, grade=FIRST_DEGREE, citation=C2),
        GradeBand(under_age=16, grade=SECOND_DEGREE, citation=C1),
    ),
)
