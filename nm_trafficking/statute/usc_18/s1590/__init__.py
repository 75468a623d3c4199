"""18 U.S.C. § 1590, trafficking with respect to peonage, slavery, involuntary servitude, or
forced labor: its text and the periods the reference gives no text for.

* before 28 October 2000: § 1590 did not exist (Pub. L. 106-386 [P]) — not met;
* 28 October 2000 to 22 December 2008: no version encoded (the 2000 text was not seen; an
  undated pre-2008 compilation [S] prints (a) as now) — undetermined;
* 23 December 2008 to 31 December 2009: no version encoded (the 2008 Act's effective date is
  UNVERIFIED) — undetermined;
* from 1 January 2010: ``v2008`` [S] (current; applied from 23 December 2008).
"""

from __future__ import annotations

from datetime import date

from nm_trafficking.statute.model import Element, Law, chain
from nm_trafficking.statute.usc_18.periods import defeated_under_every_wording, no_text
from nm_trafficking.statute.usc_18.s1589 import elements as e
from nm_trafficking.statute.usc_18.s1590.v2008 import CONDUCT, FOR_LABOR, VERSION_2008, A

ENACTED_ON = date(2000, 10, 28)
WINDOW_END = date(2010, 1, 1)

VERSIONS = chain((VERSION_2008,))

CITED = {A: "18 U.S.C. § 1590"}
"""How prose cites § 1590's offense where the pre-2008 text may apply: that text is one
paragraph, with no subsections (reference § 2.3: "one paragraph identical to present (a); no
(b)"), so the offense is § 1590 itself; "§ 1590(a)" is the key the engine and the JSON keep."""

CANDIDATES = (
    "the 2000 text, not seen, and the pre-2008 paragraph of a compilation [S], identical to the "
    "present (a): 'Whoever knowingly recruits, harbors, transports, provides, or obtains by any "
    "means, any person for labor or services'"
)
EVERY_WORDING: dict[str, tuple[Element, ...]] = {
    "1590a": tuple(
        defeated_under_every_wording(x, CANDIDATES) for x in (CONDUCT, e.knowingly(A), FOR_LABOR)
    )
}
"""Where no text of § 1590 is applied (28 October 2000 to 31 December 2009): a verb outside the
list, conduct not done knowingly, or conduct not for labor or services defeats (a) under every
candidate wording (issue 19, the federal panel). "In violation of this chapter" is left out:
what chapter 77 forbade changed in 2008."""

BEFORE = no_text(
    VERSION_2008,
    id="usc-1590-before-2000",
    start=date.min,
    until=ENACTED_ON,
    title="Before 28 October 2000: § 1590 did not exist",
    reason="the conduct ({when}) is before § 1590 was enacted (28 October 2000, Pub. L. 106-386, "
    "div. A, § 112 [P]): § 1590 does not reach it",
    not_met=True,
)
NONE_2000 = no_text(
    VERSION_2008,
    id="usc-1590-none-2000",
    start=ENACTED_ON,
    until=VERSION_2008.in_force_from,
    title="28 October 2000 to 22 December 2008: no version of § 1590 encoded",
    reason="no version of § 1590 is encoded for the conduct ({when}): the 2000 text was not seen, "
    "and the pre-2008 paragraph the reference gives (identical to the present (a)) comes from an "
    "undated compilation [S] (reference § 2.3)",
    not_met=False,
    every_wording=EVERY_WORDING,
    cited=CITED,
    cited_in="in the pre-2008 text",
)
WINDOW_2008 = no_text(
    VERSION_2008,
    id="usc-1590-none-2008-window",
    start=VERSION_2008.in_force_from,
    until=WINDOW_END,
    title="23 December 2008 to 31 December 2009: the 2008 Act's effective date is UNVERIFIED",
    reason="the conduct ({when}) falls after the 2008 Act was enacted (23 December 2008) but "
    "before the end of 2009: whether the Act delayed its amendments is UNVERIFIED (reference "
    "§ 2.4), so the pre-2008 text, which is not encoded, may still have applied",
    not_met=False,
    every_wording=EVERY_WORDING,
    cited=CITED,
    cited_in="where the pre-2008 text may apply",
)
UNDATED = no_text(
    VERSION_2008,
    id="usc-1590-undated",
    start=date.min,
    until=None,
    title="Date not stated: which text of § 1590 applies is not known",
    reason="the date of the conduct is not stated, and the dates it can have happened on "
    "({when}) span more than one period of § 1590 (or a period with no text encoded)",
    not_met=False,
    every_wording=EVERY_WORDING,
    cited=CITED,
    cited_in="where the pre-2008 text may apply",
)

USC_1590 = Law(
    id="usc_1590",
    citation="18 U.S.C. § 1590",
    title="Trafficking with respect to peonage, slavery, involuntary servitude, or forced labor",
    jurisdiction="federal",
    versions=VERSIONS,
    enacted=ENACTED_ON,
    enacted_status="Pub. L. 106-386, div. A, § 112, 28 October 2000 [P] (reference § 2.1)",
    before=BEFORE,
    gaps=(NONE_2000, WINDOW_2008),
    short="18 U.S.C. § 1590",
    undated=UNDATED,
    labor_or_services=True,  # "labor or services"
)
