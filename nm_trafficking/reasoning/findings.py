"""Per defendant and victim: every paragraph over all acts, every act as a count, the grade
summary, what remains to be established, and notes."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Any

from nm_trafficking.facts.pattern import FactPattern
from nm_trafficking.reasoning import explain, notes, side_by_side
from nm_trafficking.reasoning.counts import count
from nm_trafficking.reasoning.grading import Graded, grade_act, summarise
from nm_trafficking.reasoning.jurisdictions import law_finding
from nm_trafficking.reasoning.verdicts import MET, NOT_MET, UNDETERMINED, ActVerdict, any_of
from nm_trafficking.results import (
    Count,
    ElementResult,
    Finding,
    LawFinding,
    Note,
    Status,
    SubsectionResult,
)
from nm_trafficking.statute.model import Law, OffenceParagraph, StatuteVersion, TextVersion


def _subsections(
    paragraphs: Sequence[OffenceParagraph],
    per: dict[str, dict[str, Status]],
    acts: Sequence[ActVerdict[StatuteVersion]],
    evidence: Sequence[str],
) -> dict[str, SubsectionResult]:
    """Each paragraph over all acts: met if any act meets it, undetermined if any may.
    ``per``: each paragraph's status for each act that falls under a text having it, by the
    act's id, in the acts' order."""
    out: dict[str, SubsectionResult] = {}
    explained = partial(_explained, evidence=evidence)
    several = len(acts) > 1
    for paragraph in paragraphs:
        citation = paragraph.citation
        statuses = per[citation]
        index: int | None = None
        if not several:  # a pair's only act decides whatever the status
            if statuses:
                (status,) = statuses.values()
                index = 0
            else:
                status = NOT_MET
        else:
            status = any_of(tuple(statuses.values()))
            # not the file's first act: one rule for every status (review O3, review P F4)
            for i, v in enumerate(acts):
                if statuses.get(v.ctx.conduct.id) == status:
                    index = side_by_side.deciding(acts, citation, status)
                    if index is None:
                        index = i
                    break
        if index is not None:  # the text of the version the deciding act falls under
            paragraph = acts[index].ctx.version.offence(citation)
        # fields by position: a class called with keywords goes through a dict of them
        out[citation] = SubsectionResult(
            citation,
            paragraph.title,
            paragraph.text,
            status,
            acts[index].ctx.conduct.id if index is not None else None,  # conduct
            statuses,  # counts
            explain.deciding_explainer(citation, status, acts, index, explained),  # _explain
        )
    return out


def _explained(verdict: ActVerdict[Any], p: int, *, evidence: Sequence[str]) -> list[ElementResult]:
    return explain.paragraph_elements(verdict, p, evidence)


def finding(
    pattern: FactPattern,
    defendant: str,
    victim: str,
    acts: Sequence[ActVerdict[StatuteVersion]],
    paragraphs: Sequence[OffenceParagraph],
    evidence: Sequence[str],
    victims: dict[str, Status],
    *,
    federal: Sequence[tuple[Law, Sequence[ActVerdict[TextVersion]]]] = (),
    state: Law | None = None,
    toward_victim: Sequence[ActVerdict[StatuteVersion]] | None = None,
    every_act: Sequence[ActVerdict[StatuteVersion]] | None = None,
) -> Finding:
    """The finding of one defendant toward one victim over ``acts`` (their acts, in order).

    ``paragraphs``: every offense paragraph to report (of every version involved), in order;
    ``victims``: every person who is the victim in a finding that is met or open (subsection E);
    ``federal``: each federal law to assess with the same acts' verdicts under it; ``state``:
    § 30-52-1 as a law, when its line leads the side-by-side summary (None: it was not asked
    for, and the summary has the federal lines only); ``toward_victim``: every act toward the
    victim by any defendant (what belongs to the person, such as a plain age); ``every_act``:
    every act of the assessment (what an act shares with others, such as an agreement)."""
    # one pass over the acts: each one's grade, count and paragraph statuses
    graded: list[Graded] = []
    counts: list[Count] = []
    ids: list[str] = []
    per: dict[str, dict[str, Status]] = {p.citation: {} for p in paragraphs}
    for v in acts:
        g = grade_act(v)
        graded.append(g)
        counts.append(count(g, evidence))
        conduct = v.ctx.conduct.id
        ids.append(conduct)
        for citation, paragraph_status in zip(v.ctx.version.citations, v.paragraphs, strict=True):
            per[citation][conduct] = paragraph_status
    subsections = _subsections(paragraphs, per, acts, evidence)
    status = any_of(tuple([s.status for s in subsections.values()]))

    made: list[Note | None] = []

    def plain_age_note() -> Note | None:  # read by the grade words and the notes: made once
        if not made:
            made.append(notes.plain_age_at_every_act(pattern, toward_victim or acts))
        return made[0]

    def plain_age() -> str | None:
        if plain_age_note() is None:
            return None
        age = pattern.person(victim).age
        return (
            f"read with person {victim}'s plain age {age} as the age at one of the acts, which "
            "one not stated (see the note)"
        )

    summary = summarise(graded, plain_age)
    jurisdictions: dict[str, LawFinding] = (
        {law.id: law_finding(law, law_acts, evidence) for law, law_acts in federal}
        if federal
        else {}
    )

    notes_made: list[list[Note]] = []

    def pair_notes() -> list[Note]:  # read by the summary and the explanation: made once
        if not notes_made:
            notes_made.append(
                notes.finding_notes(
                    pattern, defendant, acts, status, victims, plain_age_note(), every_act
                )
            )
        return notes_made[0]

    def build() -> dict[str, object]:
        remaining = (
            [line for s in subsections.values() for line in s.remaining]
            if status == UNDETERMINED
            else []
        )
        lines: list[str] = []
        if state is not None:
            lines.append(side_by_side.nm_line(pattern, status, subsections, summary, acts, state))
        for law, law_acts in federal:
            lines += side_by_side.law_lines(law, jurisdictions[law.id], law_acts)
        return {
            "remaining": remaining,
            "notes": pair_notes(),
            "side_by_side": lines,
        }

    # fields by position, named in the comments (as in _subsections)
    return Finding(
        defendant,
        victim,
        status,
        ids,  # conduct
        subsections,
        counts,
        summary.grade,  # grade
        summary.floor,  # grade_floor
        summary.possible,  # grade_possible
        summary,  # grade_detail
        jurisdictions,
        build,  # _explain
        pair_notes,  # _notes
    )


def open_victims(
    pairs: dict[tuple[str, str], list[ActVerdict[StatuteVersion]]],
) -> dict[str, Status]:
    """Every person who is the victim of acts that meet (``met``) or may meet
    (``undetermined``) a paragraph, with the strongest of those statuses."""
    out: dict[str, Status] = {}
    for (_, victim), acts in pairs.items():
        for v in acts:
            if v.status == MET or (v.status != NOT_MET and victim not in out):
                out[victim] = v.status
    return out
