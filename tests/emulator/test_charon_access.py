"""Charon access rules and the JSON views of users, workspaces, projects and branches (charon/access.py).

Each test pins what a client reads of a view, or one access decision (404 when a thing cannot be seen, 403
when it can be seen but not changed), so that removing the rule fails here.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
import websockets

from emulators.testing import InProcessEmulator
from tests.emulator.charon_support import (
    ADMIN,
    SECOND,
    app_of,
    bearer,
    emulator,
    error,
    grant,
    http,
    join,
    my_workspace,
    new_project,
    result,
    seed_users,
)

pytestmark = pytest.mark.parity("emulator")
__all__ = ["emulator", "http"]  # fixtures


def test_a_users_view_carries_the_whole_profile_and_its_enabled_logins(http: httpx.Client) -> None:
    seeded = seed_users(http, SECOND)[0]
    as_second = bearer(SECOND["apiKey"])
    picture = "https://cdn.example/second.png"
    http.post(f"/user/{seeded['id']}/", json={"newPictureUrl": picture}, headers=as_second)
    me = result(http.get("/user/me/", headers=as_second))
    assert me["profile"] == {
        "name": SECOND["name"],
        "pictureUrl": picture,
        "email": SECOND["email"],
        "verifiedEmail": SECOND["email"],  # a seeded key's user counts as verified
    }
    assert [(login["provider"], login["isEnabled"]) for login in me["logins"]] == [("apiKey", True)]


def test_a_workspace_administrator_manages_the_workspace_and_a_plain_member_does_not(
    http: httpx.Client,
) -> None:
    workspace_id = my_workspace(http)
    second = seed_users(http, SECOND)[0]
    as_second = bearer(SECOND["apiKey"])
    project = new_project(http)
    join(http, project["id"], {**second, **SECOND})  # a member of the workspace, not an administrator
    rename = {"newName": "Studio"}
    refused = error(
        http.post(f"/workspace/{workspace_id}/", json=rename, headers=as_second), 403, "authorizationFailed"
    )
    assert refused["message"] == "Only the workspace's owner and administrators may do this."
    promoted = http.put(f"/workspace/{workspace_id}/administrators/", params={"memberUserId": second["id"]})
    assert promoted.status_code == 204
    renamed = result(http.post(f"/workspace/{workspace_id}/", json=rename, headers=as_second))
    assert renamed["name"] == "Studio"


def test_an_administrator_account_manages_any_workspace(http: httpx.Client) -> None:
    workspace_id = my_workspace(http)
    seed_users(http, ADMIN)
    as_admin = bearer(ADMIN["apiKey"])
    renamed = result(http.post(f"/workspace/{workspace_id}/", json={"newName": "Audited"}, headers=as_admin))
    assert renamed["name"] == "Audited"


def test_workspace_administrators_hold_every_grant_on_its_projects_without_being_members(
    http: httpx.Client,
) -> None:
    project = new_project(http)
    second = seed_users(http, SECOND)[0]
    promoted = http.put(
        f"/workspace/{project['workspaceId']}/administrators/", params={"memberUserId": second["id"]}
    )
    assert promoted.status_code == 204
    as_second = bearer(SECOND["apiKey"])
    renamed = http.post(f"/project/{project['id']}/", json={"newName": "by-admin"}, headers=as_second)
    assert result(renamed)["name"] == "by-admin"
    assert second["id"] not in result(renamed)["memberUserIds"]


def test_an_administrator_account_holds_every_grant_on_any_project(http: httpx.Client) -> None:
    project = new_project(http)
    seed_users(http, ADMIN)
    as_admin = bearer(ADMIN["apiKey"])
    renamed = http.post(f"/project/{project['id']}/", json={"newName": "audited"}, headers=as_admin)
    assert result(renamed)["name"] == "audited"


def test_the_workspace_owner_holds_every_grant_on_a_project_an_administrator_created(
    http: httpx.Client,
) -> None:
    workspace_id = my_workspace(http)
    second = seed_users(http, SECOND)[0]
    promoted = http.put(f"/workspace/{workspace_id}/administrators/", params={"memberUserId": second["id"]})
    assert promoted.status_code == 204
    body = {"workspaceId": workspace_id, "name": "theirs", "scriptingLanguage": "cSharp"}
    project = result(http.put("/project/", json=body, headers=bearer(SECOND["apiKey"])))
    me = result(http.get("/user/me/"))
    assert me["id"] not in project["memberUserIds"]
    renamed = http.post(f"/project/{project['id']}/", json={"newName": "by-owner"})
    assert result(renamed)["name"] == "by-owner"


def test_an_invisible_project_answers_exactly_what_an_unknown_one_does(http: httpx.Client) -> None:
    project = new_project(http)
    seed_users(http, SECOND)
    as_second = bearer(SECOND["apiKey"])
    unknown = http.get(f"/project/{'a' * 24}/", headers=as_second)
    invisible = http.get(f"/project/{project['id']}/", headers=as_second)
    expected = {
        "code": "resourceNotFound",
        "message": "projectId: The project was not found.",
        "parameterName": "projectId",
    }
    assert error(unknown, 404, "resourceNotFound") == expected
    assert invisible.json() == unknown.json()  # its existence is not revealed


def test_a_member_without_grants_still_sees_that_the_project_exists(http: httpx.Client) -> None:
    project = new_project(http)
    second = {**seed_users(http, SECOND)[0], **SECOND}
    join(http, project["id"], second)
    grant(http, project["id"], second["id"])  # every grant taken away: still a member
    refused = error(
        http.get(f"/project/{project['id']}/", headers=bearer(SECOND["apiKey"])), 403, "authorizationFailed"
    )
    assert refused["message"] == "The 'view' permission on this project is required."


# ----------------------------------------------------------------------------------------------- views


def test_a_workspace_view_has_the_free_subscription_its_administrators_and_projects(
    http: httpx.Client,
) -> None:
    workspace_id = my_workspace(http)
    second = seed_users(http, SECOND)[0]
    http.put(f"/workspace/{workspace_id}/administrators/", params={"memberUserId": second["id"]})
    project = new_project(http)
    http.post(f"/workspace/{workspace_id}/", json={"newPictureUrl": "https://cdn.example/w.png"})
    me = result(http.get("/user/me/"))
    workspace = result(http.get(f"/workspace/{workspace_id}/"))
    assert workspace == {
        "id": workspace_id,
        "name": workspace["name"],
        "pictureUrl": "https://cdn.example/w.png",
        "ownerUserId": me["id"],
        "subscription": {
            "id": workspace_id,
            "externalId": None,
            "packageName": "free",
            "startDate": "2024-01-01",
            "endDate": None,
            "usedResources": [],
            "cost": {"externalId": None, "period": "monthly", "currencyCode": "usd", "amount": 0},
        },
        "administratorUserIds": [second["id"]],
        "projects": [project["id"]],
    }


def test_a_project_view_has_its_fields_members_invitations_and_branches(
    emulator: InProcessEmulator, http: httpx.Client
) -> None:
    body = {
        "workspaceId": my_workspace(http),
        "name": "tagged",
        "scriptingLanguage": "typeScript",
        "tags": ["rpg", "2d"],
    }
    project = result(http.put("/project/", json=body))
    me = result(http.get("/user/me/"))
    seed_users(http, SECOND)
    invite = {"name": SECOND["name"], "email": SECOND["email"]}
    assert http.put(f"/project/{project['id']}/members/", json=invite).status_code == 204
    http.post(f"/project/{project['id']}/", json={"newPictureUrl": "https://cdn.example/p.png"})
    view = result(http.get(f"/project/{project['id']}/"))
    branch_id = project["branches"][0]["id"]
    size = app_of(emulator).vendor.storage.scalar(
        "SELECT length(content) FROM charon_data_sources WHERE id = ?", (branch_id,)
    )
    assert size > 0
    invitation = view["invitations"][0]
    assert invitation == {
        "id": invitation["id"],
        "invitedUserId": invitation["invitedUserId"],
        "initiatorUserId": me["id"],
        "projectId": project["id"],
        "response": "sent",
        "creationTime": invitation["creationTime"],
    }
    assert invitation["invitedUserId"] not in (None, me["id"])
    assert view == {
        "id": project["id"],
        "name": "tagged",
        "pictureUrl": "https://cdn.example/p.png",
        "tags": ["rpg", "2d"],
        "scriptingLanguage": "typeScript",
        "workspaceId": body["workspaceId"],
        "branches": [
            {
                "id": branch_id,
                "name": "main",
                "isPrimary": True,
                "databaseName": f"charon_{branch_id}",
                "location": "mongoDataBase",
                "dataSize": size,
                "backupSize": 0,
            }
        ],
        "memberUserIds": [me["id"]],
        "invitations": [invitation],
        "permissions": [{"memberUserId": me["id"], "grants": ["view", "edit", "design", "administer"]}],
    }


def test_an_invisible_workspace_answers_like_an_unknown_one_and_administrator_accounts_see_it(
    http: httpx.Client,
) -> None:
    workspace_id = my_workspace(http)
    seed_users(http, SECOND, ADMIN)
    unknown = http.get(f"/workspace/{'a' * 24}/", headers=bearer(SECOND["apiKey"]))
    invisible = http.get(f"/workspace/{workspace_id}/", headers=bearer(SECOND["apiKey"]))
    assert error(unknown, 404, "resourceNotFound") == {
        "code": "resourceNotFound",
        "message": "workspaceId: The workspace was not found.",
        "parameterName": "workspaceId",
    }
    assert invisible.json() == unknown.json()
    seen = result(http.get(f"/workspace/{workspace_id}/", headers=bearer(ADMIN["apiKey"])))
    assert seen["id"] == workspace_id


def test_workspace_managers_hear_of_changes_to_its_projects_they_are_not_members_of(
    emulator: InProcessEmulator, http: httpx.Client
) -> None:
    workspace_id = my_workspace(http)
    second = seed_users(http, SECOND)[0]
    http.put(f"/workspace/{workspace_id}/administrators/", params={"memberUserId": second["id"]})
    holder: dict[str, Any] = {}

    def create() -> None:
        holder["project"] = new_project(http)

    url = emulator.base_url.replace("http://", "ws://") + "/notification/"
    got = asyncio.run(_messages(url, bearer(SECOND["apiKey"]), create, 1))
    assert (got[1]["type"], got[1]["action"], got[1]["projectId"]) == (
        "project",
        "created",
        holder["project"]["id"],
    )


async def _messages(url: str, headers: dict[str, str], then: Any, count: int) -> list[dict[str, Any]]:
    async with websockets.connect(url, additional_headers=headers, open_timeout=5) as socket:
        got = [json.loads(await asyncio.wait_for(socket.recv(), 5))]  # "connected"
        await asyncio.to_thread(then)
        for _ in range(count):
            got.append(json.loads(await asyncio.wait_for(socket.recv(), 5)))
        return got
