"""What every Charon capability group shares (emulators/charon/base.py): the error codes an answer takes from
its status, the envelope of an injected fault (bare OAuth 2.0 JSON on ``POST /token/``), the parameter a
refusal names, the caller, UTC time stamps, codes and digits, and the bound on a notification queue."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import httpx
import orjson
import pytest

from emulators.charon.base import OAUTH_ERROR_URI, CharonCore
from emulators.core.http import ApiProblem, Principal, Request
from emulators.testing import InProcessEmulator
from tests.emulator.charon_support import TOKEN, control, emulator, error, http, result, vendor_of

pytestmark = pytest.mark.parity("emulator")
__all__ = ["emulator", "http"]  # fixtures

AUTHENTICATION_FAILED = {"errors": [{"code": "authenticationFailed", "message": "Authentication failed."}]}


def inject(http: httpx.Client, fault: dict[str, Any]) -> None:
    """One fault for the next matching call (the core's control plane)."""
    root = f"{http.base_url.scheme}://{http.base_url.netloc.decode()}"
    response = http.post(f"{root}/_emulator/faults", json={"times": 1, **fault})
    assert response.status_code == 201, response.text


@pytest.mark.parametrize(
    ("status", "code"),
    [
        (404, "resourceNotFound"),
        (409, "duplicateUniqueValue"),
        (429, "tooManyRequests"),
        (503, "serviceUnavailable"),
        (418, "genericError"),  # a status without a code of its own in the vendor's table
    ],
)
def test_an_injected_fault_answers_the_vendor_code_of_its_status(
    http: httpx.Client, status: int, code: str
) -> None:
    """The core's own ``injected`` is no Charon ``ErrorCode``; the generated client could not read it."""
    inject(http, {"target": "getCurrentUser", "status": status})
    faulted = http.get("/user/me/")
    assert faulted.status_code == status, faulted.text
    assert faulted.json() == {"errors": [{"code": code, "message": f"Injected fault: {status}"}]}
    assert result(http.get("/user/me/"))["id"]  # spent: the next call goes through


@pytest.mark.parametrize(
    ("injected", "answered"),
    [(401, 400), (404, 400), (429, 429), (500, 500), (503, 503)],
)
def test_a_faulted_token_request_is_oauth_json_and_only_a_busy_or_failing_server_keeps_its_status(
    http: httpx.Client, injected: int, answered: int
) -> None:
    inject(http, {"target": "issueToken", "status": injected, "retryAfter": 2})
    faulted = http.post("/token/", data={"grant_type": "refresh_token", "refresh_token": "r"}, headers={})
    assert faulted.status_code == answered, faulted.text
    assert faulted.json() == {
        "error": "invalid_request",
        "error_description": f"Injected fault: {injected}",
        "error_uri": OAUTH_ERROR_URI,
    }
    assert faulted.headers["retry-after"] == "2"


def test_a_refused_query_item_is_named_by_its_parameter(http: httpx.Client) -> None:
    url = f"/datasource/{'a' * 24}/collection/Weapon/"
    refused = http.put(url, json={"Id": "a"}, params={"validationOptions": ["repair", "bogus"]})
    assert refused.status_code == 400, refused.text
    [only] = refused.json()["errors"]
    assert only["code"] == "invalidParameterValue"
    assert only["parameterName"] == "validationOptions"
    assert only["message"].startswith('validationOptions: "bogus" is not one of ')


def test_a_body_refusal_that_only_mentions_items_is_no_size_error(http: httpx.Client) -> None:
    """Only "more than N items" is ``parameterAboveMaxSize`` (test_charon_listing sends too many); a refusal
    that merely mentions "items", here the refused value, is a plain body error."""
    named = error(http.post("/user/public/", json=["items"]), 400, "invalidRequestBody")
    assert named == {
        "code": "invalidRequestBody",
        "message": '0: "items" does not match "^[0-9a-fA-F]{24}$"',
        "parameterName": "0",
    }


def request_as(principal: Principal | None) -> Request:
    return Request("getCurrentUser", "GET", "/user/me/", {}, {}, {}, None, principal, "")


@pytest.mark.parametrize(
    "principal",
    [None, Principal(TOKEN, None), Principal(TOKEN, None, subject=7)],
    ids=["anonymous", "no-subject", "not-a-user-id"],
)
def test_a_caller_without_a_user_is_refused_with_the_vendors_401(
    emulator: InProcessEmulator, principal: Principal | None
) -> None:
    """A handler that needs a caller, reached without one (an anonymous or a foreign credential)."""
    vendor = vendor_of(emulator)
    for needs_caller in (vendor.caller_id, vendor.caller):
        with pytest.raises(ApiProblem) as refused:
            needs_caller(request_as(principal))
        answer = vendor.error_response(refused.value)
        assert (answer.status, answer.body) == (401, AUTHENTICATION_FAILED)


def test_a_caller_whose_user_is_gone_is_refused_with_the_vendors_401(
    emulator: InProcessEmulator, http: httpx.Client
) -> None:
    vendor = vendor_of(emulator)
    me = result(http.get("/user/me/"))
    assert vendor.caller(request_as(Principal(TOKEN, None, subject=me["id"])))["id"] == me["id"]
    with pytest.raises(ApiProblem) as refused:
        vendor.caller(request_as(Principal(TOKEN, None, subject="f" * 24)))
    answer = vendor.error_response(refused.value)
    assert (answer.status, answer.body) == (401, AUTHENTICATION_FAILED)


@pytest.fixture
def tokyo() -> Iterator[None]:
    """The process's local time zone nine hours from UTC (the emulator runs in this process)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TZ", "Asia/Tokyo")
        time.tzset()
        try:
            yield
        finally:
            patch.undo()
            time.tzset()


@pytest.mark.usefixtures("tokyo")
def test_time_stamps_are_utc_whatever_the_local_zone(emulator: InProcessEmulator, http: httpx.Client) -> None:
    created = result(http.get("/user/me/"))["creationTime"]  # provisioned now, on first use
    assert created.endswith("Z") and len(created) == len("2026-01-01T00:00:00.000Z")
    moment = datetime.strptime(created, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC).timestamp()
    assert abs(moment - vendor_of(emulator).now()) < 60


def test_codes_are_32_hex_digits_and_the_same_sequence_after_a_reset(
    emulator: InProcessEmulator, http: httpx.Client
) -> None:
    vendor = vendor_of(emulator)
    first = [vendor.new_code("access"), vendor.new_code("refresh"), vendor.new_id()]
    control(http, "POST", "reset")
    again = [vendor.new_code("access"), vendor.new_code("refresh"), vendor.new_id()]
    assert first == again
    assert all(len(code) == 32 and int(code, 16) >= 0 for code in first[:2]), first
    assert first[0] != first[1]
    assert len(first[2]) == 24 and first[2].startswith("6500c4a0")


@pytest.mark.parametrize(
    ("code", "digits"),
    [("1", "000001"), ("f423f", "999999"), ("f4240", "000000"), ("ffffffffffffffff", "551615")],
)
def test_a_digit_code_is_six_digits_of_a_code(
    emulator: InProcessEmulator, monkeypatch: pytest.MonkeyPatch, code: str, digits: str
) -> None:
    """The mailed sign-in digits: the code's value modulo a million, zero-padded (000000 to 999999)."""
    vendor = vendor_of(emulator)
    monkeypatch.setattr(vendor, "new_code", lambda kind: code)
    assert vendor.new_digits() == digits


def subscribe(vendor: CharonCore, key: int, user_id: str) -> asyncio.Queue[str]:
    queue: asyncio.Queue[str] = asyncio.Queue()
    vendor.subscribers[key] = (user_id, queue)
    return queue


def test_a_notification_queue_holds_at_most_1000_messages_and_only_its_users(
    emulator: InProcessEmulator, http: httpx.Client
) -> None:
    vendor = vendor_of(emulator)
    busy, other = subscribe(vendor, 20_001, "u1"), subscribe(vendor, 20_002, "u2")
    try:
        for _ in range(999):
            busy.put_nowait("unread")
        vendor.notify({"u1"}, {"type": "project", "action": "updated"})
        vendor.notify({"u1"}, {"type": "project", "action": "deleted"})  # dropped: the queue is full
        assert busy.qsize() == 1000 and other.empty()
        for _ in range(999):
            busy.get_nowait()
        last = orjson.loads(busy.get_nowait())
        assert last.pop("time").endswith("Z") and last == {"type": "project", "action": "updated"}
    finally:
        vendor.subscribers.pop(20_001)
        vendor.subscribers.pop(20_002)


def test_a_reset_keeps_the_open_notification_sessions(
    emulator: InProcessEmulator, http: httpx.Client
) -> None:
    """A session's WebSocket outlives a reset; its queue must still be the one notify fills."""
    vendor = vendor_of(emulator)
    queue = subscribe(vendor, 20_003, "u1")
    try:
        control(http, "POST", "reset")
        vendor.notify({"u1"}, {"type": "project", "action": "created"})
        assert vendor.subscribers[20_003][1] is queue and queue.qsize() == 1
    finally:
        vendor.subscribers.pop(20_003)
