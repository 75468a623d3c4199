"""The labels of ``related-law-2026-12.md``, carried into every output that rests on its texts."""

from __future__ import annotations

from nm_trafficking.statute.model import Label

P = Label("[P]", "official text or a court's own words (read on a mirror where noted)")
S = Label(
    "[S]",
    "a secondary copy (code mirror, tracker, summary): not settled wording; compare with the "
    "official text before relying on it",
)
