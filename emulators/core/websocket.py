"""WebSocket routes: an ASGI ``websocket`` scope routed and authenticated by the spec like an HTTP request.

The spec describes a WebSocket endpoint as a ``GET`` operation; the vendor module serves it with a session
coroutine (``VendorEmulator.websocket``). A refused handshake (no route, no session, bad credential) answers
with the vendor's error envelope over HTTP when the server supports the ASGI ``websocket.http.response``
extension, and with a plain close (HTTP 403) otherwise.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import TYPE_CHECKING, Any

from emulators.core.auth import authenticate
from emulators.core.http import ApiProblem

if TYPE_CHECKING:
    from emulators.core.app import EmulatorApp

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


async def serve_websocket(app: EmulatorApp, scope: Scope, receive: Receive, send: Send) -> None:
    from emulators.core.app import parse_query

    first = await receive()
    if first["type"] != "websocket.connect":
        return
    headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
    path = (scope.get("raw_path") or scope["path"].encode()).decode("latin-1").split("?", 1)[0]
    operation_id: str | None = None
    try:
        found = app.spec.router.match(path, "GET")
        operation = found[0].operations.get("GET") if found else None
        session = app.vendor.websocket(operation.operation_id) if operation else None
        if operation is None or session is None:
            raise ApiProblem(404, f"No WebSocket route {path}", code="not_found")
        operation_id = operation.operation_id
        principal = authenticate(
            operation.security, app.readers, app.registry, headers, parse_query(scope), app.resolve_credential
        )
    except ApiProblem as problem:
        problem.operation_id = operation_id
        await _refuse(app, scope, send, problem)
        return
    await send({"type": "websocket.accept"})

    async def receive_text() -> str | None:
        while True:
            message = await receive()
            if message["type"] == "websocket.disconnect":
                return None
            if message["type"] == "websocket.receive":
                text = message.get("text")
                return text if text is not None else (message.get("bytes") or b"").decode("utf-8", "replace")

    async def send_text(text: str) -> None:
        await send({"type": "websocket.send", "text": text})

    await session(principal, receive_text, send_text)


async def _refuse(app: EmulatorApp, scope: Scope, send: Send, problem: ApiProblem) -> None:
    if "websocket.http.response" not in (scope.get("extensions") or {}):
        await send({"type": "websocket.close", "code": 1008})
        return
    response = app.vendor.error_response(problem)
    payload = response.encode()
    headers = [
        (b"content-type", response.content_type.encode()),
        (b"content-length", str(len(payload)).encode()),
    ]
    headers += [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in response.headers.items()]
    await send({"type": "websocket.http.response.start", "status": response.status, "headers": headers})
    await send({"type": "websocket.http.response.body", "body": payload})
