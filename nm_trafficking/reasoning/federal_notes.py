"""Notes a federal finding carries: § 1594 (attempt, conspiracy), the decoy / attempt note, the
cautions of the texts applied (reconstructions, effective dates, later amendments), periods with
no text encoded, the actor's belief about age, and the open points of the reference.

Every statement comes from the statute data (``nm_trafficking.statute.usc_18``): § 1594's
paragraphs are quoted verbatim with their label; nothing here is encoded as law.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from nm_trafficking import words
from nm_trafficking.citations import text_named
from nm_trafficking.facts.federal_reading import sex_act_with_means
from nm_trafficking.facts.truth import Truth
from nm_trafficking.reasoning.acts import text_name
from nm_trafficking.reasoning.naming import named
from nm_trafficking.reasoning.related_notes import federal_limitation
from nm_trafficking.reasoning.verdicts import NOT_MET, ActVerdict
from nm_trafficking.results import Note, Status
from nm_trafficking.statute import caches
from nm_trafficking.statute.model import (
    SEX_ACT_CONTRADICTIONS,
    FederalVersion,
    Law,
    Paragraph,
    TextVersion,
)
from nm_trafficking.statute.usc_18 import s1594
from nm_trafficking.statute.usc_18.s1591.contradiction import contradiction_words

_1591 = "usc_1591"
_2008 = date(2008, 12, 23)

_FIXED: dict[tuple[str, ...], tuple[Note, ...]] = caches.kept({})
"""Notes that say what the statute data says and nothing of the facts (the same for every
finding, like ``notes._FIXED``): made once, by what they depend on."""


def _quote(p: Paragraph) -> str:
    label = f"{p.label.code} " if p.label is not None else ""
    return f"{label}“{p.text}”"


def attempt_and_conspiracy(law: Law, acts: Sequence[ActVerdict[TextVersion]]) -> list[Note]:
    """§ 1594(a) for every section; (b) for §§ 1589, 1590; (c) for § 1591 — quoted, never
    assessed."""
    fixed = _FIXED.get(("1594", law.id))
    if fixed is None:
        fixed = _FIXED[("1594", law.id)] = (
            Note(
                kind="attempt",
                citation=s1594.ATTEMPT.citation,
                text=f"{_quote(s1594.ATTEMPT)} — {s1594.ATTEMPT_NOTE}",
            ),
            Note(
                kind="conspiracy",
                citation=s1594.CONSPIRACY_1591.citation,
                text=f"{_quote(s1594.CONSPIRACY_1591)} — {s1594.CONSPIRACY_1591_NOTE}",
            )
            if law.id == _1591
            else Note(
                kind="conspiracy",
                citation=s1594.CONSPIRACY.citation,
                text=f"{_quote(s1594.CONSPIRACY)} — conspiracy not assessed.",
            ),
        )
    out = list(fixed)
    early = [named(v.ctx) for v in acts if v.ctx.day is not None and v.ctx.day < _2008]
    if early:
        out.append(
            Note(
                kind="attempt_conspiracy_origin",
                citation=s1594.SECTION,
                text=f"{words.capital(words.either(early, 'and'))}: {s1594.ORIGIN_NOTE}",
            )
        )
    return out


def decoy(law: Law, acts: Sequence[ActVerdict[TextVersion]]) -> Note | None:
    """The person was in fact 18 or older (a sting's decoy or officer posing as a minor, or a
    real person older than the actor believed) whom the actor believed to be under 18: the
    completed minor prong fails; attempt is not assessed. Said for what the facts are: not
    every such person is a decoy (review: a real 18-year-old believed 17 was headed as one)."""
    if law.id != _1591:
        return None
    found = [
        v
        for v in acts
        if v.ctx.conduct.believed_age is not None
        and v.ctx.conduct.believed_age < 18
        and v.ctx.age is not None
        and v.ctx.age.lo >= 18
        and v.ctx.conduct.act.value != "benefiting"
    ]
    if not found:
        return None
    conduct = found[0].ctx.conduct  # one pair's acts: one actor, one person
    actor, person = conduct.actor, conduct.person
    return Note(
        kind="decoy",
        citation=s1594.ATTEMPT.citation,
        text=f"{words.capital(words.either([named(v.ctx) for v in found], 'and'))}: {actor} "
        f"believed {person} to be under 18; {person} was in fact 18 or older. "
        f"{s1594.DECOY_NOTE} § 1594(a) {_quote(s1594.ATTEMPT)}",
    )


def belief_about_age(law: Law, acts: Sequence[ActVerdict[TextVersion]]) -> Note | None:
    if law.id != _1591:
        return None
    believed = [
        f"at {named(v.ctx)}, believed age {v.ctx.conduct.believed_age}"
        for v in acts
        if v.ctx.conduct.believed_age is not None
    ]
    if not believed:
        return None
    # review O2: § 1591(c) does not list "advertised", and for advertising (the act, or under
    # (a)(2) the venture's) only knowledge serves
    ads = any(_advertising(v) for v in acts if v.ctx.conduct.believed_age is not None)
    return Note(
        kind="knowledge_of_age",
        citation="18 U.S.C. § 1591(c)",
        text=f"Under § 1591 the actor's belief about the person's age is recorded "
        f"({'; '.join(believed)}): "
        "it is evidence on whether the actor knew or recklessly disregarded that the person was "
        "under 18, which the library does not weigh (it reads only the facts stated on that "
        "element). Under § 1591(a)(1) a reasonable opportunity to observe the person suffices "
        "alone (§ 1591(c); United States v. Duong, 848 F.3d 928 (10th Cir. 2017)), and then "
        "the belief decides nothing; otherwise, and under § 1591(a)(2), knowledge or reckless "
        "disregard of age must be proved, and a belief that the person was 18 or older does "
        "not by itself say either was absent"
        + (
            "; where the act is advertising, only knowledge of age serves, and § 1591(c) does "
            "not list it"
            if ads
            else ""
        )
        + ".",
    )


def _advertising(v: ActVerdict[TextVersion]) -> bool:
    """Whether only knowledge serves for the act: advertising, or benefiting from a venture
    whose act was advertising."""
    conduct = v.ctx.conduct
    act = conduct.act.value
    if act == "benefiting":
        venture = conduct.federal.venture.act
        return venture is not None and str(getattr(venture, "value", venture)) == "advertising"
    return act == "advertising"


def means_contradict_sex_act(law: Law, acts: Sequence[ActVerdict[TextVersion]]) -> Note | None:
    """An act whose facts state a § 1591 means known (or recklessly disregarded) to be used to
    cause the person to engage in a commercial sex act, and also that the actor did not know
    (nor, for a means disregarded, disregard) that the person would be caused to engage in one:
    what is stated, and what that decides, in words exact for the combination (one sentence
    per kind, acts of the same kind named together)."""
    if law.id != _1591:
        return None
    kinds: dict[tuple[str, bool, str, str], list[str]] = {}
    for v in acts:
        if not v.ctx.conduct.federal.model_fields_set:
            continue
        value = sex_act_with_means(v.ctx.conduct.federal)
        if value in SEX_ACT_CONTRADICTIONS:
            c = v.ctx.conduct
            kinds.setdefault((value, _advertising(v), c.actor, c.person), []).append(named(v.ctx))
    if not kinds:
        return None
    return Note(
        kind="federal_facts_contradict",
        citation="18 U.S.C. § 1591(a)",
        text=" ".join(
            f"{words.capital(words.either(found, 'and'))}: "
            + contradiction_words(value, ad, actor, person)
            for (value, ad, actor, person), found in kinds.items()
        ),
    )


def texts_applied(acts: Sequence[ActVerdict[TextVersion]]) -> list[Note]:
    """The cautions of every text applied (once each), and the periods with no text."""
    out: list[Note] = []
    seen: set[str] = set()
    gaps: list[ActVerdict[TextVersion]] = []  # no text encoded for the act's date
    windowed: list[ActVerdict[TextVersion]] = []  # in a period where either of two texts applied
    before: list[str] = []  # before the section was enacted
    for v in acts:
        ctx = v.ctx
        if not ctx.version.encoded and ctx.in_force is not Truth.FALSE:
            gaps.append(v)
        if ctx.window is not None:
            windowed.append(v)
        if ctx.in_force is Truth.FALSE:
            before.append(named(ctx))
        for u in v.under or (v,):  # an undated act judged under several texts: each of them
            version = u.ctx.version
            if version.id in seen:
                continue
            seen.add(version.id)
            if isinstance(version, FederalVersion) and version.encoded:
                cautions = _FIXED.get(("cautions", version.id))
                if cautions is None:
                    cautions = _FIXED[("cautions", version.id)] = tuple(
                        Note(kind="text_caution", citation=text_named(version), text=caution)
                        for caution in version.cautions
                    )
                out += cautions
    if gaps:
        lines = "; ".join(f"{named(v.ctx)} ({v.ctx.version.citation})" for v in gaps)
        out.append(
            Note(
                kind="no_version_encoded",
                citation=None,
                text=f"No text is applied for {lines}. Every prong stays undetermined "
                "for it (the reference gives no usable text for the date, or the date is "
                "open): never 'not met'.",
            )
        )
    for v in windowed:
        window = v.ctx.window
        assert window is not None
        names = " and ".join(text_named(c) for c in getattr(window, "candidates", ()) if c.citation)
        head = (
            f"{words.capital(named(v.ctx))} falls in the period '{window.citation}': which text "
            "applied then is UNVERIFIED, "
        )
        if v.under:  # the texts part: judged under each (``jurisdictions._agreed``)
            kind = "texts_differ"
            said = (
                f"and {names} do not give it the same result on these facts. It was judged under "
                "each: a prong or element is met only if it is met under both, not met only if "
                "it is not met under both, and its punishment is any band either gives. Which "
                "text applied is a point of law."
            )
        else:
            kind = "texts_agree"
            said = (
                f"but {names} give it the same result on these facts, so it is given under "
                f"{text_named(v.ctx.version)}. A fact added later may separate them."
            )
        out.append(Note(kind=kind, citation=None, text=head + said))
    if before:
        out.append(
            Note(
                kind="no_version_in_force",
                citation=None,
                text=f"{words.capital(words.either(before, 'and'))} is dated before the section "
                "was enacted "
                "(28 October 2000): it does not reach it.",
            )
        )
    return out


def several_texts(law: Law, acts: Sequence[ActVerdict[TextVersion]]) -> Note | None:
    """Undated acts whose possible days fall under more than one text (or period) of the
    section: judged under each and combined (``reasoning.undated``)."""
    spanning = [v for v in acts if v.under and v.ctx.day is None]
    if not spanning:
        return None
    lines = []
    for v in spanning:
        ctx = v.ctx
        assert ctx.last_day is not None
        texts = words.either([text_name(u.ctx.version) for u in v.under], "and")
        days = (  # no birth bound: the days run back without end (``acts.law_contexts``)
            f"on any day up to {words.long_date(ctx.last_day)}: the facts do not bound the "
            "victim's birth"
            if ctx.first_day is None
            else f"between {words.long_date(ctx.first_day)} and {words.long_date(ctx.last_day)}"
        )
        lines.append(f"{named(ctx)} ({days}): {texts}")
    return Note(
        kind="date_unknown",
        citation=law.citation,
        text=f"The date of conduct is not stated, and the days an act can have happened on (from "
        f"the victim's earliest possible birth to the day of this assessment) fall under more "
        f"than one text of {law.citation}: {'; '.join(lines)}. Each act was judged under each "
        "of them, over the days that text was in force and the victim's age on those days: a "
        "prong or element is met only if it is met under every one, not met only if it is not "
        "met under every one (a period with no text applied decides nothing; before the section "
        "existed nothing is met), and its punishment is any band one of them gives. Give the "
        "date of the act, or a day to assume for undated acts.",
    )


def unverified(law: Law, acts: Sequence[ActVerdict[TextVersion]]) -> list[Note]:
    seen: list[str] = []
    for v in acts:
        for text in (t for u in v.under or (v,) for t in u.ctx.version.unverified):
            if text not in seen:
                seen.append(text)
    out: list[Note] = []
    for text in seen:
        note = _FIXED.get(("unverified", law.citation, text))
        if note is None:
            note = _FIXED[("unverified", law.citation, text)] = (
                Note(kind="unverified", citation=law.citation, text=text),
            )
        out += note
    return out


SMTJ_CHECK = (
    "check: the jurisdiction element rests on the stated special maritime and territorial "
    "jurisdiction, but {acts} in Indian country, which is not the same thing (the federal "
    "reference's own analysis, UNVERIFIED); on tribal land the commerce limb is presumably the "
    "route"
)
"""Review G, finding 6: a stated SMTJ where the place is Indian country (federal reference
§ 3.7: "Indian country is not the same thing as the special maritime and territorial
jurisdiction; for conduct on tribal land in New Mexico the commerce limb is presumably the route
to § 1591 … own analysis, **UNVERIFIED**")."""


def smtj_in_indian_country(law: Law, acts: Sequence[ActVerdict[TextVersion]]) -> str | None:
    """The caution for ``law``'s line where an act that meets or may meet it is stated to have
    taken place in Indian country and its jurisdiction element is met by the stated special
    maritime and territorial jurisdiction alone (commerce not stated true): an agent's form may
    tick it for the place (:data:`SMTJ_CHECK`). ``None`` otherwise."""
    found: list[str] = []
    for v in acts:
        c = v.ctx.conduct
        where = c.federal.jurisdiction
        if (
            v.status == NOT_MET
            or c.in_indian_country is not Truth.TRUE
            or where.within_special_maritime_and_territorial_jurisdiction is not Truth.TRUE
            or where.in_or_affecting_interstate_or_foreign_commerce is Truth.TRUE
        ):
            continue
        rests = any(
            e.key == "jurisdiction" and status != NOT_MET
            for paragraph, row in zip(v.ctx.version.offences, v.elements, strict=True)
            for e, status in zip(paragraph.elements, row, strict=True)
        )
        if rests and named(v.ctx) not in found:
            found.append(named(v.ctx))
    if not found:
        return None
    verb = "took place" if len(found) == 1 else "each took place"
    return SMTJ_CHECK.format(acts=f"{words.either(found, 'and')} {verb}")


def with_smtj_check(
    why: str | None, law: Law, acts: Sequence[ActVerdict[TextVersion]]
) -> str | None:
    """``why`` (a federal line's reason, may be ``None``) with :func:`smtj_in_indian_country`'s
    caution after it, capitalised as a sentence of its own."""
    check = smtj_in_indian_country(law, acts)
    if check is None:
        return why
    return f"{why}. {words.capital(check)}" if why else words.capital(check)


def finding_notes(
    law: Law,
    acts: Sequence[ActVerdict[TextVersion]],
    status: Status,
    limitation: Callable[[str, Sequence[ActVerdict[TextVersion]]], Note | None] = (
        federal_limitation
    ),
) -> list[Note]:
    """Every note of one defendant and victim under ``law``, in a fixed order; ``limitation``
    makes the limitation note in its place (the summary's gathers each pair's periods into one
    note per rule, so it makes none of its own)."""
    found: list[Note] = []
    if status != NOT_MET:
        found += attempt_and_conspiracy(law, acts)
    for note in (
        means_contradict_sex_act(law, acts),
        decoy(law, acts),
        belief_about_age(law, acts),
    ):
        if note is not None:
            found.append(note)
    found += texts_applied(acts)
    spanning = several_texts(law, acts)
    found += [spanning] if spanning is not None else []
    limit = limitation(law.id, acts) if status != NOT_MET else None
    found += [limit] if limit is not None else []
    found += unverified(law, acts)
    return found


def believed_age_words(actor: str, person: str, age: int, state: bool, federal: bool) -> str:
    """The fact line of a believed age, for the laws assessed: under § 30-52-1 never decisive
    (State v. Jackson, a New Mexico case); under § 1591 evidence on knowledge or reckless
    disregard of age, which the library does not weigh (review V2 of session 8: with
    ``--law federal`` nothing of § 30-52-1 is said, decision 16)."""
    said = []
    if state:
        said.append(
            ("under § 30-52-1 " if federal else "")
            + "never decisive: State v. Jackson, 2018-NMCA-066"
        )
    if federal:
        said.append(
            ("under § 1591 " if state else "")
            + "evidence on knowledge or reckless disregard of age, which the library does not "
            "weigh"
        )
    return f"{actor} believed {person} to be {age} (recorded; {'; '.join(said)})."
