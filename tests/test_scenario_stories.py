"""Issue 20 item 7: each scenario's story and its pattern state the same facts.

Mechanically, as far as words allow: every fact the pattern sets (each leaf that is not
unknown) is named in the story by one of a few words, and the facts a story names that decide a
paragraph (a sex purpose, a means, an age) are set in the pattern. The scenarios were also read
one by one (issue 20); this test keeps them from drifting apart again."""

from __future__ import annotations

import re
from typing import Any

import pytest

from nm_trafficking.training import Scenario, scenarios

ALL = scenarios()

SEX = r"\bsex\b|sell(s|ing)? sex|sold for sex|sex acts"
NOT_SEX = r"not for (labor, services or commercial )?sex|not for sex|labor only"
WORDS: dict[str, str] = {
    # the acts, by verb
    "act=recruiting": r"recruit",
    "act=soliciting": r"solicit",
    "act=enticing": r"entic",
    "act=transporting": r"transport",
    "act=obtaining": r"obtain",
    "act=benefiting": r"takes (a cut|money)|rent-free",
    "act=patronizing": r"pays to have sex",
    "act=harboring": r"harbor",
    "act=maintaining": r"maintain",
    "act=providing": r"provide",
    "act=advertising": r"\bads\b",
    # the mental state
    "knowingly=true": r"know|meaning|intend|recruit|entic|obtain|transport|solicit|pays|takes",
    "knowingly=false": r"did not know",
    # (A)(1)
    "means_will_be_used.force=true": r"force|beat|armed",
    "means_will_be_used.fraud=true": r"fraud|lies|fake|promise|legal, well-paid",
    "means_will_be_used.coercion=true": r"coerc|threat|debt|passport",
    "means_will_be_used.force=false": r"neither|nor that any force",
    "means_will_be_used.fraud=false": r"neither|nor that any force",
    "means_will_be_used.coercion=false": r"neither|nor that any force",
    "to_subject_to.labor=true": r"work|labor|dishes|magazines",
    "to_subject_to.services=true": r"nanny|danc|magazines",
    "to_subject_to.commercial_sexual_activity=true": SEX,
    "to_subject_to.labor=false": r"not for labor",
    "to_subject_to.services=false": r"not for labor, services",
    "to_subject_to.commercial_sexual_activity=false": NOT_SEX,
    "to_subject_to.other": r"marriage",
    # (A)(2)
    "will_be_caused_to_engage_in_commercial_sexual_activity=true": SEX,
    "will_be_caused_to_engage_in_commercial_sexual_activity=false": NOT_SEX,
    # (A)(3)
    "benefit.financially=true": r"money|cut",
    "benefit.anything_of_value=true": r"rent-free",
    "benefit.financially=false": r"takes nothing",
    "benefit.anything_of_value=false": r"takes nothing",
    "benefit_from.commercial_sexual_activity=true": SEX,
    "benefit_from.services=true": r"housework",
    "means_was_used.force=true": r"beaten",
    "means_was_used.coercion=true": r"coerc",
    "means_was_used.force=false": r"did not know of any force",
    "means_was_used.fraud=false": r"did not know of any force, fraud",
    "means_was_used.coercion=false": r"did not know of any force, fraud or coercion",
    # where, with whom, who helped (NMSA §§ 30-28-2, 30-1-13; 18 U.S.C. § 1151)
    "in_indian_country=true": r"reservation|pueblo|indian country",
    "place": r"reservation|pueblo|motel|hotel",
    "agreement.with_persons": r"\bagree",
    "agreement.to_commit_this_act=true": r"\bagree",
    "accessories.aided=true": r"holds|books|rents",
    "accessories.procured=true": r"tells (him|her|them) to",
    "accessories.intended_that_the_offense_be_committed=true": r"tells (him|her|them) to",
}
NUMBERS = {
    "12": "12",
    "13": "thirteen",
    "14": "14",
    "15": "15",
    "16": "16|sixteen",
    "17": "17|eighteen",
    "18": "18|eighteen",
    "19": "19",
}
SKIPPED = {"id", "actor", "person", "date", "federal", "description", "believed_age"}
HELPER_SKIPPED = {"person", "description"}


def _set_facts(data: dict[str, Any], prefix: str = "") -> list[str]:
    """``path=value`` for every stated leaf (unknown is not stated)."""
    out: list[str] = []
    for key, value in data.items():
        if not prefix and key in SKIPPED:
            continue
        path = f"{prefix}{key}"
        if isinstance(value, dict):
            out += _set_facts(value, f"{path}.")
        elif isinstance(value, list) and all(isinstance(v, dict) for v in value):
            for item in value:  # the helpers of an act: each one's stated facts
                kept = {k: v for k, v in item.items() if k not in HELPER_SKIPPED}
                out += _set_facts(kept, f"{path}.")
        elif isinstance(value, list):  # the persons of an agreement
            out.append(path)
        elif value is None or value == "unknown":
            continue
        elif key in ("other", "place"):  # free text: named by a word of the story
            out.append(path)
        else:
            out.append(f"{path}={str(value).lower()}")
    return out


def _story(s: Scenario) -> str:
    return s.story.lower()


def _age_words(age: int) -> str:
    return NUMBERS.get(str(age), rf"\b{age}\b")


@pytest.mark.parametrize("s", ALL, ids=[s.id for s in ALL])
def test_every_fact_the_pattern_states_is_in_the_story(s: Scenario) -> None:
    story = _story(s)
    for c in s.fact_pattern().conduct:
        for fact in _set_facts(c.model_dump(mode="json", exclude_defaults=True)):
            assert fact in WORDS, (s.id, fact, "no words for this fact: add them")
            assert re.search(WORDS[fact], story), (s.id, c.id, fact, s.story)
        if c.believed_age is not None:
            assert str(c.believed_age) in story, (s.id, "the believed age")
    for p in s.fact_pattern().persons:
        if p.age is not None:
            assert re.search(_age_words(p.age), story), (s.id, p.id, p.age, s.story)
        if p.birth_date is not None and "birthday" not in story and "turns" not in story:
            age = next(
                (c.date.year - p.birth_date.year)
                - ((c.date.month, c.date.day) < (p.birth_date.month, p.birth_date.day))
                for c in s.fact_pattern().conduct
                if c.person == p.id and c.date is not None
            )
            assert re.search(_age_words(age), story), (s.id, p.id, age, s.story)


@pytest.mark.parametrize("s", ALL, ids=[s.id for s in ALL])
def test_every_deciding_fact_the_story_states_is_in_the_pattern(s: Scenario) -> None:
    """A story that says the person is meant for commercial sex sets that purpose for (A)(1)
    and (A)(2) alike (issue 20: s04 "meaning to sell her for sex" set only (A)(2)'s), one that
    names a means sets it, and one that says "not for sex" says so on both paths."""
    story = _story(s)
    pattern = s.fact_pattern()
    for c in pattern.conduct:
        if c.actor != pattern.conduct[0].actor and len(pattern.conduct) > 1:
            continue  # several acts: the words of the story belong to the first actor's
        if c.act.value == "benefiting":
            continue
        if re.search(NOT_SEX, story):
            assert c.to_subject_to.commercial_sexual_activity.value == "false", s.id
            assert c.will_be_caused_to_engage_in_commercial_sexual_activity.value == "false"
        elif re.search(SEX, story) and c.knowingly.value == "true":
            assert c.to_subject_to.commercial_sexual_activity.value == "true", (s.id, c.id)
            assert c.will_be_caused_to_engage_in_commercial_sexual_activity.value == "true", (
                s.id,
                c.id,
            )
        for means in ("force", "fraud", "coercion"):
            said = re.search(WORDS[f"means_will_be_used.{means}=true"], story)
            stated = getattr(c.means_will_be_used, means).value
            unknown = re.search(r"nothing (is known about|shows) force", story)
            if said and c.knowingly.value == "true" and "neither" not in story and not unknown:
                assert stated == "true", (s.id, c.id, means)
