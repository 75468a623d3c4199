"""A count's elements (contract 2.0): compact in the document, whole on request.

A count gives each element of each paragraph (or prong) as :class:`CountElement`: its key,
status, facts and reason. What the statute says of the element (its label, words, citation,
note and verification label) is the same for every act, so the document says it once, where the
paragraph is explained for its deciding act. :func:`expand` gives a count's elements back in
the whole form (:class:`ElementResult`, or :class:`LabelledElement` for a federal prong), the
statute's fields read from the text the act was judged under.
"""

from __future__ import annotations

from collections.abc import Sequence

from nm_trafficking import statute
from nm_trafficking.results import (
    Count,
    CountElement,
    ElementResult,
    LabelledElement,
    LawCount,
)
from nm_trafficking.statute.model import Element, Label, TextVersion


def label_of(version: TextVersion, element: Element) -> Label | None:
    """The verification label of the element's words: its own, else its paragraph's, else its
    text's."""
    label = element.verification
    if label is None and element.words is not None:
        label = version.paragraph(element.words_from).label
    if label is None:
        label = version.label
    return label


def compact(elements: Sequence[ElementResult]) -> list[CountElement]:
    """Each element as a count gives it: key, status, facts, reason (and evidence)."""
    return [CountElement(e.element, e.status, e.facts, e.reason, e.evidence) for e in elements]


def expand(
    version: TextVersion, citation: str, elements: Sequence[CountElement], *, labelled: bool
) -> list[ElementResult]:
    """A count's elements of paragraph ``citation`` of ``version`` in the whole form, the
    statute's fields from the text (the note as the text gives it: the 29 February point of
    law is the count's ``victim_age.open_point``)."""
    by_key = {e.key: e for e in version.offence(citation).elements}
    out: list[ElementResult] = []
    for c in elements:
        e = by_key[c.element]
        fields = (
            e.key,
            e.label,
            c.status,
            e.words,
            e.words_from,
            c.facts,
            c.reason,
            e.note,
            c.evidence,
        )
        if labelled:
            label = label_of(version, e)
            out.append(
                LabelledElement(
                    *fields,
                    label.code if label is not None else None,
                    label.meaning if label is not None else None,
                    e.also_words,
                    e.also_words_from,
                )
            )
        else:
            out.append(ElementResult(*fields))
    return out


def of_count(count: Count | LawCount, citation: str) -> list[ElementResult]:
    """The elements of paragraph (or prong) ``citation`` for one count, in the whole form
    (a federal prong's with their verification labels)."""
    version = statute.text_version(count.assessed_under)
    if isinstance(count, LawCount):
        return expand(version, citation, count.prongs[citation].elements, labelled=True)
    return expand(version, citation, count.paragraphs[citation].elements, labelled=False)


__all__ = ["CountElement", "LabelledElement", "compact", "expand", "label_of", "of_count"]
