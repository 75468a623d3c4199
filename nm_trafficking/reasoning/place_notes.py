"""The place of the acts in the § 30-52-1(B) note: the counties the acts are stated to have
taken place in, and what the library does not decide.

§ 30-52-1(B): "The attorney general and the district attorney in the county of jurisdiction
have concurrent jurisdiction to enforce the provisions of this section." The library's sources
do not say which county is "the county of jurisdiction" (venue), which district attorney serves
which county, or whether New Mexico may prosecute conduct outside the State: the note says so
and never states a rule for any of them. It changes no status and no grade.

Indian country (``related-law-2026-12.md`` § 5): where an act that meets or may meet § 30-52-1
is stated to have taken place in Indian country, :func:`indian_country_words` says on the
§ 30-52-1 line whether the State has jurisdiction as far as the persons' stated status as
Indians settles it (``Person.indian``: stated, never assessed), and
:func:`indian_questions` asks only the status not stated. Jurisdiction is a point of its own:
the elements, the status and the grade stay as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from nm_trafficking import words
from nm_trafficking.facts.pattern import FactPattern
from nm_trafficking.facts.place import County
from nm_trafficking.facts.truth import Truth
from nm_trafficking.reasoning.naming import named
from nm_trafficking.reasoning.verdicts import NOT_MET, ActVerdict
from nm_trafficking.statute.model import StatuteVersion

NOT_DECIDED = (
    "Which county is 'the county of jurisdiction' (venue), and which district attorney serves "
    "it, are not decided here: neither is in the library's sources."
)
OUTSIDE = (
    "Whether New Mexico may prosecute conduct outside the State is not decided here: it is not "
    "in the library's sources."
)


def _name(v: ActVerdict[StatuteVersion]) -> str:
    """The act by its verb and date, and "in Indian country" when that is stated."""
    text = named(v.ctx)
    if v.ctx.conduct.in_indian_country is Truth.TRUE:
        text += ", in Indian country"
    return text


def place_words(acts: Sequence[ActVerdict[StatuteVersion]]) -> str | None:
    """The sentences the (B) note adds on the place of ``acts``; ``None`` when no act states a
    county (the note is then as before)."""
    if all(v.ctx.conduct.county is None for v in acts):
        return None
    by_county: dict[County, list[str]] = {}
    outside: list[str] = []
    unstated: list[str] = []
    for v in acts:
        county = v.ctx.conduct.county
        if county is None:
            unstated.append(named(v.ctx))
        elif county.in_new_mexico:
            by_county.setdefault(county, []).append(_name(v))
        else:  # the act heads its own sentence: Indian country in parentheses, not a comma
            outside.append(_name(v).replace(", in Indian country", " (in Indian country)"))
    sentences: list[str] = []
    if by_county:
        places = [f"{c.words()} ({words.either(n, 'and')})" for c, n in by_county.items()]
        subject = "The act is" if sum(map(len, by_county.values())) == 1 else "The acts are"
        sentences.append(f"{subject} stated to have taken place in {words.either(places, 'and')}.")
    sentences.append(NOT_DECIDED)
    if outside:
        verb = "is" if len(outside) == 1 else "are"
        sentences.append(
            f"{words.capital(words.either(outside, 'and'))} {verb} stated to have taken place "
            f"outside New Mexico. {OUTSIDE}"
        )
    if unstated:
        sentences.append(f"The place of {words.either(unstated, 'and')} is not stated.")
    return " ".join(sentences)


MCBRATNEY = "United States v. McBratney, 104 U.S. 621 (1882) [S]"
CASTRO_HUERTA = "Oklahoma v. Castro-Huerta, 597 U.S. 629 (2022) [P]"
ROMERO = (
    "State v. Romero, 2006-NMSC-039 [P]: the State had no jurisdiction over crimes by enrolled "
    "pueblo members within the pueblo's exterior boundaries"
)
"""The holdings of related-law-2026-12.md § 5, with its labels (the note quotes them)."""

_MOST_NAMED = 3
"""More acts in Indian country than this are counted, not named, on the line."""


def indian_country_words(
    pattern: FactPattern, acts: Sequence[ActVerdict[StatuteVersion]]
) -> str | None:
    """For § 30-52-1's line: the acts that meet or may meet it stated to have taken place in
    Indian country (in New Mexico, or with no county stated: an act outside New Mexico has its
    own question of whether New Mexico may prosecute it), and whether the State has
    jurisdiction over them as the actor's and the person's stated status as Indians settles it
    (related-law-2026-12.md § 5). The conservative reading: the State's jurisdiction is said
    only where the sources give it on the stated facts (a non-Indian actor: McBratney, or
    Castro-Huerta when the person is an Indian); an Indian actor: the State may lack it
    (Romero); not stated: open. ``None`` where no such act is stated."""
    there = [
        v
        for v in acts
        if v.status != NOT_MET
        and v.ctx.conduct.in_indian_country is Truth.TRUE
        and v.ctx.conduct.county is not County.OUTSIDE_NEW_MEXICO
    ]
    if not there:
        return None
    c = there[0].ctx.conduct
    actor, person = pattern.person(c.actor).indian, pattern.person(c.person).indian
    if len(there) > _MOST_NAMED:
        where = f"{len(there)} of the acts are stated to have taken place in Indian country"
    else:
        names = words.either([named(v.ctx) for v in there], "and")
        verb = "is" if len(there) == 1 else "are"
        where = f"{words.capital(names)} {verb} stated to have taken place in Indian country"
    d, p = c.actor, c.person
    if actor is Truth.TRUE:
        said = f"{d} is stated to be an Indian, so the State may lack jurisdiction ({ROMERO})"
    elif actor is Truth.UNKNOWN:
        said = (
            f"whether the State has jurisdiction turns on whether {d} is an Indian, which is not "
            "stated"
        )
    elif person is Truth.FALSE:
        said = (
            f"{d} and {p} are stated not to be Indians, so the State has jurisdiction ({MCBRATNEY})"
        )
    elif person is Truth.TRUE:
        said = (
            f"{d} is stated not to be an Indian and {p} to be one, so the Federal Government and "
            f"the State have concurrent jurisdiction ({CASTRO_HUERTA})"
        )
    else:
        said = (
            f"{d} is stated not to be an Indian, so the State has jurisdiction whether or not "
            f"{p} is one (United States v. McBratney [S]; Oklahoma v. Castro-Huerta [P])"
        )
    return f"{where}: {said}"


INDIAN_QUESTION = "indian_country"
"""The element key of the question of who is an Indian (``reasoning.needed``)."""
INDIAN_WHY = ", where that decides who may prosecute (see the Indian-country note)."
"""How the question of who is an Indian ends where neither status is stated (both decide)."""


def _why_one(pattern: FactPattern, q: Any, unknown: str) -> str:
    """Why the status of ``unknown`` alone (the other's stated) is asked, as the line's table
    reads it (:func:`indian_country_words`). The actor's status decides the State's
    jurisdiction. Where the actor's is stated, the person's does not (review S7 of session 7):
    a non-Indian actor leaves the State its jurisdiction either way (McBratney; Castro-Huerta),
    an Indian one leaves it in doubt either way (Romero); the person's status bears only on
    whether the Federal Government (and the Tribe) share it (18 U.S.C. § 1152 [S]; 25 U.S.C.
    § 1304 [S])."""
    note = " (see the Indian-country note)."
    if unknown == q.defendant:
        return f", where {unknown}'s status decides whether the State has jurisdiction{note}"
    if pattern.person(q.defendant).indian is Truth.FALSE:
        return (
            f"; {q.defendant} is stated not to be an Indian, so the State has jurisdiction either "
            f"way: {unknown}'s status decides only whether the Federal Government (and the Tribe) "
            f"share it{note}"
        )
    return (
        f"; {q.defendant} is stated to be an Indian, so the State may lack jurisdiction either "
        f"way: {unknown}'s status bears only on federal and Tribal jurisdiction{note}"
    )


def indian_questions(pattern: FactPattern, questions: list[Any]) -> list[Any]:
    """``questions`` with the question of who is an Indian (asked of an act in Indian country)
    asking only whose status is not stated, and why that status matters (:func:`_why_one`), and
    gone when both are stated."""
    out: list[Any] = []
    for q in questions:
        if q.element != INDIAN_QUESTION:
            out.append(q)
            continue
        unknown = [
            who for who in (q.defendant, q.victim) if pattern.person(who).indian is Truth.UNKNOWN
        ]
        if not unknown:
            continue
        if len(unknown) == 1:
            tail = q.text.partition("?")[2].removesuffix(INDIAN_WHY)
            q.text = f"Is {unknown[0]} an Indian?{tail}{_why_one(pattern, q, unknown[0])}"
        out.append(q)
    return out
