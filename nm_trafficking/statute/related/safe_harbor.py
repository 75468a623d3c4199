"""Safe harbor for a trafficked minor who is herself a defendant (``related-law-2026-12.md``
§ 6), and § 30-52-2(C): a screening result is not law enforcement's certification, so nothing
here ever calls a person a "certified" victim."""

from __future__ import annotations

from nm_trafficking.statute.model import Paragraph
from nm_trafficking.statute.related.labels import S

S_32A_2_3_A = (
    "'delinquent act' means an act committed by a child that would be designated as a crime "
    "under the law if committed by an adult, not including a violation of Section 30-9-2 NMSA "
    "1978, …"
)

PARAGRAPHS = (Paragraph("NMSA 1978, § 32A-2-3(A)", "Delinquent act", S_32A_2_3_A, S),)

NOTE = (
    "Person {person} acts here and was under eighteen when she or he was, or may have been, "
    "trafficked: prostitution (§ 30-9-2) is not a delinquent act of a child (“{words}”, "
    "§ 32A-2-3(A) [S]; the date of that exclusion NOT FOUND); § 30-52-1(E) bars charging a human "
    "trafficking victim as an accessory to the trafficking, though not as a principal or with "
    "other offenses; and a trafficking victim may ask to seal records of charges that resulted "
    "from being trafficked (§ 30-52-1.2, text NOT FOUND; a 2024 secondary page [S]). Being "
    "assessed here as a possible victim is not law enforcement's certification under "
    "§ 30-52-2(C)."
)
"""The note on a defendant who was a trafficked minor. ``{words}`` (§ 32A-2-3(A), which opens
with its own single-quoted term) goes inside double quotation marks so that the quotation inside
it keeps its single ones (``('{words}'`` printed "(''delinquent act' …", review X10)."""


DELINQUENT_ACT = S_32A_2_3_A.split(", not including")[0] + " …"
"""§ 32A-2-3(A) [S] as far as it defines a delinquent act (related-law-2026-12.md § 6, its
words up to the exclusion, which is another matter)."""
