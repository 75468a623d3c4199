"""NMSA 1978, § 30-52-1 as enacted in 2008 (Senate Bill 71, 48th Legislature, 2nd Session).

Text: verbatim from the enrolled bill (see ``../shared/statute/nmsa-30-52-1.md`` §1). The modules
of this package follow the section's own order: A (the chapeau and paragraphs (1)-(3)), B, C, D, E.
Subsection F onward (and any definitions subsection) was NOT seen in a source and is not encoded.
"""

from __future__ import annotations

from datetime import date

from nm_trafficking.statute.case_law import CARSON, JACKSON
from nm_trafficking.statute.model import StatuteVersion
from nm_trafficking.statute.v2008.a1_force_fraud_or_coercion import PARAGRAPH_A1
from nm_trafficking.statute.v2008.a2_minor import PARAGRAPH_A2, UNDER_EIGHTEEN
from nm_trafficking.statute.v2008.a3_benefiting import PARAGRAPH_A3
from nm_trafficking.statute.v2008.a_human_trafficking import CHAPEAU
from nm_trafficking.statute.v2008.b_jurisdiction import PARAGRAPH_B
from nm_trafficking.statute.v2008.c_grade import GRADING, PARAGRAPHS_C
from nm_trafficking.statute.v2008.d_other_offences import PARAGRAPH_D, RELATED_OFFENCES
from nm_trafficking.statute.v2008.e_victim_not_accessory import PARAGRAPH_E

VERSION_2008 = StatuteVersion(
    id="2008",
    section="30-52-1",
    citation="NMSA 1978, § 30-52-1 (2008)",
    enacted_by=(
        "Senate Bill 71, 48th Legislature, 2nd Session (2008); "
        "session-law chapter (Laws 2008, ch. 17) UNVERIFIED"
    ),
    source="https://www.nmlegis.gov/Sessions/08%20Regular/final/SB0071.html",
    in_force_from=date(2008, 7, 1),
    in_force_from_status=(
        "reported, not verified (signed 22 February 2008; 'taking effect in July' per press)"
    ),
    chapeau=CHAPEAU,
    offences=(PARAGRAPH_A1, PARAGRAPH_A2, PARAGRAPH_A3),
    grading=GRADING,
    grading_paragraphs=PARAGRAPHS_C,
    jurisdiction=PARAGRAPH_B,
    other_offences=PARAGRAPH_D,
    victim_not_accessory=PARAGRAPH_E,
    related_offences=RELATED_OFFENCES,
    case_law=(JACKSON, CARSON),
    minor=(PARAGRAPH_A2.citation, UNDER_EIGHTEEN.key),
    commentary={
        "buyer": (
            "A buyer (an act stated to be the actor's own purchase, or by a person in the consumer "
            "role): 'patronizing' is not a verb of the 2008 "
            "text, while the same facts may also be described as soliciting or obtaining, which "
            "are. Whether those verbs reach a buyer's own purchase is not settled by the "
            "sources (UNVERIFIED): (A)(1) and (A)(2) for that purchase stay undetermined "
            "whatever verb records it. Weigh related law (30-52-1(D))."
        ),
        "purpose_and_intent_in_tension": (
            '(A)(1) asks whether force, fraud or coercion "will be used to subject the person '
            'to" commercial sexual activity, (A)(2) whether "the person will be caused to engage '
            "in\" it. The words differ and the text's definitions are UNVERIFIED, so the two are "
            "not read as contradicting each other and neither fact is read from the other: each "
            "paragraph is judged on its own fact, and no status is changed. But intending or "
            "knowing that a person will be subjected to commercial sexual activity while neither "
            "intending nor knowing that the person will be caused to engage in it is hard to "
            "square: check the facts. "
            "If the (A)(2) fact is a slip, (A)(2) may be met for a person under eighteen without "
            "any force, fraud or coercion."
        ),
        "verbs_not_covered": (
            "Such verbs appear in other law, e.g. 18 U.S.C. § 1591; amendments proposing to add "
            "them to § 30-52-1 were not enacted as far as is known."
        ),
    },
    unverified=(
        "The official text of § 30-52-1 from subsection F onward, including any statutory "
        "definitions of 'commercial sexual activity' and of 'force, fraud or coercion', was not "
        "seen in a source and is not encoded: force, fraud and coercion are treated as the three "
        "statutory means, with the task force's indicators as evidence only.",
        "The effective date 1 July 2008 is reported, not verified.",
        "No amendment of § 30-52-1 was found through November 2026; an enacted 2025/2026 "
        "amendment cannot be ruled out.",
    ),
)
