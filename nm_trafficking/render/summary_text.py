"""The summary as readable text: the decision first, each thing said once.

Per pair, each law's status and grade (or penalty); each act with the text applied, the
victim's age and its status under each law; what separates the laws; then what is still
needed, as questions; the notes once, by title (in full one step away); the disclaimer."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, timedelta
from functools import lru_cache
from typing import TypeVar

from nm_trafficking import statute, words
from nm_trafficking.facts.place import County
from nm_trafficking.limits import on_one_line, printable
from nm_trafficking.render.wrapping import one_line, wrap_lines
from nm_trafficking.results import Status
from nm_trafficking.statute.related import accessory as accessory_law
from nm_trafficking.statute.related import limitation as related_limitation
from nm_trafficking.statute.related import safe_harbor
from nm_trafficking.summary import (
    AccessoryFinding,
    ActUnderLaw,
    CountSummary,
    FederalAccessoryFinding,
    LawStatus,
    LimitationPeriod,
    PairSummary,
    Question,
    Summary,
)

WIDTH = 100
_DATE = re.compile(
    r"\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December) \d{4}\b"
)
_MONTH_YEAR = re.compile(
    r" (?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December) \d{4}\b"
)
"""What every date :data:`_DATE` finds contains (found fast: it starts with the month's name)."""


def wrap(text: str, indent: str, hang: str = "  ") -> list[str]:
    """``text`` wrapped at 100 columns, never between "§" and its number, inside a date or at a
    hyphen (an id: "co-defendant-2"):
    :func:`wrapped`'s lines, by ``render.wrapping`` (textwrap's lines, at less cost)."""
    if "\u00a0" not in text and one_line(text, WIDTH, indent):
        return [indent + text]  # what textwrap gives a line that fits, without its work
    lines = wrap_lines(_glued(text), WIDTH, indent, " " * len(indent) + hang) or [indent.rstrip()]
    return [line.replace("\u00a0", " ") for line in lines]


def wrapped(text: str, indent: str, hang: str = "  ") -> list[str]:
    """:func:`wrap` by ``textwrap`` itself (what :func:`wrap` must equal; the tests compare)."""
    glued = (
        _DATE.sub(lambda m: m.group().replace(" ", "\u00a0"), text)
        .replace("§ ", "§\u00a0")
        .replace("§§\u00a0", "§§ ")
    )
    lines = textwrap.wrap(
        glued,
        width=WIDTH,
        initial_indent=indent,
        subsequent_indent=" " * len(indent) + hang,
        break_on_hyphens=False,
    ) or [indent.rstrip()]
    return [line.replace("\u00a0", " ") for line in lines]


def _glued(text: str) -> str:
    """``text`` with no-break spaces inside its dates and after "§" (not after "§§")."""
    if _MONTH_YEAR.search(text):
        text = _DATE.sub(lambda m: m.group().replace(" ", "\u00a0"), text)
    return text.replace("§ ", "§\u00a0").replace("§§\u00a0", "§§ ")


def _paragraph_list(
    statuses: Mapping[str, str], status: str, cite: Callable[[str], str] = words.paragraph_short
) -> str:
    """The paragraphs of ``status``, each as ``cite`` gives it (the line's own citation of it:
    ``LawStatus.cited``, ``ActUnderLaw.cited``)."""
    return ", ".join(cite(c) for c, s in statuses.items() if s == status)


def _open_list(
    statuses: Mapping[str, str], cite: Callable[[str], str] = words.paragraph_short
) -> str:
    """The paragraphs still open, a federal paragraph whose prongs are all open named alone
    ("§ 1591(a)(1)", as a question every prong asks is cited): which paragraphs may still be met
    (the prongs are in the questions). Nothing for a section of one paragraph (§ 1590(a)):
    there is nothing to tell apart, and its line says what the paragraph also needs."""
    if len(statuses) < 2:
        return ""
    prongs: dict[str, list[tuple[str, str]]] = {}
    for c, s in statuses.items():
        head, sep, _ = c.partition(") ")
        prongs.setdefault(head + ")" if sep else c, []).append((c, s))
    named: list[str] = []
    for paragraph, group in prongs.items():
        open_ = [c for c, s in group if s == "undetermined"]
        if len(group) > 1 and len(open_) == len(group):
            named.append(cite(paragraph))
        else:
            named.extend(cite(c) for c in open_)
    return ", ".join(named)


def _without_section(which: str, name: str) -> str:
    """A list of paragraphs without the section's name where it opens one (``§ 1591(a)(1)``:
    ``(a)(1)``); a paragraph that is the section itself (the 2000 text of § 1589, which has no
    subsections) is left out, and one cited within a phrase (``or § 1589 in the 2000 text``)
    kept whole."""
    found = re.search(r"§ [\d-]+", name)  # the section a text's name names (a count's cell)
    section = found.group() if found else name
    items = [w.removeprefix(name).strip() for w in which.split(", ") if w]
    return ", ".join(w for w in items if w and w != section)


def law_text(law: LawStatus, names: Mapping[str, str], passed: str = "") -> str:
    """What follows a law's status in its line: the paragraphs met (or, undetermined, those
    still open), the grade or penalty, whether the limitation periods have passed (``passed``:
    :func:`passed_periods`, right after the grade it turns on), then why it differs from
    § 30-52-1 and the line's cautions (may be empty). (Review of session 7: after the cautions,
    "B is also a victim: T's obtaining …; the limitation period has passed" read as T's.)"""
    status = law.status
    # the paragraphs met, or (undetermined) those still open, as the memo's table names them
    which = (
        _paragraph_list(law.paragraphs, status, law.cited)
        if status == "met"
        else _open_list(law.paragraphs, law.cited)
        if status == "undetermined"
        else ""
    )
    beside = ", ".join(law.cited(c) for c in law.open_beside) if status == "met" else ""
    if law.law != "nm_30_52_1":  # "§ 1591(a)(1)" is "(a)(1)" on § 1591's line
        which = _without_section(which, names[law.law])
        beside = _without_section(beside, names[law.law])
    if beside:  # open beside them, a fact pointing to it
        which += f"; {beside} open"
    head = f"({which})" if which else ""
    why = f"{law.why}." if law.why else ""
    if status == "not_met":
        return " ".join(x for x in (head, "—" if why else "", why) if x)
    grade = re.sub(re.escape(names[law.law]) + r"(?=\([a-z]\))", "", law.grading.words) + "."
    if grade.startswith(words.NO_PENALTY_GIVEN) and "commercial sex act" in why:  # the why says it
        grade = f"{words.NO_PENALTY_GIVEN}."
    if passed:
        grade = f"{grade.removesuffix('.')}; {passed}."
    # a caution opens with a person's id, written as the caller wrote it (review Z5 1 of
    # session 8: "sabine is also a victim" became "Sabine")
    if not any(why.startswith(c.text.removesuffix(".")) for c in law.cautions):
        why = words.capital(why)
    return " ".join(x for x in (head, "—", grade, why) if x)


def law_line(law: LawStatus, names: Mapping[str, str], passed: str = "") -> str:
    """``§ 30-52-1: MET ((A)(1), (A)(2)) — second degree felony (basic sentence 9 years [S]).``"""
    text = law_text(law, names, passed)
    return f"{names[law.law]}: {words.STATUS_LABELS[law.status]}" + (f" {text}" if text else "")


def act_line(act: ActUnderLaw, name: str) -> str:
    """An act under one law, compactly: ``§ 30-52-1 (2008): met ((A)(1)); third degree
    felony``."""
    status = act.status
    which = _paragraph_list(act.statuses, status, act.cited) if status == "met" else ""
    which = _without_section(which, name)  # (a text with no subsections: nothing is left)
    line = f"{name}: {words.STATUS_WORDS[status]}" + (f" ({which})" if which else "")
    if status == "not_met" or not act.possible:
        return line
    try:  # a grade of § 30-52-1; a federal band is given at the law's line
        names = [words.grade_name(g) for g in act.possible]
    except KeyError:
        return line
    if status == "met" and act.grade is not None:
        return f"{line}, {words.grade_name(act.grade)}"
    return f"{line}, possible {words.either(names)}"


def law_line_with_periods(
    law: LawStatus,
    names: Mapping[str, str],
    counts: Sequence[CountSummary],
    today: date,
) -> str:
    """:func:`law_line`, and whether the limitation periods of its counts have passed."""
    return law_line(law, names, line_clauses(counts, law.law, today))


def line_clauses(counts: Sequence[CountSummary], law: str, today: date) -> str:
    """What a law's line says after its grade of its counts: an act whose text's first day is
    reported, not verified (:func:`first_day_label`), then the limitation clause
    (:func:`passed_periods`)."""
    return "; ".join(
        x for x in (first_day_label(counts, law), passed_periods(counts, law, today)) if x
    )


def first_day_label(counts: Sequence[CountSummary], law: str) -> str:
    """For § 30-52-1's line: the counts that meet or may meet it dated in the month its first
    text is reported to have come into force, on or after the day used (1 July 2008, "reported,
    not verified": the source says only "taking effect in July") — the line's result may rest on
    that day, so the line carries its label, as the count before it does (review Z2-9 of
    session 8). The status stands: the source says to use that day (a conservative reading is
    said, not decided). ``""`` for a federal section (its enactment days are judged under both
    texts) and where no such count meets or may meet it."""
    if law not in statute.LAWS or statute.LAWS[law].jurisdiction != "state":
        return ""
    first = statute.LAWS[law].versions[0]
    if "not verified" not in first.in_force_from_status:
        return ""
    start = first.in_force_from
    near = [
        c
        for c in counts
        if law in c.laws
        and c.laws[law].status != "not_met"
        and c.date is not None
        and start <= c.date
        and (c.date.year, c.date.month) == (start.year, start.month)
    ]
    if not near:
        return ""
    return (
        f"{words.either([c.name for c in near], 'and')} {'rests' if len(near) == 1 else 'rest'} "
        f"on § {first.section} being in "
        f"force that day: from {words.long_date(start)}, a date {first.in_force_from_status}"
    )


def latest_day(act: ActUnderLaw) -> date | None:
    """The last day of the longest limitation period that may apply to the act (``None``: no
    dated period — none, open, or from a date not stated)."""
    if any(p.kind == "life" for p in act.all_periods):  # § 3283: a child's life, no last day
        return None
    if act.deadlines:
        days = list(act.deadlines.values())
        return None if None in days else max(d for d in days if d is not None)
    if _before_3298(act.all_periods):  # § 3298's ten years or § 3282(a)'s five (review L3)
        return max((p.last_day for p in act.all_periods if p.last_day is not None), default=None)
    return act.deadline


NAMED_PASSED = 3
"""Up to this many counts out of time are named on the law's line; more are summarised (their
number, and their first and last dates): each count's own line says whether its period passed."""


def passed_periods(counts: Sequence[CountSummary], law: str, today: date) -> str:
    """For the law's line: the counts that meet or may meet the law whose every limitation
    period that may apply has passed (dated warnings, unless tolled) — ``""`` when none has.
    One count: "has passed"; every count: "for every count ..."; a few: each named; more (a
    file of many acts): how many, and their dates — the line stays the decision, not a list.
    Then the counts whose only period still running is § 30-1-8(I)'s none, if the offense is a
    'first degree violent felony' (open: review S2 of session 7 — the line read as if such a
    count were timely), and the counts whose period ends today (review S3: "file today" was on
    the count's line alone)."""
    live = [c for c in counts if law in c.laws and c.laws[law].status != "not_met"]
    passed = [c for c in live if (end := latest_day(c.laws[law])) is not None and end < today]
    first = [(c, end) for c in live if (end := first_degree_end(c.laws[law])) is not None]
    first_passed = [c for c, end in first if end < today]
    ending = [c for c in live if latest_day(c.laws[law]) == today]
    first_ending = [c for c, end in first if end == today]
    said: list[str] = []
    one = len(live) == 1
    if passed:
        said.append(_passed_words(live, passed))
    if first_passed:
        whom = "" if one else f" for {words.either([c.name for c in first_passed], 'and')}"
        lead = "it has also passed" if passed else "the limitation period has passed"
        said.append(
            (f"{whom.removeprefix(' ')} {lead}" if passed else f"{lead}{whom}")
            + f" {UNLESS_VIOLENT}"
        )
    for cs, unless in ((ending, ""), (first_ending, f" {UNLESS_VIOLENT}")):
        if cs:
            whom = "" if one else f" for {words.either([c.name for c in cs], 'and')}"
            said.append(f"the limitation period ends today{whom}{unless}")
    running = [
        (c, end) for c in live if (end := latest_day(c.laws[law])) is not None and end > today
    ]
    if running and passed:  # review Z2-4: the line's grade may be the barred count's
        said[0] = _passed_and_running(live, passed, running, law)
    elif running and not passed and _federal_deadline_shown(counts, law, running, today):
        said.insert(0, _federal_deadline(running, law, one))
    return "; ".join(said) + " (unless tolled; check)" if said else ""


FEDERAL_DEADLINE_DAYS = 365
"""A federal section's line met or open gives its earliest running last day when the state's
periods have all passed (or none meets or may meet § 30-52-1) or when that day is within this
many days of the assessment (review Z2-7 of session 8: the only live deadline, 34 days away,
was in the counts alone). docs/contract.md, "Limitation on the law's line"."""


def _federal_deadline_shown(
    counts: Sequence[CountSummary],
    law: str,
    running: Sequence[tuple[CountSummary, date]],
    today: date,
) -> bool:
    """Whether a federal section's line gives its running last day
    (:data:`FEDERAL_DEADLINE_DAYS`)."""
    if law not in statute.LAWS or statute.LAWS[law].jurisdiction == "state":
        return False
    if min(end for _, end in running) <= today + timedelta(days=FEDERAL_DEADLINE_DAYS):
        return True
    state = [law_id for law_id, each in statute.LAWS.items() if each.jurisdiction == "state"]
    for other in state:
        live = [c for c in counts if other in c.laws and c.laws[other].status != "not_met"]
        for c in live:
            end = latest_day(c.laws[other])
            if end is None or end >= today:
                return False
    return True


def _provision(c: CountSummary, law: str, end: date) -> str:
    """The provision giving the period that ends on ``end`` (``§ 3298``), or ``""``."""
    for p in c.laws[law].all_periods:
        if p.last_day == end:
            return p.citation.removeprefix("18 U.S.C. ").removeprefix("NMSA 1978, ")
    return ""


def _federal_deadline(running: Sequence[tuple[CountSummary, date]], law: str, one: bool) -> str:
    """``limitation to 10 January 2027 under § 3298`` (several counts: the earliest day still
    running, the most urgent, named; and the latest where it differs: review Z4 1 of session
    8, an earlier live deadline was left out)."""
    first, latest, firsts = _ends(running)
    under = _provision(firsts[0], law, first)
    whom = "" if one else f" for {words.either([c.name for c in firsts], 'and')}"
    return (
        f"limitation to {words.long_date(first)}"
        + (f" under {under}" if under else "")
        + whom
        + _latest_words(first, latest)
    )


def _ends(
    running: Sequence[tuple[CountSummary, date]],
) -> tuple[date, date, list[CountSummary]]:
    """The earliest and the latest last day of the counts still in time, and the counts whose
    period ends first (the most urgent, which the line names)."""
    ends = [end for _, end in running]
    first = min(ends)
    return first, max(ends), [c for c, end in running if end == first]


def _latest_words(first: date, latest: date) -> str:
    return "" if latest == first else f" (the latest to {words.long_date(latest)})"


def _grade_label(c: CountSummary, law: str) -> str:
    """The count's grade, short: ``second degree``, ``possible third degree`` (an open grade),
    ``""`` where none is given (a federal band: the line gives it)."""
    act = c.laws[law]
    try:
        if act.grade is not None:
            return words.grade_name(act.grade).removesuffix(" felony")
        if act.possible:
            names = [words.grade_name(g).removesuffix(" felony") for g in act.possible]
            return f"possible {words.either(names)}"
    except KeyError:
        return ""
    return ""


def _graded(c: CountSummary, law: str, shown: bool) -> str:
    """The count's name, with its grade where the counts named differ in grade (``shown``)."""
    label = _grade_label(c, law) if shown else ""
    return f"{c.name} ({label})" if label else c.name


def _passed_and_running(
    live: Sequence[CountSummary],
    passed: Sequence[CountSummary],
    running: Sequence[tuple[CountSummary, date]],
    law: str,
) -> str:
    """Review Z2-4 of session 8: where some counts' periods have passed and others' still run,
    which have passed and the earliest day a period still runs to, with the counts' grades where
    they differ (the line's grade is the law's, the most serious count's, which may be barred):
    "the limitation period has passed for the recruiting of 1 June 2020 (second degree) and
    runs to 20 December 2026 for the transporting of 20 December 2021 (third degree)". Of the
    counts still in time, the one whose period ends first is named (the most urgent; review
    Z4 1 of session 8), and the latest day where it differs."""
    first, latest, firsts = _ends(running)
    grades = {_grade_label(c, law) for c in [*passed, *firsts]}
    shown = len(grades) > 1
    whom = words.either([_graded(c, law, shown) for c in firsts], "and")
    if len(passed) > NAMED_PASSED:  # a file of many acts: the line stays the decision
        # the earliest day still running, the most urgent (the counts give the others); grades
        # differing, that count is named with its grade (the line's grade may be a barred count's)
        return (
            f"{_passed_words(live, passed)}; the earliest still running ends on "
            f"{words.long_date(first)}" + (f", for {whom}" if shown else "")
        )
    names = words.either([_graded(c, law, shown) for c in passed], "and")
    return (
        f"the limitation period has passed for {names}{',' if len(passed) > 1 else ''} and runs "
        f"to {words.long_date(first)} "
        f"for {whom}{_latest_words(first, latest)}"
    )


UNLESS_VIOLENT = "unless the offense is a 'first degree violent felony', an open point"
"""A first degree count whose § 30-1-8(H) three years have run: (I) may give it none."""


def first_degree_end(act: ActUnderLaw) -> date | None:
    """The last day of a first degree § 30-52-1 act's other periods (§ 30-1-8(H), and a lower
    grade's where the grade is open) where (I)'s none is the only period beside them — the day
    after which only (I) keeps the count alive, if the offense is a 'first degree violent
    felony' (open) — ``None`` for another act, or where a period has no known last day."""
    periods = act.all_periods
    if not any(p.applies_if == related_limitation.VIOLENT_IF for p in periods):
        return None
    days: list[date] = []
    for p in periods:
        if p.applies_if == related_limitation.VIOLENT_IF:
            continue
        day = p.last_day if p.last_day is not None else (p.by if p.passed else None)
        if day is None:
            return None
        days.append(day)
    return max(days, default=None)


def _passed_words(live: Sequence[CountSummary], passed: Sequence[CountSummary]) -> str:
    """The counts whose every period has passed, for :func:`passed_periods`."""
    if len(live) == 1:
        return "the limitation period has passed"
    if len(passed) == len(live):
        return "the limitation period has passed for every count that meets or may meet it"
    if len(passed) <= NAMED_PASSED:
        names = words.either([c.name for c in passed], "and")
        return f"the limitation period has passed for {names}"
    return (
        f"the limitation period has passed for {len(passed):,} of the {len(live):,} counts that "
        f"meet or may meet it, {_passed_span(live, passed)}"
    )


def _passed_span(live: Sequence[CountSummary], passed: Sequence[CountSummary]) -> str:
    """The dates of the counts out of time, in a clause: "those dated 3 January 2018 to
    4 December 2021" where they are every dated count between those days; else the first and
    the last of them by name ("the first the recruiting of ..., the last ..."), as the counts
    below are not all out of time between them (a period of another length: another grade)."""
    days = [c.date for c in passed if c.date is not None]
    if len(days) < len(passed):  # a count with no one date (never out of time): by name
        return f"the first {passed[0].name}, the last {passed[-1].name}"
    first, last = min(days), max(days)
    between = [c for c in live if c.date is not None and first <= c.date <= last]
    if len(between) == len(passed):
        span = words.long_date(first) + ("" if first == last else f" to {words.long_date(last)}")
        return f"those dated {span}"
    ordered = sorted(passed, key=lambda c: c.date or first)
    return f"the first {ordered[0].name}, the last {ordered[-1].name}"


def from_birth(c: CountSummary) -> bool:
    """An undated act whose window reaches back to the person's birth (the federal windows
    start there: review G4's "aged 0 to 51") and on to an age of eighteen or more: the window
    says nothing of the day, nor whether the person was a minor — the age is not known. (A
    window that ends before eighteen, "aged 0 to 17", says the person was a minor at any day
    it allows: kept.)"""
    age = c.victim_age or ""
    if c.date is not None or c.possible_dates is None or not age.startswith("0 to "):
        return False
    upper = age.removeprefix("0 to ")
    return upper.isdigit() and int(upper) >= 18


def age_unknown(c: CountSummary) -> bool:
    """The act's age says nothing: an undated act's window from the birth (:func:`from_birth`),
    or a plain age stated at another act that may be of any day, "0 or older" (review R4 of
    session 7: read "V aged 0 or older")."""
    return from_birth(c) or c.victim_age == "0 or older"


def age_words(c: CountSummary) -> str:
    """The person's age at the act, for a table's cell: ``15``, ``14 to 15``, ``not known``;
    an undated act whose window reaches back to the birth: not known (:func:`from_birth`)."""
    if age_unknown(c):
        return "not known"  # beside "the undated ...": the date, hence the age
    return c.victim_age or "not known"


def when(c: CountSummary) -> str:
    when = c.name
    if c.possible_dates is not None and c.date is None:
        first, last = c.possible_dates.earliest, c.possible_dates.latest
        span = " and ".join(words.long_date(d) if d else "today" for d in (first, last))
        when += f" (between {span})"
    return when


def _texts(c: CountSummary) -> str:
    """The texts applied to an act, each once, without the code's name; sections amended on
    the same day together (``§§ 1589, 1590 as amended 23 December 2008 [S]``)."""
    groups: dict[str, list[str]] = {}
    for act in c.laws.values():
        text = act.text.removeprefix("18 U.S.C. ").removeprefix("NMSA 1978, ")
        if act.applies_if:  # an undated act that may predate the text (review B7 of session 9)
            text = f"{text}, {act.applies_if}"
        rest = text.partition(" ")[2]
        if text.startswith("§ ") and rest.startswith(("1", "2", "3", "4", "5", "6", "7", "8", "9")):
            number, _, tail = rest.partition(" ")
            groups.setdefault(tail, []).append(number)
        else:
            groups.setdefault(text, [])
    parts = []
    for tail, numbers in groups.items():
        if not numbers:
            parts.append(tail)
        else:
            sign = "§§" if len(numbers) > 1 else "§"
            parts.append(f"{sign} {', '.join(dict.fromkeys(numbers))} {tail}".rstrip())
    return "; ".join(parts)


def _end(period: LimitationPeriod, today: date | None = None, *, said: bool = False) -> str:
    """A period compactly, with the provision giving it: ``to 10 March 2024 (passed) under
    § 30-1-8(B)``, ``to 7 December 2026 (the last day is today)``, ``none under § 3299``,
    ``open under § 30-1-8(I)``, ``for the child's life under § 3283``. A day that has passed is
    marked "(passed)" on every count's line, the pair's one count too (its law line says so as
    well: a reader of the count alone must see it)."""
    if period.kind == "none":
        end = "none"
    elif period.kind == "open":
        end = "open"
    elif period.kind == "life":
        end = "for the child's life"
    elif period.last_day is None and period.by is not None and period.passed is not None:
        # an undated act whose possible days decide it (review N4 of session 7)
        end = (
            f"ended by {words.long_date(period.by)}" + ("" if said else " (passed)")
            if period.passed
            else f"ending not before {words.long_date(period.by)}"
            + (" (the last day may be today)" if period.by == today else "")
        )
    elif period.last_day is None:
        end = "running from the act's date (not stated)"
    else:
        end = f"to {words.long_date(period.last_day)}" + (
            " (passed)"
            if period.passed
            else related_limitation.mark(period.last_day, today, said=said)
        )
    section = period.citation.removeprefix("18 U.S.C. ").removeprefix("NMSA 1978, ")
    return f"{end} under {section}"


def _before_3299(periods: Sequence[LimitationPeriod], today: date) -> str:
    """§ 1591 before § 3299 (27 July 2006): no period if § 3299 reaches the act — open, and
    where the act is dated its five years had not run that day, so Stogner does not bar it
    (review G3: the line said only "(passed)" of the five years) — or the child's life if
    § 3283 reaches it (open), else § 3282(a)'s five years."""
    dated = any(p.kind == "years" and p.last_day is not None for p in periods)
    why = f"; {related_limitation.STOGNER_NOT_BARRED}" if dated else ""
    said = [
        f"{_end(p, today)} if it reaches the act (open{why})" for p in periods if p.kind == "none"
    ]
    said += [
        f"{_end(p, today)} if it reaches the offense (open)" for p in periods if p.kind == "life"
    ]
    rest = [_end(p, today) for p in periods if p.kind not in ("none", "life")]
    return ", or ".join(said) + (f", else {' or '.join(rest)}" if rest else "")


def _before_3298(periods: Sequence[LimitationPeriod]) -> bool:
    """§§ 1589, 1590: § 3298's ten years, or § 3282(a)'s five where they may have run before
    § 3298 came in (its enactment date NOT FOUND; Stogner: review L3 of session 6)."""
    return any(_if_3298(p) for p in periods)


def _if_3298(period: LimitationPeriod) -> bool:
    """§ 3298's ten years where § 3282(a)'s five may apply instead (review L3)."""
    return (period.applies_if or "").startswith(related_limitation.APPLIES_3298)


def limitation(
    c: CountSummary, names: Mapping[str, str], today: date, said: frozenset[str] = frozenset()
) -> str:
    """The act's limitation periods, compactly, each with its provision: ``§ 30-52-1 to 10 March
    2024 (passed) under § 30-1-8(B); § 1591 none under § 3299`` — dated warnings (the full words
    are in the JSON and the memo). Where the grade is open, each grade's period ("if a ...");
    where which rule applies is open (§ 1591 before 27 July 2006), each ("or")."""
    parts: dict[str, list[str]] = {}
    for law_id, act in c.laws.items():
        if act.limitation is None or not act.all_periods:
            continue
        by_grade: dict[str, list[str]] = {}  # the period's words -> its grades
        first = False  # a first degree grade's (I) or (H) (review K4): said as one
        for period in act.all_periods:
            if period.applies_if == related_limitation.VIOLENT_IF_NOT:
                continue  # said with (I)'s, below
            end = _end(period, today, said=law_id in said)
            if period.applies_if == related_limitation.VIOLENT_IF:
                first = True
                other = [
                    p for p in act.all_periods if p.applies_if == related_limitation.VIOLENT_IF_NOT
                ]
                end += (
                    f" {related_limitation.VIOLENT_IF}, else, {related_limitation.ON_A_READING}, "
                ) + " or ".join(_end(p, today, said=law_id in said) for p in other)
            by_grade.setdefault(end, []).extend([period.grade] if period.grade else [])
        if first and len(by_grade) > 1:
            ordered = _by_grade_most_serious_first(by_grade)
            end = "; or ".join(
                f"if a {words.either([words.grade_name(g) for g in grades])}: {e}"
                for e, grades in ordered
            )
        elif first:
            end = next(iter(by_grade))
        elif _before_3298(act.all_periods) and all(p.last_day is None for p in act.all_periods):
            end = (  # an undated act that may be before 2004 (review L3)
                f"ten years under § 3298 {related_limitation.IF_3298}, else five under § 3282(a), "
                "running from the act's date (not stated)"
            ) + "".join(
                f", or {_end(p, today)} (whether § 3283 reaches the offense is open)"
                for p in act.all_periods
                if p.kind == "life"
            )
        elif _before_3298(act.all_periods):
            end = ", else ".join(
                _end(p, today, said=law_id in said)
                + (f" {related_limitation.IF_3298}" if _if_3298(p) else "")
                for p in act.all_periods
                if p.kind != "life"
            ) + "".join(
                f", or {_end(p, today)} (whether § 3283 reaches the offense is open)"
                for p in act.all_periods
                if p.kind == "life"
            )
        elif len(by_grade) > 1 and all(by_grade.values()):
            ordered = _by_grade_most_serious_first(by_grade)
            end = ", ".join(
                f"{e} if a {words.either([words.grade_name(g) for g in grades])}"
                for e, grades in ordered
            )
        elif len(by_grade) > 1 and any(p.kind == "none" for p in act.all_periods):
            end = _before_3299(act.all_periods, today)
        else:
            end = ", or ".join(by_grade)
            if any(p.kind == "life" for p in act.all_periods):
                end += " (whether § 3283 reaches the offense is open)"
            elif len(by_grade) > 1:
                end = end.replace(", or ", " or ") + " (which applies is open)"
        parts.setdefault(end, []).append(names[law_id])
    if not parts:
        return ""
    joined = "; ".join(f"{words.either(laws, 'and')} {end}" for end, laws in parts.items())
    return f"{LIMITATION}{joined}"


def _by_grade_most_serious_first(
    by_grade: Mapping[str, Sequence[str]],
) -> list[tuple[str, Sequence[str]]]:
    """A count's periods in words with the grades each is for, the most serious grade first."""
    graded = [g for grades in by_grade.values() for g in grades]
    rank = {g: i for i, g in enumerate(words.most_serious_first(graded))}
    return sorted(by_grade.items(), key=lambda kv: min(rank.get(g, 0) for g in kv[1]))


LIMITATION = "limitation (unless tolled; check): "
"""Before a count's limitation periods (:func:`limitation`)."""
ACCESSORY_LIMITATION = "Limitation of the act aided (unless tolled; check): "
"""Before them on a helper's finding (:func:`accessory_lines`)."""


def _place(county: str) -> str:
    """``in Bernalillo County``, or ``outside New Mexico``."""
    place = County(county)
    return f"in {place.words()}" if place.in_new_mexico else place.words()


def _counts(
    counts: list[CountSummary], victim: str, names: dict[str, str], today: date
) -> list[str]:
    lines: list[str] = []
    for c in counts:
        age = (
            f"{victim} aged {c.victim_age}"
            if c.victim_age and not age_unknown(c)
            else f"{victim}'s age at the act not known"  # the act is "the undated ..."
            if age_unknown(c)
            else f"{victim}'s age not known"
        )
        where = f" — {_place(c.county)}" if c.county else ""
        head = f"{when(c)}{where} — {age} — texts: {_texts(c)}"
        limit = limitation(c, names, today)
        if len(counts) == 1:  # the pair's lines above are this act's
            return wrap(f"Count: {head}" + (f"; {limit}" if limit else ""), "  ")
        lines += wrap(head, "    - ")
        parts = [act_line(act, names[law_id]) for law_id, act in c.laws.items()]
        lines += wrap("; ".join(parts) + (f"; {limit}" if limit else ""), "        ")
    if not lines:  # a party to an agreement with no act of his own: no count
        return []
    return ["  Counts (each act a potential count):", *lines]


STATE_ACCESSORIES_HEAD = "Accessories (NMSA 1978, § 30-1-13 [S]):"
"""With § 30-52-1 alone assessed (``law="nm"``): § 30-1-13 alone."""
ACCESSORIES_HEAD = STATE_ACCESSORIES_HEAD.replace("):", f"; {accessory_law.USC_2} [S]):")
FEDERAL_ACCESSORIES_HEAD = f"Accessories ({accessory_law.USC_2} [S]):"
"""With § 30-52-1 not assessed: 18 U.S.C. § 2 alone."""
ACCESSORY_FEDERAL = accessory_law.FEDERAL_STATUSES
"""Before the federal sections' statuses of the act a helper aided (here and on the page)."""

Helper = AccessoryFinding | FederalAccessoryFinding
"""A helper's finding: under § 30-52-1 (with the federal sections beside it), or under the
federal sections alone."""


def helpers(s: Summary) -> list[Helper]:
    """The helpers' findings of the summary: the state's, or (``law="federal"``) the federal."""
    return [*s.accessories, *s.federal_accessories]


def accessory_ref(s: Summary, pair: PairSummary, law: LawStatus) -> str:
    """For a defendant's § 30-52-1 line not met (or open) on his own acts: the acts toward the
    same victim of which the accessories' section finds him an accessory (met, or open), in a
    clause, or "" (review S5 of session 7: a money collector NOT MET on his own line while the
    section below finds him an accessory; a reader scanning the pair lines dropped him)."""
    if law.law != "nm_30_52_1" or law.status == "met":
        return ""
    found = [
        a
        for a in s.accessories
        if (a.helper, a.victim) == (pair.defendant, pair.victim)
        and a.status != "not_met"
        and a.bar != "applies"
    ]
    if not found:
        return ""
    surely = all(a.status == "met" and a.bar is None for a in found)
    aided = words.either([f"{a.defendant}'s {a.name.removeprefix('the ')}" for a in found], "and")
    verb = "is" if surely else "may be"
    return f"{pair.defendant} {verb} an accessory to {aided}: see Accessories"


def with_accessory_ref(line: str, s: Summary, pair: PairSummary, law: LawStatus) -> str:
    """``line`` (a pair's law line) with :func:`accessory_ref`'s clause, if any."""
    ref = accessory_ref(s, pair, law)
    return f"{line.removesuffix('.')}; {ref}." if ref else line


def accessories_head(s: Summary) -> str:
    """The heading of the helpers' findings, naming the laws assessed: § 30-1-13 and § 2,
    § 30-1-13 alone (``law="nm"``) or § 2 alone (``law="federal"``)."""
    if not s.accessories:
        return FEDERAL_ACCESSORIES_HEAD
    federal = any(law != "nm_30_52_1" for law in s.laws)
    return ACCESSORIES_HEAD if federal else STATE_ACCESSORIES_HEAD


def _best(statuses: Iterable[Status]) -> Status:
    """Met if any is, undetermined if any is, else not met (the helper over the sections)."""
    found = set(statuses)
    return "met" if "met" in found else "undetermined" if "undetermined" in found else "not_met"


def aided_count(s: Summary, a: Helper) -> CountSummary | None:
    """The count of the act a helper aided (its pair's), if the summary has it."""
    for pair in s.pairs:
        if (pair.defendant, pair.victim) == (a.defendant, a.victim):
            for c in pair.counts:
                if c.conduct == a.conduct:
                    return c
    return None


def accessory_lines(a: Helper, names: Mapping[str, str], s: Summary | None = None) -> list[str]:
    """A helper's accessory finding: the sentence and the federal sections' statuses on the
    same facts (what is still needed is with the pairs': :func:`needed`); with the summary
    ``s``, the limitation periods of the act aided as its count gives them (an accessory is
    punished as the principal: review K3, a helper's lawyer reads only the helper's line), unless
    the helper is not met. Plain text (the Markdown renderer escapes it)."""
    if isinstance(a, AccessoryFinding):
        barred = a.bar == "applies" and a.status != "not_met"
        lead = "barred by § 30-52-1(E)" if barred else words.STATUS_WORDS[a.status]
        if a.bar == "may_apply" and a.status != "not_met":  # review O6: the header says it too
            met = a.status == "met"
            lead += (
                " unless barred by § 30-52-1(E)" if met else " (§ 30-52-1(E) may bar the charge)"
            )
    else:
        lead = words.STATUS_WORDS[_best(a.federal.values())]
    out = [f"{a.helper}, {lead}: {a.words}"]
    if a.federal:
        statuses = [
            (names[law].removeprefix("18 U.S.C. "), words.STATUS_WORDS[status])
            for law, status in a.federal.items()
        ]
        out.append(accessory_law.federal_line(a.helper, statuses))
    c = aided_count(s, a) if s is not None and lead != words.STATUS_WORDS["not_met"] else None
    if s is not None and c is not None and (limit := limitation(c, names, s.assessed_on)):
        out.append(ACCESSORY_LIMITATION + limit.removeprefix(LIMITATION) + ".")
    return out


def needed(s: Summary) -> list[Question]:
    """What is still needed: the pairs' questions, then the accessories'."""
    return [*s.needed, *(q for a in helpers(s) for q in a.needed)]


def helper_heading(s: Summary, a: Helper) -> str:
    """The heading a helper's questions are filed under: the helper and the act aided
    (``H, as accessory to D's recruiting of V on 1 June 2021``) — not "H toward V", which reads
    as an act of H's toward V (review K6); the § 30-52-1(E) question, about the helper, is
    where a reader looking for the helper finds it."""
    c = aided_count(s, a)
    clause = (
        words.act_clause(a.defendant, c.act, a.victim, c.date)
        if c is not None
        else f"{a.defendant}'s {a.name.removeprefix('the ')} toward {a.victim}"
    )
    return f"{a.helper}, as accessory to {clause}"


CHILD_QUOTE = f"(NMSA 1978, § 32A-2-3(A) [S]: “{safe_harbor.DELINQUENT_ACT}”)"
"""§ 32A-2-3(A)'s words as a child defendant's (or helper's) line quotes them
(``notes.defendant_under_eighteen``)."""
CHILD_QUOTED_ABOVE = "(NMSA 1978, § 32A-2-3(A) [S], quoted above)"
"""The same, after the first line of an output that quotes it."""


class QuotedOnce:
    """§ 32A-2-3(A)'s words quoted once in one readable output, in its first line that gives
    them (a child defendant's § 30-52-1 line, a child helper's finding), and referred to after
    ("quoted above"), as a conspiracy said in full is referred to under the other pairs. The
    JSON's lines stay each self-contained: only the text, Markdown, HTML and memo say it once.
    Call it on each line in the order the output shows them."""

    def __init__(self) -> None:
        self.said = False

    def __call__(self, text: str) -> str:
        if CHILD_QUOTE not in text:
            return text
        if self.said:
            return text.replace(CHILD_QUOTE, CHILD_QUOTED_ABOVE)
        self.said = True
        head, _, rest = text.partition(CHILD_QUOTE)
        return head + CHILD_QUOTE + rest.replace(CHILD_QUOTE, CHILD_QUOTED_ABOVE)


def quoted_in(s: Summary) -> QuotedOnce:
    """A :class:`QuotedOnce` for what follows the summary ``s`` in the same output (the notes
    in full): § 32A-2-3(A) already quoted if a line of the summary quotes it."""
    once = QuotedOnce()
    lines = [law.why or "" for pair in s.pairs for law in pair.laws]
    once.said = any(CHILD_QUOTE in x for x in [*lines, *(a.words for a in helpers(s))])
    return once


BAR_ELEMENT = "victim_not_accessory"
"""The element of a helper's § 30-52-1(E) question (``reasoning.accessories``)."""


def question_text(q: Question) -> str:
    """A question's words in a readable output. The § 30-52-1(E) question of a helper refers
    to the helper's finding, shown above it, for why the bar may apply, rather than saying it
    again (review N7: the finding and the question both said it; the JSON question keeps its
    own words, self-contained)."""
    if q.element != BAR_ELEMENT:
        return q.text
    h = q.defendant
    ask = (
        f"Is {h} “a human trafficking victim” within § 30-52-1(E)?"
        if q.kind == "point_of_law"
        else f"Was {h} a human trafficking victim?"
    )
    at = q.text.find(EVIDENCE_ON_FILE)  # the indicators toward the helper (review O6): kept
    evidence = q.text[at:] if at >= 0 else ""
    return (
        f"{ask} If so, {h} shall not be charged as an accessory (why this is open: {h}'s "
        f"finding under the accessories above).{evidence}"
    )


EVIDENCE_ON_FILE = " (Evidence on file: "
"""How a question's note of the indicators on file begins (``reasoning.summary``)."""


def needed_headings(s: Summary) -> list[tuple[Question, str]]:
    """:func:`needed`, each question with the heading it is filed under where the questions
    are grouped: a pair's under ``D toward V``, a helper's under :func:`helper_heading`."""
    out = [(q, f"{q.defendant} toward {q.victim}") for q in s.needed]
    for a in helpers(s):
        head = helper_heading(s, a)
        out += [(q, head) for q in a.needed]
    return out


NOTHING_NEEDED = "nothing for the statuses and grades above."


def law_names() -> dict[str, str]:
    """Each law's short name by its id (``§ 30-52-1``, ``§ 1591``): how the views name a law
    where its title is understood (one place for the summary's renderers and the workbench)."""
    from nm_trafficking import statute

    return {law.id: words.law_short(law) for law in (statute.NM, *statute.FEDERAL_LAWS)}


def nothing_needed(s: Summary) -> str:
    """What "Still needed:" says when no question is asked: nothing for the statuses and
    grades above; or, where a section stays undetermined because none of its questions is asked
    (``not_asked``: no fact puts the trafficking it reaches at issue), that nothing is asked and
    why those lines stay open (review G10: "nothing" under an undetermined line read as a
    contradiction)."""

    names = law_names()
    gated = list(
        dict.fromkeys(
            names[law.law]
            for pair in s.pairs
            for law in pair.laws
            if law.status == "undetermined" and law.not_asked
        )
    )
    if not gated:
        return NOTHING_NEEDED
    stays, reaches, lines = (
        ("stays", "it reaches", "its line")
        if len(gated) == 1
        else ("stay", "they reach", "their lines")
    )
    return (
        f"nothing is asked; {words.either(gated, 'and')} {stays} undetermined because no fact "
        f"stated puts the trafficking {reaches} at issue (see {lines})."
    )


def cited(laws: list[str]) -> str:
    federal = [words.law_short(words.law(x)).removeprefix("§ ") for x in laws if x != "nm_30_52_1"]
    cited = [words.law_citation("nm_30_52_1")] if "nm_30_52_1" in laws else []
    if len(federal) == 1:
        cited.append(f"18 U.S.C. § {federal[0]}")
    elif federal:
        cited.append(f"18 U.S.C. §§ {words.either(federal, 'and')}")
    return " and ".join(cited)


def _notes(s: Summary) -> list[str]:
    titles = dict.fromkeys(n.title for n in s.notes)
    return _library_text("Notes (in full: --detail elements): " + "; ".join(titles) + ".", "  ")


@lru_cache(maxsize=256)
def _library_lines(text: str, hang: str) -> tuple[str, ...]:
    return tuple(wrap(text, "", hang))


def _library_text(text: str, hang: str) -> list[str]:
    """:func:`wrap` (no indent) of a text the library wrote, with nothing from the facts in it
    (the notes' titles, the disclaimer): the same few texts recur, so each is wrapped once. A
    text from the facts is never kept."""
    return list(_library_lines(text, hang))


def cites(citations: list[str], cite: Callable[[str], str] = words.paragraph_short) -> str:
    """The paragraphs a question settles, each once. A federal prong is named beside its
    paragraph ("§ 1591(a)(1) (minor)") when the question is for that prong alone, so that two
    questions for different prongs — alternatives, either of which suffices — do not read as
    both needed; a question every prong of a paragraph asks names the paragraph alone."""
    prongs: dict[str, list[str]] = {}
    for c in citations:
        form = cite(c)  # a text's own citation (§ 1589 in the 2000 text) is said whole
        found = _PRONG.match(form) if form == words.paragraph_short(c) else None
        para, prong = (found.group(1), found.group(2)) if found else (form, "")
        named = prongs.setdefault(para, [])
        if prong not in named:
            named.append(prong)
    return ", ".join(
        f"{para} ({named[0]})" if len(named) == 1 and named[0] else para
        for para, named in prongs.items()
    )


_T = TypeVar("_T")

_PRONG = re.compile(r"^(§ \S+?\([a-z]\)(?:\(\d+\))?)\s*(.*)$")
"""A federal paragraph ("§ 1591(a)(1)") and the prong after it ("minor"), if any."""


def related_at(pair: PairSummary) -> int:
    """Where a pair's state related offenses (an attempt, a conspiracy under NMSA 1978) go among
    its law lines: directly under § 30-52-1's line; after the lines there are where it has none (a
    party to an agreement with no act of his own has no law line)."""
    for i, law in enumerate(pair.laws):
        if law.law == "nm_30_52_1":
            return i + 1
    return len(pair.laws)


def related_slots(pair: PairSummary) -> list[int]:
    """For each of a pair's related offenses, in order, how many law lines come before it: a
    state offense directly under § 30-52-1's line (:func:`related_at`), a federal one (a
    § 1594 conspiracy) after the last law line, so that no federal related line stands between
    § 30-52-1's line and the federal sections' (the decision of every law first)."""
    state = related_at(pair)
    out = []
    for i in range(len(pair.related)):
        offense = pair.related_offenses[i] if i < len(pair.related_offenses) else None
        federal = offense is not None and offense.citation.startswith("18 U.S.C.")
        out.append(len(pair.laws) if federal else state)
    return out


def with_related(pair: PairSummary, laws: Sequence[_T], related: Sequence[_T]) -> list[_T]:
    """The pair's law items (one per law line) with its related offenses' items (one per
    related sentence) placed as :func:`related_slots` says."""
    slots = related_slots(pair)
    out: list[_T] = []
    for at in range(len(laws) + 1):
        if at:
            out.append(laws[at - 1])
        out.extend(r for r, slot in zip(related, slots, strict=True) if slot == at)
    return out


def render_summary(s: Summary) -> list[str]:
    """The summary, as lines of text."""

    names = law_names()
    lines: list[str] = []
    if s.title:
        lines += wrap(printable(on_one_line(s.title)), "")
    lines += wrap(f"Assessed on {words.long_date(s.assessed_on)} under {cited(s.laws)}.", "")
    if not s.pairs:
        lines += wrap(s.no_act, "")
    once = QuotedOnce()
    for pair in s.pairs:
        lines += ["", f"{pair.defendant} toward {pair.victim}:"]
        shown = []
        for law in pair.laws:  # the decision first: whether a period passed, on the law's line
            line = law_line_with_periods(law, names, pair.counts, s.assessed_on)
            shown.append(once(with_accessory_ref(line, s, pair, law)))
        for line in with_related(pair, shown, pair.related):
            lines += wrap(line, "  ")
        lines += _counts(pair.counts, pair.victim, names, s.assessed_on)
    if helpers(s):
        lines += ["", accessories_head(s)]
        for a in helpers(s):
            first, *rest = accessory_lines(a, names, s)
            lines += wrap(once(first), "  - ")
            for line in rest:
                lines += wrap(line, "    ")
    questions = needed_headings(s)
    if questions:
        lines += ["", "Still needed:"]
        # Several pairs (or helpers): each one's questions under its name (two acts of one verb
        # and day toward two persons read alike); the numbering runs on.
        several = len({head for _, head in questions}) > 1
        heading: str | None = None
        for i, (q, head) in enumerate(questions, 1):
            if several and head != heading:
                heading = head
                lines += wrap(f"{head}:", "  ")
            settles = cites(q.citations, q.cited)
            lead = "[point of law] " if q.kind == "point_of_law" else ""
            lines += wrap(f"{settles}: {lead}{question_text(q)}", f"  {i}. ", " ")
    elif s.pairs:
        lines += ["", *wrap(f"Still needed: {nothing_needed(s)}", "")]
    if s.notes:
        lines += ["", *_notes(s)]
    lines += ["", *_library_text(s.disclaimer, "")]
    return lines


def render_summary_text(s: Summary) -> str:
    return "\n".join(render_summary(s))
