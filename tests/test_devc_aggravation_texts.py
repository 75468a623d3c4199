"""The question of §§ 1589, 1590's aggravations lists those of every text that may apply, each
once, in the texts' own words: in the 2008 window of § 1589 both the 2000 text and § 1589(d)
may apply, and only the 2000 text lists "the attempt to commit aggravated sexual abuse"
(reference §§ 1.2, 2.3; docs/federal.md, decision 2)."""

from __future__ import annotations

from datetime import date
from typing import Any

from nm_trafficking.statute.usc_18.s1589.v2000 import PENALTY as PENALTY_2000
from nm_trafficking.statute.usc_18.s1589.v2008 import PENALTY as PENALTY_2008
from tests.test_federal_window import LABOR
from tests.test_federal_window import _assess as on_a_day

TODAY = date(2026, 12, 7)
ATTEMPT = "the attempt to commit aggravated sexual abuse"


def _question(day: str, **aggravation: bool) -> Any:
    """The § 1589 penalty question of forced labor obtained by threats of serious harm on
    ``day``, the aggravations as given (the others not stated)."""
    act = {
        "act": "obtaining",
        "federal": {
            "labor": LABOR,
            "labor_means": {"threats_of_serious_harm": True},
            "aggravation": aggravation,
        },
    }
    a = on_a_day(act, day)
    (q,) = [q for q in a.summary.needed if q.law == "usc_1589" and q.element == "grade"]
    return q


def test_the_words_are_the_texts_own() -> None:
    """The 2000 text lists the attempt in those words; § 1589(d) as read lists it not, and
    spells "kidnaping" (the 2000 text "kidnapping")."""
    assert ATTEMPT in PENALTY_2000.aggravated.words
    assert "attempt_to_commit_aggravated_sexual_abuse" in PENALTY_2000.aggravations
    assert "attempt_to_commit_aggravated_sexual_abuse" not in PENALTY_2008.aggravations
    assert "kidnaping" in PENALTY_2008.aggravated.words


def test_in_the_window_the_question_lists_the_aggravations_of_both_texts() -> None:
    q = _question("2009-06-01")
    asked = q.text.partition("? If so")[0]
    assert asked.endswith(
        "did the violation include kidnaping, an attempt to kidnap, aggravated sexual abuse, "
        f"{ATTEMPT} or an attempt to kill"
    )
    # each once, in the words of the text applied where it lists them (§ 1589(d): "kidnaping")
    assert asked.count("kidnap") == 2 and "kidnapping" not in q.text  # kidnaping, to kidnap
    assert asked.count("aggravated sexual abuse") == 2  # the abuse, and its attempt
    # what the answer gives says that only the 2000 text lists the attempt
    assert f"(for {ATTEMPT}, only under 18 U.S.C. § 1589 as enacted 28 October 2000 [P];" in q.text
    assert "which text applies is a point of law" in q.text
    assert q.citations == ["18 U.S.C. § 1589(d)", "18 U.S.C. § 1589 (2000), concluding provisions"]


def test_an_aggravation_stated_false_is_not_asked() -> None:
    q = _question("2009-06-01", attempt_to_commit_aggravated_sexual_abuse=False)
    assert ATTEMPT not in q.text and " only under " not in q.text
    # either text may apply, and the answer settles the band under each
    assert q.citations == ["18 U.S.C. § 1589(d)", "18 U.S.C. § 1589 (2000), concluding provisions"]


def test_one_text_alone_lists_its_own() -> None:
    """After the window only § 1589(d) applies: its aggravations alone; before it, the 2000
    text's, in its spelling."""
    after = _question("2010-06-01")
    assert ATTEMPT not in after.text and " only under " not in after.text
    assert after.citations == ["18 U.S.C. § 1589(d)"]
    before = _question("2005-06-01")
    assert ATTEMPT in before.text and "kidnapping" in before.text
    assert " only under " not in before.text


def test_where_the_texts_part_on_an_aggravation_only_one_lists_it_is_asked() -> None:
    """In the window, every aggravation § 1589(d) lists stated false and the attempt not
    stated: 20 years under § 1589(d), 20 years or life under the 2000 text. Which text applies
    is a point of law, and the fact that may make them agree is asked beside it."""
    others = ("death_results", "kidnapping", "attempt_to_kidnap", "aggravated_sexual_abuse")
    act = {
        "act": "obtaining",
        "federal": {
            "labor": LABOR,
            "labor_means": {"threats_of_serious_harm": True},
            "aggravation": dict.fromkeys((*others, "attempt_to_kill"), False),
        },
    }
    a = on_a_day(act, "2009-06-01")
    asked = [q for q in a.summary.needed if q.law == "usc_1589"]
    assert [(q.kind, q.element) for q in asked] == [("point_of_law", "text"), ("fact", "grade")]
    assert asked[1].text.startswith(f"Did the obtaining of 1 June 2009 include {ATTEMPT}? If so")
    assert asked[1].citations == [
        "18 U.S.C. § 1589(d)",
        "18 U.S.C. § 1589 (2000), concluding provisions",
    ]
