"""Charon identity: credentials, sign-in flows, /token/, one-time codes, OAuth 2.0, password reset, MFA."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from emulators.charon.base import OAUTH_ERROR_URI, stable_id
from emulators.testing import InProcessEmulator
from tests.emulator.charon_support import (
    ADMIN,
    TOKEN,
    bearer,
    control,
    emulator,
    error,
    exchange,
    frozen,
    http,
    result,
    seed_users,
    sign_in,
    still,
)

pytestmark = pytest.mark.parity("emulator")
__all__ = ["emulator", "frozen", "http", "still"]  # fixtures


def test_api_key_is_accepted_as_bearer_and_in_the_seeds_basic_form(http: httpx.Client) -> None:
    as_bearer = result(http.get("/user/me/"))
    as_basic = result(http.get("/user/me/", headers={"Authorization": f"Basic {TOKEN}"}))
    assert as_bearer["id"] == as_basic["id"]
    assert [login["provider"] for login in as_bearer["logins"]] == ["apiKey"]


def test_missing_or_unknown_credential_is_401_in_the_envelope(http: httpx.Client) -> None:
    error(http.get("/user/me/", headers={"Authorization": ""}), 401, "authenticationFailed")
    # --token restricts the accepted API keys: any other key is refused, not provisioned.
    error(http.get("/user/me/", headers=bearer("some-other-key")), 401, "authenticationFailed")
    error(http.get("/user/me/", headers={"Authorization": "Token " + TOKEN}), 401, "authenticationFailed")


def test_a_fresh_api_key_is_a_user_with_a_personal_workspace_stable_per_key(http: httpx.Client) -> None:
    me = result(http.get("/user/me/"))
    workspaces = result(http.get("/workspace/my/"))
    assert [w["ownerUserId"] for w in workspaces] == [me["id"]]
    assert me["workspaces"] == [workspaces[0]["id"]]
    control(http, "POST", "reset")
    again = result(http.get("/user/me/"))
    assert (again["id"], again["workspaces"]) == (me["id"], me["workspaces"])


def test_api_key_flow_code_exchanges_once_for_tokens_that_authenticate(http: httpx.Client) -> None:
    stage = result(http.post("/auth/flow/api-key/", json={"apiKey": TOKEN}, headers={}))
    assert stage["nextStep"] is None
    first = exchange(http, stage["authorizationCode"])
    assert first.status_code == 200, first.text
    tokens = first.json()
    assert tokens["token_type"] == "bearer" and tokens["expires_in"] == 3600
    assert result(http.get("/user/me/", headers=bearer(tokens["access_token"])))["id"] == tokens["user_id"]
    again = exchange(http, stage["authorizationCode"])
    assert again.status_code == 400
    assert again.json()["error"] == "invalid_grant"


def test_unknown_api_key_cannot_start_a_flow(http: httpx.Client) -> None:
    response = http.post("/auth/flow/api-key/", json={"apiKey": "not-a-key"}, headers={})
    error(response, 401, "authenticationFailed")


def test_token_errors_are_bare_oauth_json_including_validation(http: httpx.Client) -> None:
    missing = http.post("/token/", headers={"content-type": "application/x-www-form-urlencoded"})
    unknown = http.post("/token/", data={"grant_type": "password"}, headers={})
    no_code = http.post("/token/", data={"grant_type": "authorization_code"}, headers={})
    for response, code in (
        (missing, "invalid_request"),
        (unknown, "unsupported_grant_type"),
        (no_code, "invalid_request"),
    ):
        assert response.status_code == 400, response.text
        body = response.json()
        assert set(body) == {"error", "error_description", "error_uri"}, body
        assert body["error"] == code


def test_refresh_rotates_the_pair(http: httpx.Client) -> None:
    tokens = sign_in(http)
    refreshed = http.post(
        "/token/", data={"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]}, headers={}
    )
    assert refreshed.status_code == 200, refreshed.text
    new = refreshed.json()
    assert new["access_token"] != tokens["access_token"]
    assert result(http.get("/user/me/", headers=bearer(new["access_token"])))["id"] == tokens["user_id"]
    reused = http.post(
        "/token/", data={"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]}, headers={}
    )
    assert reused.json()["error"] == "invalid_grant"


def test_revoke_all_tokens_invalidates_access_and_refresh_tokens(http: httpx.Client) -> None:
    tokens = sign_in(http)
    user_id = tokens["user_id"]
    assert http.delete(f"/user/{user_id}/login/tokens/").status_code == 204
    error(http.get("/user/me/", headers=bearer(tokens["access_token"])), 401, "authenticationFailed")
    refresh = http.post(
        "/token/", data={"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]}, headers={}
    )
    assert refresh.json()["error"] == "invalid_grant"
    assert http.get("/user/me/").status_code == 200  # the API key itself is a login, not a token


def test_access_tokens_expire(http: httpx.Client) -> None:
    tokens = sign_in(http)
    control(http, "POST", "clock", {"advance": 3601})
    error(http.get("/user/me/", headers=bearer(tokens["access_token"])), 401, "authenticationFailed")


def test_password_flow_with_a_seeded_password(http: httpx.Client) -> None:
    seed_users(http, {"email": "ada@studio.io", "password": "s3cret-pass"})
    stage = result(
        http.post("/auth/flow/password/", json={"email": "ada@studio.io", "password": "s3cret-pass"})
    )
    assert exchange(http, stage["authorizationCode"]).status_code == 200
    wrong = http.post("/auth/flow/password/", json={"email": "ada@studio.io", "password": "wrong-pass"})
    error(wrong, 401, "authenticationFailed")


def test_email_code_mfa_mails_a_code_that_finishes_the_flow(http: httpx.Client) -> None:
    user = seed_users(http, {"email": "mfa@studio.io", "apiKey": "mfa-key"})[0]
    mfa = http.post(
        f"/user/{user['id']}/mfa/email-code/", json={"isEnabled": True}, headers=bearer("mfa-key")
    )
    assert mfa.status_code == 204
    stage = result(http.post("/auth/flow/api-key/", json={"apiKey": "mfa-key"}, headers={}))
    assert stage == {"flowId": stage["flowId"], "authorizationCode": None, "nextStep": "emailTotpCode"}
    mail = control(http, "GET", "outbox")["messages"][-1]
    assert mail["to"] == "mfa@studio.io" and mail["code"] in mail["body"]
    wrong = http.post("/auth/flow/email-code/", json={"flowId": stage["flowId"], "code": "000000x"})
    error(wrong, 401, "authenticationFailed")
    done = result(http.post("/auth/flow/email-code/", json={"flowId": stage["flowId"], "code": mail["code"]}))
    assert exchange(http, done["authorizationCode"]).json()["user_id"] == user["id"]


def test_one_time_code_works_once_as_x_authorization_on_the_operations_that_offer_it(
    http: httpx.Client,
) -> None:
    project = result(http.get("/workspace/my/"))  # provisions the caller
    assert project
    code = result(http.post("/auth/one-time-code/"))["code"]
    raw_backup = f"/datasource/{'a' * 24}/raw/"
    # Accepted (then the unknown data source is 404, not 401), and only once.
    first = http.get(raw_backup, params={"x-authorization": code}, headers={"Authorization": ""})
    error(first, 404, "resourceNotFound")
    second = http.get(raw_backup, params={"x-authorization": code}, headers={"Authorization": ""})
    error(second, 401, "authenticationFailed")
    # Not on operations that do not offer it.
    other = result(http.post("/auth/one-time-code/"))["code"]
    error(
        http.get("/user/me/", params={"x-authorization": other}, headers={"Authorization": ""}),
        401,
        "authenticationFailed",
    )


def test_one_time_code_is_short_lived(http: httpx.Client) -> None:
    code = result(http.post("/auth/one-time-code/"))["code"]
    control(http, "POST", "clock", {"advance": 61})
    late = http.get(
        f"/datasource/{'a' * 24}/raw/", params={"x-authorization": code}, headers={"Authorization": ""}
    )
    error(late, 401, "authenticationFailed")


def test_oauth2_against_the_fake_provider(http: httpx.Client) -> None:
    location = result(http.post("/auth/flow/oauth2/github/prepare/", headers={}))["location"]
    state = location.split("state=")[1].split("&")[0]
    done = result(http.post("/auth/flow/oauth2/github/complete/", params={"state": state, "code": "octocat"}))
    tokens = exchange(http, done["authorizationCode"]).json()
    me = result(http.get("/user/me/", headers=bearer(tokens["access_token"])))
    assert me["logins"][0]["provider"] == "github"
    reused = http.post("/auth/flow/oauth2/github/complete/", params={"state": state, "code": "octocat"})
    error(reused, 401, "authenticationFailed")
    state2 = (
        result(http.post("/auth/flow/oauth2/google/prepare/"))["location"].split("state=")[1].split("&")[0]
    )
    denied = http.post(
        "/auth/flow/oauth2/google/complete/", params={"state": state2, "error": "access_denied"}
    )
    error(denied, 401, "authenticationFailed")


def test_password_reset_mails_a_code_that_sets_the_password(http: httpx.Client) -> None:
    seed_users(http, {"email": "bob@studio.io", "password": "old-password"})
    assert http.put("/user/password-reset/", json={"email": "bob@studio.io"}, headers={}).status_code == 204
    assert (
        http.put("/user/password-reset/", json={"email": "nobody@studio.io"}, headers={}).status_code == 204
    )
    code = control(http, "GET", "outbox")["messages"][-1]["code"]
    reset = http.post("/user/password-reset/", json={"code": code, "newPassword": "new-password"}, headers={})
    assert reset.status_code == 204
    assert (
        http.post(
            "/auth/flow/password/", json={"email": "bob@studio.io", "password": "new-password"}
        ).status_code
        == 200
    )
    again = http.post("/user/password-reset/", json={"code": code, "newPassword": "other-pass"}, headers={})
    error(again, 400, "invalidParameterValue")


def test_codes_are_deterministic(http: httpx.Client) -> None:
    first = result(http.post("/auth/flow/api-key/", json={"apiKey": TOKEN}))
    control(http, "POST", "reset")
    second = result(http.post("/auth/flow/api-key/", json={"apiKey": TOKEN}))
    assert first == second


def test_api_keys_added_to_a_user_authenticate_until_deleted(http: httpx.Client) -> None:
    me = result(http.get("/user/me/"))
    created = result(
        http.post(f"/user/{me['id']}/login/api-key/", json={"title": "ci", "expirationTimeSeconds": None})
    )
    assert result(http.get("/user/me/", headers=bearer(created["apiKey"])))["id"] == me["id"]
    gone = http.delete(f"/user/{me['id']}/login/api-key/", params={"id": created["userLogin"]["id"]})
    assert gone.status_code == 204
    error(http.get("/user/me/", headers=bearer(created["apiKey"])), 401, "authenticationFailed")


def test_anonymous_operations_need_no_credential(emulator: InProcessEmulator) -> None:
    with httpx.Client(base_url=emulator.base_url, timeout=10) as anonymous:
        context = result(anonymous.get("/context/"))
        assert context["scope"] == "server" and context["userId"] is None
        created = anonymous.put(
            "/user/", json={"name": "Eve", "email": "eve@studio.io", "passwordCredential": None}
        )
        assert created.status_code == 201 and not created.content
        assert anonymous.post("/billing/notification/").status_code == 204
        error(anonymous.get(f"/resourceStorage/{'b' * 24}/data/"), 404, "resourceNotFound")


def oauth_state(http: httpx.Client, provider: str) -> str:
    location: str = result(http.post(f"/auth/flow/oauth2/{provider}/prepare/", headers={}))["location"]
    return location.split("state=")[1].split("&")[0]


def oauth_error(description: str, error: str = "invalid_request") -> dict[str, str]:
    return {"error": error, "error_description": description, "error_uri": OAUTH_ERROR_URI}


def test_every_token_request_failure_is_400_with_its_exact_oauth_error(http: httpx.Client) -> None:
    form = {"content-type": "application/x-www-form-urlencoded"}
    as_json = {"content-type": "application/json"}
    cases: list[tuple[bytes, dict[str, str], dict[str, str]]] = [
        (b"grant_type=", form, oauth_error("grant_type: is required")),
        (b"grant_type=authorization_code&code=", form, oauth_error("code: is required")),
        (b"grant_type=refresh_token", form, oauth_error("refresh_token is required.")),
        (
            b"grant_type=password",
            form,
            oauth_error("Unsupported grant type 'password'.", "unsupported_grant_type"),
        ),
        (
            b"grant_type=authorization_code&code=no-such-code",
            form,
            oauth_error("The code or refresh token is invalid or expired.", "invalid_grant"),
        ),
        (b"\xff\xfe", form, oauth_error("The body is not UTF-8 form data.")),
        # A JSON body is read as the same fields.
        (
            b'{"grant_type": "authorization_code", "code": "no-such-code"}',
            as_json,
            oauth_error("The code or refresh token is invalid or expired.", "invalid_grant"),
        ),
        (b'{"grant_type": ', as_json, oauth_error("The body is not valid JSON.")),
        (b'["grant_type"]', as_json, oauth_error("The token request must be an object of strings.")),
        (b'{"grant_type": 1}', as_json, oauth_error("The token request must be an object of strings.")),
    ]
    for body, headers, expected in cases:
        response = http.post("/token/", content=body, headers=headers)
        assert (response.status_code, response.json()) == (400, expected), body


def test_a_json_token_request_exchanges_a_code(http: httpx.Client) -> None:
    stage = result(http.post("/auth/flow/api-key/", json={"apiKey": TOKEN}, headers={}))
    response = http.post(
        "/token/", json={"grant_type": "authorization_code", "code": stage["authorizationCode"]}, headers={}
    )
    assert response.status_code == 200, response.text
    assert response.json()["user_id"] == result(http.get("/user/me/"))["id"]


def test_get_context_names_the_caller_of_a_bearer_or_basic_credential_only(http: httpx.Client) -> None:
    me = result(http.get("/user/me/"))["id"]

    def context_user(authorization: str) -> Any:
        return result(http.get("/context/", headers={"Authorization": authorization}))["userId"]

    assert context_user(f"Bearer {TOKEN}") == me
    assert context_user(f"Basic {TOKEN}") == me
    assert context_user(f"bearer  {TOKEN}") == me  # scheme in any case; the value is trimmed
    assert context_user(f"Token {TOKEN}") is None
    assert context_user("Bearer") is None
    assert context_user("Bearer not-a-key") is None


def test_an_access_token_or_a_deleted_users_key_cannot_start_an_api_key_flow(http: httpx.Client) -> None:
    refused = {"errors": [{"code": "authenticationFailed", "message": "The API key is not valid."}]}
    tokens = sign_in(http)
    with_token = http.post("/auth/flow/api-key/", json={"apiKey": tokens["access_token"]}, headers={})
    assert (with_token.status_code, with_token.json()) == (401, refused)
    unknown = http.post("/auth/flow/api-key/", json={"apiKey": "not-a-key"}, headers={})
    assert (unknown.status_code, unknown.json()) == (401, refused)
    # The registry still accepts the key of a deleted user, which finds the deleted user again.
    assert http.delete(f"/user/{tokens['user_id']}/").status_code == 204
    deleted = http.post("/auth/flow/api-key/", json={"apiKey": TOKEN}, headers={})
    assert (deleted.status_code, deleted.json()) == (401, refused)
    error(http.get("/user/me/"), 401, "authenticationFailed")


def test_a_wrong_password_or_an_unknown_email_is_the_same_401(http: httpx.Client) -> None:
    refused = {"errors": [{"code": "authenticationFailed", "message": "The email or the password is wrong."}]}
    user = seed_users(http, {"email": "ada@studio.io", "password": "s3cret-pass"})[0]
    for body in (
        {"email": "ada@studio.io", "password": "wrong-pass"},
        {"email": "nobody@studio.io", "password": "s3cret-pass"},
    ):
        response = http.post("/auth/flow/password/", json=body, headers={})
        assert (response.status_code, response.json()) == (401, refused)
    stage = result(
        http.post("/auth/flow/password/", json={"email": "ADA@studio.io", "password": "s3cret-pass"})
    )
    assert exchange(http, stage["authorizationCode"]).json()["user_id"] == user["id"]


def test_an_email_code_flow_refuses_an_unknown_flow_and_a_wrong_code_exactly(http: httpx.Client) -> None:
    user = seed_users(http, {"email": "mfa@studio.io", "apiKey": "mfa-key"})[0]
    mfa = http.post(
        f"/user/{user['id']}/mfa/email-code/", json={"isEnabled": True}, headers=bearer("mfa-key")
    )
    assert mfa.status_code == 204
    unknown = http.post("/auth/flow/email-code/", json={"flowId": "a" * 24, "code": "123456"})
    assert (unknown.status_code, unknown.json()) == (
        404,
        {
            "errors": [
                {
                    "code": "resourceNotFound",
                    "message": "flowId: The authentication flow was not found.",
                    "parameterName": "flowId",
                }
            ]
        },
    )
    stage = result(http.post("/auth/flow/api-key/", json={"apiKey": "mfa-key"}, headers={}))
    mail = control(http, "GET", "outbox")["messages"][-1]
    assert (mail["to"], mail["subject"], mail["body"]) == (
        "mfa@studio.io",
        "Your Charon sign-in code",
        f"Your sign-in code is {mail['code']}.",
    )
    wrong = http.post("/auth/flow/email-code/", json={"flowId": stage["flowId"], "code": "000000"})
    assert (wrong.status_code, wrong.json()) == (
        401,
        {"errors": [{"code": "authenticationFailed", "message": "The code is wrong."}]},
    )
    done = result(
        http.post("/auth/flow/email-code/", json={"flowId": stage["flowId"], "code": f" {mail['code']} "})
    )
    assert done == {
        "flowId": stage["flowId"],
        "authorizationCode": done["authorizationCode"],
        "nextStep": None,
    }
    assert exchange(http, done["authorizationCode"]).json()["user_id"] == user["id"]


def test_only_an_administrator_signs_in_on_behalf_of_an_active_user(http: httpx.Client) -> None:
    seed_users(http, ADMIN)
    me = result(http.get("/user/me/"))["id"]
    stage = result(http.post("/auth/flow/on-behalf/", json={"userId": me}, headers=bearer("admin-key")))
    assert stage == {
        "flowId": stage["flowId"],
        "authorizationCode": stage["authorizationCode"],
        "nextStep": None,
    }
    assert stage["flowId"] != stage["authorizationCode"]
    assert exchange(http, stage["authorizationCode"]).json()["user_id"] == me
    not_admin = http.post("/auth/flow/on-behalf/", json={"userId": me})
    assert (not_admin.status_code, not_admin.json()) == (
        403,
        {
            "errors": [
                {
                    "code": "authorizationFailed",
                    "message": "Only administrator accounts may sign in on behalf.",
                }
            ]
        },
    )
    not_found = {
        "errors": [
            {
                "code": "resourceNotFound",
                "message": "userId: The user was not found.",
                "parameterName": "userId",
            }
        ]
    }
    unknown = http.post("/auth/flow/on-behalf/", json={"userId": "a" * 24}, headers=bearer("admin-key"))
    assert (unknown.status_code, unknown.json()) == (404, not_found)
    assert http.delete(f"/user/{me}/").status_code == 204
    deleted = http.post("/auth/flow/on-behalf/", json={"userId": me}, headers=bearer("admin-key"))
    assert (deleted.status_code, deleted.json()) == (404, not_found)


def test_oauth2_prepare_answers_the_providers_authorize_url_with_an_escaped_callback(
    http: httpx.Client,
) -> None:
    location = result(http.post("/auth/flow/oauth2/microsoft/prepare/", headers={}))["location"]
    state = location.split("state=")[1].split("&")[0]
    callback = f"{http.base_url}auth/flow/oauth2/microsoft/complete/".replace(":", "%3A").replace("/", "%2F")
    assert location == f"https://oauth.microsoft.example/authorize?state={state}&redirect_uri={callback}"
    # A sign-in provider of the spec's enum that is not an OAuth 2.0 provider.
    refused = http.post("/auth/flow/oauth2/emailPassword/prepare/", headers={})
    assert (refused.status_code, refused.json()) == (
        400,
        {
            "errors": [
                {
                    "code": "invalidParameterValue",
                    "message": "authenticationProvider: emailPassword is not an OAuth 2.0 provider.",
                    "parameterName": "authenticationProvider",
                }
            ]
        },
    )


def test_an_oauth2_user_is_derived_from_provider_and_code(http: httpx.Client) -> None:
    done = result(
        http.post(
            "/auth/flow/oauth2/github/complete/",
            params={"state": oauth_state(http, "github"), "code": "octocat"},
        )
    )
    tokens = exchange(http, done["authorizationCode"]).json()
    me = result(http.get("/user/me/", headers=bearer(tokens["access_token"])))
    user_id = stable_id("user", "github:octocat")
    email = f"{user_id[:12]}@github.example"
    assert (me["id"], me["profile"], [login["provider"] for login in me["logins"]]) == (
        user_id,
        {"name": f"github user {user_id[:6]}", "pictureUrl": None, "email": email, "verifiedEmail": email},
        ["github"],
    )
    workspaces = result(http.get("/workspace/my/", headers=bearer(tokens["access_token"])))
    assert [(w["id"], w["name"], w["ownerUserId"]) for w in workspaces] == [
        (stable_id("workspace", "github:octocat"), "Personal", user_id)
    ]
    # Another code is another user; the same code again is the same user.
    other = result(
        http.post(
            "/auth/flow/oauth2/github/complete/",
            params={"state": oauth_state(http, "github"), "code": "hubot"},
        )
    )
    assert exchange(http, other["authorizationCode"]).json()["user_id"] == stable_id("user", "github:hubot")
    again = result(
        http.post(
            "/auth/flow/oauth2/github/complete/",
            params={"state": oauth_state(http, "github"), "code": "octocat"},
        )
    )
    assert exchange(http, again["authorizationCode"]).json()["user_id"] == user_id


def test_oauth2_complete_refuses_an_error_another_providers_state_and_a_deleted_account(
    http: httpx.Client,
) -> None:
    failed = {
        "errors": [{"code": "authenticationFailed", "message": "The OAuth 2.0 sign-in failed or expired."}]
    }
    for provider, params in (
        ("github", {"state": oauth_state(http, "github"), "code": "octocat", "error": "access_denied"}),
        ("google", {"state": oauth_state(http, "github"), "code": "octocat"}),
        ("github", {"state": oauth_state(http, "github")}),
    ):
        response = http.post(f"/auth/flow/oauth2/{provider}/complete/", params=params)
        assert (response.status_code, response.json()) == (401, failed), params
    done = result(
        http.post(
            "/auth/flow/oauth2/google/complete/", params={"state": oauth_state(http, "google"), "code": "eve"}
        )
    )
    tokens = exchange(http, done["authorizationCode"]).json()
    gone = http.delete(f"/user/{tokens['user_id']}/", headers=bearer(tokens["access_token"]))
    assert gone.status_code == 204
    deleted = http.post(
        "/auth/flow/oauth2/google/complete/", params={"state": oauth_state(http, "google"), "code": "eve"}
    )
    assert (deleted.status_code, deleted.json()) == (
        401,
        {"errors": [{"code": "authenticationFailed", "message": "The account is deleted."}]},
    )


def test_a_one_time_code_answer_says_its_lifetime_and_revoking_tokens_ends_it(http: httpx.Client) -> None:
    issued = result(http.post("/auth/one-time-code/"))
    assert issued == {"code": issued["code"], "expires_in": 60}
    me = result(http.get("/user/me/"))["id"]
    assert http.delete(f"/user/{me}/login/tokens/").status_code == 204
    raw_backup = f"/datasource/{'a' * 24}/raw/"
    late = http.get(raw_backup, params={"x-authorization": issued["code"]}, headers={"Authorization": ""})
    error(late, 401, "authenticationFailed")


def test_an_api_key_with_an_expiration_stops_authenticating_exactly_at_it(frozen: httpx.Client) -> None:
    me = result(frozen.get("/user/me/"))["id"]
    body = {"title": "ci", "expirationTimeSeconds": 60}
    api_key = result(frozen.post(f"/user/{me}/login/api-key/", json=body))["apiKey"]
    control(frozen, "POST", "clock", {"advance": 59})
    assert result(frozen.get("/user/me/", headers=bearer(api_key)))["id"] == me
    control(frozen, "POST", "clock", {"advance": 1})
    error(frozen.get("/user/me/", headers=bearer(api_key)), 401, "authenticationFailed")


def test_an_api_key_with_an_expiration_authenticates_until_then(http: httpx.Client) -> None:
    """On both backends (the frozen-clock test above runs on SQLite only)."""
    me = result(http.get("/user/me/"))["id"]
    body = {"title": "ci", "expirationTimeSeconds": 3600}
    api_key = result(http.post(f"/user/{me}/login/api-key/", json=body))["apiKey"]
    assert result(http.get("/user/me/", headers=bearer(api_key)))["id"] == me
    control(http, "POST", "clock", {"advance": 3601})
    error(http.get("/user/me/", headers=bearer(api_key)), 401, "authenticationFailed")
