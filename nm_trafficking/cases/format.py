"""The case format: what a case file may say, and the words it may say it in.

A case file (YAML) holds one or more cases. Each case has an id, a title, the citations it
exercises, a story, a fact pattern (inline, or a ``pattern_file`` next to it) and the expected
outcome per defendant and victim. Only what a case states is checked. ``docs/cases.md`` is the
guide for legal staff; this module is the reference the loader checks a file against.

The vocabulary is derived from the statute (``nm_trafficking.statute``), never written here:
paragraph names from each offense's ``short`` and ``citation``, element keys from the elements,
grade words from each version's grading rule.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from nm_trafficking import statute
from nm_trafficking.errors import NMTraffickingError
from nm_trafficking.facts.pattern import FactPattern
from nm_trafficking.limits import printable
from nm_trafficking.results import Status
from nm_trafficking.statute.model import StatuteVersion

STATUSES: tuple[Status, ...] = ("met", "not_met", "undetermined")
"""The only status words a case may use."""

NOTE_KINDS: tuple[str, ...] = (
    "jurisdiction", "other_offences", "victim_not_accessory", "unit_of_prosecution",
    "knowledge_of_age", "no_minor_variant_of_a3", "buyer", "verbs_not_covered",
    "facts_of_other_paragraphs", "state_and_federal_facts_disagree",
    "purpose_and_intent_in_tension", "no_version_in_force",
    "date_unknown", "date_assumed", "plain_age_at_every_act", "leap_day_birthday",
    "limitation_period", "unanimity", "indian_country", "attempt", "conspiracy", "accessory",
    "safe_harbor", "attempt_conspiracy_origin", "federal_facts_contradict", "decoy",
    "text_caution", "no_version_encoded", "texts_agree", "unverified",
)  # fmt: skip
"""The note kinds a case may expect: the table "Note kinds" of docs/contract.md (a test keeps
them the same)."""

GRADE_STATUSES = ("determined", "undetermined", "not_applicable")
NO_GRADE = ("none", "null", "no grade")
"""Words for "no grade" (YAML ``null`` too): no grade is possible (``grade_status:
not_applicable``)."""
OPEN_GRADE = "undetermined"
"""The word (and the expected value) for a grade still open: some grade is possible, none is
certain yet (``grade_status: undetermined``)."""

FILE_KEYS: dict[str, str] = {
    "cases": "the list of cases (required)",
    "description": "what the file is about (not checked)",
    "today": "default `today` of every case in the file",
    "as_of": "default `as_of` of every case in the file",
    "statute": "default `statute` of every case in the file",
}
CASE_KEYS: dict[str, str] = {
    "id": "a short name, unique in the file (required)",
    "title": "one line (required)",
    "citations": "the paragraphs the case exercises, e.g. [A2, C1] (required)",
    "story": "the facts in plain words (required)",
    "pattern": "the fact pattern, inline (this or pattern_file)",
    "pattern_file": "a fact-pattern file, relative to the case file (this or pattern)",
    "expect": "the expected outcome per DEFENDANT/VICTIM (required)",
    "as_of": "the date assumed for acts with no date",
    "today": "the day of the assessment: the latest date an undated act can have",
    "statute": 'assess every act under this version of the text, e.g. "2008"',
    "tags": "free labels, e.g. [minor, boundary:16]",
    "teaching_point": "one line for trainers (the quiz shows it)",
}
PAIR_KEYS: dict[str, str] = {
    "PARAGRAPH": "A1, (A)(1) or 30-52-1(A)(1): a status word, or a mapping (see below)",
    "status": "the pair's status (met if any paragraph is met)",
    "grade": "the grade when certain: first, second or third; undetermined (some grade is "
    "possible, none certain) or none (no grade possible)",
    "floor": "the most serious grade an act that meets a paragraph certainly carries",
    "possible": "the grades still possible, as a list (compared as a set)",
    "grade_status": "determined, undetermined or not_applicable",
    "grade_act": "the act (conduct id) that fixes the floor or grade",
    "counts": "per act (conduct id): what that act, as a count, must show",
    "remaining": "texts that must each occur in what would still have to be established",
    "notes": "note kinds that must be present, e.g. [knowledge_of_age]",
    "federal": "the federal sections: per prong, per law, penalties, side by side (below)",
    "accessories": "per helper of the pair's acts (person id): a status word, or a mapping of "
    "status, grade (the degree of the act aided when certain), possible, bar (applies, "
    "may_apply or none)",
}
FEDERAL_KEYS: dict[str, str] = {
    "PRONG": "1591a1_means, 1591a1_minor, 1591a2_means, 1591a2_minor, 1589a, 1589b, 1590a (or "
    "the citation): a status word, or a mapping of status, elements, deciding_act, remaining",
    "LAW": "usc_1591, usc_1589 or usc_1590: the section's status for the pair",
    "penalty": "per section: the band, e.g. {usc_1591: (b)(2)}; none_stated (the text states "
    "no punishment), undetermined, or none (no prong met or open)",
    "side_by_side": "texts that must each occur in one of the side-by-side lines",
    "notes": "note kinds that must be present in some federal section, e.g. [decoy]",
}
PENALTY_WORDS = ("none", "none_stated", "undetermined")
PARAGRAPH_KEYS: dict[str, str] = {
    "status": "met, not_met or undetermined",
    "elements": "element key -> status word, e.g. {knowingly: undetermined}",
    "deciding_act": "the act that decided the paragraph (not inside counts)",
    "remaining": "texts that must each occur in what remains for this paragraph",
}
COUNT_KEYS: dict[str, str] = {
    "PARAGRAPH": "a status word, or a mapping of status, elements, remaining",
    "status": "the act's status (met if it meets any paragraph)",
    "grade": "the act's grade when determined; undetermined (open) or none (no grade possible)",
    "possible": "the grades the act may carry, as a list",
    "grade_status": "determined, undetermined or not_applicable",
    "statute_version": "the version in force at the act (none: before any)",
    "victim_age": "the victim's age at the act in words, e.g. '15' or '12 to 13'",
    "limitation_passed": "whether the § 30-52-1 limitation period has passed on the day of the "
    "assessment (unless tolled): true, false or unknown",
}


COMMAND_LINE = "command line"
"""The ``file`` of a :class:`CaseError` that is in the command, not a file: a ``--case`` or
``--citation`` that selects no case."""


@dataclass(frozen=True)
class CaseError:
    """A problem in a case file: the file, the case (``None``: the file itself) and the field."""

    file: str
    case: str | None
    field: str
    message: str
    line: int | None = None
    """The line of the case file where the field is written (``None``: not known, e.g. in a
    ``pattern_file`` or for the file as a whole)."""
    unread: bool = False
    """The path itself is the problem (not found, a directory with no case file, not a
    regular file, cannot be read): nothing in it was read, so it is not called malformed."""

    def __str__(self) -> str:
        parts = [self.file]
        if self.case is not None:
            parts.append(f"case {self.case}")
        where = [f"line {self.line}"] if self.line is not None else []
        item = in_words(self.field)
        if item:
            where.append(item)
        if self.field:
            parts.append(self.field + _brackets(where))
        else:
            parts[-1] += _brackets(where)
        # every part may come from the case file (or its name): escaped for a terminal
        return printable(": ".join(parts) + f": {self.message}")

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "case": self.case,
            "field": self.field,
            "line": self.line,
            "message": self.message,
        }


def _brackets(words: Sequence[str]) -> str:
    return f" ({', '.join(words)})" if words else ""


_ORDINALS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth",
)  # fmt: skip

_ITEMS = {
    "persons": "person",
    "conduct": "act",
    "observations": "observation",
    "accessories": "accessory",
    "cases": "case",
    "citations": "citation",
    "possible": "grade",
    "remaining": "text",
    "notes": "note",
    "side_by_side": "text",
    "tags": "tag",
    "roles": "role",
}


def ordinal(n: int) -> str:
    """``1`` -> ``first``, ``23`` -> ``23rd``."""
    if 1 <= n <= len(_ORDINALS):
        return _ORDINALS[n - 1]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def in_words(field: str) -> str | None:
    """The last item of a list a field names, as a lawyer counts: ``pattern.persons[1]
    .birth_date`` -> ``the second person`` (a location counts from 0)."""
    found = list(re.finditer(r"(\w+)\[(\d+)\]", field))
    if not found:
        return None
    name, index = found[-1].group(1), int(found[-1].group(2))
    return f"the {ordinal(index + 1)} {_ITEMS.get(name, 'item')}"


class CaseFileError(NMTraffickingError, ValueError):
    """One or more malformed case files; ``errors`` names file, case and field of each."""

    def __init__(self, errors: Sequence[CaseError]) -> None:
        self.errors = tuple(errors)
        lines = "\n".join(f"  - {e}" for e in self.errors)
        super().__init__(
            str(self.errors[0])
            if len(self.errors) == 1
            else f"{len(self.errors)} problems in case files:\n{lines}"
        )


Scope = Literal["pair", "count"]
What = Literal[
    "status",
    "paragraph",
    "element",
    "deciding_act",
    "paragraph_remaining",
    "grade",
    "floor",
    "possible",
    "grade_status",
    "grade_act",
    "remaining",
    "notes",
    "statute_version",
    "victim_age",
    "federal_law",
    "federal_penalty",
    "side_by_side",
    "federal_notes",
    "accessory",
    "limitation_passed",
]


@dataclass(frozen=True)
class Check:
    """One stated expectation. ``key`` is where the case states it, as written (for messages);
    ``expected`` is normalised (a status word, a grade id or ``None``, a tuple...)."""

    pair: tuple[str, str]
    key: str
    what: What
    expected: Any
    conduct: str | None = None
    """Set for a check on one act (a count)."""
    citation: str | None = None
    element: str | None = None
    law: str | None = None
    """Set for a check on a federal section (its id, e.g. ``usc_1591``)."""

    @property
    def pair_label(self) -> str:
        return f"{self.pair[0]}/{self.pair[1]}"


@dataclass(frozen=True)
class Case:
    """One case, validated: ready to run."""

    file: str
    id: str
    title: str
    citations: tuple[str, ...]
    story: str
    pattern: FactPattern
    checks: tuple[Check, ...]
    pairs: tuple[tuple[str, str], ...]
    """The pairs the case states expectations for, in the order written."""
    as_of: date | None = None
    today: date | None = None
    statute: str | None = None
    tags: tuple[str, ...] = ()
    teaching_point: str | None = None
    pattern_file: str | None = None
    """The fact-pattern file the case names, if it does not give the pattern inline."""
    lines: Mapping[str, int] = field(default_factory=dict, compare=False, repr=False)
    """Each field of the case (as a problem names it) -> its line in the case file."""

    @property
    def name(self) -> str:
        """``file::id``, the case's name in reports."""
        return f"{self.file}::{self.id}"


@dataclass(frozen=True)
class CaseFile:
    """A case file read: its valid cases, and the problems found (file, case, field)."""

    file: str
    cases: tuple[Case, ...] = ()
    errors: tuple[CaseError, ...] = ()
    case_ids: tuple[str, ...] = field(default=())
    """Every case id the file names, valid or not (for reports)."""


# --- the vocabulary, derived from the statute --------------------------------------------


def _compact(suffix: str) -> str:
    """``(C)(1)`` -> ``C1``; ``(A)`` -> ``A``."""
    return "".join(re.findall(r"\(([^)]*)\)", suffix))


def key_spelling(text: str) -> str:
    """How a paragraph key is compared: no spaces, no section sign, upper case."""
    return re.sub(r"[\s§]", "", text).upper()


@dataclass(frozen=True)
class Vocabulary:
    """The words a case may use, from every known version of the statute."""

    offences: dict[str, str]
    """Spelling (normalised) of an offense paragraph -> its citation."""
    paragraphs: dict[str, str]
    """Spelling (normalised) of any paragraph (A, A1..A3, B, C, C1, C2, D, E) -> citation."""
    elements: dict[str, tuple[str, ...]]
    """Offence citation -> its element keys."""
    grades: dict[str, str]
    """Grade word (lower case: short, id or name) -> grade id."""
    grade_short: dict[str, str]
    """Grade id -> short word (``first``)."""
    short: dict[str, str]
    """Offence citation -> short name (``A1``)."""
    versions: tuple[str, ...]
    prongs: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Spelling (normalised) of a federal prong -> (law id, citation)."""
    laws: dict[str, str] = field(default_factory=dict)
    """Spelling (normalised) of a federal law -> its id."""
    bands: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Federal law id -> the penalty bands any of its texts states (``(b)(2)``)."""

    def offence(self, key: str) -> str | None:
        return self.offences.get(key_spelling(key))

    def paragraph(self, key: str) -> str | None:
        return self.paragraphs.get(key_spelling(key))

    def grade(self, word: Any) -> tuple[bool, str | None]:
        """(understood, grade id or None)."""
        if word is None:
            return True, None
        if not isinstance(word, str):
            return False, None
        text = word.strip().lower()
        if text in NO_GRADE:
            return True, None
        found = self.grades.get(text)
        return (found is not None), found

    def grade_word(self, grade_id: str | None) -> str:
        """A grade id as a case writes it (``second``), ``none`` for no grade."""
        if grade_id is None:
            return "none"
        return self.grade_short.get(grade_id, grade_id)

    @property
    def offence_names(self) -> str:
        return ", ".join(dict.fromkeys(self.short.values()))


_CACHE: dict[tuple[int, ...], tuple[tuple[StatuteVersion, ...], Vocabulary]] = {}


def vocabulary(versions: Sequence[StatuteVersion] | None = None) -> Vocabulary:
    """The vocabulary of ``versions`` (default: every known version)."""
    chosen = tuple(versions if versions is not None else statute.VERSIONS)
    key = tuple(map(id, chosen))
    found = _CACHE.get(key)
    if found is None:
        found = _CACHE[key] = (chosen, _vocabulary(chosen))  # the versions kept alive with it
    return found[1]


def _vocabulary(versions: tuple[StatuteVersion, ...]) -> Vocabulary:
    offences: dict[str, str] = {}
    paragraphs: dict[str, str] = {}
    elements: dict[str, list[str]] = {}
    grades: dict[str, str] = {}
    grade_short: dict[str, str] = {}
    short: dict[str, str] = {}
    for version in versions:
        section = version.section
        for p in version.all_paragraphs:
            suffix = p.citation.removeprefix(section)
            for spelling in (p.citation, suffix, _compact(suffix)):
                paragraphs.setdefault(key_spelling(spelling), p.citation)
        for o in version.offences:
            suffix = o.citation.removeprefix(section)
            for spelling in (o.citation, suffix, _compact(suffix), o.short):
                if spelling:
                    offences.setdefault(key_spelling(spelling), o.citation)
                    paragraphs.setdefault(key_spelling(spelling), o.citation)
            short.setdefault(o.citation, o.short or suffix)
            keys = elements.setdefault(o.citation, [])
            keys.extend(e.key for e in o.elements if e.key not in keys)
        for g in version.grades:
            for word in (g.short, g.id, g.name):
                grades.setdefault(word.lower(), g.id)
            grade_short.setdefault(g.id, g.short)
    from nm_trafficking.reasoning.penalties import band_table

    prongs: dict[str, tuple[str, str]] = {}
    laws: dict[str, str] = {}
    bands: dict[str, tuple[str, ...]] = {}
    for law in statute.FEDERAL_LAWS:
        bands[law.id] = tuple(
            dict.fromkeys(b for v in law.all_versions for b in sorted(band_table(v)))
        )
        for spelling in (law.id, law.citation, law.citation.removeprefix("18 U.S.C. ")):
            laws.setdefault(key_spelling(spelling), law.id)
        for federal in law.all_versions:
            for o in federal.offences:
                short_citation = o.citation.removeprefix("18 U.S.C. ")
                for spelling in (o.short, o.citation, short_citation):
                    prongs.setdefault(key_spelling(spelling), (law.id, o.citation))
                keys = elements.setdefault(o.citation, [])
                keys.extend(e.key for e in o.elements if e.key not in keys)
    return Vocabulary(
        prongs=prongs,
        laws=laws,
        bands=bands,
        offences=offences,
        paragraphs=paragraphs,
        elements={k: tuple(v) for k, v in elements.items()},
        grades=grades,
        grade_short=grade_short,
        short=short,
        versions=tuple(v.id for v in versions),
    )
