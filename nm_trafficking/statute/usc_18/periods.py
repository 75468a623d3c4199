"""Periods for which a federal section states no text the library can apply: before the
section existed (the temporal element is not met), and gaps with no version encoded (every
element undetermined). Each is a :class:`FederalVersion` with ``encoded`` false whose offenses
are the real prongs with one element, the temporal one — so the engine, the verdicts, the
explanations and the counts treat them like any other text, and the output names the reason.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from nm_trafficking.statute.model import Alternative, Element, FederalVersion, Paragraph, Test
from nm_trafficking.statute.usc_18 import labels


def no_text(
    template: FederalVersion,
    *,
    id: str,
    start: date,
    until: date | None,
    title: str,
    reason: str,
    not_met: bool,
    candidates: tuple[FederalVersion, ...] = (),
    every_wording: dict[str, tuple[Element, ...]] | None = None,
    cited: dict[str, str] | None = None,
    cited_in: str = "",
) -> FederalVersion:
    """A period of ``template``'s law with no text: ``reason`` says why (a template that may
    name ``{when}``); ``not_met`` when the section did not exist then (the temporal element is
    defeated), else every prong stays undetermined — unless ``candidates`` (the texts one of
    which applies) all give an act the same result (``FederalVersion.candidates``).

    ``every_wording``: per prong (its ``short`` name), elements that every candidate wording of
    the period has, each keeping only the stated facts that defeat it under all of them (see
    :func:`defeated_under_every_wording`): such a fact defeats the period's element, so the
    prong is not met although no text is applied; nothing establishes it.

    ``cited``, ``cited_in``: how prose cites the period's offenses where a text that may apply
    in it has no such subsection (:attr:`TextVersion.cited`); none by default."""
    element = Element(
        key="in_force",
        label=(
            "which text of the section applies on the date of the conduct (a point of law, not "
            "missing evidence)"
        ),
        words=None,
        # the section as a text that may apply in the period cites it (§ 1590 before 2008)
        words_from=(cited or {}).get(template.chapeau.citation, template.chapeau.citation),
        established=(),
        defeated=(Alternative((Test("in_force", "eq", "false"),), reason),) if not_met else (),
        unknown_reason=reason,
        brief="a text that applies on the date",
    )
    summary = reason.replace("{when}", "the date of the conduct")
    floors = every_wording or {}

    def period_element(short: str) -> Element:
        """The period's one element, defeated also by what defeats, under every candidate
        wording, an element of prong ``short`` (what remains is still the point of law)."""
        extra = tuple(
            replace(alt, reason=f"under every candidate wording of this period, {alt.reason}")
            for x in floors.get(short, ())
            for alt in x.defeated
        )
        if not extra:
            return element
        note = floors[short][0].note
        return replace(element, defeated=(*element.defeated, *extra), note=note)

    offences = tuple(
        replace(
            o,
            text=title,
            elements=(period_element(o.short),),
            in_text=False,
            elements_from=None,
            label=labels.NONE,
        )
        for o in template.offences
    )
    return replace(
        template,
        id=id,
        citation=f"{title}",
        enacted_by="",
        source="",
        in_force_from=start,
        in_force_from_status="",
        ends=until,
        label=labels.NONE,
        encoded=False,
        chapeau=Paragraph(template.chapeau.citation, title, summary, labels.NONE),
        offences=offences,
        paragraphs=(),
        penalty=None,
        cautions=(),
        unverified=(),
        candidates=candidates,
        cited=cited or {},
        cited_in=cited_in,
    )


EVERY_WORDING_NOTE = (
    "No text of the section is applied for this date, so nothing is met; but a stated fact "
    "that defeats an element under every candidate wording ({candidates}) makes the prong not "
    "met (issue 19)."
)


def defeated_under_every_wording(
    element: Element, candidates: str, defeated: tuple[Alternative, ...] | None = None
) -> Element:
    """``element`` for a period with no text applied: never established; defeated only by
    ``defeated`` (default: its own defeating alternatives), which must hold under every
    candidate wording named in ``candidates``."""
    return replace(
        element,
        established=(),
        defeated=element.defeated if defeated is None else defeated,
        note=EVERY_WORDING_NOTE.format(candidates=candidates),
        verification=labels.NONE,
    )
