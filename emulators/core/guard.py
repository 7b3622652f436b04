"""Connection-level limits uvicorn's httptools protocol does not have, answered in the vendor's envelope.

uvicorn bounds neither the header block (httptools buffers a header of any size) nor the time a fresh
connection may sit without sending a request (its keep-alive timer starts only after a first response),
and its own refusals are plain text. This protocol subclass adds, per connection:

- a header block over ``max_header_bytes`` or with more than ``max_headers`` fields: 431;
- request line and headers not complete within ``header_timeout`` seconds of the connection opening (or of
  the previous response): closed, with a 408 if part of a request had arrived (slow-loris and idle
  connections both end);
- more than ``max_connections`` open at once: the new one gets 503 with ``Retry-After`` and is closed;
- protocol garbage: uvicorn's 400, but in the vendor's envelope instead of plain text.

The values and why: Node.js (the vendors' servers) refuses header blocks over 16 KiB with 431 and
closes idle keep-alive connections after 5 s; 100 header fields is Apache's default; 10 s for a request
to arrive is generous for any client on loopback and short enough that idle sockets cannot exhaust
file descriptors (the connection cap is 500, or 64 below the process's file limit when that is lower).
"""

from __future__ import annotations

import asyncio
import logging
import resource
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

log = logging.getLogger("emulators")


def default_max_connections() -> int:
    """500, or fewer when the process may open fewer files: the cap must bite before descriptors run out
    (64 are left for the database, its journal, the lock and the server's own sockets)."""
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    return 500 if soft == resource.RLIM_INFINITY else max(16, min(500, soft - 64))


@dataclass(frozen=True, slots=True)
class ServerLimits:
    max_header_bytes: int = 16 * 1024
    max_headers: int = 100
    header_timeout: float = 10.0
    keep_alive_timeout: int = 5
    max_connections: int = field(default_factory=default_max_connections)


# (status, message, extra headers) -> (content type, body): the vendor's error envelope as bytes.
Renderer = Callable[[int, str, dict[str, str]], tuple[str, bytes]]


def _plain(status: int, message: str, headers: dict[str, str]) -> tuple[str, bytes]:
    return "text/plain; charset=utf-8", message.encode()


class Refused(Exception):
    """Raised from a parser callback to stop parsing; the protocol answers with ``status``."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def guarded_protocol(limits: ServerLimits, render: Renderer = _plain) -> type[asyncio.Protocol]:
    """The httptools protocol class with ``limits``, answering refusals with ``render``."""

    class GuardedHttpToolsProtocol(HttpToolsProtocol):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._raw_bytes = 0  # bytes received since this request began, while its headers are incomplete
            self._header_bytes = 0  # request target + header fields, as parsed
            self._header_count = 0
            self._headers_done = True
            self._started = False
            self._refusal: Refused | None = None
            self._header_timer: asyncio.TimerHandle | None = None
            self._header_deadline: float | None = None  # loop time by which the headers must be complete

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            if len(self.connections) > limits.max_connections:
                log.warning("connection refused: %d connections open", len(self.connections) - 1)
                self._answer(503, "Too many open connections; retry shortly", {"Retry-After": "1"})
                return
            self._arm_header_timer()

        def connection_lost(self, exc: Exception | None) -> None:
            self._cancel_header_timer()
            super().connection_lost(exc)

        def _arm_header_timer(self) -> None:
            # A deadline, not a fresh timer per request: one pending timer per connection checks it when it
            # fires and sleeps on to a later deadline, so keep-alive requests schedule and cancel nothing.
            self._headers_done = False
            self._started = False
            self._raw_bytes = 0
            self._header_bytes = 0
            self._header_count = 0
            self._header_deadline = self.loop.time() + limits.header_timeout
            if self._header_timer is None:
                self._header_timer = self.loop.call_at(self._header_deadline, self._header_timeout)

        def _disarm_header_timer(self) -> None:
            self._header_deadline = None

        def _cancel_header_timer(self) -> None:
            self._header_deadline = None
            if self._header_timer is not None:
                self._header_timer.cancel()
                self._header_timer = None

        def _header_timeout(self) -> None:
            self._header_timer = None
            deadline = self._header_deadline
            if deadline is None or self.transport.is_closing():
                return  # the headers arrived in time (the next request re-arms)
            if self.loop.time() < deadline:  # re-armed by a later request since this timer was set
                self._header_timer = self.loop.call_at(deadline, self._header_timeout)
                return
            self._header_deadline = None
            if self._started:
                self._answer(408, f"The request did not arrive within {limits.header_timeout:g} seconds", {})
            else:
                self.transport.close()

        def data_received(self, data: bytes) -> None:
            if not self._headers_done:
                self._started = True
                self._raw_bytes += len(data)
            super().data_received(data)
            incomplete = not self._headers_done and not self.transport.is_closing()
            if incomplete and self._raw_bytes > limits.max_header_bytes:
                # Still no end of the header block: refuse before httptools buffers any more of it.
                self._answer(431, self._too_large(), {})

        def send_400_response(self, msg: str) -> None:
            """uvicorn's answer to a parser error, which a ``Refused`` from a callback also is."""
            refusal, self._refusal = self._refusal, None
            refusal = refusal or Refused(400, msg)
            self._answer(refusal.status, refusal.message, {})

        def _too_large(self) -> str:
            return f"The request header block is larger than {limits.max_header_bytes} bytes"

        def on_message_begin(self) -> None:
            super().on_message_begin()
            self._started = True
            # Lets an injected "dropped connection" fault (``faults.apply_fault``) really drop it.
            self.scope["emulator.abort"] = self.transport.abort  # type: ignore[typeddict-unknown-key]

        def on_url(self, url: bytes) -> None:
            self._count(len(url))
            super().on_url(url)

        def on_header(self, name: bytes, value: bytes) -> None:
            self._header_count += 1
            if self._header_count > limits.max_headers:
                self._refusal = Refused(431, f"The request has more than {limits.max_headers} header fields")
                raise self._refusal
            self._count(len(name) + len(value) + 4)
            super().on_header(name, value)

        def _count(self, size: int) -> None:
            # Counted per piece too: a whole header block can arrive in one read and complete at once.
            self._header_bytes += size
            if self._header_bytes > limits.max_header_bytes:
                self._refusal = Refused(431, self._too_large())
                raise self._refusal

        def on_headers_complete(self) -> None:
            self._headers_done = True
            self._disarm_header_timer()
            super().on_headers_complete()

        def on_response_complete(self) -> None:
            pipelined = bool(self.pipeline)  # a queued request has its headers already
            super().on_response_complete()
            if not pipelined and not self.transport.is_closing():
                self._arm_header_timer()

        def _answer(self, status: int, message: str, headers: dict[str, str]) -> None:
            """Write one error response in the vendor's envelope and close the connection."""
            self._cancel_header_timer()
            try:
                content_type, body = render(status, message, headers)
            except Exception:  # the envelope is a nicety here; never let it keep a socket open
                content_type, body = _plain(status, message, headers)
            phrase = HTTPStatus(status).phrase
            lines = [
                f"HTTP/1.1 {status} {phrase}",
                f"content-type: {content_type}",
                f"content-length: {len(body)}",
                "connection: close",
                *(f"{k.lower()}: {v}" for k, v in headers.items()),
            ]
            self.transport.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)
            self.transport.close()

    return GuardedHttpToolsProtocol


def envelope_renderer(app: Any) -> Renderer:
    """Renders refusals with the vendor's error envelope (``app`` is an ``EmulatorApp``)."""
    from emulators.core.http import ApiProblem

    def render(status: int, message: str, headers: dict[str, str]) -> tuple[str, bytes]:
        response = app.vendor.error_response(ApiProblem(status, message, headers=headers))
        return response.content_type, response.encode()

    return render


def uvicorn_options(app: Any, limits: ServerLimits | None = None) -> dict[str, Any]:
    """The uvicorn settings that apply ``limits`` to ``app``; passed to ``uvicorn.run``/``Config``."""
    limits = limits or ServerLimits()
    return {
        "http": guarded_protocol(limits, envelope_renderer(app)),
        "timeout_keep_alive": limits.keep_alive_timeout,
    }
