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
        "the statute sets no unit of prosecution; two (A)(1) counts for the same victim violated "
        "double jeopardy absent sufficiently distinct conduct"
    ),
    paragraph="30-52-1(A)(1)",
)
