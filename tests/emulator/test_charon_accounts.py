"""Charon accounts: public profiles, profile changes, soft delete, passwords, API keys, declines."""

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
    error,
    http,
    new_project,
    result,
    seed_users,
)

pytestmark = pytest.mark.parity("emulator")
UNKNOWN = "0" * 24  # a well-formed id no user has
__all__ = ["emulator", "http"]  # fixtures


def body(response: httpx.Response, status: int) -> Any:
    assert response.status_code == status, response.text
    return response.json()


def password_works(http: httpx.Client, email: str, password: str) -> bool:
    flow = http.post("/auth/flow/password/", json={"email": email, "password": password}, headers={})
    return flow.status_code == 200


def second(http: httpx.Client) -> dict[str, Any]:
    return {**seed_users(http, SECOND)[0], **SECOND}


def test_public_profiles_answer_known_live_users_once_each_in_request_order(http: httpx.Client) -> None:
    me = result(http.get("/user/me/"))
    other = second(http)
    picture = "https://pics.io/second.png"
    as_other = bearer(other["apiKey"])
    assert (
        http.post(f"/user/{other['id']}/", json={"newPictureUrl": picture}, headers=as_other).status_code
        == 200
    )
    gone = seed_users(http, {"email": "gone@studio.io", "name": "Gone", "apiKey": "gone-key"})[0]
    assert http.delete(f"/user/{gone['id']}/", headers=bearer("gone-key")).status_code == 204
    asked = [other["id"], UNKNOWN, me["id"], other["id"], gone["id"]]
    assert result(http.post("/user/public/", json=asked)) == [
        {"id": other["id"], "name": SECOND["name"], "pictureUrl": picture},
        {"id": me["id"], "name": me["profile"]["name"], "pictureUrl": None},
    ]
    assert result(http.get(f"/user/{other['id']}/public/")) == {
        "id": other["id"],
        "name": SECOND["name"],
        "pictureUrl": picture,
    }
    for missing in (gone["id"], UNKNOWN):
        assert body(http.get(f"/user/{missing}/public/"), 404) == NOT_FOUND_USER


NOT_FOUND_USER = {
    "errors": [
        {
            "code": "resourceNotFound",
            "message": "userId: The user was not found.",
            "parameterName": "userId",
        }
    ]
}


def test_another_users_account_is_403_an_unknown_one_404_and_an_administrator_may_act(
    http: httpx.Client,
) -> None:
    other = second(http)
    seed_users(http, ADMIN)
    assert body(http.get(f"/user/{other['id']}/"), 403) == {
        "errors": [{"code": "authorizationFailed", "message": "You may only act on your own account."}]
    }
    assert body(http.get(f"/user/{UNKNOWN}/"), 404) == NOT_FOUND_USER
    admin = bearer(ADMIN["apiKey"])
    changed = result(http.post(f"/user/{other['id']}/", json={"newName": "Renamed"}, headers=admin))
    assert (changed["id"], changed["profile"]["name"]) == (other["id"], "Renamed")
    assert result(http.get(f"/user/{other['id']}/", headers=admin))["profile"]["name"] == "Renamed"


def test_update_user_changes_only_the_given_fields_and_refuses_a_taken_email(http: httpx.Client) -> None:
    me = result(http.get("/user/me/"))
    other = second(http)
    url = f"/user/{me['id']}/"
    renamed = result(http.post(url, json={"newName": "Ada"}))
    assert renamed == {**me, "profile": {**me["profile"], "name": "Ada"}}
    moved = result(http.post(url, json={"newEmail": "ada@studio.io", "newPictureUrl": "https://p.io/a.png"}))
    assert moved["profile"] == {
        **me["profile"],
        "name": "Ada",
        "email": "ada@studio.io",
        "pictureUrl": "https://p.io/a.png",
    }
    # One's own address in another case is not "taken".
    assert result(http.post(url, json={"newEmail": "ADA@studio.io"}))["profile"]["email"] == "ADA@studio.io"
    taken = body(http.post(url, json={"newEmail": SECOND["email"].upper()}), 409)
    assert taken == {
        "errors": [
            {
                "code": "duplicateEmail",
                "message": "newEmail: A user with this email already exists.",
                "parameterName": "newEmail",
            }
        ]
    }
    assert result(http.get(url))["profile"]["email"] == "ADA@studio.io"
    assert other["id"] != me["id"]


def test_a_deleted_user_is_stripped_cannot_sign_in_and_frees_the_email(http: httpx.Client) -> None:
    seed_users(http, ADMIN)
    user = seed_users(
        http, {"email": "del@studio.io", "name": "Del", "apiKey": "del-key", "password": "pw-12345"}
    )[0]
    as_user = bearer("del-key")
    assert http.delete(f"/user/{user['id']}/", headers=as_user).status_code == 204
    error(http.get("/user/me/", headers=as_user), 401, "authenticationFailed")
    assert not password_works(http, "del@studio.io", "pw-12345")
    admin = bearer(ADMIN["apiKey"])
    assert body(http.get(f"/user/{user['id']}/", headers=admin), 404) == NOT_FOUND_USER
    listed = result(http.get("/user/", headers=admin))
    assert user["id"] not in [u["id"] for u in listed["users"]]
    assert listed["total"] == len(listed["users"])
    created = http.put(
        "/user/", json={"name": "New Del", "email": "DEL@studio.io", "passwordCredential": None}
    )
    assert created.status_code == 201, created.text


def test_create_user_refuses_a_taken_email_in_any_case_and_keeps_password_and_picture(
    http: httpx.Client,
) -> None:
    second(http)
    taken = body(
        http.put("/user/", json={"name": "Xy", "email": SECOND["email"].upper(), "passwordCredential": None}),
        409,
    )
    assert taken == {
        "errors": [
            {
                "code": "duplicateEmail",
                "message": "email: A user with this email already exists.",
                "parameterName": "email",
            }
        ]
    }
    new = {
        "name": "Pat",
        "email": "pat@studio.io",
        "pictureUrl": "https://p.io/pat.png",
        "passwordCredential": {"password": "pat-secret"},
    }
    assert http.put("/user/", json=new).status_code == 201
    assert password_works(http, "pat@studio.io", "pat-secret")
    seed_users(http, ADMIN)
    users = result(http.get("/user/", params={"query": "pat"}, headers=bearer(ADMIN["apiKey"])))["users"]
    assert [(u["profile"]["name"], u["profile"]["pictureUrl"]) for u in users] == [
        ("Pat", "https://p.io/pat.png")
    ]
    assert [login["provider"] for login in users[0]["logins"]] == ["emailPassword"]


def test_change_password_needs_the_current_one(http: httpx.Client) -> None:
    user = seed_users(http, {"email": "cp@studio.io", "apiKey": "cp-key", "password": "old-pass"})[0]
    keyless = seed_users(http, {"email": "np@studio.io", "apiKey": "np-key"})[0]
    url = f"/user/{user['id']}/login/password/"
    wrong_answer = {
        "errors": [
            {
                "code": "invalidParameterValue",
                "message": "currentPassword: The current password is wrong.",
                "parameterName": "currentPassword",
            }
        ]
    }
    wrong = http.post(
        url, json={"currentPassword": "not-the-one", "newPassword": "new-pass"}, headers=bearer("cp-key")
    )
    assert body(wrong, 400) == wrong_answer
    no_password = http.post(
        f"/user/{keyless['id']}/login/password/",
        json={"currentPassword": "anything", "newPassword": "new-pass"},
        headers=bearer("np-key"),
    )
    assert body(no_password, 400) == wrong_answer
    right = http.post(
        url, json={"currentPassword": "old-pass", "newPassword": "new-pass"}, headers=bearer("cp-key")
    )
    assert right.status_code == 204
    assert password_works(http, "cp@studio.io", "new-pass")
    assert not password_works(http, "cp@studio.io", "old-pass")


def test_api_keys_expire_as_asked_and_only_api_key_logins_can_be_deleted(http: httpx.Client) -> None:
    me = result(http.get("/user/me/"))
    url = f"/user/{me['id']}/login/api-key/"
    created = result(http.post(url, json={"title": "ci", "expirationTimeSeconds": 60}))
    assert created["apiKey"].startswith("chk_") and len(created["apiKey"]) > 20
    assert created["userLogin"]["provider"] == "apiKey" and created["userLogin"]["isEnabled"] is True
    assert result(http.get("/user/me/", headers=bearer(created["apiKey"])))["id"] == me["id"]
    control(http, "POST", "clock", {"advance": 61})
    error(http.get("/user/me/", headers=bearer(created["apiKey"])), 401, "authenticationFailed")
    missing = body(http.delete(url, params={"id": UNKNOWN}), 404)
    assert missing == {
        "errors": [
            {"code": "resourceNotFound", "message": "id: The API key was not found.", "parameterName": "id"}
        ]
    }


def test_a_declined_invitation_leaves_the_users_list_and_cannot_be_accepted(http: httpx.Client) -> None:
    project = new_project(http)
    other = second(http)
    invite = {"name": SECOND["name"], "email": SECOND["email"]}
    assert http.put(f"/project/{project['id']}/members/", json=invite).status_code == 204
    as_other = bearer(other["apiKey"])
    invitation = result(http.get("/user/me/", headers=as_other))["invitations"][0]
    url = f"/user/{other['id']}/invitations/{invitation['id']}/"
    assert http.delete(url, headers=as_other).status_code == 204
    assert result(http.get("/user/me/", headers=as_other))["invitations"] == []
    gone = {
        "errors": [
            {
                "code": "resourceNotFound",
                "message": "invitationId: The invitation was not found.",
                "parameterName": "invitationId",
            }
        ]
    }
    assert body(http.post(url, headers=as_other), 404) == gone
    assert body(http.delete(url, headers=as_other), 404) == gone


def test_the_api_key_endpoint_does_not_delete_a_password_login(http: httpx.Client) -> None:
    user = seed_users(http, {"email": "pw@studio.io", "apiKey": "pw-key", "password": "pw-secret"})[0]
    as_user = bearer("pw-key")
    logins = result(http.get("/user/me/", headers=as_user))["logins"]
    password_login = next(login["id"] for login in logins if login["provider"] == "emailPassword")
    url = f"/user/{user['id']}/login/api-key/"
    error(http.delete(url, params={"id": password_login}, headers=as_user), 404, "resourceNotFound")
    assert password_works(http, "pw@studio.io", "pw-secret")


def test_only_an_administrator_lists_users_and_no_take_means_every_user(http: httpx.Client) -> None:
    assert body(http.get("/user/"), 403) == {
        "errors": [{"code": "authorizationFailed", "message": "Only administrator accounts may list users."}]
    }
    many = [{"email": f"u{n}@studio.io"} for n in range(130)]
    seed_users(http, ADMIN, *many)
    listed = result(http.get("/user/", headers=bearer(ADMIN["apiKey"])))
    assert len(listed["users"]) == listed["total"] >= 131


def test_a_reset_mail_names_its_subject_and_a_wrong_code_is_a_400_on_code(http: httpx.Client) -> None:
    seed_users(http, {"email": "rz@studio.io", "password": "old-password"})
    assert http.put("/user/password-reset/", json={"email": "RZ@studio.io"}, headers={}).status_code == 204
    mail = control(http, "GET", "outbox")["messages"][-1]
    assert (mail["to"], mail["subject"]) == ("rz@studio.io", "Reset your Charon password")
    assert mail["body"] == f"Your reset code is {mail['code']}."
    wrong = http.post(
        "/user/password-reset/", json={"code": "0" * 32, "newPassword": "new-password"}, headers={}
    )
    assert body(wrong, 400) == {
        "errors": [
            {
                "code": "invalidParameterValue",
                "message": "code: The reset code is invalid or expired.",
                "parameterName": "code",
            }
        ]
    }
