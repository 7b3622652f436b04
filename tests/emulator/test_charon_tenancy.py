"""Who a new user is (emulators/charon/tenancy.py): a fresh API key's user and a signed-up user, as their own
views answer them. The names and addresses a fresh key's user gets are the emulator's own reading."""

from __future__ import annotations

import httpx
import pytest

from tests.emulator.charon_support import bearer, emulator, exchange, http, result

pytestmark = pytest.mark.parity("emulator")
__all__ = ["emulator", "http"]  # fixtures


def test_a_fresh_api_keys_user_is_a_verified_personal_account_named_after_its_id(http: httpx.Client) -> None:
    # The emulator's --token key, first seen by this request (each test starts from a reset).
    me = result(http.get("/user/me/"))
    address = f"user-{me['id'][:8]}@charon.local"
    assert me["type"] == "personalAccount"
    assert me["profile"] == {
        "name": f"API key user {me['id'][:6]}",
        "pictureUrl": None,
        "email": address,
        "verifiedEmail": address,
    }
    workspaces = result(http.get("/workspace/my/"))
    assert [(w["name"], w["ownerUserId"]) for w in workspaces] == [
        (f"API key user {me['id'][:6]}'s workspace", me["id"])
    ]


def test_a_signed_up_user_is_an_unverified_personal_account_its_password_signs_in(http: httpx.Client) -> None:
    body = {"name": "Eve", "email": "eve@studio.io", "passwordCredential": {"password": "s3cret-pass"}}
    assert http.put("/user/", json=body, headers={}).status_code == 201
    stage = result(
        http.post("/auth/flow/password/", json={"email": "eve@studio.io", "password": "s3cret-pass"})
    )
    tokens = exchange(http, stage["authorizationCode"])
    assert tokens.status_code == 200, tokens.text
    me = result(http.get("/user/me/", headers=bearer(tokens.json()["access_token"])))
    assert me["type"] == "personalAccount"
    assert me["profile"] == {
        "name": "Eve",
        "pictureUrl": None,
        "email": "eve@studio.io",
        "verifiedEmail": None,
    }
    workspaces = result(http.get("/workspace/my/", headers=bearer(tokens.json()["access_token"])))
    assert [(w["name"], w["ownerUserId"]) for w in workspaces] == [("Eve's workspace", me["id"])]
