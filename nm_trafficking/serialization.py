"""The result models as JSON and as JSON Schema, both by pydantic (issue 22).

The result models (``results``, ``summary``, ``detail``, ``records``) are standard-library
dataclasses: they are built fast, many per assessment, and never validated. pydantic serializes
them (``TypeAdapter.dump_json``/``dump_python``) and gives their JSON Schema
(``TypeAdapter.json_schema``, serialization mode) from the same declarations.

How a field is declared, and what reaches the document and the schema:

- ``name: T`` or ``name: T = field(metadata=doc("..."))``: an ordinary field; in the document
  and the schema (required), in declaration order, with its description. A field added this
  way needs no further step.
- a field whose name starts with ``_``: private (what builds an explanation, a text kept for a
  property); never written, not in the schema.
- a field named in the class's ``LAZY`` (a :class:`~nm_trafficking.results.Lazy` model,
  declared with ``_lazy("...")``): built on first read; written (which builds it) and in the
  schema like an ordinary field.
- a field named in the class's ``OMIT_EMPTY``: left out of the document when empty (not
  required in the schema).
- the class docstring is the schema's description of the model.

pydantic reads an annotation in the class's namespace first: a field named like a type
(``date``) is annotated with the type's qualified name (``date: datetime.date | None``).

pydantic reads a standard dataclass's fields from ``__dataclass_fields__`` and its config from
``__pydantic_config__``; :func:`_declare` tells it the conventions above once per class,
before the first document is written, by giving those dataclass fields the field arguments
pydantic reads (``exclude``, ``exclude_if``); a lazy field is shown to pydantic with a default
factory only while it builds a serializer or a schema (:func:`_lazy_fields_shown`). Each model
class then carries its serializer (``__pydantic_serializer__``), so that documents (plain dicts
holding models) are written through ``TypeAdapter(Any)``.

JSON text: ``json_dumps(value)`` at ``indent=2`` is pydantic's own writer (byte for byte what
``json.dumps(..., indent=2, ensure_ascii=False)`` writes); without indent it is the standard
library's writer over pydantic's JSON-ready data, whose separators (``", "``, ``": "``) the
JSON Lines output has always had (pydantic writes ``","`` and ``":"``). No hand-tuned writer
is kept: the answer-first ratio (``to_json()`` against the bare C-core loop) did not move, and
the full document's indented text costs about a tenth of a millisecond more than the generated
mappings and orjson did (figures in ``docs/performance.md``).
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import json
import threading
import types
from collections.abc import Iterator, Mapping
from dataclasses import MISSING, Field, fields, is_dataclass
from typing import Any

from pydantic import ConfigDict, TypeAdapter
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import PydanticSerializationError, core_schema

MODEL_MODULES = (
    "nm_trafficking.results",
    "nm_trafficking.summary",
    "nm_trafficking.detail",
    "nm_trafficking.records",
)
"""The modules whose dataclasses are result models."""

CONFIG = ConfigDict(extra="forbid", json_schema_serialization_defaults_required=True)
"""Every model's pydantic config: no other properties, and in the schema every field that is
always written required."""


def _empty(value: Any) -> bool:
    return not value


def _unbuilt() -> Any:
    raise AssertionError("a lazy field is built on first read, never by default")


def _set(f: Field[Any], **arguments: Any) -> None:
    f.metadata = types.MappingProxyType({**f.metadata, **arguments})


def _declare(cls: type) -> None:
    """Tell pydantic, for good, which fields of the dataclass ``cls`` are private or left out
    when empty, and its config (see the module docstring)."""
    lazy = getattr(cls, "LAZY", ())
    omit = getattr(cls, "OMIT_EMPTY", ())
    for f in fields(cls):
        if f.name.startswith("_"):
            _set(f, exclude=True)
        elif f.name in lazy and (f.init or f.default is not MISSING):
            raise TypeError(f"{cls.__name__}.{f.name}: a lazy field is declared _lazy()")
        if f.name in omit:
            _set(f, exclude_if=_empty)
    cls.__pydantic_config__ = CONFIG  # type: ignore[attr-defined]


_BUILDING = threading.Lock()


@contextlib.contextmanager
def _lazy_fields_shown() -> Iterator[None]:
    """While pydantic builds a serializer or a schema: the lazy fields with a default factory,
    which pydantic needs to count a field that ``__init__`` does not set. Taken away again
    after, since a dataclass made later (a subclass) would call it in its ``__init__``."""
    with _BUILDING:
        lazy = [f for cls in models() for f in fields(cls) if f.name in getattr(cls, "LAZY", ())]
        for f in lazy:
            f.default_factory = _unbuilt
        try:
            yield
        finally:
            for f in lazy:
                f.default_factory = MISSING


def models() -> list[type]:
    """Every result model class, in the order of its module."""
    found: list[type] = []
    for name in MODEL_MODULES:
        module = importlib.import_module(name)
        found += [
            v
            for v in vars(module).values()
            if isinstance(v, type) and is_dataclass(v) and v.__module__ == name
        ]
    return found


@functools.cache
def _any() -> TypeAdapter[Any]:
    """The adapter that writes any document, once every model is declared to pydantic."""
    classes = models()
    for cls in classes:
        _declare(cls)
    with _lazy_fields_shown():
        adapters: list[tuple[type, TypeAdapter[Any]]] = [(c, TypeAdapter(c)) for c in classes]
    for cls, adapter in adapters:
        cls.__pydantic_serializer__ = adapter.serializer  # type: ignore[attr-defined]
    return TypeAdapter(Any)


def plain(value: Any) -> Any:
    """The JSON-ready form of ``value`` (result models, dicts, lists, dates): what the document
    holds, with dates as ISO strings and private fields left out."""
    return _any().dump_python(value, mode="json")


def json_utf8(value: Any) -> bytes:
    """``value`` as indented (2) JSON, UTF-8 bytes, not ASCII-escaped."""
    try:
        return _any().dump_json(value, indent=2)
    except PydanticSerializationError:  # a lone surrogate, which UTF-8 cannot carry
        return _standard(value, 2).encode("utf-8")


def json_dumps(value: Any, *, indent: int | None = 2) -> str:
    """``value`` (plain data or result models) as JSON text, not ASCII-escaped: exactly what
    ``json.dumps(plain(value), indent=indent, ensure_ascii=False)`` writes."""
    if indent == 2:
        try:
            return _any().dump_json(value, indent=2).decode("utf-8")
        except PydanticSerializationError:
            pass
    return _standard(value, indent)


def _standard(value: Any, indent: int | None) -> str:
    return json.dumps(plain(value), indent=indent, ensure_ascii=False)


def members(value: Any, built: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """A model's members as the document writes them, one level deep (the values are models,
    lists and dicts as they are); ``built``: values to write instead of the model's own (a lazy
    model's explanation, built for writing and not kept on it)."""
    _any()
    found: dict[str, Any] = {}
    for f in fields(value):
        if f.metadata.get("exclude"):
            continue
        member = built[f.name] if built is not None and f.name in built else getattr(value, f.name)
        omit = f.metadata.get("exclude_if")
        if omit is None or not omit(member):
            found[f.name] = member
    return found


class _Schema(GenerateJsonSchema):
    """pydantic's JSON Schema, without a title per field (the field's name says it)."""

    def field_title_should_be_set(self, schema: Any) -> bool:
        return False

    def dataclass_schema(self, schema: core_schema.DataclassSchema) -> JsonSchemaValue:
        found = super().dataclass_schema(schema)
        found.pop("title", None)  # the $defs key names the model
        return found


def schemas(*types_: Any) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The JSON Schema (2020-12, serialization mode) of each of ``types_`` and the ``$defs``
    they share: a model is ``{"$ref": "#/$defs/Name"}``."""
    _any()
    with _lazy_fields_shown():
        whole = TypeAdapter(tuple[types_]).json_schema(  # type: ignore[valid-type]
            mode="serialization", schema_generator=_Schema
        )
    return whole["prefixItems"], whole.get("$defs", {})
