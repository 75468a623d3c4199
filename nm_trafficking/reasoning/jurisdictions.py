"""The federal sections beside § 30-52-1: per defendant and victim, each section's prongs over
all acts, each act as a count with its penalty band, the penalty summary, the labels of the
texts applied, what remains and notes.

The same machinery as the state statute: each act's context under the section
(``acts.law_contexts``), its engine facts with the federal block (``rules.atoms``), the rules that
fired (one session per text involved), three-valued verdicts (``verdicts``) and explanations
built on first read (``explain``). Only the penalties (``penalties``) and the notes
(``federal_notes``) are the federal sections' own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import partial
from typing import Any

from nm_trafficking.citations import text_named
from nm_trafficking.count_elements import compact
from nm_trafficking.facts.truth import Truth
from nm_trafficking.reasoning import explain, federal_notes, side_by_side, undated
from nm_trafficking.reasoning.acts import ActContext, law_contexts
from nm_trafficking.reasoning.counts import age_at_act
from nm_trafficking.reasoning.penalties import (
    Penalised,
    count_penalty,
    punishment_key,
    summarise,
    verdict_label,
)
from nm_trafficking.reasoning.verdicts import (
    MET,
    UNDETERMINED,
    ActVerdict,
    act_verdict,
    any_of,
)
from nm_trafficking.results import (
    DateSpan,
    ElementResult,
    LawCount,
    LawFinding,
    ProngForAct,
    ProngResult,
    Status,
    TextLabel,
)
from nm_trafficking.rules.atoms import FactSheet, federal_engine_fact
from nm_trafficking.rules.compile import RuleKey, grouped_rules
from nm_trafficking.rules.engine import Engine
from nm_trafficking.statute.model import Law, StatuteVersion, TextVersion


def _has_rules(version: TextVersion) -> bool:
    return version.derive("has_rules", lambda: bool(grouped_rules(version)))


def verdicts(
    law: Law,
    ctxs: list[ActContext[StatuteVersion]],
    engine: Engine,
    facts: FactSheet | None = None,
) -> list[ActVerdict[TextVersion]]:
    """Every act's verdict under ``law``: one engine session per text involved (none for a
    period with no text, where nothing can fire); an undated act judged under several texts is
    judged in each text's session and its verdicts combined (``undated.combine``). ``facts``:
    the assessment's acts' conduct facts, shared with the other laws' sessions."""
    sheet = facts if facts is not None else FactSheet()
    law_ctxs = law_contexts(law, ctxs)
    # Every context the engine judges: each act's, or, for an undated act judged under several
    # texts, its context under each of them (``ActContext.candidates``).
    jobs = [c for ctx in law_ctxs for c in (ctx.candidates or (ctx,))]
    fired: list[list[tuple[RuleKey, ...]]] = [[] for _ in jobs]
    by_version: dict[str, list[int]] = {}
    for i, job in enumerate(jobs):
        by_version.setdefault(job.version.id, []).append(i)
    for group in by_version.values():
        version = jobs[group[0]].version
        if not _has_rules(version):
            continue
        slot = {jobs[i].index: i for i in group}  # one context per act under one text
        for keys, cid in engine.evaluate(version, [sheet.federal(jobs[i]) for i in group]):
            fired[slot[cid]].append(keys)
    judged = iter([act_verdict(job, keys) for job, keys in zip(jobs, fired, strict=True)])
    out: list[ActVerdict[TextVersion]] = []
    for ctx in law_ctxs:
        if ctx.candidates:
            out.append(undated.combine(ctx, tuple(next(judged) for _ in ctx.candidates)))
        else:
            out.append(_agreed(next(judged), engine))
    return out


def _agreed(verdict: ActVerdict[TextVersion], engine: Engine) -> ActVerdict[TextVersion]:
    """For an act dated in a period where which of several encoded texts applied is UNVERIFIED
    (``FederalVersion.candidates``): its verdict under the newest of them when every one gives
    every prong the same status and the count the same punishment — the answer is then the
    same whichever applied; otherwise its verdicts under each, combined element by element as
    an undated act's are (``undated.combine``): what every text decides alike stays decided
    (e.g. a prong met under both), the rest is undetermined with each text's answer, and the
    punishment is any the texts give (``penalties``)."""
    ctx = verdict.ctx
    candidates = getattr(ctx.version, "candidates", ())
    if not candidates or ctx.day is None:
        return verdict
    under: list[ActVerdict[TextVersion]] = []
    for text in candidates:
        alt = replace(ctx, version=text, in_force=Truth.TRUE, window=ctx.version)
        fired = [keys for keys, _ in engine.evaluate(text, [federal_engine_fact(alt)])]
        under.append(act_verdict(alt, fired))
    outcomes = {(v.paragraphs, punishment_key(count_penalty(v))) for v in under}
    if len(outcomes) == 1:
        return _in_window(under[-1], ctx.version)
    newest = replace(ctx, version=under[-1].ctx.version, window=ctx.version)
    why = undated.WINDOW.format(period=ctx.version.citation)
    return undated.combine(newest, tuple(under), why)


def _in_window(verdict: ActVerdict[TextVersion], period: TextVersion) -> ActVerdict[TextVersion]:
    """``verdict`` (an act in ``period``, whose texts all give it the same result), its met
    temporal elements saying so: the text's period alone read as if no other text could apply
    (review B: "falls within the period of § 1589 (current …)", the window unsaid)."""
    names = " and ".join(text_named(c) for c in getattr(period, "candidates", ()) if c.citation)
    span, _, why = period.citation.partition(": ")
    said = f"{span} ({why})" if why else span
    tail = (
        f"; it also falls in the period {said}, when either text may have applied: {names} "
        f"give it the same result on these facts, so it is given under "
        f"{text_named(verdict.ctx.version)}"
    )
    reasons = {
        (p, e): explain.element_reason(verdict, p, e) + tail
        for p, paragraph in enumerate(verdict.ctx.version.offences)
        for e, element in enumerate(paragraph.elements)
        if element.key == "in_force" and verdict.elements[p][e] == MET
    }
    explain.prepared(verdict, reasons)
    return verdict


def date_matters(verdict: ActVerdict[TextVersion]) -> bool:
    """Whether the date of an undated act judged under several texts of the section would
    change its answer: a prong's status, or the punishment, differs between the texts (the
    question of its date is worth asking only then). A dated act's date is known: for one in a
    period whose text is UNVERIFIED, see :func:`text_matters`."""
    return verdict.ctx.day is None and _texts_differ(verdict)


def text_matters(verdict: ActVerdict[TextVersion]) -> bool:
    """Whether, for a dated act in a period where which text applied is UNVERIFIED (judged
    under each: ``_agreed``), a prong's status or the punishment differs between the texts —
    a point of law the date cannot settle."""
    return verdict.ctx.day is not None and _texts_differ(verdict)


def _texts_differ(verdict: ActVerdict[TextVersion]) -> bool:
    if undated.turns_on_date(verdict):
        return True
    live = [punishment_key(count_penalty(u)) for u in verdict.under if u.status != "not_met"]
    return len(set(live)) > 1


def _prong_for_act(
    verdict: ActVerdict[TextVersion], p: int, evidence: Sequence[str]
) -> ProngForAct:
    def build() -> dict[str, object]:
        elements = explain.labelled_elements(verdict, p, evidence)
        return {
            "elements": compact(elements),
            "remaining": explain.remaining(verdict, p, elements),
        }

    return ProngForAct(
        verdict.ctx.version.offences[p].citation, verdict.paragraphs[p], _explain=build
    )


def _count(item: Penalised, evidence: Sequence[str]) -> LawCount:
    v = item.verdict
    ctx = v.ctx
    version = ctx.version
    span = (
        DateSpan(ctx.first_day, ctx.last_day)
        if ctx.day is None and ctx.first_day is not None
        else None
    )
    offences = version.offences

    def build() -> dict[str, object]:
        return {
            "victim_age": age_at_act(v),
            "prongs": {
                offences[p].citation: _prong_for_act(v, p, evidence) for p in range(len(offences))
            },
        }

    return LawCount(
        conduct=ctx.conduct.id,
        act=ctx.conduct.act.value,
        date=ctx.day,
        date_assumed=ctx.date_assumed,
        possible_dates=span,
        # An undated act judged under several texts has no one text: none is named.
        text_version=version.id
        if ctx.in_force is Truth.TRUE and version.encoded and not ctx.candidates
        else None,
        assessed_under=version.id,
        label=_label_code(v),
        status=v.status,
        statuses=dict(zip(version.citations, v.paragraphs, strict=True)),
        penalty=item.result,
        _explain=build,
    )


_Heading = tuple[str, str, str, str]
"""A prong's citation, short name, paragraph citation and title (from the law's newest text)."""
_Wording = tuple[str, bool, str, str, str | None]
"""A prong's text under one text of the law: its words, whether the text has it, the text's
label and the label's meaning, and where its elements come from."""


def _headings(law: Law) -> tuple[_Heading, ...]:
    newest = law.versions[-1]
    return newest.derive(
        "prong_headings",
        lambda: tuple(
            (p.citation, p.short, p.paragraph_citation, p.title) for p in newest.offences
        ),
    )


def _wording(version: TextVersion) -> dict[str, _Wording]:
    def make() -> dict[str, _Wording]:
        label = version.label
        code, meaning = (label.code, label.meaning) if label is not None else ("—", "")
        found: dict[str, _Wording] = {}
        for p in version.offences:  # the first offense with a citation (``offence``)
            found.setdefault(p.citation, (p.text, p.in_text, code, meaning, p.elements_from))
        return found

    return version.derive("prong_wording", make)


def _prongs(
    law: Law,
    counts: Sequence[LawCount],
    acts: Sequence[ActVerdict[TextVersion]],
    evidence: Sequence[str],
) -> dict[str, ProngResult]:
    """Each prong over all acts: met if any act meets it, undetermined if any may."""
    out: dict[str, ProngResult] = {}
    labelled = partial(_labelled, evidence=evidence)
    for citation, short, paragraph, title in _headings(law):
        statuses: dict[str, Status] = {}
        for c in counts:
            found = c.statuses.get(citation)
            if found is not None:
                statuses[c.conduct] = found
        status = any_of(tuple(statuses.values()))
        index = None
        for i, c in enumerate(counts):
            if statuses.get(c.conduct) == status:
                index = i
                break
        # not the file's first act: one rule for every status (review O3, review P F4)
        if index is not None:
            decided = side_by_side.deciding(acts, citation, status)
            index = decided if decided is not None else index
        version = acts[index].ctx.version if index is not None else law.versions[-1]
        text, in_text, label, label_meaning, elements_from = _wording(version)[citation]
        if index is not None and acts[index].under:  # an undated act: the weakest of its texts
            weakest = verdict_label(acts[index])
            if weakest is not None:
                label, label_meaning = weakest.code, weakest.meaning
        out[citation] = ProngResult(
            citation=citation,
            short=short,
            paragraph=paragraph,
            title=title,
            text=text,
            in_text=in_text,
            label=label,
            label_meaning=label_meaning,
            elements_from=elements_from,
            status=status,
            conduct=counts[index].conduct if index is not None else None,
            counts=statuses,
            _explain=explain.deciding_explainer(citation, status, acts, index, labelled),
        )
    return out


def _label_code(verdict: ActVerdict[TextVersion]) -> str:
    """The label a count carries: its text's, or for an undated act judged under several texts
    the weakest of theirs."""
    label = verdict_label(verdict)
    return label.code if label is not None else "—"


def _labelled(verdict: ActVerdict[Any], p: int, *, evidence: Sequence[str]) -> list[ElementResult]:
    return list(explain.labelled_elements(verdict, p, evidence))


def _labels(acts: Sequence[ActVerdict[TextVersion]]) -> list[TextLabel]:
    found: dict[tuple[str, str], list[str]] = {}
    for v in acts:
        for u in v.under or (v,):  # an undated act judged under several texts: each of them
            version = u.ctx.version
            if version.label is None:
                continue
            texts = found.setdefault((version.label.code, version.label.meaning), [])
            if version.id not in texts:
                texts.append(version.id)
    return [TextLabel(code, meaning, texts) for (code, meaning), texts in found.items()]


def law_finding(
    law: Law, acts: Sequence[ActVerdict[TextVersion]], evidence: Sequence[str]
) -> LawFinding:
    """One defendant and victim under ``law`` over ``acts`` (their acts, in order)."""
    penalised = [count_penalty(v) for v in acts]
    counts = [_count(item, evidence) for item in penalised]
    prongs = _prongs(law, counts, acts, evidence)
    status = any_of(tuple(p.status for p in prongs.values()))
    texts = list(dict.fromkeys(u.ctx.version.id for v in acts for u in v.under or (v,)))

    def build() -> dict[str, object]:
        remaining = (
            [line for p in prongs.values() for line in p.remaining]
            if status == UNDETERMINED
            else []
        )
        return {
            "labels": _labels(acts),
            "remaining": remaining,
            "notes": federal_notes.finding_notes(law, acts, status),
        }

    return LawFinding(
        law=law.id,
        citation=law.citation,
        title=law.title,
        status=status,
        texts=texts,
        prongs=prongs,
        counts=counts,
        # the acts by date, not the file's order: a tie names the earliest (review P F4)
        penalty=summarise(sorted(penalised, key=lambda i: side_by_side.act_order(i.verdict))),
        _explain=build,
    )
