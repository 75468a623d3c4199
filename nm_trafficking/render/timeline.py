"""A timeline per victim: acts, ages, texts in force and deadlines on one dated axis (SVG).

Drawn from the summary alone (``render.timeline_layout``): each act a mark at its date (an
undated act a hatched bar over the dates it can have happened on), labelled by its verb and
date, its status under each law (one row per law) by shape as well as colour — a filled
circle met, a hollow diamond undetermined, a cross not met — with the words beside it where
there is room and always in its tooltip and the text equivalent; the victim's age bands behind
(under 13, 13–15, 16–17, 18+, grey levels and names; the 14th birthday too when § 1591 is
assessed), a band edge blurred (a gradient) over the days an uncertain birth leaves open, and
the birthdays on or near an act marked with their dates; a vertical line where a text came into
force; a limitation deadline where the summary gives one.

Every drawn thing has a ``data-ref`` shared with its row in the text equivalent
(:func:`table_rows`, a table in the HTML), which says the same in words. The SVG is written by
a Jinja2 template with autoescaping (every caller text escaped, control and formatting
characters shown as escapes); only presentation attributes are used (no ``style``), so a page
whose policy forbids inline styles can show it.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from markupsafe import Markup

from nm_trafficking import words
from nm_trafficking.render.timeline_layout import (
    FEDERAL_14,
    LEVEL,
    MAX_LEVELS,
    ORDER,
    ROW,
    WIDTH,
    X0,
    X1,
    Cluster,
    Edge,
    Lane,
    Layout,
    bands,
    cuts,
    is_text,
    layouts,
    period_parts,
    short_date,
)
from nm_trafficking.results import Status
from nm_trafficking.statute.related import limitation as related_limitation
from nm_trafficking.summary import RelatedOffense, Summary, TextInForce

__all__ = ["document", "html", "svgs", "table_rows"]

COLOUR: dict[Status, str] = {"met": "#1b5e20", "undetermined": "#8a5a00", "not_met": "#b71c1c"}
SHAPE_WORD: dict[Status, str] = {
    "met": "filled circle",
    "undetermined": "hollow diamond",
    "not_met": "cross",
}
BAND_FILL = ("#c4c4c4", "#dadada", "#ececec", "#ffffff")
"""Darker is younger (readable in black and white, named in the band strip)."""
TOP = 26.0
"""The top of the bands."""
LANES_Y = 84.0


@dataclass(frozen=True, slots=True)
class El:
    """An SVG element: a tag and attributes set by this module, text and a tooltip that may
    hold caller text (escaped by the template)."""

    tag: str
    attrs: tuple[tuple[str, str], ...]
    text: str = ""
    title: str = ""
    children: tuple[El, ...] = ()


def el(tag: str, text: str = "", title: str = "", children: Iterable[El] = (), **attrs: Any) -> El:
    """``el("rect", x=1, fill="#fff")``; ``data_ref`` is written ``data-ref``."""
    return El(
        tag,
        tuple((k.rstrip("_").replace("_", "-"), _num(v)) for k, v in attrs.items()),
        text,
        title,
        tuple(children),
    )


def _num(v: Any) -> str:
    if isinstance(v, float):
        return f"{v:.1f}".rstrip("0").rstrip(".")
    return str(v)


HALO: dict[str, Any] = {
    "stroke": "#fff",
    "stroke_width": 3,
    "stroke_linejoin": "round",
    "paint_order": "stroke",
}
"""A white outline under a label's letters: a line of a text in force or a birthday crossing
the label is hidden under it (the "30 Jun 2008" of an act the day before a text came into
force was crossed by that text's line)."""


def _text(x: float, y: float, text: str, size: float = 10, **attrs: Any) -> El:
    return el("text", text, x=x, y=y, font_size=size, font_family="sans-serif", **attrs)


# --- the text equivalent ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TableRow:
    """One row of the text equivalent: one thing drawn."""

    ref: str
    iso: str
    """The (first) date, ISO: the rows' order."""
    when: str
    what: str
    statuses: str
    age: str


def _law_name(law: str) -> str:
    return words.law_short(words.law(law))


def _cluster_statuses(cl: Cluster, laws: list[str]) -> str:
    return "; ".join(f"{_law_name(x)}: {cl.status_words(x)}" for x in laws if cl.statuses(x))


def _cluster_when(cl: Cluster) -> str:
    if len(cl.counts) == 1:
        c = cl.counts[0]
        if not cl.undated:
            return words.long_date(cl.first) + (" (assumed)" if c.date_assumed else "")
        return f"not stated: between {words.long_date(cl.first)} and {words.long_date(cl.last)}"
    span = f"{words.long_date(cl.first)} to {words.long_date(cl.last)}"
    return ("undated, between " if cl.undated else "") + span


def _cluster_what(cl: Cluster, lane: Lane) -> str:
    by = lane.pair.defendant
    if len(cl.counts) == 1:
        return f"{by}: {cl.counts[0].name}"
    verbs = ", ".join(f"{v} ×{n}" for v, n in _verbs(cl).items())
    return f"{by}: {len(cl.counts)} acts merged ({verbs})"


def _cluster_title(cl: Cluster, lane: Lane) -> str:
    """What a mark is, and when: one dated act's name already gives its date ("the recruiting
    of 1 October 2024"), so it is not said again."""
    what = _cluster_what(cl, lane)
    if len(cl.counts) == 1 and not cl.undated and not cl.counts[0].date_assumed:
        return what
    return f"{what}, {_cluster_when(cl)}"


def _verbs(cl: Cluster) -> dict[str, int]:
    out: dict[str, int] = {}
    for c in cl.counts:
        out[c.act] = out.get(c.act, 0) + 1
    return out


def _ages(cl: Cluster) -> str:
    return ", ".join(dict.fromkeys(c.victim_age or "not known" for c in cl.counts))


def _edge_what(e: Edge, victim: str, marked: bool) -> str:
    edge = "age band edge" if not e.federal else "§ 1591(b)(1) edge"
    near = "; an act falls on or near it (marked)" if marked else ""
    return f"{victim}'s {e.words()} ({edge}{near})"


def table_rows(layout: Layout) -> list[TableRow]:
    """The text equivalent of one timeline, in date order: every act (or merged acts), band
    edge, text in force and deadline drawn."""
    rows: list[TableRow] = []
    for lane in layout.lanes:
        for cl in lane.clusters:
            rows.append(
                TableRow(
                    cl.ref,
                    cl.first.isoformat(),
                    _cluster_when(cl),
                    _cluster_what(cl, lane),
                    _cluster_statuses(cl, layout.laws),
                    _ages(cl),
                )
            )
        for d in lane.deadlines:
            rows.append(
                TableRow(
                    d.ref,
                    d.day.isoformat(),
                    words.long_date(d.day),
                    f"{lane.pair.defendant}: limitation period under {_law_name(d.law)} ends "
                    f"for {words.either(d.acts, 'and')}{d.which}",
                    "",
                    "",
                )
            )
    for e in layout.edges:
        rows.append(
            TableRow(
                e.ref,
                e.first.isoformat(),
                e.when(),
                _edge_what(e, layout.victim, e.near),
                "",
                "",
            )
        )
    for line in layout.lines:
        rows.append(
            TableRow(
                line.ref,
                line.day.isoformat(),
                words.long_date(line.day),
                "In force: " + "; ".join(t.name for _, t in line.texts),
                "",
                "",
            )
        )
    return sorted(rows, key=lambda r: (r.iso, r.ref[0] != "t", r.ref))


_AGE_ON = re.compile(r": age (\d+) on (\d{4}-\d{2}-\d{2})$")


def _basis(basis: str) -> str:
    """Where the birth comes from, in words (the summary's ``basis`` names the fact)."""
    m = _AGE_ON.search(basis)
    if m:
        return f" (age {m.group(1)} on {words.long_date(date.fromisoformat(m.group(2)))})"
    if "at one of the acts" in basis:
        return " (an age stated at one of the acts, which one not stated)"
    if "taken as the age at the conduct" in basis:
        return " (the age stated, taken as the age at the act)"
    return ""


def _passed(day: date, layout: Layout) -> str:
    """``; passed`` after a period whose last day is before the day of the assessment (the text
    summary's "(passed)"), ``; the last day is today`` on it (review S3 of session 7)."""
    return related_limitation.mark(day, layout.assessed_on).replace(" (", "; ").rstrip(")")


def _texts(texts: list[tuple[str, TextInForce]], when: str) -> str:
    """The texts in force before (``when`` "from") or after ("on") the dates shown, each once:
    a period with no text encoded is said once for every section it concerns (``23 December
    2008 to 31 December 2009, § 1591 and § 1590: the 2008 Act's effective date is
    UNVERIFIED``), a text by its name and the day it came into force."""
    groups: dict[tuple[str, str], list[str]] = {}
    parts: list[str | tuple[str, str]] = []
    for law, t in texts:
        if is_text(t):
            parts.append(f"{t.name} ({when} {words.long_date(t.in_force_from)})")
            continue
        short = _law_name(law)
        span, reason = period_parts(t)
        key = (span, reason.replace(f" of {short}", ""))
        if key not in groups:
            groups[key] = []
            parts.append(key)
        groups[key].append(short)
    said = [
        part
        if isinstance(part, str)
        else f"{part[0]}, {words.either(groups[part], 'and')}: {part[1]}"
        for part in parts
    ]
    return "; ".join(said)


def captions(layout: Layout) -> list[str]:
    """What the picture says besides its marks: the birth it reads, texts in force before it,
    acts it cannot place."""
    out: list[str] = []
    b = layout.birth
    v = layout.victim
    if b is None or b.earliest is None or b.latest is None:
        why = (_basis(b.basis) if b is not None else "") or " (no birth date or age is stated)"
        out.append(f"No age bands: the facts do not bound {v}'s birth{why}.")
    elif b.earliest == b.latest:
        out.append(f"{v} born {words.long_date(b.earliest)}.")
    else:
        out.append(
            f"{v} born between {words.long_date(b.earliest)} and {words.long_date(b.latest)}"
            f"{_basis(b.basis)}: each band edge is blurred (a gradient) over the days the "
            "birthday can fall on."
        )
    later = [
        (age, first)
        for age, (first, _) in cuts(b).items()
        if first > layout.axis.end and (age != 14 or FEDERAL_14 in layout.laws)
    ]
    if later and b is not None:
        age, first = min(later)
        earliest = "at the earliest " if b.earliest != b.latest else ""
        out.append(
            f"{v}'s {age}th birthday comes after the last date shown: {earliest}on "
            f"{words.long_date(first)}."
        )
    if layout.before:
        out.append(f"In force before the first date shown: {_texts(layout.before, 'from')}.")
    if layout.after:
        out.append(f"Came into force after the last date shown: {_texts(layout.after, 'on')}.")
    # the periods ending after the last date shown: one caption, each defendant's once
    ending = [
        f"{lane.pair.defendant}: "
        + "; ".join(
            f"under {_law_name(d.law)} on {words.long_date(d.day)} "
            f"({words.either(d.acts, 'and')}{d.which}{_passed(d.day, layout)})"
            for d in sorted(lane.later, key=lambda d: d.day)
        )
        for lane in layout.lanes
        if lane.later
    ]
    if ending:
        out.append(
            "Limitation periods ending after the last date shown (dated warnings, unless "
            f"tolled): {'. '.join(ending)}."
        )
    related = [
        f"{lane.pair.defendant}: {'; '.join(said)}"
        for lane in layout.lanes
        if (said := [x for r in lane.pair.related_offenses if (x := _related_period(r, layout))])
    ]
    if related:  # an attempt's or a conspiracy's own period (review X5 of session 8)
        out.append(
            "Attempts and conspiracies, each with its own limitation period (dated warnings, "
            f"unless tolled): {'. '.join(related)}."
        )
    for lane in layout.lanes:
        if lane.undrawn:
            names = words.either([c.name for c in lane.undrawn], "and")
            out.append(f"Not drawn (no date or window known): {lane.pair.defendant}: {names}.")
    return out


def _related_period(r: RelatedOffense, layout: Layout) -> str:
    """An attempt's or a conspiracy's own limitation period in a few words: its name and
    provision, then each last day (a conspiracy's, the latest it can be; by grade where they
    differ), marked as every limitation line marks it; ``""`` where it has none."""
    by_grade = r.deadlines if r.deadlines and len(set(r.deadlines.values())) > 1 else None
    days = list(by_grade.items()) if by_grade else [(None, r.deadline)]
    if all(day is None for _, day in days):
        return ""
    federal = not r.citation.startswith("NMSA")
    said = []
    for grade, day in days:
        if day is None:
            end = "from a date not stated"
        else:
            mark = related_limitation.mark(day, layout.assessed_on)
            if federal and r.passed is None and mark == " (passed)":
                mark = " (passed, if no longer period applies: open)"
            end = f"on {words.long_date(day)}{mark}"
        said.append(end + (f" if a {words.grade_name(grade)}" if grade else ""))
    latest = "at the latest " if r.kind == "conspiracy" else ""
    cite = r.citation.removeprefix("NMSA 1978, ").removeprefix("18 U.S.C. ")
    return f"{r.name} ({cite}), {latest}{', '.join(said)}"


# --- the picture ------------------------------------------------------------------------------


def _shape(status: Status, x: float, y: float, title: str, ref: str, k: float = 1.0) -> El:
    """The status's mark at (x, y), ``k`` times its size: a filled circle (met), a hollow
    diamond (undetermined), a cross (not met)."""
    c = COLOUR[status]
    if status == "met":
        return el("circle", title=title, cx=x, cy=y, r=5.5 * k, fill=c, stroke="#000", data_ref=ref)
    if status == "undetermined":
        r = 7 * k
        d = f"M{x:.1f},{y - r:.1f} L{x + r:.1f},{y:.1f} L{x:.1f},{y + r:.1f} L{x - r:.1f},{y:.1f} Z"
        return el(
            "path", title=title, d=d, fill="#fff", stroke=c, stroke_width=2.2 * k, data_ref=ref
        )
    r = 5 * k
    a, b = f"{x - r:.1f}", f"{x + r:.1f}"
    d = f"M{a},{y - r:.1f} L{b},{y + r:.1f} M{a},{y + r:.1f} L{b},{y - r:.1f}"
    return el("path", title=title, d=d, stroke=c, stroke_width=2.8 * k, fill="none", data_ref=ref)


def _defs(p: str, layout: Layout) -> El:
    kids = [
        el(
            "pattern",
            id=f"{p}-hatch-{s}",
            width=6,
            height=6,
            patternUnits="userSpaceOnUse",
            patternTransform="rotate(45)",
            children=[
                el("rect", width=6, height=6, fill="#fff"),
                el("line", x1=0, y1=0, x2=0, y2=6, stroke=COLOUR[s], stroke_width=2.5),
            ],
        )
        for s in ORDER
    ]
    for age, (first, sure) in _cuts(layout).items():
        if first == sure:
            continue
        i = [a for a, _ in bands(layout.laws)].index(age)
        kids.append(
            el(
                "linearGradient",
                id=f"{p}-b{age}",
                children=[
                    el("stop", offset=0, stop_color=BAND_FILL[i - 1]),
                    el("stop", offset=1, stop_color=BAND_FILL[i]),
                ],
            )
        )
    return el("defs", children=kids)


def _cuts(layout: Layout) -> dict[int, tuple[date, date]]:
    """Each band edge's birthday (13, 16, 18; with the federal sections alone 14, 18): the
    first day the victim can be that age and the first day they surely are (the summary's
    ``Birth.birthdays``); empty when the birth is not bounded."""
    found = cuts(layout.birth)
    ages = [age for age, _ in bands(layout.laws)[1:]]
    return {age: found[age] for age in ages} if all(a in found for a in ages) else {}


def _bands(p: str, layout: Layout, bottom: float) -> list[El]:
    cuts = _cuts(layout)
    if not cuts:
        return []
    ax = layout.axis
    refs = {e.age: e for e in layout.edges}

    def cx(day: date) -> float:
        return min(max(ax.x(day), X0), X1)

    out: list[El] = []
    labels: list[El] = []
    each = bands(layout.laws)
    for i, (age, name) in enumerate(each):
        start = X0 if i == 0 else cx(cuts[age][1])
        end = X1 if i + 1 == len(each) else cx(cuts[each[i + 1][0]][0])
        if end > start:
            out.append(
                el(
                    "rect",
                    x=start,
                    y=TOP,
                    width=end - start,
                    height=bottom - TOP,
                    fill=BAND_FILL[i],
                )
            )
            if end - start > len(name) * 6 + 8:
                labels.append(
                    _text(
                        (start + end) / 2,
                        TOP + 12,
                        name,
                        10,
                        text_anchor="middle",
                        font_weight="bold",
                    )
                )
    for age, (first, sure) in cuts.items():
        lo, hi = cx(first), cx(sure)
        e = refs.get(age)
        extra: dict[str, Any] = {"data_ref": e.ref, "title": e.words()} if e is not None else {}
        if hi > lo:
            out.append(
                el(
                    "rect",
                    x=lo,
                    y=TOP,
                    width=hi - lo,
                    height=bottom - TOP,
                    fill=f"url(#{p}-b{age})",
                    **extra,
                )
            )
        elif X0 < lo < X1:
            out.append(
                el("line", x1=lo, x2=lo, y1=TOP, y2=bottom, stroke="#777", stroke_width=1, **extra)
            )
    return out + labels


def _federal_edge(layout: Layout, bottom: float) -> list[El]:
    out: list[El] = []
    for e in layout.edges:
        if not e.federal:
            continue
        for day in dict.fromkeys((e.first, e.sure)):
            x = layout.axis.x(day)
            if not X0 <= x <= X1:
                continue
            out.append(
                el(
                    "line",
                    title=e.words(),
                    x1=x,
                    x2=x,
                    y1=TOP,
                    y2=bottom,
                    stroke="#000",
                    stroke_width=1,
                    stroke_dasharray="1 3",
                    data_ref=e.ref,
                )
            )
    return out


def _birthday_labels(layout: Layout, bottom: float) -> list[El]:
    """The birthdays on or near an act: a dashed line through the rows and the date."""
    out: list[El] = []
    ends = [0.0, 0.0]
    for e in sorted((e for e in layout.edges if e.near), key=lambda e: e.first):
        x = layout.axis.clip(e.first)
        x2 = layout.axis.x(e.sure)
        for xx in dict.fromkeys(v for v in (layout.axis.x(e.first), x2) if X0 <= v <= X1):
            out.append(
                el(
                    "line",
                    x1=xx,
                    x2=xx,
                    y1=TOP + 30,
                    y2=bottom,
                    stroke="#000",
                    stroke_width=1.2,
                    stroke_dasharray="5 3",
                    data_ref=e.ref,
                )
            )
        day = (
            short_date(e.first)
            if e.first == e.sure
            else (f"{short_date(e.first)}–{short_date(e.sure)}")
        )
        label = f"▼ {e.age}th birthday {day}" + (" (§ 1591)" if e.federal else "")
        w = len(label) * 5.2
        left = min(max(x - 6, X0 - 40), X1 + 20 - w)
        level = next((i for i in (0, 1) if left >= ends[i] + 6), None)
        if level is None:  # no room: the age alone (its date is in the table)
            label, w = f"▼ {e.age}", 24.0
            level = 0 if ends[0] <= ends[1] else 1
            left = max(left, ends[level] + 4)
        ends[level] = left + w
        out.append(
            _text(left, TOP + 28 + 14 * level, label, 9.5, font_weight="bold", data_ref=e.ref)
        )
    return out


def _lane(layout: Layout, lane: Lane, p: str) -> list[El]:
    ax = layout.axis
    out: list[El] = []
    several = len(layout.lanes) > 1
    if several:
        out.append(_text(8, lane.y + 14, f"{lane.pair.defendant}'s acts", 11, font_weight="bold"))
    xs = sorted((ax.x(cl.first), ax.x(cl.last)) for cl in lane.clusters if not cl.undated)
    for cl in lane.clusters:
        x0, x1 = ax.clip(cl.first), ax.clip(cl.last)
        cx = (x0 + x1) / 2
        ly = lane.y + cl.level * LEVEL
        head, day = cl.heading()
        out.append(
            _text(
                cl.label_x,
                ly + 10,
                head,
                10,
                text_anchor="middle",
                font_weight="bold",
                data_ref=cl.ref,
                **HALO,
            )
        )
        out.append(
            _text(cl.label_x, ly + 21, day, 9.5, text_anchor="middle", data_ref=cl.ref, **HALO)
        )
        out.insert(  # under every label (a label's outline hides another act's leader)
            0,
            el(
                "line",
                x1=cl.label_x,
                y1=ly + 24,
                x2=cx,
                y2=lane.rows_y + 2,
                stroke="#555",
                stroke_width=0.7,
                stroke_dasharray="2 2",
            ),
        )
        room = min((a - x1 for a, _ in xs if a > x1 + 0.5), default=X1 + 20 - x1)
        for r, law in enumerate(layout.laws):
            status = cl.status(law)
            if status is None:
                continue
            y = lane.rows_y + r * ROW + ROW / 2
            title = f"{_cluster_title(cl, lane)}: under {_law_name(law)} {cl.status_words(law)}"
            if cl.undated:  # a thin bar low in the row, under the dated acts' marks
                out.append(
                    el(
                        "rect",
                        title=title,
                        x=x0,
                        y=y + 5,
                        width=max(3.0, x1 - x0),
                        height=6,
                        fill=f"url(#{p}-hatch-{status})",
                        stroke=COLOUR[status],
                        data_ref=cl.ref,
                    )
                )
            elif len(cl.counts) > 1:
                out.append(
                    el(
                        "rect",
                        x=x0 - 6,
                        y=y - 8,
                        width=x1 - x0 + 12,
                        height=16,
                        rx=4,
                        fill="none",
                        stroke="#000",
                        stroke_width=0.8,
                    )
                )
            if cl.undated:
                out.append(_shape(status, x0 + 5, y + 8, title, cl.ref, 0.6))
                continue
            out.append(_shape(status, cx, y, title, cl.ref))
            said = cl.status_words(law)
            if len(said) * 5 + 14 <= room:
                out.append(_text(x1 + 9, y + 3.5, said, 9, fill="#000"))
        for d in lane.deadlines:
            r = layout.laws.index(d.law)
            x, y = ax.x(d.day), lane.rows_y + r * ROW + ROW / 2
            path = f"M{x:.1f},{y + 9:.1f} V{y - 9:.1f} h8 l-3,3 l3,3 h-8"
            out.append(
                el(
                    "path",
                    title=f"limitation period ends {words.long_date(d.day)}{d.which}",
                    d=path,
                    stroke="#000",
                    stroke_width=1.5,
                    fill="#000",
                    data_ref=d.ref,
                )
            )
    for r, law in enumerate(layout.laws):
        y = lane.rows_y + r * ROW + ROW / 2
        out.insert(
            0,
            el(
                "line",
                x1=X0,
                x2=X1,
                y1=y,
                y2=y,
                stroke="#999",
                stroke_width=0.6,
                stroke_dasharray="1 2",
            ),
        )
        out.append(_text(X0 - 8, y + 3.5, _law_name(law), 10, text_anchor="end"))
    return out


def _lines(layout: Layout, bottom: float) -> tuple[list[El], float]:
    """The texts in force: a line each, labelled below the axis; the labels' bottom."""
    out: list[El] = []
    ends = [0.0] * MAX_LEVELS
    low = bottom + 30
    for line in layout.lines:
        x = layout.axis.x(line.day)
        encoded = any(is_text(t) for _, t in line.texts)
        out.append(
            el(
                "line",
                x1=x,
                x2=x,
                y1=TOP,
                y2=bottom + 20,
                stroke="#000",
                stroke_width=1.4 if encoded else 1,
                stroke_dasharray="none" if encoded else "4 2",
                data_ref=line.ref,
                title="In force: " + "; ".join(t.name for _, t in line.texts),
            )
        )
        label = "│ " + line.label()
        w = len(label) * 5.2
        left = min(max(x - 3, 0.0), WIDTH - w)
        level = next((i for i in range(MAX_LEVELS) if left >= ends[i] + 6), None)
        if level is None:
            label, w = f"│ {short_date(line.day)}", 70.0
            level = min(range(MAX_LEVELS), key=lambda i: ends[i])
        ends[level] = left + w
        y = bottom + 32 + level * 13
        low = max(low, y)
        out.append(_text(left, y, label, 9.5, data_ref=line.ref))
    return out, low


def _axis(layout: Layout, bottom: float) -> list[El]:
    out = [el("line", x1=X0, x2=X1, y1=bottom, y2=bottom, stroke="#000", stroke_width=1.2)]
    for day, label in layout.ticks:
        x = layout.axis.x(day)
        out.append(el("line", x1=x, x2=x, y1=bottom, y2=bottom + 5, stroke="#000"))
        out.append(_text(x, bottom + 16, label, 9.5, text_anchor="middle"))
    return out


def _legend(y: float, several_statuses: bool) -> list[El]:
    out: list[El] = []
    x = 8.0
    for s in ORDER:
        out.append(_shape(s, x + 6, y - 3.5, words.STATUS_WORDS[s], f"legend-{s}"))
        text = f"{words.STATUS_WORDS[s]} ({SHAPE_WORD[s]})"
        out.append(_text(x + 16, y, text, 10))
        x += 30 + len(text) * 5.6
    rest = "hatched bar: an undated act, over the dates it can have happened on"
    out.append(_text(x, y, rest, 9.5))
    if several_statuses:
        y += 13
        out.append(
            _text(
                8,
                y,
                "Boxed: acts merged where they would overlap (the mark shows the "
                "strongest status; the table gives each).",
                9.5,
            )
        )
    out.append(
        _text(
            8,
            y + 13,
            "Solid vertical line: a text in force from that day (dashed: a period "
            "with no text encoded); ▼ dashed: a birthday on or near an act; grey bands: the "
            "victim's age (darker is younger).",
            9.5,
        )
    )
    return out


@dataclass(frozen=True, slots=True)
class Picture:
    svg: El
    height: float
    rows: list[TableRow]
    captions: list[str]
    title: str


def _picture(layout: Layout, p: str, *, inside: bool = True) -> Picture:
    y = LANES_Y if any(e.near for e in layout.edges) else TOP + 22
    for lane in layout.lanes:
        lane.y = y
        y = lane.rows_y + len(layout.laws) * ROW + 10
    bottom = y
    body: list[El] = []
    body += _bands(p, layout, bottom)
    body += _federal_edge(layout, bottom)
    lines, low = _lines(layout, bottom)
    body += lines
    body += _birthday_labels(layout, bottom)
    for lane in layout.lanes:
        body += _lane(layout, lane, p)
    body += _axis(layout, bottom)
    caps = captions(layout)
    legend_y = low + 22
    merged = any(len(cl.counts) > 1 for lane in layout.lanes for cl in lane.clusters)
    body += _legend(legend_y, merged)
    cy = legend_y + 32 + 13 * merged
    for cap in caps if inside else []:
        for part in textwrap.wrap(cap, 165):
            body.append(_text(8, cy, part, 10))
            cy += 13
    height = cy + 4
    title = f"Timeline of the acts toward {layout.victim}: ages, texts in force" + (
        " and limitation deadlines" if any(ln.deadlines for ln in layout.lanes) else ""
    )
    body.insert(0, _text(8, 16, title, 13, font_weight="bold"))
    body.insert(0, el("rect", x=0, y=0, width=WIDTH, height=height, fill="#fff"))
    svg = el(
        "svg",
        xmlns="http://www.w3.org/2000/svg",
        viewBox=f"0 0 {WIDTH:g} {height:.0f}",
        width=round(WIDTH),
        height=round(height),
        role="img",
        aria_label=title,
        class_="nmt-timeline",
        children=[el("title", title), _defs(p, layout), *body],
    )
    return Picture(svg, height, table_rows(layout), caps, title)


def pictures(s: Summary, prefix: str = "tl", *, captions_inside: bool = True) -> list[Picture]:
    """One picture per victim (``captions_inside``: the captions drawn in the SVG too, for an
    SVG alone; a page gives them beside it)."""
    return [
        _picture(layout, f"{prefix}{i}", inside=captions_inside)
        for i, layout in enumerate(layouts(s), 1)
    ]


def _render(name: str, **context: Any) -> str:
    from nm_trafficking.render.memo import environment

    return environment().get_template(name).render(**context)


def svgs(s: Summary, prefix: str = "tl") -> list[str]:
    """One inline SVG per victim."""
    return [_render("timeline.svg.j2", root=p.svg) for p in pictures(s, prefix)]


def html(s: Summary, prefix: str = "tl") -> Markup:
    """Per victim a figure: the SVG, its captions and the text equivalent (a table)."""
    return Markup(_render("timeline.html.j2", pictures=pictures(s, prefix, captions_inside=False)))


def document(s: Summary) -> str:
    """A standalone SVG document: each victim's timeline, one under the other (an empty
    picture saying so when there is no act)."""
    pics = pictures(s)
    y = 0.0
    placed: list[tuple[El, float]] = []
    for p in pics:
        placed.append((p.svg, y))
        y += p.height + 16
    if not pics:
        empty = _text(8, 20, "No act is stated: there is nothing to draw.", 12)
        placed, y = [(el("g", children=[empty]), 0.0)], 32.0
    return _render(
        "timeline_document.svg.j2",
        placed=placed,
        width=round(WIDTH),
        height=round(max(y, 1.0)),
        rows=[r for p in pics for r in p.rows],
        captions=[c for p in pics for c in p.captions],
    )
