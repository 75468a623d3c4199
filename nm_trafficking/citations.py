"""How prose cites a federal offense and names a text: each text by one name
(:func:`words.text_name`), each offense as the text in force on an act's date has it (the 2000
text of § 1589 has no subsections). Statute data and words only, so that the reasoning and the
renderers share it (renderers import no reasoning)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from nm_trafficking import words
from nm_trafficking.statute.model import FederalVersion, TextVersion


def text_named(version: TextVersion) -> str:
    """A text (or a period with no text applied) named as the summary's counts name it, by
    :func:`words.text_name`: ``18 U.S.C. § 1591 as amended 23 December 2008 [R]``, never its
    data's citation (``18 U.S.C. § 1591 (2008-2015, reconstructed)``): one text, one name, in
    the element reasons, the notes and the summary alike (review Z1 F2 of session 8)."""
    law_id = version.law if isinstance(version, FederalVersion) else "nm_30_52_1"
    return words.text_name(words.law(law_id), version)


def cited(citation: str, texts: Iterable[TextVersion], *, short: bool = False) -> str:
    """The offense keyed ``citation`` as prose cites it in ``texts`` (the texts of the acts a
    sentence speaks of): each text's own citation of it (:attr:`TextVersion.cited`: the 2000
    text of § 1589 has no subsections, so ``18 U.S.C. § 1589(a)`` is ``18 U.S.C. § 1589``
    there). Where the texts cite it differently, the key's own form and each other's, with the
    text it is in: ``§ 1589(a), or § 1589 in the 2000 text`` (a key's own form with a note on it,
    ``§ 1589(b) (added in 2008)``, is not said beside the key). ``short``: without the title
    (``words.paragraph_short``). The engine, the counts and the JSON keep the key."""
    shorten = words.paragraph_short if short else str
    forms: dict[str, str] = {}
    for text in texts:
        form = text.cited.get(citation)
        if form is None:
            forms.setdefault(citation, "")
        else:
            forms.setdefault(form, text.cited_in)
    if citation in forms:  # the key named in a text that has it: a note on it is not repeated
        forms = {f: w for f, w in forms.items() if not f.startswith(f"{citation} ")}
    if len(forms) <= 1:
        return shorten(next(iter(forms), citation))
    first = citation if citation in forms else next(iter(forms))
    others = [
        f"{words.paragraph_short(f)} {where}".strip() for f, where in forms.items() if f != first
    ]
    return ", or ".join((shorten(first), *others))


def count_cited(
    law_id: str, counts: Iterable[Any], citation: str, *, conduct: str | None = None
) -> str:
    """:func:`cited` in the texts a federal finding's counts were judged under (``counts``:
    its ``LawCount`` list; ``conduct``: that act's alone), from their ``assessed_under`` ids:
    for the views that render a finding rather than the summary."""
    law = words.law(law_id)
    by_id = {v.id: v for v in (*law.all_versions, *((law.undated,) if law.undated else ()))}
    texts = [
        by_id[c.assessed_under]
        for c in counts
        if (conduct is None or c.conduct == conduct) and c.assessed_under in by_id
    ]
    return cited(citation, texts)


def of_one_act(citation: str, texts: Sequence[TextVersion]) -> TextVersion:
    """The text whose citation of ``citation`` prose gives for one act that may fall under any
    of ``texts`` (an undated act, an act in the 2009 window): one that has no such subsection
    (``§ 1589``, right under every one of them), else the first. A key's own form with a note
    on it (``§ 1589(b) (added in 2008)``) is not preferred to the key."""
    for text in texts:
        form = text.cited.get(citation)
        if form is not None and not form.startswith(f"{citation} "):
            return text
    return next((t for t in texts if citation not in t.cited), texts[0])
