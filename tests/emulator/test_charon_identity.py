"""Charon identity: credentials, sign-in flows, /token/, one-time codes, OAuth 2.0, password reset, MFA."""

from __future__ import annotations

import httpx
import pytest

from emulators.testing import InProcessEmulator
from tests.emulator.charon_support import (
    TOKEN,
    bearer,
    control,
    emulator,
    error,
    exchange,
    http,
    result,
    seed_users,
    sign_in,
)

pytestmark = pytest.mark.parity("emulator")
__all__ = ["emulator", "http"]  # fixtures


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
