"""Notes a finding carries: subsections B, D and E, Carson, Jackson, and open points.

Each quotes only verified text (``statute`` package) or labels what is unverified."""

from __future__ import annotations

from nm_trafficking.facts.conduct import Act
from nm_trafficking.facts.pattern import FactPattern
from nm_trafficking.facts.persons import Role
from nm_trafficking.results import Note, SubsectionResult
from nm_trafficking.rules.atoms import ConductRecord
from nm_trafficking.statute.model import StatuteVersion

NON_STATUTORY = {Act.HARBORING, Act.MAINTAINING, Act.PROVIDING, Act.PATRONIZING, Act.ADVERTISING}


_FIXED: dict[tuple[str, str], Note] = {}


def jurisdiction(version: StatuteVersion) -> Note:
    """30-52-1(B), the same for every finding under ``version`` (built once)."""
    note = _FIXED.get((version.id, "B"))
    if note is None:
        p = version.paragraph("30-52-1(B)")
        note = _FIXED[(version.id, "B")] = Note(
            kind="jurisdiction", citation=p.citation, text=f"Who may prosecute: {p.text}"
        )
    return note


def other_offences(version: StatuteVersion) -> Note:
    """30-52-1(D) with the related law, the same for every finding under ``version``."""
    note = _FIXED.get((version.id, "D"))
    if note is None:
        p = version.paragraph("30-52-1(D)")
        listed = "; ".join(version.related_offences)
        note = _FIXED[(version.id, "D")] = Note(
            kind="other_offences",
            citation=p.citation,
            text=f"{p.text} Related law to weigh on the same facts: {listed}.",
        )
    return note


def victim_not_accessory(version: StatuteVersion, defendant: str) -> Note:
    p = version.paragraph("30-52-1(E)")
    return Note(
        kind="victim_not_accessory",
        citation=p.citation,
        text=(
            f"Person {defendant} is also a victim in this fact pattern. {p.text} This bars only "
            "the accessory charge; it is not immunity from being charged as a principal or with "
            "other offences."
        ),
    )


def unit_of_prosecution(met: list[str], acts: int) -> Note:
    what = f"paragraphs {', '.join(met)} are met" if len(met) > 1 else f"{acts} acts meet {met[0]}"
    return Note(
        kind="unit_of_prosecution",
        citation="30-52-1",
        text=(
            f"Several ways of committing the offence against one victim: {what}. State v. "
            "Carson, 460 P.3d 54 (N.M. Ct. App. 2019): the statute sets no unit of prosecution; "
            "two (A)(1) counts for the same victim violated double jeopardy absent sufficiently "
            "distinct conduct. Separate counts need distinct acts (timing, victims, and the "
            "other Carson factors)."
        ),
    )


def knowledge_of_age(believed: list[tuple[str, int]]) -> Note:
    beliefs = ", ".join(f"conduct {cid}: believed age {age}" for cid, age in believed)
    return Note(
        kind="knowledge_of_age",
        citation="30-52-1(A)(2)",
        text=(
            f"The actor's belief about the victim's age is recorded ({beliefs}) and changes "
            "nothing: knowledge of the victim's age is not an element of (A)(2) (State v. "
            "Jackson, 2018-NMCA-066). The victim's actual age at the time of the conduct decides."
        ),
    )


def minor_benefiting_without_knowledge() -> Note:
    return Note(
        kind="no_minor_variant_of_a3",
        citation="30-52-1(A)(3)",
        text=(
            "The victim was under eighteen, but (A)(3) has no minor-only variant: benefiting "
            "from a minor's commercial sexual activity needs knowledge that force, fraud or "
            "coercion was used. Other law may apply (30-52-1(D)), e.g. NMSA § 30-6A-4 and "
            "§ 30-9-4.1."
        ),
    )


def verbs_not_covered(acts: list[str]) -> Note:
    return Note(
        kind="verbs_not_covered",
        citation="30-52-1(A)",
        text=(
            f"Conduct described only as {', '.join(sorted(set(acts)))} is not among the verbs of "
            "the 2008 text (recruiting, soliciting, enticing, transporting, obtaining; "
            "benefiting). Such verbs appear in other law, e.g. 18 U.S.C. § 1591; amendments "
            "proposing to add them to § 30-52-1 were not enacted as far as is known."
        ),
    )


def no_version(records: list[ConductRecord]) -> Note:
    first = records[0].no_version
    assert first is not None
    ids = ", ".join(r.conduct.id for r in records)
    return Note(
        kind="no_version_in_force",
        citation="30-52-1",
        text=(
            f"No version in force for conduct {ids}: {first}. § 30-52-1 does not reach conduct "
            "before it came into force; it was not assessed under a later text."
        ),
    )


def date_unknown(records: list[ConductRecord]) -> Note:
    ids = ", ".join(r.conduct.id for r in records)
    return Note(
        kind="date_unknown",
        citation="30-52-1",
        text=(
            f"The date of conduct {ids} is not stated: the newest known text was applied as an "
            "assumption, the element 'in force' stays undetermined, and an age given as a birth "
            "date cannot be computed. Give the date, or assess with as_of."
        ),
    )


def date_assumed(records: list[ConductRecord]) -> Note:
    assert records[0].day is not None
    ids = ", ".join(r.conduct.id for r in records)
    return Note(
        kind="date_assumed",
        citation=None,
        text=(
            f"The date of conduct {ids} is not stated; {records[0].day.isoformat()} was assumed "
            "as the caller asked (as_of)."
        ),
    )


def is_victim(pattern: FactPattern, person_id: str, victims: set[str]) -> bool:
    person = pattern.person(person_id)
    return Role.VICTIM in person.roles or person_id in victims


def unverified(version: StatuteVersion) -> list[Note]:
    return [Note(kind="unverified", citation=None, text=t) for t in version.unverified]


def subsection_remaining(sub: SubsectionResult) -> list[str]:
    out: list[str] = []
    for cr in sub.conduct_results:
        if cr.status != "undetermined":
            continue
        for e in cr.elements:
            if e.status == "undetermined":
                line = f"{sub.citation}, conduct {cr.conduct}: {e.label} — {e.reason}"
                if e.evidence:
                    line += (
                        f" (observed indicators evidence it: {len(e.evidence)}; establish the "
                        "actor's intent or knowledge)"
                    )
                out.append(line)
    return out
