"""HTTP plumbing of the workbench: bounded body reading, parsing with the library's own loader
(so errors are the CLI's), error responses that never carry fact content, and headers.

Nothing here logs a request, a body or an error message: an internal error is logged as its
exception type and the route only."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from starlette.datastructures import Headers
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response

from nm_trafficking.errors import FieldError, InvalidFactPattern
from nm_trafficking.facts.loading import OffCalendar, dated, parse_dated
from nm_trafficking.facts.persons import NOT_ON_THE_CALENDAR
from nm_trafficking.limits import DEFAULT_LIMITS, Limits, json_safe_bytes

try:
    import orjson
except ImportError:  # pragma: no cover - a dependency; the standard library is the fallback
    orjson = None  # type: ignore[assignment]

__all__ = [
    "BODY_TYPES",
    "INTERNAL_ERROR",
    "MAX_BODY_BYTES",
    "BodyTooLarge",
    "BodyTooSlow",
    "Dates",
    "HostCheck",
    "SecurityHeaders",
    "error_response",
    "json_response",
    "optional_date",
    "parse_body",
    "parse_dated_body",
    "read_body",
]

MAX_BODY_BYTES = 1024 * 1024
"""The largest request body accepted, in bytes (1 MiB; a typical fact pattern is 1 KB)."""

INTERNAL_ERROR = (
    "internal error: the request could not be completed. This is a defect in nm_trafficking, "
    "not a finding about the facts; please report it (without the fact pattern)."
)

LOG = logging.getLogger("nm_trafficking.workbench")
"""Logs only that an internal error happened, with its type and route: never content."""

YAML_TYPES = ("application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class BodyTooLarge(Exception):
    """The request body is larger than the limit."""

    def __init__(self, limit: int) -> None:
        super().__init__(limit)
        self.limit = limit


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:g} MiB" if n >= 1024 * 1024 else f"{n:,} bytes"


def too_large_message(limit: int) -> str:
    return f"the request body is larger than {_size(limit)}; larger bodies are refused"


class BodyTooSlow(Exception):
    """The request body did not arrive within :data:`BODY_SECONDS`."""


BODY_SECONDS = 30.0
"""The longest a request body may take to arrive (a client sending it byte by byte would
otherwise hold a connection and up to the size limit in memory for as long as it likes)."""


async def read_body(request: Request, limit: int, seconds: float = BODY_SECONDS) -> bytes:
    """The body, refused (:class:`BodyTooLarge`) as soon as it is known to exceed ``limit``:
    from ``Content-Length`` before reading, else while reading (never more than ``limit``
    bytes plus one chunk are held); and refused (:class:`BodyTooSlow`) if it has not all
    arrived within ``seconds``."""
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            if int(declared) > limit:
                raise BodyTooLarge(limit)
        except ValueError:
            pass
    chunks: list[bytes] = []
    total = 0
    try:
        # asyncio's own timeout (the server runs on asyncio): half the cost of anyio's.
        async with asyncio.timeout(seconds):
            async for chunk in request.stream():
                total += len(chunk)
                if total > limit:
                    raise BodyTooLarge(limit)
                chunks.append(chunk)
    except TimeoutError:
        raise BodyTooSlow from None
    return b"".join(chunks)


def parse_body(
    raw: bytes,
    content_type: str | None,
    limits: Limits = DEFAULT_LIMITS,
    what: str | None = "the request body",
) -> Any:
    """Plain data from a JSON (default) or YAML (``application/yaml``) body, parsed by the
    library's loader: keys given twice, too many values or too deep nesting are
    :class:`InvalidFactPattern` errors worded as the CLI words them. Text that cannot be read
    at all is said of ``what`` with its place, never its content ("the request body is not
    valid JSON: line 1, column 12"); ``None`` for a value whose errors are located under its
    name (a query parameter)."""
    return parse_dated_body(raw, content_type, limits, what)[0]


def parse_dated_body(
    raw: bytes,
    content_type: str | None,
    limits: Limits = DEFAULT_LIMITS,
    what: str | None = "the request body",
) -> tuple[Any, Dates]:
    """:func:`parse_body`, and the body's YAML values written as dates that are not on the
    calendar (:class:`Dates`), to be said with their lines as the CLI says them."""
    subject = f"{what} is " if what else ""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        problem = f"{subject}not UTF-8 text (byte {exc.start}): only UTF-8 is accepted"
        raise InvalidFactPattern([FieldError("", problem)]) from None
    if not text.strip():
        empty = f"{subject}empty" if what else "must not be empty"
        raise InvalidFactPattern([FieldError("", empty)])
    kind = (content_type or "").split(";", 1)[0].strip().lower()
    try:
        data, dates = parse_dated(text, fmt="yaml" if kind in YAML_TYPES else "json", limits=limits)
    except InvalidFactPattern as exc:
        if not what:
            raise
        raise InvalidFactPattern([_said_of(e, subject) for e in exc.errors]) from None
    return data, Dates(tuple(dates))


@dataclass(frozen=True, slots=True)
class Dates:
    """The values of a request body written as dates that are not on the calendar (YAML keeps
    them as the text written), each with its place in the body and its line."""

    found: tuple[OffCalendar, ...] = ()

    def under(self, *place: str | int) -> tuple[OffCalendar, ...]:
        """Those inside the part of the body at ``place`` (``"pattern"``; ``"patterns", 3``;
        nothing: the whole body), placed from that part."""
        n = len(place)
        return tuple(
            OffCalendar(d.path[n:], d.line, d.text) for d in self.found if d.path[:n] == place
        )

    def said(
        self, errors: Sequence[FieldError], place: tuple[str | int, ...], limits: Limits
    ) -> list[FieldError] | None:
        """The errors of the fact pattern at ``place`` as the CLI says them for a file
        (``loads``): each date not on the calendar by its field and line, also one in a text
        field; ``None`` when there is none (the errors stand as they are)."""
        mine = self.under(*place)
        return dated(errors, mine, limits) if mine else None


NO_DATES = Dates()
"""A body with no value written as a date off the calendar (JSON: dates are strings)."""


def _said_of(error: FieldError, subject: str) -> FieldError:
    """The loader's "not valid JSON: line 1, column 12" (or YAML) said of the text it read."""
    if error.loc or not error.message.startswith("not valid "):
        return error
    return FieldError(error.loc, subject + error.message)


def optional_date(value: Any, name: str) -> date | None:
    """A ``YYYY-MM-DD`` option (query or body field) or ``None``."""
    if value is None or value == "":
        return None
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:  # written YYYY-MM-DD: the calendar is the problem
            raise InvalidFactPattern([FieldError(name, NOT_ON_THE_CALENDAR)]) from None
    raise InvalidFactPattern([FieldError(name, "must be a date written YYYY-MM-DD")])


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def json_bytes(value: Any) -> bytes:
    """Compact UTF-8 JSON (not ASCII-escaped; invisible characters escaped)."""
    if orjson is not None:
        try:
            return json_safe_bytes(orjson.dumps(value))
        except (TypeError, orjson.JSONEncodeError):
            pass
    # What orjson refuses (a lone surrogate echoed in an error's location): ASCII-escaped, so
    # the answer is still valid JSON and UTF-8.
    return json.dumps(value, ensure_ascii=True, separators=(",", ":")).encode("ascii")


def json_response(value: Any, status: int = 200) -> Response:
    """Compact UTF-8 JSON (not ASCII-escaped)."""
    return Response(json_bytes(value), status_code=status, media_type="application/json")


def error_response(
    status: int, errors: list[FieldError] | tuple[FieldError, ...], message: str, **extra: Any
) -> Response:
    """``{"message", "errors": [{"loc", "message"}], ...}`` with ``status``."""
    return json_response(
        {
            "message": message,
            "errors": [{"loc": e.loc, "message": e.message} for e in errors],
            **extra,
        },
        status,
    )


def invalid(exc: InvalidFactPattern, part: str | None = None) -> Response:
    """422 with the loader's field-located errors (the CLI's wording), each remedy in the
    service's words (``FieldError.said_by("http")``: a later day is ``?today=`` or the body's
    ``"today"``, a limit is the service's)."""
    extra = {"part": part} if part else {}
    exc = exc.said_by("http")
    return error_response(422, exc.errors, str(exc), **extra)


def internal(route: str, exc: BaseException) -> Response:
    """500 with a fixed message; the log names the exception type and route, nothing else."""
    LOG.error("internal error in %s (%s)", route, type(exc).__name__)
    return error_response(500, [FieldError("", INTERNAL_ERROR)], INTERNAL_ERROR)


_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]
_NO_STORE = (b"cache-control", b"no-store")


BODY_TYPES = ("application/json", *YAML_TYPES)
"""The only request body types accepted. None is a type a page on another site may send
without the browser first asking this server (a CORS "simple" request: text/plain, forms)."""

CROSS_SITE = (
    "refused: the request comes from another site (Origin / Sec-Fetch-Site); the workbench "
    "answers its own pages and programs that are not browsers"
)


def cross_site_refusal(scope: Scope) -> Response | None:
    """403 for a state-changing request a page on another site made a browser send: any
    request with a ``Sec-Fetch-Site`` other than same-origin / none, or an ``Origin`` other
    than the server's own; 415 for a body of any type but JSON or YAML. ``None``: accepted.

    Programs (curl, task-force systems) send neither header and are not affected, beyond
    having to say ``Content-Type: application/json`` (or YAML)."""
    if scope.get("method") in ("GET", "HEAD", "OPTIONS"):
        return None
    headers = Headers(scope=scope)
    site = headers.get("sec-fetch-site")
    origin = headers.get("origin")
    if site is not None and site not in ("same-origin", "none"):
        return error_response(403, [FieldError("", CROSS_SITE)], CROSS_SITE)
    # An Origin's host and port must be this server's (the scheme is not compared: a proxy in
    # front may speak https while this server sees http). "null" never matches.
    if origin is not None and _netloc(origin) != headers.get("host", "").lower():
        return error_response(403, [FieldError("", CROSS_SITE)], CROSS_SITE)
    kind = headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if kind not in BODY_TYPES:
        message = (
            "the request body must be sent as Content-Type: application/json (or "
            "application/yaml); other types are refused"
        )
        return error_response(415, [FieldError("content-type", message)], message)
    charset = _charset(headers.get("content-type", ""))
    if charset is not None and charset not in UTF_8_NAMES:
        message = (
            "the request body must be UTF-8 text: only UTF-8 is accepted, whatever charset the "
            "Content-Type declares (send it as UTF-8, with charset=utf-8 or no charset)"
        )
        return error_response(415, [FieldError("content-type", message)], message)
    return None


UTF_8_NAMES = ("utf-8", "utf8", "us-ascii")
"""The charsets a body may declare: UTF-8 (ASCII is UTF-8 too)."""


def _charset(content_type: str) -> str | None:
    """The ``charset`` parameter of a ``Content-Type``, lower case and unquoted (``None``:
    not given)."""
    for param in content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip('"').strip().lower()
    return None


ROUTING_MESSAGES = {
    404: "not found: no such route (the routes are listed at /api/v1/openapi.json)",
    405: "method not allowed: the route does not answer this method (the Allow header names "
    "those it answers)",
}
"""The words of the errors routing answers (FastAPI's own are ``{"detail": "Not Found"}``)."""

FOREIGN_HOST = (
    "refused: the Host header names a host this server does not answer as (against DNS "
    "rebinding; `nm-trafficking serve` answers loopback names only unless told otherwise)"
)


class HostCheck:
    """Starlette's ``TrustedHostMiddleware`` check (a ``Host`` equal to an allowed name, or
    ending in the domain of a ``*.example.com``; any port), answering a refusal (400) in the
    documented error shape, not as plain text, and with no ``www.`` redirect."""

    def __init__(self, app: Any, allowed_hosts: list[str]) -> None:
        self.app = app
        self.allowed = [h.lower() for h in allowed_hosts]
        self.any = "*" in self.allowed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.any or scope["type"] not in ("http", "websocket") or self._allows(scope):
            await self.app(scope, receive, send)
            return
        await error_response(400, [FieldError("host", FOREIGN_HOST)], FOREIGN_HOST)(
            scope, receive, send
        )

    def _allows(self, scope: Scope) -> bool:
        host = _host(Headers(scope=scope).get("host"))
        if host is None:
            return False
        return any(
            host == allowed or (allowed.startswith("*.") and host.endswith(allowed[1:]))
            for allowed in self.allowed
        )


def _host(header: str | None) -> str | None:
    """The host of a ``Host`` header, lower case, without its port (``[::1]:8000``: ``::1``)."""
    if not header:
        return None
    try:
        return urlsplit("//" + header).hostname
    except ValueError:
        return None


def _netloc(origin: str) -> str | None:
    """The host and port of an ``Origin`` header, lower case (``None``: not a URL)."""
    try:
        return urlsplit(origin).netloc.lower()
    except ValueError:
        return None


class SecurityHeaders:
    """Pure ASGI middleware: refuses cross-site and non-JSON/YAML state-changing requests
    (:func:`cross_site_refusal`) before any work is done; security headers on every response,
    ``Cache-Control: no-store`` on every API response (results describe victims: no cache
    keeps them); and a last-resort 500 (fixed message, nothing logged but the exception type)
    for an exception no route caught."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        api = scope["path"].startswith("/api/")
        started = False
        refusal = cross_site_refusal(scope)

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = list(message.get("headers", []))
                headers.extend(_HEADERS)
                if api:
                    headers.append(_NO_STORE)
                message["headers"] = headers
            await send(message)

        if refusal is not None:
            await refusal(scope, receive, send_with_headers)
            return
        try:
            await self.app(scope, receive, send_with_headers)
        except ClientDisconnect:
            return  # the client left: nothing to answer, nothing to log
        except asyncio.CancelledError:
            # the server is stopping and cancelled a request still running (a body still
            # arriving): it is answered 503 and ends here, without the traceback the server
            # would log for it
            if not started:
                message = "the service is stopping; send the request again later"
                response = error_response(503, [FieldError("", message)], message)
                with contextlib.suppress(Exception, asyncio.CancelledError):
                    await response(scope, receive, send_with_headers)
            return
        except Exception as exc:
            if started:
                return  # the response is under way; nothing more can be said
            response = internal("an unrouted request", exc)
            await response(scope, receive, send_with_headers)
