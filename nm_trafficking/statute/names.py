"""The name of a New Mexico felony grade as the output writes it, in one place: every grade of
the statute data (``Grade.name``) and the related law's grades (attempt and conspiracy) are
named by :func:`felony`, and every surface (the text, Markdown, HTML, the memo, the workbench
and its page through the catalogue, the classroom) reads ``Grade.name``. A change of the
grade words is a change of :data:`FELONY` — the words quoted from a statute stay as the statute
writes them."""

from __future__ import annotations

FELONY = "{degree} degree felony"
"""The name of a felony grade, from its degree (``first``, ..., ``fourth``)."""


def felony(degree: str) -> str:
    """``second degree felony``."""
    return FELONY.format(degree=degree)
