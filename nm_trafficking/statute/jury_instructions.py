"""What the sources say about putting the elements in jury-instruction form (shared reference
``../shared/statute/related-law-2026-12.md`` § 8, and the federal reference § 3).

New Mexico: no uniform jury instruction (UJI) for human trafficking was found. The General Use
Note of the criminal UJIs [S] says how an instruction is drafted where none exists; Rule
5-608(B)(3) NMRA [S] asks a tendered instruction to indicate its authority. Federal: the Ninth
Circuit's model criminal jury instructions 20.25, 20.25A, 20.26 and 24.28 [P]; the Tenth
Circuit's (which covers New Mexico) were NOT FOUND for these sections.

Quotations here are verbatim from the shared reference (a test checks them against the file);
everything else is a note, not a quotation. Nothing here decides an element: the court form
(``nm_trafficking.render.instructions``) reads it.
"""

from __future__ import annotations

from dataclasses import dataclass

STATE_FORM = "drafted; no New Mexico uniform jury instruction found"
"""The label of every state instruction the court form drafts."""

GENERAL_USE_NOTE_QUOTES = (
    "an appropriate instruction stating the essential elements must be drafted",
    "only the alternative or alternatives supported by the evidence in the case may be used",
    "the word 'or' should be used to connect alternatives",
)
"""The General Use Note of the criminal UJIs [S], where no uniform instruction exists."""

STATE_REFERENCE = (
    "No New Mexico uniform jury instruction for human trafficking was found. Where none exists, "
    "the General Use Note of the criminal UJIs [S] says "
    + ", ".join(f'"{q}"' for q in GENERAL_USE_NOTE_QUOTES[:2])
    + f' and "{GENERAL_USE_NOTE_QUOTES[2]}"; Rule 5-608(B)(3) NMRA [S]: a tendered instruction '
    "not in UJI Criminal must indicate its authority."
)
"""Said once per court form that drafts a state instruction."""

FEDERAL_REFERENCE = (
    "Federal instructions follow the Ninth Circuit's Model Criminal Jury Instructions [P] "
    "(20.25, 20.25A, 20.26, 24.28) as the Ninth Circuit's model; the Tenth Circuit's (which "
    "covers New Mexico) were not found for these sections. For § 1589(b) and § 1590(a) no "
    "pattern instruction was found: their elements are drafted from the text."
)
"""Said once per court form that drafts a federal instruction."""


@dataclass(frozen=True)
class ModelInstruction:
    """A pattern instruction the federal elements follow."""

    number: str
    """E.g. ``20.25``; empty when no pattern instruction was found."""
    name: str
    """How the court form names it, e.g. "Ninth Circuit Model Criminal Jury Instruction 20.25
    (rev. Dec. 2023) [P]"."""
    comments: tuple[str, ...] = ()
    """Verbatim words of the instruction or its comment the form repeats under the elements."""


NINTH = "Ninth Circuit Model Criminal Jury Instruction"

OBSERVE_WORDS = (
    "The government is not required to prove the third element … if the defendant had a "
    "reasonable opportunity to observe the person."
)
"""20.25's bracketed alternative [P] (the ellipsis is the reference's)."""

DUONG = (
    "United States v. Duong, 848 F.3d 928 (10th Cir. 2017) [P] (a reasonable opportunity to "
    "observe the person suffices alone)"
)
"""The Tenth Circuit's case on § 1591(c) (federal reference § 3.9; [P] as a court opinion)."""

NOT_A_MINOR_WORDS = "The victim need not be a minor"
"""20.25A [P]."""

MEANS_NOT_ELEMENTS_WORDS = "not elements but rather possible means"
"""20.25A's comment, quoting United States v. Mickey [P]."""

MEANS_UNANIMITY_WORDS = "Jurors do not need to agree unanimously on which of the prohibited means"
"""24.28 [P]."""

MODELS: dict[str, ModelInstruction] = {
    "1591a1_minor": ModelInstruction(
        "20.25",
        f"{NINTH} 20.25 (rev. Dec. 2023) [P]",
        (f'"{OBSERVE_WORDS}" (20.25, bracketed; 18 U.S.C. § 1591(c))',),
    ),
    "1591a1_means": ModelInstruction(
        "20.25A",
        f"{NINTH} 20.25A [P]",
        (
            f'"{NOT_A_MINOR_WORDS}" (20.25A). The means are "{MEANS_NOT_ELEMENTS_WORDS}" '
            "(20.25A, comment, quoting United States v. Mickey, 897 F.3d 1173, 1181 (9th Cir. "
            "2018)).",
        ),
    ),
    "1591a2_means": ModelInstruction("20.26", f"{NINTH} 20.26 (rev. Aug. 2023) [P]"),
    "1591a2_minor": ModelInstruction("20.26", f"{NINTH} 20.26 (rev. Aug. 2023) [P]"),
    "1589a": ModelInstruction(
        "24.28",
        f"{NINTH} 24.28 [P]",
        (f'"{MEANS_UNANIMITY_WORDS} …" (24.28).',),
    ),
    "1589b": ModelInstruction("", "no pattern instruction found; drafted from the text"),
    "1590a": ModelInstruction("", "no pattern instruction found; drafted from the text"),
}
"""Per federal prong (its short name), the pattern instruction its elements follow."""

TENTH_NOT_FOUND = "the Tenth Circuit's were not found"

BUYER_READINGS = ("soliciting", "obtaining")
"""The verbs a buyer's own purchase may also be described by, where the act's own verb is not
one of the text's (a buyer's "patronizing"): the library's reading of the same facts
(§ 30-52-1: "the same facts may also be described as soliciting or obtaining", the 2008 text's
commentary on buyers; § 1591 before 29 May 2015: whether buyers were reached as persons who
"obtain" was litigated). The court form brackets those of them the paragraph has."""

BUYER_POINT = "whether {verbs} reach a buyer's own purchase is a point of law"
"""Why a buyer's conduct element stays open in the court form (a court's decision, not
evidence): ``{verbs}`` names the text's verbs (e.g. "the 2008 verbs")."""
