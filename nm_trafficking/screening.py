"""Screening: from observed indicators (and optionally an industry and a person's age) to which
means are evidenced, which paragraphs of § 30-52-1 they could support, and what would have to be
established next. A screening aid for police, medical staff, schools, hotels and tribal
partners: never a legal determination."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, StrictBool, ValidationError

from nm_trafficking import statute
from nm_trafficking.errors import FieldError, FileProblem, InvalidFactPattern
from nm_trafficking.facts.loading import field_errors, parse_text, read_text
from nm_trafficking.facts.persons import Age, Text
from nm_trafficking.indicators import indicator, indicators
from nm_trafficking.industries import Industry, industries, industry
from nm_trafficking.limits import DEFAULT_LIMITS, Limits, printable
from nm_trafficking.reasoning.verdicts import MET, NOT_MET, statuses
from nm_trafficking.results import DISCLAIMER, plain
from nm_trafficking.rules.engine import Engine, default_engine
from nm_trafficking.statute.model import VICTIM_AGE, Element, StatuteVersion

SCREENING_CAVEAT = (
    "Screening aid, not a legal determination: indicators are evidence of force, fraud or "
    "coercion; each paragraph still needs the conduct and the actor's intent or knowledge."
)


class ObservedIndicator(BaseModel):
    """One observed indicator, with an optional description of what was seen."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    indicator: str = Field(max_length=200)
    description: Text | None = None


class ScreeningInput(BaseModel):
    """A screening document (YAML/JSON): observed indicators, optional industry, age, CSA.

    Types are strict as in fact patterns: an age is a whole number (not ``true``, ``15.5`` or
    ``"15"``); ``commercial_sexual_activity`` is true or false."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    observations: tuple[str | ObservedIndicator, ...] = Field(default=(), max_length=1000)
    industry: str | None = Field(default=None, max_length=200)
    age: Age | None = None
    commercial_sexual_activity: StrictBool | None = None


@dataclass(frozen=True, slots=True)
class ParagraphScreen:
    citation: str
    could_support: bool
    reason: str
    next_steps: list[str]


@dataclass(frozen=True, slots=True)
class ScreeningResult:
    means_evidenced: dict[str, list[str]]
    """force / fraud / coercion -> the observed indicator ids that evidence it."""
    indicators: list[str]
    industry: dict[str, Any] | None
    minor_in_commercial_sex: bool
    paragraphs: list[ParagraphScreen]
    next_steps: list[str]
    caveat: str = SCREENING_CAVEAT
    disclaimer: str = DISCLAIMER
    notes: list[str] = field(default_factory=list)
    headline: list[str] = field(default_factory=list)
    """What the screen comes to, first, where the signs alone could mislead: an industry with no
    indicator stated; a minor in an industry linked to sex trafficking with no commercial sexual
    activity stated."""

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = plain(self)
        return result

    def explain(self) -> str:
        lines = ["Screening (§ 30-52-1)", ""]
        if self.minor_in_commercial_sex:
            lines.append(
                "! A minor in commercial sexual activity: " + self.next_steps[0].split(": ", 1)[1]
            )
        lines.extend(self.headline)
        lines.append("Means evidenced by the observed indicators:")
        for means in ("force", "fraud", "coercion"):
            ids = self.means_evidenced.get(means, [])
            lines.append(f"  {means}: {', '.join(ids) if ids else '—'}")
        if self.industry:
            lines.append(f"Industry: {industry_words(self.industry)}")
        lines.append("")
        for p in self.paragraphs:
            mark = "could support" if p.could_support else "not supported by these signs"
            lines.append(f"{p.citation}: {mark} — {p.reason}")
            lines.extend(f"    next: {s}" for s in p.next_steps)
        if self.notes:
            lines.append("")
            lines.extend(f"Note: {n}" for n in self.notes)
        lines += ["", self.caveat, self.disclaimer]
        return "\n".join(lines)


def industry_words(info: dict[str, Any]) -> str:
    """An industry by its name and group, the group said once: ``Farming / agricultural work
    (labor trafficking)``; ``Massage parlors (sex trafficking)``, whose name says it already
    (review O10: "(sex trafficking) (sex trafficking)")."""
    group = f"({info['group']} trafficking)"
    name = str(info["name"])
    return name if name.endswith(group) else f"{name} {group}"


class InvalidScreening(InvalidFactPattern):
    """A screening file that cannot be screened: said as a screening file, not as a fact
    pattern (review O10); a file that does not exist is said not to be found."""

    def _message(self) -> str:
        where = f"{self.source}: " if self.source else ""
        if self.errors == (NOT_FOUND,):
            return f"{where}screening file not found"
        if self.errors and all(isinstance(e, FileProblem) for e in self.errors):
            return where + "; ".join(str(e) for e in self.errors)  # e.g. a directory
        if len(self.errors) == 1:
            return f"{where}invalid screening file: {self.errors[0]}"
        lines = "\n".join(f"  - {e}" for e in self.errors)
        return f"{where}invalid screening file ({self.total:,} problems):\n{lines}"

    def with_source(self, source: str) -> InvalidScreening:
        return InvalidScreening(self.errors, source)

    def __reduce__(
        self,
    ) -> tuple[type[InvalidScreening], tuple[tuple[FieldError, ...], str | None]]:
        return (InvalidScreening, (self.errors, self.source))


NOT_FOUND = FileProblem("", "file not found")
"""The words of the loader for a path that does not exist."""


def _linked(industry: str) -> str:
    """An industry in words: where the task force's material says trafficking is found, which
    by itself does not show that it happened (review Y1, Y9 of session 8)."""
    return (
        f"The task force's material lists {industry} among the industries linked to human "
        "trafficking; that by itself does not show trafficking took place here."
    )


def _industry_info(item: Industry) -> dict[str, Any]:
    return {
        "id": item.id,
        "name": item.name,
        "group": item.group,
        "polaris": list(item.polaris_labels),
        "htcds_labour": list(item.htcds_labour),
        "htcds_sex": list(item.htcds_sex),
    }


NO_ACT = "the kind of conduct is not established"
"""What a screening still needs of an element that tests the act: a screening states none."""


def _hypothetical(age: int | None) -> dict[str, Any]:
    """The engine fact of the act a screening describes: in force and the person's age;
    everything else unknown (what a screening observes is evidence, never an established
    mental state, so it is not asserted)."""
    fact: dict[str, Any] = {"id": "screening-0", "kind": "conduct", "cid": 0, "in_force": "true"}
    if age is not None:
        fact[VICTIM_AGE] = {"lo": age, "hi": age}
    return fact


def _only_sexual_activity(element: Element) -> bool:
    """The element concerns commercial sexual activity and nothing else (the (A)(2) purpose)."""
    return bool(element.paths) and all(
        p.rpartition(".")[2].endswith("commercial_sexual_activity") for p in element.paths
    )


def _fill(template: str, version: StatuteVersion, citation: str, age: int | None) -> str:
    words = {
        "act": "the conduct",
        "actor": "the actor",
        "person": "the person",
        "obtained": "the labor, services or commercial sexual activity",
        "act_in_text": "",
        "when": "date not stated",
        "age": str(age) if age is not None else "not known",
        "in_force_from": version.in_force_from.isoformat(),
        "citation": citation,
    }
    return template.format_map(words)


def screen(
    observations: Sequence[str | ObservedIndicator],
    *,
    industry_id: str | None = None,
    age: int | None = None,
    commercial_sexual_activity: bool | None = None,
    engine: Engine | None = None,
) -> ScreeningResult:
    """Screen observed indicators (ids from ``nm-trafficking indicators``).

    The paragraphs are judged by the rules engine for a hypothetical act about which only the
    person's age and whether the situation is commercial sexual activity are known; indicators
    evidence the means elements (never establish them). What each paragraph still needs comes
    from its elements' own wording in the statute model."""
    known = {i.id for i in indicators()}
    errors: list[FieldError] = []
    ids: list[str] = []
    for n, obs in enumerate(observations):
        iid = obs if isinstance(obs, str) else obs.indicator
        if iid not in known:
            # not repeated: error messages name fields, not values (docs/integration.md)
            errors.append(
                FieldError(
                    f"observations[{n}]",
                    "unknown indicator (see `nm-trafficking indicators` for their ids)",
                )
            )
        elif iid not in ids:
            ids.append(iid)
    item: Industry | None = None
    if industry_id is not None:
        try:
            item = industry(industry_id)
        except KeyError:
            known_ind = ", ".join(i.id for i in industries())
            errors.append(FieldError("industry", f"unknown industry; known: {known_ind}"))
    if errors:
        raise InvalidFactPattern(errors)

    means: dict[str, list[str]] = {"force": [], "fraud": [], "coercion": []}
    for iid in ids:
        for link in indicator(iid).means:
            means[link.means.value].append(iid)
    evidenced = [m for m, v in means.items() if v]
    sexual = commercial_sexual_activity
    # An industry is where trafficking is found, which alone does not show it happened: one
    # linked to sex trafficking never stands for commercial sexual activity (only a statement
    # of it does).
    sex_industry = item.name if item is not None and item.group == "sex" else None

    version = statute.version_for(date.today())  # the text in force for a case today
    fired = (engine or default_engine()).evaluate(version, [_hypothetical(age)])
    elements, paragraph_statuses = statuses(version, [keys for keys, _ in fired])
    which = " or ".join(evidenced)
    paragraphs = [
        _paragraph(version, p, elements[p], paragraph_statuses[p], age, sexual, which, sex_industry)
        for p in range(len(version.offences))
    ]
    minor = _minor(version, elements)
    minor_csa = sexual is True and minor
    no_means = ", ".join(
        p.citation
        for p in version.offences
        if not any(e.evidenced_by_indicators for e in p.elements)
        and paragraph_statuses[version.offences.index(p)] != NOT_MET
    )
    steps = []
    headline = []
    if minor_csa:
        steps.append(
            f"treat as a suspected minor sex trafficking case: {no_means} needs no force, fraud "
            "or coercion"
        )
    elif minor and sexual is None and sex_industry is not None:
        headline.append(
            f"! Ask whether this minor (age {age}) was in commercial sexual activity: none is "
            f"stated. {_linked(sex_industry)} If there was commercial sexual activity, "
            f"{no_means} needs no force, fraud or coercion."
        )
        steps.append(
            f"ask whether the minor was in commercial sexual activity: if so, {no_means} needs "
            "no force, fraud or coercion"
        )
    if item is not None and not ids and not minor_csa:
        # (a minor in commercial sexual activity needs no means: the missing indicators say
        # nothing there; where the activity is stated, the industry is not all there is)
        headline.append(
            "No indicator of force, fraud or coercion is stated."
            if headline or sexual is True  # the industry is said in the line above
            else f"No indicator of force, fraud or coercion is stated. {_linked(item.name)}"
        )
    if evidenced:
        steps.append("document each indicator: who did it, to whom, when")
    steps.append("record the facts as a fact pattern and run `nm-trafficking assess`")
    notes = []
    if any(indicator(i).note for i in ids):
        notes.append(
            "Some indicators' crosswalks carry review notes: `nm-trafficking indicators --show ID`."
        )
    return ScreeningResult(
        means_evidenced=means,
        indicators=ids,
        industry=_industry_info(item) if item else None,
        minor_in_commercial_sex=minor_csa,
        paragraphs=paragraphs,
        next_steps=steps,
        notes=notes,
        headline=headline,
    )


def _minor(version: StatuteVersion, elements: tuple[tuple[str, ...], ...]) -> bool:
    citation, key = version.minor
    for p, paragraph in enumerate(version.offences):
        for e, element in enumerate(paragraph.elements):
            if paragraph.citation == citation and element.key == key:
                return elements[p][e] == MET
    return False


def _paragraph(
    version: StatuteVersion,
    p: int,
    element_statuses: tuple[str, ...],
    status: str,
    age: int | None,
    sexual: bool | None,
    which: str,
    sex_industry: str | None = None,
) -> ParagraphScreen:
    """One paragraph: could the observed signs support it, why, and what it still needs.

    The signs a screening has speak to three kinds of element: the age elements (decided by the
    rules from the person's age), the means elements (evidenced by indicators) and an element
    about commercial sexual activity only (evidenced by the situation observed)."""
    paragraph = version.offences[p]
    citation = paragraph.citation
    with_means = [
        o.citation for o in version.offences if any(e.evidenced_by_indicators for e in o.elements)
    ]
    supports: list[str] = []
    against: list[str] = []
    missing: list[str] = []
    steps: list[str] = []
    for e, s in zip(paragraph.elements, element_statuses, strict=True):
        # The screened act has no kind: an element that tests it is open for that alone (its
        # own open reason, e.g. a buyer's purchase under the 2008 verbs, needs a stated act).
        step = NO_ACT if "act" in e.paths else _fill(e.unknown_reason, version, citation, age)
        if s == NOT_MET:
            against.append(
                f"{e.label}: not on these facts"
                + (f" (age {age})" if e.tests_age and age is not None else "")
            )
        elif e.tests_age:
            if s == MET:
                supports.append(f"{e.label} (age {age})")
            else:
                missing.append("the person's age is not known")
                steps.append(step)
        elif e.evidenced_by_indicators:
            if which:
                supports.append(f"the indicators evidence {which} ({e.label})")
                steps.append(
                    f"{step} (observed indicators evidence {which}; establish the actor's intent "
                    "or knowledge)"
                )
            else:
                missing.append("no indicator of force, fraud or coercion observed")
                steps.append(step)
        elif _only_sexual_activity(e):
            if sexual is False:
                against.append(
                    "the situation is stated not to be commercial sexual activity, and "
                    f"{e.label} concerns commercial sexual activity only: labor or services "
                    f"need force, fraud or coercion ({', '.join(with_means)})"
                )
            elif sexual is True:
                supports.append(f"commercial sexual activity stated (evidence of: {e.label})")
                steps.append(step)
            else:
                missing.append(
                    "whether the situation is commercial sexual activity is not known"
                    + (
                        " (an industry linked to sex trafficking does not by itself show that any "
                        "took place)"
                        if sex_industry is not None
                        else ""
                    )
                )
                steps.append(step)
        elif s != MET:
            steps.append(step)
    if against:
        return ParagraphScreen(citation, False, "; ".join(against), [])
    if not any(e.evidenced_by_indicators for e in paragraph.elements):
        supports.append("no force, fraud or coercion needed (no means needed)")
    could = not missing and status != NOT_MET
    return ParagraphScreen(citation, could, "; ".join(supports if could else missing), steps)


def screen_file(path: str | Path, *, limits: Limits | None = None) -> ScreeningResult:
    """Screen a YAML or JSON screening document (see :class:`ScreeningInput`), read within
    ``limits`` (regular files only, bounded, UTF-8)."""
    source = printable(str(path))
    try:
        text = read_text(path, limits=limits, source=source)
    except InvalidFactPattern as exc:
        raise InvalidScreening(exc.errors, source) from None
    fmt = "json" if Path(path).suffix.lower() == ".json" else "yaml"
    try:
        data = parse_text(text, fmt=fmt, source=source, limits=limits)
    except InvalidFactPattern as exc:
        raise InvalidScreening(exc.errors, source) from None
    most = (limits or DEFAULT_LIMITS).max_errors
    try:
        doc = ScreeningInput.model_validate(data)
    except ValidationError as exc:
        raise InvalidScreening(field_errors(exc, data, ScreeningInput, most=most), source) from None
    try:
        return screen(
            doc.observations,
            industry_id=doc.industry,
            age=doc.age,
            commercial_sexual_activity=doc.commercial_sexual_activity,
        )
    except InvalidFactPattern as exc:
        raise InvalidScreening(exc.errors, source) from None
