"""What the summary's lines of a federal section read more than once is worked out once per
act (the summary is the default document): an act's punishment under the section (its bands,
read for the section's grading and again for the act's count) and its limitation period (read
for the one note of each limitation rule). Nothing is kept past the summary: the figures
are counted within one assessment."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

import pytest

import nm_trafficking as nmt
from nm_trafficking.reasoning import jurisdictions, penalties, related_notes, summary
from tests.helpers import one_act

_PATTERNS = [
    {  # the typical pattern: sex trafficking of a girl of 15, every federal section open
        "victim": {"birth_date": "2003-05-10"},
        "knowingly": True,
        "means_will_be_used": {"fraud": True, "force": False},
        "to_subject_to": {"commercial_sexual_activity": True, "labor": False},
        "will_be_caused_to_engage_in_commercial_sexual_activity": True,
    },
    {  # undated, an age: judged under every text it may fall under
        "victim": {"age": 15},
        "date": None,
        "knowingly": True,
        "to_subject_to": {"labor": True},
        "federal": {"labor": {"for_labor_or_services": True}},
    },
]


def _pattern(given: dict[str, Any]) -> nmt.FactPattern:
    facts = dict(given)
    return one_act(victim=facts.pop("victim"), **facts)


@pytest.mark.parametrize("given", _PATTERNS)
def test_an_acts_punishment_is_worked_out_once_for_the_summary(
    given: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once for the section's finding, once for the summary's lines (the section's grading and
    each act's count): not again per line."""
    counted: Counter[int] = Counter()
    real = penalties.count_penalty

    def counting(verdict: Any, label: Any = None) -> Any:
        counted[id(verdict)] += 1
        return real(verdict, label)

    for module in (penalties, jurisdictions, summary):  # (the summary did not read it itself)
        monkeypatch.setattr(module, "count_penalty", counting, raising=module is not summary)
    a = nmt.assess(_pattern(given), today=date(2026, 12, 7))
    a.to_json()
    assert counted and max(counted.values()) <= 2, counted
    assert sorted(s.law for s in a.summary.pairs[0].laws)[1:] == [
        "usc_1589",
        "usc_1590",
        "usc_1591",
    ]


@pytest.mark.parametrize("given", _PATTERNS)
def test_an_acts_federal_periods_are_worked_out_once_for_the_summary(
    given: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The federal limitation note of each rule is made from each section's periods of the
    pair's acts, worked out once per section (not again for a note of the pair alone)."""
    laws: list[str] = []
    real = related_notes.federal_limitation_lines

    def counting(law_id: str, acts: Any) -> Any:
        laws.append(law_id)
        return real(law_id, acts)

    monkeypatch.setattr(related_notes, "federal_limitation_lines", counting)
    monkeypatch.setattr(summary, "federal_limitation_lines", counting)
    a = nmt.assess(_pattern(given), today=date(2026, 12, 7))
    notes = [n for n in a.summary.notes if n.kind == "limitation_period"]
    assert any("18 U.S.C." in (n.citation or "") for n in notes)  # a federal period is said
    assert laws and len(laws) == len(set(laws)), laws


@pytest.mark.parametrize("given", _PATTERNS)
def test_why_a_section_asks_nothing_is_worked_out_once_for_its_line(
    given: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whether a section's questions are asked (``needed.unasked``), read by its line and by
    the line's why, is worked out once per undetermined section by the summary's lines."""
    laws: list[str] = []
    real = summary.unasked

    def counting(law: Any, acts: Any, labor_observed: bool = False) -> Any:
        laws.append(law.id)
        return real(law, acts, labor_observed)

    monkeypatch.setattr(summary, "unasked", counting)
    a = nmt.assess(_pattern(given), today=date(2026, 12, 7))
    open_ = [s.law for s in a.summary.pairs[0].laws if s.status == "undetermined"]
    assert open_ and sorted(laws) == sorted(x for x in open_ if x.startswith("usc_")), laws
