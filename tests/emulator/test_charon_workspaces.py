"""Charon workspaces: who sees which, renaming, quota usage, administrators and members."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.emulator.charon_support import (
    ADMIN,
    SECOND,
    bearer,
    emulator,
    error,
    http,
    join,
    my_workspace,
    new_project,
    result,
    seed_users,
)

pytestmark = pytest.mark.parity("emulator")
__all__ = ["emulator", "http"]  # fixtures

THIRD = {"email": "third@studio.io", "name": "Third User", "apiKey": "third-key"}
UNKNOWN = "6500c4a0ffffffffffffffff"


def users(http: httpx.Client, *accounts: dict[str, Any]) -> list[dict[str, Any]]:
    return [{**u, **a} for u, a in zip(seed_users(http, *accounts), accounts, strict=True)]


def members(http: httpx.Client, workspace_id: str, credential: str | None = None) -> list[str]:
    headers = bearer(credential) if credential else None
    found: list[str] = result(http.get(f"/workspace/{workspace_id}/members/", headers=headers))
    return found


def test_all_workspaces_are_the_callers_own_and_an_administrator_account_sees_every_one(
    http: httpx.Client,
) -> None:
    mine = my_workspace(http)
    second, admin = users(http, SECOND, ADMIN)
    listed = result(http.get("/workspace/"))
    assert [w["id"] for w in listed["processes"]] == [mine] and listed["total"] == 1
    everything = result(http.get("/workspace/", headers=bearer(admin["apiKey"])))
    ids = [w["id"] for w in everything["processes"]]
    assert {mine, second["workspaceId"], admin["workspaceId"]} <= set(ids)
    assert everything["total"] == len(ids)
    page = result(http.get("/workspace/", params={"skip": 1, "take": 1}, headers=bearer(admin["apiKey"])))
    assert [w["id"] for w in page["processes"]] == ids[1:2] and page["total"] == len(ids)
    named = result(http.get("/workspace/", params={"query": "SECOND"}, headers=bearer(admin["apiKey"])))
    assert [w["id"] for w in named["processes"]] == [second["workspaceId"]] and named["total"] == 1


def test_my_workspaces_are_in_the_order_i_joined_them(http: httpx.Client) -> None:
    (second,) = users(http, SECOND)
    project = new_project(http)
    join(http, project["id"], second)
    mine = result(http.get("/workspace/my/", headers=bearer(second["apiKey"])))
    assert [w["id"] for w in mine] == [second["workspaceId"], project["workspaceId"]]
    assert mine[1]["ownerUserId"] == result(http.get("/user/me/"))["id"]


def test_a_workspace_i_am_no_member_of_is_not_found(http: httpx.Client) -> None:
    (second,) = users(http, SECOND)
    for response in (
        http.get(f"/workspace/{second['workspaceId']}/"),
        http.get(f"/workspace/{second['workspaceId']}/members/"),
        http.post(f"/workspace/{second['workspaceId']}/quota-usage/"),
        http.get(f"/workspace/{UNKNOWN}/"),
    ):
        missing = error(response, 404, "resourceNotFound")
        assert missing["parameterName"] == "workspaceId"


def test_a_rename_changes_what_is_given_and_keeps_the_rest(http: httpx.Client) -> None:
    workspace_id = my_workspace(http)
    before = result(http.get(f"/workspace/{workspace_id}/"))
    renamed = result(http.post(f"/workspace/{workspace_id}/", json={"newName": "Studio"}))
    assert renamed == {**before, "name": "Studio"}
    pictured = result(
        http.post(f"/workspace/{workspace_id}/", json={"newPictureUrl": "https://img.example/s.png"})
    )
    assert pictured == {**before, "name": "Studio", "pictureUrl": "https://img.example/s.png"}
    assert result(http.get(f"/workspace/{workspace_id}/")) == pictured


def test_a_member_of_a_project_sees_the_workspace_but_does_not_rename_it(http: httpx.Client) -> None:
    (second,) = users(http, SECOND)
    project = new_project(http)
    join(http, project["id"], second)
    seen = result(http.get(f"/workspace/{project['workspaceId']}/", headers=bearer(second["apiKey"])))
    refused = http.post(
        f"/workspace/{project['workspaceId']}/", json={"newName": "Mine"}, headers=bearer(second["apiKey"])
    )
    error(refused, 403, "authorizationFailed")
    assert result(http.get(f"/workspace/{project['workspaceId']}/"))["name"] == seen["name"]


def usage(http: httpx.Client, workspace_id: str, credential: str | None = None) -> dict[str, Any]:
    headers = bearer(credential) if credential else None
    found: dict[str, Any] = result(http.post(f"/workspace/{workspace_id}/quota-usage/", headers=headers))
    return found


def test_quota_usage_counts_members_projects_and_the_branches_game_data(http: httpx.Client) -> None:
    (second,) = users(http, SECOND)
    workspace_id = my_workspace(http)
    assert usage(http, workspace_id) == {
        "memberCount": 1,
        "projectCount": 0,
        "dataStorageSize": 0,
        "backupStorageSize": 0,
        "machineTranslationTokens": 0,
        "aiCompletionTokens": 0,
    }
    project = new_project(http)
    new_project(http, second["apiKey"])  # another workspace's: not counted
    one = usage(http, workspace_id)
    assert (one["memberCount"], one["projectCount"]) == (1, 1) and one["dataStorageSize"] > 100
    for name in ("develop", "release"):
        assert http.put(f"/project/{project['id']}/branch/", json={"name": name}).status_code == 204
    join(http, project["id"], second)
    three = usage(http, workspace_id)
    assert (three["memberCount"], three["projectCount"]) == (2, 1)
    assert three == usage(http, workspace_id, second["apiKey"])
    # branching loads the primary branch's game data into documents: each branch is a copy of it
    assert http.delete(f"/project/{project['id']}/branch/release/").status_code == 204
    two = usage(http, workspace_id)["dataStorageSize"]
    assert two > 100 and three["dataStorageSize"] * 2 == two * 3


def test_members_are_the_owner_then_the_others_in_the_order_they_came(http: httpx.Client) -> None:
    second, third = users(http, SECOND, THIRD)
    workspace_id = my_workspace(http)
    me = result(http.get("/user/me/"))["id"]
    project = new_project(http)
    join(http, project["id"], third)
    assert (
        http.put(
            f"/workspace/{workspace_id}/administrators/", params={"memberUserId": second["id"]}
        ).status_code
        == 204
    )
    assert members(http, workspace_id) == [me, third["id"], second["id"]]
    assert members(http, workspace_id, third["apiKey"]) == [me, third["id"], second["id"]]


def test_promoting_an_unknown_user_or_the_owner(http: httpx.Client) -> None:
    workspace_id = my_workspace(http)
    me = result(http.get("/user/me/"))["id"]
    missing = error(
        http.put(f"/workspace/{workspace_id}/administrators/", params={"memberUserId": UNKNOWN}),
        404,
        "resourceNotFound",
    )
    assert (missing["parameterName"], missing["message"]) == (
        "memberUserId",
        "memberUserId: The user was not found.",
    )
    assert members(http, workspace_id) == [me]
    promoted = http.put(f"/workspace/{workspace_id}/administrators/", params={"memberUserId": me})
    assert promoted.status_code == 204  # the owner stays the owner
    workspace = result(http.get(f"/workspace/{workspace_id}/"))
    assert (workspace["ownerUserId"], workspace["administratorUserIds"]) == (me, [])
    demoted = http.delete(f"/workspace/{workspace_id}/administrators/", params={"memberUserId": me})
    assert (
        error(demoted, 404, "resourceNotFound")["message"] == "memberUserId: The administrator was not found."
    )


def test_an_administrator_does_not_change_administrators_and_a_demoted_one_stays_a_member(
    http: httpx.Client,
) -> None:
    second, third = users(http, SECOND, THIRD)
    workspace_id = my_workspace(http)
    assert (
        http.put(
            f"/workspace/{workspace_id}/administrators/", params={"memberUserId": second["id"]}
        ).status_code
        == 204
    )
    by_admin = http.put(
        f"/workspace/{workspace_id}/administrators/",
        params={"memberUserId": third["id"]},
        headers=bearer(second["apiKey"]),
    )
    refused = error(by_admin, 403, "authorizationFailed")
    assert refused["message"] == "Only the workspace's owner may change its administrators."
    assert third["id"] not in members(http, workspace_id)
    again = http.delete(f"/workspace/{workspace_id}/administrators/", params={"memberUserId": third["id"]})
    error(again, 404, "resourceNotFound")
    assert (
        http.delete(
            f"/workspace/{workspace_id}/administrators/", params={"memberUserId": second["id"]}
        ).status_code
        == 204
    )
    workspace = result(http.get(f"/workspace/{workspace_id}/", headers=bearer(second["apiKey"])))
    assert workspace["administratorUserIds"] == []
    assert second["id"] in members(http, workspace_id)


def test_an_administrator_account_changes_any_workspaces_administrators(http: httpx.Client) -> None:
    second, admin = users(http, SECOND, ADMIN)
    promoted = http.put(
        f"/workspace/{second['workspaceId']}/administrators/",
        params={"memberUserId": admin["id"]},
        headers=bearer(admin["apiKey"]),
    )
    assert promoted.status_code == 204
    workspace = result(http.get(f"/workspace/{second['workspaceId']}/", headers=bearer(second["apiKey"])))
    assert workspace["administratorUserIds"] == [admin["id"]]
