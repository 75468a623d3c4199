"""Notes a finding carries: subsections B, D and E, the case law (Carson, Jackson), verbs the text
does not cover, dates and ages the facts leave open, and the unverified points of the text.

Every legal statement comes from the statute version (``nm_trafficking.statute``): paragraph
texts, case law, commentary, the verbs the offenses cover and the element that defines a minor.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from nm_trafficking import statute, words
from nm_trafficking.facts.base import true_paths
from nm_trafficking.facts.conduct import NEAR_SAME_FACTS, NEAR_SAME_WORDS, Act, fact_at
from nm_trafficking.facts.pattern import FactPattern
from nm_trafficking.facts.persons import Role
from nm_trafficking.facts.truth import Truth
from nm_trafficking.reasoning import related_notes as related
from nm_trafficking.reasoning.ages import age_at, birth_window, plain_age_births
from nm_trafficking.reasoning.naming import named
from nm_trafficking.reasoning.verdicts import MET, NOT_MET, UNDETERMINED, ActVerdict
from nm_trafficking.results import Note, Status
from nm_trafficking.statute import ages as age_rule
from nm_trafficking.statute import caches
from nm_trafficking.statute.model import OffenceParagraph, Paragraph, StatuteVersion
from nm_trafficking.statute.related import accessory, safe_harbor
from nm_trafficking.statute.related.unit_of_prosecution import ONE_ACT, UNIT_NOTE

_FIXED: dict[tuple[str, str], Note] = caches.kept({})

_NOT_STATE_FACTS = frozenset({"federal"})
"""Conduct fields § 30-52-1 never reads (the federal block is judged by the federal laws)."""


def quoted(p: Paragraph) -> str:
    """A subsection's words in quotation marks after its citation, its own letter left out
    ("30-52-1(B): “The attorney general …”"): "B. The attorney general" read as if a person
    B could prosecute (review 11)."""
    text = re.sub(r"^[A-Z]\. ", "", p.text)
    return f"{p.citation}: “{text}”"


def jurisdiction(version: StatuteVersion) -> Note:
    """30-52-1(B), the same for every finding under ``version`` (built once)."""
    note = _FIXED.get((version.id, "B"))
    if note is None:
        p = version.jurisdiction
        note = _FIXED[(version.id, "B")] = Note(
            kind="jurisdiction", citation=p.citation, text=f"Who may prosecute: {quoted(p)}"
        )
    return note


def other_offences(version: StatuteVersion, *, not_met: bool = False) -> Note:
    """30-52-1(D) with the related law (the same for every finding under ``version``; when
    § 30-52-1 is not met, said first, since that is when other law matters most)."""
    key = (version.id, "D-not-met" if not_met else "D")
    note = _FIXED.get(key)
    if note is None:
        p = version.other_offences
        listed = "; ".join(version.related_offences)
        lead = (
            f"{version.citation} is not met on these facts; other law may be. " if not_met else ""
        )
        note = _FIXED[key] = Note(
            kind="other_offences",
            citation=p.citation,
            text=f"{lead}{quoted(p)} Related law to weigh on the same facts: {listed}.",
        )
    return note


def victim_not_accessory(version: StatuteVersion, defendant: str, why: str) -> Note:
    """30-52-1(E) for a defendant who is also a victim (``why``: ``"labelled"`` a victim,
    ``"met"``: an act toward them meets a paragraph, ``"open"``: an act toward them may)."""
    p = version.victim_not_accessory
    if why == "open":
        lead = (
            f"Person {defendant} may also be a victim: an act toward {defendant} may meet a "
            "paragraph (not established). If so:"
        )
    elif why == "labelled":
        lead = f"Person {defendant} is labelled a victim in this fact pattern."
    else:
        lead = f"Person {defendant} is also a victim: an act toward {defendant} meets a paragraph."
    return Note(
        kind="victim_not_accessory",
        citation=p.citation,
        text=(
            f"{lead} {quoted(p)} This bars only the accessory charge; it is not immunity from "
            "being charged as a principal or with other offenses."
        ),
    )


def _act(v: ActVerdict[Any]) -> str:
    """The act by its verb and date: ``the recruiting of 10 March 2018``."""
    return named(v.ctx)


def _met(v: ActVerdict[StatuteVersion]) -> list[str]:
    """The citations of the paragraphs the act meets, in order."""
    return [c for c, s in zip(v.ctx.version.citations, v.paragraphs, strict=True) if s == MET]


def unit_of_prosecution(
    version: StatuteVersion, acts: Sequence[ActVerdict[StatuteVersion]]
) -> Note | None:
    """State v. Carson: each act that meets or may meet a paragraph is a potential count; which
    could be separate counts. ``None`` when there is only one such act and it meets one
    paragraph at most: a paragraph it only may meet beside the one it meets is not raised here
    (the summary does not name it; in a labor case (A)(2) is open only as not ruled out), but
    the court form, which drafts such a paragraph only where a fact points to it, says the
    caution for it (``render.instructions``, review A1 of session 9). One act that meets
    several paragraphs: ``ONE_ACT``."""
    live = [v for v in acts if v.status != NOT_MET]
    met_by_act = [_met(v) for v in live]
    met_paragraphs = {citation for met in met_by_act for citation in met}
    if len(live) < 2 and len(met_paragraphs) < 2:
        return None
    case = version.case("unit_of_prosecution")
    lines = []
    dated: dict[object, list[str]] = {}
    for v, met in zip(live, met_by_act, strict=True):
        name = _act(v)
        lines.append(f"{name}: " + (f"meets {', '.join(met)}" if met else "may meet a paragraph"))
        day = None if v.ctx.date_assumed else v.ctx.day  # an assumed date says nothing of timing
        dated.setdefault(day, []).append(name)
    same_day = [ids for day, ids in dated.items() if day is not None and len(ids) > 1]
    days = sorted(day for day in dated if day is not None)  # type: ignore[type-var]
    undated = dated.get(None, [])
    count = f"{len(live)} acts" if len(live) > 1 else "1 act"
    verb = "meet" if len(live) > 1 else "meets"
    parts = [
        f"{count} of this defendant toward this victim {verb} or may meet a paragraph: "
        + "; ".join(lines)
        + "."
    ]
    if len(live) < 2:
        parts.append(
            f"One act meets several paragraphs ({', '.join(sorted(met_paragraphs))}): {ONE_ACT}"
        )
    else:
        if len(days) > 1:
            groups = [" and ".join(dated[day]) for day in days]  # each act by verb and date
            parts.append(
                f"Acts on {len(days)} different dates ({'; '.join(groups)}) could be separate "
                "counts if the conduct is sufficiently distinct."
            )
        for ids in same_day:
            parts.append(
                f"Acts on the same day ({', '.join(ids)}) may be one course of conduct: separate "
                "counts need distinct conduct."
            )
        if undated:
            parts.append(
                f"Undated acts ({', '.join(undated)}): whether they are distinct in time is not "
                "known."
            )
    parts.append(f"{case.name}, {case.citation}: {case.holding}. {UNIT_NOTE}")
    return Note(kind="unit_of_prosecution", citation=version.section, text=" ".join(parts))


def knowledge_of_age(
    version: StatuteVersion, acts: Sequence[ActVerdict[StatuteVersion]]
) -> Note | None:
    believed = [
        (_act(v), v.ctx.conduct.believed_age)
        for v in acts
        if v.ctx.conduct.believed_age is not None
    ]
    if not believed:
        return None
    case = version.case("knowledge_of_age")
    beliefs = "; ".join(f"at {name}, believed age {age}" for name, age in believed)
    actor, person = acts[0].ctx.conduct.actor, acts[0].ctx.conduct.person  # one pair's acts
    text = (
        f"{actor}'s belief about {person}'s age is recorded ({beliefs}) and changes nothing "
        f"for the completed offense: {case.name}, {case.citation}: {case.holding}."
    )
    decoy = [_act(v) for v in acts if related._sting(v) is not None]
    if decoy:
        text += (
            f" At {words.either(decoy, 'and')}, {actor} believed {person} a minor, but {person} "
            "was not one (e.g. a sting): the completed minor offense is not met, but an attempt "
            "(NMSA § 30-28-1) turns on that belief — see the attempt note."
        )
    if maybe := [_act(v) for v in acts if believed_minor_age_open(v)]:
        text += (
            f" At {words.either(maybe, 'and')}, {actor} believed {person} a minor and "
            f"{person}'s own age is open: if {person} was under eighteen, the completed minor "
            f"offense is met on the age; if {person} was eighteen or older, it is not, but an "
            "attempt (NMSA § 30-28-1) turns on that belief — see the attempt note."
        )
    return Note(kind="knowledge_of_age", citation=case.paragraph, text=text)


def _minor_element(v: ActVerdict[StatuteVersion]) -> tuple[int, int] | None:
    """(paragraph, element) of the version's own definition of a minor (its under-18
    element), as ``statute`` names it (``StatuteVersion.minor``)."""
    citation, key = v.ctx.version.minor
    for p, paragraph in enumerate(v.ctx.version.offences):
        if paragraph.citation == citation:
            for e, element in enumerate(paragraph.elements):
                if element.key == key:
                    return p, e
    return None


def _minor_offence_fails_only_on_age(v: ActVerdict[StatuteVersion]) -> bool:
    """No element of the version's minor offense but its age element is not met at this act:
    what the actor believed about the age is then all an attempt could turn on (not so for a
    verb the minor offense does not reach, or an intent stated false)."""
    found = _minor_element(v)
    if found is None:
        return False
    p, age = found
    return all(status != NOT_MET for e, status in enumerate(v.elements[p]) if e != age)


def _minor_at(v: ActVerdict[StatuteVersion], age: int) -> bool:
    """The version's minor element would be established for a person of exactly ``age``."""
    citation, key = v.ctx.version.minor
    element = next(e for e in v.ctx.version.offence(citation).elements if e.key == key)
    for alt in element.established:
        if all(
            t.op == "lt" and isinstance(t.value, int) and age < t.value
            for t in alt.tests
            if t.path.startswith("victim_age")
        ):
            return True
    return False


def _minor(v: ActVerdict[StatuteVersion]) -> bool:
    """The version's own definition of a minor (its under-18 element) is met at this act."""
    found = _minor_element(v)
    return found is not None and v.elements[found[0]][found[1]] == MET


def _minor_status(v: ActVerdict[StatuteVersion]) -> Status | None:
    """The status of the version's own definition of a minor (its under-18 element) at this
    act; ``None`` where the version has none."""
    found = _minor_element(v)
    return None if found is None else v.elements[found[0]][found[1]]


def not_a_minor(v: ActVerdict[StatuteVersion]) -> bool:
    """The person was not a minor at this act: the version's under-18 element is stated NOT
    MET (the person in fact eighteen or older), not merely not met for want of the age."""
    return _minor_status(v) == NOT_MET


def believed_minor_age_open(v: ActVerdict[StatuteVersion]) -> bool:
    """The actor believed a minor, the person's own age is open (the under-18 element
    undetermined: an age range across eighteen, or none stated) and nothing else of the minor
    offense fails: if the person was eighteen or older, an attempt turns on the belief; if
    under eighteen, the completed offense is met on the age and there is no attempt (§ 30-28-1
    [S]: "tending but failing to effect its commission"). Never read as "not a minor"."""
    believed = v.ctx.conduct.believed_age
    return (
        believed is not None
        and _minor_status(v) == UNDETERMINED
        and _minor_at(v, believed)
        and _minor_offence_fails_only_on_age(v)
    )


def minor_benefiting_without_knowledge(acts: Sequence[ActVerdict[StatuteVersion]]) -> Note | None:
    """A benefiting act toward a minor that does not meet the benefiting paragraph: the
    paragraph's note, as what the benefit came from asks (review A5 of session 9). The other
    law the note names (sex offenses) only where the benefit came, or may have come, from
    commercial sexual activity at one of those acts; else the note for labor or services
    (:attr:`OffenceParagraph.minor_note_apart`). Of the former, the one for a minor who may
    have been old enough that other law it names does not reach
    (:attr:`OffenceParagraph.minor_note_from`) where one such act says so."""
    home: OffenceParagraph | None = None
    sexual: list[ActVerdict[StatuteVersion]] = []
    for v in acts:
        version = v.ctx.version
        found = version.paragraph_with_verb(v.ctx.conduct.act.value)
        if found is None or found.minor_note is None or not _minor(v):
            continue
        if v.paragraphs[version.offences.index(found)] == MET:
            continue
        home = home or found
        if found.minor_note_apart is None or not _apart(v, found, found.minor_note_apart[0]):
            sexual.append(v)
    if home is None:
        return None
    kind = f"no_minor_variant_of_{home.short.lower()}"
    if not sexual:
        assert home.minor_note_apart is not None  # no act is "sexual" only where it is set
        return Note(kind=kind, citation=home.citation, text=home.minor_note_apart[1])
    text = home.minor_note
    assert text is not None
    limit = home.minor_note_from
    if limit is not None and any(
        (age := v.ctx.age) is None or age.hi is None or age.hi >= limit[0] for v in sexual
    ):  # may have been old enough that other law the note names does not reach
        text = limit[1]
    return Note(kind=kind, citation=home.citation, text=text)


def _apart(v: ActVerdict[StatuteVersion], paragraph: OffenceParagraph, path: str) -> bool:
    """The act's facts leave out what the fact at ``path`` names: it is not stated true, and
    it is stated false or another option of the paragraph's element that tests it is stated
    true (one stated true does not say the others were not)."""
    conduct = v.ctx.conduct
    stated = fact_at(conduct, path)
    if stated is Truth.TRUE:
        return False
    if stated is Truth.FALSE:
        return True
    for element in paragraph.elements:
        if path in element.paths:
            return any(
                fact_at(conduct, other) is Truth.TRUE for other in element.paths if other != path
            )
    return False


def verbs_not_covered(acts: Sequence[ActVerdict[StatuteVersion]]) -> Note | None:
    """The verbs of acts that are not verbs of the text each act was judged under (an undated
    act: of any text it may fall under), named per text; a verb a later text has is said to be
    in it (from the statute data, so the words never go stale), the text's own commentary is
    said of the verbs no text has. An act stated to be the actor's own purchase is left out
    where the text has a buyer note (:func:`buyer`): that note says the verb does not decide
    it, which "not reached as a principal" would contradict."""
    by_text: dict[str, tuple[StatuteVersion, set[str]]] = {}
    for v in acts:
        for u in v.under or (v,):
            verb, version = u.ctx.conduct.act.value, u.ctx.version
            if v.ctx.buyer is Truth.TRUE and "buyer" in version.commentary:
                continue
            if verb not in version.verbs:
                by_text.setdefault(version.id, (version, set()))[1].add(verb)
    if not by_text:
        return None
    texts = sorted(by_text.values(), key=lambda t: t[0].in_force_from)
    said = [
        f"Conduct described only as {', '.join(sorted(verbs))} is not among the verbs of "
        f"{version.citation} ({', '.join(version.verbs)})."
        for version, verbs in texts
    ]
    newest = texts[-1][0]
    later = [
        (verb, text)
        for version, verbs in texts
        for verb in sorted(verbs)
        if (text := _later_text_with(version, verb)) is not None
    ]
    said += [
        f"{verb.capitalize()} is a verb of {text.citation}, in force from "
        f"{words.long_date(text.in_force_from)}."
        for verb, text in later
    ]
    if len(later) < sum(len(verbs) for _, verbs in texts):
        said.append(newest.commentary.get("verbs_not_covered", ""))
    said.append(accessory.NOT_A_PRINCIPAL)
    version = texts[0][0]
    return Note(
        kind="verbs_not_covered",
        citation=version.chapeau.citation,
        text=" ".join(said).strip(),
    )


def _later_text_with(version: StatuteVersion, verb: str) -> StatuteVersion | None:
    """The first text after ``version`` whose verbs include ``verb``."""
    return next(
        (
            v
            for v in statute.VERSIONS
            if v.in_force_from > version.in_force_from and verb in v.verbs
        ),
        None,
    )


def _homes(
    version: StatuteVersion,
) -> dict[str, tuple[tuple[OffenceParagraph, ...], frozenset[str], frozenset[str]]]:
    """Per verb (every one the model has): the offenses of ``version`` whose conduct it is,
    every fact path their elements test, and the first part of every path only the other
    offenses test (a fact stated under none of those can decide nothing elsewhere) (statute
    data: derived once per text)."""

    def make() -> dict[str, tuple[tuple[OffenceParagraph, ...], frozenset[str], frozenset[str]]]:
        found = {}
        for verb in Act:
            homes = tuple(p for p in version.offences if verb.value in p.verbs)
            tested = frozenset(path for p in homes for e in p.elements for path in e.paths)
            elsewhere = frozenset(
                path.split(".", 1)[0]
                for p in version.offences
                if p not in homes
                for e in p.elements
                for path in e.paths
                if path not in tested
            )
            found[verb.value] = (homes, tested, elsewhere)
        return found

    return version.derive("notes_homes", make)


def facts_of_other_paragraphs(acts: Sequence[ActVerdict[StatuteVersion]]) -> Note | None:
    """Facts stated true on an act that only paragraphs not reaching its verb test (e.g. what
    the actor received, stated on a recruiting): they decide nothing for that act, and a user
    who stated them may believe they did. Verbs no paragraph covers are left to
    :func:`verbs_not_covered`; federal facts to the federal sections."""
    lines: list[str] = []
    for v in acts:
        version = v.ctx.version
        homes, tested, elsewhere = _homes(version)[v.ctx.conduct.act.value]
        if not homes or elsewhere.isdisjoint(v.ctx.conduct.model_fields_set):
            continue
        stray = [
            path for path in true_paths(v.ctx.conduct, skip=_NOT_STATE_FACTS) if path not in tested
        ]
        by_paragraph: dict[str, list[str]] = {}
        reaches: dict[str, tuple[str, ...]] = {}
        for path in stray:
            for p in version.offences:
                if p not in homes and any(path in e.paths for e in p.elements):
                    by_paragraph.setdefault(p.citation, []).append(path)
                    reaches[p.citation] = p.verbs
        if not by_paragraph:
            continue
        parts = [
            f"{', '.join(words.fact_words(p) for p in paths)} (tested by {citation}, whose "
            f"conduct is {' or '.join(reaches[citation])})"
            for citation, paths in by_paragraph.items()
        ]
        lines.append(f"{_act(v)} states {' and '.join(parts)}")
    if not lines:
        return None
    return Note(
        kind="facts_of_other_paragraphs",
        citation=acts[0].ctx.version.section,
        text=(
            "Facts stated on an act that its paragraphs do not test, so they decide nothing for "
            f"that act: {'; '.join(lines)}. Each act is judged under the paragraphs its verb "
            "belongs to; if the actor also did what another paragraph describes, state it as a "
            "separate act with that verb."
        ),
    )


PURPOSE_SEXUAL = "to_subject_to.commercial_sexual_activity"
CAUSED_SEXUAL = "will_be_caused_to_engage_in_commercial_sexual_activity"
"""(A)(1)'s purpose of commercial sexual activity and (A)(2)'s intent or knowledge that the
person will be caused to engage in it: facts of one act that pull against each other when the
first is stated true and the second false (:func:`purpose_and_intent_in_tension`)."""


def purpose_and_intent_in_tension(acts: Sequence[ActVerdict[StatuteVersion]]) -> Note | None:
    """An act reached by the verbs of the paragraphs testing them whose facts state the
    purpose of subjecting the person to commercial sexual activity ((A)(1)) true and the intent
    or knowledge that the person would be caused to engage in it ((A)(2)) false (review A4 of
    session 9): said, in the words of the text's commentary, and no status is changed. The two
    are different words of the text (whose definitions are UNVERIFIED), so the library neither
    reads one from the other nor calls them a contradiction: the conservative reading flags the
    tension for the reader, as ``federal_facts_contradict`` does for § 1591's facts."""
    lines: list[str] = []
    for v in acts:
        c = v.ctx.conduct
        if (
            fact_at(c, PURPOSE_SEXUAL) is not Truth.TRUE
            or fact_at(c, CAUSED_SEXUAL) is not Truth.FALSE
        ):
            continue
        if not _reached(v, (PURPOSE_SEXUAL, CAUSED_SEXUAL)):
            continue
        means = [m for m, stated in c.means_will_be_used if stated is Truth.TRUE]
        purpose = (
            f"{c.actor} intended or knew that {words.either(means)} would be used to subject "
            f"{c.person} to commercial sexual activity"
            if means
            else f"the purpose was to subject {c.person} to commercial sexual activity"
        )
        lines.append(
            f"at {_act(v)}, that {purpose} is stated true ((A)(1)), but that {c.actor} intended or "
            f"knew {c.person} would be caused to engage in commercial sexual activity is stated "
            "false ((A)(2))"
        )
    if not lines:
        return None
    version = acts[0].ctx.version
    said = version.commentary.get("purpose_and_intent_in_tension")
    if said is None:
        return None
    return Note(
        kind="purpose_and_intent_in_tension",
        citation=version.section,
        text=f"Facts of one act pull against each other: {'; '.join(lines)}. {said}",
    )


def _reached(v: ActVerdict[StatuteVersion], paths: tuple[str, ...]) -> bool:
    """The act's conduct is not ruled out by every paragraph of its text that tests one of
    ``paths`` (the facts are then read for that act, not stray facts of another paragraph)."""
    for p, paragraph in enumerate(v.ctx.version.offences):
        if not any(path in e.paths for e in paragraph.elements for path in paths):
            continue
        for e, element in enumerate(paragraph.elements):
            if element.key == "conduct" and v.elements[p][e] != NOT_MET:
                return True
    return False


def state_and_federal_facts_disagree(acts: Sequence[ActVerdict[StatuteVersion]]) -> Note | None:
    """An act whose state facts and federal facts answer nearly the same question with opposite
    truth values (``facts.conduct.NEAR_SAME_FACTS``): likely an error in the pattern, which the
    side-by-side would otherwise repeat as a difference between the laws."""
    lines: list[str] = []
    for v in acts:
        c = v.ctx.conduct
        if not c.federal.model_fields_set:
            continue
        for state_path, federal_path in NEAR_SAME_FACTS:
            a, b = fact_at(c, state_path), fact_at(c, federal_path)
            if {a, b} == {Truth.TRUE, Truth.FALSE}:
                who = {"actor": c.actor, "person": c.person}
                said_a = NEAR_SAME_WORDS[state_path].format_map(who)
                said_b = NEAR_SAME_WORDS[federal_path].format_map(who)
                lines.append(
                    f"{_act(v)}: that {said_a} is stated {a} (a state fact), but that "
                    f"{said_b} is stated {b} (a federal fact)"
                )
    if not lines:
        return None
    return Note(
        kind="state_and_federal_facts_disagree",
        citation=None,
        text=(
            "Facts that ask nearly the same question are answered both ways: "
            + "; ".join(lines)
            + ". Each law is judged on its own facts and neither is inferred from the other, so "
            "the state and federal results may differ only because of this: check the facts "
            "before relying on the side by side."
        ),
    )


def no_version(acts: Sequence[ActVerdict[StatuteVersion]]) -> Note | None:
    before = [v for v in acts if v.ctx.in_force is Truth.FALSE]
    if not before:
        return None
    first = before[0].ctx.version
    ids = words.either([_act(v) for v in before], "and")
    return Note(
        kind="no_version_in_force",
        citation=first.section,
        text=(
            f"No version in force for {ids}: the earliest known text is in force from "
            f"{words.long_date(first.in_force_from)} ({first.in_force_from_status}). "
            "§ 30-52-1 does not reach conduct before it came into force: the element 'in force' "
            "is not met."
        ),
    )


def date_unknown(acts: Sequence[ActVerdict[StatuteVersion]]) -> Note | None:
    undated = [v for v in acts if v.ctx.day is None]
    if not undated:
        return None
    spans = "; ".join(f"{_act(v)}: {words.dates_in_words(v.ctx.when())}" for v in undated)
    spanning = [v for v in undated if v.under]
    if spanning:
        texts = words.either(
            list(dict.fromkeys(u.ctx.version.citation for v in spanning for u in v.under)), "and"
        )
        return Note(
            kind="date_unknown",
            citation=undated[0].ctx.version.section,
            text=(
                f"The date of conduct is not stated ({spans}). The dates an act can have "
                f"happened on span more than one text ({texts}), so it was judged under each, "
                "over the days that text was in force and the victim's age on those days: an "
                "element is met only if it is met under every one of them, not met only if it "
                "is not met under every one, and the grades the act may carry are those of any "
                "of them. Give the date of the act, or a day to assume for undated acts."
            ),
        )
    return Note(
        kind="date_unknown",
        citation=undated[0].ctx.version.section,
        text=(
            f"The date of conduct is not stated ({spans}). The act was judged under the only "
            "text it can fall under if § 30-52-1 reaches it at all, over the days from that "
            "text's start (or the victim's birth, if later) to the day of this assessment; the "
            "victim's age at it is the range those days allow (a plain age stated without the "
            "date it held is read over every act it may describe). If the act predates the "
            "text, § 30-52-1 does not reach it: the element 'in force' stays undetermined "
            "unless the victim was born after the text came into force. Give the date of the "
            "act, or a day to assume for undated acts."
        ),
    )


def date_assumed(acts: Sequence[ActVerdict[StatuteVersion]]) -> Note | None:
    assumed = [v for v in acts if v.ctx.date_assumed]
    if not assumed:
        return None
    day = assumed[0].ctx.day
    assert day is not None
    ids = words.either([f"the {v.ctx.conduct.act.value}" for v in assumed], "and")
    return Note(
        kind="date_assumed",
        citation=None,
        text=f"The date of {ids} is not stated; {words.long_date(day)} was assumed as the "
        "caller asked.",
    )


def plain_age_at_every_act(
    pattern: FactPattern, acts: Sequence[ActVerdict[StatuteVersion]]
) -> Note | None:
    """A plain ``age`` (no ``age_on``) is the person's age at one of the acts toward them, which
    one not stated: say so where that leaves the age at an act a range that crosses a limit
    that matters (a grade band or the minor element), and, for an undated act, what the age
    would give if it was stated on the day of the assessment (e.g. at intake). ``acts``: every
    act toward the person (an age belongs to the person, not to one defendant's acts)."""
    if not acts:
        return None
    victim = pattern.person(acts[0].ctx.conduct.person)
    if victim.age is None or victim.age_on is not None or victim.birth_date is not None:
        return None  # the birth date, when given too, decides the ages
    advice = "Give the day the age was stated, or a birth date, to settle it."
    ranged = [
        v
        for v in acts
        if (age := v.ctx.age) is not None and not age.exact and _crosses(v, age.lo, age.hi)
    ]
    if ranged:
        listed = "; ".join(f"{_act(v)}: {v.ctx.age.text()}" for v in ranged if v.ctx.age)
        text = (
            f"Person {victim.id}'s age {victim.age} is the age at one of the acts toward "
            f"{victim.id} (by any defendant), which one is not stated: at each act the age is "
            f"the range covering every reading ({listed}), and what that range leaves open is "
            f"undetermined. {advice}"
        )
        return Note(kind="plain_age_at_every_act", citation=None, text=text)
    undated = [v for v in acts if v.ctx.day is None and v.ctx.first_day is not None]
    if len(acts) != 1 or not undated:
        return None
    v = undated[0]
    last = v.ctx.last_day
    if last is None:
        return None
    lo = max(0, victim.age - ((last - v.ctx.version.in_force_from).days // 365 + 1))
    if not _crosses(v, lo, victim.age):
        return None
    text = (
        f"Person {victim.id}'s age {victim.age} is read as the age at {_act(v)}, whatever day "
        f"it fell on. If it is the age when it was stated (e.g. at intake, on "
        f"{words.long_date(last)}), the person was younger at the act, which can "
        f"change the grade and the elements that turn on the age: give the day the age "
        "was stated, or a birth date."
    )
    return Note(kind="plain_age_at_every_act", citation=None, text=text)


def _crosses(v: ActVerdict[StatuteVersion], lo: int, hi: int | None) -> bool:
    """Ages from ``lo`` to ``hi`` span more than one grade, or both sides of the minor limit."""
    top = hi if hi is not None else lo + 200
    return len(v.ctx.version.grading.grades_for_ages(lo, top)) > 1 or _minor_at(v, lo) != _minor_at(
        v, top
    )


def _readings_differ(
    v: ActVerdict[StatuteVersion], readings: tuple[tuple[int, int | None], ...]
) -> bool:
    """A plain age's two readings of the 29 February point (if they differ) give different
    grades, or differ on whether the person was a minor."""
    bounded = [(lo, hi) for lo, hi in readings if hi is not None]
    if len(bounded) != 2:
        return False
    grading = v.ctx.version.grading
    grades = [{g.id for g in grading.grades_for_ages(lo, hi)} for lo, hi in bounded]
    minors = [{_minor_at(v, lo), _minor_at(v, hi)} for lo, hi in bounded]
    return grades[0] != grades[1] or minors[0] != minors[1]


def _leap_day_acts(acts: Sequence[ActVerdict[StatuteVersion]]) -> list[str]:
    """The acts where the 29 February open point decides something: the age range it opens
    spans a grade band or the minor element."""
    return [
        _act(v)
        for v in acts
        if (age := v.ctx.age) is not None
        and (
            (
                age.leap_day_open
                and age.hi is not None
                and (
                    len(v.ctx.version.grading.grades_for_ages(age.lo, age.hi)) > 1
                    or _minor_at(v, age.lo) != _minor_at(v, age.hi)
                )
            )
            or _readings_differ(v, age.leap_day_readings)
        )
    ]


_LEAP_DAY_NOTE = Note(kind="leap_day_birthday", citation=None, text=age_rule.LEAP_DAY_OPEN_POINT)
"""The 29 February open point, the same words for every pair it matters to: the summary says
it once, naming the pairs (review p05: it was said in full once per act)."""


def leap_day(acts: Sequence[ActVerdict[StatuteVersion]]) -> Note | None:
    """The 29 February open point, where it decides something (:func:`_leap_day_acts`): its
    words, the same for every pair (the acts it concerns: :func:`leap_day_acts`)."""
    return _LEAP_DAY_NOTE if _leap_day_acts(acts) else None


def leap_day_acts(acts: Sequence[ActVerdict[StatuteVersion]]) -> Note | None:
    """The acts of the pair the 29 February open point decides something at, named after the
    open point (:func:`leap_day`): with one pair the summary says the two as one note."""
    open_acts = _leap_day_acts(acts)
    if not open_acts:
        return None
    return Note(
        kind="leap_day_birthday",
        citation=None,
        text=f"The 29 February open point matters at {words.either(open_acts, 'and')}.",
    )


def victim_standing(pattern: FactPattern, person_id: str, victims: dict[str, Status]) -> str | None:
    """Why a person counts as a victim for subsection E: ``"labelled"``, ``"met"`` (an act
    toward them meets a paragraph), ``"open"`` (one may), or ``None``."""
    if Role.VICTIM in pattern.person(person_id).roles:
        return "labelled"
    status = victims.get(person_id)
    if status == MET:
        return "met"
    return "open" if status is not None else None


DELINQUENT_ACT = safe_harbor.DELINQUENT_ACT


def defendant_under_eighteen(
    pattern: FactPattern,
    acts: Sequence[ActVerdict[StatuteVersion]],
    person_id: str | None = None,
) -> str | None:
    """For § 30-52-1's line of a defendant who was (or may have been) under eighteen at an act
    that meets or may meet it: her age at those acts, and that the Children's Code may govern
    (§ 32A-2-3(A) [S], quoted: a delinquent act is a child's act that would be a crime if an
    adult committed it); the basic sentence shown is an adult's, whether it could be imposed
    not assessed (the Children's Code's definition of a child and its dispositions are not in
    the sources). ``None`` when the facts make the defendant eighteen or older at every such
    act, or say nothing of her age. A plain age (no birth date, no date it held on) is her age
    at one of the acts toward her, as for a victim; with none of them dated, under eighteen,
    she may have been at her own. ``person_id``: a helper of the acts (an accessory, whose
    line gives the degree of the offense aided and its basic sentence), not their actor."""
    live = [v for v in acts if v.status != NOT_MET]
    if not live:
        return None
    person = pattern.person(person_id or live[0].ctx.conduct.actor)
    rule = age_rule.LEAP_DAY_BIRTHDAY
    window = birth_window(
        person_id=person.id,
        birth_date=person.birth_date,
        age=person.age,
        age_on_date=person.age_on,
        leap_day=rule,
    )
    days = [c.date for c in pattern.conduct if c.person == person.id]
    if window is None and person.age is not None and days and None not in days:
        # a plain age: her age at one of the (dated) acts toward her, as for a victim
        spans = [(d, d) for d in days]
        window = plain_age_births(person.age, person.id, spans, rule)
    was: list[str] = []
    may: list[str] = []
    for v in live:
        ctx = v.ctx
        if window is None:  # a plain age not tied to a dated act, or none
            if person.age is not None and person.age < 18:
                may.append(_act(v))
            continue
        age = age_at(window, None, person.id, ctx.first_day, ctx.last_day, rule)
        if age is None or age.lo >= 18:
            continue
        aged = f"{_act(v)} (aged {age.text()})"
        (was if age.hi is not None and age.hi < 18 else may).append(aged)
    if not was and not may:
        return None
    # a defendant's line capitalises its first word (an id never is); a helper is named
    who = person.id if person_id else f"Defendant {person.id}"
    parts = []
    if was:
        parts.append(f"{who} was under eighteen at {words.either(was, 'and')}")
    if may:
        lead = "and may have been at" if was else f"{who} may have been under eighteen at"
        parts.append(f"{lead} {words.either(may, 'and')}")
    return (
        f"{' '.join(parts)}: the Children's Code may govern (NMSA 1978, § 32A-2-3(A) [S]: "
        f"“{DELINQUENT_ACT}”). The basic sentence shown is an adult's; whether it could be "
        "imposed is not assessed"
    )


def buyer(pattern: FactPattern, acts: Sequence[ActVerdict[StatuteVersion]]) -> Note | None:
    """A buyer: the result may turn on the verb chosen to describe the same facts. Set off by
    the buyer fact (``as_buyer``, else the consumer role), never by the verb alone: patronizing
    by someone stated not to be a buyer is simply not met (review U3 of session 8)."""
    version = acts[0].ctx.version
    text = version.commentary.get("buyer")
    if text is None:
        return None
    for v in acts:
        if v.ctx.buyer is Truth.TRUE:
            return Note(kind="buyer", citation=version.chapeau.citation, text=text)
    return None


def unverified(version: StatuteVersion) -> list[Note]:
    """The open points of ``version``'s text (the same for every assessment: made once)."""
    notes = version.derive(
        "unverified_notes",
        lambda: tuple(Note(kind="unverified", citation=None, text=t) for t in version.unverified),
    )
    return list(notes)


def finding_notes(
    pattern: FactPattern,
    defendant: str,
    acts: Sequence[ActVerdict[StatuteVersion]],
    status: Status,
    victims: dict[str, Status],
    plain_age: Note | None = None,
    every_act: Sequence[ActVerdict[StatuteVersion]] | None = None,
) -> list[Note]:
    """Every note of one defendant and victim, in a fixed order. ``plain_age``: the
    :func:`plain_age_at_every_act` note, judged over every act toward the victim (by any
    defendant: an age belongs to the person), made by the caller once for the grade too;
    ``every_act``: every act's verdict (by any defendant, toward anyone), for what an act of
    the pair shares with others (an agreement)."""
    version = acts[0].ctx.version
    found: list[Note] = []
    if status != NOT_MET:
        found += [jurisdiction(version), other_offences(version)]
    else:
        found.append(other_offences(version, not_met=True))
    standing = victim_standing(pattern, defendant, victims)
    if standing is not None:
        found.append(victim_not_accessory(version, defendant, standing))
    for note in (
        buyer(pattern, acts),
        unit_of_prosecution(version, acts),
        knowledge_of_age(version, acts),
        minor_benefiting_without_knowledge(acts),
        verbs_not_covered(acts),
        facts_of_other_paragraphs(acts),
        state_and_federal_facts_disagree(acts),
        purpose_and_intent_in_tension(acts),
        no_version(acts),
        date_unknown(acts),
        date_assumed(acts),
        plain_age,
        leap_day(acts),
        leap_day_acts(acts),
    ):
        if note is not None:
            found.append(note)
    out = related.for_finding(found, pattern, defendant, acts, status, standing, every_act)
    from nm_trafficking.reasoning import accessories  # it reads victim_standing from here

    helpers = accessories.note(pattern, acts, victims, every_act or ())
    if helpers is not None:
        out.append(helpers)
    return out
