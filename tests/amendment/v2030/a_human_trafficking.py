"""(A), the chapeau, SYNTHETIC TEST TEXT — not law: the six verbs of (A)(1) and (A)(2)."""

from __future__ import annotations

from dataclasses import replace

from nm_trafficking.statute.model import BUYER, Alternative, Element, Test
from nm_trafficking.statute.v2008 import a_human_trafficking as v2008

CHAPEAU = v2008.CHAPEAU

SIX_VERBS = (*v2008.FIVE_VERBS[:4], "harboring", v2008.FIVE_VERBS[4])
"""The conduct of (A)(1) and (A)(2) in this synthetic text: the 2008 five and "harboring"."""

BUYER_VERBS = (*SIX_VERBS, "patronizing")

IN_FORCE = replace(v2008.IN_FORCE, note="SYNTHETIC TEST TEXT — not law: in force from 2030-01-01.")

KNOWINGLY = v2008.KNOWINGLY

WORDS = "recruiting, soliciting, enticing, transporting, harboring or obtaining by any means"


def conduct(citation: str) -> Element:
    """The conduct element of (A)(1) and (A)(2) with the six verbs (the 2008 element's shape)."""
    old = v2008.recruiting_to_obtaining(citation)
    return replace(
        old,
        label="recruiting, soliciting, enticing, transporting, harboring or obtaining",
        words=WORDS,
        established=(
            Alternative(
                (Test("act", "in", SIX_VERBS), Test(BUYER, "eq", "false")),
                "the conduct is {act}, a verb of the text",
            ),
        ),
        defeated=(
            Alternative(
                (Test("act", "not_in", BUYER_VERBS),),
                "the conduct is {act}, which is not one of the six verbs of {citation} "
                "({act_in_text})",
            ),
            Alternative(
                (Test("act", "in", v2008.BUYER_ONLY), Test(BUYER, "eq", "false")),
                "the conduct is {act}, which is not one of the six verbs of {citation} "
                "({act_in_text})",
            ),
        ),
    )
