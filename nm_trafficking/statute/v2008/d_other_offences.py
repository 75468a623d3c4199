"""30-52-1(D): prosecution under this section does not bar prosecution under other law."""

from nm_trafficking.statute.model import Paragraph

PARAGRAPH_D = Paragraph(
    citation="30-52-1(D)",
    title="Other offenses",
    text=(
        "D. Prosecution pursuant to this section shall not prevent prosecution pursuant to any "
        "other provision of the law when the conduct also constitutes a violation of that other "
        "provision."
    ),
)

RELATED_OFFENCES = (
    "NMSA § 30-28-1 attempt to commit a felony (text seen only in an old secondary copy) — "
    "e.g. a sting in which the person was not in fact a minor",
    "NMSA § 30-28-2 conspiracy (text seen in secondary copies)",
    "NMSA § 30-6A-4 sexual exploitation of children by prostitution (1989, amended 2015)",
    "NMSA § 30-9-2 prostitution",
    "NMSA § 30-9-3 patronizing prostitutes",
    "NMSA § 30-9-4 promoting prostitution",
    "NMSA § 30-9-4.1 accepting earnings of a prostitute",
    "18 U.S.C. § 1589 forced labor",
    "18 U.S.C. § 1590 trafficking with respect to peonage, slavery, involuntary servitude or "
    "forced labor",
    "18 U.S.C. § 1591 sex trafficking of children or by force, fraud, or coercion (its verbs "
    "include harbors, provides, advertises, maintains, patronizes)",
)
"""Related law a prosecutor weighs on the same facts (shared/statute reference, §4; attempt and
conspiracy from research-2026-11-related-texts.md §3.5-3.6, secondary copies)."""
