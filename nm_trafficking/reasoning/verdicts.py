"""Three-valued verdicts from the rules that fired (no negation inside the engine).

element   = met if an "established" rule fired; not met if a "defeated" rule fired (an explicit
            negative fact) and none established; undetermined otherwise — absence of evidence
            stays undetermined.
paragraph = Kleene conjunction of its elements: not met if any element is not met, met if all
            are met, undetermined otherwise.
act       = Kleene disjunction of the paragraphs (a count is met if any paragraph is met).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from nm_trafficking.errors import EngineError
from nm_trafficking.reasoning.acts import ActContext
from nm_trafficking.results import Status
from nm_trafficking.rules.compile import ESTABLISHED, RuleKey
from nm_trafficking.statute.model import TextVersion

V = TypeVar("V", bound=TextVersion)

MET: Status = "met"
NOT_MET: Status = "not_met"
UNDETERMINED: Status = "undetermined"


def all_of(row: tuple[Status, ...]) -> Status:
    if NOT_MET in row:
        return NOT_MET
    return UNDETERMINED if UNDETERMINED in row else MET


def any_of(row: tuple[Status, ...]) -> Status:
    if MET in row:
        return MET
    return UNDETERMINED if UNDETERMINED in row else NOT_MET


def _spans(version: TextVersion) -> tuple[int, tuple[tuple[int, int], ...]]:
    """(number of elements, (start, end) of each paragraph's elements) in the flat numbering
    of ``rules.compile.RuleKey.flat``."""

    def make() -> tuple[int, tuple[tuple[int, int], ...]]:
        spans, start = [], 0
        for paragraph in version.offences:
            spans.append((start, start + len(paragraph.elements)))
            start += len(paragraph.elements)
        return start, tuple(spans)

    return version.derive("element_spans", make)


@dataclass(slots=True)
class ActVerdict(Generic[V]):
    """What the rules decided for one act: every element of every paragraph of its version."""

    ctx: ActContext[V]
    fired: Sequence[tuple[RuleKey, ...]]
    """The rules that fired for this act (what each decides)."""
    elements: tuple[tuple[Status, ...], ...]
    """Per paragraph (in the version's order), each element's status."""
    paragraphs: tuple[Status, ...]
    status: Status
    under: tuple[ActVerdict[V], ...] = field(default=(), repr=False)
    """For an undated act that may fall under several texts: its verdict under each
    (``reasoning.undated``), oldest first; this verdict combines them."""
    explaining: Any = field(default=None, repr=False, compare=False)
    """What ``reasoning.explain`` works out once for this act and reuses (the alternatives that
    matched, the words its reasons name, each element's reason): made on the first explanation
    and kept with the verdict, so it lasts exactly as long as the assessment holding it."""
    graded: Any = field(default=None, init=False, repr=False, compare=False)
    """The grades the act may carry and the rule that decides among them
    (``grading.grade_act``), worked out on first use and kept with the verdict: the finding,
    the limitation note and the summary's line each read them. Statute data only, so nothing
    kept here refers back to the verdict; a verdict made anew starts without it."""
    order: Any = field(default=None, init=False, repr=False, compare=False)
    """The act's place whatever the file's order (``side_by_side.act_order``), worked out on
    first use: read wherever an act speaks for the pair (each paragraph, the grade)."""

    def alternatives(self, paragraph: int, element: int) -> tuple[int, ...]:
        """The alternatives of the element that matched (established or defeated)."""
        found: list[int] = []
        for keys in self.fired:
            for key in keys:
                if (
                    key.paragraph == paragraph
                    and key.element_index == element
                    and key.alternative not in found
                ):
                    found.append(key.alternative)
        return tuple(sorted(found))


def act_verdict(ctx: ActContext[V], fired: Sequence[tuple[RuleKey, ...]]) -> ActVerdict[V]:
    """The verdict of one act from the rules that fired for it."""
    elements, paragraphs = statuses(ctx.version, fired)
    return ActVerdict(ctx, fired, elements, paragraphs, any_of(paragraphs))


def statuses(
    version: TextVersion, fired: Sequence[tuple[RuleKey, ...]]
) -> tuple[tuple[tuple[Status, ...], ...], tuple[Status, ...]]:
    """Each element's status per paragraph, and each paragraph's status, from the rules that
    fired for one act under ``version``."""
    size, spans = _spans(version)
    flat: list[Status] = [UNDETERMINED] * size
    for keys in fired:
        for key in keys:
            outcome = MET if key.outcome == ESTABLISHED else NOT_MET
            current = flat[key.flat]
            if current is UNDETERMINED:
                flat[key.flat] = outcome
            elif current is not outcome:
                raise EngineError(f"element {key.element} both established and defeated")
    elements = tuple([tuple(flat[a:b]) for a, b in spans])
    return elements, tuple(map(all_of, elements))
