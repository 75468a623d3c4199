"""An AUSA's review (review B) of the summary under the federal sections:

1. a count judged under several texts (an undated act over several texts; a 2008-window act
   whose two § 1589 texts part) names no single text: its ``text_version`` is null in the
   summary as in the full document (contract 2.2.0), and the schema says it may be;
2. ``summary.texts`` says from when to when the library applies each text or period (the 2008
   texts from 1 January 2010, the window before: ``docs/federal.md`` decision 2);
3. ``summary.births`` lists the birthdays of the laws assessed only;
4. with ``law="federal"`` a section's line says why it is undetermined, as with every law.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

import nm_trafficking as nmt
from nm_trafficking import statute, words
from nm_trafficking.detail import output_schema
from nm_trafficking.render.summary_text import render_summary_text
from tests.federal_strategies import AGGRAVATIONS, LABOR_MEANS

TODAY = date(2026, 12, 7)

_NO_AGGRAVATION = dict.fromkeys(AGGRAVATIONS, False)
_ONLY_FORCE = {**dict.fromkeys(LABOR_MEANS, False), "force": True}
_LABOR = {"labor_or_services_of_the_person": True, "provided_or_obtained_labor_or_services": True}


def _labor_act(id_: str, person: str, day: str | None, means: dict[str, bool]) -> dict[str, Any]:
    act: dict[str, Any] = {
        "id": id_,
        "actor": "D",
        "person": person,
        "act": "obtaining",
        "knowingly": True,
        "federal": {"labor": _LABOR, "labor_means": means, "aggravation": _NO_AGGRAVATION},
    }
    if day is not None:
        act["date"] = day
    return act


def _assess(doc: dict[str, Any], law: str = "federal") -> nmt.Assessment:
    return nmt.assess(nmt.from_dict(doc), today=TODAY, law=law)  # type: ignore[arg-type]


# the 2009 dairy (review B f12): threatened abuse of legal process (both § 1589 texts agree) and
# force only (the 2000 text lists no force: the texts part)
WINDOW = {
    "persons": [
        {"id": "D", "roles": ["trafficker"]},
        {"id": "W1", "roles": ["victim"], "age": 40, "age_on": "2009-06-01"},
        {"id": "W2", "roles": ["victim"], "age": 22, "age_on": "2009-06-01"},
    ],
    "conduct": [
        _labor_act(
            "w1", "W1", "2009-06-01", {"abuse_or_threatened_abuse_of_law_or_legal_process": True}
        ),
        _labor_act("w2", "W2", "2009-06-01", _ONLY_FORCE),
    ],
}

# review B f18: undated acts toward persons whose birth dates bound the days
UNDATED = {
    "persons": [
        {"id": "D", "roles": ["trafficker"]},
        {"id": "W", "roles": ["victim"], "birth_date": "1995-02-02"},
        {"id": "G", "roles": ["victim"], "birth_date": "2012-05-05"},
    ],
    "conduct": [
        {
            **_labor_act("labor", "W", None, {"threats_of_serious_harm": True}),
            "federal": {"labor": _LABOR, "labor_means": {"threats_of_serious_harm": True}},
        },
        {
            "id": "sex",
            "actor": "D",
            "person": "G",
            "act": "recruiting",
            "knowingly": True,
            "will_be_caused_to_engage_in_commercial_sexual_activity": True,
            "federal": {
                "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
                "as_to_age": {"knew": True},
                "as_to_commercial_sex_act": {"knew": True},
            },
        },
    ],
}


# --- 1. a combined count names no single text -------------------------------------------------


def _summary_counts(doc: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (c["conduct"], law): under
        for p in doc["summary"]["pairs"]
        for c in p["counts"]
        for law, under in c["laws"].items()
    }


def _full_counts(doc: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (c["conduct"], law): c
        for f in doc["findings"]
        for law, j in f["jurisdictions"].items()
        for c in j["counts"]
    }


def test_a_window_act_whose_two_texts_part_names_no_single_text() -> None:
    doc = _assess(WINDOW).to_dict(detail="full")
    summary, full = _summary_counts(doc), _full_counts(doc)
    # the texts agree (legal process is a means of both): the 2008 text is applied, named
    assert summary[("w1", "usc_1589")]["text_version"] == "usc-1589-2008"
    # force only: met under the 2008 text, not under the 2000 text: judged under each, combined
    assert full[("w2", "usc_1589")]["text_version"] is None
    assert summary[("w2", "usc_1589")]["text_version"] is None
    assert "UNVERIFIED" in summary[("w2", "usc_1589")]["text"]  # the period is named in words


def test_an_undated_act_judged_under_several_texts_names_no_single_text() -> None:
    doc = _assess(UNDATED).to_dict(detail="full")
    summary = _summary_counts(doc)
    # a worker born 1995: her days run from 1995 to today, over every text of each section
    for law in ("usc_1591", "usc_1589", "usc_1590"):
        assert summary[("labor", law)]["text_version"] is None, law
    # a girl born 2012: § 1591's texts of 2015 and 2018 both fall in her days
    assert summary[("sex", "usc_1591")]["text_version"] is None
    # but one text of § 1589 since 2012: named
    assert summary[("sex", "usc_1589")]["text_version"] == "usc-1589-2008"


@pytest.mark.parametrize("pattern", [WINDOW, UNDATED], ids=["window", "undated"])
def test_the_summary_and_the_full_document_agree_on_the_text_applied(
    pattern: dict[str, Any],
) -> None:
    """Where the full document names a text, the summary names it; where it names none although
    the act was judged under an encoded text (the act was judged under several), neither does
    the summary (a period with no text encoded is still named by the summary, by its id)."""
    doc = _assess(pattern, law="all").to_dict(detail="full")
    summary, full = _summary_counts(doc), _full_counts(doc)
    for key, count in full.items():
        said = summary[key]["text_version"]
        if count["text_version"] is not None:
            assert said == count["text_version"], key
        elif statute.text_version(count["assessed_under"]).encoded:
            assert said is None, key
        else:
            assert said == count["assessed_under"], key


def test_the_schema_lets_a_count_name_no_text() -> None:
    for detail in ("summary", "elements", "full"):
        found = output_schema(detail)["$defs"]["ActUnderLaw"]["properties"]["text_version"]
        kinds = {a.get("type") for a in found.get("anyOf", [found])}
        assert kinds == {"string", "null"}, detail


# --- 2. from when to when each text is applied ---------------------------------------------------


def _texts(law: str = "federal") -> dict[str, list[dict[str, Any]]]:
    texts: dict[str, list[dict[str, Any]]] = _assess(WINDOW, law).to_dict()["summary"]["texts"]
    return texts


def _first(entry: dict[str, Any]) -> date:
    return date.fromisoformat(entry.get("applied_from", entry["in_force_from"]))


def _applied(entry: dict[str, Any], entries: list[dict[str, Any]]) -> tuple[date, date | None]:
    """The first and last day an entry of ``texts`` is applied, as a consumer reads them:
    ``applied_from`` absent, from ``in_force_from``; until the day before the next entry's
    first day (the last entry: to this day)."""
    i = entries.index(entry)
    after = entries[i + 1] if i + 1 < len(entries) else None
    return _first(entry), (_first(after) - timedelta(days=1) if after is not None else None)


def test_the_2008_texts_are_applied_from_2010_the_window_before() -> None:
    texts = _texts()
    for law in ("usc_1591", "usc_1589", "usc_1590"):
        window = next(t for t in texts[law] if "UNVERIFIED" in t["name"])
        assert _applied(window, texts[law]) == (date(2008, 12, 23), date(2009, 12, 31)), law
        assert "applied_from" not in window  # from the day it came into force
        # the 2008 text came into force with the window, and is applied after it
        text_2008 = next(
            t for t in texts[law] if t["in_force_from"] == "2008-12-23" and t is not window
        )
        assert text_2008["applied_from"] == "2010-01-01", law
    # the 2000 text of § 1589 is applied up to the window; the newest text to this day
    assert _applied(texts["usc_1589"][0], texts["usc_1589"]) == (
        date(2000, 10, 28),
        date(2008, 12, 22),
    )
    assert _applied(texts["usc_1591"][-1], texts["usc_1591"])[1] is None


def test_each_day_is_applied_under_the_text_the_engine_picks() -> None:
    """The spans are the engine's own choice of text for a date (``Law.version_for``): each
    day a span starts or ends on, and the day after each end, falls in the span of the text
    the engine picks for it, and in no other."""
    texts = _texts(law="all")
    for law_id, entries in texts.items():
        law = words.law(law_id)
        spans = {e["name"]: _applied(e, entries) for e in entries}
        days = {first for first, _ in spans.values()}
        for _, last in spans.values():
            if last is not None:
                days |= {last, last + timedelta(days=1)}
        for day in sorted(days):
            version, in_force = law.version_for(day)
            if in_force is False:  # the section did not exist: no text applied
                continue
            if getattr(version, "enactment_day", False):  # with the text before, that day
                version = version.candidates[-1]  # type: ignore[attr-defined]
            holding = [
                name
                for name, (first, last) in spans.items()
                if first <= day and (last is None or day <= last)
            ]
            assert holding == [words.text_name(law, version)], (law_id, day)


# --- 3. the birthdays of the laws assessed ------------------------------------------------------


_GIRL = {
    "persons": [
        {"id": "D", "roles": ["trafficker"]},
        {"id": "G", "roles": ["victim"], "birth_date": "2008-05-05"},
    ],
    "conduct": [
        {
            "id": "sex",
            "actor": "D",
            "person": "G",
            "act": "recruiting",
            "date": "2021-06-01",
            "knowingly": True,
            "will_be_caused_to_engage_in_commercial_sexual_activity": True,
        }
    ],
}


@pytest.mark.parametrize(
    ("law", "ages"),
    [("federal", ["14", "18"]), ("nm", ["13", "16", "18"]), ("all", ["13", "14", "16", "18"])],
)
def test_births_list_the_birthdays_of_the_laws_assessed(law: str, ages: list[str]) -> None:
    births = _assess(_GIRL, law).to_dict()["summary"]["births"]
    assert list(births[0]["birthdays"]) == ages
    assert births[0]["birthdays"]["18"] == {"earliest": "2026-05-05", "latest": "2026-05-05"}


# --- 4. the why of an undetermined federal line with law="federal" ------------------------------


FARM_2005 = {
    "persons": [
        {"id": "F", "roles": ["trafficker"]},
        {"id": "W1", "roles": ["victim"], "age": 30, "age_on": "2005-09-01"},
    ],
    "conduct": [
        {
            **_labor_act("w1", "W1", "2005-09-01", {"threats_of_serious_harm": True}),
            "actor": "F",
        }
    ],
}

RECRUIT_2021 = {
    "persons": [
        {"id": "R", "roles": ["recruiter"]},
        {"id": "W", "roles": ["victim"], "age": 24, "age_on": "2021-06-06"},
    ],
    "conduct": [
        {
            "id": "recruit",
            "actor": "R",
            "person": "W",
            "act": "recruiting",
            "date": "2021-06-06",
            "knowingly": True,
            "means_will_be_used": {"coercion": True},
            "to_subject_to": {"labor": True},
            "federal": {
                "labor": {"labor_or_services_of_the_person": True, "for_labor_or_services": True},
                "labor_means": {"threats_of_serious_harm": True},
            },
        }
    ],
}


def _laws(doc: dict[str, Any], law: str) -> dict[str, tuple[str, str | None]]:
    """Each law's status and why for the pattern's one pair."""
    s = _assess(doc, law).summary
    return {x.law: (x.status, x.why) for x in s.pairs[0].laws}


def _whys(doc: dict[str, Any], law: str) -> dict[str, str | None]:
    return {k: why for k, (_, why) in _laws(doc, law).items()}


@pytest.mark.parametrize("pattern", [FARM_2005, RECRUIT_2021], ids=["2005", "2021"])
def test_an_undetermined_section_says_why_with_the_federal_law_alone(
    pattern: dict[str, Any],
) -> None:
    """Each section undetermined here is so with § 30-52-1 beside it too (its status does not
    turn on the state law), and § 30-52-1 is not undetermined: the line with every law says why;
    the federal view says the same."""
    alone, beside = _laws(pattern, "federal"), _laws(pattern, "all")
    undetermined = [law for law, (status, _) in alone.items() if status == "undetermined"]
    assert undetermined
    for law in undetermined:
        assert beside[law][1] is not None, law
        assert alone[law] == beside[law], law


def test_the_2005_line_names_the_missing_text_not_the_punishment_alone() -> None:
    text = render_summary_text(_assess(FARM_2005).summary)
    line = " ".join(text.split())
    assert (
        "§ 1591: UNDETERMINED ((a)(1) force, fraud or coercion) — no punishment can be stated for "
        "the dates of the acts. No text is encoded for the date of the obtaining of "
        "1 September 2005." in line
    )
    assert (
        "§ 1590: UNDETERMINED — no punishment can be stated for the dates of the acts; the "
        "limitation period has passed (unless tolled; check). No text is encoded for the date of "
        "the obtaining of 1 September 2005." in line  # one count: said on the line (review F11),
        # right after the punishment it turns on, before why and the cautions (session 7)
    )


def test_the_2021_recruiting_says_what_1590_also_needs() -> None:
    whys = _whys(RECRUIT_2021, "federal")
    assert whys["usc_1590"] == "§ 1590(a) also needs a violation of chapter 77"
    assert whys["usc_1589"] == (
        "§ 1589(a) also needs providing or obtaining the person's labor or services"
    )
    # § 1591: with § 30-52-1 beside it, what sets it apart is that it reaches commercial sex only
    assert whys["usc_1591"] == _whys(RECRUIT_2021, "all")["usc_1591"]


def test_a_met_section_with_the_federal_law_alone_adds_no_why() -> None:
    # nothing to contrast: the line names the paragraphs met and the punishment
    assert _whys(FARM_2005, "federal")["usc_1589"] is None


@pytest.mark.parametrize(
    ("law", "shown", "not_shown"),
    [("federal", ["under 14", "14–17"], ["under 13", "13–15"]), ("all", ["13–15"], ["14–17"])],
)
def test_the_timeline_bands_are_those_of_the_laws_assessed(
    law: str, shown: list[str], not_shown: list[str]
) -> None:
    """The timeline draws its age bands from the births' birthdays: with the federal sections
    alone, § 1591's (under 14, 14 to 17, 18 and older), not § 30-52-1's grades."""
    from nm_trafficking.render import timeline

    # born 2008-05-05, recruited on 1 June 2021 (13) and on 1 June 2022 (14): both bands on the axis
    doc = {
        **_GIRL,
        "conduct": [
            *_GIRL["conduct"],
            {**_GIRL["conduct"][0], "id": "again", "date": "2022-06-01"},
        ],
    }
    svg = " ".join(timeline.svgs(_assess(doc, law).summary))
    for name in shown:
        assert f">{name}</text>" in svg, name
    for name in not_shown:
        assert f">{name}</text>" not in svg, name
