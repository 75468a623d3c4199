"""30-52-1(A)(2), the minor rule: recruiting ... or obtaining a person under eighteen with the
intent or knowledge that the person will be caused to engage in commercial sexual activity.

No force, fraud or coercion is needed. State v. Jackson, 2018-NMCA-066: knowledge of the
victim's age is not an element — "knowingly" attaches to the conduct, not to the age. The
victim's actual age at the time of the conduct decides; the defendant's belief changes nothing.
"""

from __future__ import annotations

from nm_trafficking.statute.model import Alternative, Element, OffenceParagraph, Test
from nm_trafficking.statute.v2008.a_human_trafficking import (
    IN_FORCE,
    KNOWINGLY,
    recruiting_to_obtaining,
)

A2 = "30-52-1(A)(2)"

ADULT_AGE = 18

UNDER_EIGHTEEN = Element(
    key="under_eighteen",
    label="a person under the age of eighteen years",
    words="a person under the age of eighteen years",
    words_from=A2,
    established=(
        Alternative(
            (Test("victim_age.hi", "lt", ADULT_AGE),),
            "{person} was under eighteen at the time of the conduct (age {age})",
        ),
    ),
    defeated=(
        Alternative(
            (Test("victim_age.lo", "ge", ADULT_AGE),),
            "{person} was eighteen or older at the time of the conduct (age {age})",
        ),
    ),
    unknown_reason=("{person}'s age at the time of the conduct is not established (age {age})"),
    question="Was {person} under eighteen at {act}? {age_note}",
    note=(
        "State v. Jackson, 2018-NMCA-066: knowledge of the victim's age is not an element; the "
        "defendant's belief about the age changes nothing."
    ),
)

CAUSED_TO_ENGAGE = Element(
    key="will_be_caused_to_engage_in_commercial_sexual_activity",
    label="intent or knowledge that the person will be caused to engage in commercial sexual "
    "activity",
    words=(
        "with the intent or knowledge that the person will be caused to engage in commercial "
        "sexual activity"
    ),
    words_from=A2,
    established=(
        Alternative(
            (Test("will_be_caused_to_engage_in_commercial_sexual_activity", "eq", "true"),),
            "{actor} intended or knew that {person} would be caused to engage in commercial "
            "sexual activity",
        ),
    ),
    defeated=(
        Alternative(
            (Test("will_be_caused_to_engage_in_commercial_sexual_activity", "eq", "false"),),
            "{actor} neither intended nor knew that {person} would be caused to engage in "
            "commercial sexual activity (labor or services do not qualify under (A)(2))",
        ),
    ),
    unknown_reason=(
        "{actor}'s intent or knowledge that {person} would be caused to engage in "
        "commercial sexual activity is not established"
    ),
    question=(
        "Did {actor} intend or know, {when}, that {person} would be caused to engage in "
        "commercial sexual activity?"
    ),
)

PARAGRAPH_A2 = OffenceParagraph(
    citation=A2,
    title="Minor, commercial sexual activity (no means needed)",
    text=(
        "(2) recruiting, soliciting, enticing, transporting or obtaining by any means a person "
        "under the age of eighteen years with the intent or knowledge that the person will be "
        "caused to engage in commercial sexual activity; or"
    ),
    elements=(
        IN_FORCE,
        recruiting_to_obtaining(A2),
        KNOWINGLY,
        UNDER_EIGHTEEN,
        CAUSED_TO_ENGAGE,
    ),
    summary="a person under 18; commercial sexual activity; no force, fraud or coercion needed",
    short="A2",
)
