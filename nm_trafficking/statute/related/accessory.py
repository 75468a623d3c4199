"""Accessories (``related-law-2026-12.md`` § 1): NMSA 1978, § 30-1-13 [S] and 18 U.S.C. § 2 [S].

Encoded is only what § 30-1-13 says: the helper "procures, counsels, aids or abets in its
commission". The mental state the uniform jury instruction requires (UJI 14-2822: NOT FOUND)
is not verified: it is a stated fact, "intended that the offense be committed", unknown when
not stated. The grade is the degree of the offense aided (open where that is open), not what
the principal was convicted of; the principal need not have been prosecuted or convicted.
§ 30-52-1(E) bars charging a human trafficking victim as an accessory (the statute's own
paragraph, ``version.victim_not_accessory``).
"""

from __future__ import annotations

from collections.abc import Iterable

from nm_trafficking.statute.model import Paragraph
from nm_trafficking.statute.related.labels import S

S_30_1_13 = "NMSA 1978, § 30-1-13"
USC_2 = "18 U.S.C. § 2"

ACCESSORY_WORDS = (
    "A person may be charged with and convicted of the crime as an accessory if he procures, "
    "counsels, aids or abets in its commission and although he did not directly commit the "
    "crime and although the principal who directly committed such crime has not been "
    "prosecuted or convicted, or has been convicted of a different crime or degree of crime, or "
    "has been acquitted, or is a child under the Children's Code [Chapter 32A NMSA 1978]."
)
USC_2_A = (
    "(a) Whoever commits an offense against the United States or aids, abets, counsels, "
    "commands, induces or procures its commission, is punishable as a principal."
)
USC_2_B = (
    "(b) Whoever willfully causes an act to be done which if directly performed by him or "
    "another would be an offense against the United States, is punishable as a principal."
)

PARAGRAPHS = (
    Paragraph(S_30_1_13, "Accessory", ACCESSORY_WORDS, S),
    Paragraph(f"{USC_2}(a)", "Aiding and abetting", USC_2_A, S),
    Paragraph(f"{USC_2}(b)", "Causing an act to be done", USC_2_B, S),
)

NOT_A_PRINCIPAL = (
    f"A person whose own act is not a verb of the text is not reached by it as a principal, but "
    f'may be reached as an accessory ({S_30_1_13} [S]: one who "procures, counsels, aids or '
    "abets in its commission\") to another person's act that meets § 30-52-1, if the help and "
    "the intent that the offense be committed are established; record the help on the act aided "
    "to have it assessed."
)
"""Said with the verbs a text does not have (``related-law-2026-12.md`` § 1.1: such a helper "is
not reached as a principal but may be reached as an accessory")."""

MAY_BE_PRINCIPAL = (
    "Help that is itself one of § 30-52-1(A)'s acts may make the helper a principal too (e.g. "
    "driving the victim is itself 'transporting', a 2008 verb): record it as the helper's own "
    "act to have it assessed; one charged as a principal may be convicted as an accessory and vice "
    "versa (State v. Wall, 1980-NMSC-034, annotation [S])."
)
"""Said in every accessory note (``related-law-2026-12.md`` § 1.1: "Driving the victim is
itself "transporting", a 2008 verb: that helper may be a principal too", a note of the
reference; Wall from its annotations [S]). General: the help's description is not read, so the
library cannot tell which help is such an act (review X9 of session 8)."""

WAYS = ("procured", "counselled", "aided", "abetted")
"""The facts of the help, in the order of § 30-1-13's words ("procures, counsels, aids or
abets"); any one stated true is help, all four stated false is none."""

INTENT = "intended_that_the_offense_be_committed"
"""The fact of the helper's intent (its wording is the reference's, not an instruction's)."""

INTENT_OPEN = (
    "the elements of accessory liability in the uniform jury instruction (UJI 14-2822) were NOT "
    "FOUND; the mental state it requires (commonly described as intending that the crime be "
    "committed) is NOT verified, so it is read as a stated fact, unknown when not stated"
)
INTENT_AS_STATED = (
    "the intent read as stated: the mental state the uniform jury instruction (UJI 14-2822) "
    "requires was not found"
)
"""Said on a met accessory line (review B4 of session 9): the finding rests on the intent as
stated, which the instruction's wording, not found, may frame otherwise (:data:`INTENT_OPEN`)."""
GRADE_READING = (
    "the grade is the degree of the offense aided (open where that is open), not what the "
    "principal was convicted of; no different penalty is provided for one who aids and abets "
    "(annotation [S]); the principal need not have been prosecuted or convicted (§ 30-1-13)"
)
FEDERAL_READING = (
    "under 18 U.S.C. § 2(a) [S] whoever aids, abets, counsels, commands, induces or procures "
    "the commission of an offense 'is punishable as a principal'; the federal "
    "aiding-and-abetting intent standard is not in the sources read, so the same stated intent "
    "fact is shown, not a federal standard; § 30-52-1(E) is a bar in a prosecution under "
    "§ 30-52-1 only"
)
FEDERAL_STATUSES = "The helper on the act aided, on what is stated of the help and the intent"
"""Before the federal sections' statuses of the act a helper aided (in every view)."""

FEDERAL_INTENT_OPEN = (
    "the federal aiding-and-abetting intent standard is not in the sources read: a fact to state"
)
"""Said with the question for a helper's intent under 18 U.S.C. § 2(a) [S]."""


FEDERAL_LEAD = (
    f"Federal: one who aids or abets an offense is punishable as a principal ({USC_2}(a) [S])."
)
"""The federal line's first sentence (:func:`federal_line`; the workbench page's too)."""
FEDERAL_INTENT_WHY = (
    "the federal intent standard for aiding and abetting is not in the sources read"
)
"""Why a helper met on the state's accessory facts is undetermined under a federal section."""
FEDERAL_CAVEAT = (
    "Even a stated intent would not settle {helper}'s liability here: it turns on a federal "
    "intent standard that is not in the sources read."
)
"""The federal line's last sentence, ``{helper}`` to fill in (:func:`federal_line`; the
workbench page's too). True read alone, whether or not the helper's intent is stated (review S9
of session 7: "A stated intent never makes L liable here" read as a rule of law)."""


def federal_line(helper: str, statuses: Iterable[tuple[str, str]]) -> str:
    """A helper under 18 U.S.C. § 2(a) [S], each federal section's status in words given as
    (section, status) pairs (``("§ 1591", "undetermined")``): the same line whether § 30-52-1
    is assessed beside them or not."""
    listed = "; ".join(f"{section} {status}" for section, status in statuses)
    return f"{FEDERAL_LEAD} {FEDERAL_STATUSES}: {listed}. {FEDERAL_CAVEAT.format(helper=helper)}"


NO_FEDERAL_BAR = (
    "the bar of § 30-52-1(E) on charging a human trafficking victim as an accessory has no "
    "federal equivalent found in the sources read"
)
"""Said of a helper an act toward whom meets (or may meet) a federal section (the federal
reference's § 4: "Victim as accessory | (E): no accessory charge | no equivalent found")."""
NO_FEDERAL_EQUIVALENT = "No federal equivalent of § 30-52-1(E) was found in the sources read."
"""After the (E) bar of a helper's state finding, with the federal sections assessed."""

BAR_READING = (
    "the words 'a human trafficking victim' are not limited to a victim of the offense aided: "
    "read conservatively, the bar is shown for any person the facts make (or may make) a "
    "victim of human trafficking"
)
