"""18 U.S.C. § 1591, sex trafficking of children or by force, fraud, or coercion: its dated
texts and the periods the reference gives no text for.

* before 28 October 2000: § 1591 did not exist (Pub. L. 106-386 [P]) — not met;
* 28 October 2000 to 22 December 2008: no version encoded (the 2000 original and the 2003 and
  2006 amendments were not seen) — undetermined;
* 23 December 2008 to 31 December 2009: no version encoded (the 2008 Act's effective date is
  UNVERIFIED and the text before it is not encoded) — undetermined;
* 1 January 2010 to 28 May 2015: ``v2008`` [R];
* 29 May 2015 to 10 April 2018: ``v2015`` [R] (the current wording, [S], run back);
* 11 April 2018 to 20 December 2018: ``v2018a`` [R] (reference § 2.3);
* from 21 December 2018: ``v2018b`` [S] (current).

Those dates are the Acts' enactment dates; their effective dates are UNVERIFIED (reference
§ 2.4). An act on 29 May 2015 or 11 April 2018 (it may precede the signing that day) is judged
under the earlier and the later text, as an act in the 2008 window of § 1589 is
(``FederalVersion.candidates``): the same answer stands, a different one is undetermined
(``ENACTMENT_DAYS``). 21 December 2018 needs no such day: Pub. L. 115-392 changed only (d),
which is not assessed, so the texts either side of it judge every act alike.
"""

from __future__ import annotations

from datetime import date, timedelta

from nm_trafficking.statute.model import (
    SEX_ACT_WITH_MEANS,
    Element,
    FederalVersion,
    Law,
    chain,
)
from nm_trafficking.statute.usc_18.periods import defeated_under_every_wording, no_text
from nm_trafficking.statute.usc_18.s1591 import elements as e
from nm_trafficking.statute.usc_18.s1591.v2008 import TEXT as TEXT_2008
from nm_trafficking.statute.usc_18.s1591.v2008 import VERSION_2008
from nm_trafficking.statute.usc_18.s1591.v2015 import VERSION_2015
from nm_trafficking.statute.usc_18.s1591.v2018a import VERSION_2018A
from nm_trafficking.statute.usc_18.s1591.v2018b import TEXT as TEXT_2018B
from nm_trafficking.statute.usc_18.s1591.v2018b import VERSION_2018B

ENACTED_ON = date(2000, 10, 28)
WINDOW_END = date(2010, 1, 1)
"""The end of the effective-date window the reference names ("conduct from late 2008 or 2009",
§ 2.4)."""

VERSIONS = chain((VERSION_2008, VERSION_2015, VERSION_2018A, VERSION_2018B))

CANDIDATES = (
    "the pre-2008 text, whose (a)(1) and the opening of (a)(2) are known from a compilation [S] "
    "and its concluding provisions as a reconstruction [R], and the 2008 text [R]; each is "
    "'Whoever knowingly', lists no (a)(1) verb outside the 2008 list, asks a benefit for (a)(2), "
    "a person under 18 or force, fraud or coercion known (or recklessly disregarded) to be used, "
    "and commerce or the special maritime and territorial jurisdiction"
)


def _every(element: Element) -> Element:
    return defeated_under_every_wording(element, CANDIDATES)


_T = TEXT_2008
_KNOWINGLY = _every(e.knowingly(_T))
_JURISDICTION = _every(e.jurisdiction(_T))
_A2_COMMON = (
    _every(e.a2_conduct(_T)),
    _KNOWINGLY,
    _every(e.benefit(_T.a2)),
)
EVERY_WORDING: dict[str, tuple[Element, ...]] = {
    "1591a1_means": (
        _every(e.a1_conduct(_T)),
        _KNOWINGLY,
        _every(e.means_element(_T, "act", "the conduct")),
        _JURISDICTION,
    ),
    "1591a1_minor": (
        _every(e.a1_conduct(_T)),
        _KNOWINGLY,
        _every(e.under_eighteen(_T)),
        _every(e.csa_element(_T, "act", "the conduct")),
        _JURISDICTION,
    ),
    "1591a2_means": (
        *_A2_COMMON,
        _every(e.means_element(_T, e.VENTURE_ACT, "the venture's act")),
        _JURISDICTION,
    ),
    "1591a2_minor": (
        *_A2_COMMON,
        _every(e.under_eighteen(_T)),
        _every(e.csa_element(_T, e.VENTURE_ACT, "the venture's act")),
        _JURISDICTION,
    ),
}
"""Where no text of § 1591 is applied for a date (28 October 2000 to 31 December 2009), the
elements every candidate wording has, with the stated facts that defeat them under each: e.g.
no means at all and none known, an act that is not benefiting for (a)(2), a person 18 or older
for the minor prongs (issue 19, the federal panel). Each candidate's list of (a)(1) verbs is
within the 2008 list (the pre-2008 list [S] lacks "maintains"); patronizing and soliciting stay
open as in the 2008 text. The 2008 means element is defeated only when neither knowledge nor
reckless disregard of any means is left, which defeats the knowing-only [R] wording too."""

BEFORE = no_text(
    VERSION_2018B,
    id="usc-1591-before-2000",
    start=date.min,
    until=ENACTED_ON,
    title="Before 28 October 2000: § 1591 did not exist",
    reason="the conduct ({when}) is before § 1591 was enacted (28 October 2000, Pub. L. 106-386, "
    "div. A, § 112 [P]): § 1591 does not reach it",
    not_met=True,
)
NONE_2000 = no_text(
    VERSION_2018B,
    id="usc-1591-none-2000",
    start=ENACTED_ON,
    until=VERSION_2008.in_force_from,
    title="28 October 2000 to 22 December 2008: no version of § 1591 encoded",
    reason="no version of § 1591 is encoded for the conduct ({when}): the 2000 original and the "
    "2003 and 2006 amendments were not seen (the pre-2008 (a)(1) wording is known only from an "
    "undated compilation [S], which shows of (a)(2) only its opening words, '(2) benefits, "
    "financially or by receiving anything of value, from pa[rticipation …]'; its concluding "
    "provisions only as a reconstruction [R] with a knowing-only mental state; its (b) not at "
    "all; reference § 2.3)",
    not_met=False,
    every_wording=EVERY_WORDING,
)
WINDOW_2008 = no_text(
    VERSION_2018B,
    id="usc-1591-none-2008-window",
    start=VERSION_2008.in_force_from,
    until=WINDOW_END,
    title="23 December 2008 to 31 December 2009: the 2008 Act's effective date is UNVERIFIED",
    reason="the conduct ({when}) falls after the 2008 Act was enacted (23 December 2008) but "
    "before the end of 2009: whether the Act delayed its amendments is UNVERIFIED (reference "
    "§ 2.4), so the pre-2008 text, which is not encoded, may still have applied",
    not_met=False,
    every_wording=EVERY_WORDING,
)


def _enactment_day(
    older: FederalVersion, newer: FederalVersion, act: str, on: str
) -> FederalVersion:
    """The day ``newer`` was enacted (``on``, by ``act``): either text may apply to an act
    that day."""
    day = newer.in_force_from
    return no_text(
        newer,
        id=f"usc-1591-enacted-{day.isoformat()}",
        start=day,
        until=day + timedelta(days=1),
        title=f"{on}: {act} was enacted that day and its effective date is UNVERIFIED",
        reason=f"the conduct ({{when}}) is on the day {act} was enacted ({on}): the "
        "act may precede the signing that day, and whether the Act took effect on enactment is "
        f"UNVERIFIED (reference § 2.4), so {older.citation} or {newer.citation} may apply, and on "
        "these facts they do not give the same result",
        not_met=False,
        candidates=(older, newer),
    )


ENACTMENT_DAYS = (
    _enactment_day(VERSION_2008, VERSION_2015, "Pub. L. 114-22", "29 May 2015"),
    _enactment_day(VERSION_2015, VERSION_2018A, "Pub. L. 115-164", "11 April 2018"),
)
"""The enactment days of the 2015 Act and of FOSTA, each a period of one day whose candidate
texts are the one before and the one from that day."""

UNDATED_CANDIDATES = (
    "every text of § 1591 an undated act may fall under: the pre-2008 wording [S]/[R], the 2008 "
    "text [R] and the texts of 2015 [R] and 2018 [S]; each is 'Whoever knowingly', lists no "
    "(a)(1) verb outside the 2018 list, asks a benefit for (a)(2), and commerce or the special "
    "maritime and territorial jurisdiction (before 28 October 2000 the section did not exist)"
)


def _undated(element: Element) -> Element:
    return defeated_under_every_wording(element, UNDATED_CANDIDATES)


_U_A1 = (_undated(e.a1_conduct(TEXT_2018B)), _undated(e.knowingly(TEXT_2018B)))
_U_A2 = (
    _undated(e.a2_conduct(TEXT_2018B)),
    _undated(e.knowingly(TEXT_2018B)),
    _undated(e.benefit(TEXT_2018B.a2)),
)
_U_JURISDICTION = _undated(e.jurisdiction(TEXT_2018B))


def _no_commercial_sex_act(element: Element, path: str) -> Element:
    """``element`` defeated, under every text, only by the alternatives that read ``path`` (the
    knowledge of a commercial sex act): none known or recklessly disregarded, or (for
    advertising) none known. Every wording asks knowledge (or reckless disregard) that the means
    "will be used to cause the person to engage in a commercial sex act", or that the person
    "will be caused to engage in a commercial sex act"; advertising is no verb before 29 May
    2015 and asks knowledge from then."""
    kept = tuple(a for a in element.defeated if any(t.path == path for t in a.tests))
    assert len(kept) == 2, element.key  # none known or disregarded; advertising, none known
    return defeated_under_every_wording(element, UNDATED_CANDIDATES, defeated=kept)


UNDATED_WORDING: dict[str, tuple[Element, ...]] = {
    "1591a1_means": (
        *_U_A1,
        _no_commercial_sex_act(
            e.means_element(TEXT_2018B, "act", "the conduct"), SEX_ACT_WITH_MEANS
        ),
        _U_JURISDICTION,
    ),
    "1591a1_minor": (
        *_U_A1,
        _no_commercial_sex_act(e.csa_element(TEXT_2018B, "act", "the conduct"), e.CSA_KNEW),
        _U_JURISDICTION,
    ),
    "1591a2_means": (
        *_U_A2,
        _no_commercial_sex_act(
            e.means_element(TEXT_2018B, e.VENTURE_ACT, "the venture's act"), SEX_ACT_WITH_MEANS
        ),
        _U_JURISDICTION,
    ),
    "1591a2_minor": (
        *_U_A2,
        _no_commercial_sex_act(
            e.csa_element(TEXT_2018B, e.VENTURE_ACT, "the venture's act"), e.CSA_KNEW
        ),
        _U_JURISDICTION,
    ),
}
"""For an undated act whose possible dates span several texts: what defeats a prong under every
text it may fall under — a verb outside every list (the 2018 list holds every earlier one),
conduct not done knowingly, no benefit for (a)(2), no commerce, and no commercial sex act known
or recklessly disregarded (with no means stated known or disregarded all the same; for
advertising, none known), which every text's mental states need. Otherwise the means, the age
and the mental states as to them differ between the texts (advertising, reckless disregard,
§ 1591(c)): they are left open."""

UNDATED = no_text(
    VERSION_2018B,
    id="usc-1591-undated",
    start=date.min,
    until=None,
    title="Date not stated: which text of § 1591 applies is not known",
    reason="the date of the conduct is not stated, and the dates it can have happened on "
    "({when}) span more than one text of § 1591 (or a period with none encoded)",
    not_met=False,
    every_wording=UNDATED_WORDING,
)

USC_1591 = Law(
    id="usc_1591",
    citation="18 U.S.C. § 1591",
    title="Sex trafficking of children or by force, fraud, or coercion",
    jurisdiction="federal",
    versions=VERSIONS,
    enacted=ENACTED_ON,
    enacted_status="Pub. L. 106-386, div. A, § 112, 28 October 2000 [P] (reference § 2.1)",
    before=BEFORE,
    gaps=(NONE_2000, WINDOW_2008, *ENACTMENT_DAYS),
    short="18 U.S.C. § 1591",
    undated=UNDATED,
    commercial_sex_only=True,  # "a commercial sex act" in every prong of (a)
)
