"""SYNTHETIC TEST TEXT — not law. A fictional amendment of § 30-52-1 "in force" from
2030-01-01, written only to test that an amendment is one folder: it adds a verb ("harboring")
to (A)(1) and (A)(2), a paragraph (A)(4) with its own grade (third degree whatever the age), and
changes a grade ((C)(1): a victim under eighteen, not sixteen, makes it second degree).

Nothing here is New Mexico law; no text of it may be quoted as law. Its modules follow the
2008 package's order; what it does not change is the 2008 text's own objects.
"""

from __future__ import annotations

from datetime import date

from nm_trafficking.statute.model import StatuteVersion
from nm_trafficking.statute.v2008 import VERSION_2008
from nm_trafficking.statute.v2008.a3_benefiting import PARAGRAPH_A3
from tests.amendment.v2030.a1_force_fraud_or_coercion import PARAGRAPH_A1
from tests.amendment.v2030.a2_minor import PARAGRAPH_A2
from tests.amendment.v2030.a4_advertising import PARAGRAPH_A4
from tests.amendment.v2030.a_human_trafficking import CHAPEAU
from tests.amendment.v2030.c_grade import GRADING, PARAGRAPHS_C

LABEL = "SYNTHETIC TEST TEXT — not law"

VERSION_2030 = StatuteVersion(
    id="synthetic-2030",
    section="30-52-1",
    citation=f"NMSA 1978, § 30-52-1 ({LABEL}, 2030)",
    enacted_by=LABEL,
    source="",
    in_force_from=date(2030, 1, 1),
    in_force_from_status=LABEL,
    chapeau=CHAPEAU,
    offences=(PARAGRAPH_A1, PARAGRAPH_A2, PARAGRAPH_A3, PARAGRAPH_A4),
    grading=GRADING,
    grading_paragraphs=PARAGRAPHS_C,
    jurisdiction=VERSION_2008.jurisdiction,
    other_offences=VERSION_2008.other_offences,
    victim_not_accessory=VERSION_2008.victim_not_accessory,
    related_offences=VERSION_2008.related_offences,
    case_law=VERSION_2008.case_law,
    minor=VERSION_2008.minor,
    commentary=dict(VERSION_2008.commentary),
    unverified=(f"{LABEL}: a fictional text for the library's tests.",),
)
