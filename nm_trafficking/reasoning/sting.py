"""The attempt a sting leaves (NMSA 1978, § 30-28-1 [S]): the actor believed a minor, the
person was not one, and nothing else of the minor offense fails, so no completed offense, but
an attempt graded one step down from the grade of the believed age. One function, so that the
attempt note and the summary's line under the pair say the same grade.

"The person was not one" is the minor element stated NOT MET (the person in fact eighteen or
older). Where the person's age is still open (a range across eighteen, or not known) the attempt
is only the alternative to the completed offense: § 30-28-1 needs an act "tending but failing
to effect its commission", so if the person was under eighteen the completed offense against a
minor was committed and there is no attempt (review B of session 9, findings 1 and 9).
Either way the attempt's own elements (an overt act with the intent to commit the felony) are
not stated by the facts: the attempt is never given as established (finding 2)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from nm_trafficking.reasoning.verdicts import MET, NOT_MET, UNDETERMINED, ActVerdict
from nm_trafficking.statute.model import Grade, StatuteVersion
from nm_trafficking.statute.related import inchoate


@dataclass(frozen=True, slots=True)
class StingAttempt:
    """The attempt one act leaves: graded from the believed age."""

    verdict: ActVerdict[StatuteVersion]
    believed: int
    """The age the actor believed the person to be."""
    completed: Grade
    """The grade of the completed offense at the believed age."""
    completed_citation: str
    """The paragraph of § 30-52-1(C) that gives it."""
    grade: str
    """The attempt's grade (its id)."""
    citation: str
    """The paragraph of § 30-28-1 that gives it."""
    paragraph: int
    """The minor offense's paragraph (its index in the text)."""
    open: tuple[int, ...]
    """The minor offense's elements (indexes) other than the age that are still undetermined:
    the intent the attempt needs rests on them."""
    age_open: bool = False
    """The minor element is undetermined (the person's age a range across eighteen, or not
    known), not stated NOT MET: the attempt exists only if the person was eighteen or older;
    if under eighteen, the completed offense was committed instead."""

    @property
    def minor_stated(self) -> bool:
        """Every element of the minor offense but the age is met: what the attempt's intent
        rests on is stated (a crime conspired to is then graded from the believed age)."""
        return not self.open

    @property
    def established(self) -> bool:
        """Never: the attempt's own elements, "an overt act in furtherance of and with intent to
        commit a felony and tending but failing to effect its commission" (§ 30-28-1 [S];
        ``inchoate.ATTEMPT_NEEDS``), are for the factfinder and no fact states them, so the
        attempt is said "if established" (the conservative reading, as a conspiracy whose
        combination is not stated); where the age is open, it is also only the alternative to
        the completed offense (:attr:`age_open`)."""
        return False

    @property
    def open_briefs(self) -> list[str]:
        """The open elements in a few words each (the statute's element labels)."""
        paragraph = self.verdict.ctx.version.offences[self.paragraph]
        return [paragraph.elements[e].label for e in self.open]

    @property
    def name(self) -> str:
        """The attempt's grade by its name (``second degree felony``)."""
        return inchoate.GRADE_NAMES[self.grade]


def attempts(acts: Sequence[ActVerdict[StatuteVersion]]) -> list[StingAttempt]:
    """Each act that is a sting (the person eighteen or older), or may be one (the person's
    age open: :attr:`StingAttempt.age_open`), with its attempt's grade, in the order of the
    acts."""
    from nm_trafficking.reasoning.notes import _minor_element, believed_minor_age_open
    from nm_trafficking.reasoning.related_notes import _sting

    out: list[StingAttempt] = []
    for v in acts:
        believed = _sting(v)
        age_open = believed is None and believed_minor_age_open(v)
        if age_open:
            believed = v.ctx.conduct.believed_age
        if believed is None:
            continue
        completed, cited = v.ctx.version.grading.grade_for_age(believed)
        grade, citation = inchoate.ATTEMPT_GRADE[completed.id]
        found = _minor_element(v)
        assert found is not None  # a sting has a minor offense
        p, age = found
        open_ = tuple(
            e for e, status in enumerate(v.elements[p]) if e != age and status == UNDETERMINED
        )
        out.append(StingAttempt(v, believed, completed, cited, grade, citation, p, open_, age_open))
    return out


def belief_open(acts: Sequence[ActVerdict[StatuteVersion]]) -> list[ActVerdict[StatuteVersion]]:
    """Each act that does not meet the law, toward a person who was not a minor (the age
    known), whose minor offense meets every element but the age, and whose believed age is not
    recorded: what the actor believed is then all an attempt turns on (NMSA 1978, § 30-28-1
    [S]; related law § 2.3, a reading), so it is what is missing. Where another element of the
    minor offense is open, or the act meets the law, nothing is asked (the conservative
    reading: the question is not put for every adult). In the order of the acts."""
    from nm_trafficking.reasoning.notes import _minor_element

    out: list[ActVerdict[StatuteVersion]] = []
    for v in acts:
        if v.status == MET or v.ctx.conduct.believed_age is not None or v.ctx.age is None:
            continue
        found = _minor_element(v)
        if found is None:
            continue
        p, age = found
        statuses = v.elements[p]
        if statuses[age] == NOT_MET and all(s == MET for e, s in enumerate(statuses) if e != age):
            out.append(v)  # (a minor, or an age still open: the age is asked, not the belief)
    return out
