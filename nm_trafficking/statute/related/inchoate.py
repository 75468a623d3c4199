"""Attempt and conspiracy (``related-law-2026-12.md`` § 2): NMSA 1978, §§ 30-28-1 and 30-28-2
[S], graded one step down from the offense attempted or conspired to. The grades are read from
the two texts (a reading, shown as such); an open grade of the completed offense leaves the
attempt's or conspiracy's grade open in the same way."""

from __future__ import annotations

from nm_trafficking.statute.model import Paragraph
from nm_trafficking.statute.names import felony
from nm_trafficking.statute.related.labels import S

S_30_28_1 = "NMSA 1978, § 30-28-1"
S_30_28_2 = "NMSA 1978, § 30-28-2"

ATTEMPT_WORDS = (
    "Attempt to commit a felony consists of an overt act in furtherance of and with intent to "
    "commit a felony and tending but failing to effect its commission."
)
ATTEMPT_A = (
    "A. if the crime attempted is a capital or first degree felony, the person committing such "
    "attempt is guilty of a second degree felony;"
)
ATTEMPT_B = (
    "B. if the crime attempted is a second degree felony, the person committing such attempt is "
    "guilty of a third degree felony;"
)
ATTEMPT_C = (
    "C. if the crime attempted is a third degree felony, the person committing such attempt is "
    "guilty of a fourth degree felony; and"
)
CONSPIRACY_WORDS = (
    "A. Conspiracy consists of knowingly combining with another for the purpose of committing a "
    "felony within or without this state."
)
CONSPIRACY_1 = (
    "(1) if the highest crime conspired to be committed is a capital or first degree felony, the "
    "person committing such conspiracy is guilty of a second degree felony;"
)
CONSPIRACY_2 = (
    "(2) if the highest crime conspired to be committed is a second degree felony, the person "
    "committing such conspiracy is guilty of a third degree felony; and"
)
CONSPIRACY_3 = (
    "(3) if the highest crime conspired to be committed is a third degree felony or a fourth "
    "degree felony, the person committing such conspiracy is guilty of a fourth degree felony."
)

ATTEMPT_PARAGRAPHS = (
    Paragraph(S_30_28_1, "Attempt to commit a felony", ATTEMPT_WORDS, S),
    Paragraph(f"{S_30_28_1}(A)", "First degree attempted", ATTEMPT_A, S),
    Paragraph(f"{S_30_28_1}(B)", "Second degree attempted", ATTEMPT_B, S),
    Paragraph(f"{S_30_28_1}(C)", "Third degree attempted", ATTEMPT_C, S),
)
CONSPIRACY_PARAGRAPHS = (
    Paragraph(f"{S_30_28_2}(A)", "Conspiracy", CONSPIRACY_WORDS, S),
    Paragraph(f"{S_30_28_2}(B)(1)", "First degree conspired to", CONSPIRACY_1, S),
    Paragraph(f"{S_30_28_2}(B)(2)", "Second degree conspired to", CONSPIRACY_2, S),
    Paragraph(f"{S_30_28_2}(B)(3)", "Third degree conspired to", CONSPIRACY_3, S),
)

ATTEMPT_GRADE: dict[str, tuple[str, str]] = {
    "first_degree_felony": ("second_degree_felony", f"{S_30_28_1}(A)"),
    "second_degree_felony": ("third_degree_felony", f"{S_30_28_1}(B)"),
    "third_degree_felony": ("fourth_degree_felony", f"{S_30_28_1}(C)"),
}
"""The grade of an attempt at each grade of § 30-52-1, with the paragraph that says it."""

CONSPIRACY_GRADE: dict[str, tuple[str, str]] = {
    "first_degree_felony": ("second_degree_felony", f"{S_30_28_2}(B)(1)"),
    "second_degree_felony": ("third_degree_felony", f"{S_30_28_2}(B)(2)"),
    "third_degree_felony": ("fourth_degree_felony", f"{S_30_28_2}(B)(3)"),
}

# The grade (its id) of an attempt at, or a conspiracy to, the third degree, and its basic
# sentence: NMSA 1978, § 31-18-15(A)(13) [S], "for a fourth degree felony, eighteen months
# imprisonment" (research-2026-11-related-texts.md § 4.3; related-law-2026-12.md § 7: secondary
# mirrors). The first to third degrees' are the statute data's (``statute.v2008.c_grade``).
FOURTH_DEGREE = "fourth_degree_felony"
FOURTH_DEGREE_SENTENCE = "(basic sentence 18 months [S])"

GRADE_NAMES = {
    f"{degree}_degree_felony": felony(degree) for degree in ("first", "second", "third", "fourth")
}
"""The name of each grade an attempt or a conspiracy can have (``statute.names``)."""

_JACKSON_READING = (
    "a reading of the "
    "words 'a person under the age of eighteen years', not a holding: State v. Jackson, "
    "2018-NMCA-066, concerned a real minor and holds only that knowledge of her age is not an "
    "element"
)
STING_READING = (
    "the person was not under eighteen, so the completed offense against a minor (30-52-1(A)(2)) "
    f"is not met — {_JACKSON_READING}"
)
STING_IF = (
    "if the person was eighteen or older, the completed offense against a minor "
    f"(30-52-1(A)(2)) is not met ({_JACKSON_READING}) and attempt is the route; if under "
    "eighteen, that offense was committed and there is no attempt: an attempt needs an act "
    "'tending but failing to effect its commission'"
)
"""A sting reading where the person's age is still open (``reasoning.sting``): never "the
person was not under eighteen", which the facts do not state."""
ATTEMPT_NEEDS = (
    "still to establish: an overt act in furtherance of and with intent to commit the felony, "
    "tending but failing to effect its commission (specific intent: State v. Villa, "
    "2003-NMCA-142, annotation [S])"
)
