"""The classroom: training cases for a trainer to pick, trainees' answers checked against the
engine with short feedback that names the deciding element, and printable worksheets and
answer keys.

The cases come from one adapter, :func:`cases`, which reads the scenario bank
(``nm_trafficking.training.scenarios()``) today; when training switches to case files only
that function changes. Difficulty is not a field of a scenario: it is derived (see
:func:`difficulty`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from nm_trafficking import statute, words
from nm_trafficking.assessment import Assessment, assess
from nm_trafficking.errors import FieldError, InvalidFactPattern
from nm_trafficking.facts.pattern import FactPattern
from nm_trafficking.results import DISCLAIMER
from nm_trafficking.statute.model import OffenceParagraph
from nm_trafficking.training import scoring
from nm_trafficking.training.scoring import STATUSES, deciding, grade_short
from nm_trafficking.workbench.words import pattern_sentences

__all__ = [
    "DIFFICULTIES",
    "Case",
    "case",
    "cases",
    "check",
    "deciding",
    "difficulty",
    "grade_short",
    "identity",
    "worksheet_html",
]

DIFFICULTIES = ("basic", "intermediate", "advanced")
GRADES = scoring.GRADES
_ADVANCED_TAGS = {"carson", "jackson", "pre2008"}
_INTERMEDIATE_TAGS = {"unknown", "knowingly"}
_INTERMEDIATE_PREFIXES = ("boundary:", "verb:")


@dataclass(frozen=True)
class Case:
    """A training case as the classroom uses it."""

    id: str
    title: str
    story: str
    tags: tuple[str, ...]
    pattern: FactPattern
    teaching_point: str
    assessor: Callable[[], Assessment] | None = field(default=None, compare=False, repr=False)
    """How the training material assesses the case (its own ``as_of`` and day, if any);
    ``None``: :func:`nm_trafficking.assess` of the pattern, today."""

    def assess(self) -> Assessment:
        if self.assessor is not None:
            return self.assessor()
        return assess(self.pattern)

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The paragraphs the case is about: its ``A1``-``A3`` tags and the paragraphs the
        engine finds met, short names, in order."""
        shorts = {p.short for p in statute.offences()}
        found = {t for t in self.tags if t in shorts}
        for f in self.assess().findings:
            for p in statute.offences():
                sub = f.subsections.get(p.citation)
                if sub is not None and sub.status == "met":
                    found.add(p.short)
        return tuple(sorted(found))

    def offences(self) -> tuple[OffenceParagraph, ...]:
        """The paragraphs of the texts the case's acts fall under (by citation, in order)."""
        return scoring.paragraphs(self.assess())

    @property
    def difficulty(self) -> str:
        return difficulty(self)

    def summary(self) -> dict[str, Any]:
        """What a trainer picks from (no answer)."""
        a = self.assess()
        return {
            "id": self.id,
            "title": self.title,
            "tags": list(self.tags),
            "paragraphs": list(self.paragraphs),
            "difficulty": self.difficulty,
            "pairs": [{"defendant": f.defendant, "victim": f.victim} for f in a.findings],
        }

    def for_trainee(self) -> dict[str, Any]:
        """The case as a trainee sees it: the story, the facts in words, the pairs to answer
        for and each paragraph's elements (no answer)."""
        return {
            **self.summary(),
            "story": self.story,
            "facts": pattern_sentences(self.pattern),
            "paragraph_list": [
                {"short": p.short, "citation": p.citation, "title": p.title}
                for p in self.offences()
            ],
            "paragraph_elements": {
                p.citation: [{"element": e.key, "label": e.label} for e in p.elements]
                for p in self.offences()
            },
        }


@cache
def cases() -> tuple[Case, ...]:
    """Every training case. The one adapter over the training material: today the scenario
    bank of ``nm_trafficking.training``."""
    from nm_trafficking.training import scenarios

    return tuple(
        Case(
            id=s.id,
            title=s.title,
            story=s.story,
            tags=tuple(s.tags),
            pattern=s.fact_pattern(),
            teaching_point=s.teaching_point,
            assessor=s.assess,
        )
        for s in scenarios()
    )


def case(case_id: str) -> Case:
    """The case with this id (``KeyError`` if there is none)."""
    for c in cases():
        if c.id == case_id:
            return c
    raise KeyError(case_id)


def difficulty(c: Case) -> str:
    """Derived, as the training material has no difficulty field: ``advanced`` for several
    defendant-victim pairs or acts, or a case-law tag (``carson``, ``jackson``, ``pre2008``);
    ``intermediate`` for an age boundary (``boundary:*``), a verb outside the text
    (``verb:*``), unknown facts (``unknown``) or a question of knowledge (``knowingly``);
    ``basic`` otherwise."""
    pairs = {(x.actor, x.person) for x in c.pattern.conduct}
    if len(pairs) > 1 or len(c.pattern.conduct) > 1 or _ADVANCED_TAGS & set(c.tags):
        return "advanced"
    if _INTERMEDIATE_TAGS & set(c.tags) or any(
        t.startswith(_INTERMEDIATE_PREFIXES) for t in c.tags
    ):
        return "intermediate"
    return "basic"


def check(
    case_id: str,
    answers: dict[str, Any],
    *,
    ask_remaining: bool = True,
    attempt: int = 1,
    trainee: str | None = None,
    session: str | None = None,
) -> dict[str, Any]:
    """Score a trainee's answers for one case: :func:`nm_trafficking.training.scoring.check`,
    the one scoring the terminal quiz uses too (every lost point with its reason)."""
    return scoring.check(
        case(case_id),
        answers,
        ask_remaining=ask_remaining,
        attempt=attempt,
        trainee=trainee,
        session=session,
    )


MAX_NAME = 100
"""The longest trainee name or session id the classroom takes."""
MAX_ATTEMPT = 99


def identity(data: Mapping[str, Any]) -> tuple[int, str | None, str | None]:
    """The attempt number, trainee name and session id of a check request (each optional:
    attempt 1, no name, no session), else :class:`InvalidFactPattern` naming the field."""
    errors: list[FieldError] = []
    attempt = data.get("attempt", 1)
    if isinstance(attempt, bool) or not isinstance(attempt, int) or not 1 <= attempt <= MAX_ATTEMPT:
        errors.append(FieldError("attempt", f"a whole number from 1 to {MAX_ATTEMPT}"))
    names: list[str | None] = []
    for key in ("trainee", "session"):
        value = data.get(key)
        if value is not None and (
            not isinstance(value, str) or len(value) > MAX_NAME or not value.isprintable()
        ):
            errors.append(FieldError(key, f"text of at most {MAX_NAME} printable characters"))
            value = None
        names.append(value.strip() or None if isinstance(value, str) else None)
    if errors:
        raise InvalidFactPattern(errors)
    return attempt, names[0], names[1]


# --- printables ---------------------------------------------------------------------------


def worksheet_html(
    ids: list[str], *, key: bool, trainee: str | None = None, session: str | None = None
) -> str:
    """A printable worksheet (``key=False``) or answer key (``key=True``) for these cases, as
    an HTML fragment (``render/templates/worksheet.html.j2``, every text escaped), with the
    trainee's name and the session id (blank lines to fill in when not given)."""
    from nm_trafficking.render.html import template

    chosen = [case(i) for i in ids]
    shown = []
    for c in chosen:
        a = c.assess()
        pairs = []
        for f in a.findings:
            pairs.append(
                {
                    "defendant": f.defendant,
                    "victim": f.victim,
                    "rows": scoring.key_rows(f, c.offences()),
                    "grade": grade_short(f),
                    "grade_reason": f.grade_detail.reason,
                }
            )
        shown.append(
            {
                "title": c.title,
                "story": c.story,
                "facts": pattern_sentences(c.pattern),
                "pairs": pairs,
                "teaching_point": c.teaching_point,
            }
        )
    return template("worksheet.html.j2").render(
        key=key,
        trainee=trainee,
        session=session,
        cases=shown,
        statuses=STATUSES,
        status_words=words.STATUS_WORDS,
        grades=words.all_grades(),
        disclaimer=DISCLAIMER,
    )
