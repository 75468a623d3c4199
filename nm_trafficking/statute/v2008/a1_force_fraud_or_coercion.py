"""30-52-1(A)(1): recruiting ... or obtaining another person with the intent or knowledge that
force, fraud or coercion will be used to subject the person to labor, services or commercial
sexual activity. Any victim age; the mental state looks forward ("will be used")."""

from __future__ import annotations

from nm_trafficking.statute.model import OffenceParagraph, any_of
from nm_trafficking.statute.v2008.a_human_trafficking import (
    IN_FORCE,
    KNOWINGLY,
    recruiting_to_obtaining,
)

A1 = "30-52-1(A)(1)"

MEANS = ("force", "fraud", "coercion")
PURPOSES = ("labor", "services", "commercial_sexual_activity")

MEANS_WILL_BE_USED = any_of(
    key="means_will_be_used",
    label="intent or knowledge that force, fraud or coercion will be used",
    words="with the intent or knowledge that force, fraud or coercion will be used",
    words_from=A1,
    options=MEANS,
    met_reason="{{actor}} intended or knew that {option} would be used",
    not_met_reason="{actor} neither intended nor knew that force, fraud or coercion would be used",
    unknown_reason=(
        "{actor}'s intent or knowledge that force, fraud or coercion would be used is not "
        "established"
    ),
    note=(
        "A mental state about the future: actual use of force, fraud or coercion is evidence of "
        "it, not the element itself. The statutory definitions of these means (subsection F "
        "onward) are UNVERIFIED and not encoded."
    ),
    evidenced_by_indicators=True,
    question="Did {actor} intend or know, {when}, that force, fraud or coercion would be used?",
)

TO_SUBJECT = any_of(
    key="to_subject_to",
    label="to subject the person to labor, services or commercial sexual activity",
    words="to subject the person to labor, services or commercial sexual activity",
    words_from=A1,
    options=PURPOSES,
    met_reason="the purpose was to subject {{person}} to {option}",
    not_met_reason="the purpose was none of labor, services or commercial sexual activity",
    unknown_reason=(
        "that force, fraud or coercion would be used to subject {person} to labor, services or "
        "commercial sexual activity is not established"
    ),
    question=(
        "Did {actor} intend or know, {when}, that force, fraud or coercion would be used to "
        "subject {person} to labor, services or commercial sexual activity?"
    ),
)

PARAGRAPH_A1 = OffenceParagraph(
    citation=A1,
    title="Force, fraud or coercion",
    text=(
        "(1) recruiting, soliciting, enticing, transporting or obtaining by any means another "
        "person with the intent or knowledge that force, fraud or coercion will be used to "
        "subject the person to labor, services or commercial sexual activity;"
    ),
    elements=(
        IN_FORCE,
        recruiting_to_obtaining(A1),
        KNOWINGLY,
        MEANS_WILL_BE_USED,
        TO_SUBJECT,
    ),
    summary="any person; intent or knowledge that force, fraud or coercion will be used",
    short="A1",
)
