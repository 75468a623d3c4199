"""(A)(4), SYNTHETIC TEST TEXT — not law: advertising another person for commercial sexual
activity, a third degree felony whatever the person's age (the paragraph's own grade)."""

from __future__ import annotations

from dataclasses import replace

from nm_trafficking.statute.model import Alternative, Element, Grading, OffenceParagraph, Test
from nm_trafficking.statute.v2008.a2_minor import CAUSED_TO_ENGAGE
from nm_trafficking.statute.v2008.c_grade import THIRD_DEGREE
from tests.amendment.v2030.a_human_trafficking import IN_FORCE, KNOWINGLY

A4 = "30-52-1(A)(4)"

ADVERTISING = Element(
    key="conduct",
    label="advertising",
    words="advertising",
    words_from=A4,
    established=(
        Alternative((Test("act", "eq", "advertising"),), "the conduct is {act}, a verb of (A)(4)"),
    ),
    defeated=(
        Alternative(
            (Test("act", "not_in", ("advertising",)),),
            "the conduct is {act}, not advertising ({act_in_text})",
        ),
    ),
    unknown_reason="the conduct is not stated",
    question="Did {actor} advertise {person} ({act})?",
)

PARAGRAPH_A4 = OffenceParagraph(
    citation=A4,
    title="Advertising (SYNTHETIC TEST TEXT — not law)",
    text=(
        "(4) advertising another person with the intent or knowledge that the person will be "
        "caused to engage in commercial sexual activity, which is a third degree felony "
        "whatever the age of the person."
    ),
    elements=(IN_FORCE, ADVERTISING, KNOWINGLY, replace(CAUSED_TO_ENGAGE, words_from=A4)),
    summary="advertising a person for commercial sexual activity; third degree at any age",
    short="A4",
    grading=Grading(citation=A4, default=THIRD_DEGREE, bands=()),
)
