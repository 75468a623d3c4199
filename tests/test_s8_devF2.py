"""The court form (``--format instructions``) after review Y of session 8 (a district judge
reading the form alone): an act two texts may govern, which give it the same result, is drafted
with both texts named as the summary names them, and a definition only one of them has is said
to be so (Y2); the Indian-country point is said once, under the right heading, without a pointer
to the summary's note (Y4); the caution on a defendant under eighteen does not speak of a basic
sentence the form does not show (Y5); the evidence on file against a stated means carries its
§ 30-52-1 citation and is said with the § 30-52-1 part of the pair (Y6); an act in a period with
no text applied is a point of law where the summary asks it as one, and a section the summary
says is not at issue is not named (Y8)."""

from __future__ import annotations

from datetime import date
from typing import Any

import nm_trafficking as nmt
from nm_trafficking import statute, words
from nm_trafficking.render.instructions import (
    ADULT_SENTENCE,
    BOTH_GIVE,
    Instruction,
    PairForm,
    court_form,
    render,
)

TODAY = date(2026, 12, 7)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _assess(doc: dict[str, Any], **kw: Any) -> tuple[nmt.Assessment, nmt.FactPattern]:
    pattern = nmt.from_dict(doc)
    return nmt.assess(pattern, today=TODAY, **kw), pattern


def _pair(a: nmt.Assessment, pattern: nmt.FactPattern, d: str, v: str) -> PairForm:
    return next(p for p in court_form(a, pattern).pairs if (p.defendant, p.victim) == (d, v))


def _counted_text(a: nmt.Assessment, conduct: str, law: str) -> str:
    """The text the summary's count line names for the act under the law."""
    return next(c.laws[law].text for p in a.summary.pairs for c in p.counts if c.conduct == conduct)


# --- Y2: two texts, the same result ---------------------------------------------------------

_LABOR = {
    "labor": {
        "provided_or_obtained_labor_or_services": True,
        "labor_or_services_of_the_person": True,
        "for_labor_or_services": True,
    },
    "labor_means": {"threats_of_serious_harm": True},
}


def _obtaining(cid: str, day: str) -> dict[str, Any]:
    return {"id": cid, "actor": "F", "person": "L", "act": "obtaining", "date": day,
            "knowingly": True, "means_will_be_used": {"force": True},
            "to_subject_to": {"labor": True}, "federal": _LABOR}  # fmt: skip


THREATS_2009 = {
    "persons": [{"id": "F", "roles": ["trafficker"]},
                {"id": "L", "roles": ["victim"], "birth_date": "1980-01-01"}],
    "conduct": [_obtaining("o1", "2009-03-03"), _obtaining("o2", "2010-03-03")],
}  # fmt: skip
"""Forced labor by threats of serious harm on 3 March 2009 (the 2008 window: the 2000 and the
2008 texts of § 1589 both reach it alike) and on 3 March 2010 (the 2008 text alone)."""


def _1589(form: PairForm, day: str) -> Instruction:
    return next(i for i in form.instructions if i.law == "usc_1589" and i.act.endswith(f"on {day}"))


def test_an_act_two_texts_reach_alike_names_both_texts_as_the_summary_does() -> None:
    """The summary names the 2009 act's § 1589 text as the period with both texts; the form's
    "Text applied" named only the 2008 text."""
    a, pattern = _assess(THREATS_2009)
    form = _pair(a, pattern, "F", "L")
    law = statute.law("usc_1589")
    period, _ = law.version_for(date(2009, 3, 3))
    both = words.text_name(law, period)
    assert "as enacted 28 October 2000 [P] or as amended 23 December 2008 [S]" in both
    assert _counted_text(a, "o1", "usc_1589").endswith(both.removeprefix("18 U.S.C. "))
    applied = _1589(form, "3 March 2009").text_applied
    assert applied.startswith(f"{both}: {BOTH_GIVE}")
    assert applied.endswith("drafted in the words of the text as amended 23 December 2008 [S]")
    # the 2010 act: one text, named alone
    assert _1589(form, "3 March 2010").text_applied == words.text_name(law, law.versions[-1])


def test_a_definition_only_one_of_the_texts_has_is_said_to_be_so() -> None:
    """§ 1589(c)(2)'s "serious harm" is the 2008 text's; the reference says it was undefined
    before 2008 (federal reference § 2.3). The 2009 act's instruction gave it to the jury as if
    either text had it; the 2010 act's (the 2008 text alone) quotes it plainly."""
    a, pattern = _assess(THREATS_2009)
    form = _pair(a, pattern, "F", "L")
    (harm,) = [d for d in _1589(form, "3 March 2009").definitions if "serious harm" in d]
    assert harm.startswith('Definition (18 U.S.C. § 1589(c)(2) [S]): "(2) The term “serious harm”')
    assert harm.endswith(
        '" This definition is that of the text as amended 23 December 2008 [S]; the text as '
        "enacted 28 October 2000 [P] has none (reference § 2.3: “no definitions: ‘serious harm’ "
        "was undefined before 2008”): which text applies is a point of law."
    )
    (later,) = [d for d in _1589(form, "3 March 2010").definitions if "serious harm" in d]
    assert later.endswith('harm."')  # (no note: one text)
    text = _flat(render(a, pattern))
    assert text.count("The term “serious harm” means") == 1  # quoted once, then referred to
    assert "Definitions: as quoted above (18 U.S.C. § 1589(c)(2) [S])." in text


def test_the_note_is_kept_where_the_definition_is_referred_back_to() -> None:
    """With the 2010 act first in the form, the 2009 act's definition is referred back to, and
    what the other text has of it is still said."""
    doc = {**THREATS_2009, "conduct": [_obtaining("o2", "2010-03-03")]}
    doc["persons"] = [*THREATS_2009["persons"], {"id": "M", "roles": ["victim"], "age": 40}]
    doc["conduct"] = [
        _obtaining("o2", "2010-03-03"),
        {**_obtaining("o3", "2009-03-03"), "person": "M"},
    ]
    a, pattern = _assess(doc)
    text = _flat(render(a, pattern))
    assert text.count("The term “serious harm” means") == 1
    assert (
        "Definition (18 U.S.C. § 1589(c)(2) [S]): as quoted above. This definition is that of "
        "the text as amended 23 December 2008 [S]"
    ) in text


def test_an_enactment_day_the_texts_agree_on_names_both_texts() -> None:
    """§ 1591, patronizing on 11 April 2018 (Pub. L. 115-164's enactment day): the 2015 and the
    2018 texts give it the same result; both are named, and "commercial sex act", worded alike
    in both, carries no note."""
    doc = {
        "persons": [{"id": "A", "roles": ["trafficker"]},
                    {"id": "H", "roles": ["victim"], "birth_date": "2002-01-01"}],
        "conduct": [{"id": "pat", "actor": "A", "person": "H", "act": "patronizing",
                     "date": "2018-04-11", "knowingly": True,
                     "will_be_caused_to_engage_in_commercial_sexual_activity": True,
                     "federal": {
                         "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
                         "as_to_age": {"knew": True},
                         "as_to_commercial_sex_act": {"knew": True}}}],
    }  # fmt: skip
    a, pattern = _assess(doc)
    (i,) = [i for i in _pair(a, pattern, "A", "H").instructions if i.law == "usc_1591"]
    law = statute.law("usc_1591")
    period, _ = law.version_for(date(2018, 4, 11))
    assert i.text_applied.startswith(f"{words.text_name(law, period)}: {BOTH_GIVE}")
    assert "as amended 29 May 2015 [R] or as amended 11 April 2018 [R]" in i.text_applied
    assert _counted_text(a, "pat", "usc_1591").endswith(
        words.text_name(law, period).removeprefix("18 U.S.C. ")
    )
    (csa,) = i.definitions
    assert csa.endswith('received by any person."')


# --- Y4: Indian country ---------------------------------------------------------------------


def _reservation(defendant: dict[str, Any]) -> dict[str, Any]:
    return {
        "persons": [{"id": "D", "roles": ["recruiter"], **defendant},
                    {"id": "V", "roles": ["victim"], "birth_date": "2010-03-03"}],
        "conduct": [{"id": "r", "actor": "D", "person": "V", "act": "recruiting",
                     "date": "2026-05-05", "knowingly": True, "in_indian_country": True,
                     "will_be_caused_to_engage_in_commercial_sexual_activity": True}],
    }  # fmt: skip


def _indian_lines(form: PairForm) -> list[str]:
    return [line for line in form.points if "Indian" in line]


def test_a_non_indian_defendant_in_indian_country_is_said_once_under_who_may_prosecute() -> None:
    """The victim's status, not stated, decides nothing of the State's jurisdiction: the form
    said it again as "Open" after saying under "Who may prosecute" that the State has it."""
    a, pattern = _assess(_reservation({"indian": False}))
    assert any("Is V an Indian?" in q.text for q in a.summary.needed)  # (the summary asks it)
    (line,) = _indian_lines(_pair(a, pattern, "D", "V"))
    assert line.startswith("Who may prosecute (NMSA 1978, § 30-52-1): ")
    assert "whether or not V is one" in line


def test_an_indian_defendant_in_indian_country_is_said_once_as_open() -> None:
    """An Indian defendant: the State may lack jurisdiction whatever the victim's status (the
    summary's question of it says so): one "Open" line, Romero's."""
    a, pattern = _assess(_reservation({"indian": True}))
    (line,) = _indian_lines(_pair(a, pattern, "D", "V"))
    assert line.startswith("Open (NMSA 1978, § 30-52-1): ") and "Romero" in line


def test_the_form_points_to_no_note_of_the_summary() -> None:
    """The defendant's status not stated: the summary's question is the form's "Open" line,
    without its pointer to the summary's note (the form is read alone)."""
    for victim, ends in ((False, "whether the State has jurisdiction."), (None, "prosecute.")):
        doc = _reservation({})
        if victim is not None:
            doc["persons"][1]["indian"] = victim
        a, pattern = _assess(doc)
        (line,) = _indian_lines(_pair(a, pattern, "D", "V"))
        assert line.startswith("Open (NMSA 1978, § 30-52-1): ")
        assert line.endswith(ends)
        assert "(see the" not in render(a, pattern)


# --- Y5: a defendant under eighteen -------------------------------------------------------


def _child(believed: int | None) -> dict[str, Any]:
    act: dict[str, Any] = {
        "id": "bo", "actor": "B", "person": "O", "act": "soliciting", "date": "2026-03-03",
        "knowingly": True, "will_be_caused_to_engage_in_commercial_sexual_activity": True,
    }  # fmt: skip
    if believed is not None:
        act["believed_age"] = believed
    return {
        "persons": [{"id": "B", "roles": ["recruiter"], "birth_date": "2009-01-10"},
                    {"id": "O", "roles": ["victim"],
                     "birth_date": "1990-01-01" if believed else "2011-05-05"}],
        "conduct": [act],
    }  # fmt: skip


def _child_caution(a: nmt.Assessment) -> str:
    return next(
        c.text
        for p in a.summary.pairs
        for law in p.laws
        for c in law.cautions
        if c.kind == "child_defendant"
    )


def test_the_child_defendant_caution_speaks_of_no_basic_sentence_the_form_does_not_show() -> None:
    a, pattern = _assess(_child(None))
    summary = _child_caution(a)
    assert summary.endswith(ADULT_SENTENCE)  # the summary's line shows a basic sentence
    form = render(a, pattern)
    assert "basic sentence" not in form
    assert _flat(summary.removesuffix(ADULT_SENTENCE)) in _flat(form)


def test_the_sentence_is_kept_where_the_form_shows_a_basic_sentence() -> None:
    """A sting: the attempt's line on the form gives its basic sentence (the summary's words),
    which the caution's sentence is of."""
    a, pattern = _assess(_child(14))
    form = _flat(render(a, pattern))
    assert "(basic sentence 3 years [S])" in form
    assert _flat(_child_caution(a)) in form


# --- Y6: evidence on file against a stated means -------------------------------------------


def _battering(fraud: str) -> dict[str, Any]:
    return {
        "persons": [{"id": "E", "roles": ["trafficker"]},
                    {"id": "W", "roles": ["victim"], "birth_date": "1995-02-02"}],
        "conduct": [{"id": "o", "actor": "E", "person": "W", "act": "obtaining",
                     "date": "2024-04-04", "knowingly": True,
                     "means_will_be_used": {"force": False, "fraud": fraud, "coercion": False},
                     "to_subject_to": {"labor": True}}],
        "observations": [{"id": "ob1", "indicator": "force.battering", "actor": "E",
                          "person": "W", "date": "2024-04-10"}],
    }  # fmt: skip


_EVIDENCE = "Evidence on file (NMSA 1978, § 30-52-1): 1 indicator of force by E toward W"


def test_evidence_on_file_is_cited_and_said_after_the_state_instruction() -> None:
    """(A)(1) open (fraud not stated): the caution follows the § 30-52-1 instruction, before the
    first federal one (it was said after § 1590(a)'s, uncited, where it could be read as of
    § 1589(a)'s "by means of force")."""
    a, pattern = _assess(_battering("unknown"))
    form = _pair(a, pattern, "E", "W")
    assert [line[: len(_EVIDENCE)] for line in form.state_cautions] == [_EVIDENCE]
    assert not any(line.startswith("Evidence on file") for line in form.cautions)
    text = _flat(render(a, pattern))
    at = text.index(_EVIDENCE)
    assert (
        text.index("NMSA 1978, § 30-52-1(A)(1) — Force") < at < text.index("18 U.S.C. § 1589(a) —")
    )


def test_evidence_on_file_follows_the_line_saying_no_state_instruction_is_drafted() -> None:
    a, pattern = _assess(_battering("false"))
    form = _pair(a, pattern, "E", "W")
    assert not form.state_cautions
    nothing = list(form.nothing)
    state = nothing.index(
        "NMSA 1978, § 30-52-1: no paragraph is met or open on the facts stated; no instruction is "
        "drafted."
    )
    assert nothing[state + 1].startswith(_EVIDENCE)


# --- Y8: a period with no text applied ------------------------------------------------------


def test_a_period_with_no_text_is_the_summarys_point_of_law_and_an_unasked_section_is_unsaid() -> (
    None
):
    """Forced labor on 3 March 2009: the summary asks which text of § 1590 applies, as a point of
    law, and says § 1591 (a commercial sex act) is not at issue; the form said "no text … is
    encoded" of both."""
    a, pattern = _assess(THREATS_2009)
    asked = [q for q in a.summary.needed if q.element == "text" and q.law == "usc_1590"]
    assert [q.kind for q in asked] == ["point_of_law"]
    assert not any(q.law == "usc_1591" for q in a.summary.needed)
    form = _pair(a, pattern, "F", "L")
    assert not any("is encoded for" in line for line in form.nothing)
    assert not any("§ 1591" in line for line in form.nothing)
    (line,) = [x for x in form.nothing if "§ 1590" in x]
    assert line == (
        "Obtaining L on 3 March 2009: which text of 18 U.S.C. § 1590 applies is a point of law, "
        "not a fact to establish (23 December 2008 to 31 December 2009: the 2008 Act's effective "
        "date is UNVERIFIED); no instruction is drafted."
    )
