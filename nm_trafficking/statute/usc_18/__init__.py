"""18 U.S.C. §§ 1589, 1590, 1591 (with § 1594) as data, beside NMSA § 30-52-1.

The only source is the federal reference, ``../shared/statute/federal-18-usc-1589-1590-1591.md``:
every paragraph quoted here is verbatim from it (a test checks each against the file), and each
carries the reference's label — [P] checked against a primary source, [S] only against
secondary copies of the Code, [R] reconstructed from the amendment notes. What the reference
marks UNVERIFIED is never encoded as law: where it bears on a result, the result is
undetermined and a note names the open point.

    s1591/   § 1591 sex trafficking: v2008 [R], v2015 [R], v2018a [R], v2018b [S] (current)
    s1589/   § 1589 forced labor: v2000 [P], v2008 [S] (current)
    s1590/   § 1590 trafficking for labor or services: v2008 [S] (current)
    s1594.py § 1594 attempt and conspiracy (notes only) [S]
    periods.py  the periods with no text (before 2000; gaps; the 2008 effective-date window)
    labels.py   [P] / [S] / [R] and the sources of the element lists
"""

from __future__ import annotations

from nm_trafficking.statute.usc_18.s1589 import USC_1589
from nm_trafficking.statute.usc_18.s1590 import USC_1590
from nm_trafficking.statute.usc_18.s1591 import USC_1591

REFERENCE = "../shared/statute/federal-18-usc-1589-1590-1591.md"

LAWS = (USC_1591, USC_1589, USC_1590)
"""The federal laws, in the order the output reports them."""

__all__ = ["LAWS", "REFERENCE", "USC_1589", "USC_1590", "USC_1591"]
