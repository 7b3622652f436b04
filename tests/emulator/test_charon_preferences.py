"""Charon preferences and page context (emulators/charon/preferences.py): server defaults and getContext."""

from __future__ import annotations

import httpx
import pytest

from emulators.charon.preferences import SERVER_FEATURES
from emulators.testing import InProcessEmulator
from tests.emulator.charon_support import (
    ADMIN,
    SECOND,
    bearer,
    emulator,
    error,
    http,
    join,
    new_project,
    result,
    seed_users,
)

pytestmark = pytest.mark.parity("emulator")
__all__ = ["emulator", "http"]  # fixtures


def test_server_defaults_are_patched_by_administrator_accounts_only(http: httpx.Client) -> None:
    seed_users(http, ADMIN)
    as_admin = bearer(ADMIN["apiKey"])
    patch = [{"op": "add", "path": "/grid", "value": 8}]
    error(http.patch("/preferences/", json=patch), 403, "authorizationFailed")
    assert http.patch("/preferences/", json=patch, headers=as_admin).status_code == 204
    assert result(http.get("/preferences/")) == {"grid": 8}


def test_an_anonymous_context_is_the_servers_with_its_defaults(
    emulator: InProcessEmulator, http: httpx.Client
) -> None:
    seed_users(http, ADMIN)
    saved = http.put("/preferences/", json={"theme": "dark"}, headers=bearer(ADMIN["apiKey"]))
    assert saved.status_code == 204
    new_project(http, name="space-game")
    with httpx.Client(base_url=emulator.base_url, timeout=10) as anonymous:
        context = result(anonymous.get("/context/", params={"projectName": "space-game"}))
    assert context == {
        "scope": "server",  # a project name without a caller changes nothing
        "serverCapabilities": {"serverVersion": "2025.4.3-emulator", "features": SERVER_FEATURES},
        "userId": None,
        "workspaceId": None,
        "workspaceCapabilities": None,
        "projectId": None,
        "dataSourceId": None,
        "dataSourceLocation": None,
        "preferences": {
            "projectPersonal": None,
            "projectShared": None,
            "workspacePersonal": None,
            "workspaceShared": None,
            "serverDefault": {"theme": "dark"},
        },
    }
    assert "authentication" in SERVER_FEATURES


def test_a_project_context_names_its_workspace_project_and_branch(http: httpx.Client) -> None:
    project = new_project(http, name="space-game")
    assert http.put(f"/project/{project['id']}/branch/", json={"name": "develop"}).status_code == 204
    branches = {b["name"]: b["id"] for b in result(http.get(f"/project/{project['id']}/"))["branches"]}
    me = result(http.get("/user/me/"))
    primary = result(http.get("/context/", params={"projectName": "space-game"}))
    assert {k: v for k, v in primary.items() if k not in ("serverCapabilities", "preferences")} == {
        "scope": "dataSource",
        "userId": me["id"],
        "workspaceId": project["workspaceId"],
        "workspaceCapabilities": {"features": ["projectMembers", "projectBranches", "projectPermissions"]},
        "projectId": project["id"],
        "dataSourceId": branches["main"],  # no branch named: the primary
        "dataSourceLocation": "mongoDataBase",
    }
    by_id = result(http.get("/context/", params={"projectName": project["id"], "branchName": "develop"}))
    assert (by_id["scope"], by_id["dataSourceId"]) == ("dataSource", branches["develop"])
    for params in ({"projectName": "space-game", "branchName": "nowhere"}, {"projectName": "other"}):
        missed = result(http.get("/context/", params=params))
        assert (missed["scope"], missed["projectId"], missed["dataSourceId"]) == ("user", None, None), params


def test_a_workspace_member_reads_the_shared_layer_and_writes_only_a_personal_one(http: httpx.Client) -> None:
    project = new_project(http)
    member = {**seed_users(http, SECOND)[0], **SECOND}
    join(http, project["id"], member)  # now a member of the workspace, not its administrator
    as_member = bearer(SECOND["apiKey"])
    shared = f"/workspace/{project['workspaceId']}/preferences/"
    assert http.put(shared, json={"grid": 8}).status_code == 204
    assert result(http.get(shared, headers=as_member)) == {"grid": 8}
    error(http.put(shared, json={"grid": 1}, headers=as_member), 403, "authorizationFailed")
    personal = f"{shared}user/"
    assert http.put(personal, json={"mine": True}, headers=as_member).status_code == 204
    assert result(http.get(personal, headers=as_member)) == {"mine": True}


def test_refusals_say_why(http: httpx.Client) -> None:
    refused = error(http.put("/preferences/", json={"a": 1}), 403, "authorizationFailed")
    assert refused["message"] == "Only administrator accounts may change the server's default preferences."
    path = f"/project/{new_project(http)['id']}/preferences/"
    replaced = http.patch(path, json=[{"op": "replace", "path": "", "value": [1]}])
    assert error(replaced, 400, "invalidJsonPatchParameter")["message"] == (
        "Preferences must stay a JSON object."
    )
