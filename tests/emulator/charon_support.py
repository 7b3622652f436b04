"""Shared set-up for the Charon emulator tests: one in-process emulator per module, reset per test."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from emulators.charon.base import CharonCore
from emulators.core.app import EmulatorApp
from emulators.core.control import ADMIN_HEADER
from emulators.testing import InProcessEmulator, serve_in_thread, tls_context
from tests.postgres import fresh_database

TOKEN = "charon-test-key"  # the one API key the emulator accepts without seeding (--token)

# A second signed-up user, for what one user may or may not do to another's resources.
SECOND = {"email": "second@studio.io", "name": "Second User", "apiKey": "second-key"}
# An administrator account (seeded: the API cannot create one).
ADMIN = {"email": "root@charon.io", "apiKey": "admin-key", "type": "administratorAccount"}


@pytest.fixture(scope="module")
def emulator(backend: str) -> Iterator[InProcessEmulator]:
    state = fresh_database("charon") if backend == "postgresql" else None
    running = serve_in_thread("charon", token=TOKEN, state=state)
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture
def http(emulator: InProcessEmulator) -> Iterator[httpx.Client]:
    # The admin token rides along for the control-plane calls (reset, seed, clock, outbox); the vendor API
    # ignores the header.
    headers = {**bearer(TOKEN), ADMIN_HEADER: emulator.admin_token}
    with httpx.Client(
        base_url=emulator.base_url, headers=headers, timeout=10, verify=tls_context()
    ) as client:
        control(client, "POST", "reset")
        yield client


@pytest.fixture(scope="module")
def still() -> Iterator[InProcessEmulator]:
    """An emulator in deterministic mode (``seed``): its clock moves only when told; deadlines are exact."""
    running = serve_in_thread("charon", token=TOKEN, seed=1)
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture
def frozen(still: InProcessEmulator) -> Iterator[httpx.Client]:
    headers = {**bearer(TOKEN), ADMIN_HEADER: still.admin_token}
    with httpx.Client(base_url=still.base_url, headers=headers, timeout=10, verify=tls_context()) as client:
        control(client, "POST", "reset")
        yield client


def bearer(credential: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {credential}"}


def app_of(emulator: InProcessEmulator) -> EmulatorApp:
    app = emulator.server.config.app
    assert isinstance(app, EmulatorApp)
    return app


def vendor_of(emulator: InProcessEmulator) -> CharonCore:
    vendor = app_of(emulator).vendor
    assert isinstance(vendor, CharonCore)
    return vendor


def control(http: httpx.Client, method: str, action: str, body: Any = None) -> Any:
    response = http.request(
        method,
        f"{http.base_url.scheme}://{http.base_url.netloc.decode()}/_emulator/{action}",
        json=body,
        headers=bearer(TOKEN),
    )
    assert response.status_code == 200, response.text
    return response.json()


def seed_users(http: httpx.Client, *users: dict[str, Any]) -> list[dict[str, Any]]:
    created: list[dict[str, Any]] = control(http, "POST", "seed", {"users": list(users)})["users"]
    return created


def result(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    return response.json()["result"] if response.content else None


def error(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    """The Charon error envelope: ``{"errors": [{code, message, ...}]}`` with no ``result``."""
    assert response.status_code == status, response.text
    body = response.json()
    assert "result" not in body, body
    assert body["errors"] and all(isinstance(e["message"], str) for e in body["errors"]), body
    assert body["errors"][0]["code"] == code, body
    first: dict[str, Any] = body["errors"][0]
    return first


def my_workspace(http: httpx.Client, credential: str = TOKEN) -> str:
    workspaces = result(http.get("/workspace/my/", headers=bearer(credential)))
    workspace_id: str = workspaces[0]["id"]
    return workspace_id


def new_project(http: httpx.Client, credential: str = TOKEN, name: str = "rpg-game") -> dict[str, Any]:
    body = {"workspaceId": my_workspace(http, credential), "name": name, "scriptingLanguage": "cSharp"}
    project: dict[str, Any] = result(http.put("/project/", json=body, headers=bearer(credential)))
    return project


def exchange(http: httpx.Client, code: str) -> httpx.Response:
    return http.post("/token/", data={"grant_type": "authorization_code", "code": code}, headers={})


def sign_in(http: httpx.Client, api_key: str = TOKEN) -> dict[str, Any]:
    """API key flow + token exchange: the bare OAuth token response."""
    stage = result(http.post("/auth/flow/api-key/", json={"apiKey": api_key}, headers={}))
    response = exchange(http, stage["authorizationCode"])
    assert response.status_code == 200, response.text
    tokens: dict[str, Any] = response.json()
    return tokens


def grant(http: httpx.Client, project_id: str, user_id: str, *grants: str) -> None:
    body = {"permissions": [{"memberUserId": user_id, "grants": list(grants)}]}
    assert http.post(f"/project/{project_id}/permissions/", json=body).status_code == 204


def join(http: httpx.Client, project_id: str, user: dict[str, Any]) -> None:
    """Invite the seeded ``user`` and accept as them (they become a member with ``view``)."""
    invite = {"name": user.get("name", "Member"), "email": user["email"]}
    assert http.put(f"/project/{project_id}/members/", json=invite).status_code == 204
    invitation = result(http.get("/user/me/", headers=bearer(user["apiKey"])))["invitations"][0]
    accepted = http.post(
        f"/user/{user['id']}/invitations/{invitation['id']}/", headers=bearer(user["apiKey"])
    )
    assert accepted.status_code == 204
