"""Charon access rules and the JSON views of users, workspaces, projects and branches (charon/access.py).

Each test pins what a client reads of a view, or one access decision (404 when a thing cannot be seen, 403
when it can be seen but not changed), so that removing the rule fails here.
"""

from __future__ import annotations

import httpx
import pytest

from tests.emulator.charon_support import (
    SECOND,
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

ADMIN = {"email": "root@charon.io", "apiKey": "admin-key", "type": "administratorAccount"}


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
