"""The place of the acts in the § 30-52-1(B) note: the counties the acts are stated to have
taken place in, and what the library does not decide.

§ 30-52-1(B): "The attorney general and the district attorney in the county of jurisdiction
have concurrent jurisdiction to enforce the provisions of this section." The library's sources
do not say which county is "the county of jurisdiction" (venue), which district attorney serves
which county, or whether New Mexico may prosecute conduct outside the State: the note says so
and never states a rule for any of them. It changes no status and no grade.
"""

from __future__ import annotations

from collections.abc import Sequence

from nm_trafficking import words
from nm_trafficking.facts.place import County
from nm_trafficking.facts.truth import Truth
from nm_trafficking.reasoning.naming import named
from nm_trafficking.reasoning.verdicts import ActVerdict
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
