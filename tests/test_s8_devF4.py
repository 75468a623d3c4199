"""Court form, fourth task of dev F in session 8.

Review Z3 2: a federal section the summary says is not at issue for the pair (its `not_asked`:
no fact stated puts a commercial sex act, or the person's labor or services, at issue) was still
named on the form: in the "Not drafted, though open" line, in the § 1594(a) attempt a sting
leaves under § 1591, and in an "Open" line on § 1591's jurisdiction element. It is not named at
all; a pair the form would then say nothing of gets one line saying why, in the summary's words.

Review Z1 F1: where the reference says the text had no definition ("no definitions: 'serious
harm' was undefined before 2008", federal reference § 2.3, of § 1589 as enacted in 2000), the
form said "the reference gives no wording of it", as if only the library lacked it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import nm_trafficking as nmt
from nm_trafficking.render.instructions import PairForm, court_form, render

TODAY = date(2026, 12, 7)
NO_DEFINITIONS = "(reference § 2.3: “no definitions: ‘serious harm’ was undefined before 2008”)"


def _flat(text: str) -> str:
    return " ".join(text.split())


def _assess(doc: dict[str, Any], **kw: Any) -> tuple[nmt.Assessment, nmt.FactPattern]:
    pattern = nmt.from_dict(doc)
    return nmt.assess(pattern, today=TODAY, **kw), pattern


def _form(doc: dict[str, Any], **kw: Any) -> tuple[nmt.Assessment, PairForm, str]:
    a, pattern = _assess(doc, **kw)
    (pair,) = court_form(a, pattern).pairs
    return a, pair, _flat(render(a, pattern))


def _lines(pair: PairForm) -> list[str]:
    return [
        *(f"{i.citation} {i.act}" for i in pair.instructions),
        *pair.nothing,
        pair.left_out or "",
        *pair.related,
        *pair.points,
        *pair.cautions,
        *pair.state_cautions,
    ]


def _not_asked(a: nmt.Assessment) -> set[str]:
    return {x.law for p in a.summary.pairs for x in p.laws if x.not_asked}


def _doc(act: dict[str, Any], victim: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "persons": [
            {"id": "D", "roles": ["trafficker"], "indian": False},
            {"id": "V", "roles": ["victim"], **(victim or {"birth_date": "1990-03-01"})},
        ],
        "conduct": [{"id": "c", "actor": "D", "person": "V", "knowingly": True, **act}],
    }


BENEFIT = _doc({"act": "benefiting", "date": "2019-12-08", "benefit": {"financially": True}})
"""Review Z3's f1: D benefits financially from V, an adult; no purpose is stated."""

SEX = {"will_be_caused_to_engage_in_commercial_sexual_activity": True}


# --- Z3 2: a section not at issue is not named ----------------------------------------------


def test_the_not_drafted_line_names_no_section_the_summary_says_is_not_at_issue() -> None:
    a, pair, text = _form(BENEFIT)
    assert _not_asked(a) == {"usc_1591", "usc_1589"}
    left = _flat(pair.left_out or "")
    assert "NMSA 1978, § 30-52-1(A)(3) (force, fraud or coercion used)" in left  # still named
    for line in _lines(pair):
        assert "§ 1591" not in line and "§ 1589" not in line, line
    assert "§ 1591(a)(2) (force" not in text and "§ 1589(b) (a venture" not in text


def test_a_section_at_issue_is_still_named_as_not_drafted() -> None:
    """With a commercial sex act at issue, § 1591(a)(2)'s means prong, which no fact stated
    supports, is named as before."""
    _, pair, _ = _form(_doc({**BENEFIT["conduct"][0], **SEX}))
    assert "18 U.S.C. § 1591(a)(2) (force, threats of force, fraud or coercion)" in _flat(
        pair.left_out or ""
    )
    assert "§ 1589" not in (pair.left_out or "")  # (labor still not at issue)


DECOY = _doc(
    {"act": "enticing", "date": "2017-06-09", "believed_age": 10}, {"birth_date": "1980-01-01"}
)
"""D entices V, an adult D believed to be 10; nothing is stated of a commercial sex act."""


def test_a_stings_federal_attempt_is_not_named_where_1591_is_not_at_issue() -> None:
    a, pair, _ = _form(DECOY)
    assert "usc_1591" in _not_asked(a)
    assert any(r.startswith("Attempt (NMSA 1978, § 30-28-1(A) [S])") for r in pair.related)
    assert not [r for r in pair.related if "§ 1594" in r or "§ 1591" in r]
    # with a commercial sex act at issue, the § 1594(a) attempt is named beside the state's
    a, pair, _ = _form(_doc({**DECOY["conduct"][0], **SEX}, {"birth_date": "1980-01-01"}))
    assert "usc_1591" not in _not_asked(a)
    assert any(r.startswith("Attempt (18 U.S.C. § 1594(a) [S])") for r in pair.related)


SMTJ = _doc(
    {
        "act": "recruiting",
        "date": "2019-06-09",
        "in_indian_country": True,
        "federal": {"jurisdiction": {"within_special_maritime_and_territorial_jurisdiction": True}},
    }
)
"""A recruiting in Indian country with a special maritime and territorial jurisdiction stated."""


def test_no_open_jurisdiction_line_for_a_section_not_at_issue() -> None:
    a, pair, _ = _form(SMTJ)
    assert "usc_1591" in _not_asked(a)
    assert not [p for p in pair.points if "§ 1591" in p]
    assert any(p.startswith("Who may prosecute (NMSA 1978, § 30-52-1)") for p in pair.points)
    a, pair, _ = _form(_doc({**SMTJ["conduct"][0], **SEX}))
    assert "usc_1591" not in _not_asked(a)
    opened = "Open (18 U.S.C. § 1591): The jurisdiction element"
    assert any(p.startswith(opened) for p in pair.points)


def test_a_pair_with_no_section_at_issue_says_why_without_naming_them() -> None:
    """Under the federal sections alone, a recruiting with no purpose stated is open under each,
    and the summary asks none of their questions: the pair's form said "Not drafted" of each; it
    now says why no instruction is drafted, without naming them."""
    doc = _doc({"act": "recruiting", "date": "2019-12-08"})
    a, pair, text = _form(doc, law="federal")
    assert _not_asked(a) == {"usc_1591", "usc_1589", "usc_1590"}
    assert pair.nothing == (
        "No instruction is drafted: no fact stated puts at issue a commercial sex act by V, or V's "
        "labor or services, so the summary asks none of the questions of the sections that reach "
        "them.",
    )
    assert pair.left_out is None and not pair.instructions
    assert "No instruction is drafted: no fact stated puts at issue a commercial sex act" in text


# --- Z1 F1: a text that had no definition ---------------------------------------------------

_LABOR = {
    "means_will_be_used": {"force": True},
    "to_subject_to": {"labor": True},
    "federal": {
        "labor": {
            "provided_or_obtained_labor_or_services": True,
            "labor_or_services_of_the_person": True,
            "for_labor_or_services": True,
        },
        "labor_means": {"threats_of_serious_harm": True},
    },
}


def _forced_labor(day: str) -> dict[str, Any]:
    return _doc({"act": "obtaining", "date": day, **_LABOR}, {"birth_date": "1980-01-01"})


def _harm(pair: PairForm) -> str:
    (i,) = [i for i in pair.instructions if i.law == "usc_1589"]
    (d,) = [d for d in i.definitions if "serious harm" in d]
    return d


def test_the_2000_text_is_said_to_have_had_no_definition_in_the_2008_window() -> None:
    """Review Z1 F1 (y15): an act in the 2008 window, drafted in the 2008 text's words."""
    _, pair, text = _form(_forced_labor("2009-03-03"))
    assert _harm(pair).endswith(
        '" This definition is that of the text as amended 23 December 2008 [S]; the text as '
        f"enacted 28 October 2000 [P] has none {NO_DEFINITIONS}: which text applies is a point "
        "of law."
    )
    assert "gives no wording" not in text


def test_an_act_under_the_2000_text_alone_is_told_it_defines_no_term() -> None:
    _, pair, text = _form(_forced_labor("2005-03-03"))
    said = f"Definition of “serious harm”: none in the text applied {NO_DEFINITIONS}."
    assert _harm(pair) == said
    assert "gives no wording" not in text


def test_a_text_whose_wording_the_reference_only_lacks_still_says_so() -> None:
    """§ 1591 as amended 29 May 2015 [R]: the reference gives no wording of "venture"; it does
    not say the text had no definition, so the form says only that it is not quoted."""
    doc = _doc(
        {"act": "benefiting", "date": "2017-06-01", "benefit": {"financially": True}, **SEX},
        {"birth_date": "2001-01-01"},
    )
    _, pair, _ = _form(doc)
    (i,) = [i for i in pair.instructions if i.citation == "18 U.S.C. § 1591(a)(2)"]
    assert (
        "Definition of “venture”: not quoted; the reference gives no wording of it for the text "
        "applied."
    ) in i.definitions
