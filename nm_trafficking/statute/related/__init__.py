"""The law around § 30-52-1 and §§ 1589-1591 (``../shared/statute/related-law-2026-12.md``):
limitation periods, unit of prosecution and unanimity, Indian country, safe harbor. Each rule is
data with its verbatim words and the source's label ([P] a court's or the official words, [S] a
secondary copy); what the source calls NOT FOUND or open stays an open point, never a default.

Nothing here is a finding: the notes built from it are warnings and cautions
(``nm_trafficking.reasoning.related_notes``).
"""
