"""A text cited the way its own structure allows (session 8's note, "Found and left alone"):
the 2000 text of 18 U.S.C. § 1589 is one paragraph with numbered means (1)-(3) and no
subsections (reference § 2.3, [P]), and § 1590 before 2008 is "one paragraph identical to
present (a); no (b)" (reference § 2.3, [S]). The engine, the counts and the JSON keep the keys
("18 U.S.C. § 1589(a)", "18 U.S.C. § 1590(a)"); every prose output cites "§ 1589" and
"§ 1590" for an act under those texts (``TextVersion.cited``, ``citations.cited``).
§ 1591's prongs (a)(1) and (a)(2) are in the pre-2008 text [S] too: they stay."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import nm_trafficking as nmt
from nm_trafficking.citations import cited, of_one_act
from nm_trafficking.render import instructions, memo
from nm_trafficking.statute.usc_18.s1589 import UNDATED, WINDOW_2008
from nm_trafficking.statute.usc_18.s1589.v2000 import VERSION_2000
from nm_trafficking.statute.usc_18.s1589.v2008 import VERSION_2008
from nm_trafficking.statute.usc_18.s1590 import NONE_2000

TODAY = date(2026, 12, 8)
REFERENCE = Path(__file__).parents[1] / ".." / "shared" / "statute"
A_1589 = "18 U.S.C. § 1589(a)"
B_1589 = "18 U.S.C. § 1589(b)"
A_1590 = "18 U.S.C. § 1590(a)"
LABOR = {
    "provided_or_obtained_labor_or_services": True,
    "labor_or_services_of_the_person": True,
    "for_labor_or_services": True,
}


def _pattern(*days: str | None, verb: str = "obtaining", means: str = "threats_of_serious_harm"):
    conduct: list[dict[str, Any]] = []
    for i, day in enumerate(days):
        act: dict[str, Any] = {
            "id": f"o{i}",
            "actor": "F",
            "person": "L",
            "act": verb,
            "knowingly": True,
            "means_will_be_used": {"coercion": True},
            "to_subject_to": {"labor": True},
            "federal": {"labor": LABOR, "labor_means": {means: True}},
        }
        if day is not None:
            act["date"] = day
        conduct.append(act)
    return nmt.from_dict(
        {
            "persons": [
                {"id": "F", "roles": ["trafficker"]},
                {"id": "L", "roles": ["victim"], "birth_date": "1980-01-01"},
            ],
            "conduct": conduct,
        }
    )


def _views(pattern: Any, law: str = "all") -> dict[str, str]:
    a = nmt.assess(pattern, today=TODAY, law=law)
    return {
        "text": a.explain(detail="full"),
        "markdown": a.to_markdown(detail="full"),
        "memo": a.memo(pattern=pattern),
        "court form": instructions.render(a, pattern),
        "html": a._repr_html_(),
        "json prose": " ".join(_prose(a.to_dict(detail="full"))),
    }


def _prose(x: Any, key: str = "") -> list[str]:
    """Every string value of the document that is prose, not a key or an id (the keys of
    ``paragraphs``, ``statuses``, ``prongs`` and ``citations`` stay the engine's)."""
    if isinstance(x, dict):
        return [s for k, v in x.items() for s in _prose(v, k)]
    if isinstance(x, list):
        return [s for v in x for s in _prose(v, key)]
    keyed = {"citation", "citations", "paragraph", "group"}
    return [x] if isinstance(x, str) and key not in keyed and " " in x else []


def _bare(text: str, citation: str) -> list[str]:
    """Where ``text`` cites the subsection, short or with the title, other than as the later
    text's offense it names as added ("§ 1589(b) (added in 2008)", "§ 1589(b) was added by the
    2008 rewrite"), and other than the court form's fixed line on the sources of the federal
    instructions."""
    short = citation.removeprefix("18 U.S.C. ")
    text = text.replace("For § 1589(b) and § 1590(a) no pattern instruction was found", "")
    return [
        m.group()
        for m in re.finditer(
            re.escape(short) + r"(?! \(added in 2008\)| was added by the 2008)", text
        )
    ]


@pytest.mark.skipif(
    not (REFERENCE / "federal-18-usc-1589-1590-1591.md").exists(),
    reason="shared/statute reference not beside the repo",
)
def test_the_reference_s_2000_text_has_no_subsections() -> None:
    """The data's reading: the reference prints the 2000 text from "Whoever", its means (1) to
    (3), with no "(a)" and no "(b)"; the pre-2008 § 1590 is one paragraph, no (b)."""
    ref = (REFERENCE / "federal-18-usc-1589-1590-1591.md").read_text(encoding="utf-8")
    block = ref.split("**§ 1589 as enacted in 2000", 1)[1].split("**§ 1590 before 2008**", 1)[0]
    quoted = " ".join(
        line.removeprefix(">").strip() for line in block.splitlines() if line[:1] == ">"
    )
    assert quoted.startswith("Whoever knowingly provides or obtains the labor or services")
    assert "(1) by threats" in quoted and "(3) by means" in quoted
    assert "(a)" not in quoted and "(b)" not in quoted
    assert "one paragraph identical to present\n(a); no (b)" in ref.replace(
        "present (a)", "present\n(a)"
    )


def test_the_data_cites_each_text_by_its_own_structure() -> None:
    assert cited(A_1589, [VERSION_2000]) == "18 U.S.C. § 1589"
    assert cited(A_1589, [VERSION_2000], short=True) == "§ 1589"
    assert cited(B_1589, [VERSION_2000], short=True) == "§ 1589(b) (added in 2008)"
    assert cited(A_1589, [VERSION_2008], short=True) == "§ 1589(a)"  # the key, unchanged
    assert cited(A_1590, [NONE_2000], short=True) == "§ 1590"
    # either text may apply (the 2009 window, an undated act): the section itself
    assert cited(A_1589, [WINDOW_2008], short=True) == "§ 1589"
    assert cited(A_1589, [UNDATED], short=True) == "§ 1589"
    # acts under both texts: each text's own citation
    both = cited(A_1589, [VERSION_2008, VERSION_2000], short=True)
    assert both == "§ 1589(a), or § 1589 in the 2000 text"
    # the later text's (b) beside its own annotated form: the key alone
    assert cited(B_1589, [VERSION_2008, VERSION_2000], short=True) == "§ 1589(b)"
    # the keys are the engine's, unchanged
    assert [o.citation for o in VERSION_2000.offences] == [A_1589, B_1589]


@pytest.mark.parametrize("day", ["2001-01-15", "2005-03-03", "2008-08-01", "2008-12-22"])
def test_an_act_before_23_december_2008_is_cited_by_its_text_s_structure(day: str) -> None:
    """Every view of an act under the 2000 text of § 1589 and the pre-2008 period of § 1590
    cites "§ 1589" and "§ 1590", never a subsection those texts did not have."""
    for view, text in _views(_pattern(day)).items():
        assert not _bare(text, A_1589), (day, view)
        assert not _bare(text, A_1590), (day, view)
        assert not _bare(text, B_1589), (day, view)


def test_the_law_line_and_the_questions_of_a_2005_act() -> None:
    a = nmt.assess(_pattern("2005-03-03"), today=TODAY)
    text = a.explain()
    assert "§ 1589: MET —" in text  # not "MET ((a))"
    assert "§ 1589 is met by the obtaining of 3 March 2005" in " ".join(
        a.explain("elements").split()
    )
    (pair,) = a.summary.pairs
    law = next(x for x in pair.laws if x.law == "usc_1589")
    assert law.paragraphs == {A_1589: "met", B_1589: "not_met"}  # the JSON keys stay
    # an open act: its questions cite § 1589 and its means (1)-(3)
    b = nmt.assess(_pattern("2005-03-03", means="force"), today=TODAY, law="federal")
    flat = " ".join(b.explain().split())
    assert "§ 1589: UNDETERMINED —" in flat
    assert "§ 1589(a)" not in flat


@pytest.mark.parametrize("day", ["2010-03-03", "2016-06-01", "2024-01-01"])
def test_an_act_under_the_2008_text_keeps_its_subsections(day: str) -> None:
    a = nmt.assess(_pattern(day), today=TODAY, law="federal")
    text = a.explain(detail="full")
    assert "§ 1589: MET ((a))" in text
    assert "18 U.S.C. § 1589(a) [S]: MET" in text


def test_acts_under_both_texts_name_each_text_s_citation() -> None:
    a = nmt.assess(_pattern("2005-03-03", "2012-03-03"), today=TODAY, law="federal")
    flat = " ".join(a.explain().split())
    assert "§ 1589: MET ((a), or § 1589 in the 2000 text)" in flat
    # each count line cites its own text
    counts = " ".join(a.explain(detail="full").split())
    assert "MET (§ 1589 met, § 1589(b) (added in 2008) not met)" in counts
    assert "MET (§ 1589(a) met, § 1589(b) not met)" in counts
    # the counts table: the 2000 text's cell says met, not "met (§ 1589)", its section again
    table = a.to_markdown()
    assert "as enacted 28 October 2000 \\[P\\]: met |" in table
    assert "as amended 23 December 2008 \\[S\\]: met (§ 1589(a)) |" in table
    cells = re.findall(r'status-met">([^<]*)<', memo.render(a))
    assert [c.replace("\xa0", " ") for c in cells] == ["MET", "MET (§ 1589(a))"]  # the memo, too


def test_a_verb_outside_the_pre_2008_1590_is_not_a_verb_of_1590() -> None:
    a = nmt.assess(_pattern("2006-03-03", verb="enticing"), today=TODAY, law="federal")
    flat = " ".join(a.explain().split())
    assert "the conduct is enticing, which is not a verb of § 1590." in flat
    later = nmt.assess(_pattern("2016-03-03", verb="enticing"), today=TODAY, law="federal")
    assert "which is not a verb of § 1590(a)" in " ".join(later.explain().split())


def test_the_court_form_and_the_memo_of_a_2005_act() -> None:
    pattern = _pattern("2005-03-03", means="force")  # open: the 2000 text has no force means
    a = nmt.assess(pattern, today=TODAY, law="federal")
    form = " ".join(instructions.render(a, pattern).split())
    assert "§ 1589(a)" not in form.replace("For § 1589(b) and § 1590(a) no pattern", "")
    page = memo.render(a, pattern=pattern)
    assert "§ 1589(a)" not in page


def test_one_act_that_may_fall_under_either_text_is_cited_as_both_allow() -> None:
    """An undated act (or one in the 2009 window) may fall under the 2000 text or the 2008
    text: its lines cite "§ 1589", right under both, and the 2008 text's (b) as it is."""
    assert of_one_act(A_1589, [VERSION_2000, VERSION_2008]) is VERSION_2000
    assert of_one_act(B_1589, [VERSION_2000, VERSION_2008]) is VERSION_2008
    a = nmt.assess(_pattern(None), today=TODAY, law="federal")
    j = a.finding("F", "L").jurisdictions["usc_1589"]
    assert j.counts[0].text_version is None  # judged under both texts, combined
    assert j.remaining and all(r.startswith("18 U.S.C. § 1589, ") for r in j.remaining)
    lines = a.finding("F", "L").side_by_side
    assert any(line.startswith("18 U.S.C. § 1589 [S]: ") for line in lines)
    assert any(line.startswith("18 U.S.C. § 1589(b) [S]: ") for line in lines)


def test_the_workbench_questions_cite_the_2000_text_as_the_summary_does() -> None:
    from nm_trafficking.workbench.needed import needed_words

    a = nmt.assess(_pattern("2005-03-03", means="force"), today=TODAY, law="federal")
    settles = [q["settles"] for q in needed_words(a.summary)]
    assert "§ 1589" in settles
    assert not any("§ 1589(a)" in s for s in settles)
