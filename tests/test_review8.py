"""Review 8 (a prosecutor's ~47 § 30-52-1 fact patterns): what the first screen asks and how
its reasons read — a sting's attempt asks what it rests on; a means question names only the
means not stated false; an age the facts do not give; the actor named in the reasons, in the
past tense; a verb in no paragraph said once; conspiracy words; the effective-date label on
the count line; a period ending on 28 February; dates in words in the memo; the accessories
heading under ``law="nm"``."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import nm_trafficking as nmt
from nm_trafficking.render.summary_text import cites
from nm_trafficking.statute.v2008.a2_minor import A2, CAUSED_TO_ENGAGE

TODAY = date(2026, 12, 7)
RESEARCH = (
    Path(__file__).resolve().parents[1].parent
    / "shared"
    / "statute"
    / "research-2026-11-related-texts.md"
)


def _assess(conduct: dict[str, Any], victim: dict[str, Any], **kw: Any) -> nmt.Assessment:
    actor = conduct.pop("roles", ["trafficker"])
    pattern = nmt.from_dict(
        {
            "persons": [{"id": "D", "roles": actor}, {"id": "O", "roles": ["victim"], **victim}],
            "conduct": [{"id": "s", "actor": "D", "person": "O", "knowingly": True, **conduct}],
        }
    )
    return nmt.assess(pattern, today=TODAY, law=kw.pop("law", "nm"), **kw)


STING = {"act": "soliciting", "date": "2024-01-10", "believed_age": 15}
ADULT = {"age": 30}


def _attempt_questions(result: nmt.Assessment) -> list[Any]:
    return [q for q in result.summary.needed if any("30-28-1" in c for c in q.citations)]


def test_a_stings_attempt_asks_the_open_element_it_rests_on() -> None:
    # p39: the minor offense is not met (the age); its intent is open, and the attempt rests on it
    result = _assess(dict(STING), ADULT)
    (q,) = _attempt_questions(result)
    assert q.element == CAUSED_TO_ENGAGE.key
    assert q.citations == [A2, "§ 30-28-1"]
    assert cites(q.citations) == "(A)(2), § 30-28-1"
    assert q.text.startswith(
        "Did D intend or know, when soliciting O on 10 January 2024, that O would be caused to "
        "engage in commercial sexual activity?"
    )
    # the attempt named by its section, not "the attempt the sting leaves rests on it"
    assert q.text.endswith(" The attempt (§ 30-28-1) turns on it too (see the attempt note).")
    assert "(A)(2), § 30-28-1: Did D intend or know" in result.explain("summary").replace(
        "\n      ", " "
    )


def test_a_stings_attempt_is_asked_when_the_act_meets_nothing_else() -> None:
    # p41-like: every means stated false, so (A)(1) is not met either; the intent still open
    conduct = dict(STING, means_will_be_used={"force": False, "fraud": False, "coercion": False})
    result = _assess(conduct, ADULT)
    assert result.summary.pairs[0].laws[0].status == "not_met"
    (q,) = _attempt_questions(result)
    assert q.element == CAUSED_TO_ENGAGE.key


def test_an_attempt_question_the_act_already_asks_is_asked_once() -> None:
    # knowingly open: (A)(1) asks it, and the attempt rests on it too: one question, both cited
    conduct = dict(STING, will_be_caused_to_engage_in_commercial_sexual_activity=True)
    conduct["knowingly"] = None
    pattern = nmt.from_dict(
        {
            "persons": [
                {"id": "D", "roles": ["trafficker"]},
                {"id": "O", "roles": ["victim"], **ADULT},
            ],
            "conduct": [
                {
                    "id": "s",
                    "actor": "D",
                    "person": "O",
                    **{k: v for k, v in conduct.items() if v is not None},
                }
            ],
        }
    )
    result = nmt.assess(pattern, today=TODAY, law="nm")
    knowing = [q for q in result.summary.needed if q.element == "knowingly"]
    assert len(knowing) == 1
    assert "30-52-1(A)(1)" in knowing[0].citations and A2 in knowing[0].citations
    assert "§ 30-28-1" in knowing[0].citations


def test_a_stated_sting_intent_asks_nothing_for_the_attempt() -> None:
    conduct = dict(STING, will_be_caused_to_engage_in_commercial_sexual_activity=True)
    assert not _attempt_questions(_assess(conduct, ADULT))


def test_an_age_the_facts_do_not_give_is_said_so() -> None:
    # p32: "The facts give not known" was a broken sentence
    conduct = {"act": "obtaining", "date": "2022-06-06", "means_will_be_used": {"force": True}}
    conduct["to_subject_to"] = {"commercial_sexual_activity": True}
    result = _assess(conduct, {})
    (q,) = [q for q in result.summary.needed if q.element == "grade"]
    assert (
        "The facts do not give O's age; the grade, and with it the limitation period, turns on it"
        in q.text  # (then (A)(2), open beside the met (A)(1): review A2 of session 9)
    )
    assert "not known" not in q.text


def _means(**stated: bool) -> dict[str, bool]:
    return dict(stated)


def test_the_means_question_names_only_the_means_not_stated_false() -> None:
    # p15: force and coercion stated false, fraud unknown
    conduct = {"act": "obtaining", "date": "2020-04-01"}
    conduct["means_will_be_used"] = _means(force=False, coercion=False)
    conduct["to_subject_to"] = {"labor": True}
    result = _assess(conduct, ADULT)
    (q,) = [q for q in result.summary.needed if q.element == "means_will_be_used"]
    assert q.text.endswith("that fraud would be used?")
    # nothing stated false: the three means, as the statute lists them
    conduct["means_will_be_used"] = {}
    (q,) = [q for q in _assess(conduct, ADULT).summary.needed if q.element == "means_will_be_used"]
    assert q.text.endswith("that force, fraud or coercion would be used?")


def test_the_means_question_of_several_acts_names_what_each_leaves_open() -> None:
    # each act is asked the means its own facts leave (session 6, review F3: a means stated
    # false at one act is not asked of it because another act leaves it open); acts left the
    # same means are asked once ("Likewise for"), in the statute's order
    acts = [
        {"id": "a", "date": "2020-04-01", "means_will_be_used": _means(force=False, fraud=False)},
        {"id": "b", "date": "2020-05-01", "means_will_be_used": _means(coercion=False)},
    ]

    def means_questions() -> list[str]:
        pattern = nmt.from_dict(
            {
                "persons": [{"id": "D", "roles": ["trafficker"]}, {"id": "O", "roles": ["victim"]}],
                "conduct": [
                    {"actor": "D", "person": "O", "act": "obtaining", "knowingly": True, **act}
                    | {"to_subject_to": {"labor": True}}
                    for act in acts
                ],
            }
        )
        result = nmt.assess(pattern, today=TODAY, law="nm")
        return [q.text for q in result.summary.needed if q.element == "means_will_be_used"]

    first, second = means_questions()
    assert "1 April 2020, that coercion would be used?" in first
    assert "1 May 2020, that force or fraud would be used?" in second
    assert "Likewise for" not in first + second
    acts[1]["means_will_be_used"] = _means(force=False, fraud=False)
    (q,) = means_questions()
    assert "that coercion would be used?" in q
    assert "Likewise for the obtaining of 1 May 2020" in q


NO_MEANS = {"force": False, "fraud": False, "coercion": False}


def _line(result: nmt.Assessment) -> str:
    """The pair's § 30-52-1 line, unwrapped."""
    text = result.explain("summary")
    line = text.split("§ 30-52-1: ", 1)[1].split("\n  Count", 1)[0]
    return " ".join(line.split())


def test_the_reasons_name_the_actor_and_speak_of_the_act_in_the_past() -> None:
    # p13: "the actor neither intended nor knew that force, fraud or coercion will be used"
    conduct = {"act": "recruiting", "date": "2020-04-01", "means_will_be_used": NO_MEANS}
    conduct["to_subject_to"] = {"labor": True}
    conduct["will_be_caused_to_engage_in_commercial_sexual_activity"] = False
    line = _line(_assess(conduct, ADULT))
    assert (
        "D neither intended nor knew that force, fraud or coercion would be used ((A)(1))" in line
    )
    assert "O was eighteen or older" in line
    assert "the actor" not in line and "will be used" not in line
    elements = _assess(dict(conduct), {"age": 15}).explain("elements")
    assert "D neither intended nor knew that O would be caused to engage" in " ".join(
        elements.split()
    )


def test_every_state_reason_names_the_actor_and_speaks_in_the_past() -> None:
    from nm_trafficking import statute

    for version in statute.VERSIONS:
        for paragraph in version.offences:
            for element in paragraph.elements:
                reasons = [a.reason for a in (*element.established, *element.defeated)]
                for reason in (*reasons, element.unknown_reason):
                    assert "the actor" not in reason, (element.key, reason)
                    assert "will be used" not in reason, (element.key, reason)
                    assert "will be caused" not in reason, (element.key, reason)
    conduct = {"act": "benefiting", "date": "2021-03-03", "benefit": {"financially": True}}
    assert "the actor" not in _assess(conduct, {"age": 15}).explain("elements")


def test_a3s_means_reason_names_what_was_obtained() -> None:
    # p17: "did not know of force, fraud or coercion being used to obtain it"
    conduct = {"act": "benefiting", "date": "2021-03-03", "means_was_used": NO_MEANS}
    conduct["benefit"] = {"financially": True}
    conduct["benefit_from"] = {"commercial_sexual_activity": True}
    line = _line(_assess(dict(conduct), {"age": 15}))
    assert (
        "D did not know of force, fraud or coercion being used to obtain O's commercial sexual "
        "activity ((A)(3))"
    ) in line
    conduct["benefit_from"] = {"labor": True, "services": True}
    line = _line(_assess(dict(conduct), {"age": 15}))
    assert "being used to obtain O's labor or services ((A)(3))" in line


def test_a_verb_of_no_paragraph_is_said_once() -> None:
    # p29: "the conduct is advertising, not benefiting (not in the 2008 text of § 30-52-1)"
    conduct = {"act": "advertising", "date": "2022-04-04"}
    line = _line(_assess(conduct, {"age": 15}))
    assert line == "NOT MET — advertising is not a verb of the 2008 text ((A)(1)–(A)(3))."


def test_a_verb_of_another_paragraph_is_not_said_to_be_its_conduct() -> None:
    # p13: "the conduct is recruiting, not benefiting (it is the conduct of 30-52-1(A)(1) and
    # 30-52-1(A)(2)) ((A)(3))"
    conduct = {"act": "recruiting", "date": "2020-04-01", "means_will_be_used": NO_MEANS}
    conduct["will_be_caused_to_engage_in_commercial_sexual_activity"] = False
    line = _line(_assess(conduct, ADULT))
    assert line.endswith("the conduct is recruiting, not benefiting ((A)(3)).")
    assert "it is the conduct of" not in line


def _note(result: nmt.Assessment, kind: str) -> str:
    (note,) = [n for n in result.summary.notes if n.kind == kind]
    return " ".join(note.text.split())


CONSPIRED = {"agreement": {"with_persons": ["B"], "to_commit_this_act": True}}


def _conspiracy(victim: dict[str, Any]) -> nmt.Assessment:
    pattern = nmt.from_dict(
        {
            "persons": [
                {"id": "A", "roles": ["trafficker"]},
                {"id": "B", "roles": ["trafficker"]},
                {"id": "V", "roles": ["victim"], **victim},
            ],
            "conduct": [
                {
                    "id": "r",
                    "actor": "A",
                    "person": "V",
                    "act": "recruiting",
                    "date": "2022-06-01",
                    "knowingly": True,
                    "will_be_caused_to_engage_in_commercial_sexual_activity": True,
                    **CONSPIRED,
                }
            ],
        }
    )
    return nmt.assess(pattern, today=TODAY, law="nm")


def test_the_conspiracy_note_names_who_combined() -> None:
    # p23: "the actor knowingly combined with B"
    text = _note(_conspiracy({"birth_date": "2008-04-04"}), "conspiracy")
    assert "The recruiting of 1 June 2022: A knowingly combined with B" in text
    assert "the actor" not in text


def test_a_conspiracy_to_an_open_offense_says_so_plainly() -> None:
    # p44: "if the offense conspired to is as the facts may establish"
    text = _note(_conspiracy({"age": 15, "age_on": "2020-01-01"}), "conspiracy")
    assert "as the facts may establish" not in text
    assert "if the act agreed to is established as human trafficking, conspiracy to" in text


def _two_acts_at_the_start() -> nmt.Assessment:
    # p11: acts on 30 June and 1 July 2008 (the effective date, reported, not verified)
    acts = [("before", "recruiting", "2008-06-30"), ("on", "transporting", "2008-07-01")]
    pattern = nmt.from_dict(
        {
            "persons": [
                {"id": "D", "roles": ["trafficker"]},
                {"id": "V", "roles": ["victim"], "birth_date": "1994-01-01"},
            ],
            "conduct": [
                {
                    "id": cid,
                    "actor": "D",
                    "person": "V",
                    "act": verb,
                    "date": day,
                    "knowingly": True,
                    "will_be_caused_to_engage_in_commercial_sexual_activity": True,
                }
                for cid, verb, day in acts
            ],
        }
    )
    return nmt.assess(pattern, today=TODAY, law="nm")


def test_the_count_line_of_an_act_before_the_text_labels_its_date() -> None:
    from nm_trafficking import statute

    result = _two_acts_at_the_start()
    first = statute.VERSIONS[0]
    assert first.in_force_from_status.startswith("reported, not verified")
    (before,) = [c for c in result.summary.pairs[0].counts if c.conduct == "before"]
    assert before.laws["nm_30_52_1"].text == (
        "no text in force at the act (§ 30-52-1 in force from 1 July 2008, a date reported, "
        "not verified)"
    )
    text = " ".join(result.explain("summary").split())
    assert "texts: no text in force at the act (§ 30-52-1 in force from 1 July 2008, a date " in (
        text
    )


def test_the_memo_gives_the_effective_date_in_words() -> None:
    # the memo's open points said "2008-07-01"; everywhere else "1 July 2008"
    import re

    memo = _two_acts_at_the_start().memo().replace("\xa0", " ")
    prose = re.sub(r'data-date="[^"]*"', "", memo)
    assert "The effective date 1 July 2008 is reported, not verified." in memo
    assert not re.search(r"\b2008-07-01\b", prose)


def test_a_period_from_29_february_says_why_it_ends_on_28_february() -> None:
    # p40: an act of 29 February 2020, five years (third degree): "to 28 February 2025" silently
    from nm_trafficking.reasoning.related_notes import LAST_DAY_12_2A_7

    conduct = {"act": "recruiting", "date": "2020-02-29"}
    conduct["will_be_caused_to_engage_in_commercial_sexual_activity"] = True
    result = _assess(conduct, {"birth_date": "2004-02-29"})
    (count,) = result.summary.pairs[0].counts
    period = count.laws["nm_30_52_1"]
    assert period.deadline == date(2025, 2, 28)
    assert period.limitation is not None
    assert "to 28 February 2025 (2025 has no 29 February" in period.limitation
    assert "§ 12-2A-7(D) [S]" in period.limitation
    note = _note(result, "limitation_period")
    assert f"'{LAST_DAY_12_2A_7}'" in note
    if RESEARCH.exists():  # quoted from the shared research file, word for word
        research = " ".join(RESEARCH.read_text(encoding="utf-8").replace("\n> ", " ").split())
        assert LAST_DAY_12_2A_7 in research
    memo = result.memo().replace("\xa0", " ")
    assert "to 28 February 2025 (passed; 2025 has no 29 February" in memo
    # any other day: nothing added
    conduct["date"] = "2020-02-28"
    other = _assess(dict(conduct), {"birth_date": "2004-02-29"})
    assert "29 February" not in (
        other.summary.pairs[0].counts[0].laws["nm_30_52_1"].limitation or ""
    )


def test_the_accessories_heading_names_only_the_laws_assessed() -> None:
    # p20: under law="nm" the heading still cited 18 U.S.C. § 2
    helped = {
        "act": "recruiting",
        "date": "2021-09-10",
        "accessories": [{"person": "K", "counselled": True}],
    }
    pattern = {
        "persons": [
            {"id": "D", "roles": ["trafficker"]},
            {"id": "K", "roles": ["other"]},
            {"id": "O", "roles": ["victim"], "age": 15},
        ],
        "conduct": [{"id": "s", "actor": "D", "person": "O", "knowingly": True, **helped}],
    }
    state = nmt.assess(nmt.from_dict(pattern), today=TODAY, law="nm")
    both = nmt.assess(nmt.from_dict(pattern), today=TODAY)
    assert "Accessories (NMSA 1978, § 30-1-13 [S]):" in state.explain("summary").splitlines()
    assert "18 U.S.C. § 2" not in state.explain("summary")
    assert "<h3>Accessories (NMSA 1978, § 30-1-13 [S])</h3>" in state.memo().replace("\xa0", " ")
    assert "Accessories (NMSA 1978, § 30-1-13 [S]; 18 U.S.C. § 2 [S]):" in both.explain("summary")


def test_the_belief_note_names_who_believed_what_of_whom() -> None:
    # "the actor believed a minor but the person was not one"
    text = _note(_assess(dict(STING), ADULT), "knowledge_of_age")
    assert text.startswith("D's belief about O's age is recorded")
    assert "At the soliciting of 10 January 2024, D believed O a minor, but O was not one" in text
    assert "the actor" not in text
