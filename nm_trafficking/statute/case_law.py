"""Decisions of the New Mexico Court of Appeals that construe § 30-52-1, as the shared reference
(``../shared/statute/nmsa-30-52-1.md`` §2) records them. Versions cite them; notes quote them."""

from nm_trafficking.statute.model import CaseLaw

JACKSON = CaseLaw(
    key="knowledge_of_age",
    name="State v. Jackson",
    citation="2018-NMCA-066, 429 P.3d 674",
    holding=(
        "knowledge of the victim's age is not an element of (A)(2): 'knowingly' attaches to the "
        "conduct, not the age; the victim's actual age at the time of the conduct decides"
    ),
    paragraph="30-52-1(A)(2)",
)

CARSON = CaseLaw(
    key="unit_of_prosecution",
    name="State v. Carson",
    citation="No. A-1-CA-35211, 460 P.3d 54 (N.M. Ct. App. 2019)",
    holding=(
        "the court reversed 'one count of human trafficking … on double jeopardy grounds' where "
        "the defendant argued that 'his convictions for two counts of human trafficking related "
        "to the same victim violate double jeopardy' [P, via mirror]; the statute does not "
        "specify a unit of prosecution, so the court applied a multi-factor test (its reasoning "
        "from a summary [S])"
    ),
    paragraph="30-52-1",
)
"""Only the opinion's opening is the court's words [P, via mirror] (``related-law-2026-12.md``
§ 4; ``research-2026-11-related-texts.md`` § 3.1): it shows two counts for the same victim and
one reversed, not which paragraph those counts were under (the defendant was convicted under
both (A)(1) and (A)(2)), nor that the test was "sufficiently distinct conduct"; the reasoning is
known from a summary [S] only (review X7 of session 8). The shared reference's own summary line
(``nmsa-30-52-1.md`` § 2: "two (A)(1) counts") is not shown by the texts it rests on."""
