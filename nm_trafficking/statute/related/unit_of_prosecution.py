"""Unit of prosecution and unanimity (``related-law-2026-12.md`` § 4): which acts are one count
is decided by the Herron factors; where several acts could support one count, a unanimity
caution belongs beside it."""

from __future__ import annotations

from nm_trafficking.statute.model import Paragraph
from nm_trafficking.statute.related.labels import P, S

HERRON = "Herron v. State, 1991-NMSC-012, 111 N.M. 357"
HERRON_FACTORS_WORDS = (
    "the temporal proximity of the penetrations, the location of the victim during each act, the "
    "existence of any intervening events, the sequence of the penetrations, the defendant's "
    "intent, and the number of victims involved"
)
"""The factors, from a summary only [S]."""

HERRON_FACTORS = ("time", "place", "intervening events", "sequence", "intent", "victims")

CARSON = "State v. Carson, No. A-1-CA-35211 (N.M. Ct. App. Nov. 5, 2019), 460 P.3d 54"
CARSON_WORDS = (
    "(2) his convictions for two counts of human trafficking related to the same victim violate "
    "double jeopardy; … With the exception of one count of human trafficking, which we reverse "
    "on double jeopardy grounds, we affirm."
)
"""The opening of the opinion [P, via mirror]. Cited by docket number and reporter only: its
public-domain citation is not verified (reference § 4) and is never used."""

PARAGRAPHS = (
    Paragraph(HERRON, "The Herron factors (a summary)", HERRON_FACTORS_WORDS, S),
    Paragraph(CARSON, "Opening of the opinion", CARSON_WORDS, P),
)

UNIT_NOTE = (
    f"Which acts are one count is decided by that test, the Herron factors — "
    f"{', '.join(HERRON_FACTORS)} ({HERRON} [S: the factors from a summary]): each act listed is "
    "a potential count, not a count."
)
"""Said after Carson's holding, which carries Carson's own labels (``statute.case_law.CARSON``:
its opening [P], its reasoning from a summary [S])."""

ONE_ACT = (
    "these are read as ways of committing one offense, not separate counts by themselves; "
    "whether a jury given them for one count must agree on which paragraph is not in the sources "
    "read (check)."
)
"""Said where one act meets (or, on the court form, is drafted under) several paragraphs of
§ 30-52-1: a reading, not a holding (§ 4: Herron's multiplicity, "an indictment charges a single
offense in different counts"; Carson reversed one of two counts for the same victim); the
sources read say nothing of whether a New Mexico jury must agree on the paragraph (the
unanimity caution, :data:`UNANIMITY`, is about several acts, not one)."""

UNANIMITY = (
    "Unanimity caution: {acts} meet or may meet the same paragraph and could each support the "
    "same count; where one count rests on "
    "several acts, the jury may have to agree on which act it found (ask for a specific-act "
    "instruction or elect the act), or separate the counts by the Herron factors."
)
