"""The workbench ASGI app (FastAPI): versioned JSON routes under ``/api/v1``, OpenAPI docs at
``/api/docs`` (served from the package, no CDN) and the browser app at ``/``.

Contract: ``POST /api/v1/assess?detail=summary|elements|full`` answers with exactly the bytes of
:meth:`Assessment.to_json(detail=...) <nm_trafficking.Assessment.to_json>` for the pattern posted
(UTF-8, ``application/json``; the detail ``summary`` unless asked), invisible characters
JSON-escaped as the CLI writes them. Bad input gets 422 with the loader's field-located errors
(the CLI's wording), a bad query value 422 naming the parameter, a body over
:data:`~nm_trafficking.workbench.http.MAX_BODY_BYTES` gets 413 before it is parsed, an internal
error 500 with a fixed message. Nothing is stored; nothing is logged but
the type of an internal error.

Each worker assesses one request at a time on its event loop (the engine serialises calls
anyway): for parallel work run several workers (``nm-trafficking serve --workers N``).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import replace
from datetime import date
from importlib.resources import files
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect
from starlette.responses import FileResponse, HTMLResponse, Response
from starlette.staticfiles import StaticFiles

from nm_trafficking import statute
from nm_trafficking.assessment import Assessment, InvalidArgument, __version__, assess
from nm_trafficking.compare import compare
from nm_trafficking.errors import FieldError, InvalidFactPattern
from nm_trafficking.facts.loading import from_dict, json_schema
from nm_trafficking.facts.locations import said
from nm_trafficking.facts.pattern import FactPattern
from nm_trafficking.limits import Limits, json_safe_bytes, printable
from nm_trafficking.render.timeline import document as timeline_document
from nm_trafficking.render.timeline import html as timeline_html
from nm_trafficking.results import CONTRACT_VERSION, json_utf8, output_schema
from nm_trafficking.summary import DETAILS, Detail
from nm_trafficking.words import DISCLAIMER_HEAD
from nm_trafficking.workbench import classroom
from nm_trafficking.workbench.answers import ANSWERS
from nm_trafficking.workbench.bodies import (
    COMPONENT,
    MAX_BATCH,
    MAX_CHANGES,
    AssessEnvelope,
    BatchBody,
    CheckBody,
    CompareBody,
    Day,
    EvaluateBody,
    InvalidRequest,
    LawChoice,
    MemoBody,
    Problems,
    WhatIfBody,
    request_body,
    validated,
)
from nm_trafficking.workbench.export import pattern_yaml
from nm_trafficking.workbench.heads import helper_heads
from nm_trafficking.workbench.http import (
    BODY_SECONDS,
    MAX_BODY_BYTES,
    NO_DATES,
    ROUTING_MESSAGES,
    BodyTooLarge,
    BodyTooSlow,
    Dates,
    HostCheck,
    SecurityHeaders,
    error_response,
    internal,
    invalid,
    json_response,
    parse_body,
    parse_dated_body,
    read_body,
    too_large_message,
)
from nm_trafficking.workbench.limitation import limitation_words
from nm_trafficking.workbench.memo import memo_html
from nm_trafficking.workbench.needed import needed_words
from nm_trafficking.workbench.questions import next_questions
from nm_trafficking.workbench.words import fact_catalog, plain_pattern

__all__ = ["API", "MAX_BATCH", "MAX_CHANGES", "app_factory", "create_app"]

API = "/api/v1"
MAX_BATCH_CONDUCT = 1000
"""Most acts over all the fact patterns of one batch request (the work, and the size of the
answer, grow with the acts: every act is explained under every law)."""

LIMITS = Limits(max_persons=200, max_conduct=200, max_observations=1000, max_nodes=200_000)
"""What one request may hold: far below the library's defaults, because a fact pattern's answer
grows with its acts (~150 KB of JSON per act under all four laws) and the service works on one
request at a time. (Read when each request is made: a program embedding the app may set
``nm_trafficking.workbench.app.LIMITS`` to other :class:`~nm_trafficking.Limits`.)"""

SVG_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'"
"""An SVG answered alone: no script, nothing fetched."""
AsOf = Annotated[Day, Query(description="date assumed for undated conduct (YYYY-MM-DD)")]
Today = Annotated[Day, Query(description="the day of the assessment (default today)")]
"""Query dates, validated by FastAPI with the words of a body's dates (``bodies.Day``)."""
_LAW: Any = Query("all", description="the laws to assess: all, nm or federal (as --law)")
HTML_CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; "
    "form-action 'none'; frame-ancestors 'none'"
)
"""The policy of the HTML fragments the API answers (memo, worksheet): no script at all."""

STATIC = Path(str(files("nm_trafficking.workbench").joinpath("static")))
MEMO_COUNTS_CSS = Path(str(files("nm_trafficking.render").joinpath("templates", "memo_counts.css")))
"""The memo's counts-table rules (``render/templates``): the memo includes them, the page links
them for print at ``/static/memo_counts.css``."""

APP_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'"
)
DOCS_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'"
)

ENV_ALLOWED_HOSTS = "NMT_WORKBENCH_ALLOWED_HOSTS"
ENV_MAX_BODY = "NMT_WORKBENCH_MAX_BODY_BYTES"

Handler = TypeVar("Handler", bound=Callable[..., Awaitable[Response]])


class PartError(InvalidFactPattern):
    """An invalid fact pattern in one named part of a request (``pattern``, ``before``...)."""

    def __init__(self, exc: InvalidFactPattern, part: str) -> None:
        super().__init__(exc.errors, exc.source)
        self.part = part


class BadParameter(InvalidRequest):
    """A path or query parameter with a value the route does not take: 422 naming it."""


def _guarded(name: str) -> Callable[[Handler], Handler]:
    """Turn the library's errors into responses: 413, 422 (field-located), 500 (fixed)."""

    def decorate(fn: Handler) -> Handler:
        @functools.wraps(fn)
        async def wrapper(*args: Any, **kwargs: Any) -> Response:
            try:
                return await fn(*args, **kwargs)
            except BodyTooLarge as exc:
                message = too_large_message(exc.limit)
                return error_response(413, [FieldError("", message)], message)
            except BodyTooSlow:
                message = f"the request body did not arrive within {BODY_SECONDS:g} seconds"
                return error_response(408, [FieldError("", message)], message)
            except ClientDisconnect:
                raise  # the client left: SecurityHeaders ends the request without a word
            except (InvalidRequest, InvalidArgument) as exc:  # the envelope, a parameter
                exc = exc.said_by("http")
                message = "invalid request: " + "; ".join(map(str, exc.errors))
                return error_response(422, exc.errors, message)
            except PartError as exc:
                return invalid(exc, exc.part)
            except InvalidFactPattern as exc:
                return invalid(exc)
            except Exception as exc:
                return internal(name, exc)

        return wrapper  # type: ignore[return-value]

    return decorate


def _checked(data: Any, dates: Dates, place: tuple[str | int, ...]) -> FactPattern:
    """The fact pattern at ``place`` in the body (``()``: the body), as ``from_dict`` reads it,
    its values written as dates that are not on the calendar said as the CLI says them for a
    file: by field and line (also one in a text field, refused as ``nmt.loads`` refuses it)."""
    try:
        pattern = from_dict(data, limits=LIMITS)
    except InvalidFactPattern as exc:
        said = dates.said(exc.errors, place, LIMITS)
        if said is None:
            raise
        raise InvalidFactPattern(said) from None
    said = dates.said((), place, LIMITS)
    if said is not None:
        raise InvalidFactPattern(said)
    return pattern


def _pattern(data: Any, part: str, dates: Dates = NO_DATES) -> FactPattern:
    try:
        return _checked(data, dates, (part,))
    except InvalidFactPattern as exc:
        raise PartError(exc, part) from None


async def _document(request: Request, limit: int) -> Any:
    """The body of a POST route, read and parsed by hand rather than by FastAPI's ``Body``:
    refused (413) before parsing when over ``limit``, YAML as well as JSON, the loader's linear
    scan and limits (why: ``workbench/bodies.py``); the routes then validate it with their
    body's model."""
    return (await _dated_document(request, limit))[0]


async def _dated_document(request: Request, limit: int) -> tuple[Any, Dates]:
    """:func:`_document`, and its values written as dates not on the calendar (YAML)."""
    raw = await read_body(request, limit)
    return parse_dated_body(raw, request.headers.get("content-type"), LIMITS)


def _workbench_result(
    pattern: FactPattern,
    after: Assessment,
    before: Assessment | None,
    detail: Detail,
    law: LawChoice = "all",
) -> dict[str, Any]:
    """The builder's answer. The questions are § 30-52-1's (its elements' facts): with the
    federal sections alone (``law="federal"``) there are none (the summary's ``needed`` asks
    what the federal sections still need). The comparison is of every law assessed. The
    limitation periods in the text summary's words (``limitation_words``) and what is still
    needed as the text summary says it (``needed_words``) and how it heads each helper's
    finding (``helper_heads``) for the page."""
    state = law != "federal"
    return {
        "pattern": plain_pattern(pattern),
        "assessment": after.to_dict(detail=detail),
        "questions": next_questions(pattern, after) if state else [],
        "comparison": compare(before, after).to_dict() if before is not None else None,
        "limitation": limitation_words(after.summary),
        "needed": needed_words(after.summary),
        "helper_heads": helper_heads(after.summary),
    }


_PATTERN_REF = {"$ref": "#/components/schemas/FactPattern"}
_SCHEMA_NAMES: dict[Detail, str] = {
    "summary": "AssessmentSummary",
    "elements": "AssessmentElements",
    "full": "Assessment",
}
"""Each detail level's output document, by its name among the OpenAPI components."""
_RECORD_NAMES: dict[Detail, str] = {
    "summary": "RecordSummary",
    "elements": "RecordElements",
    "full": "Record",
}
"""Each detail level's batch record (an assessment document with ``index`` and ``source``, or
an error record), by its name among the OpenAPI components."""
_ASSESSMENT_REF = {"oneOf": [{"$ref": f"#/components/schemas/{n}"} for n in _SCHEMA_NAMES.values()]}
DETAIL_DESCRIPTION = (
    "how much of the assessment document to answer: summary (the default: the decision, the "
    "counts, what is still needed and the notes once), elements (and each paragraph's "
    "elements with statute words, deciding facts and reason) or full (everything contract "
    "1.x gave); as the CLI's --detail"
)


_DETAIL: Any = Query("summary", description=DETAIL_DESCRIPTION)
"""The ``detail`` query parameter, validated by FastAPI (a 422 naming it for another value)."""


def document_bytes(assessment: Assessment, detail: Detail) -> bytes:
    """Exactly ``assessment.to_json(detail=detail).encode("utf-8")`` with every control,
    format or other invisible character written as a JSON escape
    (:func:`~nm_trafficking.limits.json_safe`): what the CLI prints for ``--format json
    --detail`` (one record, less its ``index`` and ``source``)."""
    return json_safe_bytes(json_utf8(assessment.document(detail)))


_PROBLEMS = {"application/json": {"schema": {"$ref": "#/components/schemas/Problems"}}}
"""Every error answer's body, whatever the route answers when it succeeds (``Problems``,
lifted in openapi()): ``{"message", "errors": [{"loc", "message"}]}``."""


def _answer(name: str) -> dict[int | str, dict[str, Any]]:
    """The ``responses`` of a route whose 200 answer is the component ``name``
    (``answers.ANSWERS``), and the standard errors."""
    ref = {"$ref": f"#/components/schemas/{name}"}
    ok = {"description": "Successful Response", "content": {"application/json": {"schema": ref}}}
    return {200: ok, **_STANDARD_ERRORS}


_STANDARD_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"description": description, "content": _PROBLEMS}
    for status, description in (
        (403, "Refused: a browser says the request comes from another site"),
        (408, "The body did not all arrive within 30 seconds"),
        (413, "The body is larger than the limit (1 MiB by default)"),
        (415, "The body is not sent as application/json or application/yaml, or not as UTF-8"),
        (422, "Bad input: the loader's errors, each located (as the CLI prints them)"),
        (500, "Internal error (a defect); a fixed message, no fact content"),
    )
}


def _lift(schema: dict[str, Any], name: str, components: dict[str, Any]) -> None:
    """Put a JSON Schema with ``$defs`` into OpenAPI components, refs rewritten (and a model's
    mark of a component, ``bodies.COMPONENT``, written as a reference to it)."""

    def rewrite(value: Any) -> Any:
        if isinstance(value, dict):
            if COMPONENT in value:
                return {"$ref": f"#/components/schemas/{value[COMPONENT]}"}
            return {
                k: (
                    v.replace("#/$defs/", "#/components/schemas/")
                    if k == "$ref" and isinstance(v, str)
                    else rewrite(v)
                )
                for k, v in value.items()
            }
        if isinstance(value, list):
            return [rewrite(v) for v in value]
        return value

    schema = rewrite(schema)
    for key, sub in schema.pop("$defs", {}).items():
        components[key] = sub
    for key in ("$schema", "$id"):
        schema.pop(key, None)
    components[name] = schema


def _hosts_from_env() -> list[str] | None:
    value = os.environ.get(ENV_ALLOWED_HOSTS)
    return [h for h in value.split(",") if h] if value else None


def app_factory() -> FastAPI:
    """The app as ``nm-trafficking serve`` runs it (an import string for uvicorn's workers):
    settings from the environment the command sets."""
    limit = int(os.environ.get(ENV_MAX_BODY, MAX_BODY_BYTES))
    app = create_app(max_body_bytes=limit, allowed_hosts=_hosts_from_env())
    _warm_up()
    return app


def _warm_up() -> None:
    """Compile the rules and build the catalogs before the first request, then move every
    object made so far out of the garbage collector's sight (``gc.freeze``): collections then
    scan only what requests create, which keeps latency tails short."""
    import gc

    from nm_trafficking.workbench.words import fact_catalog

    pattern = from_dict(
        {
            "persons": [{"id": "D"}, {"id": "V", "age": 15}],
            "conduct": [{"id": "c", "actor": "D", "person": "V", "act": "recruiting"}],
        }
    )
    warm = assess(pattern)
    for level in DETAILS:
        document_bytes(warm, level)
    next_questions(pattern, warm)
    fact_catalog()
    classroom.cases()
    gc.collect()
    gc.freeze()


def create_app(
    *, max_body_bytes: int = MAX_BODY_BYTES, allowed_hosts: list[str] | None = None
) -> FastAPI:
    """A new workbench app. ``max_body_bytes``: the largest request body accepted (413 above
    it); ``allowed_hosts``: the ``Host`` headers accepted (``None``: any). The serve command
    bound to loopback allows loopback names only, against DNS rebinding."""
    app = FastAPI(
        title="nm_trafficking workbench",
        version=__version__,
        summary=f"NMSA 1978, § 30-52-1 as an HTTP service. {DISCLAIMER_HEAD}.",
        description=(
            "Assess fact patterns under New Mexico's human trafficking statute. The assess "
            "route answers with the library's JSON contract, byte for byte (invisible characters "
            "JSON-escaped, as the CLI writes them). Nothing is stored "
            f"or logged. Request bodies above {max_body_bytes:,} bytes are refused (413)."
        ),
        openapi_url=f"{API}/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    limit = max_body_bytes

    @app.exception_handler(StarletteHTTPException)
    async def _routing_errors(request: Request, exc: StarletteHTTPException) -> Response:
        # FastAPI's own {"detail": "Not Found"} would use the contract's field name `detail`
        message = ROUTING_MESSAGES.get(exc.status_code, "the request cannot be answered")
        answer = error_response(exc.status_code, [FieldError("", message)], message)
        answer.headers.update(exc.headers or {})  # 405: Allow
        return answer

    @app.exception_handler(RequestValidationError)
    async def _query_errors(request: Request, exc: RequestValidationError) -> Response:
        errors = [
            FieldError(
                ".".join(str(p) for p in e.get("loc", ()) if p != "query"),
                said(e),  # in the words a body's field gets (``law: must be one of: ...``)
            )
            for e in exc.errors()
        ]
        return error_response(422, errors, "invalid request: " + "; ".join(map(str, errors)))

    # --- the contract ----------------------------------------------------------------------

    @app.post(
        f"{API}/assess",
        tags=["assess"],
        summary="Assess one fact pattern",
        description=(
            "The body is a fact pattern (JSON, or YAML with `Content-Type: application/yaml`), "
            'or `{"pattern": ..., "as_of": ..., "today": ...}`. The response is exactly the '
            "bytes of `Assessment.to_json(detail=...)` (control, format and other invisible "
            "characters JSON-escaped, the same values): the assessment document of the output "
            "contract at the `detail` asked (`summary` unless asked; each level's schema at "
            "`/api/v1/schema/output?detail=...`)."
        ),
        responses={
            200: {"content": {"application/json": {"schema": _ASSESSMENT_REF}}},
            **_STANDARD_ERRORS,
        },
        openapi_extra=request_body(_PATTERN_REF, yaml_too=True),
    )
    @_guarded("assess")
    async def assess_route(
        request: Request,
        as_of: AsOf = None,
        today: Today = None,
        law: LawChoice = _LAW,
        detail: Detail = _DETAIL,
    ) -> Response:
        """The body is read and parsed by hand (``bodies``: 413 before parsing, YAML, the
        loader's linear scan); the query through FastAPI; an envelope's fields override it."""
        data, dates = await _dated_document(request, limit)
        if isinstance(data, Mapping) and "pattern" in data:
            envelope = validated(AssessEnvelope, data)
            pattern = _pattern(envelope.pattern, "pattern", dates)
            given = envelope.model_fields_set
            as_of = envelope.as_of if "as_of" in given else as_of
            today = envelope.today if "today" in given else today
            law = envelope.law or law
        else:
            pattern = _checked(data, dates, ())
        a = assess(pattern, as_of=as_of, today=today, law=law)
        return Response(document_bytes(a, detail), media_type="application/json")

    @app.post(
        f"{API}/assess/batch",
        tags=["assess"],
        summary="Assess several fact patterns (the CLI's --format json array)",
        description=(
            'Body: `{"patterns": [...], "as_of", "today", "on_error": "fail" | "skip"}`. The '
            "response is the JSON array `nm-trafficking assess --format json --detail` prints: "
            "one record per pattern, in order, each the assessment document (at `detail`) with "
            "`index` and "
            "`source` (null), or with `on_error: skip` an error record for a bad pattern. "
            f"At most {MAX_BATCH} patterns, {MAX_BATCH_CONDUCT:,} acts in all and "
            f"{MAX_BATCH_ANSWER_BYTES // 2**20} MiB of answer (some 200 to 450 acts with every "
            "law)."
        ),
        responses={
            200: {
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "array",
                            "items": {
                                "anyOf": [
                                    {"$ref": f"#/components/schemas/{n}"}
                                    for n in _RECORD_NAMES.values()
                                ]
                            },
                        }
                    }
                }
            },
            **_STANDARD_ERRORS,
        },
        openapi_extra=request_body(BatchBody, yaml_too=True),
    )
    @_guarded("assess/batch")
    async def batch_route(request: Request, detail: Detail = _DETAIL) -> Response:
        from nm_trafficking.batch import BatchItem

        data, dates = await _dated_document(request, limit)
        body = validated(BatchBody, data)
        law, patterns, on_error = body.law, body.patterns, body.on_error
        acts = sum(
            len(doc["conduct"])
            for doc in patterns
            if isinstance(doc, Mapping) and isinstance(doc.get("conduct"), list)
        )
        if acts > MAX_BATCH_CONDUCT:
            raise InvalidFactPattern(
                [
                    FieldError(
                        "patterns",
                        f"{acts:,} acts over all patterns; at most {MAX_BATCH_CONDUCT:,} in one "
                        "request (send several requests)",
                    )
                ]
            )
        as_of, today = body.as_of, body.today
        answer = _BatchAnswer(detail)
        for i, doc in enumerate(patterns):
            try:
                pattern = _checked(doc, dates, ("patterns", i))
            except InvalidFactPattern as exc:
                if on_error == "fail":
                    raise PartError(
                        InvalidFactPattern(
                            [replace(e, loc=f"patterns[{i}]" + _joined(e.loc)) for e in exc.errors]
                        ),
                        f"patterns[{i}]",
                    ) from None
                answer.add(BatchItem(i, None, None, exc.said_by("http")))
                continue
            answer.add(BatchItem(i, None, assess(pattern, as_of=as_of, today=today, law=law), None))
        return Response(answer.bytes(), media_type="application/json")

    # --- screening, schemas, catalogs ------------------------------------------------------

    @app.post(
        f"{API}/screen",
        tags=["screen"],
        summary="Screen observed indicators",
        description=(
            'Body: `{"observations": ["coercion.holding_documents", ...], "industry": ID, '
            '"age": N, "commercial_sexual_activity": true|false}`. A screening aid, never a '
            "legal determination."
        ),
        responses=_STANDARD_ERRORS,
        openapi_extra=request_body({"$ref": "#/components/schemas/ScreeningInput"}, yaml_too=True),
    )
    @_guarded("screen")
    async def screen_route(request: Request) -> Response:
        from pydantic import ValidationError

        from nm_trafficking.facts.loading import field_errors
        from nm_trafficking.screening import ScreeningInput, screen

        data = await _document(request, limit)
        try:
            doc = ScreeningInput.model_validate(data)
        except ValidationError as exc:
            raise InvalidFactPattern(field_errors(exc)) from None
        result = screen(
            doc.observations,
            industry_id=doc.industry,
            age=doc.age,
            commercial_sexual_activity=doc.commercial_sexual_activity,
        )
        return json_response(result.to_dict())

    @app.get(f"{API}/schema/input", tags=["schemas"], summary="JSON Schema of a fact pattern")
    async def input_schema_route() -> Response:
        return json_response(json_schema())

    @app.get(
        f"{API}/schema/output",
        tags=["schemas"],
        summary="JSON Schema of an assessment document at a detail level",
    )
    async def output_schema_route(detail: Detail = _DETAIL) -> Response:
        return json_response(output_schema(detail))

    @app.get(f"{API}", tags=["about"], summary="Versions and routes")
    async def index_route() -> Response:
        return json_response(
            {
                "library_version": __version__,
                "contract_version": CONTRACT_VERSION,
                "statute_version": statute.latest().id,
                "max_body_bytes": limit,
                "openapi": f"{API}/openapi.json",
                "docs": "/api/docs",
                "routes": sorted(
                    {
                        f"{m} {path}"
                        for r in app.routes
                        if (path := str(getattr(r, "path", ""))).startswith(API)
                        for m in (getattr(r, "methods", None) or ())
                        if m != "HEAD"
                    }
                ),
            }
        )

    @app.get(f"{API}/indicators", tags=["catalogs"], summary="The indicator catalog")
    @_guarded("indicators")
    async def indicators_route(
        means: str | None = Query(None, pattern="^(force|fraud|coercion)$"),
        industry: str | None = Query(None, description="an industry id"),
    ) -> Response:
        from nm_trafficking.catalog_cli import INDUSTRY_NOTE, _indicator_dict
        from nm_trafficking.indicators import by_means, indicators
        from nm_trafficking.industries import industry as find_industry

        selected = by_means(means) if means else indicators()
        doc: dict[str, Any] = {"indicators": [_indicator_dict(i) for i in selected]}
        if industry is not None:
            try:
                doc["industry"] = find_industry(industry).model_dump(mode="json")
            except KeyError as exc:
                raise BadParameter([FieldError("industry", str(exc.args[0]))]) from None
            doc["note"] = INDUSTRY_NOTE
        return json_response(doc)

    @app.get(f"{API}/indicators/{{indicator_id}}", tags=["catalogs"], summary="One indicator")
    @_guarded("indicator")
    async def indicator_route(indicator_id: str) -> Response:
        from nm_trafficking.catalog_cli import _indicator_dict
        from nm_trafficking.indicators import indicator

        try:
            return json_response(_indicator_dict(indicator(indicator_id)))
        except KeyError:
            return error_response(
                404, [FieldError("indicator_id", "no such indicator")], "not found"
            )

    @app.get(f"{API}/industries", tags=["catalogs"], summary="The New Mexico industries")
    async def industries_route() -> Response:
        from nm_trafficking.industries import industries

        return json_response([i.model_dump(mode="json") for i in industries()])

    @app.get(f"{API}/industries/{{industry_id}}", tags=["catalogs"], summary="One industry")
    async def industry_route(industry_id: str) -> Response:
        from nm_trafficking.industries import industry

        try:
            return json_response(industry(industry_id).model_dump(mode="json"))
        except KeyError:
            return error_response(404, [FieldError("industry_id", "no such industry")], "not found")

    # --- classroom -------------------------------------------------------------------------

    def _choices(name: str, raw: str | None, known: Mapping[str, str]) -> set[str]:
        """The comma-separated values of a filter, each one of ``known`` (given -> meant),
        else a 422 naming the parameter and the values it takes."""
        given = [v.strip() for v in (raw or "").split(",") if v.strip()]
        unknown = [v for v in given if v not in known]
        if unknown:
            shown = ", ".join(repr(printable(v[:40])) for v in unknown[:5])
            takes = ", ".join(sorted({known[k] for k in known})[:40])
            raise BadParameter([FieldError(name, f"unknown value {shown}; one of: {takes}")])
        return {known[v] for v in given}

    def _filtered(paragraph: str | None, tag: str | None, difficulty: str | None) -> list[Any]:
        out = []
        offences = statute.offences()
        known_paragraphs = {p.short: p.short for p in offences} | {
            p.citation: p.short for p in offences
        }
        all_cases = classroom.cases()
        shorts = _choices("paragraph", paragraph, known_paragraphs)
        tags = _choices("tag", tag, {t: t for c in all_cases for t in c.tags})
        levels = _choices("difficulty", difficulty, {c.difficulty: c.difficulty for c in all_cases})
        for c in all_cases:
            if shorts and not shorts & set(c.paragraphs):
                continue
            if tags and not tags & set(c.tags):
                continue
            if levels and c.difficulty not in levels:
                continue
            out.append(c.summary())
        return out

    for prefix in ("scenarios", "cases"):

        @app.get(
            f"{API}/{prefix}",
            tags=["classroom"],
            summary=f"Training {prefix}, filtered (no answers)",
            operation_id=f"list_{prefix}",
            description=(
                "Filters (comma-separated, any of): `paragraph` A1, A2, A3; `tag`; `difficulty` "
                "basic, intermediate, advanced (derived: see docs/workbench.md)."
            ),
        )
        @_guarded(prefix)
        async def cases_route(
            paragraph: str | None = Query(None),
            tag: str | None = Query(None),
            difficulty: str | None = Query(None),
        ) -> Response:
            return json_response(_filtered(paragraph, tag, difficulty))

        @app.get(
            f"{API}/{prefix}/{{case_id}}",
            tags=["classroom"],
            summary="One case, no answer",
            operation_id=f"get_{prefix}",
        )
        @_guarded(prefix)
        async def case_route(case_id: str) -> Response:
            try:
                c = classroom.case(case_id)
            except KeyError:
                return error_response(404, [FieldError("case_id", "no such case")], "not found")
            return json_response(c.for_trainee())

        @app.post(
            f"{API}/{prefix}/{{case_id}}/check",
            tags=["classroom"],
            summary="Check a trainee's answers",
            operation_id=f"check_{prefix}",
            description=(
                'Body: `{"answers": {"D/V": {"paragraphs": {"A1": "met" | "not_met" | '
                '"undetermined", ...}, "grade": "first" | "second" | "third" | "none" | '
                '"undetermined", "remaining": {"A2": [element keys]}}}, "ask_remaining": true, '
                '"attempt": 1, "trainee": "name", "session": "id"}` (the last three optional, '
                "echoed in the result). Every lost point comes with its reason (`lost`)."
            ),
            responses=_STANDARD_ERRORS,
            openapi_extra=request_body(CheckBody, yaml_too=True),
        )
        @_guarded(f"{prefix}/check")
        async def check_route(case_id: str, request: Request) -> Response:
            data = await _document(request, limit)
            body = validated(CheckBody, data)
            answers = {
                pair: answer.model_dump(exclude_unset=True)
                for pair, answer in (body.answers or {}).items()
            }
            attempt, trainee, session = classroom.identity(data)
            try:
                classroom.case(case_id)
            except KeyError:
                return error_response(404, [FieldError("case_id", "no such case")], "not found")
            return json_response(
                classroom.check(
                    case_id,
                    answers,
                    ask_remaining=body.ask_remaining,
                    attempt=attempt,
                    trainee=trainee,
                    session=session,
                )
            )

    @app.get(
        f"{API}/worksheet",
        tags=["classroom"],
        summary="A printable worksheet or answer key (HTML fragment)",
        response_class=HTMLResponse,
    )
    @_guarded("worksheet")
    async def worksheet_route(
        ids: str = Query(..., description="case ids, comma-separated"),
        key: bool = Query(False, description="the answer key instead of the worksheet"),
        trainee: str | None = Query(None, description="the trainee's name, printed on it"),
        session: str | None = Query(None, description="the session id, printed on it"),
    ) -> Response:
        _, trainee, session = classroom.identity({"trainee": trainee, "session": session})
        chosen = [i for i in ids.split(",") if i]
        known = {c.id for c in classroom.cases()}
        missing = [i for i in chosen if i not in known]
        if missing or not chosen:
            raise BadParameter([FieldError("ids", "unknown or no case ids")])
        return HTMLResponse(
            classroom.worksheet_html(chosen, key=key, trainee=trainee, session=session),
            headers={"Content-Security-Policy": HTML_CSP},
        )

    # --- the workbench: builder, what-if, memo ---------------------------------------------

    @app.get(f"{API}/builder", tags=["workbench"], summary="What the fact-pattern builder shows")
    async def builder_route() -> Response:
        from nm_trafficking.facts.persons import EARLIEST_DATE, LATEST_DATE
        from nm_trafficking.facts.place import County
        from nm_trafficking.indicators import indicators
        from nm_trafficking.workbench.tested import federal_groups, tested_facts

        return json_response(
            {
                **fact_catalog(),
                "indicators": [
                    {"id": i.id, "name": i.name, "means": list(i.means_names)} for i in indicators()
                ],
                # what each law tests for an act of each verb, and the federal facts by
                # element (workbench/tested.py): the builder asks only those
                "tested": tested_facts(),
                "federal_groups": federal_groups(),
                # the place of an act: the 33 counties, then "outside New Mexico" (facts.place)
                "counties": [c.value for c in County],
                "dates": {
                    "earliest": EARLIEST_DATE.isoformat(),
                    "latest": LATEST_DATE.isoformat(),
                },
                "limits": {
                    "max_persons": LIMITS.max_persons,
                    "max_conduct": LIMITS.max_conduct,
                    "max_body_bytes": limit,
                },
            }
        )

    @app.post(
        f"{API}/workbench/evaluate",
        tags=["workbench"],
        summary="Assess a pattern, list what is still needed, compare with a previous version",
        description=(
            "Returns `{pattern, assessment, questions, comparison, limitation, needed, "
            "helper_heads}`: the "
            "pattern as "
            "a compact document, the assessment document (at `detail`, under `law`: all, nm or "
            "federal, default all), the next questions (the unknown facts of each undetermined "
            "element of § 30-52-1), when `before` is given, what changed from it (the statuses "
            "and grades of every law assessed), per pair the limitation periods in the text "
            "summary's words (each law's periods passed; each act's periods; each helper's "
            "periods of the act aided), and what is still needed as the text summary says it "
            "(`needed`: each question of the summary's `needed` and of its helpers', in that "
            "order, with the heading it is filed under, its words, what it settles, its kind "
            "and element), and how the text summary heads each helper's finding "
            "(`helper_heads`, by `helper|act`: e.g. 'met unless barred by § 30-52-1(E)'). "
            "With `law` federal "
            "there are no questions: the summary's `needed` says what the federal sections still "
            "need."
        ),
        responses=_answer("WorkbenchAnswer"),
        openapi_extra=request_body(EvaluateBody, yaml_too=True),
    )
    @_guarded("workbench/evaluate")
    async def evaluate_route(request: Request, detail: Detail = _DETAIL) -> Response:
        data, dates = await _dated_document(request, limit)
        body = validated(EvaluateBody, data)
        as_of, today, law = body.as_of, body.today, body.law
        pattern = _pattern(body.pattern, "pattern", dates)
        before = None
        if body.before is not None:
            before = assess(
                _pattern(body.before, "before", dates), as_of=as_of, today=today, law=law
            )
        after = assess(pattern, as_of=as_of, today=today, law=law)
        return json_response(_workbench_result(pattern, after, before, detail, law))

    @app.post(
        f"{API}/workbench/whatif",
        tags=["workbench"],
        summary="Change facts by path (FactPattern.with_fact) and see what changed",
        description=(
            'Body: `{"pattern": ..., "changes": [{"path": "conduct.recruit.knowingly", '
            '"value": false}], "as_of", "today", "law"}`; a value `null` makes the fact unknown. '
            "Returns `{pattern, assessment, questions, comparison, limitation, needed, "
            "helper_heads}` for the "
            "changed "
            "pattern "
            "(the assessment document at `detail`)."
        ),
        responses=_answer("WorkbenchAnswer"),
        openapi_extra=request_body(WhatIfBody, yaml_too=True),
    )
    @_guarded("workbench/whatif")
    async def whatif_route(request: Request, detail: Detail = _DETAIL) -> Response:
        data, dates = await _dated_document(request, limit)
        body = validated(WhatIfBody, data)
        as_of, today, law = body.as_of, body.today, body.law
        pattern = _pattern(body.pattern, "pattern", dates)
        changed = pattern
        for i, change in enumerate(body.changes):
            value = None if change.value == "unknown" else change.value
            try:
                changed = changed.with_fact(change.path, value)
            except InvalidFactPattern as exc:
                raise PartError(exc, f"changes[{i}]") from None
        before = assess(pattern, as_of=as_of, today=today, law=law)
        after = assess(changed, as_of=as_of, today=today, law=law)
        return json_response(_workbench_result(changed, after, before, detail, law))

    @app.post(
        f"{API}/compare",
        tags=["workbench"],
        summary="Compare the assessments of two fact patterns",
        description=(
            'Body: `{"before", "after", "as_of", "today", "law"}`. Both patterns are assessed '
            "by the same dates and under the same laws: `law` (all, nm or federal; `all` by "
            "default) as for `POST /api/v1/assess`, in the query or the body (the body's wins). "
            "The answer lists what changed under every law assessed (`compare()`)."
        ),
        responses=_answer("ComparisonAnswer"),
        openapi_extra=request_body(CompareBody, yaml_too=True),
    )
    @_guarded("compare")
    async def compare_route(request: Request, law: LawChoice = _LAW) -> Response:
        data, dates = await _dated_document(request, limit)
        body = validated(CompareBody, data)
        as_of, today, law = body.as_of, body.today, body.law or law
        before = assess(_pattern(body.before, "before", dates), as_of=as_of, today=today, law=law)
        after = assess(_pattern(body.after, "after", dates), as_of=as_of, today=today, law=law)
        return json_response(compare(before, after).to_dict())

    @app.post(
        f"{API}/memo",
        tags=["workbench"],
        summary="A printable memo (HTML fragment): facts in words, findings, open points",
        response_class=HTMLResponse,
        responses=_STANDARD_ERRORS,
        openapi_extra=request_body(MemoBody, yaml_too=True),
    )
    @_guarded("memo")
    async def memo_route(request: Request) -> Response:
        data, dates = await _dated_document(request, limit)
        body = validated(MemoBody, data)
        as_of, today, law = body.as_of, body.today, body.law
        pattern = _pattern(body.pattern, "pattern", dates)
        return HTMLResponse(
            memo_html(pattern, assess(pattern, as_of=as_of, today=today, law=law)),
            headers={"Content-Security-Policy": HTML_CSP},
        )

    timeline_doc = (
        "The victims' timelines of a fact pattern as one SVG document (`nm-trafficking assess "
        "--format timeline-svg`): each act at its date under each law, the age bands, the "
        "birthdays near an act and the texts in force, drawn from the assessment's summary. "
    )

    def _timeline(
        pattern: FactPattern,
        as_of: date | None,
        today: date | None,
        law: str,
        view: str = "svg",
    ) -> Response:
        a = assess(pattern, as_of=as_of, today=today, law=law)  # type: ignore[arg-type]
        if view == "html":  # the figures with their tables, for the page (no script, escaped)
            return HTMLResponse(
                str(timeline_html(a.summary, prefix="page")),
                headers={"Content-Security-Policy": HTML_CSP},
            )
        return Response(
            timeline_document(a.summary),
            media_type="image/svg+xml",
            headers={"Content-Security-Policy": SVG_CSP},
        )

    @app.post(
        f"{API}/timeline",
        tags=["workbench"],
        summary="The timelines of a fact pattern (SVG)",
        description=timeline_doc + "The body is a fact pattern (JSON, or YAML with "
        "`Content-Type: application/yaml`).",
        response_class=Response,
        responses={200: {"content": {"image/svg+xml": {}}}, **_STANDARD_ERRORS},
        openapi_extra=request_body(_PATTERN_REF, yaml_too=True),
    )
    @_guarded("timeline")
    async def timeline_post_route(
        request: Request,
        as_of: AsOf = None,
        today: Today = None,
        law: LawChoice = _LAW,
        view: Literal["svg", "html"] = Query(
            "svg",
            description="svg: one SVG document; html: per victim a figure with its SVG, its "
            "captions and the same in words (a table), for a page",
        ),
    ) -> Response:
        pattern = _checked(*await _dated_document(request, limit), ())
        return _timeline(pattern, as_of, today, law, view)

    @app.get(
        f"{API}/timeline",
        tags=["workbench"],
        summary="The timelines of a fact pattern given in the query (SVG)",
        description=timeline_doc + "`pattern` is the fact pattern as JSON text, for a link or "
        "an image's address (the body's limit applies to it).",
        response_class=Response,
        responses={200: {"content": {"image/svg+xml": {}}}, **_STANDARD_ERRORS},
    )
    @_guarded("timeline")
    async def timeline_get_route(
        pattern: str = Query(..., description="the fact pattern as JSON", max_length=limit),
        as_of: AsOf = None,
        today: Today = None,
        law: LawChoice = _LAW,
    ) -> Response:
        try:  # the query parameter's errors located under its name
            found = from_dict(
                parse_body(pattern.encode("utf-8"), "application/json", LIMITS, what=None),
                limits=LIMITS,
            )
        except InvalidFactPattern as exc:
            raise BadParameter(
                [replace(e, loc=f"pattern.{e.loc}" if e.loc else "pattern") for e in exc.errors]
            ) from None
        return _timeline(found, as_of, today, law)

    @app.post(
        f"{API}/patterns/parse",
        tags=["workbench"],
        summary="Read a YAML or JSON fact pattern (import)",
        description="Returns `{pattern}`: the validated pattern as a compact document.",
        responses=_STANDARD_ERRORS,
        openapi_extra=request_body(_PATTERN_REF, yaml_too=True),
    )
    @_guarded("patterns/parse")
    async def parse_route(request: Request) -> Response:
        pattern = _checked(*await _dated_document(request, limit), ())
        return json_response({"pattern": plain_pattern(pattern)})

    @app.post(
        f"{API}/patterns/export",
        tags=["workbench"],
        summary="Write a fact pattern as YAML or JSON (export)",
        responses=_STANDARD_ERRORS,
        openapi_extra=request_body(_PATTERN_REF, yaml_too=True),
    )
    @_guarded("patterns/export")
    async def export_route(
        request: Request, format: str = Query("yaml", pattern="^(yaml|json)$")
    ) -> Response:
        pattern = _checked(*await _dated_document(request, limit), ())
        doc = plain_pattern(pattern)
        if format == "json":
            return json_response(doc)
        return Response(pattern_yaml(doc).encode("utf-8"), media_type="application/yaml")

    # --- the pages -------------------------------------------------------------------------

    @app.get("/", include_in_schema=False)
    async def index_page() -> Response:
        return FileResponse(STATIC / "index.html", headers={"Content-Security-Policy": APP_CSP})

    @app.get("/api/docs", include_in_schema=False)
    async def docs_page() -> Response:
        return FileResponse(STATIC / "docs.html", headers={"Content-Security-Policy": DOCS_CSP})

    @app.get(f"/static/{MEMO_COUNTS_CSS.name}", include_in_schema=False)
    async def memo_counts_css() -> Response:
        # The memo's counts-table rules, from the memo's own templates: the one source of them
        # for the memo printed alone and for the page's print view (index.html links it).
        return FileResponse(MEMO_COUNTS_CSS, media_type="text/css")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/api/docs/assets/{name}", include_in_schema=False)
    async def docs_asset(name: str) -> Response:
        # Only the two files the docs page loads: nothing else of the vendored folder.
        media = SWAGGER_ASSETS.get(name)
        if media is None:
            return error_response(404, [FieldError("", "not found")], "not found")
        return FileResponse(
            SWAGGER_DIR / name, media_type=media, headers={"Content-Security-Policy": DOCS_CSP}
        )

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = get_openapi(
            title=app.title,
            version=app.version,
            summary=app.summary,
            description=app.description,
            routes=app.routes,
        )
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        _lift(json_schema(), "FactPattern", components)
        for level, name in _SCHEMA_NAMES.items():
            _lift(output_schema(level), name, components)
        from nm_trafficking.output import record_schema

        for level, name in _RECORD_NAMES.items():
            _lift(record_schema(level), name, components)
        from nm_trafficking.screening import ScreeningInput

        _lift(ScreeningInput.model_json_schema(), "ScreeningInput", components)
        _lift(Problems.model_json_schema(), "Problems", components)
        for name, model in ANSWERS.items():
            _lift(model.model_json_schema(), name, components)
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
    if allowed_hosts:
        app.add_middleware(HostCheck, allowed_hosts=allowed_hosts)
    app.add_middleware(SecurityHeaders)
    return app


def _joined(loc: str) -> str:
    if not loc:
        return ""
    return loc if loc.startswith("[") else "." + loc


MAX_BATCH_ANSWER_BYTES = 32 * 1024 * 1024
"""Largest answer of the batch route: each record is written as soon as its pattern is
assessed, and a batch whose answer would pass this is refused (422) once it does, so neither the
answer nor the memory held grows with the work a small body can ask for (a 4 KB YAML body of
1,000 aliases asked for 74 MB)."""


class _BatchAnswer:
    """The array the CLI prints for ``--format json --detail``, byte for byte (its own
    writer), written as the items come, within :data:`MAX_BATCH_ANSWER_BYTES`."""

    def __init__(self, detail: Detail) -> None:
        import io

        from nm_trafficking.output import Writer

        self.out = io.StringIO()
        self.writer = Writer(self.out, "json")
        self.size = 0
        self.detail = detail

    def add(self, item: Any) -> None:
        from nm_trafficking.output import render_item

        rendered = render_item(item, "json", header=False, detail=self.detail)
        self.size += len(rendered) + 2
        if self.size > MAX_BATCH_ANSWER_BYTES:
            raise InvalidFactPattern(
                [
                    FieldError(
                        "patterns",
                        f"the answer would be larger than {MAX_BATCH_ANSWER_BYTES // 2**20} MiB "
                        f"(passed at patterns[{item.index}]): send fewer patterns or acts per "
                        "request",
                    )
                ]
            )
        self.writer.write(rendered)

    def bytes(self) -> bytes:
        self.writer.close()
        return self.out.getvalue().encode("utf-8")


SWAGGER_ASSETS = {
    "swagger-ui-bundle.js": "text/javascript",
    "swagger-ui.css": "text/css",
}
"""The files of Swagger UI the docs page uses (``static/docs.html``)."""

SWAGGER_DIR = Path(str(files("nm_trafficking.workbench").joinpath("swagger_ui")))
"""Swagger UI 5 (it reads OpenAPI 3.1), vendored in the package: ``swagger_ui/NOTE.md``."""
