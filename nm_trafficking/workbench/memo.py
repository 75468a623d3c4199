"""The workbench's printable memo: the library's memo (``render.memo``) as an HTML fragment
for the page's print view (the page's stylesheets style it; its policy allows no inline
style). Every text from the fact pattern is escaped there."""

from __future__ import annotations

from nm_trafficking.facts.pattern import FactPattern
from nm_trafficking.render.memo import fragment
from nm_trafficking.results import AssessmentResult

__all__ = ["memo_html"]


def memo_html(pattern: FactPattern, assessment: AssessmentResult) -> str:
    """The memo for ``pattern`` and its ``assessment``."""
    return fragment(assessment, pattern=pattern)
