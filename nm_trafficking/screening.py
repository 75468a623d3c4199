"""Screening: from observed indicators (and optionally an industry and a person's age) to which
means are evidenced, which paragraphs of § 30-52-1 they could support, and what would have to be
established next. A screening aid for police, medical staff, schools, hotels and tribal
partners: never a legal determination."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from nm_trafficking.errors import FieldError, InvalidFactPattern
from nm_trafficking.facts.loading import field_errors, parse_text
from nm_trafficking.indicators import indicator, indicators
from nm_trafficking.industries import Industry, industries, industry
from nm_trafficking.results import DISCLAIMER, plain

SCREENING_CAVEAT = (
    "Screening aid, not a legal determination: indicators are evidence of force, fraud or "
    "coercion; each paragraph still needs the conduct and the actor's intent or knowledge."
)


class ObservedIndicator(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    indicator: str
    description: str | None = Field(default=None, max_length=4000)


class ScreeningInput(BaseModel):
    """A screening document (YAML/JSON): observed indicators, optional industry, age, CSA."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    observations: tuple[str | ObservedIndicator, ...] = Field(default=(), max_length=1000)
    industry: str | None = None
    age: int | None = Field(default=None, ge=0, le=130)
    commercial_sexual_activity: bool | None = None


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

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = plain(self)
        return result

    def explain(self) -> str:
        lines = ["Screening (§ 30-52-1)", ""]
        if self.minor_in_commercial_sex:
            lines.append(
                "! A person under 18 in commercial sexual activity: 30-52-1(A)(2) needs NO force, "
                "fraud or coercion at all."
            )
        lines.append("Means evidenced by the observed indicators:")
        for means in ("force", "fraud", "coercion"):
            ids = self.means_evidenced.get(means, [])
            lines.append(f"  {means}: {', '.join(ids) if ids else '—'}")
        if self.industry:
            lines.append(
                f"Industry: {self.industry['name']} ({self.industry['group']} trafficking)"
            )
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


def _industry_info(item: Industry) -> dict[str, Any]:
    return {
        "id": item.id,
        "name": item.name,
        "group": item.group,
        "polaris": list(item.polaris_labels),
        "htcds_labour": list(item.htcds_labour),
        "htcds_sex": list(item.htcds_sex),
    }


def screen(
    observations: Sequence[str | ObservedIndicator],
    *,
    industry_id: str | None = None,
    age: int | None = None,
    commercial_sexual_activity: bool | None = None,
) -> ScreeningResult:
    """Screen observed indicators (ids from ``nm-trafficking indicators``)."""
    known = {i.id for i in indicators()}
    errors: list[FieldError] = []
    ids: list[str] = []
    for n, obs in enumerate(observations):
        iid = obs if isinstance(obs, str) else obs.indicator
        if iid not in known:
            errors.append(FieldError(f"observations[{n}]", f"unknown indicator {iid!r}"))
        elif iid not in ids:
            ids.append(iid)
    item: Industry | None = None
    if industry_id is not None:
        try:
            item = industry(industry_id)
        except KeyError:
            known_ind = ", ".join(i.id for i in industries())
            errors.append(
                FieldError("industry", f"unknown industry {industry_id!r}; known: {known_ind}")
            )
    if errors:
        raise InvalidFactPattern(errors)

    means: dict[str, list[str]] = {"force": [], "fraud": [], "coercion": []}
    for iid in ids:
        for link in indicator(iid).means:
            means[link.means.value].append(iid)
    evidenced = [m for m, v in means.items() if v]
    sexual = commercial_sexual_activity is True or (
        commercial_sexual_activity is None and item is not None and item.group == "sex"
    )
    minor = age is not None and age < 18
    minor_csa = minor and sexual

    which = " or ".join(evidenced)
    purpose = (
        "commercial sexual activity"
        if sexual
        else "labor or services"
        if item is not None and item.group == "labor"
        else "labor, services or commercial sexual activity"
    )
    a1 = ParagraphScreen(
        "30-52-1(A)(1)",
        bool(evidenced),
        f"the indicators evidence {which}"
        if evidenced
        else "no indicator of force, fraud or coercion observed",
        [
            "identify who recruited, solicited, enticed, transported or obtained the person, "
            "and that it was done knowingly",
            "establish that actor's intent or knowledge that "
            f"{which or 'force, fraud or coercion'} will be used",
            f"establish the purpose: to subject the person to {purpose}",
        ],
    )
    if minor_csa:
        a2_reason = "a person under 18 and commercial sexual activity: no means needed"
    elif minor:
        a2_reason = (
            "a minor, but (A)(2) covers only commercial sexual activity: labor or services of a "
            "minor need force, fraud or coercion under (A)(1)"
        )
    elif age is None:
        a2_reason = "the person's age is unknown: if under 18 and in commercial sexual activity, "
        a2_reason += "(A)(2) needs no means"
    else:
        a2_reason = "the person is 18 or older: (A)(2) cannot apply"
    a2 = ParagraphScreen(
        "30-52-1(A)(2)",
        minor_csa,
        a2_reason,
        (
            [
                "establish the person's age at the time of the conduct (knowledge of age is not "
                "an element: State v. Jackson)",
                "identify who recruited, solicited, enticed, transported or obtained the person, "
                "knowingly, with intent or knowledge that the person will be caused to engage in "
                "commercial sexual activity",
            ]
            if age is None or minor
            else []
        ),
    )
    a3 = ParagraphScreen(
        "30-52-1(A)(3)",
        bool(evidenced),
        f"the indicators evidence {which} having been used"
        if evidenced
        else "no indicator of force, fraud or coercion observed; (A)(3) has no minor-only variant",
        [
            "identify who benefited, financially or by receiving anything of value, from the "
            f"person's {purpose}",
            f"establish that they knew {which or 'force, fraud or coercion'} was used to obtain it",
        ],
    )
    steps = []
    if minor_csa:
        steps.append("treat as a suspected minor sex trafficking case: (A)(2) needs no means")
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
        paragraphs=[a1, a2, a3],
        next_steps=steps,
        notes=notes,
    )


def screen_file(path: str | Path) -> ScreeningResult:
    """Screen a YAML or JSON screening document (see :class:`ScreeningInput`)."""
    p = Path(path)
    source = str(path)
    try:
        text = p.read_bytes().decode("utf-8")
    except OSError as exc:
        raise InvalidFactPattern(
            [FieldError("", f"cannot read file: {exc.strerror}")], source
        ) from None
    except UnicodeDecodeError as exc:
        raise InvalidFactPattern(
            [FieldError("", f"not UTF-8 text (byte {exc.start})")], source
        ) from None
    data = parse_text(text, fmt="json" if p.suffix.lower() == ".json" else "yaml", source=source)
    try:
        doc = ScreeningInput.model_validate(data)
    except ValidationError as exc:
        raise InvalidFactPattern(field_errors(exc), source) from None
    try:
        return screen(
            doc.observations,
            industry_id=doc.industry,
            age=doc.age,
            commercial_sexual_activity=doc.commercial_sexual_activity,
        )
    except InvalidFactPattern as exc:
        raise exc.with_source(source) from None
