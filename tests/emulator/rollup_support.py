"""What the Rollup emulator tests share: the client, a workspace, the caller, and sink helpers."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.target import Target

USER = "user-4c5dc9b7"  # "user-" + sha256("test-token")[:8]
STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")
ICON = {"source": "DevIcon", "name": "python", "color": "#3776AB", "metadata": {}}


@pytest.fixture
def http(target: Target) -> Iterator[httpx.Client]:
    with target.client() as client:
        yield client


@pytest.fixture
def ws(target: Target) -> str:
    """A workspace for the test: a new one on the emulator, the caller's own (ROLLUP_WORKSPACE_ID) live."""
    return target.owned.get("workspaceId") or new_workspace()


@pytest.fixture
def fresh(target: Target) -> bool:
    """Whether ``ws`` is new (emulator): then its serials start at 1. The live workspace has history."""
    return not target.live


@pytest.fixture
def user(target: Target, http: httpx.Client, ws: str) -> str:
    """Who the credential is: on the emulator "user-" + sha256(token)[:8]; live, read off a probe sink."""
    if not target.live:
        return USER
    probe = create_sink(http, ws, label="probe")
    http.delete(f"{sinks(ws)}/{probe['id']}", headers=write()).raise_for_status()
    found: str = probe["createdBy"]
    return found


def sink_ids(http: httpx.Client, ws: str) -> list[str]:
    response = http.get(sinks(ws))
    assert response.status_code == 200, response.text
    return [sink["id"] for sink in response.json()]


@pytest.fixture
def own_workspaces(target: Target) -> None:
    """The test needs workspaces nobody else writes to (fresh serials, two of them): emulator only."""
    target.emulator  # noqa: B018 (skips in live mode)


def new_workspace() -> str:
    return str(uuid.uuid4())


def sinks(ws: str) -> str:
    return f"/v1/workspace/{ws}/data-sink"


def write(client_id: str = "pytest") -> dict[str, str]:
    return {"ClientId": client_id}


def create_sink(http: httpx.Client, ws: str, **body: Any) -> dict[str, Any]:
    response = http.post(sinks(ws), json={"label": "Sink", **body}, headers=write())
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def assert_error(response: httpx.Response, status: int, reason: str) -> Any:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"statusCode", "message", "error"}
    assert body["statusCode"] == status
    assert body["error"] == reason
    return body["message"]
