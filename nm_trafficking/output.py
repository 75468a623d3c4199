"""Writing results as they come: one record per input, in every format, streamed.

The JSON shape is the same for one input or many: ``--format json`` prints a JSON array whose
elements are exactly the ``--format jsonl`` lines — each an assessment document (the output
contract, ``nm_trafficking.output_schema()``) with ``index`` and ``source`` added, or an error
record ``{"index", "source", "error": {"message", "fields": [{"loc", "message"}]}}``
(``record_schema()``). The array is written as it goes, so memory stays bounded.

Text that came from the input (titles, ids, file names, error messages) is shown with control
characters escaped (``limits.printable``); JSON escapes them too, including the C1 controls and
line separators that ``json.dumps(ensure_ascii=False)`` would leave raw.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Literal, TextIO

from nm_trafficking.batch import BatchItem
from nm_trafficking.limits import json_safe, printable
from nm_trafficking.records import ErrorRecord
from nm_trafficking.render.instructions import render as render_instructions
from nm_trafficking.render.memo import render as render_memo
from nm_trafficking.render.timeline import document as render_timeline
from nm_trafficking.results import CONTRACT_VERSION, json_dumps, output_schema
from nm_trafficking.serialization import schemas
from nm_trafficking.stream import json_chunks

Format = Literal["text", "json", "jsonl", "markdown", "instructions", "memo", "timeline-svg"]


def json_text(value: Any, *, indent: int | None = None) -> str:
    """``value`` (plain data or result models) as JSON (UTF-8 text), with every control or
    invisible formatting character escaped as ``\\uXXXX`` (valid JSON, safe on a terminal)."""
    return _escaped(json_dumps(value, indent=indent))


def _escaped(text: str) -> str:
    """Control, format and other invisible characters as JSON escapes (``json_safe``)."""
    return json_safe(text)


def streamed(item: BatchItem, fmt: Format, detail: str) -> bool:
    """Whether ``item`` is written as it is made (count by count): a full JSON document."""
    return fmt in ("json", "jsonl") and detail == "full" and item.assessment is not None


def render_chunks(item: BatchItem, fmt: Format) -> Iterator[str]:
    """A full JSON record of ``item`` in pieces (see ``nm_trafficking.stream``): joined, what
    :func:`render_item` gives at ``detail="full"``; each count is explained as it is written."""
    assert item.assessment is not None
    record: Any = {**item.assessment.document("full"), "index": item.index}
    record["source"] = item.source
    for chunk in json_chunks(record, indent=2 if fmt == "json" else None):
        yield _escaped(chunk)


def render_item(
    item: BatchItem,
    fmt: Format,
    *,
    header: bool,
    detail: str = "summary",
    prepared_by: str | None = None,
) -> str:
    """One input's output in ``fmt`` at ``detail`` (without the JSON array's brackets and
    commas); ``prepared_by`` names the memo's author."""
    if fmt in ("json", "jsonl"):
        if item.assessment is not None:  # the document's fields, then index and source
            record: Any = {**item.assessment.document(detail), "index": item.index}
            record["source"] = item.source
        else:
            record = item.to_dict()
        return json_text(record, indent=2 if fmt == "json" else None)
    assert item.assessment is not None
    if fmt == "markdown":
        return item.assessment.to_markdown(detail)  # type: ignore[arg-type]
    if fmt == "memo":  # an HTML document: the source is in no header of its own
        return render_memo(item.assessment, prepared_by=prepared_by, pattern=item.pattern)
    if fmt == "timeline-svg":  # an SVG document, built from the summary
        return render_timeline(item.assessment.summary)
    if fmt == "instructions":
        form = render_instructions(item.assessment, item.pattern)
        return f"# {printable(item.source or '')}\n{form}" if header else form
    text = item.assessment.explain(detail)  # type: ignore[arg-type]
    return f"# {printable(item.source or '')}\n{text}" if header else text


class Writer:
    """Writes rendered items to ``out`` in order, with the separators of the format."""

    def __init__(self, out: TextIO, fmt: Format) -> None:
        self.out = out
        self.fmt = fmt
        self.count = 0

    def write(self, rendered: str | Iterable[str]) -> None:
        """Write one rendered item: its text, or its pieces (a streamed JSON record)."""
        if not isinstance(rendered, str):
            self._write_pieces(rendered)
        elif self.fmt == "json":
            self.out.write(("[\n" if self.count == 0 else ",\n") + rendered)
        elif self.fmt == "jsonl":
            self.out.write(rendered + "\n")
        else:
            sep = "\n\n---\n\n" if self.fmt == "markdown" else "\n\n"
            self.out.write((sep if self.count else "") + rendered)
        self.count += 1
        if self.fmt == "jsonl" or self.count % 64 == 0:
            self.out.flush()

    def _write_pieces(self, pieces: Iterable[str]) -> None:
        if self.fmt not in ("json", "jsonl"):
            raise ValueError("only a JSON record is written in pieces")
        if self.fmt == "json":
            self.out.write("[\n" if self.count == 0 else ",\n")
        written = 0
        for piece in pieces:
            self.out.write(piece)
            written += len(piece)
            if written >= 1 << 20:  # a megabyte at a time reaches the reader as it is made
                self.out.flush()
                written = 0
        self.count += 1
        if self.fmt == "jsonl":
            self.out.write("\n")
            self.out.flush()
        elif self.count % 64 == 0:
            self.out.flush()

    def close(self) -> None:
        if self.fmt == "json":
            self.out.write("[]\n" if self.count == 0 else "\n]\n")
        elif (
            self.fmt in ("text", "markdown", "instructions", "memo", "timeline-svg") and self.count
        ):
            self.out.write("\n")
        self.out.flush()


def record_schema(detail: str = "summary") -> dict[str, Any]:
    """The JSON Schema of one record of ``--format jsonl`` (and one element of the array of
    ``--format json``): an assessment document with ``index`` and ``source``, or an error
    (:class:`~nm_trafficking.records.ErrorRecord`)."""
    doc = output_schema(detail)
    _, defs = schemas(ErrorRecord)
    error = defs.pop("ErrorRecord")
    assessment = {k: v for k, v in doc.items() if k not in ("$schema", "$id", "$defs")}
    position = {k: error["properties"][k] for k in ("index", "source")}
    assessment["properties"] = {**assessment["properties"], **position}
    assessment["required"] = [*assessment["required"], *position]
    return {
        "$schema": doc["$schema"],
        "$id": f"https://nm-trafficking.invalid/schema/record/{CONTRACT_VERSION}",
        "title": "nm_trafficking batch record",
        "oneOf": [assessment, error],
        "$defs": dict(sorted({**doc["$defs"], **defs}.items())),
    }
