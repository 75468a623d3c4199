"""The summary as readable text: the decision first, each thing said once.

Per pair, each law's status and grade (or penalty); each act with the text applied, the
victim's age and its status under each law; what separates the laws; then what is still
needed, as questions; the notes once, by title (in full one step away); the disclaimer."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from functools import lru_cache

from nm_trafficking import words
from nm_trafficking.facts.place import County
from nm_trafficking.limits import on_one_line, printable
from nm_trafficking.render.wrapping import one_line, wrap_lines
from nm_trafficking.results import Status
from nm_trafficking.statute.related import accessory as accessory_law
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
    """``text`` wrapped at 100 columns, never between "§" and its number nor inside a date:
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
    ) or [indent.rstrip()]
    return [line.replace("\u00a0", " ") for line in lines]


def _glued(text: str) -> str:
    """``text`` with no-break spaces inside its dates and after "§" (not after "§§")."""
    if _MONTH_YEAR.search(text):
        text = _DATE.sub(lambda m: m.group().replace(" ", "\u00a0"), text)
    return text.replace("§ ", "§\u00a0").replace("§§\u00a0", "§§ ")


def _paragraph_list(statuses: Mapping[str, str], status: str) -> str:
    return ", ".join(words.paragraph_short(c) for c, s in statuses.items() if s == status)


def _open_list(statuses: Mapping[str, str]) -> str:
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
            named.append(words.paragraph_short(paragraph))
        else:
            named.extend(words.paragraph_short(c) for c in open_)
    return ", ".join(named)


def law_text(law: LawStatus, names: Mapping[str, str]) -> str:
    """What follows a law's status in its line: the paragraphs met (or, undetermined, those
    still open), the grade or penalty and why it differs from § 30-52-1 (may be empty)."""
    status = law.status
    # the paragraphs met, or (undetermined) those still open, as the memo's table names them
    which = (
        _paragraph_list(law.paragraphs, status)
        if status == "met"
        else _open_list(law.paragraphs)
        if status == "undetermined"
        else ""
    )
    if law.law != "nm_30_52_1":
        which = which.replace(names[law.law], "").replace("  ", " ")
    head = f"({which})" if which else ""
    why = f"{law.why}." if law.why else ""
    if status == "not_met":
        return " ".join(x for x in (head, "—" if why else "", why) if x)
    grade = re.sub(re.escape(names[law.law]) + r"(?=\([a-z]\))", "", law.grading.words) + "."
    return " ".join(x for x in (head, "—", grade, words.capital(why)) if x)


def law_line(law: LawStatus, names: Mapping[str, str]) -> str:
    """``§ 30-52-1: MET ((A)(1), (A)(2)) — second degree felony (basic sentence 9 years [S]).``"""
    text = law_text(law, names)
    return f"{names[law.law]}: {words.STATUS_LABELS[law.status]}" + (f" {text}" if text else "")


def act_line(act: ActUnderLaw, name: str) -> str:
    """An act under one law, compactly: ``§ 30-52-1 (2008): met ((A)(1)); third degree
    felony``."""
    status = act.status
    which = _paragraph_list(act.statuses, status) if status == "met" else ""
    line = f"{name}: {words.STATUS_WORDS[status]}" + (
        f" ({which.replace(name, '')})" if which else ""
    )
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
    line = law_line(law, names)
    passed = passed_periods(counts, law.law, today)
    return f"{line.removesuffix('.')}; {passed}." if passed else line


def _latest(act: ActUnderLaw) -> date | None:
    """The last day of the longest limitation period that may apply to the act (``None``: no
    dated period — none, open, or from a date not stated)."""
    if any(p.kind == "life" for p in act.all_periods):  # § 3283: a child's life, no last day
        return None
    if act.deadlines:
        days = list(act.deadlines.values())
        return None if None in days else max(d for d in days if d is not None)
    return act.deadline


def passed_periods(counts: Sequence[CountSummary], law: str, today: date) -> str:
    """For the law's line: the counts that meet or may meet the law whose every limitation
    period that may apply has passed (dated warnings, unless tolled) — ``""`` when none has."""
    live = [c for c in counts if law in c.laws and c.laws[law].status != "not_met"]
    passed = [c for c in live if (end := _latest(c.laws[law])) is not None and end < today]
    if not passed:
        return ""
    if len(passed) == len(live):
        return (
            "the limitation period has passed for every count that meets or may meet it "
            "(unless tolled; check)"
        )
    names = words.either([c.name for c in passed], "and")
    return f"the limitation period has passed for {names} (unless tolled; check)"


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


def _end(period: LimitationPeriod, today: date | None = None) -> str:
    """A period compactly, with the provision giving it: ``to 10 March 2024 (passed) under
    § 30-1-8(B)``, ``to 7 December 2026 (the last day is today)``, ``none under § 3299``,
    ``open under § 30-1-8(I)``, ``for the child's life under § 3283``."""
    if period.kind == "none":
        end = "none"
    elif period.kind == "open":
        end = "open"
    elif period.kind == "life":
        end = "for the child's life"
    elif period.last_day is None:
        end = "running from the act's date (not stated)"
    else:
        end = f"to {words.long_date(period.last_day)}" + (
            " (passed)"
            if period.passed
            else " (the last day is today)"
            if period.last_day == today
            else ""
        )
    section = period.citation.removeprefix("18 U.S.C. ").removeprefix("NMSA 1978, ")
    return f"{end} under {section}"


def limitation(c: CountSummary, names: Mapping[str, str], today: date) -> str:
    """The act's limitation periods, compactly, each with its provision: ``§ 30-52-1 to 10 March
    2024 (passed) under § 30-1-8(B); § 1591 none under § 3299`` — dated warnings (the full words
    are in the JSON and the memo). Where the grade is open, each grade's period ("if a ...");
    where which rule applies is open (§ 1591 before 27 July 2006), each ("or")."""
    parts: dict[str, list[str]] = {}
    for law_id, act in c.laws.items():
        if act.limitation is None or not act.all_periods:
            continue
        by_grade: dict[str, list[str]] = {}  # the period's words -> its grades
        for period in act.all_periods:
            by_grade.setdefault(_end(period, today), []).extend(
                [period.grade] if period.grade else []
            )
        if len(by_grade) > 1 and all(by_grade.values()):
            graded = [g for grades in by_grade.values() for g in grades]
            rank = {g: i for i, g in enumerate(words.most_serious_first(graded))}
            ordered = sorted(by_grade.items(), key=lambda kv: min(rank.get(g, 0) for g in kv[1]))
            end = ", ".join(
                f"{e} if a {words.either([words.grade_name(g) for g in grades])}"
                for e, grades in ordered
            )
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
    return f"limitation (unless tolled; check): {joined}"


def _place(county: str) -> str:
    """``in Bernalillo County``, or ``outside New Mexico``."""
    place = County(county)
    return f"in {place.words()}" if place.in_new_mexico else place.words()


def _counts(
    counts: list[CountSummary], victim: str, names: dict[str, str], today: date
) -> list[str]:
    lines: list[str] = []
    for c in counts:
        age = f"{victim} aged {c.victim_age}" if c.victim_age else f"{victim}'s age not known"
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


def accessory_lines(a: Helper, names: Mapping[str, str]) -> list[str]:
    """A helper's accessory finding: the sentence and the federal sections' statuses on the
    same facts (what is still needed is with the pairs': :func:`needed`). Plain text (the
    Markdown renderer escapes it)."""
    if isinstance(a, AccessoryFinding):
        barred = a.bar == "applies" and a.status != "not_met"
        lead = "barred by § 30-52-1(E)" if barred else words.STATUS_WORDS[a.status]
    else:
        lead = words.STATUS_WORDS[_best(a.federal.values())]
    out = [f"{a.helper}, {lead}: {a.words}"]
    if a.federal:
        statuses = [
            (names[law].removeprefix("18 U.S.C. "), words.STATUS_WORDS[status])
            for law, status in a.federal.items()
        ]
        out.append(accessory_law.federal_line(a.helper, statuses))
    return out


def needed(s: Summary) -> list[Question]:
    """What is still needed: the pairs' questions, then the accessories'."""
    return [*s.needed, *(q for a in helpers(s) for q in a.needed)]


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


def cites(citations: list[str]) -> str:
    """The paragraphs a question settles, each once. A federal prong is named beside its
    paragraph ("§ 1591(a)(1) (minor)") when the question is for that prong alone, so that two
    questions for different prongs — alternatives, either of which suffices — do not read as
    both needed; a question every prong of a paragraph asks names the paragraph alone."""
    prongs: dict[str, list[str]] = {}
    for c in citations:
        found = _PRONG.match(words.paragraph_short(c))
        para, prong = (found.group(1), found.group(2)) if found else (words.paragraph_short(c), "")
        named = prongs.setdefault(para, [])
        if prong not in named:
            named.append(prong)
    return ", ".join(
        f"{para} ({named[0]})" if len(named) == 1 and named[0] else para
        for para, named in prongs.items()
    )


_PRONG = re.compile(r"^(§ \S+?\([a-z]\)(?:\(\d+\))?)\s*(.*)$")
"""A federal paragraph ("§ 1591(a)(1)") and the prong after it ("minor"), if any."""


def related_at(pair: PairSummary) -> int:
    """Where a pair's related offenses (an attempt, a conspiracy: state offenses) go among its
    law lines: directly under § 30-52-1's line; after the lines there are where it has none (a
    party to an agreement with no act of his own has no law line)."""
    for i, law in enumerate(pair.laws):
        if law.law == "nm_30_52_1":
            return i + 1
    return len(pair.laws)


def render_summary(s: Summary) -> list[str]:
    """The summary, as lines of text."""
    from nm_trafficking import statute

    names = {law.id: words.law_short(law) for law in (statute.NM, *statute.FEDERAL_LAWS)}
    lines: list[str] = []
    if s.title:
        lines += wrap(printable(on_one_line(s.title)), "")
    lines += wrap(f"Assessed on {words.long_date(s.assessed_on)} under {cited(s.laws)}.", "")
    if not s.pairs:
        lines.append("No act is stated: there is no defendant and victim to assess.")
    for pair in s.pairs:
        lines += ["", f"{pair.defendant} toward {pair.victim}:"]
        shown = []
        for law in pair.laws:
            line = law_line(law, names)
            if len(pair.counts) > 1:  # one count: its line, just below, says which passed
                line = law_line_with_periods(law, names, pair.counts, s.assessed_on)
            shown.append(line)
        at = related_at(pair)
        for line in [*shown[:at], *pair.related, *shown[at:]]:
            lines += wrap(line, "  ")
        lines += _counts(pair.counts, pair.victim, names, s.assessed_on)
    if helpers(s):
        lines += ["", accessories_head(s)]
        for a in helpers(s):
            first, *rest = accessory_lines(a, names)
            lines += wrap(first, "  - ")
            for line in rest:
                lines += wrap(line, "    ")
    questions = needed(s)
    if questions:
        lines += ["", "Still needed:"]
        # Several pairs: each pair's questions under its name (two acts of one verb and day
        # toward two persons read alike); the numbering runs on.
        pairs = {(q.defendant, q.victim) for q in questions}
        heading: tuple[str, str] | None = None
        for i, q in enumerate(questions, 1):
            if len(pairs) > 1 and (q.defendant, q.victim) != heading:
                heading = (q.defendant, q.victim)
                lines += wrap(f"{q.defendant} toward {q.victim}:", "  ")
            settles = cites(q.citations)
            lead = "[point of law] " if q.kind == "point_of_law" else ""
            lines += wrap(f"{settles}: {lead}{q.text}", f"  {i}. ", " ")
    elif s.pairs:
        lines += ["", "Still needed: nothing for the statuses and grades above."]
    if s.notes:
        lines += ["", *_notes(s)]
    lines += ["", *_library_text(s.disclaimer, "")]
    return lines


def render_summary_text(s: Summary) -> str:
    return "\n".join(render_summary(s))
