"""Charon's part of the control plane (emulators/charon/control.py): the seed, the outbox, running processes.

The seed is how a test (or a user's fixture) gets what the API cannot create: administrators, workspaces
with members. Its answers, its checks (each naming where in the payload the problem is) and its all-or-nothing
write are pinned here, so that removing one of them fails a test.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.emulator.charon_support import (
    ADMIN,
    SECOND,
    bearer,
    control,
    emulator,
    http,
    join,
    new_project,
    result,
    seed_users,
)

pytestmark = pytest.mark.parity("emulator")
__all__ = ["emulator", "http"]  # fixtures


def control_error(http: httpx.Client, method: str, action: str, body: Any, status: int = 400) -> str:
    """The message of a refused control-plane call (the vendor's envelope, as the API answers)."""
    response = http.request(
        method,
        f"{http.base_url.scheme}://{http.base_url.netloc.decode()}/_emulator/{action}",
        content=body if isinstance(body, bytes) else None,
        json=None if isinstance(body, bytes) else body,
    )
    assert response.status_code == status, response.text
    errors = response.json()["errors"]
    assert len(errors) == 1, errors
    message: str = errors[0]["message"]
    return message


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ([], 'The seed is {"users": [...], "workspaces": [...]}.'),
        ({"users": [], "teams": []}, 'The seed is {"users": [...], "workspaces": [...]}.'),
        ({"users": {}}, "users and workspaces must be arrays."),
        (
            {"users": [{"email": "a@b.io"}], "workspaces": {"name": "x"}},
            "users and workspaces must be arrays.",
        ),
        ({"users": ["a@b.io"]}, "users/0: an object with an email is required."),
        ({"users": [{"name": "Ada"}]}, "users/0: an object with an email is required."),
        ({"users": [{"email": 7}]}, "users/0: an object with an email is required."),
        (
            {"users": [{"email": "a@b.io"}, {"email": "no-at-sign"}]},
            "users/1: an object with an email is required.",
        ),
        (
            {"users": [{"email": "a@b.io", "type": "guest"}]},
            "users/0/type must be one of personalAccount, businessAccount, administratorAccount.",
        ),
        ({"users": [{"email": "a@b.io", "apiKey": ""}]}, "users/0/apiKey must be a non-empty string."),
        ({"users": [{"email": "a@b.io", "apiKey": 12}]}, "users/0/apiKey must be a non-empty string."),
        ({"workspaces": ["studio"]}, "workspaces/0: an object with a name and an owner (email) is required."),
        (
            {"workspaces": [{"owner": "a@b.io"}]},
            "workspaces/0: an object with a name and an owner (email) is required.",
        ),
        (
            {"workspaces": [{"name": "Studio"}]},
            "workspaces/0: an object with a name and an owner (email) is required.",
        ),
        (
            {"workspaces": [{"name": "Studio", "owner": "nobody@b.io"}]},
            "workspaces/0/owner: no user with the email nobody@b.io.",
        ),
    ],
)
def test_a_malformed_seed_is_refused_naming_where(http: httpx.Client, payload: Any, message: str) -> None:
    assert control_error(http, "POST", "seed", payload) == message


def test_workspace_roles_name_each_unknown_email_and_must_be_arrays(http: httpx.Client) -> None:
    owner = {"email": "owner@studio.io"}
    seed_users(http, owner)
    unknown_member = {
        "name": "S",
        "owner": "OWNER@studio.io",
        "members": ["owner@studio.io", "ghost@studio.io"],
    }
    assert (
        control_error(http, "POST", "seed", {"workspaces": [unknown_member]})
        == "workspaces/0/members/1: no user with the email ghost@studio.io."
    )
    listed = {"name": "S", "owner": "owner@studio.io", "administrators": "owner@studio.io"}
    assert (
        control_error(
            http, "POST", "seed", {"workspaces": [{"name": "T", "owner": "owner@studio.io"}, listed]}
        )
        == "workspaces/1/administrators must be an array of emails."
    )


def test_an_email_seeded_twice_is_a_conflict_in_any_case(http: httpx.Client) -> None:
    seed_users(http, {"email": "ada@studio.io"})
    payload = {"users": [{"email": "Ada@Studio.IO"}]}
    assert (
        control_error(http, "POST", "seed", payload, 409)
        == "users/0: a user with the email Ada@Studio.IO exists."
    )


def test_a_seed_is_all_or_nothing(http: httpx.Client) -> None:
    payload = {"users": [{"email": "ada@studio.io", "apiKey": "ada-key"}, {"email": "broken"}]}
    assert control_error(http, "POST", "seed", payload) == "users/1: an object with an email is required."
    # Nothing of the first user was kept: the same user seeds again without a conflict.
    assert [u["email"] for u in seed_users(http, {"email": "ada@studio.io"})] == ["ada@studio.io"]
    workspace = {"name": "Studio", "owner": "ada@studio.io", "members": ["ghost@studio.io"]}
    assert control_error(http, "POST", "seed", {"users": [SECOND], "workspaces": [workspace]}).startswith(
        "workspaces/0/members/0"
    )
    assert (
        seed_users(http, SECOND)[0]["email"] == SECOND["email"]
    )  # the user before the bad workspace went too


def test_a_seeded_user_answers_its_ids_and_key_and_is_who_the_key_signs_in_as(http: httpx.Client) -> None:
    with_key, without = seed_users(http, SECOND, {"email": "ada@studio.io"})
    assert (with_key["email"], with_key["apiKey"], without["apiKey"]) == (SECOND["email"], "second-key", None)
    me = result(http.get("/user/me/", headers=bearer("second-key")))
    assert me["id"] == with_key["id"]
    assert (me["profile"]["name"], me["profile"]["email"]) == ("Second User", SECOND["email"])
    workspaces = result(http.get("/workspace/my/", headers=bearer("second-key")))
    assert [w["id"] for w in workspaces] == [with_key["workspaceId"]]
    assert workspaces[0]["ownerUserId"] == with_key["id"]
    assert with_key["id"] != without["id"] and with_key["workspaceId"] != without["workspaceId"]


def test_a_user_seeded_without_a_key_gets_a_personal_workspace_and_a_name_from_the_email(
    http: httpx.Client,
) -> None:
    (admin,) = seed_users(http, ADMIN)
    (ada,) = seed_users(http, {"email": "ada.l@studio.io"})
    profile = result(http.get(f"/user/{ada['id']}/", headers=bearer(ADMIN["apiKey"])))
    assert profile["profile"]["name"] == "ada.l"
    workspace = result(http.get(f"/workspace/{ada['workspaceId']}/", headers=bearer(ADMIN["apiKey"])))
    assert workspace["ownerUserId"] == ada["id"]
    assert admin["workspaceId"] != ada["workspaceId"]


def test_a_seeded_type_is_the_accounts_type(http: httpx.Client) -> None:
    seed_users(http, ADMIN, {"email": "biz@studio.io", "apiKey": "biz", "type": "businessAccount"})
    assert result(http.get("/user/me/", headers=bearer("admin-key")))["type"] == "administratorAccount"
    assert result(http.get("/user/me/", headers=bearer("biz")))["type"] == "businessAccount"
    seed_users(http, {"email": "plain@studio.io", "apiKey": "plain"})
    assert result(http.get("/user/me/", headers=bearer("plain")))["type"] == "personalAccount"
    # Only the administrator account may list every user.
    assert http.get("/user/", headers=bearer("admin-key")).status_code == 200
    assert http.get("/user/", headers=bearer("biz")).status_code == 403


def test_a_password_signs_in_only_when_one_was_seeded(http: httpx.Client) -> None:
    seed_users(http, {"email": "ada@studio.io", "password": "s3cret-pass"}, {"email": "bob@studio.io"})
    assert (
        http.post(
            "/auth/flow/password/", json={"email": "ada@studio.io", "password": "s3cret-pass"}
        ).status_code
        == 200
    )
    bob = http.post("/auth/flow/password/", json={"email": "bob@studio.io", "password": "s3cret-pass"})
    assert bob.status_code == 401


def test_a_seeded_workspace_has_its_owner_administrators_and_members(http: httpx.Client) -> None:
    owner, admin, member = seed_users(
        http,
        {"email": "owner@studio.io", "apiKey": "owner-key"},
        {"email": "admin@studio.io", "apiKey": "admin-of-studio"},
        {"email": "member@studio.io", "apiKey": "member-key"},
    )
    workspace = {
        "name": "Studio",
        "owner": "owner@studio.io",
        "administrators": ["Admin@Studio.io"],
        "members": ["member@studio.io"],
    }
    (seeded,) = control(http, "POST", "seed", {"workspaces": [workspace]})["workspaces"]
    assert seeded["name"] == "Studio" and len(seeded["id"]) == 24
    view = result(http.get(f"/workspace/{seeded['id']}/", headers=bearer("owner-key")))
    assert (view["name"], view["ownerUserId"], view["administratorUserIds"]) == (
        "Studio",
        owner["id"],
        [admin["id"]],
    )
    members = result(http.get(f"/workspace/{seeded['id']}/members/", headers=bearer("member-key")))
    assert members == [owner["id"], admin["id"], member["id"]]
    assert seeded["id"] in [w["id"] for w in result(http.get("/workspace/my/", headers=bearer("member-key")))]


def test_the_outbox_lists_every_mail_oldest_first_with_its_fields(http: httpx.Client) -> None:
    seed_users(http, {"email": "ada@studio.io"}, {"email": "bob@studio.io"})
    for email in ("ada@studio.io", "bob@studio.io"):
        assert http.put("/user/password-reset/", json={"email": email}).status_code == 204
    first, second = control(http, "GET", "outbox")["messages"]
    assert (first["to"], second["to"]) == ("ada@studio.io", "bob@studio.io")
    assert set(first) == {"to", "subject", "body", "code", "sentAt"}
    assert first["code"] and first["code"] in first["body"] and first["code"] != second["code"]
    assert first["subject"] and first["sentAt"] <= second["sentAt"]


def test_a_running_process_is_started_for_an_existing_data_source_and_a_runnable_type(
    http: httpx.Client,
) -> None:
    data_source = new_project(http)["branches"][0]["id"]
    assert control_error(http, "POST", "process", {"dataSourceId": "a" * 24}) == (
        "dataSourceId must name an existing data source (a branch id)."
    )
    assert control_error(http, "POST", "process", {"dataSourceId": 7}).startswith("dataSourceId must")
    for kind in ("load", "Export", "unknown"):
        assert control_error(http, "POST", "process", {"dataSourceId": data_source, "type": kind}) == (
            "type must be a process type other than load."
        )
    started = control(http, "POST", "process", {"dataSourceId": data_source})["id"]
    translating = control(http, "POST", "process", {"dataSourceId": data_source, "type": "translate"})["id"]
    processes = {p["id"]: p for p in result(http.get(f"/datasource/{data_source}/process/"))["processes"]}
    assert (processes[started]["type"], processes[started]["status"]) == ("export", "running")
    assert processes[translating]["type"] == "translate"


def test_a_control_body_must_be_a_json_object(http: httpx.Client) -> None:
    assert control_error(http, "POST", "process", b"{not json") == "The body is not valid JSON."
    assert control_error(http, "POST", "process", b"[1]") == "The body must be a JSON object."
    empty = control_error(http, "POST", "process", b"")  # an empty body reads as {}
    assert empty == "dataSourceId must name an existing data source (a branch id)."


def test_a_seeded_password_is_an_email_password_login_of_the_account(http: httpx.Client) -> None:
    seed_users(http, {"email": "ada@studio.io", "apiKey": "ada-key", "password": "s3cret-pass"})
    seed_users(http, {"email": "bob@studio.io", "apiKey": "bob-key"})
    ada = result(http.get("/user/me/", headers=bearer("ada-key")))
    assert [login["provider"] for login in ada["logins"]] == ["apiKey", "emailPassword"]
    bob = result(http.get("/user/me/", headers=bearer("bob-key")))
    assert [login["provider"] for login in bob["logins"]] == ["apiKey"]


def test_a_seeded_member_is_a_plain_member_who_leaves_with_their_last_project(http: httpx.Client) -> None:
    """A seeded ``members`` entry has the role a project invitation gives: expelled from the workspace's
    only project they were in, they are no longer a member of the workspace (an administrator stays)."""
    owner_email = result(http.get("/user/me/"))["profile"]["email"]
    member, admin = seed_users(
        http, {"email": "m@studio.io", "apiKey": "m-key"}, {"email": "a@studio.io", "apiKey": "a-key"}
    )
    workspace = {
        "name": "Studio",
        "owner": owner_email,
        "members": ["m@studio.io"],
        "administrators": ["a@studio.io"],
    }
    (seeded,) = control(http, "POST", "seed", {"workspaces": [workspace]})["workspaces"]
    body = {"workspaceId": seeded["id"], "name": "rpg", "scriptingLanguage": "cSharp"}
    project = result(http.put("/project/", json=body))
    for user in (member, admin):
        join(http, project["id"], {**user, "apiKey": f"{user['email'][0]}-key"})
        gone = http.delete(f"/project/{project['id']}/members/", params={"memberUserId": user["id"]})
        assert gone.status_code == 204
    members = result(http.get(f"/workspace/{seeded['id']}/members/"))
    assert member["id"] not in members and admin["id"] in members
