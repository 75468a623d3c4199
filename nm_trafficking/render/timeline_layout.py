"""The timeline's layout: where each thing of the summary goes on a dated axis.

Everything placed comes from the summary (``result.summary``): the acts' dates (or the windows
of undated acts), their statuses under each law, the victim's age at them and any limitation
deadline (``ActUnderLaw.deadline``, drawn when present); the victim's possible births
and the days each birthday the laws turn on can fall on (``Summary.births``, found by the
assessment's own age arithmetic, ``reasoning.ages.turns``); the texts in force
(``Summary.texts``).

Acts that would overlap on the axis are merged into one mark ("12 acts, 3 Mar–9 May 2019"),
more coarsely until every mark's label fits, so the picture stays bounded at any number of
acts (:data:`MAX_LEVELS` label rows). :mod:`render.timeline` draws the layout; every drawn
thing carries a ``ref`` shared with its row in the text equivalent.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from nm_trafficking import words
from nm_trafficking.results import Status
from nm_trafficking.statute.related import limitation as related_limitation
from nm_trafficking.summary import (
    Birth,
    CountSummary,
    LimitationPeriod,
    PairSummary,
    Summary,
    TextInForce,
)

WIDTH = 960.0
X0 = 150.0
"""The plot's left edge (the row labels are left of it)."""
X1 = WIDTH - 24.0
ROW = 26.0
LEVEL = 26.0
"""A label row's height: two lines (the verb, the date)."""
MAX_LEVELS = 3
CHAR = 5.6
"""The width of a character at the labels' size (10px sans-serif), an estimate."""
MERGE_PX = 10.0
NEAR_DAYS = 31
"""A birthday this close to an act (or inside an undated act's window) is marked."""
ORDER: tuple[Status, ...] = ("met", "undetermined", "not_met")
BANDS: tuple[tuple[int, str], ...] = ((0, "under 13"), (13, "13–15"), (16, "16–17"), (18, "18+"))
"""The state statute's age bands (§ 30-52-1(C) grades at 13 and 16, (A)(2) at 18)."""
FEDERAL_14 = "usc_1591"
"""§ 1591(b)(1): under 14."""
FEDERAL_BANDS: tuple[tuple[int, str], ...] = ((0, "under 14"), (14, "14–17"), (18, "18+"))
"""With § 30-52-1 not assessed, § 1591's bands ((b)(1) under 14; the minor prongs under 18):
the summary's births then give no birthday at 13 or 16."""


def bands(laws: Sequence[str]) -> tuple[tuple[int, str], ...]:
    """The age bands of the laws assessed: the state statute's where it is assessed."""
    return BANDS if "nm_30_52_1" in laws or FEDERAL_14 not in laws else FEDERAL_BANDS


SHORT_MONTHS = tuple(m[:3] for m in words.MONTHS)
_LABEL = re.compile(r"\[[PSR]\]$")


def short_date(day: date) -> str:
    """``10 Mar 2018``."""
    return f"{day.day} {SHORT_MONTHS[day.month - 1]} {day.year}"


def short_span(first: date, last: date) -> str:
    """``3 Mar–9 May 2019``, ``3–9 May 2019``, ``3 Mar 2018–9 May 2019``."""
    if first == last:
        return short_date(first)
    if first.year != last.year:
        return f"{short_date(first)}–{short_date(last)}"
    if first.month != last.month:
        return f"{first.day} {SHORT_MONTHS[first.month - 1]}–{short_date(last)}"
    return f"{first.day}–{short_date(last)}"


@dataclass(frozen=True, slots=True)
class Axis:
    start: date
    end: date

    def x(self, day: date) -> float:
        span = max(1, (self.end - self.start).days)
        return round(X0 + (day - self.start).days / span * (X1 - X0), 1)

    def clip(self, day: date) -> float:
        """``x(day)``, kept within the plot."""
        return min(max(self.x(day), X0), X1)


@dataclass(slots=True)
class Cluster:
    """One mark of a pair: one act, or acts merged because they would overlap."""

    counts: list[CountSummary]
    first: date
    last: date
    undated: bool
    ref: str = ""
    level: int = 0
    label_x: float = 0.0

    def statuses(self, law: str) -> Counter[Status]:
        return Counter(c.laws[law].status for c in self.counts if law in c.laws)

    def status(self, law: str) -> Status | None:
        """The status the mark's shape shows: met if any act meets the law, else undetermined
        if any may, else not met (the words give every act's)."""
        found = self.statuses(law)
        return next((s for s in ORDER if found[s]), None)

    def status_words(self, law: str) -> str:
        found = self.statuses(law)
        if len(self.counts) == 1:
            return words.STATUS_WORDS[self.status(law) or "not_met"] if found else "not assessed"
        return ", ".join(f"{found[s]} {words.STATUS_WORDS[s]}" for s in ORDER if found[s])

    def heading(self) -> tuple[str, str]:
        """The label's two lines: the verb (or how many acts) and the date (or window)."""
        if len(self.counts) == 1:
            c = self.counts[0]
            verb = c.act + (" (undated)" if self.undated else "")
            day = short_span(self.first, self.last)
            return verb, day + (" (assumed)" if c.date_assumed else "")
        what = f"{len(self.counts)} {'undated ' if self.undated else ''}acts"
        return what, short_span(self.first, self.last)

    def width(self) -> float:
        return max(len(line) for line in self.heading()) * CHAR + 8


@dataclass(frozen=True, slots=True)
class Edge:
    """A birthday at a band edge (or the 14th for § 1591): from the first day the victim can
    be ``age`` to the first day they surely are."""

    ref: str
    age: int
    first: date
    sure: date
    near: bool
    """An act falls on or near it (or an undated act's window holds it): marked."""
    federal: bool

    def when(self) -> str:
        """The day (or days) it can fall on, in words."""
        if self.first == self.sure:
            return words.long_date(self.first)
        return f"between {words.long_date(self.first)} and {words.long_date(self.sure)}"

    def words(self) -> str:
        what = f"{self.age}th birthday"
        if self.federal:
            what += " (§ 1591(b)(1): under 14 before it)"
        return f"{what}: {self.when()}"


_PERIOD = re.compile(
    r"^(?:18 U\.S\.C\. § \d+ \()?(?:\d{1,2} [A-Z][a-z]+ \d{4} to |[Bb]efore \d{1,2} [A-Z])"
)
"""A period with no text encoded, named by its dates (``23 December 2008 to 31 December 2009:
...``), or, since the period names its section (review G9 of session 6), ``18 U.S.C. § 1591 (23
December 2008 to 31 December 2009: ...)``, ``18 U.S.C. § 1591 (before 28 October 2000: ...)``."""


def is_text(t: TextInForce) -> bool:
    """A text, named by its citation; not a period with none encoded (:data:`_PERIOD`)."""
    return not _PERIOD.match(t.name)


def period_parts(t: TextInForce) -> tuple[str, str]:
    """A period with no text encoded (:func:`is_text` false) as its span and why, without its
    section: ``("23 December 2008 to 31 December 2009", "the 2008 Act's effective date is
    UNVERIFIED")``; where either of two texts applies (§ 1589 in 2009) the why alone, not the
    two texts (neither came into force on the period's first day)."""
    name = t.name
    head = re.match(r"^18 U\.S\.C\. § \d+ \((.*)\)$", name, re.S)
    inner = head.group(1) if head else name
    span, _, why = inner.partition(": ")
    if "; " in why and (" or as amended " in why or "as enacted " in why):
        why = why.rsplit("; ", 1)[1]
    return span, why


@dataclass(frozen=True, slots=True)
class TextLine:
    """The texts that came into force on one day."""

    ref: str
    day: date
    texts: list[tuple[str, TextInForce]]
    """Each text by its law's id."""

    def label(self) -> str:
        parts: list[str] = []
        for law, t in self.texts:
            code = _LABEL.search(t.name)
            short = words.law_short(words.law(law))
            if is_text(t):
                parts.append(short + (f" {code.group(0)}" if code else ""))
        head = ", ".join(dict.fromkeys(parts)) or "period"
        unverified = any(not is_text(t) and "UNVERIFIED" in t.name for _, t in self.texts)
        return f"{short_date(self.day)}: {head}" + (" (effective date UNVERIFIED)" * unverified)


@dataclass(frozen=True, slots=True)
class Deadline:
    ref: str
    law: str
    day: date
    acts: list[str]
    grade: str | None = None
    """The grade whose period ends on ``day``, where more than one grade is possible."""
    condition: str = ""
    """Where which rule applies is open (§ 3298 or § 3282(a): review L3), the rule and when."""

    @property
    def which(self) -> str:
        """`` if a second degree felony`` where the period is one possible grade's."""
        return f" if a {words.grade_name(self.grade)}" if self.grade else self.condition


@dataclass(slots=True)
class Lane:
    """One defendant's acts toward the victim, a row per law."""

    pair: PairSummary
    clusters: list[Cluster]
    deadlines: list[Deadline]
    undrawn: list[CountSummary]
    later: list[Deadline] = field(default_factory=list)
    """Deadlines after the axis's end (or before its start): said in a caption, not drawn."""
    y: float = 0.0
    """The top of its label rows."""
    levels: int = 1

    @property
    def rows_y(self) -> float:
        return self.y + self.levels * LEVEL + 6


@dataclass(slots=True)
class Layout:
    victim: str
    laws: list[str]
    axis: Axis
    lanes: list[Lane]
    birth: Birth | None
    edges: list[Edge]
    lines: list[TextLine]
    before: list[tuple[str, TextInForce]]
    """The texts already in force at the axis's start (the newest of each law)."""
    after: list[tuple[str, TextInForce]]
    """The first text of each law to come into force after the axis's end."""
    ticks: list[tuple[date, str]] = field(default_factory=list)
    assessed_on: date | None = None
    """The day of the assessment: a limitation period ending before it has passed."""


def _window(c: CountSummary, today: date) -> tuple[date, date] | None:
    if c.date is not None and c.possible_dates is None:
        return c.date, c.date
    span = c.possible_dates
    if span is None or span.earliest is None:
        return None
    return span.earliest, span.latest or today


def _cluster(
    counts: Sequence[CountSummary], axis: Axis, merge_px: float, today: date
) -> list[Cluster]:
    dated = sorted(
        ((w, c) for c in counts if (w := _window(c, today)) and w[0] == w[1] and not _undated(c)),
        key=lambda p: p[0][0],
    )
    out: list[Cluster] = []
    for (day, _), c in dated:
        last = out[-1] if out else None
        if last is not None and not last.undated and axis.x(day) - axis.x(last.first) < merge_px:
            last.counts.append(c)
            last.last = day
        else:
            out.append(Cluster([c], day, day, undated=False))
    windows: dict[tuple[date, date], list[CountSummary]] = {}
    for c in counts:
        w = _window(c, today)
        if w is not None and _undated(c):
            windows.setdefault(w, []).append(c)
    if len(windows) > 2:  # more than two windows: one bar over all of them
        merged = [c for group in windows.values() for c in group]
        windows = {(min(w[0] for w in windows), max(w[1] for w in windows)): merged}
    out.extend(Cluster(group, w[0], w[1], undated=True) for w, group in windows.items())
    return out


def _undated(c: CountSummary) -> bool:
    return c.date is None or c.possible_dates is not None


def _place(clusters: list[Cluster], axis: Axis) -> bool:
    """Give each mark a label row (greedily); false when one does not fit in any."""
    ends = [X0 - 1000.0] * MAX_LEVELS
    for cl in sorted(clusters, key=lambda k: axis.x(k.first)):
        centre = (axis.clip(cl.first) + axis.clip(cl.last)) / 2
        w = cl.width()
        left = min(max(centre - w / 2, X0 - 40), X1 + 20 - w)
        for level in range(MAX_LEVELS):
            if left >= ends[level] + 4:
                cl.level, cl.label_x, ends[level] = level, left + w / 2, left + w
                break
        else:
            return False
    return True


def _axis(pairs: Sequence[PairSummary], today: date) -> Axis:
    """From the first to the last dated act, padded; an undated act's window only when no act
    is dated (a window of years would crush the dated acts: its bar is cut at the axis's ends,
    its label gives it in full). Limitation deadlines do not stretch it (years after the acts,
    they would merge acts days apart): one beyond it is said in a caption."""
    dated: list[date] = []
    windows: list[date] = []
    for p in pairs:
        for c in p.counts:
            w = _window(c, today)
            if w is not None:
                (windows if _undated(c) else dated).extend(w)
    days = dated or windows
    if not days:
        return Axis(today - timedelta(days=365), today)
    lo, hi = min(days), max(days)
    pad = max(15, (hi - lo).days // 25)
    return Axis(lo - timedelta(days=pad), hi + timedelta(days=pad))


def cuts(birth: Birth | None) -> dict[int, tuple[date, date]]:
    """The birthdays of the summary (``Birth.birthdays``), by age: the first day the victim can
    be that age and the first day they surely are."""
    if birth is None:
        return {}
    out: dict[int, tuple[date, date]] = {}
    for age, span in birth.birthdays.items():
        if span.earliest is not None and span.latest is not None:
            out[int(age)] = (span.earliest, span.latest)
    return out


def _edges(birth: Birth | None, laws: list[str], axis: Axis, lanes: list[Lane]) -> list[Edge]:
    found = cuts(birth)
    ages = [13, 16, 18] + ([14] if FEDERAL_14 in laws else [])
    spans = [(cl.first, cl.last) for lane in lanes for cl in lane.clusters]
    near = timedelta(days=NEAR_DAYS)
    out: list[Edge] = []
    for age in sorted(a for a in ages if a in found):
        first, sure = found[age]
        if sure <= axis.start or first >= axis.end:
            continue
        close = any(a - near <= sure and first <= b + near for a, b in spans)
        out.append(Edge(f"b{age}", age, first, sure, close, age == 14))
    return out


def _lines(
    texts: dict[str, list[TextInForce]], laws: list[str], axis: Axis
) -> tuple[list[TextLine], list[tuple[str, TextInForce]], list[tuple[str, TextInForce]]]:
    """The lines within the axis; per law the text in force at its start and the next one
    after its end."""
    mine = [(law, t) for law in laws for t in texts.get(law, [])]
    by_day: dict[date, list[tuple[str, TextInForce]]] = {}
    for law, t in sorted(mine, key=lambda p: p[1].in_force_from):
        if axis.start < t.in_force_from <= axis.end:
            by_day.setdefault(t.in_force_from, []).append((law, t))
    before: dict[str, TextInForce] = {}
    after: dict[str, TextInForce] = {}
    for law, t in mine:
        if t.in_force_from <= axis.start and (
            law not in before or before[law].in_force_from <= t.in_force_from
        ):
            before[law] = t
        if t.in_force_from > axis.end and (
            law not in after or after[law].in_force_from > t.in_force_from
        ):
            after[law] = t
    lines = [TextLine(f"t{i}", d, ts) for i, (d, ts) in enumerate(by_day.items(), 1)]
    return (
        lines,
        [(x, before[x]) for x in laws if x in before],
        [(x, after[x]) for x in laws if x in after],
    )


def _ticks(axis: Axis) -> list[tuple[date, str]]:
    days = (axis.end - axis.start).days
    out: list[tuple[date, str]] = []
    if days > 3 * 365:
        step = max(1, -(-days // 365 // 10))
        year = axis.start.year + 1
        while date(year, 1, 1) <= axis.end:
            out.append((date(year, 1, 1), str(year)))
            year += step
        return out
    if days > 90:
        step = next(s for s in (1, 2, 3, 6, 12) if days / 30 / s <= 12)
        y, m = axis.start.year, axis.start.month + 1
        while True:
            y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
            d = date(y, m, 1)
            if d > axis.end:
                return out
            out.append((d, f"{SHORT_MONTHS[m - 1]} {y}"))
            m += step
    step = max(1, days // 10)
    d = axis.start + timedelta(days=1)
    while d <= axis.end:
        out.append((d, f"{d.day} {SHORT_MONTHS[d.month - 1]}"))
        d += timedelta(days=step)
    return out


def layouts(s: Summary) -> list[Layout]:
    """One layout per victim (a lane per defendant), in the order of the pairs."""
    victims: dict[str, list[PairSummary]] = {}
    for p in s.pairs:
        if p.counts:  # a party to an agreement with no act of his own has no lane
            victims.setdefault(p.victim, []).append(p)
    births = {b.victim: b for b in s.births}
    out: list[Layout] = []
    refs = itertools.count(1)
    for victim, pairs in victims.items():
        axis = _axis(pairs, s.assessed_on)
        lanes: list[Lane] = []
        for p in pairs:
            merge = MERGE_PX
            clusters = _cluster(p.counts, axis, merge, s.assessed_on)
            while not _place(clusters, axis) and merge < X1 - X0:
                merge *= 1.6
                clusters = _cluster(p.counts, axis, merge, s.assessed_on)
            for cl in sorted(clusters, key=lambda k: (k.first, k.undated)):
                cl.ref = f"a{next(refs)}"
            undrawn = [c for c in p.counts if _window(c, s.assessed_on) is None]
            shown, later = _deadlines(p, refs, axis)
            lanes.append(Lane(p, sorted(clusters, key=lambda k: k.ref), shown, undrawn, later))
            lanes[-1].levels = 1 + max((cl.level for cl in clusters), default=0)
        for lane in lanes:
            lane.clusters.sort(key=lambda k: int(k.ref[1:]))
        edges = _edges(births.get(victim), s.laws, axis, lanes)
        lines, before, after = _lines(s.texts, s.laws, axis)
        out.append(
            Layout(
                victim, list(s.laws), axis, lanes, births.get(victim), edges, lines, before, after
            )
        )
        out[-1].ticks = _ticks(axis)
        out[-1].assessed_on = s.assessed_on
    return out


def _if_3298(period: LimitationPeriod) -> bool:
    """§ 3298's ten years where § 3282(a)'s five may apply instead (review L3)."""
    return (period.applies_if or "").startswith(related_limitation.APPLIES_3298)


def _short(citation: str) -> str:
    """``§ 30-1-8(H)``: a period's provision without the code's name."""
    return citation.removeprefix("NMSA 1978, ").removeprefix("18 U.S.C. ")


def _deadlines(
    p: PairSummary, refs: Iterator[int], axis: Axis
) -> tuple[list[Deadline], list[Deadline]]:
    """Each law's limitation deadlines for the pair's counts, when computed: those on the
    axis (drawn), and those off it (said in a caption)."""
    found: dict[tuple[str, date, str | None, str], list[str]] = {}
    for c in p.counts:
        for law, u in c.laws.items():
            if u.deadlines and len(set(u.deadlines.values())) > 1:
                for each in words.most_serious_first(u.deadlines):
                    day = u.deadlines[each]
                    if day is not None:
                        found.setdefault((law, day, each, ""), []).append(c.name)
                        continue
                    # a grade with no single last day (§ 30-1-8(I) or (H), open): each period
                    # of it that has one, with when it applies (review X5 of session 8: the
                    # alternative was dropped)
                    mine = [x for x in u.all_periods if x.grade == each]
                    for x in mine:
                        if x.last_day is None:
                            continue
                        others = [
                            f"{_short(n.citation)} gives none {n.applies_if or ''}".rstrip()
                            for n in mine
                            if n.last_day is None and n.kind == "none"
                        ]
                        reading = "on a reading, " if others else ""
                        said = (
                            f" if a {words.grade_name(each)}, {reading}under {_short(x.citation)} "
                            f"{x.applies_if or ''}".rstrip()
                            + "".join(f"; {o}" for o in others)
                        )
                        found.setdefault((law, x.last_day, None, said), []).append(c.name)
            elif any(_if_3298(x) for x in u.all_periods):  # § 3298 or § 3282(a) (review L3)
                for x in u.all_periods:
                    if x.last_day is not None:
                        short = x.citation.removeprefix("18 U.S.C. ")
                        when = "was in force before" if _if_3298(x) else "came in after"
                        said = f" under {short}, if § 3298 {when} the five years ran out"
                        found.setdefault((law, x.last_day, None, said), []).append(c.name)
            elif u.deadline is not None:
                found.setdefault((law, u.deadline, None, ""), []).append(c.name)
    shown: list[Deadline] = []
    off: list[Deadline] = []
    for (law, d, grade, condition), acts in found.items():
        if axis.start <= d <= axis.end:
            shown.append(Deadline(f"d{next(refs)}", law, d, acts, grade, condition))
        else:
            off.append(Deadline("", law, d, acts, grade, condition))
    return shown, off
