"""30-52-1(B): who may prosecute."""

from nm_trafficking.statute.model import Paragraph

PARAGRAPH_B = Paragraph(
    citation="30-52-1(B)",
    title="Jurisdiction",
    text=(
        "B. The attorney general and the district attorney in the county of jurisdiction have "
        "concurrent jurisdiction to enforce the provisions of this section."
    ),
)
