"""30-52-1(C): the grade of the felony, by the victim's age at the time of the offence.

The text lists "(1) sixteen" before "(2) thirteen"; a victim under thirteen is also under
sixteen, so the narrower band is applied first: under 13 first degree, otherwise under 16 second
degree, otherwise third degree.
"""

from nm_trafficking.statute.model import GradeBand, Grading, Paragraph

C = "30-52-1(C)"
C1 = "30-52-1(C)(1)"
C2 = "30-52-1(C)(2)"

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
    default_grade="third_degree_felony",
    bands=(
        GradeBand(under_age=13, grade="first_degree_felony", citation=C2),
        GradeBand(under_age=16, grade="second_degree_felony", citation=C1),
    ),
)
