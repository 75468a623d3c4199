"""Issue 19, item 1: accessories (NMSA 1978, § 30-1-13 [S]; 18 U.S.C. § 2 [S]), tested against
the plain reading of the texts: "procures, counsels, aids or abets in its commission" (any one
way is help); the intent a stated fact (UJI 14-2822 not found); the grade the degree of the
offense aided; § 30-52-1(E): "a human trafficking victim shall not be charged with accessory to
the crime of human trafficking"."""

from __future__ import annotations

import itertools
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import nm_trafficking as nmt
from nm_trafficking.statute.related import accessory

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT.parent / "shared" / "statute" / "related-law-2026-12.md"
TODAY = date(2026, 12, 7)
A2 = {"knowingly": True, "will_be_caused_to_engage_in_commercial_sexual_activity": True}
WAYS = ("procured", "counselled", "aided", "abetted")
INTENT = "intended_that_the_offense_be_committed"
VALUES = (True, False, None)


def _assess(
    act: dict[str, Any],
    helpers: list[dict[str, Any]],
    *,
    persons: list[dict[str, Any]] | None = None,
    more: list[dict[str, Any]] | None = None,
    **kw: Any,
) -> nmt.Assessment:
    people = persons or [{"id": "D"}, {"id": "V", "birth_date": "2004-01-01"}]
    known = {p["id"] for p in people}
    people = people + [{"id": h["person"]} for h in helpers if h["person"] not in known]
    conduct = [
        {"id": "a", "actor": "D", "person": "V", "act": "recruiting", "date": "2019-03-10", **act,
         "accessories": helpers},
        *(more or []),
    ]  # fmt: skip
    pattern = nmt.from_dict({"persons": people, "conduct": conduct})
    return nmt.assess(pattern, today=TODAY, **kw)


def _one(a: nmt.Assessment, helper: str) -> Any:
    (found,) = [x for x in a.summary.accessories if x.helper == helper]
    return found


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.skipif(not REFERENCE.exists(), reason="shared/statute reference not beside the repo")
def test_the_accessory_texts_are_verbatim_from_the_reference_and_labelled() -> None:
    lines = REFERENCE.read_text(encoding="utf-8").splitlines()
    source = _norm(" ".join(line.lstrip("> ").strip() for line in lines))
    for p in accessory.PARAGRAPHS:
        assert _norm(p.text) in source, p.citation
        assert p.label is not None and p.label.code == "[S]"
    assert "procures, counsels, aids or abets" in accessory.ACCESSORY_WORDS
    assert "NOT FOUND" in accessory.INTENT_OPEN and "UJI 14-2822" in accessory.INTENT_OPEN


def _plain_reading(act: str, ways: tuple[bool | None, ...], intent: bool | None) -> str:
    """The reading of § 30-1-13 with the intent as a stated fact, written out independently:
    met when the act is met, some way is stated true and the intent is stated true; not met when
    the act is not met, every way is stated false, or the intent is stated false."""
    if act == "not_met" or all(w is False for w in ways) or intent is False:
        return "not_met"
    if act == "met" and any(w is True for w in ways) and intent is True:
        return "met"
    return "undetermined"


COMBINATIONS = [(ways, intent) for ways in itertools.product(VALUES, repeat=4) for intent in VALUES]


def _helpers() -> list[dict[str, Any]]:
    out = []
    for i, (ways, intent) in enumerate(COMBINATIONS):
        h: dict[str, Any] = {"person": f"H{i}"}
        h.update({w: v for w, v in zip(WAYS, ways, strict=True) if v is not None})
        if intent is not None:
            h[INTENT] = intent
        out.append(h)
    return out


@pytest.mark.statute("30-52-1(A)(2)", "30-52-1(C)(1)")
@pytest.mark.parametrize(
    ("act", "expected_act"),
    [
        (A2, "met"),
        ({"knowingly": True}, "undetermined"),
        ({**A2, "knowingly": False}, "not_met"),
    ],
)
def test_every_combination_of_help_and_intent_follows_the_plain_reading(
    act: dict[str, Any], expected_act: str
) -> None:
    a = _assess(act, _helpers(), law="nm")
    assert a.finding("D", "V").status == expected_act
    by_helper = {x.helper: x for x in a.summary.accessories}
    assert len(by_helper) == len(COMBINATIONS)
    for i, (ways, intent) in enumerate(COMBINATIONS):
        x = by_helper[f"H{i}"]
        want = _plain_reading(expected_act, ways, intent)
        assert x.status == want, (ways, intent)
        assert x.ways == [w for w, v in zip(WAYS, ways, strict=True) if v is True]
        # the grade is the degree of the act aided (a second degree felony at 15), never more
        assert x.grading.certain == ("second_degree_felony" if want == "met" else None)
        if want != "not_met":
            assert x.grading.possible == ["second_degree_felony"]
        # what is still needed: asked exactly when the fact is unknown and the finding open
        elements = {q.element for q in x.needed}
        assert ("accessory_intent" in elements) == (want == "undetermined" and intent is None)
        help_unknown = True not in ways and not all(w is False for w in ways)
        assert ("accessory_help" in elements) == (want == "undetermined" and help_unknown)


@pytest.mark.statute("30-52-1(A)(2)")
def test_help_stated_false_never_gives_met_and_refuting_the_principal_never_helps() -> None:
    """Metamorphic: all four ways stated false is never met, whatever else; adding a fact that
    refutes the principal's paragraph never turns a not-met accessory into met (nor an open one
    into met)."""
    helpers = _helpers()
    before = {x.helper: x.status for x in _assess(A2, helpers, law="nm").summary.accessories}
    for refute in ({"knowingly": False}, {"will_be_caused_to_engage_in_commercial_sexual_activity":
                                          False}):  # fmt: skip
        after = _assess({**A2, **refute}, helpers, law="nm").summary.accessories
        for x in after:
            assert not (before[x.helper] != "met" and x.status == "met")
            if before[x.helper] == "not_met":
                assert x.status == "not_met"
    for x in _assess(A2, helpers, law="nm").summary.accessories:
        i = int(x.helper[1:])
        if all(w is False for w in COMBINATIONS[i][0]):
            assert x.status == "not_met" and x.grading.possible == []


@pytest.mark.statute("30-52-1(A)(2)", "30-52-1(C)(1)")
def test_a_room_booker_who_knowingly_helps_is_an_accessory_with_the_degree_aided() -> None:
    a = _assess(A2, [{"person": "H", "aided": True, INTENT: True, "description": "rooms"}])
    x = _one(a, "H")
    assert (x.defendant, x.victim, x.conduct, x.status) == ("D", "V", "a", "met")
    assert x.paragraphs["30-52-1(A)(2)"] == "met" and x.paragraphs["30-52-1(A)(3)"] == "not_met"
    assert x.grading.certain == "second_degree_felony" and x.bar is None
    assert "H is an accessory to D's recruiting of V on 10 March 2019" in x.words
    assert "§ 30-1-13 [S]" in x.words and "the degree of the offense aided" in x.words
    # federal: punishable as a principal, on the same facts (the act's prongs are open here)
    assert set(x.federal) == {"usc_1591", "usc_1589", "usc_1590"}
    # a recruiting says nothing of whether D obtained V's labor: § 1589 open (decision 19)
    assert x.federal["usc_1589"] == "undetermined"
    text = _norm(a.explain())
    assert "Accessories (NMSA 1978, § 30-1-13 [S]; 18 U.S.C. § 2 [S]):" in text
    assert "a federal intent standard that is not in the sources read" in " ".join(text.split())
    assert "## Accessories" in a.to_markdown()
    for html in (a._repr_html_(), a.memo().replace("\xa0", " ")):
        assert "Accessories (NMSA 1978, § 30-1-13 [S]; 18 U.S.C. § 2 [S])" in html
        assert "H, met: H is an accessory to D&#39;s recruiting of V" in html
    note = [n for n in a.finding("D", "V").notes if n.kind == "accessory"]
    assert note and accessory.ACCESSORY_WORDS in note[0].text and "UJI 14-2822" in note[0].text
    assert (
        _assess(A2, [{"person": "H", "aided": True, INTENT: True}], law="nm")
        .summary.accessories[0]
        .federal
        == {}
    )


@pytest.mark.statute("30-52-1(A)(2)")
def test_a_lookout_whose_intent_is_not_stated_is_asked_about_it() -> None:
    x = _one(_assess(A2, [{"person": "L", "abetted": True}], law="nm"), "L")
    assert x.status == "undetermined" and x.grading.certain is None
    (q,) = x.needed
    # asked with the pairs' questions in every view
    a = _assess(A2, [{"person": "L", "abetted": True}], law="nm")
    for view in (a.explain(), a.to_markdown(), a._repr_html_(), a.memo().replace("\xa0", " ")):
        assert "Did L intend that D" in view
    assert q.text.startswith("Did L intend that D's recruiting of V on 10 March 2019 be committed?")
    assert q.kind == "fact" and q.defendant == "L" and q.conduct == "a"


@pytest.mark.statute("30-52-1(C)", "30-52-1(C)(1)", "30-52-1(C)(2)")
def test_the_degree_is_open_where_the_act_aided_is() -> None:
    persons = [{"id": "D"}, {"id": "V", "birth_date": "2006-06-01"}]
    x = _one(
        _assess(
            {**A2, "date": "2019-06-01"},
            [{"person": "M", "aided": True, INTENT: True}],
            persons=persons,
            law="nm",
        ),
        "M",
    )
    assert x.status == "met" and x.grading.certain == "second_degree_felony"  # 13 that day
    open_ = _one(
        _assess(
            {**A2, "date": "2019-06-01"},
            [{"person": "M", "aided": True, INTENT: True}],
            persons=[{"id": "D"}, {"id": "V", "age": 12, "age_on": "2019-01-01"}],
            law="nm",
        ),
        "M",
    )  # 12 or 13 on the day: first or second degree, at least second
    assert open_.status == "met" and open_.grading.certain is None
    assert open_.grading.floor == "second_degree_felony"
    assert open_.grading.possible == ["first_degree_felony", "second_degree_felony"]
    assert open_.grading.words.startswith("at least a second degree felony")
    undated = {k: v for k, v in A2.items()}
    y = _one(
        nmt.assess(
            nmt.from_dict({
                "persons": [{"id": "D"}, {"id": "M"}, {"id": "V", "birth_date": "2006-06-01"}],
                "conduct": [{"id": "a", "actor": "D", "person": "V", "act": "recruiting",
                             **undated, "accessories": [{"person": "M", "aided": True,
                                                         INTENT: True}]}],
            }),
            today=TODAY,
            law="nm",
        ),
        "M",
    )  # fmt: skip
    assert y.grading.certain is None
    assert set(y.grading.possible) == {"first_degree_felony", "second_degree_felony",
                                       "third_degree_felony"}  # fmt: skip


@pytest.mark.statute("30-52-1(E)")
def test_the_e_bar_for_a_helper_who_is_a_trafficking_victim() -> None:
    persons = [{"id": "T"}, {"id": "G", "birth_date": "2004-05-01"},
               {"id": "V", "birth_date": "2005-01-01"}]  # fmt: skip
    groom = {"id": "g", "actor": "T", "person": "G", "act": "recruiting", "date": "2019-01-10",
             **A2}  # fmt: skip
    helper = {"person": "G", "aided": True, INTENT: True}

    def bar(groom_facts: dict[str, Any], roles: tuple[str, ...] = ()) -> Any:
        people = [dict(p) for p in persons]
        people[1]["roles"] = list(roles)
        conduct = [
            {**groom, **groom_facts},
            {"id": "a", "actor": "T", "person": "V", "act": "transporting",
             "date": "2019-03-12", **A2, "accessories": [helper]},
        ]  # fmt: skip
        a = nmt.assess(nmt.from_dict({"persons": people, "conduct": conduct}), today=TODAY)
        return _one(a, "G")

    met = bar({})
    assert met.status == "met" and met.bar == "applies"
    assert "G shall not be charged as an accessory (§ 30-52-1(E))" in met.words
    assert bar({"knowingly": None}).bar == "may_apply"  # an act toward G may meet a paragraph
    assert bar({"knowingly": False}).bar is None  # nothing makes G a victim
    assert bar({"knowingly": False}, ("victim",)).bar == "may_apply"  # labelled: conservative
    # the victim of the act aided may be listed as its helper: the bar then applies to her
    own = _one(_assess(A2, [{"person": "V", "aided": True, INTENT: True}], law="nm"), "V")
    assert own.status == "met" and own.bar == "applies"
    # the text leads with the bar, not with "met"
    from nm_trafficking.render.summary_text import accessory_lines

    (lead, *_) = accessory_lines(own, {})
    assert lead.startswith("V, barred by § 30-52-1(E):")


def _helper_k(toward_k: list[dict[str, Any]], roles: tuple[str, ...] = (), **kw: Any) -> Any:
    """K keeps watch while T recruits U (14) in 2025; ``toward_k``: the acts toward K."""
    persons = [{"id": "T"}, {"id": "L"},
               {"id": "K", "roles": list(roles), "birth_date": "1988-02-02"},
               {"id": "U", "birth_date": "2011-04-04"}]  # fmt: skip
    rec = {"id": "rec", "actor": "T", "person": "U", "act": "recruiting", "date": "2025-06-07",
           **A2, "accessories": [{"person": "K", "abetted": True, INTENT: True}]}  # fmt: skip
    pattern = nmt.from_dict({"persons": persons, "conduct": [*toward_k, rec]})
    return _one(nmt.assess(pattern, today=TODAY, **kw), "K")


_FORCE_K = {"actor": "T", "person": "K", "knowingly": True, "means_will_be_used": {"force": True},
            "to_subject_to": {"commercial_sexual_activity": True}}  # fmt: skip


def _bar_questions(x: Any) -> list[Any]:
    return [q for q in x.needed if "30-52-1(E)" in q.citations]


@pytest.mark.statute("30-52-1(E)")
@pytest.mark.parametrize("law", ["nm", "all"])
def test_a_helper_trafficked_before_the_text_came_into_force_may_be_barred(law: str) -> None:
    """Review F, finding 1: (E) bars "a human trafficking victim", not only a victim of an
    offense under § 30-52-1: T's forcing K into prostitution in 2007, before the text came into
    force, may make K one. Whether it does is a point of law, asked; the bar "may apply"."""
    x = _helper_k([{"id": "k", "act": "obtaining", "date": "2007-05-05", **_FORCE_K}], law=law)
    assert x.status == "met" and x.bar == "may_apply"
    said = _norm(x.words)
    assert "§ 30-52-1(E) may apply: T's obtaining of K on 5 May 2007 would meet § 30-52-1 but " \
        "for its date, before the text came into force (1 July 2008" in said  # fmt: skip
    (q,) = _bar_questions(x)
    assert q.kind == "point_of_law" and q.defendant == "K" and q.conduct == "rec"
    assert "“a human trafficking victim”" in q.text and "5 May 2007" in q.text
    # asked once, not again under each act K aided
    persons = [
        {"id": "T"},
        {"id": "K", "birth_date": "1988-02-02"},
        {"id": "U", "birth_date": "2011-04-04"},
        {"id": "W", "birth_date": "2012-04-04"},
    ]
    helps = {"accessories": [{"person": "K", "abetted": True, INTENT: True}], **A2}
    conduct = [{"id": "k", "act": "obtaining", "date": "2007-05-05", **_FORCE_K},
               {"id": "u", "actor": "T", "person": "U", "act": "recruiting",
                "date": "2025-06-07", **helps},
               {"id": "w", "actor": "T", "person": "W", "act": "recruiting",
                "date": "2025-07-07", **helps}]  # fmt: skip
    a = nmt.assess(nmt.from_dict({"persons": persons, "conduct": conduct}), today=TODAY, law=law)
    assert [len(_bar_questions(f)) for f in a.summary.accessories] == [1, 0]
    assert all(f.bar == "may_apply" for f in a.summary.accessories)
    # the same act with force, fraud and coercion stated false, K an adult: nothing would make
    # K a victim under § 30-52-1 had it been in force (a recruiting is not read as a benefiting)
    none = {**_FORCE_K, "means_will_be_used": {"force": False, "fraud": False, "coercion": False}}
    y = _helper_k([{"id": "k", "act": "recruiting", "date": "2006-05-05", **none}], law="nm")
    assert y.bar is None and not _bar_questions(y)


@pytest.mark.statute("30-52-1(E)")
def test_a_helper_trafficked_by_a_verb_the_text_does_not_cover_may_be_barred() -> None:
    """Maintaining K by force (not one of the 2008 verbs): K may be "a human trafficking
    victim" all the same (a point of law); the bar may apply. Before 2008 too: both said."""
    x = _helper_k([{"id": "k", "act": "maintaining", "date": "2021-06-01", **_FORCE_K}], law="nm")
    assert x.bar == "may_apply" and "but for its verb" in _norm(x.words)
    assert [q.kind for q in _bar_questions(x)] == ["point_of_law"]
    y = _helper_k([{"id": "k", "act": "maintaining", "date": "2005-06-01", **_FORCE_K}], law="nm")
    assert "but for its date, before the text came into force" in _norm(y.words)
    assert "and for its verb" in _norm(y.words)


@pytest.mark.statute("30-52-1(E)")
def test_a_helper_trafficked_under_a_federal_section_only_may_be_barred() -> None:
    """L benefits from K's commercial sex: force stated not known under (A)(3), but the federal
    facts make it § 1591 (a venture): with the federal sections assessed, the bar may apply and
    the point of law is asked; § 30-52-1 alone reads nothing that makes K a victim."""
    benefit = {
        "id": "k", "actor": "L", "person": "K", "act": "benefiting", "date": "2021-06-15",
        "knowingly": True, "benefit": {"financially": True},
        "benefit_from": {"commercial_sexual_activity": True},
        "means_was_used": {"force": False, "fraud": False, "coercion": False},
        "federal": {
            "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
            "knew_means_will_be_used": {"force": True},
            "as_to_commercial_sex_act": {"knew": True},
            "offense_effected_by": {"force": True},
            "venture": {"act": "maintaining", "person_to_engage_in_commercial_sex_act": True,
                        "two_or_more_individuals_associated_in_fact": True,
                        "knowingly_assisted_supported_or_facilitated": True,
                        "benefit_from_participation": True},
        },
    }  # fmt: skip
    x = _helper_k([benefit])
    assert x.bar == "may_apply"
    assert "an act toward K meets § 1591, but none meets § 30-52-1" in _norm(x.words)
    assert [q.kind for q in _bar_questions(x)] == ["point_of_law"]
    assert _helper_k([benefit], law="nm").bar is None


@pytest.mark.statute("30-52-1(E)")
def test_a_helper_labelled_a_victim_or_whose_act_is_open_is_told_why_the_bar_may_apply() -> None:
    """Labelled a victim, no act toward K: the bar may apply, and whether K was a victim is
    asked (a fact). An act toward K that may meet § 30-52-1: its own questions decide it (no
    second question), and the line says so."""
    x = _helper_k([], ("victim",), law="nm")
    assert x.bar == "may_apply" and "K is labelled a victim, though no act toward K" in _norm(
        x.words
    )
    assert [q.kind for q in _bar_questions(x)] == ["fact"]
    open_ = {**_FORCE_K, "knowingly": None}
    y = _helper_k([{"id": "k", "act": "recruiting", "date": "2020-05-05", **open_}], law="nm")
    assert y.bar == "may_apply" and not _bar_questions(y)
    assert "what is still needed for T and K decides it" in _norm(y.words)


def test_helpers_are_checked_against_the_persons() -> None:
    for helpers, message in (
        ([{"person": "X"}], "no person with id 'X'"),
        ([{"person": "D"}], "the actor does the act"),
        ([{"person": "H"}, {"person": "H"}], "already listed"),
        ([{"person": "H", "aided": 1}], "true, false or unknown"),
    ):
        persons = [{"id": "D"}, {"id": "H"}, {"id": "V", "age": 15}]
        data = {"persons": persons, "conduct": [
            {"id": "a", "actor": "D", "person": "V", "act": "recruiting", "accessories": helpers}
        ]}  # fmt: skip
        with pytest.raises(nmt.InvalidFactPattern, match=re.escape(message)):
            nmt.from_dict(data)


def test_the_output_has_accessories_only_when_a_helper_is_stated() -> None:
    plain = _assess(A2, [], law="nm")
    assert "accessories" not in plain.to_dict()["summary"]
    assert "Accessories" not in plain.explain()
    a = _assess(A2, [{"person": "H", "aided": True}])
    doc = json.loads(a.to_json())
    (entry,) = doc["summary"]["accessories"]
    assert entry["status"] == "undetermined" and entry["intended"] == "unknown"
    assert doc["contract_version"] == nmt.CONTRACT_VERSION
    import jsonschema

    jsonschema.validate(doc, nmt.output_schema())
