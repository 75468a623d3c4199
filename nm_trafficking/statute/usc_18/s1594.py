"""18 U.S.C. § 1594, general provisions: attempt and conspiracy. **[S]** — (a)-(c) identical in
the GitHub copy of the Code and accountabilityhub.org (reference § 1.4). Shown as notes on the
federal findings, never assessed: the elements of attempt and conspiracy are not in the
reference. (d)-(e) (forfeiture) are summarised there, not quoted, and not shown.
"""

from __future__ import annotations

from nm_trafficking.statute.model import Paragraph
from nm_trafficking.statute.usc_18 import labels

SECTION = "18 U.S.C. § 1594"

ATTEMPT = Paragraph(
    f"{SECTION}(a)",
    "Attempt",
    (
        "(a) Whoever attempts to violate section 1581, 1583, 1584, 1589, 1590, or 1591 shall "
        "be punishable in the same manner as a completed violation of that section."
    ),
    labels.S,
)
CONSPIRACY = Paragraph(
    f"{SECTION}(b)",
    "Conspiracy",
    (
        "(b) Whoever conspires with another to violate section 1581, 1583, 1589, 1590, or "
        "1592 shall be punished in the same manner as a completed violation of such section."
    ),
    labels.S,
)
CONSPIRACY_1591 = Paragraph(
    f"{SECTION}(c)",
    "Conspiracy to violate § 1591",
    (
        "(c) Whoever conspires with another to violate section 1591 shall be fined under this"
        " title, imprisoned for any term of years or for life, or both."
    ),
    labels.S,
)

PARAGRAPHS = (ATTEMPT, CONSPIRACY, CONSPIRACY_1591)

ATTEMPT_NOTE = "attempt not assessed: the elements of attempt are not in the reference."
CONSPIRACY_1591_NOTE = (
    "the text states no minimum; whether the § 1591(b) minimums reach a § 1594(c) conspiracy is "
    "UNVERIFIED (reference § 3.10, § 5)."
)
ORIGIN_NOTE = (
    "§ 1594 was created in 2000, but its 2000 wording was not seen; the origin of (b) and (c) "
    "is UNVERIFIED (presumably the 2008 Act): for conduct before 23 December 2008 they may not "
    "apply."
)
DECOY_NOTE = (
    "The completed minor prong is not met. An attempt (§ 1594(a)) is not assessed: whether an "
    "attempt lies where the person was not in fact a minor (a real adult, a decoy or a "
    "fictitious minor), and which § 1591(b) band would apply, are not in the reference "
    "(UNVERIFIED)."
)

CONSPIRACY_NOT_ASSESSED = "not assessed (the elements of conspiracy are not in the reference)"
"""What a conspiracy line says of § 1594 beyond the agreement stated and the punishment."""
MINIMUMS_OPEN = (
    "the text states no minimum; whether the § 1591(b) minimums reach a § 1594(c) conspiracy "
    "is UNVERIFIED (reference § 5, item 7)"
)
"""The open point of a § 1594(c) conspiracy (federal reference § 3.10 and § 5, item 7)."""
MINIMUMS_OPEN_SHORT = (
    "no minimum stated; whether § 1591(b)'s minimums reach a § 1594(c) conspiracy is UNVERIFIED"
)
""":data:`MINIMUMS_OPEN` as a § 1594 line says it (the reference's pointer left to the note)."""


def punishment(p: Paragraph) -> str:
    """The punishment as the paragraph states it, verbatim: ``shall be punished in the same
    manner as a completed violation of such section`` ((b)); ``shall be fined under this
    title, imprisoned for any term of years or for life, or both`` ((c))."""
    return "shall " + p.text.split(" shall ", 1)[1].removesuffix(".")
