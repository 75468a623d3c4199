"""A § 1589 act in the 2008 window judged under both texts: a band the 2000 text gives is worded
as the 2000 text's own provision — its concluding provisions, labelled [P] (reference § 2.3) —
never as § 1589(d) [S], the 2008 text's (the last session's closing note)."""

from __future__ import annotations

from datetime import date
from typing import Any

import nm_trafficking as nmt
from nm_trafficking.statute.usc_18.s1589.v2000 import PENALTY as PENALTY_2000
from nm_trafficking.statute.usc_18.s1589.v2008 import PENALTY as PENALTY_2008
from tests.test_federal_window import LABOR
from tests.test_federal_window import _assess as in_the_window

TODAY = date(2026, 12, 7)
LIFE_2000 = (
    "18 U.S.C. § 1589 (2000), concluding provisions: "
    "a fine or imprisonment for any term of years or life, or both [P]"
)
LIFE_D = "18 U.S.C. § 1589(d): a fine, imprisonment for any term of years or life, or both [S]"
TWENTY_D = "18 U.S.C. § 1589(d): a fine, imprisonment for not more than 20 years, or both [S]"
OTHERS = ("death_results", "kidnapping", "attempt_to_kidnap", "aggravated_sexual_abuse")


def _assess(**aggravation: bool) -> nmt.Assessment:
    """Forced labor obtained by threats of serious harm on 1 May 2009 (the window), the
    attempt to commit aggravated sexual abuse established; ``aggravation``: the others."""
    act = {
        "act": "obtaining",
        "federal": {
            "labor": LABOR,
            "labor_means": {"threats_of_serious_harm": True},
            "aggravation": {"attempt_to_commit_aggravated_sexual_abuse": True, **aggravation},
        },
    }
    return in_the_window(act)


def _1589(a: nmt.Assessment) -> Any:
    return a.finding("E", "W").jurisdictions["usc_1589"]


def _grading(a: nmt.Assessment) -> str:
    (pair,) = a.summary.pairs
    return next(law.grading.words for law in pair.laws if law.law == "usc_1589")


def test_the_data_is_the_reference_s() -> None:
    """The 2000 text's punishment is its concluding provisions [P]; the 2008 text's § 1589(d)."""
    assert PENALTY_2000.aggravated.citation == "18 U.S.C. § 1589 (2000), concluding provisions"
    assert PENALTY_2008.aggravated.citation == "18 U.S.C. § 1589(d)"


def test_life_under_both_texts_names_each_text_s_provision() -> None:
    """The attempt to commit aggravated sexual abuse established, the other aggravations not
    stated: life under the 2000 text; under § 1589(d), 20 years or life. The life band of each
    is named from its own text, with its own label."""
    a = _assess()
    j = _1589(a)
    count = j.count("w")
    head = count.penalty.reason.partition(" (which text applied")[0]
    # most serious first, each text's provision together (review G11, G13)
    assert head == (
        f"which text applies and the facts leave open: {LIFE_2000} or {LIFE_D} or {TWENTY_D}"
    )
    assert count.penalty.possible == [
        PENALTY_2008.base.id,
        PENALTY_2000.aggravated.id,
        PENALTY_2008.aggravated.id,
    ]
    assert j.penalty.words == f"the facts leave open: {LIFE_2000} or {LIFE_D} or {TWENTY_D}"
    grading = _grading(a)
    assert grading.startswith(
        "one of § 1589 (2000), concluding provisions: up to life if death results or a listed "
        "aggravation [P]; or § 1589(d): up to life if death results or a listed aggravation, or "
        "up to 20 years [S]"
    )


def test_life_under_the_2000_text_alone_keeps_its_label_beside_the_2008_text_s_band() -> None:
    a = _assess(**dict.fromkeys(OTHERS, False), attempt_to_kill=False)
    assert _1589(a).count("w").penalty.possible == [
        PENALTY_2008.base.id,
        PENALTY_2000.aggravated.id,
    ]
    # the aggravation the 2000 text alone lists, stated, is named in its band
    assert _grading(a).startswith(
        "one of § 1589 (2000), concluding provisions: up to life (the violation includes the "
        "attempt to commit aggravated sexual abuse) [P] or § 1589(d): up to 20 years [S]"
    )
