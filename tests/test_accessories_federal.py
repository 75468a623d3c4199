"""Accessories with ``law="federal"``: each helper's finding under 18 U.S.C. § 2(a) [S] ("aids,
abets, counsels, commands, induces or procures its commission, is punishable as a principal"),
with nothing of the state's: § 30-1-13 [S], the § 30-52-1(E) bar (a bar "in a prosecution under
§ 30-52-1 only") and the New Mexico degree are § 30-52-1's, which is not assessed.

The oracle is the plain reading of § 2(a) as the library encodes it beside § 30-52-1: per
federal section, the helper is the three-valued conjunction of the act aided's status under that
section, the help and the stated intent; the federal statuses under ``law="federal"`` are the
same as those the ``law="all"`` output gives beside the state's finding (the same facts, the
same act verdicts)."""

from __future__ import annotations

import html
import itertools
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import nm_trafficking as nmt
from nm_trafficking.cli import main
from nm_trafficking.statute.related import accessory

ROOT = Path(__file__).resolve().parents[1]
ROOM_BOOKER = ROOT / "examples" / "accessory_room_booker.yaml"
TODAY = date(2026, 12, 7)
A2 = {"knowingly": True, "will_be_caused_to_engage_in_commercial_sexual_activity": True}
INTENT = "intended_that_the_offense_be_committed"
FEDERAL = ("usc_1591", "usc_1589", "usc_1590")
STATE_WORDS = (
    "30-1-13",
    "30-52-1",
    "degree",
    "felony",
    "basic sentence",
    "shall not be charged as an accessory",
    "UJI",
)
"""What only § 30-52-1's accessory finding says: § 30-1-13, the (E) bar, the degree."""


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
    return nmt.assess(nmt.from_dict({"persons": people, "conduct": conduct}), today=TODAY, **kw)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _plain(page: str) -> str:
    """An HTML page's words: without tags, unescaped."""
    return _norm(html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _views(a: nmt.Assessment) -> dict[str, str]:
    """Every output, as words (Markdown unescaped, HTML without tags)."""
    return {
        "text": _norm(a.explain()),
        "markdown": _norm(re.sub(r"\\(.)", r"\1", a.to_markdown())),
        "html": _plain(a._repr_html_()),
        "memo": _plain(a.memo()),
        "json": a.to_json(),
    }


def _room_booker(law: str) -> nmt.Assessment:
    return nmt.assess(nmt.load(ROOM_BOOKER), today=TODAY, law=law)


def test_the_federal_output_names_each_helper_with_each_sections_status() -> None:
    a = _room_booker("federal")
    doc = json.loads(a.to_json())
    jsonschema.validate(doc, nmt.output_schema())
    summary = doc["summary"]
    assert "accessories" not in summary  # the state's findings: § 30-52-1 is not assessed
    found = {x["helper"]: x for x in summary["federal_accessories"]}
    assert set(found) == {"H", "L"}
    # the oracle: the same statuses as beside the state's finding with every law
    both = {x.helper: x.federal for x in _room_booker("all").summary.accessories}
    for helper, x in found.items():
        assert (x["defendant"], x["victim"], x["conduct"]) == ("D", "V", "recruit")
        assert x["federal"] == both[helper]
        assert set(x["federal"]) == set(FEDERAL)
    # a recruiting says nothing of whether D obtained V's labor: § 1589 open there too
    assert found["H"]["federal"]["usc_1589"] == "undetermined"
    # every view names each helper, with each section's status, in the all-laws words
    for name, view in _views(a).items():
        if name == "json":
            continue
        head = "Accessories (18 U.S.C. § 2 [S])"
        assert head in view, name
        for helper in ("H", "L"):
            line = (
                f"Federal: one who aids or abets an offense is punishable as a principal "
                f"(18 U.S.C. § 2(a) [S]). The helper on the act aided, on what is stated of the "
                f"help and the intent: § 1591 undetermined; § 1589 undetermined; § 1590 "
                "undetermined. "
                f"Even a stated intent would not settle {helper}'s liability here: it turns on "
                "a federal intent standard that is not in the sources read."
            )
            assert line in view, (name, helper)
        # the decision first (review B: "H is named as a helper of …" stated no decision); only
        # § 1591, the section a recruiting for sex puts at issue (review V9 of session 8)
        assert (
            "H, undetermined: H may be punishable as a principal (18 U.S.C. § 2(a) [S]) under "
            "§ 1591 for D's recruiting" in view
        ), name


def test_the_federal_line_is_the_same_with_every_law() -> None:
    """The words the all-laws output gives beside the state's finding, given alone."""
    every = _norm(_room_booker("all").explain())
    alone = _norm(_room_booker("federal").explain())
    lines = re.findall(r"Federal: .*?not in the sources read\.", every)
    assert len(lines) == 2
    for line in lines:
        assert line in alone


def test_nothing_of_the_state_is_said_with_law_federal() -> None:
    persons = [{"id": "T"}, {"id": "G", "birth_date": "2004-05-01"},
               {"id": "V", "birth_date": "2005-01-01"}]  # fmt: skip
    groom = {"id": "g", "actor": "T", "person": "G", "act": "recruiting", "date": "2019-01-10",
             **A2}  # fmt: skip
    conduct = [groom, {"id": "a", "actor": "T", "person": "V", "act": "transporting",
                       "date": "2019-03-12", **A2,
                       "accessories": [{"person": "G", "aided": True, INTENT: True},
                                       {"person": "L", "abetted": True}]}]  # fmt: skip
    pattern = nmt.from_dict({"persons": [*persons, {"id": "L"}], "conduct": conduct})
    # with every law, G (a victim of an act that meets § 30-52-1) is barred by (E)
    every = nmt.assess(pattern, today=TODAY)
    assert {x.helper: x.bar for x in every.summary.accessories}["G"] == "applies"
    a = nmt.assess(pattern, today=TODAY, law="federal")
    found = a.summary.federal_accessories
    assert [x.helper for x in found] == ["G", "L"]
    # G, a victim of an act that may meet a federal section, is told the (E) bar has no federal
    # equivalent found (review B; reference § 4): the one sentence naming (E), no state law
    assert [accessory.NO_FEDERAL_BAR in x.words for x in found] == [True, False]
    for name, view in _views(a).items():
        view = view.replace(accessory.NO_FEDERAL_BAR, "")
        for said in ("30-1-13", "30-52-1(E)", "shall not be charged as an accessory", "UJI"):
            assert said not in view, (name, said)
        if name in ("text", "markdown"):  # the helpers and what is still needed of them
            start = view.index("Accessories (18 U.S.C. § 2 [S])")
            part = view[start : view.index("Notes", start)]
            assert "G, " in part and "Did L intend" in part
            for said in STATE_WORDS:
                assert said not in part, (name, said)
    said = " ".join(x.words + " ".join(q.text for q in x.needed) for x in found)
    said = said.replace(accessory.NO_FEDERAL_BAR, "")
    for word in STATE_WORDS:
        assert word not in said
    doc = json.loads(a.to_json())["summary"]
    for x in doc["federal_accessories"]:
        assert not {"status", "paragraphs", "grading", "bar"} & set(x)
        for q in x["needed"]:
            assert q["law"] in FEDERAL and q["citations"] == ["18 U.S.C. § 2(a)"]


@pytest.mark.parametrize("way", ["procured", "counselled", "aided", "abetted"])
def test_a_helper_with_the_help_stated_false_is_not_met_federally(way: str) -> None:
    none = {w: False for w in accessory.WAYS}
    a = _assess(A2, [{"person": "H", **none, INTENT: True}], law="federal")
    (x,) = a.summary.federal_accessories
    assert x.federal == dict.fromkeys(FEDERAL, "not_met")
    assert x.needed == []
    assert "the facts state H did not procure, counsel, aid or abet it" in x.words
    assert "H, not met:" in _norm(a.explain())
    # one way stated true is help: the helper follows the act aided again
    b = _assess(A2, [{"person": "H", **none, way: True, INTENT: True}], law="federal")
    (y,) = b.summary.federal_accessories
    assert y.federal["usc_1591"] == "undetermined"  # the act's § 1591 prongs are open


def test_the_questions_cite_18_usc_2_not_30_1_13() -> None:
    a = _assess(A2, [{"person": "L", "abetted": True}], law="federal")
    (x,) = a.summary.federal_accessories
    (q,) = [q for q in x.needed if q.element == "accessory_intent"]
    assert q.text.startswith("Did L intend that D's recruiting of V on 10 March 2019 be committed?")
    assert "federal aiding-and-abetting intent standard is not in the sources read" in q.text
    assert q.citations == ["18 U.S.C. § 2(a)"] and q.defendant == "L" and q.kind == "fact"
    for view in (a.explain(), a.to_markdown(), a._repr_html_(), a.memo()):
        assert "Did L intend that D" in view
        assert "§ 30-1-13" not in view
    help_open = _assess(A2, [{"person": "L", INTENT: True}], law="federal")
    (y,) = help_open.summary.federal_accessories
    asked = {q.element: q for q in y.needed}
    assert asked["accessory_help"].text.startswith(
        "Did L aid, abet, counsel or procure D's recruiting of V on 10 March 2019?"
    )


def test_the_cli_gives_the_helpers_with_law_federal(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", str(ROOM_BOOKER), "--law", "federal"]) == 0
    text = _norm(capsys.readouterr().out)
    assert "Accessories (18 U.S.C. § 2 [S]):" in text
    assert "- H, undetermined:" in text and "- L, undetermined:" in text
    assert "30-1-13" not in text


_VALUES = (True, False, None)
MINOR_1591 = {
    **A2,
    "federal": {
        "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
        "as_to_age": {"knew": True},
        "as_to_commercial_sex_act": {"knew": True},
    },
}
"""The recruiting of a 15-year-old known to be a minor, for a commercial sex act, in commerce:
§ 1591(a)(1) (minor) met (``examples/federal_motel_venture.yaml``'s facts for P)."""


@pytest.mark.parametrize(
    "facts",
    [
        A2,
        {**A2, "knowingly": None},
        {**A2, "knowingly": False},
        MINOR_1591,
        {**MINOR_1591, "federal": {**MINOR_1591["federal"], "as_to_age": {"knew": None}}},
    ],
)  # fmt: skip
def test_metamorphic_a_helper_is_never_met_where_the_act_is_not(facts: dict[str, Any]) -> None:
    """Over every help and intent, for each federal section: the helper's status is never
    above the act's, is never met (on the state's accessory facts: the federal intent standard
    is not in the sources read; review L1 of session 6), is undetermined where the act is met
    and help and intent are stated true, and is not met whenever the act, the help or the
    intent is."""
    helpers = []
    given: dict[str, tuple[bool | None, bool | None]] = {}  # the help and the intent
    for i, (help_, intent) in enumerate(itertools.product(_VALUES, _VALUES)):
        # help: one way true; all four false (none); or none stated
        ways = {"aided": True} if help_ else dict.fromkeys(accessory.WAYS, False)
        h = {"person": f"H{i}", **(ways if help_ is not None else {})}
        helpers.append(h if intent is None else {**h, INTENT: intent})
        given[f"H{i}"] = (help_, intent)
    a = _assess(facts, helpers, law="federal")
    (count,) = a.summary.pairs[0].counts
    rank = {"not_met": 0, "undetermined": 1, "met": 2}
    if facts is MINOR_1591:  # not vacuous: the act meets § 1591
        assert count.laws["usc_1591"].status == "met"
    assert len(a.summary.federal_accessories) == len(helpers)
    for x in a.summary.federal_accessories:
        help_, intent = given[x.helper]
        for law, status in x.federal.items():
            act = count.laws[law].status
            assert rank[status] <= rank[act], (x.helper, law)
            assert status != "met"
            if act == "met" and help_ is True and intent is True:
                assert status == "undetermined"
            if act == "not_met" or help_ is False or intent is False:
                assert status == "not_met"


def test_a_helper_of_an_act_that_meets_no_section_is_told_why() -> None:
    """Not known to be done knowingly, the recruiting meets no section; the help and the intent
    stated true do not make the helper liable for it."""
    a = _assess({"knowingly": False}, [{"person": "H", "aided": True, INTENT: True}], law="federal")
    (count,) = a.summary.pairs[0].counts
    assert {law: x.status for law, x in count.laws.items()} == dict.fromkeys(FEDERAL, "not_met")
    (x,) = a.summary.federal_accessories
    assert x.federal == dict.fromkeys(FEDERAL, "not_met") and x.needed == []
    assert x.words == (
        "H is not punishable as a principal for D's recruiting of V on 10 March 2019: the act "
        "aided meets none of §§ 1591, 1589 and 1590."
    )


def test_the_federal_line_never_says_an_intent_not_stated_was_stated() -> None:
    """Review 10: L's intent is not stated, yet the line read "with the help and the intent
    stated"; it now says what it reads: what is stated of the help and the intent."""
    a = nmt.assess(nmt.load(ROOT / "examples" / "accessory_room_booker.yaml"), today=TODAY)
    text = a.explain()
    assert "not stated: the intent" in text
    assert "with the help and the intent stated" not in text
    assert "on what is stated of the help and the intent" in text
