"""Notebook display: an assessment as a readable HTML tree.

Every status has a text label as well as a colour (readable without colour and by screen
readers); elements expand to the statute words, the deciding facts and the reason. The markup
is in templates (``templates/notebook.html.j2``, ``summary.html.j2``), autoescaped: every
string that comes from the caller is escaped."""

from __future__ import annotations

import hashlib
from functools import cache
from html import escape
from typing import Any

from jinja2 import Environment, Template
from markupsafe import Markup

from nm_trafficking import words
from nm_trafficking.render import summary_text
from nm_trafficking.render.text import (
    SIDE_BY_SIDE,
    STATE,
    act_names,
    count_line,
    law_count_line,
    prong_cited,
    prong_summary,
    text_names,
)
from nm_trafficking.render.timeline import html as timeline_html
from nm_trafficking.results import (
    EVIDENCE_CAVEAT,
    AssessmentResult,
    ElementResult,
    LabelledElement,
    json_dumps,
)
from nm_trafficking.summary import Summary


def _prefix(a: AssessmentResult) -> str:
    """The ids of an assessment's timeline in a notebook: from its content, so that two
    displays of different assessments never share an id (a gradient of one drawn in the
    other) and the same assessment always gives the same markup."""
    digest = hashlib.sha256(json_dumps(a.summary, indent=None).encode("utf-8")).hexdigest()
    return f"nb{digest[:10]}-"


"""Each notebook output's own prefix for its SVG ids (several outputs share one page)."""
COLOUR = {"met": "#1b5e20", "not_met": "#b71c1c", "undetermined": "#8a5a00"}
ICON = {"met": "✔", "not_met": "✘", "undetermined": "?"}


def _escaped(value: Any) -> Any:
    """Every text the tree prints, escaped as the standard library's ``html.escape`` does
    (``&#x27;``, ``&quot;``), as the tree always has; markup passed in is left as it is."""
    if isinstance(value, Markup) or not isinstance(value, str):
        return value
    return Markup(escape(value))


@cache
def _environment() -> Environment:
    """The templates' environment (autoescaped) with the tree's own escaping of values (and a
    cache of its own: a template compiled for the memo's escaping is never reused here)."""
    from nm_trafficking.render.memo import environment

    return environment().overlay(finalize=_escaped, cache_size=50)


def template(name: str) -> Template:
    """A template of the HTML this module and the classroom's printables write."""
    return _environment().get_template(name)


def _fact_words(e: ElementResult) -> list[str]:
    return list(dict.fromkeys(words.fact_ref_words(f) for f in e.facts))


def render_summary_html(s: Summary) -> str:
    """The summary as an HTML section (a Jinja2 template, caller text escaped)."""
    from nm_trafficking.render.memo import environment

    names = summary_text.law_names()
    once = summary_text.QuotedOnce()
    pairs = []
    for pair in s.pairs:
        laws = [law.law for law in pair.laws]
        slots = summary_text.related_slots(pair)
        pairs.append(
            {
                "heading": f"{pair.defendant} toward {pair.victim}",
                "laws": [
                    {
                        "name": names[law.law],
                        "status": words.STATUS_LABELS[law.status],
                        # the periods passed after the grade, as the text's line has them:
                        # "...[S]); the limitation period has passed ... (unless tolled; check)."
                        "text": once(
                            summary_text.with_accessory_ref(
                                summary_text.law_text(
                                    law,
                                    names,
                                    summary_text.line_clauses(pair.counts, law.law, s.assessed_on),
                                ),
                                s,
                                pair,
                                law,
                            )
                        ),
                        # state related offenses directly under § 30-52-1's line, federal
                        # ones after the last law's
                        "related": [
                            r for r, at in zip(pair.related, slots, strict=True) if at == i + 1
                        ],
                    }
                    for i, law in enumerate(pair.laws)
                ],
                # no law line: a party alone
                "related": [r for r, at in zip(pair.related, slots, strict=True) if at == 0],
                "names": [names[x] for x in laws],
                "rows": [
                    {
                        "act": summary_text.when(c),
                        "age": summary_text.age_words(c),
                        "cells": [
                            summary_text.act_line(c.laws[x], c.laws[x].text) if x in c.laws else ""
                            for x in laws
                        ],
                    }
                    for c in pair.counts
                ],
            }
        )
    questions = summary_text.needed_headings(s)
    several = len({head for _, head in questions}) > 1
    needed = [
        {
            "text": summary_text.question_text(q),
            "point_of_law": q.kind == "point_of_law",
            "settles": summary_text.cites(q.citations, q.cited),
            "pair": head if several else "",
        }
        for q, head in questions
    ]

    names = summary_text.law_names()
    accessories = [
        [once(first), *rest]
        for a in summary_text.helpers(s)
        for first, *rest in [summary_text.accessory_lines(a, names, s)]
    ]
    return (
        environment()
        .get_template("summary.html.j2")
        .render(
            s=s,
            assessed=f"Assessed on {words.long_date(s.assessed_on)} under "
            f"{summary_text.cited(s.laws)}.",
            pairs=pairs,
            needed=needed,
            accessories=accessories,
            accessories_head=summary_text.accessories_head(s).removesuffix(":"),
            notes="; ".join(dict.fromkeys(n.title for n in s.notes)),
        )
    )


def render_html(a: AssessmentResult) -> str:
    """The assessment as an HTML fragment (for Jupyter): the summary, the timeline of each
    victim (with its table in words), then the tree of findings, paragraphs and elements one
    click away (``templates/notebook.html.j2``)."""
    summary = render_summary_html(a.summary)
    timeline = timeline_html(a.summary, prefix=_prefix(a)) if a.summary.pairs else ""
    return template("notebook.html.j2").render(
        a=a,
        summary=Markup(summary),
        timeline=Markup(timeline),
        state=STATE in a.laws,
        federal_laws=any(law != STATE for law in a.laws),
        label=words.STATUS_LABELS,
        colour=COLOUR,
        icon=ICON,
        labelled=lambda e: isinstance(e, LabelledElement),
        fact_words=_fact_words,
        caveat=EVIDENCE_CAVEAT,
        side_by_side=SIDE_BY_SIDE,
        prong_summary=prong_summary,
        prong_cited=prong_cited,
        count_line=count_line,
        law_count_line=law_count_line,
        act_names=act_names,
        inwords=words.dates_in_words,
        text_names=text_names,
    )
