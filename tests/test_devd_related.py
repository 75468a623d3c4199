"""The related offenses under a pair (NMSA 1978, § 30-28-1 attempt, § 30-28-2 conspiracy [S]) on
the first screen: each with its own limitation period ("attempts and conspiracies follow their
own grade", ``related-law-2026-12.md`` § 3.1; § 30-1-8(A): "for a second degree felony, within
six years", (B): "for a third or fourth degree felony, within five years"), its grades most
serious first, placed directly under the § 30-52-1 line, in fields as well as in words, and in
the memo's conclusions when its period has passed.

The grades below are § 30-52-1(C)'s (under 13: first degree; 13 to 15: second; 16 and over:
third), one step down for an attempt (§ 30-28-1(A)-(C)) or a conspiracy (§ 30-28-2(B)(1)-(3))."""

from __future__ import annotations

import html
import json
import re
from datetime import date
from typing import Any

import jsonschema

import nm_trafficking as nmt

TODAY = date(2026, 12, 7)
SEX = {"knowingly": True, "will_be_caused_to_engage_in_commercial_sexual_activity": True}
WITH_B = {"with_persons": ["B"], "to_commit_this_act": True}


def _act(id_: str, actor: str, person: str, act: str, day: str, **more: Any) -> dict[str, Any]:
    return {"id": id_, "actor": actor, "person": person, "act": act, "date": day, **more}


def _assess(
    persons: list[dict[str, Any]], *conduct: dict[str, Any], law: str = "all"
) -> nmt.Assessment:
    pattern = nmt.from_dict({"persons": persons, "conduct": list(conduct)})
    return nmt.assess(pattern, today=TODAY, law=law)  # type: ignore[arg-type]


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _pair(result: nmt.Assessment, defendant: str, victim: str) -> Any:
    (pair,) = [p for p in result.summary.pairs if (p.defendant, p.victim) == (defendant, victim)]
    return pair


def _believed_17(law: str = "all") -> nmt.Assessment:
    """Review p23: V recruited on her 18th birthday, D believing her 17: no completed minor
    offense; an attempt at a third degree felony (17: § 30-52-1(C)), a fourth degree felony
    (§ 30-28-1(C)), five years (§ 30-1-8(B)) from 4 July 2020: to 4 July 2025, passed on
    7 December 2026."""
    return _assess(
        [{"id": "D"}, {"id": "V", "birth_date": "2002-07-04"}],
        _act("r", "D", "V", "recruiting", "2020-07-04", believed_age=17, **SEX),
        law=law,
    )


def _believed_12() -> nmt.Assessment:
    """Review p15 (D1): an officer of 27 posing as 12, solicited on 1 February 2024: an attempt
    at a first degree felony is a second degree felony (§ 30-28-1(A)), six years (§ 30-1-8(A)):
    to 1 February 2030, not passed."""
    return _assess(
        [{"id": "D"}, {"id": "O", "age": 27}],
        _act("s", "D", "O", "soliciting", "2024-02-01", believed_age=12, **SEX),
        law="nm",
    )


def _conspiracy_2018(law: str = "nm") -> nmt.Assessment:
    """Review p28: D1 and D2 agreed to D1's recruiting of V (15) on 5 May 2018: conspiracy to a
    second degree felony, a third degree felony (§ 30-28-2(B)(2)), five years: to 5 May 2023."""
    return _assess(
        [{"id": "D1"}, {"id": "D2"}, {"id": "V", "birth_date": "2003-01-01"}],
        _act(
            "r",
            "D1",
            "V",
            "recruiting",
            "2018-05-05",
            agreement={"with_persons": ["D2"], "to_commit_this_act": True},
            **SEX,
        ),
        law=law,
    )


def _age_unknown() -> nmt.Assessment:
    """Review p34: Y's age is not stated, so the recruiting may be a first, second or third
    degree felony, and the conspiracy a second, third or fourth degree felony."""
    return _assess(
        [{"id": "D1"}, {"id": "D2"}, {"id": "Y"}],
        _act(
            "ry",
            "D1",
            "Y",
            "recruiting",
            "2025-06-01",
            agreement={"with_persons": ["D2"], "to_commit_this_act": True},
            **SEX,
        ),
        law="nm",
    )


def _memo_text(result: nmt.Assessment) -> str:
    return _flat(html.unescape(re.sub(r"<[^>]+>", " ", result.memo())))


def _conclusions(result: nmt.Assessment) -> str:
    text = _memo_text(result)
    return text[text.index("1. Conclusions") : text.index("2. Counts")]


# --- 1. the attempt's own limitation period, on the first screen and in the memo ------------


def test_the_attempt_line_gives_its_own_period_passed() -> None:
    """Before: the line stopped at '(see the attempt note).': its period, passed, was said only
    in the note, one step away."""
    (line,) = _pair(_believed_17(), "D", "V").related
    assert line.startswith(
        "Related offense — attempt (NMSA 1978, § 30-28-1(C) [S]) at the recruiting of "
        "4 July 2020: if established, a fourth degree felony"
    )
    assert line.endswith(
        "(see the attempt note); limitation (unless tolled; check): to 4 July 2025 (passed) "
        "under § 30-1-8(B)."
    )


def test_the_attempt_line_gives_its_own_period_not_passed() -> None:
    """A second degree attempt runs six years (§ 30-1-8(A)), not the five of the completed
    offense's third degree (the count's own period: to 1 February 2029)."""
    (line,) = _pair(_believed_12(), "D", "O").related
    assert "§ 30-28-1(A)" in line and "a second degree felony" in line
    assert line.endswith("limitation (unless tolled; check): to 1 February 2030 under § 30-1-8(A).")


def test_the_memo_conclusions_count_the_attempt_among_the_periods_passed() -> None:
    """Before: 'Every limitation period has passed …: § 30-52-1 for the recruiting of 4 July
    2020 (to 4 July 2025).' — the attempt, whose period has passed too, left out."""
    text = _conclusions(_believed_17("nm"))
    assert (
        "Every limitation period has passed (dated warnings, unless tolled; check): § 30-52-1 "
        "for the recruiting of 4 July 2020 (to 4 July 2025); § 30-28-1(C) for the attempt at "
        "the recruiting of 4 July 2020 (to 4 July 2025)." in text
    )


def test_the_memo_conclusions_count_a_conspiracy_and_a_co_conspirators_pair() -> None:
    """The conspiracy ran to 5 May 2023; D2, with no act of his own, has it alone: before, his
    pair's conclusions said nothing of it."""
    text = _conclusions(_conspiracy_2018())
    d1, d2 = text.index("D1 toward V"), text.index("D2 toward V")
    assert (
        "§ 30-28-2(B)(2) for the conspiracy to commit the recruiting of 5 May 2018 "
        "(to 5 May 2023)" in text[d1:d2]
    )
    assert (
        "Every limitation period has passed (dated warnings, unless tolled; check): "
        "§ 30-28-2(B)(2) for the conspiracy to commit D1's recruiting of V on 5 May 2018 "
        "(to 5 May 2023)." in text[d2:]
    )


def test_a_period_not_passed_is_not_in_the_conclusions() -> None:
    text = _conclusions(_believed_12())
    assert "has passed" not in text and "periods passed" not in text


# --- 2. grades most serious first --------------------------------------------------------------


def test_the_conspiracy_grades_are_listed_most_serious_first() -> None:
    """Before: 'if established, a fourth degree felony (…), a third degree felony (…) or a
    second degree felony (…)'."""
    result = _age_unknown()
    for who in ("D1",):  # D2's pair refers to it (review A2 6)
        (line,) = _pair(result, who, "Y").related
        assert (
            "if established, a second degree felony (conspiracy to a first degree felony; "
            "basic sentence 9 years [S]), a "
            "third degree felony (conspiracy to a second degree felony; basic sentence 3 "
            "years [S]) or a fourth degree "
            "felony (conspiracy to a third degree felony; basic sentence 18 months [S])" in line
        ), who
        # one period said once for the grades it is the same for
        assert line.endswith(
            "limitation (unless tolled; check): at the latest to 1 June 2031 under § 30-1-8(A) "
            "if a second degree felony, to 1 June 2030 under § 30-1-8(B) if a third degree "
            "felony or a fourth degree felony; counted from the act agreed to, by which the "
            "agreement, not dated, was made (the latest safe day on the stated facts; a later "
            "start, for a continuing conspiracy, is not assessed)."
        ), who
    (note,) = [n for n in result.summary.notes if n.kind == "conspiracy"]
    text = _flat(note.text)
    second = text.index("to a first degree felony, a second degree felony")
    third = text.index("to a second degree felony, a third degree felony")
    fourth = text.index("to a third degree felony, a fourth degree felony")
    assert second < third < fourth


# --- 3. placed directly under the § 30-52-1 line -------------------------------------------


def test_under_every_law_the_related_line_follows_the_state_line() -> None:
    """Before: the attempt was printed after the three federal lines."""
    result = _believed_17()
    text = _flat(result.explain())
    state = text.index("§ 30-52-1: UNDETERMINED")
    related = text.index("Related offense — attempt")
    assert state < related < text.index("§ 1591: UNDETERMINED") < text.index("§ 1590:")
    md = result.to_markdown()
    lines = md[md.index("## D toward V") :].splitlines()
    bullets = [line for line in lines if line.startswith("- ")]
    assert bullets[0].startswith("- § 30-52-1")
    assert bullets[1].startswith("- Related offense — attempt")
    assert bullets[2].startswith("- § 1591")
    page = result._repr_html_()
    items = re.findall(r"<li>(.*?)</li>", page[page.index("<h4>D toward V</h4>") :])
    assert items[0].startswith("§ 30-52-1:") and items[1].startswith("Related offense — attempt")
    assert items[2].startswith("§ 1591:")
    memo = _conclusions(result)
    assert (
        memo.index("§ 30-52-1: UNDETERMINED")
        < memo.index("Related offense — attempt")
        < memo.index("§ 1591: UNDETERMINED")
    )


# --- 4. in fields -------------------------------------------------------------------------------


def test_the_related_offenses_are_given_in_fields() -> None:
    """Before: a bare sentence, no grade or period a system could read."""
    result = _believed_17()
    doc = json.loads(result.to_json())
    assert doc["contract_version"] == nmt.CONTRACT_VERSION  # 2.4.0 added the fields
    (pair,) = doc["summary"]["pairs"]
    assert len(pair["related"]) == 1  # the sentence is kept
    assert pair["related_offenses"] == [
        {
            "kind": "attempt",
            "citation": "NMSA 1978, § 30-28-1(C)",
            "name": "the attempt at the recruiting of 4 July 2020",
            "acts": ["r"],
            "grades": ["fourth_degree_felony"],
            "established": False,  # its overt act and intent: review B of session 9, 2
            "deadline": "2025-07-04",
            "passed": True,
        }
    ]
    jsonschema.Draft202012Validator(nmt.output_schema("summary")).validate(doc)


def test_an_open_conspiracy_gives_each_grade_and_its_last_day() -> None:
    result = _age_unknown()
    doc = json.loads(result.to_json())
    d1, d2 = doc["summary"]["pairs"]
    (c,) = d1["related_offenses"]
    assert c == {
        "kind": "conspiracy",
        "citation": "NMSA 1978, § 30-28-2",
        "name": "the conspiracy to commit the recruiting of 1 June 2025",
        "acts": ["ry"],
        "grades": ["second_degree_felony", "third_degree_felony", "fourth_degree_felony"],
        "established": False,
        "deadline": "2030-06-01",
        "deadlines": {
            "second_degree_felony": "2031-06-01",
            "third_degree_felony": "2030-06-01",
            "fourth_degree_felony": "2030-06-01",
        },
        "passed": None,  # the latest end is not passed, the earliest unknown (review A2 1)
    }
    # the co-conspirator's pair: the same offense, its act named from his side
    (other,) = d2["related_offenses"]
    assert other["name"] == "the conspiracy to commit D1's recruiting of Y on 1 June 2025"
    assert {k: v for k, v in other.items() if k != "name"} == {
        k: v for k, v in c.items() if k != "name"
    }
    jsonschema.Draft202012Validator(nmt.output_schema("full")).validate(
        json.loads(result.to_json(detail="full"))
    )


def test_a_pair_with_nothing_related_has_no_field() -> None:
    result = _assess(
        [{"id": "D"}, {"id": "V", "birth_date": "2005-01-01"}],
        _act("r", "D", "V", "recruiting", "2019-06-01", **SEX),
    )
    (pair,) = json.loads(result.to_json())["summary"]["pairs"]
    assert "related" not in pair and "related_offenses" not in pair


# --- 5. the finding's own note and the summary's agree ---------------------------------------


def test_the_findings_note_leaves_out_an_act_that_meets_no_paragraph() -> None:
    """A and B combined for A's recruiting of V and for A's harboring of W (harboring is not a
    verb of § 30-52-1: it meets no paragraph, so it is no crime conspired to under it). Before:
    the note of the finding A toward V named the harboring as part of the agreement; the
    summary's note, rightly, did not."""
    result = _assess(
        [{"id": "A"}, {"id": "B"}, {"id": "V", "birth_date": "2005-01-01"}, {"id": "W"}],
        _act("r", "A", "V", "recruiting", "2019-06-01", agreement=WITH_B, **SEX),
        _act("h", "A", "W", "harboring", "2019-07-01", agreement=WITH_B, **SEX),
        law="nm",
    )
    (finding,) = [f for f in result.findings if f.victim == "V"]
    (own,) = [n for n in finding.notes if n.kind == "conspiracy"]
    (summary_note,) = [n for n in result.summary.notes if n.kind == "conspiracy"]
    assert "harboring" not in summary_note.text
    assert "harboring" not in own.text
    assert "is also stated for" not in own.text


def test_the_findings_note_still_names_an_act_of_the_agreement_outside_it() -> None:
    """The reading the summary's note gives: A's recruiting of W (an adult, by force) is part
    of the agreement, and the finding toward V names it."""
    result = _assess(
        [{"id": "A"}, {"id": "B"}, {"id": "V", "birth_date": "2005-01-01"}, {"id": "W"}],
        _act("r", "A", "V", "recruiting", "2019-06-01", agreement=WITH_B, **SEX),
        _act(
            "w",
            "A",
            "W",
            "recruiting",
            "2019-07-01",
            knowingly=True,
            means_will_be_used={"force": True},
            to_subject_to={"commercial_sexual_activity": True},
            agreement=WITH_B,
        ),
        law="nm",
    )
    (finding,) = [f for f in result.findings if f.victim == "V"]
    (own,) = [n for n in finding.notes if n.kind == "conspiracy"]
    assert "is also stated for A's recruiting of W on 1 July 2019" in _flat(own.text)
