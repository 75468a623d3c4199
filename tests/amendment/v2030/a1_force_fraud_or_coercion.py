"""(A)(1), SYNTHETIC TEST TEXT — not law: the 2008 paragraph with "harboring" added."""

from __future__ import annotations

from dataclasses import replace

from nm_trafficking.statute.v2008 import a1_force_fraud_or_coercion as v2008
from tests.amendment.v2030.a_human_trafficking import IN_FORCE, KNOWINGLY, WORDS, conduct

PARAGRAPH_A1 = replace(
    v2008.PARAGRAPH_A1,
    text=(
        f"(1) {WORDS} another person with the intent or knowledge that force, fraud or "
        "coercion will be used to subject the person to labor, services or commercial sexual "
        "activity;"
    ),
    elements=(IN_FORCE, conduct(v2008.A1), KNOWINGLY, v2008.MEANS_WILL_BE_USED, v2008.TO_SUBJECT),
)
