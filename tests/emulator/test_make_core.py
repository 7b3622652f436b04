"""Make seen through the core: credentials, the error codes a business rule keeps, scopes, and deletes
larger than one SQL statement."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from emulators.core.http import ApiProblem
from emulators.core.registry import build_app
from tests.emulator.make_support import (
    assert_error,
    create_store,
    delete_records,
    empty_team,
    http,
    records,
    structures,
    team,
)
from tests.target import Target

VENDOR = "make"
pytestmark = pytest.mark.parity("emulator")
__all__ = ["empty_team", "http", "structures", "team"]  # fixtures


# -- the core, seen through Make: auth, routing, validation -----------------------------------------------


def test_credentials_and_errors(http: httpx.Client, target: Target, team: int) -> None:
    url = f"{target.base_url}/data-stores"
    assert_error(httpx.get(url, params={"teamId": team}), 401)
    assert_error(httpx.get(url, params={"teamId": team}, headers={"Authorization": "Token nope"}), 401)
    bearer = httpx.get(url, params={"teamId": team}, headers={"Authorization": f"Bearer {target.token}"})
    assert bearer.status_code == 200  # the SDK sends OAuth tokens as Bearer on the same header
    response = http.put("/data-stores", json={})
    assert_error(response, 405)
    assert response.headers["allow"] == "DELETE, GET, POST"
    assert_error(http.get("/no-such-thing"), 404)
    body = assert_error(http.post("/data-stores", json={"name": "x", "teamId": "abc", "maxSizeMB": 1}), 400)
    assert any("teamId" in s["message"] for s in body["suberrors"])


def test_a_business_rule_code_is_kept_and_any_other_code_becomes_sc_status() -> None:
    """``code`` is ``SC<status>`` or a business-rule code such as ``IM005`` (specs/make.yaml): a problem
    that carries a Make code keeps it; the core's own codes (``validation``, ``injected``) do not leak."""
    vendor = build_app("make").vendor
    assert vendor.error_body(ApiProblem(400, "Bad", code="IM005"))["code"] == "IM005"
    assert vendor.error_body(ApiProblem(403, "No", code="SC403"))["code"] == "SC403"
    assert vendor.error_body(ApiProblem(400, "Bad", code="validation"))["code"] == "SC400"
    assert vendor.error_body(ApiProblem(429, "Slow", code="IM5x"))["code"] == "SC429"
    # ``message`` is the status's title (Make's own wording), "Error" for a status without one.
    gone = vendor.error_body(ApiProblem(404, "Gone"))
    assert gone == {"detail": "Gone", "message": "Not found", "code": "SC404"}
    assert vendor.error_body(ApiProblem(418, "Odd")) == {"detail": "Odd", "message": "Error", "code": "SC418"}


def test_scopes_read_and_write() -> None:
    """A token limited to datastores:read lists but may not create (403); write alone may not list."""
    app = build_app("make", tokens=["reader:datastores:read", "writer:datastores:write"])

    async def scenario() -> None:
        def make(token: str) -> httpx.AsyncClient:
            return httpx.AsyncClient(
                transport=httpx.ASGITransport(app=app),
                base_url="http://t/api/v2",
                headers={"Authorization": f"Token {token}"},
            )

        async with make("reader") as reader, make("writer") as writer:
            assert (await reader.get("/data-stores", params={"teamId": 1})).status_code == 200
            body = {"name": "x", "teamId": 1, "maxSizeMB": 1}
            denied = await reader.post("/data-stores", json=body)
            assert denied.status_code == 403 and denied.json()["code"] == "SC403"
            assert "datastores:write" in denied.json()["detail"]
            assert (await writer.post("/data-stores", json=body)).status_code == 200
            assert (await writer.get("/data-stores", params={"teamId": 1})).status_code == 403

    asyncio.run(scenario())


def test_deleting_more_records_than_one_sql_statement_takes(http: httpx.Client, team: int) -> None:
    """Deletes go in chunks of 500 keys (SQLite's variable limit): 1,001 keys need three."""
    store = create_store(http, team, maxSizeMB=1)
    keys = [f"r{i:04d}" for i in range(1_001)]
    for key in keys:
        assert http.put(f"/data-stores/{store['id']}/data/{key}", json={}).status_code == 200
    response = delete_records(http, store, {"keys": keys}, confirmed="true")
    assert response.json() == {"keys": keys}
    assert records(http, store)["count"] == 0
    assert http.get(f"/data-stores/{store['id']}").json()["dataStore"]["size"] == "0"
