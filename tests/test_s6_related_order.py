"""Where a pair's related offenses stand among its law lines (review H, finding 4): a state
offense (an attempt, a § 30-28-2 conspiracy) directly under § 30-52-1's line, a federal one (a
§ 1594 conspiracy) after the last federal section's line, so the decision of every law comes
first. Before, the § 1594 paragraph stood between § 30-52-1's line and § 1591's."""

from __future__ import annotations

import html
import json
import re
from datetime import date
from typing import Any

import nm_trafficking as nmt
from nm_trafficking.render import summary_text

_PATTERN: dict[str, Any] = {
    "persons": [{"id": "A"}, {"id": "B"}, {"id": "J", "birth_date": "2008-12-20"}],
    "conduct": [
        {
            "id": "rec",
            "actor": "A",
            "person": "J",
            "act": "recruiting",
            "date": "2025-11-02",
            "knowingly": True,
            "will_be_caused_to_engage_in_commercial_sexual_activity": True,
            "agreement": {"with_persons": ["B"], "to_commit_this_act": True},
            "federal": {
                "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
                "as_to_age": {"knew": True},
                "as_to_commercial_sex_act": {"knew": True},
            },
        }
    ],
}


def _flat(text: str) -> str:
    return " ".join(text.split())


def _result(law: str = "all") -> nmt.Assessment:
    return nmt.assess(nmt.from_dict(_PATTERN), today=date(2026, 12, 7), law=law)


def _order(text: str, *marks: str) -> list[int]:
    return [text.index(m) for m in marks]


_MARKS = (
    "§ 30-52-1: MET",
    "Related offense — conspiracy (NMSA 1978",
    "§ 1591: MET",
    "§ 1590:",
    "Related offense — conspiracy (18 U.S.C.",
)


def test_the_slots_put_state_offenses_under_the_state_line_and_federal_ones_last() -> None:
    (pair, *_) = _result().summary.pairs
    kinds = [o.citation.startswith("18 U.S.C.") for o in pair.related_offenses]
    assert kinds == [False, True]
    assert summary_text.related_slots(pair) == [1, len(pair.laws)]


def test_text_markdown_html_and_memo_give_every_law_before_the_federal_conspiracy() -> None:
    result = _result()
    text = _flat(result.explain())
    text = text[: text.index("Count:")]
    assert _order(text, *_MARKS) == sorted(_order(text, *_MARKS))
    md = result.to_markdown()
    block = md[md.index("## A toward J") :]
    block = block[: block.index("\n\n", block.index("- "))]
    bullets = [b for b in block.splitlines() if b.startswith("- ")]
    assert bullets[0].startswith("- § 30-52-1")
    assert bullets[1].startswith("- Related offense — conspiracy (NMSA 1978")
    assert bullets[-1].startswith("- Related offense — conspiracy (18 U.S.C.")
    assert bullets[-2].startswith("- § 1590")
    page = result._repr_html_()
    items = re.findall(r"<li>(.*?)</li>", page[page.index("<h4>A toward J</h4>") :], re.S)
    heads = [html.unescape(re.sub(r"<[^>]+>", "", i)).strip()[:40] for i in items[:6]]
    assert heads[0].startswith("§ 30-52-1:") and heads[1].startswith("Related offense")
    assert heads[2].startswith("§ 1591:") and heads[4].startswith("§ 1590:")
    assert heads[5].startswith("Related offense — conspiracy (18 U.S.C.")
    memo = _flat(html.unescape(re.sub(r"<[^>]+>", " ", result.memo())))
    memo = memo[memo.index("1. Conclusions") : memo.index("2. Counts")]
    assert _order(memo, *_MARKS) == sorted(_order(memo, *_MARKS))


def test_under_federal_law_alone_the_conspiracy_follows_the_sections() -> None:
    text = _flat(_result("federal").explain())
    assert text.index("§ 1590:") < text.index("Related offense — conspiracy (18 U.S.C.")


# --- the § 1594 line: the sections at issue, said once (review H, finding 4) --------------------


def _two_parties() -> dict[str, Any]:
    """A recruits J, B (who agreed) transports her: one agreement, two pairs."""
    data: dict[str, Any] = json.loads(json.dumps(_PATTERN))
    second = dict(data["conduct"][0], id="drv", actor="B", act="transporting", date="2025-11-09")
    second.pop("agreement")
    data["conduct"].append(second)
    return data


def test_a_sex_case_conspiracy_names_only_1591_and_quotes_only_1594_c() -> None:
    """No fact of the act agreed to concerns J's labor or services (§§ 1589 and 1590 are open
    and not asked): the line named them ("may meet § 1589 and § 1590") and quoted § 1594(b)."""
    text = _flat(_result().explain())
    line = text[text.index("Related offense — conspiracy (18 U.S.C.") :]
    line = line[: line.index("Count:")]
    assert line.startswith("Related offense — conspiracy (18 U.S.C. § 1594(c) [S])")
    assert "which meets § 1591:" in line
    assert "§ 1589" not in line and "§ 1594(b)" not in line


def test_a_conspiracy_said_in_full_once_is_referred_to_under_the_other_pair() -> None:
    pattern = nmt.from_dict(_two_parties())
    result = nmt.assess(pattern, today=date(2026, 12, 7))
    lines = [
        line
        for pair in result.summary.pairs
        for line in pair.related
        if line.startswith("Related offense — conspiracy (18 U.S.C.")
    ]
    assert len(lines) == 2
    assert "knowingly combined with B to commit" in lines[0] and "limitation" in lines[0]
    assert lines[1] == (
        "Related offense — conspiracy (18 U.S.C. § 1594(c) [S]): the § 1594 conspiracy of A and "
        "B above (one agreement; B's own knowing combination is not stated; only A's, with B)."
    )


def test_a_conspiracy_whose_sections_are_only_open_and_not_at_issue_has_no_federal_line() -> None:
    """An agreement to a harboring toward an adult for services, with no federal fact: § 1591
    would be the only federal section open, and no fact concerns a commercial sex act."""
    data: dict[str, Any] = {
        "persons": [{"id": "A"}, {"id": "B"}, {"id": "W", "birth_date": "1990-01-01"}],
        "conduct": [
            {
                "id": "h",
                "actor": "A",
                "person": "W",
                "act": "recruiting",
                "date": "2025-11-02",
                "knowingly": True,
                "agreement": {"with_persons": ["B"], "to_commit_this_act": True},
            }
        ],
    }
    result = nmt.assess(nmt.from_dict(data), today=date(2026, 12, 7), law="federal")
    related = [line for pair in result.summary.pairs for line in pair.related]
    assert not any(line.startswith("Related offense — conspiracy (18 U.S.C.") for line in related)
