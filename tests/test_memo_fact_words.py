"""Every fact the memo can print under "3. The facts" reads as a plain sentence about the people:
no field's name or path, none of the fact model's documentation (what a field means, how an
unknown value is read, which paragraph it serves)."""

from __future__ import annotations

import re
from typing import Any

import pytest

import nm_trafficking as nmt
from nm_trafficking.facts.conduct import Conduct
from nm_trafficking.render.memo_facts import stated_facts
from nm_trafficking.render.memo_federal import GROUPS, SENTENCES, leaf_paths
from nm_trafficking.workbench.words import FACTS

MODEL_WORDS = (
    "unknown",
    "read from",
    "a fact of its own",
    "whatever verb",
    "only (§",
    "(united states v.",
    "the actor",
    "the person",
    ": yes",
    ": no",
    "yes as to",
    "no as to",
    "penalty only",
    "(from 20",
)
"""Words of the fact model's documentation, never of a stated fact."""

FEDERAL = leaf_paths()


def _set(data: dict[str, Any], path: str, value: object) -> None:
    *heads, leaf = path.split(".")
    for head in heads:
        data = data.setdefault(head, {})
    data[leaf] = value


def _conduct(act: str, federal: dict[str, Any] | None = None, **state: object) -> Conduct:
    pattern = nmt.from_dict(
        {
            "persons": [{"id": "D"}, {"id": "V"}],
            "conduct": [
                {
                    "id": "a",
                    "actor": "D",
                    "person": "V",
                    "act": act,
                    "date": "2020-03-01",
                    **state,
                    **({"federal": federal} if federal else {}),
                }
            ],
        }
    )
    return pattern.conduct[0]


def _new_sentences(c: Conduct, base: Conduct) -> list[str]:
    before = stated_facts(base)
    return [s for s in stated_facts(c) if s not in before]


def _check_plain(sentence: str, path: str) -> None:
    leaf = path.rsplit(".", 1)[-1]
    assert "_" not in sentence and ("_" not in leaf or leaf not in sentence), (path, sentence)
    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", sentence), (path, sentence)
    low = sentence.lower()
    assert not any(w in low for w in MODEL_WORDS), (path, sentence)
    assert sentence[:1].isupper() and sentence.endswith("."), (path, sentence)
    assert re.search(r"\b(D|V)\b|^The (venture|offense|violation)\b|^Death\b", sentence), (
        path,
        sentence,
    )


def test_every_federal_fact_has_its_words() -> None:
    grouped = {f"{g}.{k}" for g, group in GROUPS.items() for k in group.words}
    assert set(FEDERAL) == set(SENTENCES) | grouped | {"venture.act"}


@pytest.mark.parametrize("path", FEDERAL)
@pytest.mark.parametrize("value", [True, False])
def test_each_federal_fact_stated_is_a_plain_sentence(path: str, value: bool) -> None:
    act = "benefiting" if path.startswith("venture.") else "obtaining"
    base = _conduct(act)
    federal: dict[str, Any] = {}
    _set(
        federal, path, ("obtaining" if value else "recruiting") if path.endswith(".act") else value
    )
    said = _new_sentences(_conduct(act, federal), base)
    assert len(said) == 1, (path, said)
    _check_plain(said[0], path)


@pytest.mark.parametrize("path", [p for p in FEDERAL if not p.endswith(".act")])
def test_true_and_false_read_differently(path: str) -> None:
    act = "benefiting" if path.startswith("venture.") else "obtaining"
    base = _conduct(act)
    said = {}
    for value in (True, False):
        federal: dict[str, Any] = {}
        _set(federal, path, value)
        said[value] = _new_sentences(_conduct(act, federal), base)
    assert said[True] != said[False]


@pytest.mark.parametrize("group", list(GROUPS))
def test_a_group_names_each_fact_true_and_each_false(group: str) -> None:
    keys = list(GROUPS[group].words)
    federal: dict[str, Any] = {group: {keys[0]: True, keys[-1]: False}}
    said = _new_sentences(_conduct("obtaining", federal), _conduct("obtaining"))
    assert len(said) == 2
    yes, no = said
    named = {k: GROUPS[group].words[k].replace("the person", "V") for k in keys}
    assert named[keys[0]] in yes and named[keys[-1]] in no
    for sentence in said:
        _check_plain(sentence, group)


@pytest.mark.parametrize("fact", FACTS, ids=[f.path for f in FACTS])
@pytest.mark.parametrize("value", [True, False])
def test_each_state_fact_stated_is_a_plain_sentence(fact: Any, value: bool) -> None:
    act = "benefiting" if fact.path.startswith(("benefit", "means_was_used")) else "obtaining"
    state: dict[str, Any] = {}
    _set(state, fact.path, value)
    said = _new_sentences(_conduct(act, **state), _conduct(act))
    assert len(said) == 1, (fact.path, said)
    _check_plain(said[0], fact.path)


def test_the_reviewed_labor_and_opportunity_facts() -> None:
    """Review 6, item 9: the memo of a forced-labor act and of an opportunity to observe."""
    c = _conduct(
        "obtaining",
        {
            "labor": {
                "labor_or_services_of_the_person": True,
                "provided_or_obtained_labor_or_services": True,
            },
            "reasonable_opportunity_to_observe": True,
        },
    )
    said = stated_facts(c)
    assert "D provided or obtained V's labor or services." in said
    assert "D had a reasonable opportunity to observe V." in said
    assert not any("Duong" in s or "labor_or_services" in s for s in said)
