"""(A)(2), SYNTHETIC TEST TEXT — not law: the 2008 paragraph with "harboring" added."""

from __future__ import annotations

from dataclasses import replace

from nm_trafficking.statute.v2008 import a2_minor as v2008
from tests.amendment.v2030.a_human_trafficking import IN_FORCE, KNOWINGLY, WORDS, conduct

PARAGRAPH_A2 = replace(
    v2008.PARAGRAPH_A2,
    text=(
        f"(2) {WORDS} a person under the age of eighteen years with the intent or knowledge "
        "that the person will be caused to engage in commercial sexual activity;"
    ),
    elements=(IN_FORCE, conduct(v2008.A2), KNOWINGLY, v2008.UNDER_EIGHTEEN, v2008.CAUSED_TO_ENGAGE),
)
