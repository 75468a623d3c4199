"""30-52-1(A), the chapeau: "Human trafficking consists of a person knowingly:".

"Knowingly" governs the conduct in all three paragraphs. The elements shared by (A)(1) and
(A)(2) — the five verbs and "knowingly" — are defined here once.
"""

from __future__ import annotations

from nm_trafficking.statute.model import BUYER, Alternative, Element, Paragraph, Test

A = "30-52-1(A)"

CHAPEAU = Paragraph(
    citation=A,
    title="Human trafficking",
    text="A. Human trafficking consists of a person knowingly:",
)

FIVE_VERBS = ("recruiting", "soliciting", "enticing", "transporting", "obtaining")
"""The conduct of (A)(1) and (A)(2), in the statute's order."""

BENEFITING = "benefiting"
"""The conduct of (A)(3)."""

IN_FORCE = Element(
    key="in_force",
    label="conduct on or after the date this text came into force",
    words=None,
    words_from=A,
    established=(
        Alternative(
            (Test("in_force", "eq", "true"),),
            "the conduct ({when}) falls within the period this text was in force (from "
            "{in_force_from}{in_force_label})",
        ),
    ),
    defeated=(
        Alternative(
            (Test("in_force", "eq", "false"),),
            "the conduct ({when}) falls outside the period this text was in force (from "
            "{in_force_from}{in_force_label}): § 30-52-1 does not reach it",
        ),
    ),
    unknown_reason=(
        "the date of the conduct is not stated ({when}), so it is not known that this text was "
        "in force (the newest text was applied as an assumption)"
    ),
    question=(
        "Did {act} take place on or after {in_force_from}, when the text came into force? Its "
        "date is not stated."
    ),
    note="Effective date 1 July 2008 as reported, not verified.",
)

KNOWINGLY = Element(
    key="knowingly",
    label="done knowingly",
    words="knowingly",
    words_from=A,
    established=(Alternative((Test("knowingly", "eq", "true"),), "{actor} acted knowingly"),),
    defeated=(Alternative((Test("knowingly", "eq", "false"),), "{actor} did not act knowingly"),),
    unknown_reason="whether {actor} acted knowingly is not established",
    question="Did {actor} act knowingly {when}?",
)


BUYER_VERBS = (*FIVE_VERBS, "patronizing")
"""The verbs that may record a buyer's own purchase: for such an act, whether the 2008 text
reaches it is UNVERIFIED, whatever verb records it (issue 19)."""

BUYER_ONLY = ("patronizing",)
"""A buyer's verb outside the text: open for a buyer, not met for anyone else."""

BUYER_OPEN_POINT = (
    "{actor} is a buyer (the purchase is the buyer's own, recorded as {act}): whether the 2008 "
    "verbs reach a buyer's own purchase is UNVERIFIED, so this stays open whatever verb records it"
)


def recruiting_to_obtaining(citation: str) -> Element:
    """The conduct element of (A)(1) and (A)(2): one of the five verbs, "by any means". For a
    buyer's own purchase it stays open whatever verb records it (UNVERIFIED point)."""
    return Element(
        key="conduct",
        label="recruiting, soliciting, enticing, transporting or obtaining",
        words="recruiting, soliciting, enticing, transporting or obtaining by any means",
        words_from=citation,
        established=(
            Alternative(
                (Test("act", "in", FIVE_VERBS), Test(BUYER, "eq", "false")),
                "the conduct is {act}, a verb of the text",
            ),
        ),
        defeated=(
            Alternative(
                (Test("act", "not_in", BUYER_VERBS),),
                "the conduct is {act}, which is not one of the five verbs ({act_in_text})",
            ),
            Alternative(
                (Test("act", "in", BUYER_ONLY), Test(BUYER, "eq", "false")),
                "the conduct is {act}, which is not one of the five verbs ({act_in_text})",
            ),
        ),
        unknown_reason=BUYER_OPEN_POINT,
        question=(
            "Does {act} by {actor}, a purchase for the buyer's own use, fall within the 2008 "
            "verbs? Whether they reach a buyer's own purchase is UNVERIFIED."
        ),
        point_of_law=True,
    )
