"""Limitation periods (``related-law-2026-12.md`` § 3): dated warnings, never findings.

The library has neither the charging date nor the facts that toll a period, and which
amendment applies depends on when a period ran (Stogner): a note can only say "from the day of
the act, N years under <paragraph>, to <date>, unless tolled — check".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from nm_trafficking.statute.model import Label, Paragraph
from nm_trafficking.statute.names import felony
from nm_trafficking.statute.related.labels import P, S

S_30_1_8 = "NMSA 1978, § 30-1-8"

CHAPEAU_30_1_8 = (
    "A person shall not be prosecuted, tried or punished in any court of this state unless the "
    "indictment is found or information or complaint is filed within the time as provided:"
)
A_30_1_8 = "A. for a second degree felony, within six years from the time the crime was committed;"
B_30_1_8 = (
    "B. for a third or fourth degree felony, within five years from the time the crime was "
    "committed;"
)
H_30_1_8 = (
    "H. for any crime not contained in the Criminal Code or where a limitation is not otherwise "
    "provided for, within three years from the time the crime was committed; and"
)
I_30_1_8 = (
    "I. for a capital felony or a first degree violent felony, no limitation period shall exist "
    "and prosecution for these crimes may commence at any time after the occurrence of the crime."
)
TOLLING_30_1_9_1 = (
    "The applicable time period for commencing prosecution pursuant to Section 30-1-8 NMSA 1978 "
    "shall not commence to run for an alleged violation of Section 30-6-1, 30-9-11 or 30-9-13 "
    "NMSA 1978 until the victim attains the age of eighteen or the violation is reported to a law "
    "enforcement agency, whichever occurs first."
)
S_3298 = (
    "No person shall be prosecuted, tried, or punished for any non-capital offense or conspiracy "
    "to commit a non-capital offense under section 1581 (Peonage; Obstructing Enforcement), 1583 "
    "(Enticement into Slavery), 1584 (Sale into Involuntary Servitude), 1589 (Forced Labor), 1590 "
    "(Trafficking with Respect to Peonage, Slavery, Involuntary Servitude, or Forced Labor), or "
    "1592 (Unlawful Conduct with Respect to Documents in furtherance of Trafficking, Peonage, "
    "Slavery, Involuntary Servitude, or Forced Labor) of this title or under section 274(a) of the "
    "Immigration and Nationality Act unless the indictment is found or the information is "
    "instituted not later than 10 years after the commission of the offense."
)
S_3283 = (
    "No statute of limitations that would otherwise preclude prosecution for an offense "
    "involving the sexual or physical abuse, or kidnaping, of a child under the age of 18 years "
    "shall preclude such prosecution during the life of the child, or for ten years after the "
    "offense, whichever is longer."
)
S_3299 = (
    "Notwithstanding any other law, an indictment may be found or an information instituted at "
    "any time without limitation for any offense under section 1201 involving a minor victim, and "
    "for any felony under chapter 109A, 110 (except for section 2257 and 2257A), or 117, or "
    "section 1591."
)
S_3282_A = (
    "Except as otherwise expressly provided by law, no person shall be prosecuted, tried, or "
    "punished for any offense, not capital, unless the indictment is found or the information is "
    "instituted within five years next after such offense shall have been committed."
)
STOGNER = (
    "A law enacted after expiration of a previously applicable limitations period violates the "
    "Ex Post Facto Clause when it is applied to revive a previously time-barred prosecution."
)

PARAGRAPHS = (
    Paragraph(S_30_1_8, "Time limitations for commencing prosecution", CHAPEAU_30_1_8, S),
    Paragraph(f"{S_30_1_8}(A)", felony("second").capitalize(), A_30_1_8, S),
    Paragraph(f"{S_30_1_8}(B)", f"Third or {felony('fourth')}", B_30_1_8, S),
    Paragraph(f"{S_30_1_8}(H)", "Limitation not otherwise provided for", H_30_1_8, S),
    Paragraph(f"{S_30_1_8}(I)", "Capital or first degree violent felony", I_30_1_8, S),
    Paragraph("NMSA 1978, § 30-1-9.1", "Tolling, offenses against children", TOLLING_30_1_9_1, S),
    Paragraph("18 U.S.C. § 3298", "Trafficking-related offenses", S_3298, S),
    Paragraph("18 U.S.C. § 3283", "Offenses against children", S_3283, S),
    Paragraph("18 U.S.C. § 3299", "Child abduction and sex offenses", S_3299, S),
    Paragraph("18 U.S.C. § 3282(a)", "Offenses not capital", S_3282_A, S),
    Paragraph("Stogner v. California, 539 U.S. 607 (2003)", "Syllabus", STOGNER, P),
)


@dataclass(frozen=True)
class Limitation:
    """The period a grade or section carries: ``years`` (``None``: no period, or open), the
    paragraph and its words, and the open point when the period is not settled."""

    citation: str
    words: str
    label: Label
    years: int | None
    open_point: str | None = None
    from_date: str | None = None
    """The day from which the rule applies, where the source gives one (e.g. § 3299)."""
    section: str = ""
    """The section whose period it is (``§ 1589``; federal rules)."""
    open_template: str | None = None
    """The open point with ``{sections}`` for the section(s), where one rule governs several
    sections (§ 3298: §§ 1589 and 1590), so that a note of several says it once."""
    earlier: Limitation | None = None
    """The period that may apply to an act before ``from_date`` instead (§ 3299: § 3282(a),
    five years; whether § 3299 reaches such an act, Stogner and the Act decide)."""
    otherwise: Limitation | None = None
    """The period that applies if this one does not (§ 30-1-8(I) for a first degree offense
    that is not a 'first degree violent felony': the catch-all (H), three years)."""


FIRST_DEGREE_OPEN = (
    "open: § 30-1-8(I) as last seen (pre-2022 copies [S]) has no period for a 'first degree "
    "violent felony', a term no source read defines; whether a first degree § 30-52-1 offense "
    "(victim under 13) is one is UNRESOLVED, and the 2022 wording of (I) was NOT FOUND — none "
    f"if it is one; otherwise the quoted text gives a {felony('first')} no period of its own, "
    "so (H), for a crime 'where a limitation is not otherwise provided for', applies (a "
    "reading: the reference does not quote (C) to (G))"
)
"""§ 30-1-8 for a first degree offense (``related-law-2026-12.md`` § 3.1; review K4 of session
6: the line named no period for the case that it is not a 'first degree violent felony'). The
quoted text is A, B, H and I (C to G elided): the conservative reading names (H)'s three
years as the other period, never as settled, and says it is a reading (review S4 of session 7).
"""

ON_A_READING = "on a reading"
"""Before (H)'s three years beside (I) on a count's line: that the first degree has no period
of its own rests on a text quoted with (C) to (G) elided (:data:`FIRST_DEGREE_OPEN`)."""

CATCH_ALL = Limitation(f"{S_30_1_8}(H)", H_30_1_8, S, 3)
"""§ 30-1-8(H), the three years "where a limitation is not otherwise provided for"."""

VIOLENT_IF = "if it is a 'first degree violent felony', a term not defined in the sources read"
"""When (I)'s no period applies to a first degree § 30-52-1 offense (open)."""
VIOLENT_IF_NOT = (
    "if it is not a 'first degree violent felony' (§ 30-1-8(H): 'where a limitation is not "
    "otherwise provided for')"
)
"""When (H)'s three years apply instead."""

STATE: dict[str, Limitation] = {
    "second_degree_felony": Limitation(f"{S_30_1_8}(A)", A_30_1_8, S, 6),
    "third_degree_felony": Limitation(f"{S_30_1_8}(B)", B_30_1_8, S, 5),
    "fourth_degree_felony": Limitation(f"{S_30_1_8}(B)", B_30_1_8, S, 5),
    "first_degree_felony": Limitation(
        f"{S_30_1_8}(I)", I_30_1_8, S, None, open_point=FIRST_DEGREE_OPEN, otherwise=CATCH_ALL
    ),
}
"""§ 30-1-8 by grade (attempts and conspiracies follow their own grade: a reading)."""

STATE_CAUTIONS = (
    "§ 30-1-8 was amended in 2022 (State v. Sandoval, No. A-1-CA-41172, cites '§ 30-1-8(B) "
    "(2009, amended 2022)' [P]); the amended wording was NOT FOUND, and a 2024 bill to remove the "
    "limit for human trafficking is not known to have passed.",
    "§ 30-1-9.1 (tolling until a child victim turns eighteen or the violation is reported), as "
    "last seen (2011 copy [S]), lists §§ 30-6-1, 30-9-11 and 30-9-13, not § 30-52-1: no tolling "
    "is applied here.",
)

ENACTED_3298 = "§ 3298's enactment date was NOT FOUND (believed 2008)"
ENACTED_3298_BY = "2009-01-01"
"""§ 3298 believed enacted in 2008: conduct before this day may predate it."""

EARLIER_3298 = Limitation("18 U.S.C. § 3282(a)", S_3282_A, S, 5)
"""The period of a §§ 1589, 1590 act (or a § 1594(b) conspiracy) whose five years under
§ 3282(a) may have run before § 3298 came in (they ended before :data:`ENACTED_3298_BY`):
§ 3298 cannot revive a barred prosecution (Stogner [P], reference § 3.4), and its enactment
date was NOT FOUND, so which applies is open (review L3 of session 6)."""

IF_3298 = (
    "if it was in force before the five years under § 3282(a) ran out (its enactment date is "
    "NOT FOUND)"
)
"""When § 3298's ten years apply to such an act, after "under § 3298" (the count line)."""
APPLIES_3298 = IF_3298.replace("if it was", "if § 3298 was", 1)
"""The same, standing alone (a period's condition)."""
APPLIES_3282 = "if § 3298 came in after they ran out: it does not revive them (Stogner [P])"
"""When § 3282(a)'s five years apply instead."""


def may_predate_3298(end: date) -> bool:
    """The five years under § 3282(a) ending on ``end`` may have run before § 3298 came in
    (its enactment date NOT FOUND, believed 2008: ``end`` before :data:`ENACTED_3298_BY`)."""
    return end < date.fromisoformat(ENACTED_3298_BY)


OPEN_3298 = (
    f"{ENACTED_3298}; whether § 3283 (the life of a child "
    "victim, or ten years) reaches a {sections} offense against a child is open"
)

FEDERAL: dict[str, Limitation] = {
    "usc_1591": Limitation(
        "18 U.S.C. § 3299",
        S_3299,
        S,
        None,
        from_date="2006-07-27",
        section="§ 1591",
        earlier=Limitation("18 U.S.C. § 3282(a)", S_3282_A, S, 5, section="§ 1591"),
        open_point=(
            "no limitation period for § 1591 (§ 3299, added by the Adam Walsh Act, Pub. L. "
            "109-248, 27 July 2006 [P for the Act; the section NOT read]); whether it reaches "
            "§ 1594 attempts and conspiracies to violate § 1591 is open, and for conduct before "
            "27 July 2006 the earlier period (§ 3282(a): five years) and Stogner decide"
        ),
    ),
    "usc_1589": Limitation(
        "18 U.S.C. § 3298",
        S_3298,
        S,
        10,
        open_point=OPEN_3298.format(sections="§ 1589"),
        section="§ 1589",
        open_template=OPEN_3298,
    ),
    "usc_1590": Limitation(
        "18 U.S.C. § 3298",
        S_3298,
        S,
        10,
        open_point=OPEN_3298.format(sections="§ 1590"),
        section="§ 1590",
        open_template=OPEN_3298,
    ),
}

CHILD_3283 = Limitation(
    "18 U.S.C. § 3283",
    S_3283,
    S,
    None,
    open_point=(
        "whether § 3283 (an offense 'involving the sexual or physical abuse, or kidnaping, of a "
        "child') reaches a {sections} offense against a child is open (related-law reference "
        "§ 3.3): if it does, the period is the child's life or ten years, whichever is longer"
    ),
)
"""§ 3283, which may reach a §§ 1589, 1590 offense against a victim under 18 at the act (open):
the child's life, or ten years after the offense, whichever is longer. The library knows no
death, so the period is never said to have passed (the conservative reading)."""

CHILD_AGE = 18
"""§ 3283's 'a child under the age of 18 years'."""

EXTENSION = (
    f"Stogner v. California, 539 U.S. 607 (2003) [P]: '{STOGNER}' A period is judged with the law "
    "in force as it runs; a later extension helps only a prosecution not yet barred when it took "
    "effect."
)
WARNING = (
    "A warning, never a finding: the library has neither the charging date nor the facts that "
    "toll a period, and which amendment applies depends on when the period ran."
)

CONSPIRACY_1591 = Limitation(
    "18 U.S.C. § 3282(a)",
    S_3282_A,
    S,
    5,
    section="§ 1591",
    open_point=(
        "whether § 3299 (no limitation for § 1591) reaches it is open (related-law reference § 3.3)"
    ),
)
"""A § 1594(c) conspiracy (to violate § 1591): § 3282(a)'s five years, the conservative
period — whether § 3299 ("any felony under … section 1591") reaches a § 1594 conspiracy is an
open point of the reference (§ 3.3), so no output says there is no limitation period."""

CONSPIRACY_1589_1590 = Limitation(
    "18 U.S.C. § 3298",
    S_3298,
    S,
    10,
    section="§ 1589 or § 1590",
    open_point=ENACTED_3298,
)
"""A § 1594(b) conspiracy (to violate § 1589 or § 1590): § 3298's ten years, its words naming
"conspiracy to commit a non-capital offense" under those sections; its enactment date is open
(:data:`ENACTED_3298`)."""

CONSPIRACY_3298_WORDS = "conspiracy to commit a non-capital offense"
"""§ 3298's own words (verbatim, within :data:`S_3298`) that reach a § 1594(b) conspiracy."""

CONTINUING_OPEN = "whether a continuing conspiracy runs from later conduct is not assessed"
"""No source the library has says when a conspiracy's period starts where the combination
continues: not for § 1594 (federal courts may treat a conspiracy as continuing, its period
running from later conduct: review G of 2026-12-07), and not for § 30-28-2 either (its (A)
[S] makes the offense "knowingly combining", and § 30-1-8 [S] counts "from the time the crime
was committed": neither says whether a combination that goes on starts the period later; review
N3 of session 7). So no conspiracy line says its period can end "never later"."""

CONTINUING_NOT_ASSESSED = "a later start, for a continuing conspiracy, is not assessed"
""":data:`CONTINUING_OPEN` on a conspiracy's limitation line (§ 30-28-2 and § 1594 alike)."""

CONSPIRACY_LATEST = (
    "counted from {act}, by which the agreement, not dated, was made (the latest safe day on the "
    f"stated facts; {CONTINUING_NOT_ASSESSED})"
)
"""Why a conspiracy's last day is the latest safe one on the stated facts: counted from the
first act agreed to (``{act}``), by which the agreement was made; a later start for a
continuing conspiracy is not assessed (:data:`CONTINUING_OPEN`). One source for the § 30-28-2
and § 1594 lines (review N3 of session 7: the § 30-28-2 line said "never later")."""


def mark(end: date, today: date | None, *, said: bool = False) -> str:
    """What a limitation line says after a period's last day ``end`` on the day of the
    assessment ``today``: `` (passed)`` before it (``""`` where ``said``: the law's line says
    so already), `` (the last day is today)`` on it, ``""`` after it or with no ``today``. Every
    limitation line (counts, accessories, attempts, conspiracies) says it so (review N8 of
    session 7: the attempt and conspiracy lines said nothing on the last day)."""
    if today is None:
        return ""
    if end < today:
        return "" if said else " (passed)"
    return " (the last day is today)" if end == today else ""


STOGNER_NOT_BARRED = "Stogner does not bar it: the five years had not run when it took effect"
"""§ 3299 (27 July 2006) applied to an act whose § 3282(a) five years had not run that day: an
extension of an unexpired period (``related-law-2026-12.md`` § 3.4 [P]: "a later extension
helps only a prosecution not yet barred when it took effect"); whether § 3299 reaches such an
act stays open (the Act's own words were NOT read)."""

STOGNER_BARRED = "§ 3299 came after they had run and does not revive them (Stogner [P])"
"""§ 3299 against an act whose § 3282(a) five years had run before 27 July 2006 (Stogner
syllabus [P]: a law "applied to revive a previously time-barred prosecution" violates the Ex
Post Facto Clause)."""


def ran_before(end: date, start: date) -> bool:
    """A period ending on ``end`` had run before a rule applying from ``start`` took effect
    (its last day before that day)."""
    return end < start
