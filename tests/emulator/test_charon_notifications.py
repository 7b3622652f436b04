"""Charon notifications: the WebSocket session's lifecycle, the plain-HTTP refusal and the client log."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest

from emulators.charon.notifications import Notifications
from emulators.core.http import Principal
from emulators.testing import InProcessEmulator
from tests.emulator.charon_support import app_of, emulator, error, http, result

pytestmark = pytest.mark.parity("emulator")
__all__ = ["emulator", "http"]  # fixtures


def vendor_of(emulator: InProcessEmulator) -> Notifications:
    vendor = app_of(emulator).vendor
    assert isinstance(vendor, Notifications)
    return vendor


def change(workspace_id: str) -> dict[str, str]:
    return {"type": "workspace", "action": "updated", "workspaceId": workspace_id}


class Client:
    """One subscriber's side of a session: what it was sent, and what it sends."""

    def __init__(self, vendor: Notifications, user_id: str, fail_on: int = 0) -> None:
        self.vendor, self.user_id, self.fail_on = vendor, user_id, fail_on
        self.sent: list[dict[str, Any]] = []
        self.inbox: asyncio.Queue[str | None] = asyncio.Queue()
        self.connected = asyncio.Event()
        self.cancelled = 0

    async def receive(self) -> str | None:
        try:
            return await self.inbox.get()
        except asyncio.CancelledError:
            self.cancelled += 1
            raise RuntimeError("the transport's own error on cancel") from None

    async def send(self, text: str) -> None:
        if len(self.sent) + 1 == self.fail_on:
            raise ConnectionError("the peer went away")
        self.sent.append(json.loads(text))
        self.connected.set()

    async def run(self) -> None:
        principal = Principal("token", None, self.user_id)
        await asyncio.wait_for(self.vendor.notification_session(principal, self.receive, self.send), 5)


async def _tick() -> None:
    await asyncio.sleep(0.05)


def test_a_session_ignores_client_messages_delivers_changes_and_ends_when_the_client_closes(
    emulator: InProcessEmulator, http: httpx.Client
) -> None:
    me = result(http.get("/user/me/"))["id"]
    vendor = vendor_of(emulator)

    async def scenario() -> tuple[Client, set[asyncio.Task[Any]]]:
        client = Client(vendor, me)
        session = asyncio.ensure_future(client.run())
        await client.connected.wait()
        for text in ("hello", "ping"):
            client.inbox.put_nowait(text)
        await _tick()
        vendor.notify({me}, change("w1"))
        await _tick()
        client.inbox.put_nowait(None)  # the client closes
        await session
        return client, asyncio.all_tasks() - {asyncio.current_task()}

    client, left = asyncio.run(scenario())
    assert client.sent[0] == {"type": "connected", "userId": me}
    assert [(m["type"], m["action"], m["workspaceId"]) for m in client.sent[1:]] == [
        ("workspace", "updated", "w1")
    ]  # the client's two messages got no answer
    assert vendor.subscribers == {} and left == set()  # nothing left running or subscribed


def test_two_sessions_each_get_their_users_changes_until_they_close(
    emulator: InProcessEmulator, http: httpx.Client
) -> None:
    vendor = vendor_of(emulator)

    async def scenario() -> tuple[Client, Client, Client]:
        first, second, also_first = Client(vendor, "u1"), Client(vendor, "u2"), Client(vendor, "u1")
        sessions = [asyncio.ensure_future(c.run()) for c in (first, second, also_first)]
        for c in (first, second, also_first):
            await c.connected.wait()
        vendor.notify({"u1"}, change("w1"))
        vendor.notify({"u2"}, change("w2"))
        await _tick()
        also_first.inbox.put_nowait(None)
        await sessions[2]
        vendor.notify({"u1", "u2"}, change("w3"))
        await _tick()
        for c in (first, second):
            c.inbox.put_nowait(None)
        await asyncio.gather(*sessions[:2])
        return first, second, also_first

    first, second, also_first = asyncio.run(scenario())
    assert [m["workspaceId"] for m in first.sent[1:]] == ["w1", "w3"]
    assert [m["workspaceId"] for m in second.sent[1:]] == ["w2", "w3"]
    assert [m["workspaceId"] for m in also_first.sent[1:]] == ["w1"]
    assert vendor.subscribers == {}


@pytest.mark.parametrize("fail_on", [1, 2])
def test_a_session_whose_peer_went_away_unsubscribes_and_stops_reading(
    emulator: InProcessEmulator, http: httpx.Client, fail_on: int
) -> None:
    """The send fails on the ``connected`` message or on the first change: that error ends the session,
    the pending read is cancelled (whatever the transport raises for it) and the subscription is gone."""
    vendor = vendor_of(emulator)

    async def scenario() -> Client:
        client = Client(vendor, "u1", fail_on=fail_on)
        session = asyncio.ensure_future(client.run())
        await _tick()
        vendor.notify({"u1"}, change("w1"))
        with pytest.raises(ConnectionError):
            await session
        return client

    client = asyncio.run(scenario())
    # (a read cancelled before it began raises nothing of its own)
    assert (len(client.sent), client.cancelled) == (fail_on - 1, fail_on - 1)
    assert vendor.subscribers == {}


def test_only_the_notification_operation_is_a_websocket(emulator: InProcessEmulator) -> None:
    vendor = vendor_of(emulator)
    assert vendor.websocket("subscribeOnNotifications") == vendor.notification_session
    assert vendor.websocket("getCurrentWorkspaces") is None


def test_a_session_without_a_user_sends_nothing(emulator: InProcessEmulator, http: httpx.Client) -> None:
    vendor = vendor_of(emulator)
    sent: list[str] = []

    async def receive() -> str | None:
        return None

    async def send(text: str) -> None:
        sent.append(text)

    asyncio.run(vendor.notification_session(Principal("token", None, None), receive, send))
    asyncio.run(vendor.notification_session(None, receive, send))
    assert sent == [] and vendor.subscribers == {}


def test_a_plain_request_with_an_upgrade_header_is_refused_on_upgrade(http: httpx.Client) -> None:
    headers = {"Upgrade": "websocket", "Connection": "keep-alive", "Sec-WebSocket-Key": "x"}
    headers["Sec-WebSocket-Version"] = "13"
    refused = error(http.get("/notification/", headers=headers), 400, "invalidParameterValue")
    assert refused["parameterName"] == "Upgrade"
    assert refused["message"] == "Upgrade: Only a WebSocket upgrade request is accepted here."


def test_a_logged_message_is_accepted_for_a_signed_in_caller_only(
    emulator: InProcessEmulator, http: httpx.Client
) -> None:
    logged = http.put("/app/log/", json={"message": "Failed to initialize component X", "sessionId": 1})
    assert logged.status_code == 204 and logged.content == b""
    with httpx.Client(base_url=emulator.base_url, timeout=10) as anonymous:
        refused = anonymous.put("/app/log/", json={"message": "x", "sessionId": 1})
    assert refused.status_code == 401
