"""What the Make emulator tests share: the client, the team, data structures, and store and record helpers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.target import Target

MB = 1024 * 1024
KEY = re.compile(r"^[0-9a-f]{12}$")
LENIENT, STRICT = 1, 2  # the emulator's data structures (emulators/make.py DATA_STRUCTURES)


@pytest.fixture
def http(target: Target) -> Iterator[httpx.Client]:
    """A client on the target; on the emulator each test starts from an empty state."""
    with target.fresh_client() as client:
        yield client


@pytest.fixture
def team(target: Target) -> int:
    return int(target.owned.get("teamId", "1"))


@pytest.fixture
def empty_team(target: Target) -> None:
    """The test counts every store of its team, so the team must start empty: emulator only."""
    target.reset()


@pytest.fixture
def structures(target: Target) -> None:
    """The test uses the emulator's built-in data structures (Make has no API to create one here)."""
    target.emulator  # noqa: B018 (skips in live mode)


def create_store(http: httpx.Client, team: int, **body: Any) -> dict[str, Any]:
    response = http.post("/data-stores", json={"name": "Orders", "teamId": team, "maxSizeMB": 1, **body})
    assert response.status_code == 200, response.text
    store: dict[str, Any] = response.json()["dataStore"]
    return store


def add_record(
    http: httpx.Client, store: dict[str, Any], data: dict[str, Any], key: str | None = None
) -> httpx.Response:
    body: dict[str, Any] = {"data": data} if key is None else {"key": key, "data": data}
    return http.post(f"/data-stores/{store['id']}/data", json=body)


def records(http: httpx.Client, store: dict[str, Any], **params: Any) -> dict[str, Any]:
    response = http.get(f"/data-stores/{store['id']}/data", params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def assert_error(response: httpx.Response, status: int, *details: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body: dict[str, Any] = response.json()
    assert set(body) - {"suberrors"} == {"detail", "message", "code"}, body
    assert body["code"] == f"SC{status}"
    assert isinstance(body["message"], str) and body["message"]
    for needle in details:
        assert needle in body["detail"] + " ".join(s["message"] for s in body.get("suberrors", [])), body
    return body


def delete_records(http: httpx.Client, store: dict[str, Any], body: Any, **params: Any) -> httpx.Response:
    return http.request("DELETE", f"/data-stores/{store['id']}/data", json=body, params=params)
