"""18 U.S.C. § 1589, forced labor: its dated texts and the periods the reference gives no text
for.

* before 28 October 2000: § 1589 did not exist (Pub. L. 106-386 [P]) — not met;
* 28 October 2000 to 22 December 2008: ``v2000`` [P];
* 23 December 2008 to 31 December 2009: the 2008 rewrite's effective date is UNVERIFIED, so
  either text may apply: an act both texts judge alike gets that result (under ``v2008``, with
  a note); otherwise the two answers are combined as for an undated act (met only if met
  under both, not met only if not met under both: docs/federal.md, decision 2);
* from 1 January 2010: ``v2008`` [S] (current; its text dates from 23 December 2008).
"""

from __future__ import annotations

from datetime import date

from nm_trafficking.statute.model import Element, Law, chain
from nm_trafficking.statute.usc_18.periods import defeated_under_every_wording, no_text
from nm_trafficking.statute.usc_18.s1589 import elements as e
from nm_trafficking.statute.usc_18.s1589.v2000 import CITED, VERSION_2000
from nm_trafficking.statute.usc_18.s1589.v2008 import VERSION_2008, A, B

WINDOW_END = date(2010, 1, 1)

VERSIONS = chain((VERSION_2000, VERSION_2008))

BEFORE = no_text(
    VERSION_2008,
    id="usc-1589-before-2000",
    start=date.min,
    until=VERSION_2000.in_force_from,
    title="Before 28 October 2000: § 1589 did not exist",
    reason="the conduct ({when}) is before § 1589 was enacted (28 October 2000, Pub. L. 106-386, "
    "div. A, § 112 [P]): § 1589 does not reach it",
    not_met=True,
)
WINDOW_2008 = no_text(
    VERSION_2008,
    id="usc-1589-none-2008-window",
    start=VERSION_2008.in_force_from,
    until=WINDOW_END,
    title="23 December 2008 to 31 December 2009: the 2008 rewrite's effective date is UNVERIFIED",
    reason="the conduct ({when}) falls after the 2008 rewrite of § 1589 was enacted (23 December "
    "2008) but before the end of 2009: whether the Act delayed its amendments is UNVERIFIED "
    "(reference § 2.4), so the 2000 text or the 2008 text may apply, and on these facts they "
    "do not give the same result",
    not_met=False,
    candidates=VERSIONS,
    cited=CITED,
    cited_in="where the 2000 text may apply",
)
UNDATED_CANDIDATES = (
    "the 2000 text [P] and the 2008 text [S]; each is 'Whoever knowingly provides or obtains "
    "the labor or services of a person', and only the 2008 text has a benefit offense in (b) "
    "(before 28 October 2000 the section did not exist)"
)


def _undated(element: Element) -> Element:
    return defeated_under_every_wording(element, UNDATED_CANDIDATES)


UNDATED_WORDING: dict[str, tuple[Element, ...]] = {
    "1589a": (_undated(e.labor_conduct(A)), _undated(e.knowingly(A))),
    "1589b": (_undated(e.benefiting_conduct(B)), _undated(e.knowingly(B))),
}
"""For an undated act whose possible dates span both texts: a verb other than providing or
obtaining labor (or, for (b), other than benefiting), or conduct not done knowingly, defeats the
prong under each text (the 2000 text has no (b) offense at all). The means changed in 2008:
they are left open."""

UNDATED = no_text(
    VERSION_2008,
    id="usc-1589-undated",
    start=date.min,
    until=None,
    title="Date not stated: which text of § 1589 applies is not known",
    reason="the date of the conduct is not stated, and the dates it can have happened on "
    "({when}) span more than one text of § 1589 (or a period with none applied)",
    not_met=False,
    every_wording=UNDATED_WORDING,
    cited=CITED,
    cited_in="where the 2000 text may apply",
)

USC_1589 = Law(
    id="usc_1589",
    citation="18 U.S.C. § 1589",
    title="Forced labor",
    jurisdiction="federal",
    versions=VERSIONS,
    enacted=VERSION_2000.in_force_from,
    enacted_status="Pub. L. 106-386, div. A, § 112(a)(2), 28 October 2000 [P] (reference § 2.1)",
    before=BEFORE,
    gaps=(WINDOW_2008,),
    short="18 U.S.C. § 1589",
    undated=UNDATED,
    labor_or_services=True,  # "labor or services"
)
