"""Review 10 (a whole-case prosecutor review): the notes, each once per assessment — a
limitation period's quoted text and cautions said once, its dates per act with the pairs named;
conspiracy as a related offense under the pair of the act (and of the other party to the
agreement), "(passed)" for a period that has passed; the memo's facts with the agreement and
the help of a helper; a buyer's own purchase not also told it is not reached as a principal."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Any

import nm_trafficking as nmt
from nm_trafficking.statute.related import limitation

TODAY = date(2026, 12, 7)

# p01 of the review: a family ring (two traffickers who agreed, a helper, a buyer, two victims)
P01: dict[str, Any] = {
    "title": "Family ring",
    "persons": [
        {"id": "Leo", "roles": ["trafficker", "recruiter"]},
        {"id": "Bo", "roles": ["trafficker"]},
        {"id": "Ma", "roles": ["other"]},
        {"id": "Xb", "roles": ["consumer"]},
        {"id": "Vi", "roles": ["victim"], "birth_date": "2004-05-10"},
        {"id": "Wn", "roles": ["victim"], "age": 22, "age_on": "2021-01-01"},
    ],
    "conduct": [
        {
            "id": "recruit",
            "actor": "Leo",
            "person": "Vi",
            "act": "recruiting",
            "date": "2019-08-01",
            "knowingly": True,
            "will_be_caused_to_engage_in_commercial_sexual_activity": True,
            "county": "Bernalillo",
            "agreement": {"with_persons": ["Bo"], "to_commit_this_act": True},
        },
        {
            "id": "drive",
            "actor": "Bo",
            "person": "Vi",
            "act": "transporting",
            "date": "2021-03-15",
            "knowingly": True,
            "will_be_caused_to_engage_in_commercial_sexual_activity": True,
            "accessories": [
                {
                    "person": "Ma",
                    "aided": True,
                    "intended_that_the_offense_be_committed": True,
                    "description": "booked motel rooms",
                }
            ],
        },
        {
            "id": "buy",
            "actor": "Xb",
            "person": "Vi",
            "act": "patronizing",
            "date": "2021-03-16",
            "knowingly": True,
            "as_buyer": True,
            "believed_age": 19,
        },
        {
            "id": "force18",
            "actor": "Leo",
            "person": "Vi",
            "act": "obtaining",
            "date": "2022-06-01",
            "knowingly": True,
            "means_will_be_used": {"force": True},
            "to_subject_to": {"commercial_sexual_activity": True},
        },
        {
            "id": "profit",
            "actor": "Ma",
            "person": "Wn",
            "act": "benefiting",
            "date": "2021-05-01",
            "knowingly": True,
            "benefit": {"financially": True},
            "benefit_from": {"commercial_sexual_activity": True},
            "means_was_used": {"coercion": True},
        },
    ],
}


@cache
def _p01() -> nmt.Assessment:
    return nmt.assess(nmt.from_dict(P01), today=TODAY, law="all")


def _flat(text: str) -> str:
    return " ".join(text.split())


def _notes(result: nmt.Assessment, kind: str, citation: str | None = None) -> list[str]:
    return [
        _flat(n.text)
        for n in result.summary.notes
        if n.kind == kind and (citation is None or n.citation == citation)
    ]


# --- 1. a limitation period's fixed text once per assessment ---------------------------------


def test_each_limitation_rule_is_one_note_with_every_pairs_dates() -> None:
    result = _p01()
    (state,) = _notes(result, "limitation_period", limitation.S_30_1_8)
    (s3298,) = _notes(result, "limitation_period", "18 U.S.C. § 3298")
    (s3299,) = _notes(result, "limitation_period", "18 U.S.C. § 3299")
    # every pair's acts keep their dates, each pair named
    for who, day in [
        ("Leo toward Vi", "to 1 August 2025"),
        ("Bo toward Vi", "to 15 March 2026"),
        ("Xb toward Vi", "to 16 March 2026"),
        ("Ma toward Wn", "to 1 May 2026"),
    ]:
        assert who in state and day in state, (who, day)
    assert "the obtaining of 1 June 2022: third degree felony" in state
    # § 3298 for §§ 1589 and 1590 together: one act's period said once, naming both sections
    assert "the obtaining of 1 June 2022 (§ 1589 and § 1590): ten years" in s3298
    # (a recruiting leaves § 1589(a) open as well: docs/federal.md decision 19)
    assert "the recruiting of 1 August 2019 (§ 1589 and § 1590): ten years" in s3298
    assert "Ma toward Wn: the benefiting of 1 May 2021 (§ 1589)" in s3298
    assert "reaches a § 1589 or § 1590 offense against a child is open" in s3298
    assert "Bo toward Vi: the transporting of 15 March 2021: no limitation period" in s3299
    # the fixed text once each
    for text, fixed in [
        (state, limitation.STATE_CAUTIONS[0]),
        (state, limitation.STATE_CAUTIONS[1]),
        (s3298, limitation.S_3298),
        (s3299, limitation.S_3299),
        (s3299, "Stogner decide"),
    ]:
        assert text.count(fixed) == 1, fixed


def test_the_quotations_are_said_once_in_the_elements_view_and_the_memo() -> None:
    result = _p01()
    elements = _flat(result.explain("elements"))
    memo = _flat(result.memo())
    for fixed in (limitation.S_3298, limitation.S_3299, "Stogner decide", "Stogner v."):
        assert elements.count(_flat(fixed)) == 1, fixed
        assert memo.count(_flat(fixed)) == 1, fixed
    assert elements.count("a 2024 bill to remove the limit for human trafficking") == 1


def test_a_period_that_has_passed_reads_passed() -> None:
    result = _p01()
    (text,) = _notes(result, "conspiracy", "NMSA 1978, § 30-28-2")
    assert "to 1 August 2024 (passed), unless tolled — check" in text
    everything = _flat(result.explain("elements"))
    assert "before the day of the assessment" not in everything


def test_one_pairs_period_is_worded_as_before() -> None:
    # a single pair names no pair in its note
    doc = {
        "persons": [{"id": "D"}, {"id": "V", "birth_date": "2004-05-10"}],
        "conduct": [{**P01["conduct"][0], "actor": "D", "person": "V", "agreement": {}}],
    }
    result = nmt.assess(nmt.from_dict(doc), today=TODAY, law="all")
    (state,) = _notes(result, "limitation_period", limitation.S_30_1_8)
    assert state.startswith(
        "Limitation periods (NMSA 1978, § 30-1-8 [S]), from the day of each act: the recruiting "
        "of 1 August 2019: second degree felony"
    )
    assert "D toward V" not in state


# --- 2. conspiracy under the pair, with the other party named ----------------------------------


def _related(result: nmt.Assessment, defendant: str) -> list[str]:
    return [_flat(r) for p in result.summary.pairs if p.defendant == defendant for r in p.related]


def test_a_conspiracy_is_a_related_offense_under_the_pair_of_the_act_and_of_the_other_party() -> (
    None
):
    result = _p01()
    (leo,) = [r for r in _related(result, "Leo") if "30-28-2" in r]  # not § 1594's
    assert leo.startswith("Related offense — conspiracy (NMSA 1978, § 30-28-2(B)(2) [S])")
    assert (
        "Leo knowingly combined with Bo to commit the recruiting of 1 August 2019 (stated)" in leo
    )
    assert (
        "a third degree felony (conspiracy to a second degree felony; basic sentence 3 years [S])"
        in leo
    )
    assert "if established" not in leo
    (bo,) = [r for r in _related(result, "Bo") if "30-28-2" in r]
    # in full for Bo too: only Leo's combination with Bo is stated, not Bo's own (review K 1)
    assert "Leo agreed with Bo to commit" in bo and "if established" in bo
    assert "(B)(2)" in bo
    summary = result.explain()
    assert "Related offense — conspiracy" in summary


def test_a_conspiracy_whose_act_is_open_says_if_established() -> None:
    doc = {
        "persons": [{"id": "A"}, {"id": "B"}, {"id": "V", "age": 30}],
        "conduct": [
            {
                "id": "r",
                "actor": "A",
                "person": "V",
                "act": "recruiting",
                "date": "2022-06-01",
                "knowingly": True,
                "agreement": {"with_persons": ["B"], "to_commit_this_act": True},
            }
        ],
    }
    result = nmt.assess(nmt.from_dict(doc), today=TODAY, law="nm")
    (line,) = _related(result, "A")
    assert "A knowingly combined with B to commit the recruiting of 1 June 2022 (stated)" in line
    assert (
        ": if established, a fourth degree felony (conspiracy to a third degree felony; "
        "basic sentence 18 months [S])" in line
    )


# --- 2. the memo's facts: the agreement and the help --------------------------------------------


def test_the_memos_facts_state_the_agreement_and_the_help() -> None:
    memo = _flat(re.sub(r"<[^>]+>", " ", _p01().memo(pattern=nmt.from_dict(P01))))
    assert "Leo agreed with Bo to commit this act (stated)." in memo
    assert (
        "Ma helped this act: booked motel rooms (stated: aided it and intended that the offense "
        "be committed)." in memo
    )


# --- 3. a buyer's own purchase: one note, not two that contradict -------------------------------


def test_a_buyers_own_purchase_is_not_said_to_be_out_of_reach_as_a_principal() -> None:
    result = _p01()
    assert _notes(result, "buyer")
    assert not _notes(result, "verbs_not_covered")


def test_a_patronizing_stated_not_to_be_the_actors_purchase_keeps_the_verbs_note() -> None:
    doc = {
        "persons": [{"id": "D"}, {"id": "V", "age": 16, "age_on": "2021-01-01"}],
        "conduct": [
            {
                "id": "p",
                "actor": "D",
                "person": "V",
                "act": "patronizing",
                "date": "2021-03-16",
                "knowingly": True,
                "as_buyer": False,
            }
        ],
    }
    result = nmt.assess(nmt.from_dict(doc), today=TODAY, law="nm")
    (text,) = _notes(result, "verbs_not_covered")
    assert "not reached by it as a principal" in text


def test_the_conspiracy_note_concerns_the_other_party_too() -> None:
    """The other party's pair has its own line pointing to the conspiracy note; the note's
    ``concerns`` names that pair as well (it named only the actor's)."""
    result = _p01()
    (note,) = [n for n in result.summary.notes if n.citation == "NMSA 1978, § 30-28-2"]
    assert "Leo and Vi" in note.concerns and "Bo and Vi" in note.concerns
