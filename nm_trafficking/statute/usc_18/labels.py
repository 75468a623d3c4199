"""The verification labels of the federal reference
(``../shared/statute/federal-18-usc-1589-1590-1591.md`` § 0), carried into every output line
that quotes federal text, and the sources of the element lists.

* **[P]** — seen verbatim in a primary-looking source (uscode.house.gov, GPO, a court's pattern
  instruction or opinion);
* **[S]** — seen verbatim only in secondary copies of the Code; a primary check of the wording is
  UNVERIFIED;
* **[R]** — reconstructed by running the official amendment notes backwards over the current
  text; UNVERIFIED as to exact wording and punctuation.
"""

from __future__ import annotations

from nm_trafficking.statute.model import Label

COMPARE = "compare with the official Code before relying on it"

P = Label("[P]", "wording checked against a primary source")
P_2000 = Label(
    "[P]",
    "wording checked against a primary source (uscode.house.gov, 2000 edition of the Code)",
)
S = Label(
    "[S]",
    f"wording checked against secondary copies of the Code only (primary check UNVERIFIED); "
    f"{COMPARE}",
)
S_SINGLE = Label(
    "[S]",
    "wording seen in a single secondary copy of the Code only (primary check UNVERIFIED); "
    f"{COMPARE}",
)
R = Label(
    "[R]",
    "wording reconstructed from the amendment notes, UNVERIFIED as to exact wording and "
    f"punctuation; {COMPARE}",
)
R_PERIOD = Label(
    "[R]",
    "the text of this period is reconstructed from the amendment notes as the current wording "
    "(itself checked against secondary copies of the Code only), UNVERIFIED; " + COMPARE,
)
NONE = Label("—", "no text of the section is encoded for this period")

NINTH_20_25 = (
    "elements as in the Ninth Circuit's model instruction 20.25 (rev. Dec. 2023) [P]; no Tenth "
    "Circuit instruction for § 1591 was found (UNVERIFIED)"
)
NINTH_20_25A = (
    "elements as in the Ninth Circuit's model instruction 20.25A [P]; no Tenth Circuit "
    "instruction for § 1591 was found (UNVERIFIED)"
)
NINTH_20_26 = (
    "elements as in the Ninth Circuit's model instruction 20.26 (rev. Aug. 2023) [P], split into "
    "benefit, venture and participation; no Tenth Circuit instruction was found (UNVERIFIED)"
)
NINTH_24_28 = (
    "elements as in the Ninth Circuit's model instruction 24.28 [P]; no Tenth Circuit "
    "instruction for § 1589 was found (UNVERIFIED)"
)
OWN_1589B = (
    "no pattern instruction found: elements derived from the text by the reference (own work, "
    "reference § 3.5)"
)
OWN_1590A = (
    "no pattern instruction found: elements derived from the text by the reference (own work, "
    "reference § 3.6)"
)
