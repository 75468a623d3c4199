"""Compile a dated text's elements (§ 30-52-1, or a section of title 18) into durable_rules
ruleset definitions: one ruleset per text.

One rule per alternative of each element (a disjunction is expanded into separate rules, so the
explanation can say which alternative matched, and no join ever follows an ``$or``; a test
``in (a, b)`` becomes one rule per value). Each rule matches one conduct fact and records
"established" or "defeated" for (paragraph, element, alternative). Verdicts are then computed in
Python from these records (``nm_trafficking.reasoning``): the engine does no negation.

The definitions are plain JSON-shaped dicts built afresh on each call (durable_rules mutates
what it is given); the DSL in ``durable.lang`` and its global registry are never used.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from nm_trafficking.statute.model import Alternative, Test, TextVersion

ESTABLISHED = "established"
DEFEATED = "defeated"
END = "$end"

# durable_rules limits (research/durable-rules-field-notes.md §2), checked before registering.
MAX_RULES = 4096
MAX_RULES_PER_LEADING_TEST = 256
MAX_TESTS_PER_PATTERN = 29


@dataclass(frozen=True)
class RuleKey:
    """What a rule decides: paragraph, element, established/defeated, which alternative.

    ``paragraph`` and ``element_index`` are positions in the version
    (``offenses[paragraph].elements[element_index]``); ``flat`` numbers every (paragraph,
    element) of the version in order."""

    citation: str
    element: str
    outcome: str
    alternative: int
    paragraph: int = 0
    element_index: int = 0
    flat: int = 0

    @property
    def established(self) -> bool:
        return self.outcome == ESTABLISHED

    @property
    def name(self) -> str:
        return f"{self.citation}|{self.element}|{self.outcome}|{self.alternative}"


def ruleset_name(version: TextVersion) -> str:
    """The ruleset's name: ``nmsa_30_52_1_v2008``; a federal text by its id
    (``usc_1591_2018b``)."""
    if version.section == "30-52-1":
        return f"nmsa_30_52_1_v{version.id}"
    return re.sub(r"[^A-Za-z0-9_]", "_", version.id)


def _condition(test: Test) -> list[dict[str, Any]]:
    if test.op == "eq":
        return [{test.path: test.value}]
    if test.op == "not_in":
        assert isinstance(test.value, tuple)
        # Guard with an existence test (a missing property never meets "not in").
        return [{"$ex": {test.path: 1}}, *({"$neq": {test.path: v}} for v in test.value)]
    op = {"lt": "$lt", "ge": "$gte"}[test.op]
    # Guard numeric tests with an existence test (a missing property raises error 311).
    return [{"$ex": {test.path: 1}}, {op: {test.path: test.value}}]


def _expand(tests: tuple[Test, ...]) -> Iterator[tuple[Test, ...]]:
    """``in`` tests expanded into one conjunction per value (a disjunction, so separate rules)."""
    choices = [
        [Test(t.path, "eq", v) for v in t.value]
        if t.op == "in" and isinstance(t.value, tuple)
        else [t]
        for t in tests
    ]
    yield from itertools.product(*choices)


def _pattern(tests: tuple[Test, ...]) -> dict[str, Any]:
    conditions: list[dict[str, Any]] = [{"kind": "conduct"}]
    for test in tests:
        conditions.extend(_condition(test))
    if len(conditions) > MAX_TESTS_PER_PATTERN:
        raise ValueError(f"too many tests in one pattern ({len(conditions)})")
    return {"$and": conditions}


def rule_keys(version: TextVersion) -> Iterator[tuple[RuleKey, Alternative]]:
    flat = 0
    for p, paragraph in enumerate(version.offences):
        for e, element in enumerate(paragraph.elements):
            for outcome, alternatives in (
                (ESTABLISHED, element.established),
                (DEFEATED, element.defeated),
            ):
                for i, alternative in enumerate(alternatives):
                    key = RuleKey(paragraph.citation, element.key, outcome, i, p, e, flat)
                    yield key, alternative
            flat += 1


def grouped_rules(version: TextVersion) -> dict[str, tuple[dict[str, Any], tuple[RuleKey, ...]]]:
    """Rules keyed by name, each with its pattern and every (paragraph, element, alternative) it
    decides. An element shared by several paragraphs with the same tests ("knowingly", the five
    verbs of (A)(1) and (A)(2)) is one rule whose firing is recorded for each paragraph."""
    groups: dict[str, tuple[dict[str, Any], list[RuleKey], str]] = {}
    for key, alternative in rule_keys(version):
        for n, tests in enumerate(_expand(alternative.tests)):
            pattern = _pattern(tests)
            signature = json.dumps([key.element, key.outcome, pattern], sort_keys=True)
            if signature not in groups:
                suffix = f"|{n}" if n else ""
                groups[signature] = (pattern, [], rule_name(key.name + suffix))
            groups[signature][1].append(key)
    if len(groups) + 1 > MAX_RULES:
        raise ValueError(f"{len(groups) + 1} rules exceed durable_rules' limit of {MAX_RULES}")
    if len(groups) > MAX_RULES_PER_LEADING_TEST:
        raise ValueError("too many rules share the leading test kind == 'conduct'")
    out = {name: (pattern, tuple(keys)) for pattern, keys, name in groups.values()}
    if len(out) != len(groups):
        raise ValueError("two rules have the same name")
    return out


_UNSAFE = re.compile(r'[^\x20-\x7e]|["\\]')


def rule_name(name: str) -> str:
    """A rule's name as durable_rules echoes it unescaped in each action message: printable
    ASCII without quotes or backslashes (the section sign of a federal citation becomes
    ``S``), so the engine can read it without parsing the message."""
    return _UNSAFE.sub(lambda m: "S" if m.group() == "§" else "_", name)


def definitions(
    version: TextVersion, action: Callable[[tuple[RuleKey, ...]], Callable[[Any], None]]
) -> dict[str, Any]:
    """A fresh ruleset definition for ``version`` in the form ``durable.engine.Host`` takes;
    ``action(keys)`` makes each rule's action. (The library itself drives the C core directly,
    ``rules.engine``; this form serves the benchmarks' "bare durable_rules" baseline.)"""
    rules: dict[str, Any] = {}
    for name, (pattern, keys) in grouped_rules(version).items():
        rules[name] = {"all": [{"m": pattern}], "run": action(keys)}
    rules[END] = {
        "all": [{"m": {"kind": END}}],
        "run": action((RuleKey(END, END, END, 0),)),
    }
    return rules
