"""An undated act under the federal sections, judged under every text its possible days fall
under and combined as § 30-52-1's are (``acts.law_contexts``, ``undated.combine``; review 6,
item 6)."""

from __future__ import annotations

from datetime import date
from typing import Any

import nm_trafficking as nmt
from nm_trafficking.citations import text_named
from nm_trafficking.reasoning import acts, jurisdictions, undated
from nm_trafficking.rules.engine import Engine
from nm_trafficking.statute.usc_18.s1589 import USC_1589
from nm_trafficking.statute.usc_18.s1591 import USC_1591

TODAY = date(2026, 12, 7)
A1_MINOR = "18 U.S.C. § 1591(a)(1) minor"


def _pattern(act: str, born: str, **federal: Any) -> nmt.FactPattern:
    return nmt.FactPattern.model_validate(
        {
            "persons": [{"id": "D"}, {"id": "V", "birth_date": born}],
            "conduct": [
                {
                    "id": "c",
                    "actor": "D",
                    "person": "V",
                    "act": act,
                    "knowingly": True,
                    "will_be_caused_to_engage_in_commercial_sexual_activity": True,
                    "federal": {
                        "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
                        "as_to_age": {"knew": True},
                        "as_to_commercial_sex_act": {"knew": True},
                        **federal,
                    },
                }
            ],
        }
    )


def _s1591(pattern: nmt.FactPattern) -> Any:
    return nmt.assess(pattern, today=TODAY, law="federal").findings[0].jurisdictions["usc_1591"]


def _verdict(pattern: nmt.FactPattern, law: Any) -> Any:
    ctxs = acts.contexts(pattern, today=TODAY)
    return jurisdictions.verdicts(law, ctxs, Engine())[0]


def test_p14_every_text_has_the_verb_and_the_minor_prong_so_it_is_met() -> None:
    """Born 2012: the 2008 [R], 2015 [R] and 2018 [S] texts all have "recruits" and the minor
    prong: met; only the band is open, (b)(1) under 14 or (b)(2) from 14 (aged 0 to 14), each
    text's band named."""
    law = _s1591(_pattern("recruiting", "2012-05-05"))
    assert law.status == "met" and law.prongs[A1_MINOR].status == "met"
    assert law.texts == ["usc-1591-2008", "usc-1591-2015", "usc-1591-2018b"]
    (count,) = law.counts
    assert count.text_version is None  # no one text applies
    assert count.penalty.status == "undetermined"
    assert sorted(count.penalty.possible) == ["(b)(1)", "(b)(2)"]
    for text in law.texts:  # each text as the counts name it (review Z1 F2 of session 8)
        assert f"under {text_named(USC_1591.version(text))}" in count.penalty.reason
    assert {label.code for label in law.labels} == {"[R]", "[S]"}


def test_p14_every_possible_day_is_after_3299_so_there_is_no_limitation_period() -> None:
    law = _s1591(_pattern("recruiting", "2012-05-05"))
    (note,) = [n for n in law.notes if n.kind == "limitation_period"]
    assert "the undated recruiting: no limitation period." in note.text
    assert "if the act is on or after" not in note.text
    born_2000 = _s1591(_pattern("recruiting", "2000-01-01"))
    (early,) = [n for n in born_2000.notes if n.kind == "limitation_period"]
    assert "no limitation period if the act is on or after 27 July 2006" in early.text


def test_p14_does_not_turn_on_the_date_but_advertising_across_2015_does() -> None:
    """Whether the date would change the answer: not for p14's statuses; for advertising,
    which is no verb of § 1591(a)(1) before 29 May 2015, yes — and the conduct element's
    reason names each text's answer."""
    p14 = _verdict(_pattern("recruiting", "2012-05-05"), USC_1591)
    assert not undated.turns_on_date(p14)
    ad = _verdict(_pattern("advertising", "2011-01-01"), USC_1591)
    assert undated.turns_on_date(ad) and jurisdictions.date_matters(ad)
    law = _s1591(_pattern("advertising", "2011-01-01"))
    assert law.prongs[A1_MINOR].status == "undetermined"
    elements = {e.element: e for e in law.counts[0].prongs[A1_MINOR].elements}
    conduct = elements["conduct"]
    assert conduct.status == "undetermined"
    assert "not a verb of § 1591(a)(1)" in conduct.reason
    assert (
        "under 18 U.S.C. § 1591 as amended 29 May 2015 [R], the conduct is advertising, a verb"
        in (conduct.reason)
    )
    assert elements["knowingly"].status == "met"  # every text agrees


def test_a_paragraph_a_text_lacks_is_not_met_under_it() -> None:
    """§ 1589(b) (benefit from a forced-labor venture) is no offense of the 2000 text: an
    undated benefiting that may be from 2006 on meets it under the 2008 text only — open."""
    pattern = nmt.FactPattern.model_validate(
        {
            "persons": [{"id": "D"}, {"id": "V", "birth_date": "2006-01-01"}],
            "conduct": [
                {
                    "id": "b",
                    "actor": "D",
                    "person": "V",
                    "act": "benefiting",
                    "knowingly": True,
                    "benefit": {"financially": True},
                    "federal": {
                        "venture": {
                            "participated": True,
                            "benefit_from_participation": True,
                            "engaged_in_labor_or_services_by_1589_means": True,
                            "as_to_labor_means": {"knew": True},
                        }
                    },
                }
            ],
        }
    )
    v = _verdict(pattern, USC_1589)
    assert [u.ctx.version.id for u in v.under] == ["usc-1589-2000", "usc-1589-2008"]
    b = v.ctx.version.citations.index("18 U.S.C. § 1589(b)")
    assert [u.paragraphs[b] for u in v.under] == ["not_met", "met"]
    assert v.paragraphs[b] == "undetermined"
    law = nmt.assess(pattern, today=TODAY, law="federal").findings[0].jurisdictions["usc_1589"]
    elements = law.counts[0].prongs["18 U.S.C. § 1589(b)"].elements
    # the 2000 text named as the counts name it (review Z1 F2 of session 8)
    lacks = "18 U.S.C. § 1589 as enacted 28 October 2000 [P] has no 18 U.S.C. § 1589(b)"
    assert all(lacks in e.reason for e in elements)


def test_the_window_of_1589_gives_both_texts_each_over_its_own_days() -> None:
    """The 2008 window (either § 1589 text may apply): the 2000 text runs to its end, the 2008
    text from its start; each candidate's age is the victim's on its own days."""
    ctx = acts.contexts(_pattern("obtaining", "2006-01-01"), today=TODAY)[0]
    (law_ctx,) = acts.law_contexts(USC_1589, [ctx])
    spans = [(c.version.id, c.first_day, c.last_day) for c in law_ctx.candidates]
    assert spans == [
        ("usc-1589-2000", date(2006, 1, 1), date(2009, 12, 31)),
        ("usc-1589-2008", date(2008, 12, 23), TODAY),
    ]
    ages = [(c.age.lo, c.age.hi) for c in law_ctx.candidates if c.age is not None]
    assert ages == [(0, 3), (2, 20)]


def test_an_act_that_may_predate_the_section_is_never_met() -> None:
    """Born 1995: the act may be from before 28 October 2000 (no § 1591: not met), from a
    period with no text (nothing decided) or later: nothing is met, and a prong every text
    defeats (no benefiting: (a)(2)) is not met."""
    v = _verdict(_pattern("recruiting", "1995-06-01"), USC_1591)
    ids = [u.ctx.version.id for u in v.under]
    assert ids[:3] == ["usc-1591-before-2000", "usc-1591-none-2000", "usc-1591-none-2008-window"]
    law = _s1591(_pattern("recruiting", "1995-06-01"))
    assert law.prongs[A1_MINOR].status == "undetermined"
    assert law.prongs["18 U.S.C. § 1591(a)(2) minor"].status == "not_met"
    assert law.counts[0].penalty.status == "undetermined"


def test_an_undated_acts_age_under_a_federal_section_is_over_the_days_judged_there() -> None:
    """Review 9: an undated act toward a woman born in 1980, judged under § 1591 from her birth
    (before and across its texts), was shown "aged 28 to 46" — the state window's ages (from
    1 July 2008) — beside "between 1 January 1980 and 7 December 2026"."""
    pattern = _pattern("recruiting", "1980-01-01")
    (ctx,) = acts.law_contexts(USC_1591, acts.contexts(pattern, today=TODAY))
    assert ctx.candidates and ctx.first_day == date(1980, 1, 1)
    assert ctx.age is not None and (ctx.age.lo, ctx.age.hi) == (0, 46)
    text = nmt.assess(pattern, today=TODAY, law="federal").explain()
    # the age over a window from the birth to an adult age: not known (session 7: "aged 0 to
    # 46" is no age a lawyer would give); the field keeps the range
    assert "1980 and 7 December 2026) — V's age at the act not known" in " ".join(text.split())
    assert "aged 28 to 46" not in text
