"""``assess``: a fact pattern in, an :class:`~nm_trafficking.results.Assessment` out."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date

from nm_trafficking import notes, statute
from nm_trafficking.facts.conduct import Act
from nm_trafficking.facts.pattern import FactPattern
from nm_trafficking.grading import grade
from nm_trafficking.results import (
    DISCLAIMER,
    Assessment,
    ConductResult,
    ElementResult,
    Finding,
    Note,
    SubsectionResult,
)
from nm_trafficking.rules import verdicts
from nm_trafficking.rules.atoms import ConductRecord, records
from nm_trafficking.rules.compile import RuleKey
from nm_trafficking.rules.engine import Engine, default_engine
from nm_trafficking.statute.model import StatuteVersion

__version__ = "0.1.0"


def _fire(recs: list[ConductRecord], engine: Engine) -> dict[int, dict[str, list[RuleKey]]]:
    """Run the engine once per statute version involved; the rules that fired, per conduct."""
    by_version: dict[str, list[ConductRecord]] = defaultdict(list)
    versions: dict[str, StatuteVersion] = {}
    for r in recs:
        if r.version is not None:
            by_version[r.version.id].append(r)
            versions[r.version.id] = r.version
    fired: dict[int, dict[str, list[RuleKey]]] = defaultdict(dict)
    for vid, group in by_version.items():
        for key, cid in engine.evaluate(versions[vid], [r.fact() for r in group]):
            fired[cid].setdefault(key.citation, []).append(key)
    return fired


def _subsection(
    citation: str,
    template: StatuteVersion,
    pair: list[ConductRecord],
    fired: dict[int, dict[str, list[RuleKey]]],
    memos: dict[int, dict[int, ElementResult]],
    evidence: list[str],
) -> SubsectionResult:
    results: list[ConductResult] = []
    for r in pair:
        if r.version is None:
            results.append(verdicts.no_version_result(r))
        elif any(p.citation == citation for p in r.version.offences):
            results.append(
                verdicts.conduct_result(
                    r,
                    r.version.offence(citation),
                    fired.get(r.index, {}).get(citation, []),
                    memos.setdefault(r.index, {}),
                    evidence,
                )
            )
    status = verdicts.kleene_or(cr.status for cr in results)
    deciding = next((cr for cr in results if cr.status == status), results[0] if results else None)
    paragraph = next(
        (
            r.version.offence(citation)
            for r in pair
            if r.version is not None and deciding is not None and r.conduct.id == deciding.conduct
        ),
        template.offence(citation),
    )
    sub = SubsectionResult(
        citation=citation,
        title=paragraph.title,
        text=paragraph.text,
        status=status,
        conduct=deciding.conduct if deciding else None,
        elements=list(deciding.elements) if deciding else [],
        conduct_results=results,
        remaining=[],
    )
    if status == "undetermined":
        sub = replace(sub, remaining=notes.subsection_remaining(sub))
    return sub


def _evidence(pattern: FactPattern) -> dict[str, list[str]]:
    """Per person: one line per observed indicator done to them (issue: who, what, when)."""
    if not pattern.observations:
        return {}
    from nm_trafficking.indicators import indicator

    out: dict[str, list[str]] = {}
    for obs in pattern.observations:
        item = indicator(obs.indicator)
        who = f" by {obs.actor}" if obs.actor else ""
        when = f", observed {obs.date.isoformat()}" if obs.date else ""
        means = "/".join(item.means_names)
        out.setdefault(obs.person, []).append(
            f"{means}: {item.name} ({item.id}){who} toward {obs.person}{when} "
            f"[observation {obs.id}]"
        )
    return out


def assess(
    pattern: FactPattern, *, as_of: date | None = None, engine: Engine | None = None
) -> Assessment:
    """Assess ``pattern`` under § 30-52-1, per defendant and victim.

    ``as_of`` is the date assumed for conduct whose date is not stated (the statute version and
    ages are taken at that date, and the output says so). Without it, undated conduct is
    assessed under the newest text with the "in force" element undetermined.
    """
    engine = engine or default_engine()
    recs = records(pattern, as_of)
    fired = _fire(recs, engine)

    pairs: dict[tuple[str, str], list[ConductRecord]] = {}
    for r in recs:
        pairs.setdefault((r.conduct.actor, r.conduct.person), []).append(r)

    latest = statute.latest()
    citations = list(dict.fromkeys(p.citation for v in statute.VERSIONS for p in v.offences))
    evidence_by_victim = _evidence(pattern)
    findings: list[Finding] = []
    memos: dict[int, dict[int, ElementResult]] = {}
    open_victims = set()
    provisional: list[tuple[tuple[str, str], list[ConductRecord], dict[str, SubsectionResult]]] = []
    for key, pair in pairs.items():
        evidence = evidence_by_victim.get(key[1], [])
        subs = {c: _subsection(c, latest, pair, fired, memos, evidence) for c in citations}
        if any(s.status != "not_met" for s in subs.values()):
            open_victims.add(key[1])
        provisional.append((key, pair, subs))

    for (defendant, victim), pair, subs in provisional:
        findings.append(_finding(pattern, defendant, victim, pair, subs, open_victims))

    applied = {r.version.id for r in recs if r.version is not None}
    used = [v.id for v in statute.VERSIONS if v.id in applied]  # oldest first
    version = statute.by_id(used[-1]) if used else None
    global_notes: list[Note] = notes.unverified(version or latest)
    return Assessment(
        title=pattern.title,
        statute_version=used[-1] if len(used) == 1 else (", ".join(used) if used else None),
        statute_versions=used,
        statute_citation=version.citation if version else None,
        as_of=as_of,
        disclaimer=DISCLAIMER,
        findings=findings,
        notes=global_notes,
        library_version=__version__,
    )


def _finding(
    pattern: FactPattern,
    defendant: str,
    victim: str,
    pair: list[ConductRecord],
    subs: dict[str, SubsectionResult],
    victims: set[str],
) -> Finding:
    by_id = {r.conduct.id: r for r in pair}
    status = verdicts.kleene_or(s.status for s in subs.values())
    results = [cr for s in subs.values() for cr in s.conduct_results]
    version = next((r.version for r in pair if r.version is not None), statute.latest())
    g = grade(by_id, results, version.grading)

    found: list[Note] = []
    if status != "not_met":
        found += [notes.jurisdiction(version), notes.other_offences(version)]
    if notes.is_victim(pattern, defendant, victims):
        found.append(notes.victim_not_accessory(version, defendant))
    met = [c for c, s in subs.items() if s.status == "met"]
    acts_meeting = {
        cr.conduct for s in subs.values() for cr in s.conduct_results if cr.status == "met"
    }
    if len(met) > 1 or len(acts_meeting) > 1:
        found.append(notes.unit_of_prosecution(met, len(acts_meeting)))
    believed = [
        (r.conduct.id, r.conduct.believed_age) for r in pair if r.conduct.believed_age is not None
    ]
    if believed:
        found.append(notes.knowledge_of_age(believed))
    a3 = subs.get("30-52-1(A)(3)")
    if (
        a3 is not None
        and a3.status != "met"
        and any(
            r.conduct.act is Act.BENEFITING and r.age is not None and r.age.hi < 18 for r in pair
        )
    ):
        found.append(notes.minor_benefiting_without_knowledge())
    uncovered = [r.conduct.act.value for r in pair if r.conduct.act in notes.NON_STATUTORY]
    if uncovered:
        found.append(notes.verbs_not_covered(uncovered))
    missing = [r for r in pair if r.no_version is not None]
    if missing:
        found.append(notes.no_version(missing))
    undated = [r for r in pair if r.day is None]
    if undated:
        found.append(notes.date_unknown(undated))
    assumed = [r for r in pair if r.date_assumed]
    if assumed:
        found.append(notes.date_assumed(assumed))

    remaining = (
        [line for s in subs.values() for line in s.remaining] if status == "undetermined" else []
    )
    return Finding(
        defendant=defendant,
        victim=victim,
        status=status,
        conduct=[r.conduct.id for r in pair],
        subsections=subs,
        grade=g.grade,
        grade_detail=g,
        remaining=remaining,
        notes=found,
    )
