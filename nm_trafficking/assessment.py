"""``assess``: a fact pattern in, an :class:`Assessment` out.

The pipeline: each act in its context (``reasoning.acts``) -> engine facts (``rules.atoms``) ->
the rules that fired (``rules.engine``, durable_rules) -> verdicts, counts, grades, notes
(``reasoning``) -> the result models (``results``). This module is also the surface that gives an
assessment its readable views (text, Markdown, notebook HTML) through ``render``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from typing import Any, Literal

from nm_trafficking import statute
from nm_trafficking.detail import check
from nm_trafficking.errors import EngineError, FieldError, InvalidFactPattern
from nm_trafficking.facts.pattern import FactPattern
from nm_trafficking.facts.persons import EARLIEST_DATE, LATEST_DATE
from nm_trafficking.facts.truth import Truth
from nm_trafficking.reasoning import notes, undated
from nm_trafficking.reasoning.acts import ActContext, contexts
from nm_trafficking.reasoning.evidence import evidence_by_person
from nm_trafficking.reasoning.findings import finding, open_victims
from nm_trafficking.reasoning.jurisdictions import verdicts as law_verdicts
from nm_trafficking.reasoning.summary import PairActs
from nm_trafficking.reasoning.summary import summary as build_summary
from nm_trafficking.reasoning.verdicts import ActVerdict, act_verdict
from nm_trafficking.render.html import render_html
from nm_trafficking.render.markdown import render_markdown
from nm_trafficking.render.summary_text import render_summary_text
from nm_trafficking.render.text import render_elements_text, render_text
from nm_trafficking.results import (
    CONTRACT_VERSION,
    DISCLAIMER,
    FEDERAL_DISCLAIMER,
    FEDERAL_ONLY_DISCLAIMER,
    AssessmentResult,
    Finding,
    Note,
)
from nm_trafficking.rules.atoms import FactSheet
from nm_trafficking.rules.compile import RuleKey
from nm_trafficking.rules.engine import Engine, default_engine
from nm_trafficking.statute.model import Law, OffenceParagraph, StatuteVersion, TextVersion
from nm_trafficking.summary import Detail

__version__ = "0.2.0"

LawChoice = Literal["all", "nm", "federal"]
"""Which laws an assessment covers: ``nm`` (§ 30-52-1 alone, as fast as before contract 1.1),
``federal`` (18 U.S.C. §§ 1591, 1589, 1590) or ``all`` (both, side by side)."""
LAW_CHOICES: tuple[LawChoice, ...] = ("all", "nm", "federal")


def chosen_laws(law: str) -> tuple[Law | None, tuple[Law, ...]]:
    """(§ 30-52-1 if asked for, the federal laws asked for) for a ``law`` choice; raises
    ``ValueError`` for anything but ``all``, ``nm`` and ``federal``."""
    if law == "nm":
        return statute.NM, ()
    if law == "federal":
        return None, statute.FEDERAL_LAWS
    if law == "all":
        return statute.NM, statute.FEDERAL_LAWS
    raise ValueError(f"law must be one of {', '.join(LAW_CHOICES)}, not {law!r}")


@dataclass(slots=True)
class Assessment(AssessmentResult):
    """An assessment of a fact pattern under § 30-52-1: findings per defendant and victim.

    ``to_dict()``/``to_json()`` give the output contract; ``explain()`` readable text (why and
    why not, element by element); ``to_markdown()`` text for memos; in Jupyter it displays as an
    expandable tree."""

    def explain(self, detail: Detail = "summary") -> str:
        """Readable text: the summary (the default); with ``detail="elements"`` each
        paragraph's elements after it; with ``detail="full"`` everything, act by act."""
        level = check(detail)
        head = render_summary_text(self.summary)
        if level == "summary":
            return head
        if level == "elements":
            return f"{head}\n\n{render_elements_text(self)}"
        return f"{head}\n\n{render_text(self)}"

    def to_markdown(self, detail: Detail = "summary") -> str:
        """Markdown for memos (caller text escaped): the summary first, then the detail."""
        return render_markdown(self, check(detail))

    def memo(self, *, prepared_by: str | None = None, pattern: FactPattern | None = None) -> str:
        """A memo to file: a self-contained, printable HTML document (``render.memo``); with
        the fact ``pattern`` assessed, each act's facts are stated in words."""
        from nm_trafficking.render.memo import render

        return render(self, prepared_by=prepared_by, pattern=pattern)

    def _repr_html_(self) -> str:
        """Jupyter display: the summary, with the tree of findings, paragraphs and elements
        one click away."""
        return render_html(self)

    def _repr_markdown_(self) -> str:
        return self.to_markdown()

    def __str__(self) -> str:
        return self.explain()


def _fire(
    ctxs: list[ActContext[StatuteVersion]], engine: Engine, facts: FactSheet | None = None
) -> list[list[tuple[RuleKey, ...]]]:
    """Run the engine once per statute version involved; the rules that fired, per act."""
    sheet = facts if facts is not None else FactSheet()
    fired: list[list[tuple[RuleKey, ...]]] = [[] for _ in ctxs]
    by_version: dict[str, list[ActContext[StatuteVersion]]] = {}
    for ctx in ctxs:
        by_version.setdefault(ctx.version.id, []).append(ctx)
    for group in by_version.values():
        for keys, cid in engine.evaluate(group[0].version, [sheet.state(c) for c in group]):
            fired[cid].append(keys)
    return fired


class InvalidArgument(InvalidFactPattern):
    """An argument of :func:`assess` (``today``, ``as_of``) that cannot be used: said as the
    argument (``invalid argument today: ...``), not as the fact pattern. An
    :class:`InvalidFactPattern` still (and a ``ValueError``), so a caller's handling stands."""

    def _message(self) -> str:
        return "; ".join(f"invalid argument {e.loc}: {e.message}" for e in self.errors)

    def with_source(self, source: str) -> InvalidArgument:
        return InvalidArgument(self.errors, source)

    def __reduce__(
        self,
    ) -> tuple[type[InvalidArgument], tuple[tuple[FieldError, ...], str | None]]:
        return (InvalidArgument, (self.errors, self.source))


def _check_day(name: str, value: Any, law: str = "all") -> None:
    """``as_of`` and ``today`` are dates (``datetime.date``), or ``None``, within the dates facts
    can have (``facts.persons.EARLIEST_DATE`` to ``LATEST_DATE``: beyond them an age or a
    limitation period cannot be computed); where § 30-52-1 is assessed (``law`` not
    ``"federal"``), ``today`` is not before its earliest known text (an undated act happens on
    or before it)."""
    if value is None:
        return
    if not isinstance(value, date) or isinstance(value, datetime):
        shown = f" {value!r}"[:60] if isinstance(value, str | int | float) else ""
        raise InvalidArgument(
            [FieldError(name, f"must be a date (datetime.date), not {type(value).__name__}{shown}")]
        )
    first = statute.VERSIONS[0].in_force_from
    if name == "today" and law != "federal" and value < first:
        raise InvalidArgument(
            [
                FieldError(
                    name,
                    f"{value.isoformat()} is before the earliest known text of § 30-52-1 (in "
                    f"force from {first.isoformat()}, as reported): the day of an assessment "
                    "under it is on or after it (an earlier day can be assessed under the federal "
                    "sections alone)",
                )
            ]
        )
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        raise InvalidArgument(
            [
                FieldError(
                    name,
                    f"{value.isoformat()} is outside the dates facts can have "
                    f"({EARLIEST_DATE.isoformat()} to {LATEST_DATE.isoformat()})",
                )
            ]
        )


def _validated(pattern: Any) -> FactPattern:
    if not isinstance(pattern, FactPattern):
        raise InvalidFactPattern(
            [
                FieldError(
                    "",
                    f"assess() takes a FactPattern (nm_trafficking.load / from_dict), not "
                    f"{type(pattern).__name__}",
                )
            ]
        )
    return pattern


def assess(
    pattern: FactPattern,
    *,
    as_of: date | None = None,
    today: date | None = None,
    engine: Engine | None = None,
    versions: tuple[StatuteVersion, ...] | None = None,
    law: LawChoice = "all",
) -> Assessment:
    """Assess ``pattern`` under § 30-52-1 and the federal sections beside it (18 U.S.C.
    §§ 1591, 1589, 1590), per defendant and victim and per act.

    ``law`` chooses the laws: ``"all"`` (the default: each finding has a section per federal
    law in ``jurisdictions`` and a ``side_by_side`` summary), ``"nm"`` (§ 30-52-1 alone: no
    federal work at all) or ``"federal"`` (the federal sections; § 30-52-1's fields, which the
    contract requires, are filled as well — one more engine session — and the readable views
    show the federal sections only).

    ``as_of`` is the date assumed for conduct whose date is not stated (the statute version and
    ages are taken at that date, and the output says so). Without it, an undated act is assessed
    under the newest text, as having happened on some day between that text's start (or the
    victim's earliest possible birth) and ``today`` (default: the day of the assessment); its
    "in force" element and any age-dependent outcome stay undetermined where those dates leave
    them open.

    ``versions`` replaces the dated versions of § 30-52-1 for this assessment (default: every
    version the library knows, ``statute.VERSIONS``) — e.g. to see what a case would give under
    an amendment (``nm-trafficking test --statute``).

    Raises :class:`~nm_trafficking.errors.InvalidFactPattern` if an act's date (stated or
    assumed) is before the victim can have been born."""
    pattern = _validated(pattern)
    _check_day("as_of", as_of)
    _check_day("today", today, law)
    state, federal = (statute.NM, ()) if law == "nm" else chosen_laws(law)
    today = today or date.today()
    engine = engine or default_engine()
    versions = versions or statute.VERSIONS
    ctxs = contexts(pattern, as_of=as_of, today=today, versions=versions)
    facts = FactSheet()  # each act's conduct facts, shared by every law's session
    try:
        fired = _fire(ctxs, engine, facts)
    except IndexError as exc:  # a rule fired for an act that does not exist
        raise EngineError(f"rules engine returned an unknown act: {exc}") from None
    verdicts = [
        undated.combined(act_verdict(ctx, keys), engine)
        if ctx.candidates
        else act_verdict(ctx, keys)
        for ctx, keys in zip(ctxs, fired, strict=True)
    ]

    pairs: dict[tuple[str, str], list[ActVerdict[StatuteVersion]]] = {}
    for v in verdicts:
        key = (v.ctx.conduct.actor, v.ctx.conduct.person)
        found = pairs.get(key)
        if found is None:
            pairs[key] = [v]
        else:
            found.append(v)
    by_law: list[tuple[Law, list[ActVerdict[TextVersion]]]] = []
    if federal:
        try:
            by_law = [(each, law_verdicts(each, ctxs, engine, facts)) for each in federal]
        except IndexError as exc:
            raise EngineError(f"rules engine returned an unknown act: {exc}") from None
    victims = open_victims(pairs)
    toward: dict[str, list[ActVerdict[StatuteVersion]]] = {}
    for (_, victim), acts in pairs.items():
        toward.setdefault(victim, []).extend(acts)
    evidence = evidence_by_person(pattern) if pattern.observations else {}
    used, in_force = _versions(ctxs, versions)
    paragraphs = _paragraphs(used or [versions[-1]])
    findings = [
        finding(
            pattern,
            d,
            v,
            acts,
            paragraphs,
            evidence.get(v, ()),
            victims,
            # § 30-52-1 alone: by_law is empty, and nothing federal is built
            federal=[(each, [lv[a.ctx.index] for a in acts]) for each, lv in by_law],
            state=state,
            toward_victim=toward[v],
            every_act=verdicts,
        )
        for (d, v), acts in pairs.items()
    ]
    shown = in_force[-1] if in_force else None
    ids = [v.id for v in in_force]
    laws = [statute.NM.id] if not federal else _law_ids(state, federal)
    if state is None:
        disclaimer = FEDERAL_ONLY_DISCLAIMER
    else:
        disclaimer = f"{DISCLAIMER} {FEDERAL_DISCLAIMER}" if federal else DISCLAIMER

    def explain() -> dict[str, object]:
        unverified = notes.unverified(shown or versions[-1])
        pair_acts = [
            PairActs(
                f,
                ([(state, acts)] if state is not None else [])
                + [(each, [lv[a.ctx.index] for a in acts]) for each, lv in by_law],
                f._notes if state is not None else partial(_beside_federal, f),
            )
            for f, acts in zip(findings, pairs.values(), strict=True)
        ]
        return {
            "notes": unverified,
            "summary": build_summary(
                pattern, laws, pair_acts, unverified if state else [], today, disclaimer
            ),
        }

    # fields by position, named in the comments: a class called with keywords goes through a
    # dict of them
    return Assessment(
        CONTRACT_VERSION,  # contract_version
        __version__,  # library_version
        pattern.title,  # title
        ", ".join(ids) if ids else None,  # statute_version
        ids,  # statute_versions
        shown.citation if shown else None,  # statute_citation
        as_of,
        today,  # assessed_on
        disclaimer,
        findings,
        laws,
        explain,  # _explain
    )


_BESIDE_FEDERAL = frozenset({"indian_country"})
"""Notes of the pair that concern the federal sections too, kept when § 30-52-1 is not shown
(``law="federal"``): in Indian country, who is Indian decides between State, federal and Tribal
jurisdiction (25 U.S.C. § 1304 names § 1591(a) conduct)."""


def _beside_federal(f: Finding) -> list[Note]:
    return [n for n in f._notes() if n.kind in _BESIDE_FEDERAL]


def _law_ids(state: Law | None, federal: tuple[Law, ...]) -> list[str]:
    return ([state.id] if state is not None else []) + [each.id for each in federal]


def _versions(
    ctxs: list[ActContext[StatuteVersion]], versions: tuple[StatuteVersion, ...]
) -> tuple[list[StatuteVersion], list[StatuteVersion]]:
    """The versions the acts were judged under, and those in force at some act, oldest first."""
    judged: dict[str, StatuteVersion] = {}
    in_force: dict[str, StatuteVersion] = {}
    false = Truth.FALSE  # (read once: an Enum member read through its class is slow in 3.11)
    for each in ctxs:
        for c in (*each.candidates, each):  # an undated act: every text it may fall under
            judged[c.version.id] = c.version
            if c.in_force is not false:
                in_force[c.version.id] = c.version
    if len(judged) == 1:
        return list(judged.values()), list(in_force.values())
    order = [v.id for v in versions]
    return (
        sorted(judged.values(), key=lambda v: order.index(v.id)),
        sorted(in_force.values(), key=lambda v: order.index(v.id)),
    )


def _paragraphs(versions: list[StatuteVersion]) -> list[OffenceParagraph]:
    """The offense paragraphs to report: every citation of every version involved, in order."""
    if len(versions) == 1:
        return list(versions[0].offences)
    seen: dict[str, OffenceParagraph] = {}
    for version in versions:
        for p in version.offences:
            seen.setdefault(p.citation, p)
    return list(seen.values())
