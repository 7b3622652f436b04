"""Charon projects: who hears each project change, the grants each change needs, exact refusals, workspace
membership through invitations and transfers, tags, and what a new project's data source holds."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import orjson
import pytest

from emulators.testing import InProcessEmulator
from tests.emulator.charon_support import (
    ADMIN,
    SECOND,
    bearer,
    control,
    emulator,
    grant,
    http,
    join,
    my_workspace,
    new_project,
    result,
    seed_users,
    vendor_of,
)

pytestmark = pytest.mark.parity("emulator")
__all__ = ["emulator", "http"]  # fixtures

THIRD = {"email": "third@studio.io", "name": "Third User", "apiKey": "third-key"}
FOURTH = {"email": "fourth@studio.io", "name": "Fourth User", "apiKey": "fourth-key"}
_KEYS = itertools.count(10_000)  # subscriber keys no WebSocket session uses


@contextmanager
def listening(emulator: InProcessEmulator, *user_ids: str) -> Iterator[dict[str, list[dict[str, Any]]]]:
    """What each of ``user_ids`` is sent while the block runs, as a notification session would receive it
    (its ``time`` checked and left out)."""
    vendor = vendor_of(emulator)
    queues = {user_id: (next(_KEYS), asyncio.Queue[str]()) for user_id in user_ids}
    for user_id, (key, queue) in queues.items():
        vendor.subscribers[key] = (user_id, queue)
    heard: dict[str, list[dict[str, Any]]] = {user_id: [] for user_id in user_ids}
    try:
        yield heard
    finally:
        for user_id, (key, queue) in queues.items():
            vendor.subscribers.pop(key, None)
            while not queue.empty():
                message = orjson.loads(queue.get_nowait())
                assert isinstance(message.pop("time"), str)
                heard[user_id].append(message)


def event(action: str, project: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "type": "project",
        "action": action,
        "projectId": project["id"],
        "workspaceId": project["workspaceId"],
        **extra,
    }


def users(http: httpx.Client, *seeds: dict[str, Any]) -> list[dict[str, Any]]:
    return [{**created, **seed} for created, seed in zip(seed_users(http, *seeds), seeds, strict=True)]


def envelope(response: httpx.Response, status: int, code: str, message: str, parameter: str | None) -> None:
    entry: dict[str, Any] = {"code": code, "message": message}
    if parameter is not None:
        entry["parameterName"] = parameter
    assert (response.status_code, response.json()) == (status, {"errors": [entry]})


def promote(http: httpx.Client, owner: dict[str, Any], user_id: str) -> None:
    """``owner`` makes ``user_id`` an administrator of their own workspace."""
    url = f"/workspace/{owner['workspaceId']}/administrators/"
    promoted = http.put(url, params={"memberUserId": user_id}, headers=bearer(owner["apiKey"]))
    assert promoted.status_code == 204


def members_of(http: httpx.Client, workspace_id: str) -> list[str]:
    found: list[str] = result(http.get(f"/workspace/{workspace_id}/members/"))
    return found


def test_each_project_change_is_told_to_its_members_and_managers_only(
    emulator: InProcessEmulator, http: httpx.Client
) -> None:
    project = new_project(http)
    owner = result(http.get("/user/me/"))["id"]
    member, outsider = users(http, SECOND, THIRD)
    pid = project["id"]
    with listening(emulator, owner, member["id"], outsider["id"]) as heard:
        invite = {"name": member["name"], "email": member["email"]}
        assert http.put(f"/project/{pid}/members/", json=invite).status_code == 204
        invitation = result(http.get("/user/me/", headers=bearer(member["apiKey"])))["invitations"][0]
        accept = f"/user/{member['id']}/invitations/{invitation['id']}/"
        assert http.post(accept, headers=bearer(member["apiKey"])).status_code == 204
        assert http.post(f"/project/{pid}/", json={"newName": "renamed"}).status_code == 200
        grant(http, pid, member["id"], "view", "edit")
        gone = http.delete(f"/project/{pid}/members/", params={"memberUserId": member["id"]})
        assert gone.status_code == 204
        assert http.delete(f"/project/{pid}/").status_code == 204
    invited = event("invited", project, userId=member["id"])
    joined, updated, changed = (
        event("memberJoined", project),
        event("updated", project),
        event("permissionsChanged", project),
    )
    left, deleted = event("memberLeft", project, userId=member["id"]), event("deleted", project)
    # The invited user hears their invitation; the expelled member hears that they left.
    assert heard == {
        owner: [invited, joined, updated, changed, left, deleted],
        member["id"]: [invited, joined, updated, changed, left],
        outsider["id"]: [],
    }


def test_a_transfer_is_told_to_the_managers_of_both_workspaces_and_moves_members_with_it(
    emulator: InProcessEmulator, http: httpx.Client
) -> None:
    owner, member, deputy = users(http, SECOND, THIRD, FOURTH)
    project = new_project(http, owner["apiKey"])
    join_as(http, owner, project["id"], member)
    me = result(http.get("/user/me/"))["id"]
    mine = my_workspace(http)
    # The caller administers the project's workspace without owning it: that suffices on the source side.
    for administrator in (me, deputy["id"]):
        promote(http, owner, administrator)
    assert members_of(http, mine) == [me]
    with listening(emulator, me, owner["id"], member["id"], deputy["id"]) as heard:
        moved = http.post(f"/project/{project['id']}/workspace/", json={"newWorkspaceId": mine})
        assert moved.status_code == 204
    told = event("transferred", {**project, "workspaceId": mine}, fromWorkspaceId=owner["workspaceId"])
    # The deputy manages only the source workspace and is no member of the project: told all the same.
    assert heard == {me: [told], owner["id"]: [told], member["id"]: [told], deputy["id"]: [told]}
    assert set(members_of(http, mine)) == {me, owner["id"], member["id"]}
    # The project's members joined the destination workspace as plain members, whom expelling lets go.
    expel = http.delete(f"/project/{project['id']}/members/", params={"memberUserId": member["id"]})
    assert expel.status_code == 204
    assert set(members_of(http, mine)) == {me, owner["id"]}


def join_as(http: httpx.Client, inviter: dict[str, Any], project_id: str, user: dict[str, Any]) -> None:
    invite = {"name": user["name"], "email": user["email"]}
    invited = http.put(f"/project/{project_id}/members/", json=invite, headers=bearer(inviter["apiKey"]))
    assert invited.status_code == 204
    invitation = result(http.get("/user/me/", headers=bearer(user["apiKey"])))["invitations"][0]
    accept = f"/user/{user['id']}/invitations/{invitation['id']}/"
    assert http.post(accept, headers=bearer(user["apiKey"])).status_code == 204


def test_an_accepted_invitation_makes_a_plain_workspace_member_whom_the_last_expel_removes(
    http: httpx.Client,
) -> None:
    first, second = new_project(http), new_project(http, name="second-game")
    (member,) = users(http, SECOND)
    workspace = my_workspace(http)
    me = result(http.get("/user/me/"))["id"]
    join(http, first["id"], member)
    join(http, second["id"], member)
    assert members_of(http, workspace) == [me, member["id"]]
    for project, still in ((first, [me, member["id"]]), (second, [me])):
        expel = http.delete(f"/project/{project['id']}/members/", params={"memberUserId": member["id"]})
        assert expel.status_code == 204
        assert members_of(http, workspace) == still


def test_an_administrator_account_transfers_any_project_and_a_project_administrator_may_not(
    http: httpx.Client,
) -> None:
    project = new_project(http)
    owner, member = users(http, SECOND, THIRD)
    join(http, project["id"], member)
    grant(http, project["id"], member["id"], "view", "edit", "design", "administer")
    body = {"newWorkspaceId": owner["workspaceId"]}
    refused = http.post(f"/project/{project['id']}/workspace/", json=body, headers=bearer(member["apiKey"]))
    message = "Only the workspace's owner and administrators may transfer its projects."
    envelope(refused, 403, "authorizationFailed", message, None)
    seed_users(http, ADMIN)
    by_admin = http.post(f"/project/{project['id']}/workspace/", json=body, headers=bearer(ADMIN["apiKey"]))
    assert by_admin.status_code == 204
    assert result(http.get(f"/project/{project['id']}/"))["workspaceId"] == owner["workspaceId"]


def test_every_change_of_membership_or_the_project_itself_needs_administer(http: httpx.Client) -> None:
    project = new_project(http)
    member, other = users(http, SECOND, THIRD)
    join(http, project["id"], member)
    grant(http, project["id"], member["id"], "view", "edit", "design")
    as_member, pid = bearer(member["apiKey"]), project["id"]
    attempts = [
        http.delete(f"/project/{pid}/", headers=as_member),
        http.put(
            f"/project/{pid}/members/",
            json={"name": "Other User", "email": other["email"]},
            headers=as_member,
        ),
        http.delete(f"/project/{pid}/members/", params={"memberUserId": member["id"]}, headers=as_member),
        http.post(
            f"/project/{pid}/permissions/",
            json={"permissions": [{"memberUserId": member["id"], "grants": ["view", "administer"]}]},
            headers=as_member,
        ),
    ]
    for refused in attempts:
        envelope(
            refused,
            403,
            "authorizationFailed",
            "The 'administer' permission on this project is required.",
            None,
        )
    after = result(http.get(f"/project/{pid}/"))
    assert after["memberUserIds"] == [result(http.get("/user/me/"))["id"], member["id"]]
    assert after["invitations"] == []
    assert result(http.get(f"/project/{pid}/", headers=as_member))["id"] == pid


def test_expelling_or_granting_someone_who_is_no_member_is_a_404_naming_them_and_changes_nothing(
    http: httpx.Client,
) -> None:
    project = new_project(http)
    member, stranger = users(http, SECOND, THIRD)
    join(http, project["id"], member)
    expel = http.delete(f"/project/{project['id']}/members/", params={"memberUserId": stranger["id"]})
    envelope(expel, 404, "resourceNotFound", "memberUserId: The member was not found.", "memberUserId")
    permissions = [
        {"memberUserId": member["id"], "grants": ["view", "edit"]},
        {"memberUserId": stranger["id"], "grants": ["view"]},
    ]
    refused = http.post(f"/project/{project['id']}/permissions/", json={"permissions": permissions})
    message = f"permissions: The member {stranger['id']} was not found."
    envelope(refused, 404, "resourceNotFound", message, "permissions")
    # All or nothing: the member before the unknown one keeps their grants.
    permissions_now = result(http.get(f"/project/{project['id']}/"))["permissions"]
    assert permissions_now[1] == {"memberUserId": member["id"], "grants": ["view"]}


def test_an_invitation_mail_names_the_project(http: httpx.Client) -> None:
    project = new_project(http, name="space-game")
    invite = {"name": "New Person", "email": "new@studio.io"}
    assert http.put(f"/project/{project['id']}/members/", json=invite).status_code == 204
    mail = control(http, "GET", "outbox")["messages"][-1]
    assert (mail["to"], mail["subject"], mail["body"]) == (
        "new@studio.io",
        "You are invited to a Charon project",
        "Join the project space-game.",
    )


def test_tags_change_only_when_given_and_every_project_of_a_managed_workspace_is_listed(
    http: httpx.Client,
) -> None:
    (owner,) = users(http, SECOND)
    project = new_project(http, owner["apiKey"])
    as_owner = bearer(owner["apiKey"])
    tagged = result(
        http.post(f"/project/{project['id']}/", json={"newTags": ["rpg", "2d"]}, headers=as_owner)
    )
    assert (tagged["name"], tagged["tags"]) == ("rpg-game", ["rpg", "2d"])
    renamed = result(http.post(f"/project/{project['id']}/", json={"newName": "quest"}, headers=as_owner))
    assert (renamed["name"], renamed["tags"]) == ("quest", ["rpg", "2d"])
    me = result(http.get("/user/me/"))["id"]
    assert result(http.get("/project/"))["total"] == 0
    promote(http, owner, me)
    listed = result(http.get("/project/"))
    assert ([p["id"] for p in listed["processes"]], listed["total"]) == ([project["id"]], 1)


def test_a_new_project_starts_from_its_settings_alone_at_change_zero(http: httpx.Client) -> None:
    project = new_project(http, name="space-game")
    branch = project["branches"][0]["id"]
    found = result(http.get(f"/datasource/{branch}/collections/", params={"exportMode": "extraction"}))
    assert found["document"] == {
        "ToolsVersion": "2025.1.1",
        "RevisionHash": "0" * 24,
        "ChangeNumber": 0,
        "Collections": {
            "ProjectSettings": [
                {"Id": project["id"], "Name": "space-game", "PrimaryLanguage": "en-US", "Languages": ""}
            ],
            "Schema": [],
        },
    }


def test_deleting_a_project_leaves_no_revision_of_its_branches(
    emulator: InProcessEmulator, http: httpx.Client
) -> None:
    project = new_project(http)
    assert http.put(f"/project/{project['id']}/branch/", json={"name": "develop"}).status_code == 204
    branches = [b["id"] for b in result(http.get(f"/project/{project['id']}/"))["branches"]]
    for branch in branches:  # each branch's store is loaded from its file form by its first read
        assert result(http.get(f"/datasource/{branch}/collections/", params={"exportMode": "extraction"}))
    storage = vendor_of(emulator).storage
    count = "SELECT count(*) FROM charon_revisions WHERE scope IN (?, ?)"
    assert storage.scalar(count, tuple(branches)) == 2
    assert http.delete(f"/project/{project['id']}/").status_code == 204
    assert storage.scalar(count, tuple(branches)) == 0


def test_inviting_a_member_again_writes_no_invitation(http: httpx.Client) -> None:
    project = new_project(http)
    (member,) = users(http, SECOND)
    join(http, project["id"], member)
    again = {"name": member["name"], "email": member["email"]}
    assert http.put(f"/project/{project['id']}/members/", json=again).status_code == 204
    view = result(http.get(f"/project/{project['id']}/"))
    assert (view["invitations"], view["memberUserIds"][1:]) == ([], [member["id"]])
    assert result(http.get("/user/me/", headers=bearer(member["apiKey"])))["invitations"] == []
