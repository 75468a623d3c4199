"""Indian country (``related-law-2026-12.md`` § 5): who is Indian decides between State,
federal and Tribal jurisdiction; § 30-52-1(B) names who enforces the section, not that the State
always has jurisdiction."""

from __future__ import annotations

from datetime import date

from nm_trafficking.statute.model import Paragraph
from nm_trafficking.statute.related.labels import P, S

S_1151 = (
    "(a) all land within the limits of any Indian reservation … (b) all dependent Indian "
    "communities … and (c) all Indian allotments, the Indian titles to which have not been "
    "extinguished…"
)
CASTRO_HUERTA = (
    "The Federal Government and the State have concurrent jurisdiction to prosecute crimes "
    "committed by non-Indians against Indians in Indian country."
)
ROMERO = "pueblo lands are Indian country"

PARAGRAPHS = (
    Paragraph("18 U.S.C. § 1151", "'Indian country' means", S_1151, S),
    Paragraph("Oklahoma v. Castro-Huerta, 597 U.S. 629 (2022)", "Syllabus", CASTRO_HUERTA, P),
    Paragraph(
        "State v. Romero, 2006-NMSC-039", "Special concurrence quoting the majority", ROMERO, P
    ),
)

TRIBAL_FROM = date(2022, 10, 1)
"""VAWA 2022's special Tribal criminal jurisdiction over sex trafficking: in effect from this
day (Pub. L. 117-103, § 804 [S])."""

NOTE = (
    "Indian country (18 U.S.C. § 1151 [S]): § 30-52-1(B) names who enforces the section for the "
    "State; it does not give the State jurisdiction over every act. Who is Indian decides: crimes "
    "by a non-Indian against a non-Indian are for the State (United States v. McBratney, 104 U.S. "
    f"621 (1882) [S]); '{CASTRO_HUERTA}' (Oklahoma v. Castro-Huerta, 597 U.S. 629 (2022) [P]); "
    f"'{ROMERO}', and the State had no jurisdiction over crimes by enrolled pueblo members within "
    "the pueblo's exterior boundaries (State v. Romero, 2006-NMSC-039 [P]). "
)
TRIBAL = (
    "Tribes may exercise special Tribal criminal jurisdiction over sex trafficking ('conduct "
    "within the meaning of section 1591(a) of title 18'), concurrent with the United States and "
    "the State, from 1 October 2022 (25 U.S.C. § 1304 as amended by VAWA 2022 [S]; not where "
    "neither the defendant nor the victim is an Indian){before}. "
)
TRIBAL_BEFORE = "; {acts} took place before that date"
FEDERAL = (
    "18 U.S.C. § 1152 [S] extends the general federal laws to Indian country, not to offenses by "
    "one Indian against another Indian; § 1591 is not in the Major Crimes Act list (§ 1153 [S]); "
    "it reaches conduct through its own element, 'in or affecting interstate or foreign "
    "commerce, or within the special maritime and territorial jurisdiction of the United "
    "States', which the § 1591 finding tests. "
    "Whether New Mexico assumed Public Law 280 jurisdiction: NOT FOUND."
)
