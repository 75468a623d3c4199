"""Running cases: assess each case's fact pattern, compare what it states with what was found,
and say why where they differ (the deciding element and its reason).

Only what a case states is checked. A case that names a statute version (``statute: "2008"``,
or ``--statute`` for a whole run) is assessed as if that text applied to every act: the named
text with the dates of the first version, so conduct before § 30-52-1 first came into force
stays outside it and every later act is judged under the named text. That is how one case file
shows what an amendment would change.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from nm_trafficking import statute
from nm_trafficking.assessment import Assessment, assess
from nm_trafficking.cases.format import (
    COMMAND_LINE,
    OPEN_GRADE,
    Case,
    CaseError,
    CaseFile,
    Check,
    key_spelling,
    vocabulary,
)
from nm_trafficking.cases.loader import case_files, load_file
from nm_trafficking.cases.marks import line_of
from nm_trafficking.cases.models import near
from nm_trafficking.count_elements import of_count
from nm_trafficking.errors import InvalidFactPattern
from nm_trafficking.results import Count, ElementResult, Finding
from nm_trafficking.rules.engine import Engine
from nm_trafficking.statute.model import StatuteVersion
from nm_trafficking.words import act_name, fact_ref_words, long_date

# --- which text applies ---------------------------------------------------------------


def what_if_versions(version_id: str) -> tuple[StatuteVersion, ...]:
    """The version set that applies the text ``version_id`` to every act: that text, in force
    from the start of the first version, with no end. ``KeyError`` if there is no such version.
    """
    version = statute.by_id(version_id)
    start = statute.VERSIONS[0].in_force_from
    return (replace(version, in_force_from=start, ends=None),)


def assess_case(
    case: Case, *, statute_id: str | None = None, engine: Engine | None = None
) -> Assessment:
    """Assess the case's fact pattern with its ``as_of``, ``today`` and statute version
    (``statute_id`` overrides the case's). Without ``today``, the day it is run."""
    version_id = statute_id or case.statute
    today = case.today or date.today()
    versions = what_if_versions(version_id) if version_id is not None else None
    return assess(case.pattern, as_of=case.as_of, today=today, engine=engine, versions=versions)


# --- comparing ------------------------------------------------------------------------


@dataclass(frozen=True)
class Difference:
    """One stated expectation that the assessment does not bear out."""

    pair: str
    key: str
    """Where the case states it, as written (e.g. ``A2``, ``counts.transport.grade``)."""
    expected: str
    found: str
    because: tuple[str, ...] = ()
    """Why the assessment found what it found: the deciding element(s) and their reasons."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "pair": self.pair,
            "field": self.key,
            "expected": self.expected,
            "found": self.found,
            "because": list(self.because),
        }

    def lines(self) -> list[str]:
        head = f"{self.pair} {self.key}: expected {self.expected}, found {self.found}"
        return [head, *(f"  {b}" for b in self.because)]


@dataclass(frozen=True)
class CaseResult:
    case: Case
    differences: tuple[Difference, ...]
    statute: str | None = None
    """The version applied to every act, when the case or the run names one."""
    warnings: tuple[str, ...] = ()

    @property
    def passed(self) -> bool:
        return not self.differences


def _word(status: str | None) -> str:
    return "none" if status is None else status


def _grade(grade_id: str | None) -> str:
    return vocabulary().grade_word(grade_id)


def _open(grade_id: str | None, possible: Sequence[str]) -> str | None:
    """A grade as a ``grade:`` expectation says it: the grade when certain, else
    ``undetermined`` when one is possible, else ``None`` (no grade possible)."""
    if grade_id is not None:
        return grade_id
    return OPEN_GRADE if possible else None


def _serious_first(grades: Iterable[str]) -> list[str]:
    order = list(vocabulary().grade_short)
    return sorted(grades, key=lambda g: -order.index(g) if g in order else 0)


def _grade_found(grade_id: str | None, possible: Sequence[str]) -> str:
    """The grade found, in a case's words: ``second``, ``none`` (no grade possible) or
    ``undetermined (possible: first, second)``."""
    if grade_id is None and possible:
        words = ", ".join(_grade(g) for g in _serious_first(possible))
        return f"{OPEN_GRADE} (possible: {words})"
    return _grade(grade_id)


def _compare_grade(
    expected: str | None, grade_id: str | None, possible: Sequence[str], why: tuple[str, ...]
) -> Result:
    if _open(grade_id, possible) != expected:
        return [(_grade(expected), _grade_found(grade_id, possible), why)]
    return []


def _grades(grades: Iterable[str]) -> str:
    """Grades as a list a case writes, most serious first: ``[first, second]``."""
    words = [_grade(g) for g in _serious_first(grades)]
    return "[" + ", ".join(words) + "]"


def _element_line(act: str | None, e: ElementResult) -> str:
    where = f"act {act}: " if act else ""
    shown = e.statute_words
    words = f' ("{shown}")' if shown and e.label.lower() not in shown.lower() else ""
    return f"{where}{e.label}{words} [{e.element}] {e.status} — {e.reason}"


def deciding(elements: Sequence[ElementResult], status: str, act: str | None) -> list[str]:
    """The element(s) that decide a paragraph's status, one line each, with the reason: the
    elements not met (for not met), still open (for undetermined); for met, that all are."""
    if status == "met":
        return [f"act {act}: every element is established" if act else "every element is met"]
    return [_element_line(act, e) for e in elements if e.status == status]


def _paragraph_summary(statuses: Mapping[str, str]) -> list[str]:
    short = vocabulary().short
    return [", ".join(f"{short.get(c, c)} {s}" for c, s in statuses.items())]


def _folded(text: str) -> str:
    """``text`` as a stated text is matched: case and runs of white space ignored (a lawyer
    capitalises quoted statute text, and a YAML line break is a space)."""
    return " ".join(text.split()).casefold()


def _contains(
    check: Check, found: Sequence[str], what: str
) -> list[tuple[str, str, tuple[str, ...]]]:
    out = []
    items = [_folded(item) for item in found]
    for text in check.expected:
        if not any(_folded(text) in item for item in items):
            more = (f"... and {len(found) - 8} more",) if len(found) > 8 else ()
            shown = tuple(found[:8]) + more
            out.append(
                (f"{what} containing {text!r}", "none" if not found else "other texts", shown)
            )
    return out


def compare(check: Check, f: Finding, points_of_law: Sequence[str] = ()) -> list[Difference]:
    """The differences between one check and the finding for its pair (none when it holds).
    ``points_of_law``: the questions of law ``assess`` lists for the pair under § 30-52-1,
    which a pair's ``remaining`` may name too."""
    if check.law is not None or check.what in ("side_by_side", "federal_notes"):
        results = _compare_federal(check, f)
    elif check.conduct is not None:
        results = _compare_count(check, f)
    elif check.what == "remaining":
        results = _contains(check, [*f.remaining, *points_of_law], "something remaining")
    else:
        results = _compare_pair(check, f)
    return [
        Difference(check.pair_label, check.key, expected, found, because)
        for expected, found, because in results
    ]


Result = list[tuple[str, str, tuple[str, ...]]]


def compare_accessory(check: Check, a: Assessment) -> list[Difference]:
    """An accessory check: the helper's finding for an act of the check's pair."""
    helper, key, expected = check.expected
    found = [
        x
        for x in a.summary.accessories
        if x.helper == helper and (x.defendant, x.victim) == check.pair
    ]
    if not found:
        return [Difference(check.pair_label, check.key, f"{helper} an accessory", "none")]
    x = found[0]
    if key == "status":
        got, want = x.status, expected
    elif key == "grade":
        for_grade = _compare_grade(expected, x.grading.certain, x.grading.possible, (x.words,))
        return [Difference(check.pair_label, check.key, *d) for d in for_grade]
    elif key == "possible":
        got, want = sorted(x.grading.possible), sorted(expected)
    else:
        got, want = x.bar, expected
    if got == want:
        return []
    want_said, got_said = (
        _word(v) if v is None or isinstance(v, str) else _grades(v) for v in (want, got)
    )
    return [Difference(check.pair_label, check.key, want_said, got_said, (x.words,))]


def compare_limitation(check: Check, a: Assessment) -> list[Difference]:
    """Whether the § 30-52-1 limitation period of the check's act has passed on the day of
    the assessment, as ``assess`` says it (a dated warning, never a finding)."""
    count = next(
        (
            c
            for p in a.summary.pairs
            if (p.defendant, p.victim) == check.pair
            for c in p.counts
            if c.conduct == check.conduct
        ),
        None,
    )
    under = count.laws.get(statute.NM.id) if count is not None else None
    found = under.limitation_passed if under is not None else None
    if found == check.expected:
        return []

    def word(value: bool | None) -> str:
        return "unknown" if value is None else str(value).lower()

    why = (under.limitation,) if under is not None and under.limitation else ()
    return [Difference(check.pair_label, check.key, word(check.expected), word(found), why)]


def _compare_pair(check: Check, f: Finding) -> Result:
    what, expected = check.what, check.expected
    gd = f.grade_detail
    grade_why = (gd.reason, *(f"possible: {o.text}" for o in gd.open))
    if what == "status":
        if f.status != expected:
            summary = {c: s.status for c, s in f.subsections.items()}
            return [(expected, f.status, tuple(_paragraph_summary(summary)))]
        return []
    if what in ("paragraph", "element", "deciding_act", "paragraph_remaining"):
        assert check.citation is not None
        sub = f.subsections.get(check.citation)
        if sub is None:
            return [(str(expected), f"{check.citation} not reported", ())]
        if what == "paragraph":
            if sub.status != expected:
                why = deciding(sub.elements, sub.status, sub.conduct)
                return [(expected, sub.status, tuple(why))]
            return []
        if what == "element":
            return _element(check, sub.elements, sub.conduct)
        if what == "deciding_act":
            if sub.conduct != expected:
                acts = ", ".join(f"{a} {s}" for a, s in sub.counts.items())
                return [(expected, _word(sub.conduct), (f"each act under {sub.citation}: {acts}",))]
            return []
        return _contains(check, sub.remaining, "something remaining")
    if what == "grade":
        return _compare_grade(expected, f.grade, f.grade_possible, grade_why)
    if what == "floor":
        if f.grade_floor != expected:
            return [(_grade(expected), _grade(f.grade_floor), grade_why)]
        return []
    if what == "possible":
        if set(f.grade_possible) != set(expected):
            return [(_grades(expected), _grades(f.grade_possible), grade_why)]
        return []
    if what == "grade_status":
        if gd.status != expected:
            return [(expected, gd.status, grade_why)]
        return []
    if what == "grade_act":
        if gd.conduct != expected:
            return [(_word(expected), _word(gd.conduct), grade_why)]
        return []
    if what == "notes":
        kinds = [n.kind for n in f.notes]
        missing = [k for k in expected if k not in kinds]
        if missing:
            found = ", ".join(dict.fromkeys(kinds)) or "none"
            return [(f"notes {', '.join(missing)}", f"notes {found}", ())]
        return []
    raise AssertionError(what)


def _compare_federal(check: Check, f: Finding) -> Result:
    what, expected = check.what, check.expected
    if what == "side_by_side":
        return _contains(check, f.side_by_side, "a side-by-side line")
    if what == "federal_notes":
        kinds = [n.kind for j in f.jurisdictions.values() for n in j.notes]
        missing = [k for k in expected if k not in kinds]
        if missing:
            found = ", ".join(dict.fromkeys(kinds)) or "none"
            return [(f"notes {', '.join(missing)}", f"notes {found}", ())]
        return []
    assert check.law is not None
    j = f.jurisdictions.get(check.law)
    if j is None:
        return [(str(expected), f"{check.law} not assessed", ())]
    if what == "federal_law":
        if j.status != expected:
            summary = [", ".join(f"{p.short} {p.status}" for p in j.prongs.values())]
            return [(expected, j.status, tuple(summary))]
        return []
    if what == "federal_penalty":
        p = j.penalty
        band = p.band if p.status == "determined" else None
        found = band or ("none" if p.status == "not_applicable" else p.status)
        if found != expected:
            return [(expected, found, (p.words,))]
        return []
    assert check.citation is not None
    prong = j.prongs.get(check.citation)
    if prong is None:
        return [(str(expected), f"{check.citation} not reported", ())]
    if what == "paragraph":
        if prong.status != expected:
            return [
                (
                    expected,
                    prong.status,
                    tuple(deciding(prong.elements, prong.status, prong.conduct)),
                )
            ]
        return []
    if what == "element":
        return _element(check, prong.elements, prong.conduct)
    if what == "deciding_act":
        if prong.conduct != expected:
            acts = ", ".join(f"{a} {s}" for a, s in prong.counts.items())
            return [(expected, _word(prong.conduct), (f"each act under {check.citation}: {acts}",))]
        return []
    if what == "paragraph_remaining":
        return _contains(check, prong.remaining, "something remaining")
    raise AssertionError(what)


def _element(check: Check, elements: Sequence[ElementResult], act: str | None) -> Result:
    e = next((x for x in elements if x.element == check.element), None)
    if e is None:
        return [(check.expected, "not reported", ())]
    if e.status != check.expected:
        return [(check.expected, e.status, (_element_line(act, e),))]
    return []


def _compare_count(check: Check, f: Finding) -> Result:
    what, expected = check.what, check.expected
    assert check.conduct is not None
    try:
        c = f.count(check.conduct)
    except KeyError:
        return [(str(expected), f"no act {check.conduct}", ())]
    why = (c.grade.reason,)
    if what == "status":
        if c.status != expected:
            lines = _paragraph_summary(c.statuses)
            for citation, status in c.statuses.items():  # what decides each, in its words
                if status == c.status and status != "met":
                    lines += deciding(of_count(c, citation), status, c.conduct)
            return [(expected, c.status, tuple(dict.fromkeys(lines)))]
        return []
    if what in ("paragraph", "element", "paragraph_remaining"):
        assert check.citation is not None
        p = c.paragraphs.get(check.citation)
        if p is None:
            return [(str(expected), f"{check.citation} not reported", ())]
        if what == "paragraph":
            if p.status != expected:
                elements = of_count(c, check.citation)
                return [(expected, p.status, tuple(deciding(elements, p.status, c.conduct)))]
            return []
        if what == "element":
            return _element(check, of_count(c, check.citation), c.conduct)
        return _contains(check, p.remaining, "something remaining")
    if what == "grade":
        return _compare_grade(expected, c.grade.grade, c.grade.possible, why)
    if what == "possible":
        if set(c.grade.possible) != set(expected):
            return [(_grades(expected), _grades(c.grade.possible), why)]
        return []
    if what == "grade_status":
        if c.grade.status != expected:
            return [(expected, c.grade.status, why)]
        return []
    if what == "statute_version":
        if c.statute_version != expected:
            return [(_word(expected), _word(c.statute_version), (_version_why(c),))]
        return []
    if what == "victim_age":
        age = c.victim_age.text if c.victim_age is not None else None
        if age != expected:
            return [(expected or "unknown", age or "unknown", tuple(_age_why(c)))]
        return []
    raise AssertionError(what)


def _when(c: Count) -> str:
    """When the act was: its date, the date assumed, or the days it can have been on."""
    name = act_name(c.act, c.date, assumed=c.date_assumed)
    span = c.possible_dates
    if c.date is None and span is not None and span.earliest and span.latest:
        days = f"any day from {long_date(span.earliest)} to {long_date(span.latest)}"
        return f"{name} ({days} under the text applied)"
    return name


def _age_why(c: Count) -> list[str]:
    """Why the victim's age at the act is what it is: the act's date (or the days it can
    have been on) and the facts the age comes from, in words."""
    if c.victim_age is None:
        return [f"{_when(c)}; nothing states the victim's age or birth date"]
    a = c.victim_age
    out = [f"{_when(c)}; the age comes from {fact_ref_words(a.source)}"]
    if a.open_point:
        out.append(a.open_point)
    return out


def _version_why(c: Count) -> str:
    """Why the act falls under the version it does (or none)."""
    first = statute.VERSIONS[0]
    if c.statute_version is not None:
        version = statute.by_id(c.statute_version)
        since = long_date(version.in_force_from)
        return f"{_when(c)}: the {version.id} text was in force (from {since})"
    if c.date is None:
        return f"{_when(c)}: it is not known which text, if any, was in force"
    start = long_date(first.in_force_from)
    return f"{_when(c)}: before {start}, when § {first.section} came into force"


# --- running --------------------------------------------------------------------------


def _points_of_law(a: Assessment, pair: tuple[str, str]) -> list[str]:
    """The questions of law ``assess`` lists as still needed for the pair under § 30-52-1
    (e.g. whether New Mexico may prosecute an act outside it), as it words them."""
    state = statute.NM.id
    return [
        q.text
        for q in a.summary.needed
        if q.kind == "point_of_law" and q.law == state and (q.defendant, q.victim) == pair
    ]


def _warnings(case: Case) -> list[str]:
    undated = any(c.date is None for c in case.pattern.conduct)
    if undated and case.today is None and case.as_of is None:
        return [
            "an act has no date and the case sets no `today:`: the result depends on the day "
            "it is run"
        ]
    return []


def run_case(
    case: Case, *, statute_id: str | None = None, engine: Engine | None = None
) -> CaseResult:
    """Assess one case and compare. Raises ``InvalidFactPattern`` when the facts cannot be
    assessed (e.g. an act dated before the victim can have been born)."""
    assessment = assess_case(case, statute_id=statute_id, engine=engine)
    differences: list[Difference] = []
    for check in case.checks:
        if check.what == "accessory":
            differences += compare_accessory(check, assessment)
            continue
        if check.what == "limitation_passed":
            differences += compare_limitation(check, assessment)
            continue
        try:
            f = assessment.finding(*check.pair)
        except KeyError:
            differences.append(Difference(check.pair_label, check.key, "a finding", "none"))
            continue
        differences += compare(check, f, _points_of_law(assessment, check.pair))
    return CaseResult(
        case=case,
        differences=tuple(differences),
        statute=statute_id or case.statute,
        warnings=tuple(_warnings(case)),
    )


@dataclass
class Report:
    """A run: every case's result, and every problem in the case files."""

    results: list[CaseResult] = field(default_factory=list)
    errors: list[CaseError] = field(default_factory=list)
    files: list[str] = field(default_factory=list)

    @property
    def passed(self) -> int:
        return sum(r.passed for r in self.results)

    @property
    def failed(self) -> int:
        return sum(not r.passed for r in self.results)

    @property
    def exit_code(self) -> int:
        """0 all passed, 1 a case failed, 2 a case file is malformed."""
        if self.errors:
            return 2
        return 1 if self.failed else 0


def load_cases(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[CaseFile], list[CaseError]]:
    """Every case file named by ``paths`` (files or directories), and the problems of paths
    that are not case files. Each file's own problems are in its ``errors``."""
    files, errors = case_files(paths)
    return [load_file(p) for p in files], errors


def select(
    cases: Iterable[Case], *, ids: Sequence[str] = (), citations: Sequence[str] = ()
) -> list[Case]:
    """The cases with one of ``ids``, exercising one of ``citations`` (any spelling); all when
    neither is given. ``KeyError`` for a citation that is not a paragraph of the statute."""
    wanted = {_citation(c) for c in citations}
    return [
        case
        for case in cases
        if (not ids or case.id in ids) and (not wanted or wanted & set(case.citations))
    ]


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def unmatched(
    loaded: Sequence[CaseFile],
    selected: Sequence[Case],
    *,
    ids: Sequence[str] = (),
    citations: Sequence[str] = (),
) -> list[CaseError]:
    """A ``--case`` or ``--citation`` that selects no case of the files read, each an error
    naming it (a mistyped filter must not make a run that checked nothing pass), with the
    nearest case id; or, when each matches some case but together they select none, one error
    saying so."""
    out: list[CaseError] = []
    every_id = list(dict.fromkeys(i for f in loaded for i in f.case_ids))
    read = _plural(len(loaded), "file")
    for wanted in dict.fromkeys(ids):
        if wanted not in every_id:
            message = f"no case has the id {wanted!r} in the {read} read" + near(wanted, every_id)
            out.append(CaseError(COMMAND_LINE, None, "--case", message))
    cited = list(dict.fromkeys(c for f in loaded for case in f.cases for c in case.citations))
    for written in dict.fromkeys(citations):
        found = _citation(written)
        if found not in cited:
            exercised = ", ".join(_short_citations(cited)) or "none"
            message = (
                f"no case of the {read} read exercises {found}; the paragraphs they "
                f"exercise: {exercised}"
            )
            out.append(CaseError(COMMAND_LINE, None, "--citation", message))
    if not out and not selected and (ids or citations):
        given = [f"--case {i}" for i in ids] + [f"--citation {c}" for c in citations]
        message = f"no case is selected by all of {', '.join(given)} together"
        out.append(CaseError(COMMAND_LINE, None, "", message))
    return out


def _short_citations(citations: Iterable[str]) -> list[str]:
    """Citations as a ``--citation`` may name them, § 30-52-1's first (``(A)(2)``, ``(C)(1)``,
    then ``18 U.S.C. § 1591(a)(1) minor``)."""
    state = statute.latest().section
    ours = sorted(c.removeprefix(state) for c in citations if c.startswith(state))
    return ours + sorted(c for c in citations if not c.startswith(state))


def _citation(written: str) -> str:
    """The citation a ``--citation`` names (``KeyError`` if none: see :func:`select`)."""
    found = vocabulary().paragraph(written)
    if found is None and (prong := vocabulary().prongs.get(key_spelling(written))):
        found = prong[1]
    if found is None:
        raise KeyError(f"{written!r} is not a paragraph of § 30-52-1 (e.g. A2, (C)(1))")
    return found


def _pattern_error(case: Case, loc: str, message: str) -> CaseError:
    if case.pattern_file is not None:
        where = f"{loc}: " if loc else ""
        text = f"{case.pattern_file}: {where}{message}"
        line = line_of(dict(case.lines), "pattern_file")
        return CaseError(case.file, case.id, "pattern_file", text, line)
    field = f"pattern.{loc}" if loc else "pattern"
    return CaseError(case.file, case.id, field, message, line_of(dict(case.lines), field))


def run_suite(
    paths: Iterable[str | os.PathLike[str]],
    *,
    statute_id: str | None = None,
    ids: Sequence[str] = (),
    citations: Sequence[str] = (),
    engine: Engine | None = None,
) -> Report:
    """Load the case files named by ``paths`` and run their cases (those selected by ``ids``
    and ``citations``). ``statute_id`` applies that version to every act of every case
    (``KeyError`` if there is none)."""
    if statute_id is not None:
        statute.by_id(statute_id)
    loaded, errors = load_cases(paths)
    report = Report(errors=list(errors), files=[f.file for f in loaded])
    for f in loaded:
        report.errors += f.errors
    selected = select([c for f in loaded for c in f.cases], ids=ids, citations=citations)
    report.errors += unmatched(loaded, selected, ids=ids, citations=citations)
    for case in selected:
        try:
            report.results.append(run_case(case, statute_id=statute_id, engine=engine))
        except InvalidFactPattern as exc:
            report.errors += [
                _pattern_error(case, e.loc, e.said_by("case_file").message) for e in exc.errors
            ]
    return report
