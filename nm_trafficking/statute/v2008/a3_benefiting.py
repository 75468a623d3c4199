"""30-52-1(A)(3): benefiting, financially or by receiving anything of value, from the labor,
services or commercial sexual activity of another person with the knowledge that force, fraud or
coercion was used to obtain it. The knowledge looks back ("was used"). There is no minor-only
variant: benefiting from a minor's commercial sexual activity without that knowledge is outside
(A)(3) (other statutes may apply, see subsection D)."""

from __future__ import annotations

from nm_trafficking.statute.model import Alternative, Element, OffenceParagraph, Test, any_of
from nm_trafficking.statute.v2008.a1_force_fraud_or_coercion import MEANS, PURPOSES
from nm_trafficking.statute.v2008.a_human_trafficking import BENEFITING, IN_FORCE, KNOWINGLY

A3 = "30-52-1(A)(3)"

BENEFITING_CONDUCT = Element(
    key="conduct",
    label="benefiting",
    words="benefiting",
    words_from=A3,
    established=(Alternative((Test("act", "in", (BENEFITING,)),), "the conduct is benefiting"),),
    defeated=(
        Alternative(
            (Test("act", "not_in", (BENEFITING,)),),
            "the conduct is {act}, not benefiting ({act_in_text})",
        ),
    ),
    unknown_reason="the kind of conduct is not established",
)

FINANCIALLY_OR_VALUE = Element(
    key="benefit",
    label="financially or by receiving anything of value",
    words="financially or by receiving anything of value",
    words_from=A3,
    established=(
        Alternative((Test("benefit.financially", "eq", "true"),), "{actor} benefited financially"),
        Alternative(
            (Test("benefit.anything_of_value", "eq", "true"),),
            "{actor} benefited by receiving something of value",
        ),
    ),
    defeated=(
        Alternative(
            (
                Test("benefit.financially", "eq", "false"),
                Test("benefit.anything_of_value", "eq", "false"),
            ),
            "{actor} received neither money nor anything of value",
        ),
    ),
    unknown_reason="that {actor} benefited financially or by receiving anything of value is "
    "not established",
    question="Did {actor} benefit, financially or by receiving anything of value, {when}?",
)

FROM_LABOR = any_of(
    key="benefit_from",
    label="from the labor, services or commercial sexual activity of another person",
    words="from the labor, services or commercial sexual activity of another person",
    words_from=A3,
    options=PURPOSES,
    met_reason="the benefit came from {{person}}'s {option}",
    not_met_reason="the benefit came from none of {person}'s labor, services or commercial "
    "sexual activity",
    unknown_reason="that the benefit came from {person}'s labor, services or commercial "
    "sexual activity is not established",
    question=(
        "Did the benefit {actor} received {when} come from {person}'s labor, services or "
        "commercial sexual activity?"
    ),
)

MEANS_WAS_USED = any_of(
    key="means_was_used",
    label="knowledge that force, fraud or coercion was used",
    words=(
        "with the knowledge that force, fraud or coercion was used to obtain the labor, "
        "services or commercial sexual activity"
    ),
    words_from=A3,
    options=MEANS,
    met_reason="{{actor}} knew that {option} was used to obtain {{obtained}}",
    not_met_reason=(
        "{actor} did not know of force, fraud or coercion being used to obtain {obtained}"
    ),
    unknown_reason="{actor}'s knowledge that force, fraud or coercion was used is not established",
    question=(
        "Did {actor} know, {when}, that force, fraud or coercion was used to obtain "
        "{person}'s labor, services or commercial sexual activity?"
    ),
    note=(
        "Knowledge is required; 'should have known' is not the 2008 text (bills proposing it "
        "were not enacted). There is no minor-only variant of (A)(3)."
    ),
    evidenced_by_indicators=True,
)

_NO_MINOR_VARIANT = (
    "The victim was under eighteen, but (A)(3) has no minor-only variant: benefiting from a "
    "minor's commercial sexual activity needs knowledge that force, fraud or coercion was used. "
)
NO_MINOR_VARIANT = (
    _NO_MINOR_VARIANT + "Other law may apply (30-52-1(D)), e.g. NMSA § 30-6A-4 and § 30-9-4.1."
)
"""Said when a benefiting act toward a minor does not meet (A)(3) (shared reference, §2)."""

CHILD_PROSTITUTION_AGE = 16
"""§ 30-6A-4's reported age limit: the 2015 amendment "to extend protection to all children
under 16" (``research-2026-11-related-texts.md`` § 3.2; ``nmsa-30-52-1.md`` § 4: "age limits
16/13 in force; 2025-2026 bills to raise to 18 not enacted"); its text NOT FOUND."""

NO_MINOR_VARIANT_FROM_16 = (
    _NO_MINOR_VARIANT + "Other law may apply (30-52-1(D)), e.g. NMSA § 30-9-4.1; NMSA § 30-6A-4 "
    "is reported to reach children under 16 only (its text NOT FOUND; bills to raise the age to "
    "18 not enacted)."
)
"""Said instead where the minor may have been 16 or 17 (review S6 of session 7: § 30-6A-4 was
suggested for a 17-year-old)."""

NO_MINOR_VARIANT_LABOR_OR_SERVICES = (
    "The victim was under eighteen, but (A)(3) has no minor-only variant: benefiting from a "
    "minor's labor or services needs knowledge that force, fraud or coercion was used. Other "
    "law may apply (30-52-1(D))."
)
"""Said instead where the facts state the benefit came from the minor's labor or services and
not from commercial sexual activity (review A5 of session 9: the sex offenses the other notes
name, § 30-6A-4 and § 30-9-4.1, were suggested for a 12-year-old's begging money)."""

FROM_SEXUAL_ACTIVITY = "benefit_from.commercial_sexual_activity"

PARAGRAPH_A3 = OffenceParagraph(
    citation=A3,
    title="Benefiting, knowing of force, fraud or coercion",
    text=(
        "(3) benefiting, financially or by receiving anything of value, from the labor, "
        "services or commercial sexual activity of another person with the knowledge that "
        "force, fraud or coercion was used to obtain the labor, services or commercial sexual "
        "activity."
    ),
    elements=(
        IN_FORCE,
        BENEFITING_CONDUCT,
        KNOWINGLY,
        FINANCIALLY_OR_VALUE,
        FROM_LABOR,
        MEANS_WAS_USED,
    ),
    summary="benefiting, knowing that force, fraud or coercion was used; no minor variant",
    short="A3",
    minor_note=NO_MINOR_VARIANT,
    minor_note_from=(CHILD_PROSTITUTION_AGE, NO_MINOR_VARIANT_FROM_16),
    minor_note_apart=(FROM_SEXUAL_ACTIVITY, NO_MINOR_VARIANT_LABOR_OR_SERVICES),
)
