"""The workbench's request bodies and dates as pydantic models: validated by them, documented
in OpenAPI from them.

The body itself is read by hand (``http.read_body`` and ``parse_body``), not by FastAPI's
``Body``, for measured reasons: a body over the limit is refused (413) from its
``Content-Length`` or while it streams, before anything is parsed; a body that trickles is
refused (408); YAML is accepted beside JSON; keys given twice, too many values and too deep
nesting are refused by the loader's linear scan (a 1 MiB adversarial body refused fast, issue
21). FastAPI's ``Body`` would read the whole body and hand it to ``json.loads`` first. So the
routes parse the body, then validate the envelope with these models (fact patterns inside are
left to the facts models: ``Any`` here, a reference to ``FactPattern`` in OpenAPI), and
``openapi_extra`` carries :func:`request_body` — the one thing FastAPI cannot express for a
body it does not read.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainValidator,
    StrictBool,
    ValidationError,
    WithJsonSchema,
)

from nm_trafficking.errors import FieldError, InvalidFactPattern
from nm_trafficking.facts.locations import field_errors
from nm_trafficking.workbench.http import optional_date

MAX_BATCH = 1000
"""Most fact patterns in one batch request."""
MAX_CHANGES = 50
"""Most changes in one what-if request (the app sends one at a time)."""

DATE_MESSAGE = "must be a date written YYYY-MM-DD"


def _date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return optional_date(value, "")
    except InvalidFactPattern as exc:  # not written YYYY-MM-DD, or not on the calendar
        raise ValueError(exc.errors[0].message) from None


Day = Annotated[
    date | None,
    PlainValidator(_date),
    WithJsonSchema({"type": "string", "format": "date"}),
]
"""A ``YYYY-MM-DD`` date of a query or a body (``None`` when not given); the same words for
a wrong value wherever it is given."""

COMPONENT = "x-component"
"""Marks a place for a reference to an OpenAPI component (pydantic resolves a ``$ref`` it is
given, and the components are the app's): :func:`request_body` writes the reference."""

FactPatternDocument = Annotated[Any, WithJsonSchema({COMPONENT: "FactPattern"})]
"""A fact pattern inside a body: validated by the facts models (its errors under its part)."""

LawChoice = Literal["all", "nm", "federal"]
Status = Literal["met", "not_met", "undetermined"]
GradeAnswer = Literal["first", "second", "third", "none", "undetermined"]


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class AssessEnvelope(_Body):
    """``POST /assess`` with options: the pattern and the dates and laws to assess it by."""

    pattern: FactPatternDocument
    as_of: Day = None
    today: Day = None
    law: LawChoice | None = None


class BatchBody(_Body):
    patterns: list[FactPatternDocument] = Field(max_length=MAX_BATCH)
    as_of: Day = None
    today: Day = None
    on_error: Literal["fail", "skip"] = "fail"
    law: LawChoice = "all"


class EvaluateBody(_Body):
    pattern: FactPatternDocument
    before: FactPatternDocument = None
    as_of: Day = None
    today: Day = None
    law: LawChoice = "all"


class Change(BaseModel):
    """One change of a what-if: a fact's path (``FactPattern.with_fact``) and its new value
    (``null`` or ``"unknown"``: unknown)."""

    model_config = ConfigDict(frozen=True)

    path: str
    value: Any = None


class WhatIfBody(_Body):
    pattern: FactPatternDocument
    changes: list[Change] = Field(min_length=1, max_length=MAX_CHANGES)
    as_of: Day = None
    today: Day = None
    law: LawChoice = "all"


class CompareBody(_Body):
    """``POST /compare``: two patterns, assessed by the same dates and laws (``law`` as the
    assess route's: the body's overrides ``?law=``)."""

    before: FactPatternDocument
    after: FactPatternDocument
    as_of: Day = None
    today: Day = None
    law: LawChoice | None = None


class MemoBody(_Body):
    pattern: FactPatternDocument
    as_of: Day = None
    today: Day = None
    law: LawChoice = "all"


class Answer(_Body):
    """A trainee's answer for one defendant and victim."""

    paragraphs: dict[str, Status] = Field(default_factory=dict)
    grade: GradeAnswer | None = None
    remaining: dict[str, list[str]] = Field(default_factory=dict)
    """Paragraph -> the element keys still to establish."""


class CheckBody(_Body):
    """A trainee's answers to a classroom case (``attempt``, ``trainee`` and ``session``
    are checked by the classroom and echoed in the result)."""

    answers: dict[str, Answer] | None = None
    ask_remaining: StrictBool = True
    attempt: Annotated[Any, WithJsonSchema({"type": "integer", "minimum": 1})] = None
    trainee: Annotated[Any, WithJsonSchema({"type": "string"})] = None
    session: Annotated[Any, WithJsonSchema({"type": "string"})] = None


class Problem(BaseModel):
    """One problem of a request: where (``conduct[0].act``; empty for the whole) and what."""

    loc: str
    message: str


class Problems(BaseModel):
    """Every error answer (400, 403, 404, 405, 408, 413, 415, 422, 500): the problems, each
    located; ``part`` names the part of the body that holds them (``pattern``, ``before``,
    ``patterns[3]``...) when there are parts (422 only)."""

    message: str
    part: str | None = None
    errors: list[Problem]


class InvalidRequest(InvalidFactPattern):
    """A request whose envelope (the fields around the fact pattern: ``pattern``, ``today``,
    ``law``...) is wrong: 422, said as an invalid request, not an invalid fact pattern."""


def validated(model: type[_Body], data: Any) -> Any:
    """``data`` (a parsed body) as ``model``, else :class:`InvalidRequest` with each problem
    located (an unknown field with the nearest known one)."""
    if not isinstance(data, dict):
        raise InvalidRequest([FieldError("", "the body must be a JSON object")])
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        errors = field_errors(exc, data, model)
    raise InvalidRequest([_fields_named(e, model) for e in errors]) from None


def _fields_named(error: FieldError, model: type[_Body]) -> FieldError:
    """An unknown field with no near name: the fields there are named instead."""
    if error.message != "unknown field":
        return error
    owner = Answer if error.loc.startswith("answers.") else model  # the one nested model
    return FieldError(error.loc, f"unknown field; the fields are {', '.join(owner.model_fields)}")


def _inline(schema: dict[str, Any]) -> dict[str, Any]:
    """A model's JSON Schema with its ``$defs`` written in place (one body, no components)."""
    defs = schema.pop("$defs", {})

    def rewrite(value: Any) -> Any:
        if isinstance(value, dict):
            if COMPONENT in value:
                return {"$ref": f"#/components/schemas/{value[COMPONENT]}"}
            ref = value.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/$defs/"):
                return rewrite(defs[ref.removeprefix("#/$defs/")])
            return {k: rewrite(v) for k, v in value.items()}
        if isinstance(value, list):
            return [rewrite(v) for v in value]
        return value

    out: dict[str, Any] = rewrite(schema)
    return out


def request_body(
    schema: type[BaseModel] | dict[str, Any], *, yaml_too: bool = False
) -> dict[str, Any]:
    """The ``openapi_extra`` of a route that reads its body by hand: the body's schema (a
    model's, or a reference), as JSON and, with ``yaml_too``, YAML."""
    found = schema if isinstance(schema, dict) else _inline(schema.model_json_schema())
    content: dict[str, Any] = {"application/json": {"schema": found}}
    if yaml_too:
        content["application/yaml"] = {"schema": found}
    return {"requestBody": {"required": True, "content": content}}
