"""30-52-1(E): a human trafficking victim shall not be charged with accessory to the crime.

Only the accessory charge: this is not immunity from being charged as a principal or with
other offenses."""

from nm_trafficking.statute.model import Paragraph

PARAGRAPH_E = Paragraph(
    citation="30-52-1(E)",
    title="Victim not an accessory",
    text=(
        "E. In a prosecution pursuant to this section, a human trafficking victim shall not be "
        "charged with accessory to the crime of human trafficking."
    ),
)
