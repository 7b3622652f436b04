"""Notifications over WebSocket (``GET /notification/``) and the client log.

The vendor documents neither the message format nor a subprotocol. Emulator decisions: on connect the
server sends ``{"type": "connected", "userId"}``; then one JSON text message per change to a project,
branch or workspace the subscriber can see: ``{"type": "project" | "branch" | "workspace", "action",
"projectId"?, "workspaceId", "branchName"?, "branchId"?, "userId"?, "time"}``. Messages from the client are
ignored. A plain (non-Upgrade) HTTP request is refused with 400 ``invalidParameterValue`` on ``Upgrade``.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from typing import Any

from emulators.charon.base import json_text, problem
from emulators.charon.resources import Resources
from emulators.core.http import Principal, Request, Response
from emulators.core.vendor import WebSocketSession, operation

QUEUE_LIMIT = 1000


class Notifications(Resources):
    @operation("subscribeOnNotifications")
    def subscribe_over_http(self, request: Request) -> Response:
        self.caller_id(request)
        raise problem(
            400, "invalidParameterValue", "Only a WebSocket upgrade request is accepted here.", "Upgrade"
        )

    def websocket(self, operation_id: str) -> WebSocketSession | None:
        return self.notification_session if operation_id == "subscribeOnNotifications" else None

    async def notification_session(
        self,
        principal: Principal | None,
        receive: Callable[[], Awaitable[str | None]],
        send: Callable[[str], Awaitable[None]],
    ) -> None:
        user_id = principal.subject if principal is not None else None
        if not isinstance(user_id, str):
            return
        queue: asyncio.Queue[str] = asyncio.Queue(QUEUE_LIMIT)
        key = id(queue)
        self.subscribers[key] = (user_id, queue)
        receiver: asyncio.Future[str | None] = asyncio.ensure_future(receive())
        getter: asyncio.Future[str] | None = None
        try:
            await send(json_text({"type": "connected", "userId": user_id}))
            while True:
                getter = asyncio.ensure_future(queue.get())
                pending: set[asyncio.Future[Any]] = {receiver, getter}
                done, _ = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
                if getter in done:
                    await send(getter.result())
                    getter = None
                if receiver in done:
                    if receiver.result() is None:
                        return
                    receiver = asyncio.ensure_future(receive())
                if getter is not None:
                    getter.cancel()
                    getter = None
        finally:
            self.subscribers.pop(key, None)
            for task in (receiver, getter):
                if task is not None and not task.done():
                    task.cancel()
                    with contextlib.suppress(asyncio.CancelledError, Exception):
                        await task

    @operation("logMessage")
    def log_message(self, request: Request) -> Response:
        self.caller_id(request)
        return self.done()
