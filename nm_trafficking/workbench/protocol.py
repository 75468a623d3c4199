"""uvicorn's HTTP/1.1 protocol (httptools) with the request head bounded.

uvicorn bounds neither the size nor the number of a request's header fields when it parses with
httptools, nor the time a client may take to send them: three connections each sending an
unfinished 100 MB header took the server from 60 to 412 MB. Here, per connection:

* a request head (request line and header fields) larger than :data:`MAX_HEAD_BYTES` is
  answered 431 and the connection closed, as soon as that much has arrived unfinished;
* more than :data:`MAX_HEADERS` header fields: 431;
* a head not complete within :data:`HEAD_SECONDS` of its first byte (or a connection that sends
  nothing for that long after it opens): 408 (or, with nothing sent, just closed).

Behind a reverse proxy the proxy's own limits apply first; beyond loopback it should also bound
the number of connections per client and the rate of requests (nothing here does).
"""

from __future__ import annotations

import asyncio
from typing import Any

import httptools
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

__all__ = ["HEAD_SECONDS", "MAX_HEADERS", "MAX_HEAD_BYTES", "BoundedHttpToolsProtocol"]

MAX_HEAD_BYTES = 64 * 1024
"""Largest request head (request line and header fields) accepted, in bytes."""
MAX_HEADERS = 100
"""Most header fields in one request."""
HEAD_SECONDS = 10.0
"""Longest time to receive a request head, from its first byte (or from the connection)."""

_REASONS = {408: b"Request Timeout", 431: b"Request Header Fields Too Large"}


class _HeadTooLarge(Exception):
    pass


class BoundedHttpToolsProtocol(HttpToolsProtocol):
    """:class:`HttpToolsProtocol` refusing request heads that are too large, have too many
    fields or take too long to arrive (see the module)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._in_head = False
        self._head_bytes = 0
        self._header_count = 0
        self._head_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        # uvicorn's data_received, but a callback refusing the head is told apart from a
        # request httptools cannot parse (both come out of the parser as HttpParserError)
        self._unset_keepalive_if_required()
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserUpgrade:
            if self._should_upgrade():
                self.handle_websocket_upgrade()
            else:
                self._unsupported_upgrade_warning()
            return
        except httptools.HttpParserError as exc:
            if isinstance(exc.__context__, _HeadTooLarge):
                self._refuse(431, f"more than {MAX_HEADERS} header fields")
            else:
                self.send_400_response("Invalid HTTP request received.")
            return
        if self._in_head and not self.transport.is_closing():
            # the head is still unfinished after this chunk: count it (httptools holds a field
            # being received in memory until it ends)
            self._head_bytes += len(data)
            if self._head_bytes > MAX_HEAD_BYTES:
                self._refuse(431, f"the request head is larger than {MAX_HEAD_BYTES:,} bytes")

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._in_head = True
        self._head_bytes = 0
        self._header_count = 0
        self._arm()

    def on_header(self, name: bytes, value: bytes) -> None:
        self._header_count += 1
        if self._header_count > MAX_HEADERS:
            raise _HeadTooLarge
        super().on_header(name, value)

    def on_headers_complete(self) -> None:
        self._in_head = False
        self._disarm()
        super().on_headers_complete()

    def _arm(self) -> None:
        self._disarm()
        self._head_timer = self.loop.call_later(HEAD_SECONDS, self._head_timeout)

    def _disarm(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_timeout(self) -> None:
        self._head_timer = None
        if self.transport.is_closing():
            return
        if self._in_head:
            self._refuse(408, f"the request head did not arrive within {HEAD_SECONDS:g} seconds")
        elif self.cycle is None:  # a connection that never sent a request
            self.transport.close()

    def _refuse(self, status: int, message: str) -> None:
        self._disarm()
        self._in_head = False
        body = message.encode("ascii")
        self.transport.write(
            b"HTTP/1.1 %d %s\r\ncontent-type: text/plain; charset=utf-8\r\n"
            b"content-length: %d\r\nconnection: close\r\n\r\n%s"
            % (status, _REASONS[status], len(body), body)
        )
        self.transport.close()
