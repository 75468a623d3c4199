"""The summary as readable text: the decision first, each thing said once.

Per pair, each law's status and grade (or penalty); each act with the text applied, the
victim's age and its status under each law; what separates the laws; then what is still
needed, as questions; the notes once, by title (in full one step away); the disclaimer."""

from __future__ import annotations

import textwrap
from collections.abc import Mapping

from nm_trafficking import words
from nm_trafficking.limits import printable
from nm_trafficking.summary import ActUnderLaw, CountSummary, LawStatus, Summary

WIDTH = 100


def wrap(text: str, indent: str, hang: str = "  ") -> list[str]:
    return textwrap.wrap(
        text, width=WIDTH, initial_indent=indent, subsequent_indent=" " * len(indent) + hang
    ) or [indent.rstrip()]


def _paragraph_list(statuses: Mapping[str, str], status: str) -> str:
    return ", ".join(words.paragraph_short(c) for c, s in statuses.items() if s == status)


def law_line(law: LawStatus, names: dict[str, str]) -> str:
    """``§ 30-52-1: MET ((A)(1), (A)(2)) — second degree felony (basic sentence 9 years [S])``."""
    status = law.status
    which = _paragraph_list(law.paragraphs, status) if status == "met" else ""
    head = f"{names[law.law]}: {words.STATUS_LABELS[status]}"
    if law.law != "nm_30_52_1":
        which = which.replace(names[law.law], "").replace("  ", " ")
    if which:
        head += f" ({which})"
    if status == "not_met":
        return head
    return f"{head} — {law.grading.words}"


def act_line(act: ActUnderLaw, name: str) -> str:
    """An act under one law, compactly: ``§ 30-52-1 (2008): met ((A)(1)); third degree
    felony``."""
    status = act.status
    which = _paragraph_list(act.statuses, status) if status != "not_met" else ""
    line = f"{name}: {words.STATUS_WORDS[status]}" + (f" ({which})" if which else "")
    if status == "met" and act.grade is not None and act.grade in act.possible:
        line += f", {_grade_or_band(act.grade)}"
    elif status != "not_met" and act.possible:
        line += ", possible " + words.either([_grade_or_band(g) for g in act.possible])
    return line


def _grade_or_band(value: str) -> str:
    try:
        return words.grade_name(value)
    except KeyError:  # a federal band id, e.g. (b)(1)
        return value


def when(c: CountSummary) -> str:
    when = c.name
    if c.possible_dates is not None and c.date is None:
        first, last = c.possible_dates.earliest, c.possible_dates.latest
        span = " and ".join(words.long_date(d) if d else "today" for d in (first, last))
        when += f" (between {span})"
    return when


def _texts(c: CountSummary) -> str:
    """The texts applied to an act, each once, without the code's name."""
    short = (a.text.removeprefix("18 U.S.C. ").removeprefix("NMSA 1978, ") for a in c.laws.values())
    return "; ".join(dict.fromkeys(short))


def _counts(counts: list[CountSummary], victim: str, names: dict[str, str]) -> list[str]:
    lines: list[str] = []
    for c in counts:
        age = f"{victim} aged {c.victim_age}" if c.victim_age else f"{victim}'s age not known"
        head = f"{when(c)} — {age} — texts applied: {_texts(c)}"
        if len(counts) == 1:  # the pair's lines above are this act's
            return wrap(f"Count: {head}", "  ")
        lines += wrap(head, "    - ")
        parts = [act_line(act, names[law_id]) for law_id, act in c.laws.items()]
        lines += wrap("; ".join(parts), "        ")
    return ["  Counts (each act a potential count):", *lines]


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
    return wrap("Notes (in full with --detail elements): " + "; ".join(titles) + ".", "", "  ")


def cites(citations: list[str]) -> str:
    """The paragraphs a question settles, each once (a federal prong by its paragraph)."""
    short = (" ".join(words.paragraph_short(c).split(" ")[:2]) for c in citations)
    return ", ".join(dict.fromkeys(short))


def render_summary(s: Summary) -> list[str]:
    """The summary, as lines of text."""
    from nm_trafficking import statute

    names = {law.id: words.law_short(law) for law in (statute.NM, *statute.FEDERAL_LAWS)}
    lines: list[str] = []
    if s.title:
        title = printable(s.title)
        lines += [title, "=" * min(len(title), WIDTH)]
    lines += wrap(f"Assessed on {words.long_date(s.assessed_on)} under {cited(s.laws)}.", "")
    if not s.pairs:
        lines.append("No act is stated: there is no defendant and victim to assess.")
    for pair in s.pairs:
        lines += ["", f"{pair.defendant} toward {pair.victim}:"]
        for law in pair.laws:
            lines += wrap(law_line(law, names), "  ")
        lines += _counts(pair.counts, pair.victim, names)
        if pair.comparison:
            lines.append("  Why the laws differ here:")
            for sentence in pair.comparison:
                lines += wrap(sentence, "    - ")
    if s.needed:
        lines += ["", "Still needed:"]
        for i, q in enumerate(s.needed, 1):
            settles = cites(q.citations)
            lead = "[point of law] " if q.kind == "point_of_law" else ""
            lines += wrap(f"{lead}{q.text} ({settles})", f"  {i}. ", " ")
    elif s.pairs:
        lines += ["", "Still needed: nothing for the statuses and grades above."]
    if s.notes:
        lines += ["", *_notes(s)]
    lines += ["", *wrap(s.disclaimer, "", "")]
    return lines


def render_summary_text(s: Summary) -> str:
    return "\n".join(render_summary(s))
