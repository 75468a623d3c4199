"""What is still needed as the text summary says it, for the workbench's page: each question
with the heading the text files it under (``summary_text.needed_headings``: a pair's under
"D toward V", a helper's under the helper's own heading, "H, as accessory to D's recruiting of
V on 1 June 2021"), its words in a readable output (``summary_text.question_text``: a helper's
§ 30-52-1(E) question refers to the helper's finding, shown above it) and what it settles
(``summary_text.cites``). The page shows these strings as they are: the same words as the CLI,
worked out once, here; the JSON's questions keep their own, self-contained words."""

from __future__ import annotations

from typing import Any

from nm_trafficking.render import summary_text
from nm_trafficking.summary import Summary

__all__ = ["needed_words"]


def needed_words(s: Summary) -> list[dict[str, Any]]:
    """Each question of ``summary_text.needed(s)`` (the pairs', then the helpers'), in that
    order: ``heading`` (what the text groups it under where it groups them), ``text``,
    ``settles`` (the paragraphs or prongs, as the text names them), ``kind`` (fact or
    point_of_law) and ``element`` (the element's key)."""
    return [
        {
            "heading": heading,
            "text": summary_text.question_text(q),
            "settles": summary_text.cites(q.citations, q.cited),
            "kind": q.kind,
            "element": q.element,
        }
        for q, heading in summary_text.needed_headings(s)
    ]
