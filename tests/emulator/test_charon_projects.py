"""Charon tenancy: projects, grants, invitations, members, transfer, delete, branches; the new-user script."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from emulators.charon import datasource
from emulators.testing import InProcessEmulator
from tests.emulator.charon_support import (
    SECOND,
    TOKEN,
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
    sign_in,
)

pytestmark = pytest.mark.parity("emulator")
__all__ = ["emulator", "http"]  # fixtures


def test_new_user_script_through_the_client(emulator: InProcessEmulator, http: httpx.Client) -> None:
    from charon_client import Client
    from charon_client.api.authentication import begin_api_key_authentication_flow, issue_token
    from charon_client.api.preferences import (
        load_project_shared_preferences,
        patch_project_shared_preferences,
        save_project_shared_preferences,
    )
    from charon_client.api.project import (
        create_branch,
        create_project,
        delete_branch,
        get_current_projects,
        get_project,
        invite_into_project,
        push_branch,
        update_branch,
    )
    from charon_client.api.user import accept_invitation, get_current_user
    from charon_client.api.workspace import get_current_workspaces
    from charon_client.models import (
        ApiKeyAuthenticateRequest,
        CreateBranchRequest,
        CreateProjectRequest,
        InviteIntoProjectRequest,
        IssueTokenRequest,
        JsonPatch,
        JsonPatchOperation,
        Preferences,
        PushBranchRequest,
        ScriptingLanguage,
        UpdateBranchRequest,
    )
    from charon_client.models.issue_token_request_grant_type import IssueTokenRequestGrantType

    second = seed_users(http, SECOND)[0]
    anonymous = Client(base_url=emulator.base_url)
    stage = begin_api_key_authentication_flow.sync(
        client=anonymous, body=ApiKeyAuthenticateRequest(api_key=TOKEN)
    )
    tokens = issue_token.sync(
        client=anonymous,
        body=IssueTokenRequest(
            grant_type=IssueTokenRequestGrantType.AUTHORIZATION_CODE, code=stage.result.authorization_code
        ),
    )
    client = Client(base_url=emulator.base_url, token=tokens.access_token)
    me = get_current_user.sync(client=client).result
    assert me.id == tokens.user_id
    workspace = get_current_workspaces.sync(client=client).result[0]
    project = create_project.sync(
        client=client,
        body=CreateProjectRequest(
            workspace_id=workspace.id, name="rpg-game", scripting_language=ScriptingLanguage.CSHARP
        ),
    ).result
    primary = next(b for b in project.branches if b.is_primary)
    assert (primary.name, len(project.branches)) == ("main", 1)
    data_source_id = primary.id
    create_branch.sync(project.id, client=client, body=CreateBranchRequest(name="develop"))
    update_branch.sync(project.id, "develop", client=client, body=UpdateBranchRequest(new_name="staging"))
    push_branch.sync(
        project.id, "staging", client=client, body=PushBranchRequest(destination_branch_name="main")
    )
    delete_branch.sync(project.id, "staging", client=client)
    after = get_project.sync(project.id, client=client).result
    assert [(b.name, b.id) for b in after.branches] == [("main", data_source_id)]
    save_project_shared_preferences.sync(
        project.id, client=client, body=Preferences.from_dict({"theme": "dark"})
    )
    patch_project_shared_preferences.sync(
        project.id, client=client, body=[JsonPatch(op=JsonPatchOperation.ADD, path="/grid", value=8)]
    )
    saved = load_project_shared_preferences.sync(project.id, client=client).result
    assert saved is not None and saved.to_dict() == {"theme": "dark", "grid": 8}
    invite_into_project.sync(
        project.id, client=client, body=InviteIntoProjectRequest(name="Second User", email=SECOND["email"])
    )
    invited = Client(base_url=emulator.base_url, token=SECOND["apiKey"])
    invitation = get_current_user.sync(client=invited).result.invitations[0]
    accept_invitation.sync(second["id"], invitation.id, client=invited)
    assert [p.id for p in get_current_projects.sync(client=invited).result] == [project.id]


def test_create_project_gives_one_primary_branch_and_every_grant_to_the_creator(http: httpx.Client) -> None:
    project = new_project(http)
    me = result(http.get("/user/me/"))
    assert [b["isPrimary"] for b in project["branches"]] == [True]
    assert project["permissions"] == [
        {"memberUserId": me["id"], "grants": ["view", "edit", "design", "administer"]}
    ]
    assert project["id"] in result(http.get(f"/workspace/{project['workspaceId']}/"))["projects"]


def test_projects_are_invisible_to_non_members(http: httpx.Client) -> None:
    project = new_project(http)
    stranger = {**seed_users(http, SECOND)[0], **SECOND}
    error(http.get(f"/project/{project['id']}/", headers=bearer(stranger["apiKey"])), 404, "resourceNotFound")
    assert result(http.get("/project/my/", headers=bearer(stranger["apiKey"]))) == []
    listed = result(http.get("/project/", headers=bearer(stranger["apiKey"])))
    assert listed == {"processes": [], "total": 0}


def test_grants_are_enforced_with_403(http: httpx.Client) -> None:
    project = new_project(http)
    member = {**seed_users(http, SECOND)[0], **SECOND}
    join(http, project["id"], member)
    as_member = bearer(member["apiKey"])
    assert result(http.get(f"/project/{project['id']}/", headers=as_member))["id"] == project["id"]
    rename = http.post(f"/project/{project['id']}/", json={"newName": "renamed"}, headers=as_member)
    error(rename, 403, "authorizationFailed")
    error(
        http.put(f"/project/{project['id']}/branch/", json={"name": "mine"}, headers=as_member),
        403,
        "authorizationFailed",
    )
    grant(http, project["id"], member["id"], "view", "administer")
    renamed = result(http.post(f"/project/{project['id']}/", json={"newName": "renamed"}, headers=as_member))
    assert renamed["name"] == "renamed"


def test_invitations_are_listed_on_the_invited_user_and_can_be_declined(http: httpx.Client) -> None:
    project = new_project(http)
    member = {**seed_users(http, SECOND)[0], **SECOND}
    assert (
        http.put(
            f"/project/{project['id']}/members/", json={"name": "x y", "email": member["email"]}
        ).status_code
        == 204
    )
    invitations = result(http.get("/user/me/", headers=bearer(member["apiKey"])))["invitations"]
    assert [(i["projectId"], i["response"]) for i in invitations] == [(project["id"], "sent")]
    declined = http.delete(
        f"/user/{member['id']}/invitations/{invitations[0]['id']}/", headers=bearer(member["apiKey"])
    )
    assert declined.status_code == 204
    assert result(http.get("/user/me/", headers=bearer(member["apiKey"])))["invitations"] == []
    assert result(http.get(f"/project/{project['id']}/"))["invitations"][0]["response"] == "declined"
    error(http.get(f"/project/{project['id']}/", headers=bearer(member["apiKey"])), 404, "resourceNotFound")


def test_inviting_an_unknown_email_creates_an_account_and_mails_it(http: httpx.Client) -> None:
    project = new_project(http)
    assert (
        http.put(
            f"/project/{project['id']}/members/", json={"name": "New Person", "email": "new@studio.io"}
        ).status_code
        == 204
    )
    invitation = result(http.get(f"/project/{project['id']}/"))["invitations"][0]
    assert invitation["response"] == "emailSent"
    outbox = http.get(f"{http.base_url.scheme}://{http.base_url.netloc.decode()}/_emulator/outbox").json()
    assert outbox["messages"][-1]["to"] == "new@studio.io"


def test_expel_removes_the_member(http: httpx.Client) -> None:
    project = new_project(http)
    member = {**seed_users(http, SECOND)[0], **SECOND}
    join(http, project["id"], member)
    assert (
        http.delete(f"/project/{project['id']}/members/", params={"memberUserId": member["id"]}).status_code
        == 204
    )
    error(http.get(f"/project/{project['id']}/", headers=bearer(member["apiKey"])), 404, "resourceNotFound")
    again = http.delete(f"/project/{project['id']}/members/", params={"memberUserId": member["id"]})
    error(again, 404, "resourceNotFound")


def test_transfer_needs_owner_or_administrator_of_both_workspaces(http: httpx.Client) -> None:
    project = new_project(http)
    member = {**seed_users(http, SECOND)[0], **SECOND}
    join(http, project["id"], member)
    grant(http, project["id"], member["id"], "view", "edit", "design", "administer")
    member_workspace = member["workspaceId"]
    by_member = http.post(
        f"/project/{project['id']}/workspace/",
        json={"newWorkspaceId": member_workspace},
        headers=bearer(member["apiKey"]),
    )
    error(by_member, 403, "authorizationFailed")
    # The owner cannot move it into a workspace they do not manage either.
    error(
        http.post(f"/project/{project['id']}/workspace/", json={"newWorkspaceId": member_workspace}),
        404,
        "resourceNotFound",
    )
    owner_id = result(http.get("/user/me/"))["id"]
    me = result(http.get("/user/me/"))
    studio = http.post(
        f"{http.base_url.scheme}://{http.base_url.netloc.decode()}/_emulator/seed",
        json={"workspaces": [{"name": "Studio", "owner": me["profile"]["email"]}]},
    ).json()["workspaces"][0]["id"]
    assert owner_id
    assert (
        http.post(f"/project/{project['id']}/workspace/", json={"newWorkspaceId": studio}).status_code == 204
    )
    assert result(http.get(f"/project/{project['id']}/"))["workspaceId"] == studio


def test_delete_project_takes_its_branches_and_data_along(
    emulator: InProcessEmulator, http: httpx.Client
) -> None:
    project = new_project(http)
    assert http.put(f"/project/{project['id']}/branch/", json={"name": "develop"}).status_code == 204
    storage = app_of(emulator).vendor.storage
    count = "SELECT count(*) FROM charon_data_sources"
    assert storage.scalar(count) == 2
    assert http.delete(f"/project/{project['id']}/").status_code == 204
    error(http.get(f"/project/{project['id']}/"), 404, "resourceNotFound")
    assert storage.scalar(count) == 0
    assert storage.scalar("SELECT count(*) FROM charon_branches") == 0


def branches(http: httpx.Client, project_id: str) -> list[str]:
    return [b["name"] for b in result(http.get(f"/project/{project_id}/"))["branches"]]


def test_branch_names_are_unique_per_project(http: httpx.Client) -> None:
    project = new_project(http)
    assert http.put(f"/project/{project['id']}/branch/", json={"name": "develop"}).status_code == 204
    error(
        http.put(f"/project/{project['id']}/branch/", json={"name": "develop"}), 409, "duplicateUniqueValue"
    )
    error(
        http.post(f"/project/{project['id']}/branch/develop/", json={"newName": "main"}),
        409,
        "duplicateUniqueValue",
    )


def test_branches_rename_and_reorder(http: httpx.Client) -> None:
    project = new_project(http)
    for name in ("develop", "qa"):
        assert http.put(f"/project/{project['id']}/branch/", json={"name": name}).status_code == 204
    assert (
        http.post(
            f"/project/{project['id']}/branch/qa/", json={"newName": "testing", "newOrdinal": 0}
        ).status_code
        == 204
    )
    assert branches(http, project["id"]) == ["testing", "main", "develop"]


def test_push_replaces_the_destinations_data(emulator: InProcessEmulator, http: httpx.Client) -> None:
    project = new_project(http)
    assert http.put(f"/project/{project['id']}/branch/", json={"name": "develop"}).status_code == 204
    ids = {b["name"]: b["id"] for b in result(http.get(f"/project/{project['id']}/"))["branches"]}
    storage = app_of(emulator).vendor.storage

    def game_data(schema: str, document_id: int) -> dict[str, Any]:
        schemas = [
            {"Id": f"{document_id:024x}", "Name": schema, "Properties": [{"Name": "Id", "DataType": 13}]}
        ]
        return {"Collections": {"Schema": schemas, schema: [{"Id": document_id}]}}

    datasource.replace_all(storage, ids["develop"], game_data("Item", 1))
    datasource.replace_all(storage, ids["main"], game_data("Hero", 2))
    pushed = http.put(f"/project/{project['id']}/branch/develop/", json={"destinationBranchName": "main"})
    assert pushed.status_code == 204
    main = datasource.snapshot(storage, ids["main"])["Collections"]
    assert main["Item"] == [{"Id": 1}] and "Hero" not in main  # replaced, not merged
    error(
        http.put(f"/project/{project['id']}/branch/develop/", json={"destinationBranchName": "nowhere"}),
        404,
        "resourceNotFound",
    )


def test_new_branch_starts_as_a_copy_of_the_primary(emulator: InProcessEmulator, http: httpx.Client) -> None:
    project = new_project(http)
    assert http.put(f"/project/{project['id']}/branch/", json={"name": "develop"}).status_code == 204
    ids = [b["id"] for b in result(http.get(f"/project/{project['id']}/"))["branches"]]
    storage = app_of(emulator).vendor.storage
    contents = [datasource.snapshot(storage, i) for i in ids]
    assert contents[0] == contents[1] and contents[0]["Collections"]["ProjectSettings"]


def test_the_primary_branch_cannot_be_deleted(http: httpx.Client) -> None:
    project = new_project(http)
    error(http.delete(f"/project/{project['id']}/branch/main/"), 400, "invalidParameterValue")
    assert http.put(f"/project/{project['id']}/branch/", json={"name": "develop"}).status_code == 204
    assert http.delete(f"/project/{project['id']}/branch/develop/").status_code == 204
    assert branches(http, project["id"]) == ["main"]


def test_workspace_administrators_are_promoted_by_the_owner_only(http: httpx.Client) -> None:
    member = {**seed_users(http, SECOND)[0], **SECOND}
    workspace_id = my_workspace(http)
    assert (
        http.put(
            f"/workspace/{workspace_id}/administrators/", params={"memberUserId": member["id"]}
        ).status_code
        == 204
    )
    workspace = result(http.get(f"/workspace/{workspace_id}/", headers=bearer(member["apiKey"])))
    assert workspace["administratorUserIds"] == [member["id"]]
    me = result(http.get("/user/me/"))["id"]
    by_admin = http.delete(
        f"/workspace/{workspace_id}/administrators/",
        params={"memberUserId": me},
        headers=bearer(member["apiKey"]),
    )
    error(by_admin, 403, "authorizationFailed")
    assert (
        http.delete(
            f"/workspace/{workspace_id}/administrators/", params={"memberUserId": member["id"]}
        ).status_code
        == 204
    )


def test_other_users_accounts_are_not_readable(http: httpx.Client) -> None:
    other = seed_users(http, SECOND)[0]
    error(http.get(f"/user/{other['id']}/"), 403, "authorizationFailed")
    assert result(http.get(f"/user/{other['id']}/public/"))["name"] == SECOND["name"]
    error(http.get("/user/"), 403, "authorizationFailed")


def test_access_token_user_is_the_key_user(http: httpx.Client) -> None:
    tokens = sign_in(http)
    assert (
        result(http.get("/user/me/", headers=bearer(tokens["access_token"])))["id"]
        == result(http.get("/user/me/"))["id"]
    )
