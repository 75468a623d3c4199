"""Explanations, built on demand: for an element of a paragraph, judged for one act, the
statute words it tests, the facts that decided it (or that are missing) and the reason.

Reasons are the statute model's templates (``statute.model``), filled in with what is known of
the act: its verb, its date, the victim's age at it.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any, cast

from nm_trafficking import words
from nm_trafficking.citations import cited, of_one_act, text_named
from nm_trafficking.count_elements import label_of
from nm_trafficking.facts.truth import Truth
from nm_trafficking.reasoning.acts import ActContext
from nm_trafficking.reasoning.naming import named
from nm_trafficking.reasoning.penalties import weakest
from nm_trafficking.reasoning.verdicts import MET, UNDETERMINED, ActVerdict
from nm_trafficking.results import (
    ElementResult,
    LabelledElement,
    Status,
)
from nm_trafficking.statute.model import (
    VICTIM_AGE,
    Element,
    OffenceParagraph,
    TextVersion,
)


class _Words(dict[str, str]):
    """The values a reason template may name, computed only when named."""

    def __init__(self, ctx: ActContext[Any], paragraph: OffenceParagraph) -> None:
        super().__init__()
        self.ctx = ctx
        self.paragraph = paragraph

    def __missing__(self, key: str) -> str:
        value = (
            cited(self.paragraph.citation, (self.ctx.version,), short=True)
            if key == "citation"
            else _act_word(self.ctx, key)
        )
        self[key] = value
        return value


def _act_word(ctx: ActContext[Any], key: str) -> str:
    """The value of ``key`` (any name but ``citation``) for the act of ``ctx``."""
    verb: str = ctx.conduct.act.value
    version: TextVersion = ctx.version
    if key == "act":
        return verb
    if key == "actor":
        return ctx.conduct.actor
    if key == "person":
        return ctx.conduct.person
    if key == "obtained":
        return _obtained(ctx)
    if key == "not_buyer":  # why the act is read as not the actor's own purchase
        if ctx.conduct.as_buyer is Truth.FALSE:
            return f"the act is stated not to be {ctx.conduct.actor}'s own purchase"
        return (
            f"nothing states that the act is {ctx.conduct.actor}'s own purchase, and "
            f"{ctx.conduct.actor} does not have the consumer role"
        )
    if key == "act_in_text":
        homes = [p.citation for p in version.offences if verb in p.verbs]
        if not homes:
            return f"not in the {version.id} text of § {version.section}"
        # "enticing falls under § 30-52-1(A)(1) and (A)(2)": the verb, not "it", is the subject
        parts = [homes[0]] + [h.removeprefix(version.section) for h in homes[1:]]
        listed = ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else parts[0]
        return f"{verb} falls under § {listed}"
    if key == "when":
        return ctx.when()
    if key == "age":
        return ctx.age.text() if ctx.age is not None else "not known"
    if key == "in_force_from":
        return version.in_force_from.isoformat()
    if key == "in_force_label":
        return in_force_label(version, ctx.day)
    if key == "version":  # a period with no text applied: its candidate wordings (review G7)
        return text_named(version) if version.encoded else "any of them"
    if key == "version_from":  # the text's name, and its first day unless the name gives it
        name = text_named(version)
        start = version.in_force_from.isoformat()
        return name if words.long_date(version.in_force_from) in name else f"{name} (from {start})"
    raise KeyError(key)


def in_force_label(version: TextVersion, day: date | None) -> str:
    """``", a date reported, not verified (…)"`` where the act's date is near a start that is
    not verified, so that the in-force reason carries the label of the day it rests on (review
    B8 of session 9): an act in that year before it (the text was signed earlier that year; a
    start earlier than reported would reach it), or in its month on or after it (a later day
    that month would not). ``""`` elsewhere, for an undated act and for a verified start."""
    status: str = getattr(version, "in_force_from_status", "")
    start = version.in_force_from
    if day is None or "not verified" not in status:
        return ""
    before = day.year == start.year and day < start
    same_month = (day.year, day.month) == (start.year, start.month)
    return f", a date {status}" if before or same_month else ""


_PURPOSES = ("labor", "services", "commercial_sexual_activity")
"""What a benefit may come from (30-52-1(A)(3)): the options of ``benefit_from``."""


def _obtained(ctx: ActContext[Any]) -> str:
    """What force, fraud or coercion was used to obtain, as the facts state it: "V's commercial
    sexual activity" (the sources of the benefit stated true; all three when none is)."""
    source = getattr(ctx.conduct, "benefit_from", None)
    stated = [p.replace("_", " ") for p in _PURPOSES if getattr(source, p, None) is Truth.TRUE] or [
        p.replace("_", " ") for p in _PURPOSES
    ]
    items = ", ".join(stated[:-1]) + (" or " if len(stated) > 1 else "") + stated[-1]
    return f"{ctx.conduct.person}'s {items}"


@cache
def _has_fields(template: str) -> bool:
    return "{" in template


def fill(template: str, ctx: ActContext[Any], paragraph: OffenceParagraph) -> str:
    """A reason template with what is known of the act filled in."""
    if not _has_fields(template):
        return template
    return template.format_map(_Words(ctx, paragraph))


def fact_ref(ctx: ActContext[Any], path: str) -> str:
    """Where a tested fact comes from, in words."""
    cid = ctx.conduct.id
    if path == "in_force":
        ref = f"conduct {cid}: date"
        if ctx.date_assumed and ctx.day is not None:
            ref += f" (not stated; {ctx.day.isoformat()} assumed)"
        elif ctx.day is None:
            ref += " (not stated)"
            if ctx.age is not None and ctx.first_day is not None:
                ref += f"; {ctx.age.source}"
        return ref
    if not path.startswith(VICTIM_AGE):
        return f"conduct {cid}: {path}"
    ref = (
        ctx.age.source if ctx.age is not None else f"person {ctx.conduct.person}: age or birth_date"
    )
    if ctx.conduct.date is None:
        if ctx.day is not None:
            ref += f"; conduct {cid}: date (not stated; {ctx.day.isoformat()} assumed)"
        else:
            ref += f"; conduct {cid}: date (not stated)"
    return ref


def _refs(ctx: ActContext[Any], paths: Sequence[str]) -> list[str]:
    refs: list[str] = []
    for path in paths:
        ref = fact_ref(ctx, path)
        if ref not in refs:
            refs.append(ref)
    return refs


# --- what an explanation takes from the statute alone, derived once per text -----------------
#
# An assessment explains some seventy elements; everything below depends on the text only (its
# words, labels, templates and the paths its tests read), never on an act, and is kept in the
# text's ``derived`` cache. What depends on the act is worked out per assessment (``_Act``).


@dataclass(frozen=True, slots=True)
class _Way:
    """One alternative of an element (or what is said when it is undetermined): the reason
    template, whether it names anything of the act, and the fact paths it tests (in order, once
    each); ``plain`` when every one is a conduct field, whose reference is ``conduct <id>:
    <path>`` (only the date and the victim's age are referred to otherwise)."""

    reason: str
    fills: bool
    """The template has fields (or escaped braces): it is filled with ``format_map``."""
    names: tuple[str, ...]
    """The names its fields name (``act``, ``when``, ...), once each."""
    paths: tuple[str, ...]
    plain: bool


def _names(template: str) -> tuple[str, ...]:
    """The names a template's fields name, once each (a field that is not a name is left to
    ``format_map``, which refuses it as it always did)."""
    fields = [f for _, f, _, _ in string.Formatter().parse(template) if f is not None]
    roots = (f.split(".", 1)[0].split("[", 1)[0] for f in fields)  # "age" of "age.x", "age[0]"
    return tuple(dict.fromkeys(name for name in roots if name.isidentifier()))


def _way(reason: str, paths: Sequence[str]) -> _Way:
    unique = tuple(dict.fromkeys(paths))
    plain = all(p != "in_force" and not p.startswith(VICTIM_AGE) for p in unique)
    return _Way(reason, _has_fields(reason), _names(reason), unique, plain)


@dataclass(frozen=True, slots=True)
class _ElementText:
    """An element as its explanations use it."""

    element: Element
    unknown: _Way
    established: tuple[_Way, ...]
    defeated: tuple[_Way, ...]
    tests_age: bool
    unknown_if_knowledge_only: _Way | None
    """What is said when it is undetermined for an act only knowledge serves (advertising)."""


def _element_text(element: Element) -> _ElementText:
    carved = element.unknown_if_knowledge_only
    return _ElementText(
        element=element,
        unknown_if_knowledge_only=_way(carved, element.paths) if carved else None,
        unknown=_way(element.unknown_reason, element.paths),
        established=tuple(_way(a.reason, a.paths) for a in element.established),
        defeated=tuple(_way(a.reason, a.paths) for a in element.defeated),
        tests_age=element.tests_age,
    )


def _texts(version: TextVersion) -> tuple[tuple[_ElementText, ...], ...]:
    """Per offense paragraph of ``version``, each element as explanations use it."""
    return version.derive(
        "explain",
        lambda: tuple(
            tuple(_element_text(e) for e in paragraph.elements) for paragraph in version.offences
        ),
    )


def _labels(version: TextVersion) -> tuple[tuple[tuple[str | None, str | None], ...], ...]:
    """Per offense paragraph of ``version``, each element's label as (code, meaning)."""

    def make() -> tuple[tuple[tuple[str | None, str | None], ...], ...]:
        rows = []
        for paragraph in version.offences:
            row = []
            for element in paragraph.elements:
                label = label_of(version, element)
                row.append((label.code, label.meaning) if label is not None else (None, None))
            rows.append(tuple(row))
        return tuple(rows)

    return version.derive("explain_labels", make)


def _verdict_labels(verdict: ActVerdict[Any], p: int) -> tuple[tuple[str | None, str | None], ...]:
    """Each element's label (code, meaning) of paragraph ``p`` for the act of ``verdict``: its
    text's; for an undated act judged under several texts (``verdict.under``), the weakest of
    the element's labels in those texts, as the prong's own label is
    (``penalties.verdict_label``): the result rests on every one of them."""
    version = verdict.ctx.version
    own = _labels(version)[p]
    if not verdict.under:
        return own
    paragraph = version.offences[p]
    rows: list[tuple[str | None, str | None]] = []
    for e, element in enumerate(paragraph.elements):
        found = []
        for u in verdict.under:
            text = u.ctx.version
            if not text.encoded or paragraph.citation not in text.citations:
                continue  # a period with no text gives no wording
            same = [x for x in text.offence(paragraph.citation).elements if x.key == element.key]
            if same:
                found.append(label_of(text, same[0]))
        label = weakest(found)
        rows.append((label.code, label.meaning) if label is not None else own[e])
    return tuple(rows)


# --- what an explanation works out once per act ---------------------------------------------


class _Act:
    """What explaining one act's elements works out once and reuses: the alternatives that
    matched, per element (read once from the rules that fired); the words its reasons name;
    each element's reason (the side-by-side summary asks again for reasons the elements gave).
    Kept on the act's verdict (``ActVerdict.explaining``): it lives as long as the assessment
    holding the verdict, and no longer."""

    __slots__ = ("ctx", "filled", "matched", "prefix", "reasons", "words")

    def __init__(self, verdict: ActVerdict[Any]) -> None:
        self.ctx = verdict.ctx
        found: dict[tuple[int, int], list[int]] = {}
        for keys in verdict.fired:
            for key in keys:
                at = (key.paragraph, key.element_index)
                alternatives = found.get(at)
                if alternatives is None:
                    found[at] = [key.alternative]
                elif key.alternative not in alternatives:
                    alternatives.append(key.alternative)
        self.matched = {
            at: tuple(alts) if len(alts) == 1 else tuple(sorted(alts)) for at, alts in found.items()
        }
        self.prefix = f"conduct {self.ctx.conduct.id}: "
        self.words: dict[str, str] = {}
        """The values of the names the act's templates name (all but ``citation``)."""
        self.filled: dict[tuple[str, int], str] = {}
        """Each template filled, by (template, paragraph): the same template is met in
        several elements (e.g. the temporal one in every paragraph)."""
        self.reasons: dict[tuple[int, int], str] = {}

    def fill(self, way: _Way, p: int) -> str:
        """``way``'s reason template filled in for paragraph ``p`` (as :func:`fill`)."""
        if not way.fills:
            return way.reason
        key = (way.reason, p if "citation" in way.names else -1)
        found = self.filled.get(key)
        if found is None:
            values: dict[str, str] = {}
            for name in way.names:
                if name == "citation":  # as :class:`_Words` gives it
                    citation = self.ctx.version.offences[p].citation
                    values[name] = cited(citation, (self.ctx.version,), short=True)
                    continue
                value = self.words.get(name)
                if value is None:
                    value = self.words[name] = _act_word(self.ctx, name)
                values[name] = value
            found = self.filled[key] = way.reason.format_map(values)
        return found

    def refs(self, ways: Sequence[_Way]) -> list[str]:
        """Where the facts tested by ``ways`` come from (as :func:`_refs`)."""
        if len(ways) == 1:
            way = ways[0]
            if way.plain:  # distinct paths give distinct references
                prefix = self.prefix
                refs: list[str] = []
                for path in way.paths:  # for a few paths, cheaper than a comprehension
                    refs.append(prefix + path)
                return refs
            return _refs(self.ctx, way.paths)
        return _refs(self.ctx, tuple(dict.fromkeys(path for w in ways for path in w.paths)))


_TRANSIENT: ContextVar[bool] = ContextVar("nm_trafficking_transient_explaining", default=False)


@contextmanager
def transient() -> Iterator[None]:
    """Within it, what explaining an act works out is not kept on the act's verdict (a
    document written count by count explains each act once and drops it: kept, it would grow
    with the number of acts)."""
    token = _TRANSIENT.set(True)
    try:
        yield
    finally:
        _TRANSIENT.reset(token)


def _act(verdict: ActVerdict[Any]) -> _Act:
    found: _Act | None = verdict.explaining
    if found is None:
        found = _Act(verdict)
        if not _TRANSIENT.get():
            verdict.explaining = found
    return found


def prepared(verdict: ActVerdict[Any], reasons: dict[tuple[int, int], str]) -> None:
    """Give ``verdict`` the reasons of some of its elements in advance (by paragraph and
    element index): an undated act judged under several texts says each text's answer where
    they differ (``reasoning.undated``)."""
    act = _Act(verdict)
    act.reasons.update(reasons)
    verdict.explaining = act


def _ways(act: _Act, text: _ElementText, status: Status, p: int, e: int) -> tuple[_Way, ...]:
    """What decided the element: the alternatives that matched, or (undetermined) every test."""
    if status == UNDETERMINED:
        carved = text.unknown_if_knowledge_only
        if carved is not None and text.element.knowledge_only_for(act.ctx.conduct):
            return (carved,)
        return (text.unknown,)
    pool = text.established if status == MET else text.defeated
    matched = act.matched.get((p, e), ())
    if len(matched) == 1:  # the usual case
        return (pool[matched[0]],)
    return tuple([pool[i] for i in matched])


def _reason(
    act: _Act, text: _ElementText, status: Status, p: int, ways: tuple[_Way, ...], leap_day: bool
) -> str:
    """The element's reason, from what decided it (``ways``, as :func:`_ways` gives them)."""
    ctx = act.ctx
    if status == UNDETERMINED and leap_day and ctx.age is not None:
        w = ctx.birth
        if w is not None and w.earliest != w.latest:  # the birth date is missing too
            return (
                f"{ctx.conduct.person} was {ctx.age.text()} at the time of the conduct: which one "
                "turns on the birth date, and for a birth on 29 February on the open 29 February "
                "point (a question of law)"
            )
        return (
            f"{ctx.conduct.person} was {ctx.age.text()} at the time of the conduct: which one "
            "turns on the open 29 February point (a question of law, not missing evidence)"
        )
    if len(ways) == 1:
        return act.fill(ways[0], p)
    return "; ".join(dict.fromkeys(act.fill(way, p) for way in ways))


def _leap_day(text: _ElementText, ctx: ActContext[Any]) -> bool:
    return text.tests_age and ctx.age is not None and ctx.age.leap_day_open


def _explain(
    verdict: ActVerdict[Any],
    p: int,
    indexes: Iterable[int],
    evidence: Sequence[str],
    *,
    labelled: bool,
) -> list[ElementResult]:
    """Elements ``indexes`` of paragraph ``p``, explained for the act of ``verdict``: each a
    :class:`LabelledElement` when ``labelled``, else an :class:`ElementResult`.

    One loop explains every element of a paragraph (some seventy per assessment), with what is
    the same for all of them (the act's working memory, the text's elements and labels, whether
    the victim's age is open on 29 February) looked up once."""
    act = _act(verdict)
    ctx = act.ctx
    version = ctx.version
    texts = _texts(version)[p]
    labels = _verdict_labels(verdict, p) if labelled else None
    statuses = verdict.elements[p]
    reasons = act.reasons
    leap_day_open = ctx.age is not None and ctx.age.leap_day_open
    out: list[ElementResult] = []
    for e in indexes:
        text = texts[e]
        element = text.element
        status = statuses[e]
        ways = _ways(act, text, status, p, e)
        leap_day = leap_day_open and text.tests_age
        reason = reasons.get((p, e))
        if reason is None:
            reason = reasons[(p, e)] = _reason(act, text, status, p, ways, leap_day)
        note = element.note
        if leap_day:
            point = version.leap_day_open_point
            note = f"{note} {point}" if note else point
        explained = (
            element.key,
            element.label,
            status,
            element.words,
            element.words_from,
            act.refs(ways),
            reason,
            note,
            list(evidence) if element.evidenced_by_indicators else [],
        )
        if labels is None:
            out.append(ElementResult(*explained))
        else:
            code, meaning = labels[e]
            out.append(
                LabelledElement(
                    *explained, code, meaning, element.also_words, element.also_words_from
                )
            )
    return out


def element_reason(verdict: ActVerdict[Any], p: int, e: int) -> str:
    """The reason of element ``e`` of paragraph ``p`` for the act of ``verdict`` (as
    :func:`paragraph_elements` gives it)."""
    act = _act(verdict)
    reason = act.reasons.get((p, e))
    if reason is None:
        text = _texts(act.ctx.version)[p][e]
        status = verdict.elements[p][e]
        ways = _ways(act, text, status, p, e)
        reason = act.reasons[(p, e)] = _reason(act, text, status, p, ways, _leap_day(text, act.ctx))
    return reason


def labelled_elements(
    verdict: ActVerdict[Any], p: int, evidence: Sequence[str] = ()
) -> list[LabelledElement]:
    """Every element of paragraph ``p`` with its label, for the act of ``verdict``."""
    count = len(verdict.ctx.version.offences[p].elements)
    return cast(list[LabelledElement], _explain(verdict, p, range(count), evidence, labelled=True))


def paragraph_elements(
    verdict: ActVerdict[Any], p: int, evidence: Sequence[str] = ()
) -> list[ElementResult]:
    """Every element of paragraph ``p``, explained, for the act of ``verdict``."""
    count = len(verdict.ctx.version.offences[p].elements)
    return _explain(verdict, p, range(count), evidence, labelled=False)


def remaining(verdict: ActVerdict[Any], p: int, elements: Sequence[ElementResult]) -> list[str]:
    """What would still have to be established for paragraph ``p`` to be met by this act (empty
    unless the paragraph is undetermined for it)."""
    if verdict.paragraphs[p] != UNDETERMINED:
        return []
    # as the act's text cites it ("18 U.S.C. § 1589" in the 2000 text); an act that may fall
    # under several (undated, or in the 2009 window): as its period does, the section itself
    # where one of them has no such subsection
    key = verdict.ctx.version.offences[p].citation
    texts = [verdict.ctx.window or verdict.ctx.version, *(u.ctx.version for u in verdict.under)]
    citation = cited(key, (of_one_act(key, texts),))
    out: list[str] = []
    for result in elements:
        if result.status != UNDETERMINED:
            continue
        line = f"{citation}, {named(verdict.ctx)}: {result.label} — {result.reason}"
        if result.evidence:
            line += (
                f" (observed indicators evidence it: {len(result.evidence)}; establish the "
                "actor's intent or knowledge)"
            )
        out.append(line)
    return out


def deciding_explainer(
    citation: str,
    status: Status,
    acts: Sequence[ActVerdict[Any]],
    index: int | None,
    explained: Callable[[ActVerdict[Any], int], list[ElementResult]],
) -> Callable[[], dict[str, object]]:
    """The explanation of a paragraph (or federal prong) over all acts: the deciding act's
    elements in the whole form, and what remains over every act where it is undetermined.
    ``explained(verdict, p)`` explains paragraph ``p`` for one act. The acts' counts are not
    touched: a count's own explanation is built only when the count is read (or written)."""

    def build() -> dict[str, object]:
        elements: list[ElementResult] = []
        if index is not None:
            v = acts[index]
            elements = explained(v, v.ctx.version.citations.index(citation))
        lines: list[str] = []
        if status == UNDETERMINED:
            for v in acts:
                citations = v.ctx.version.citations
                if citation not in citations:
                    continue
                p = citations.index(citation)
                if v.paragraphs[p] == UNDETERMINED:
                    with transient():  # one act at a time: nothing kept per act
                        lines.extend(remaining(v, p, explained(v, p)))
        return {"elements": elements, "remaining": lines}

    return build
