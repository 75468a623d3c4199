"""30-52-1(C): the grade each act carries, and the grade of a defendant and victim as charging
would see it.

Each act is a potential count (State v. Carson) graded by its own version's rule and the
victim's age at that act. For the pair:

* ``floor``: the most serious grade an act that *meets* a paragraph certainly carries;
* ``possible``: every grade, at least as serious as the floor, that an act which meets or may
  meet a paragraph could carry;
* ``grade``: set only when nothing more serious than the floor remains possible from any act —
  an open act (undetermined, or of uncertain age) keeps the grade undetermined.

Everything about grades (their names, order and age bands) comes from the statute version.
A paragraph may carry its own grade rule (``OffenceParagraph.grading``; by default the text's
subsection C): an act's grades are those of the paragraphs it meets or may meet, at least as
serious as the most serious grade a met paragraph certainly carries.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import cast

from nm_trafficking import words as wording
from nm_trafficking.reasoning import side_by_side
from nm_trafficking.reasoning.ages import AgeRange
from nm_trafficking.reasoning.naming import named
from nm_trafficking.reasoning.verdicts import MET, NOT_MET, UNDETERMINED, ActVerdict
from nm_trafficking.results import CountGrade, GradeSummary, OpenGrade, Status
from nm_trafficking.statute.model import Grade, Grading, StatuteVersion

MAX_OPEN_LISTED = 6
"""How many open possibilities the summary names in words (the rest are counted)."""


@dataclass(slots=True)
class Graded:
    """An act with the grades it may carry (empty when it meets no paragraph)."""

    verdict: ActVerdict[StatuteVersion]
    grades: tuple[Grade, ...]
    """The grades the victim's age at the act allows, least serious first."""
    result: CountGrade
    grading: Grading | None = None
    """The grade rule that decides the act's grade (the act's version's subsection C unless the
    paragraph it meets carries its own); ``None`` when the act meets no paragraph."""


def _age_words(verdict: ActVerdict[StatuteVersion]) -> str:
    age = verdict.ctx.age
    return age.text() if age is not None else "not known"


def _grades_of(grading: Grading, age: AgeRange | None) -> tuple[Grade, ...]:
    return grading.grades_for_ages(age.lo, age.hi) if age is not None else grading.grades


def _rules_of(verdict: ActVerdict[StatuteVersion]) -> list[tuple[Grading, Status]]:
    """The grade rule of each paragraph the act meets or may meet, with its status."""
    return [
        (grading, status)
        for grading, status in zip(_gradings(verdict.ctx.version), verdict.paragraphs, strict=True)
        if status != NOT_MET
    ]


def _gradings(version: StatuteVersion) -> tuple[Grading, ...]:
    """The grade rule of each offense paragraph of ``version``, in order (once per text)."""
    found: tuple[Grading, ...] | None = version.derived.get("paragraph_gradings")
    if found is None:
        found = version.derive(
            "paragraph_gradings", lambda: tuple(version.grading_of(p) for p in version.offences)
        )
    return found


def decided(grading: Grading, age: AgeRange | None) -> tuple[Grade, str, str]:
    """The grade, its citation and why, for an act whose grade is decided under ``grading``
    (by the victim's age, or alike for every victim)."""
    if age is None or not grading.bands:
        return grading.default, grading.citation, "the grade of every victim"
    return grading.band_for_age(age.lo)


def _not_applicable() -> dict[str, str]:
    return {"reason": "the act meets no paragraph of 30-52-1(A)"}


def grade_act(verdict: ActVerdict[StatuteVersion]) -> Graded:
    """The grade one act carries (or may carry) under the grade rules of the paragraphs it
    meets or may meet. The finding, the limitation note and the summary's line each ask: what
    the grades are and which rule decides is worked out once per verdict
    (:func:`_grades_and_rule`)."""
    status = verdict.status
    if status == NOT_MET:
        # fields by position: a class called with keywords goes through a dict of them
        return Graded(
            verdict, (), CountGrade("not_applicable", None, [], None, _not_applicable), None
        )
    if verdict.under:
        return _graded_under(verdict)
    age = verdict.ctx.age
    grades, grading = _grades_and_rule(verdict)
    if status == MET and len(grades) == 1:
        rule = grading
        # decided()'s grade and citation; its reason is worded only when read
        grade, citation = (
            rule.grade_for_age(age.lo) if age is not None else (rule.default, rule.citation)
        )

        def determined() -> dict[str, str]:
            why = decided(rule, age)[2]
            return {"reason": f"{why} at the time of the act (age {_age_words(verdict)})"}

        return Graded(
            verdict,
            grades,
            CountGrade("determined", grade.id, [grade.id], citation, determined),  # (_explain)
            grading,
        )

    def reason() -> dict[str, str]:
        names = " or ".join(g.name for g in grades)
        if verdict.status == UNDETERMINED:
            why = f"the act may meet a paragraph; if it does, {names}"
        else:
            why = f"the act meets a paragraph; {names}"
        if age is None:
            return {"reason": f"{why} (the victim's age at the act is not known)"}
        return {"reason": f"{why} (the victim's age at the act: {age.text()})"}

    return Graded(
        verdict,
        grades,
        CountGrade("undetermined", None, [g.id for g in grades], grading.citation, reason),
        grading,
    )


def act_grades(verdict: ActVerdict[StatuteVersion]) -> tuple[Grade, ...]:
    """The grades the act may carry, least serious first (empty when it meets no paragraph):
    :func:`grade_act`'s, without making the count's grade (what the limitation periods read)."""
    if verdict.status == NOT_MET:
        return ()
    if verdict.under:
        return _graded_under(verdict).grades
    return _grades_and_rule(verdict)[0]


def _grades_and_rule(verdict: ActVerdict[StatuteVersion]) -> tuple[tuple[Grade, ...], Grading]:
    """The grades a dated act that meets or may meet a paragraph may carry, least serious
    first, and the grade rule that decides among them. Kept on the verdict
    (``ActVerdict.graded``) once worked out: statute data alone, which refers to nothing of the
    assessment, so keeping it makes no reference cycle and the assessment is freed as soon as
    it is dropped."""
    kept = verdict.graded
    if kept is not None:
        return cast(tuple[tuple[Grade, ...], Grading], kept)
    age = verdict.ctx.age
    # the grade rule of the paragraphs met or open; most often one rule for all of them
    grading: Grading | None = None
    several = False
    for rule, status in zip(_gradings(verdict.ctx.version), verdict.paragraphs, strict=True):
        if status != NOT_MET:
            if grading is None:
                grading = rule
            elif rule is not grading:
                several = True
                break
    if grading is None:
        raise IndexError("the act meets or may meet no paragraph")  # as rules[0] did
    if several:
        rules = _rules_of(verdict)
        floor = max(
            (_grades_of(r, age)[0] for r, s in rules if s == MET),
            key=lambda g: g.severity,
            default=None,
        )
        found = {g for r, _ in rules for g in _grades_of(r, age)}
        grades = tuple(
            sorted(
                (g for g in found if floor is None or g.severity >= floor.severity),
                key=lambda g: g.severity,
            )
        )
        # The rule that decides: the one whose grades turn on the victim's age when several
        # grades remain (its bands say how), else the one that gives the floor.
        banded = [r for r, _ in rules if len(_grades_of(r, age)) > 1]
        grading = (
            banded[0]
            if len(grades) > 1 and banded
            else next(
                (r for r, s in rules if s == MET and floor in _grades_of(r, age)),
                next(r for r, _ in rules if grades[-1] in _grades_of(r, age)),
            )
        )
    else:
        grades = _grades_of(grading, age)
    verdict.graded = (grades, grading)
    return grades, grading


def _graded_under(verdict: ActVerdict[StatuteVersion]) -> Graded:
    """An undated act judged under several texts (``reasoning.undated``): the grades it may
    carry under any of them; a grade is certain only when every text gives it."""
    each = [grade_act(u) for u in verdict.under]
    open_ = [g for g in each if g.grades]
    floor = (
        min((g.grades[0] for g in open_), key=lambda g: g.severity)
        if verdict.status == MET
        else None
    )
    grades = tuple(
        sorted(
            {x for g in open_ for x in g.grades if floor is None or x.severity >= floor.severity},
            key=lambda g: g.severity,
        )
    )
    newest = open_[-1]
    if verdict.status == MET and len(grades) == 1 and newest.result.status == "determined":
        return Graded(verdict, grades, newest.result, newest.grading)
    age = verdict.ctx.age

    def reason() -> dict[str, str]:
        names = " or ".join(g.name for g in grades)
        texts = " or ".join(g.verdict.ctx.version.citation for g in open_)
        lead = "meets" if verdict.status == MET else "may meet"
        why = f"the date is not stated: the act {lead} a paragraph of {texts}; if it does, {names}"
        if age is None:
            return {"reason": f"{why} (the victim's age at the act is not known)"}
        return {"reason": f"{why} (the victim's age at the act: {age.text()})"}

    return Graded(
        verdict,
        grades,
        CountGrade(
            "undetermined",
            None,
            [g.id for g in grades],
            _grading(newest).citation,
            _explain=reason,
        ),
        newest.grading,
    )


def _grading(item: Graded) -> Grading:
    """The grade rule deciding ``item``'s grade."""
    return item.grading if item.grading is not None else item.verdict.ctx.version.grading


def _condition_of(item: Graded, grade: Grade) -> str:
    """The age at which ``item``'s act carries ``grade``, in words; for an undated act judged
    under several texts whose ages differ, each text's, named."""
    if not item.verdict.under:
        return _condition(_grading(item), grade)
    found: dict[str, list[str]] = {}
    for u in item.verdict.under:
        graded = grade_act(u)
        if grade in graded.grades:
            found.setdefault(_condition(_grading(graded), grade), []).append(u.ctx.version.citation)
    if len(found) <= 1:
        return next(iter(found), _condition(_grading(item), grade))
    return " or ".join(f"{words} ({', '.join(cites)})" for words, cites in found.items())


def _condition(grading: Grading, grade: Grade) -> str:
    """The age at which ``grade`` applies under ``grading``, in words."""
    band = next((b for b in grading.bands if b.grade == grade), None)
    if band is not None:
        return f"under {band.under_age}"
    top = max((b.under_age for b in grading.bands), default=0)
    return f"{top} or older"


def _act_words(verdict: ActVerdict[StatuteVersion]) -> str:
    """The act by its verb and date in words (``the recruiting of 10 March 2018``)."""
    return named(verdict.ctx)


def _paths(v: ActVerdict[StatuteVersion]) -> str:
    """The shortest way(s) to establish an open act: the open paragraph(s) missing fewest
    elements, with those elements."""
    paths: list[tuple[int, str]] = []
    for p, status in enumerate(v.paragraphs):
        if status != UNDETERMINED:
            continue
        paragraph = v.ctx.version.offences[p]
        labels = [
            paragraph.elements[e].label for e, s in enumerate(v.elements[p]) if s == UNDETERMINED
        ]
        paths.append((len(labels), f"{paragraph.citation}: " + ", ".join(labels)))
    fewest = min(n for n, _ in paths)
    return " or ".join(text for n, text in paths if n == fewest)


def _leap_day(v: ActVerdict[StatuteVersion]) -> str:
    age = v.ctx.age
    if age is None or not age.leap_day_open:
        return ""
    w = v.ctx.birth
    if w is not None and w.earliest == w.latest:  # born on 29 February: the point alone
        return (
            f" (person {v.ctx.conduct.person}'s age at the act, {age.text()}, turns on the open "
            "29 February point: a question of law, not missing evidence)"
        )
    return (
        f" (person {v.ctx.conduct.person}'s age at the act, {age.text()}, turns on the birth "
        "date, and for a birth on 29 February on the open 29 February point, a question of law)"
    )


def _needs(item: Graded, grade: Grade) -> list[str]:
    """What would have to be established for this act to carry ``grade``."""
    v = item.verdict
    ctx = v.ctx
    needs: list[str] = []
    if v.status == UNDETERMINED:
        needs.append(_paths(v))
    if len(item.grades) > 1:
        needs.append(
            f"person {ctx.conduct.person} was {_condition_of(item, grade)} at the time"
            + _leap_day(v)
        )
    return needs


def _open(items: Sequence[Graded], floor: Grade | None) -> list[OpenGrade]:
    out: list[OpenGrade] = []
    above = [
        g
        for g in sorted({g for i in items for g in i.grades}, key=lambda g: -g.severity)
        if floor is None or g.severity > floor.severity
    ]
    for grade in above:
        for item in items:
            if grade not in item.grades:
                continue
            needs = _needs(item, grade)
            condition = " and ".join(needs) if needs else "nothing more"
            if item.verdict.status == UNDETERMINED:
                text = f"{grade.name} if {_act_words(item.verdict)} is established ({condition})"
            else:
                text = f"{grade.name} if, at {_act_words(item.verdict)}, {condition}"
            out.append(OpenGrade(grade.id, item.verdict.ctx.conduct.id, needs, text))
    return out


def _sentences(items: Sequence[Graded], floor: Grade | None) -> list[str]:
    """The open possibilities in words, one sentence per act, most serious first: what the act
    needs is said once, then how the victim's age at it decides among its grades."""
    out: list[tuple[int, str]] = []
    for item in items:
        v = item.verdict
        grades = [g for g in reversed(item.grades) if floor is None or g.severity > floor.severity]
        if not grades:
            continue
        names = (
            grades[0].name
            if len(grades) == 1
            else ", ".join(g.short for g in grades[:-1]) + f" or {grades[-1].name}"
        )
        person = v.ctx.conduct.person
        by_age = ""
        if len(item.grades) > 1:
            ages = ", ".join(f"{g.short} degree if {_condition_of(item, g)}" for g in grades)
            by_age = (
                f"person {person} was {_condition_of(item, grades[0])} at the time"
                if len(grades) == 1
                else f"by person {person}'s age at the time: {ages}"
            ) + _leap_day(v)
        if v.status == UNDETERMINED:
            text = f"{names} if {_act_words(v)} is established ({_paths(v)})"
            if by_age:
                text += f" and {by_age}" if len(grades) == 1 else f", {by_age}"
        else:
            text = f"{names} if, at {_act_words(v)}, {by_age}"
        if v.ctx.age is not None and not by_age:
            # Each act's own age (the summary's is the deciding act's, perhaps another one);
            # where the age leaves several grades open, by_age has said how it decides.
            text += f" (person {person}'s age at it: {v.ctx.age.text()})"
        out.append((grades[0].severity, text))
    out.sort(key=lambda t: -t[0])
    return [text for _, text in out]


def _listed(sentences: Sequence[str]) -> str:
    texts = list(sentences[:MAX_OPEN_LISTED])
    if len(sentences) > MAX_OPEN_LISTED:
        texts.append(f"and {len(sentences) - MAX_OPEN_LISTED:,} more acts")
    return "; ".join(texts)


def summarise(
    graded: Sequence[Graded], caveat: Callable[[], str | None] | None = None
) -> GradeSummary:
    """The grade summary of a defendant and victim over all their acts. ``caveat``: what the
    words must add when a grade is given (e.g. that a plain age was read at every act), asked
    only when the words are built."""
    # by date, not the file's order: the open grades are said act by act (review P F4, F6)
    candidates = [g for g in graded if g.grades]
    if len(candidates) > 1:
        candidates.sort(key=lambda g: side_by_side.act_order(g.verdict))
    if not candidates:
        return GradeSummary(
            "not_applicable",
            None,
            None,
            [],
            None,
            _explain=lambda: {
                "citation": None,
                "victim_age": None,
                "reason": "no paragraph of 30-52-1(A) is met or open, so no grade applies",
                "words": "no grade: no paragraph of 30-52-1(A) is met or open",
                "open": [],
            },
        )
    # the act the grade is said at: the most serious floor, then the earliest act (by date and
    # verb), never the file's first (review P F4)
    met = [item for item in candidates if item.verdict.status == MET]
    floor_item = (
        met[0]
        if len(met) == 1
        else min(
            met,
            key=lambda item: (-item.grades[0].severity, *side_by_side.act_order(item.verdict)),
            default=None,
        )
    )
    floor = floor_item.grades[0] if floor_item is not None else None
    by_severity: dict[int, Grade] = {}
    for item in candidates:
        for g in item.grades:
            if floor is None or g.severity >= floor.severity:
                by_severity[g.severity] = g
    possible = [by_severity[k] for k in sorted(by_severity)]
    determined = floor is not None and possible[-1].severity == floor.severity
    focus = floor_item or candidates[0]  # the earliest (by date and verb)

    def explain() -> dict[str, object]:
        open_items = [] if determined else _open(candidates, floor)
        grading = _grading(focus)
        age = focus.verdict.ctx.age
        victim_age = (
            f"{age.text()} at {_act_words(focus.verdict)} "
            f"({wording.dates_in_words(wording.fact_ref_words(age.source))})"
            if age is not None
            else None
        )
        if determined:
            assert floor is not None and floor_item is not None
            _, citation, why = decided(grading, age)
            reason = f"{why} at the time of {_act_words(floor_item.verdict)}"
            if floor_item.verdict.ctx.date_assumed:
                reason += ": the grade rests on the assumed date"
            words = f"{floor.name} ({citation}): {reason}"
        elif floor is not None:
            citation = grading.citation
            reason = (
                f"at least a {floor.name} ({_act_words(focus.verdict)}); a more serious grade "
                "is still possible"
            )
            words = f"at least a {floor.name}; {_listed(_sentences(candidates, floor))}"
        else:
            citation = grading.citation
            reason = "no paragraph is met yet; if one is established the grade would be " + (
                " or ".join(f"a {g.name}" for g in sorted(possible, key=lambda g: -g.severity))
            )
            words = f"no paragraph is met yet: {_listed(_sentences(candidates, None))}"
        said = caveat() if caveat is not None and floor is not None else None
        if said:
            words += f" — {said}"
        return {
            "citation": citation,
            "victim_age": victim_age,
            "reason": reason,
            "words": words,
            "open": open_items,
        }

    return GradeSummary(
        "determined" if determined else "undetermined",
        floor.id if determined and floor is not None else None,
        floor.id if floor is not None else None,
        [g.id for g in possible],
        focus.verdict.ctx.conduct.id,
        explain,  # _explain (by position: a class called with a keyword builds a dict)
    )
