"""The Qlik Cloud emulator over HTTP: data assets and sets, errors, persistence; and in process, tenants
and rate limits."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx
import pytest

from emulators.core.registry import build_app
from emulators.testing import InProcessEmulator, serve_in_thread
from tests.emulator.qlik_support import (
    STAMP,
    assert_error,
    create,
    empty_tenant,
    emulator,
    http,
    seed,
)
from tests.target import TOKEN, Target

VENDOR = "qlik"
pytestmark = pytest.mark.parity("emulator")
__all__ = ["empty_tenant", "emulator", "http"]  # fixtures


# -- data assets and data sets ----------------------------------------------------------------------------


@pytest.fixture
def catalog(http: httpx.Client, emulator: InProcessEmulator) -> dict[str, Any]:
    """Stores a, b, c; assets a1, a2 (in a), b1 (in b); data sets on a1 (2), a2 (1), b1 (1)."""
    a = create(http, name="Store A", technicalName="a", type="qix-datafiles", spaceId="space-1")
    b = create(http, name="Store B", technicalName="b", type="qix-apps")
    c = create(http, name="Store C", technicalName="c")

    def asset(store: dict[str, Any], name: str) -> dict[str, Any]:
        return {
            "technicalName": name,
            "name": name,
            "appType": "qix-df",
            "dataStoreInfo": {"id": store["id"]},
        }

    def data_set(asset_id: str, name: str) -> dict[str, Any]:
        return {
            "technicalName": name,
            "name": name,
            "type": "DelimitedFile",
            "dataAssetInfo": {"id": asset_id},
        }

    response = seed(emulator, {"dataAssets": [asset(a, "a1"), asset(a, "a2"), asset(b, "b1")]})
    assert response.status_code == 200, response.text
    a1, a2, b1 = response.json()["dataAssets"]
    response = seed(
        emulator,
        {
            "dataSets": [
                data_set(a1, "a1-x"),
                data_set(a1, "a1-y"),
                data_set(a2, "a2-x"),
                data_set(b1, "b1-x"),
            ]
        },
    )
    assert response.status_code == 200, response.text
    return {"a": a, "b": b, "c": c, "a1": a1, "a2": a2, "b1": b1}


def names(response: httpx.Response) -> list[str]:
    assert response.status_code == 200, response.text
    return [item["name"] for item in response.json()["data"]]


def test_list_assets_for_comma_joined_store_ids_and_star(http: httpx.Client, catalog: dict[str, Any]) -> None:
    a, b, c = catalog["a"]["id"], catalog["b"]["id"], catalog["c"]["id"]
    assert names(http.get(f"/data-stores/{a}/data-assets")) == ["a1", "a2"]
    assert names(http.get(f"/data-stores/{a},{b}/data-assets")) == ["a1", "a2", "b1"]
    assert names(http.get(f"/data-stores/{b},{c},65a1f0c2e4b0a81d2c3f4e5b/data-assets")) == ["b1"]
    assert names(http.get("/data-stores/*/data-assets", params={"sort": "-name"})) == ["b1", "a2", "a1"]
    body = http.get(f"/data-stores/{a}/data-assets", params={"limit": 1}).json()
    assert (body["total"], body["pages"]) == (2, 2)
    assert body["links"]["next"]["href"].endswith(f"/data-stores/{a}/data-assets?page=1&limit=1")
    item = body["data"][0]
    assert item["dataStoreInfo"] == {"id": a, "name": "Store A", "type": "qix-datafiles"}
    assert item["tenantId"] == catalog["a"]["tenantId"]
    assert item["spaceId"] == "space-1" and item["version"] == 1 and STAMP.match(item["createdTime"])
    projected = http.get("/data-stores/*/data-assets", params={"projections": "id,appType"}).json()["data"]
    assert projected[0] == {"id": catalog["a1"], "appType": "qix-df"}


def test_list_data_sets_by_asset_ids(http: httpx.Client, catalog: dict[str, Any]) -> None:
    a, a1, a2, b1 = catalog["a"]["id"], catalog["a1"], catalog["a2"], catalog["b1"]
    assert names(http.get(f"/data-stores/{a}/data-assets/{a1}/data-sets")) == ["a1-x", "a1-y"]
    assert names(http.get(f"/data-stores/{a}/data-assets/{a2}/data-sets")) == ["a2-x"]
    assert names(http.get(f"/data-stores/*/data-assets/{a1},{b1}/data-sets")) == ["a1-x", "a1-y", "b1-x"]
    assert names(http.get(f"/data-stores/{a}/data-assets/*/data-sets")) == ["a1-x", "a1-y", "a2-x"]
    assert names(http.get(f"/data-stores/{a}/data-assets/{b1}/data-sets")) == []  # b1 is not in store a
    assert len(names(http.get("/data-stores/*/data-assets/*/data-sets"))) == 4
    item = http.get(f"/data-stores/*/data-assets/{b1}/data-sets").json()["data"][0]
    assert item["dataAssetInfo"] == {
        "id": b1,
        "name": "b1",
        "dataStoreInfo": {"id": catalog["b"]["id"], "name": "Store B", "type": "qix-apps"},
    }
    assert item["qri"].startswith("qdf:qix-apps:") and item["secureQri"]


def test_delete_assets_deletes_their_sets(http: httpx.Client, catalog: dict[str, Any]) -> None:
    a, b, c = catalog["a"]["id"], catalog["b"]["id"], catalog["c"]["id"]
    response = http.delete(f"/data-stores/{a},{c}/data-assets")
    assert response.status_code == 204 and response.content == b""
    assert names(http.get(f"/data-stores/{a}/data-assets")) == []
    assert names(http.get("/data-stores/*/data-assets/*/data-sets")) == ["b1-x"]
    assert http.delete("/data-stores/65a1f0c2e4b0a81d2c3f4e5b/data-assets").status_code == 204
    # Store a is empty now and can go; b still has an asset.
    assert http.request("DELETE", "/data-stores", json={"ids": [a]}).status_code == 204
    assert_error(http.request("DELETE", "/data-stores", json={"ids": [b]}), 409)
    assert http.delete("/data-stores/*/data-assets").status_code == 204
    assert names(http.get("/data-stores/*/data-assets")) == []
    assert names(http.get("/data-stores/*/data-assets/*/data-sets")) == []
    assert http.request("DELETE", "/data-stores", json={"ids": [b]}).status_code == 204


def test_delete_data_sets(http: httpx.Client, catalog: dict[str, Any]) -> None:
    a, a1, a2 = catalog["a"]["id"], catalog["a1"], catalog["a2"]
    assert http.delete(f"/data-stores/{a}/data-assets/{a1}/data-sets").status_code == 204
    assert names(http.get("/data-stores/*/data-assets/*/data-sets")) == ["a2-x", "b1-x"]
    assert names(http.get(f"/data-stores/{a}/data-assets")) == ["a1", "a2"]  # the assets remain
    assert http.delete(f"/data-stores/{catalog['b']['id']}/data-assets/{a2}/data-sets").status_code == 204
    assert names(http.get("/data-stores/*/data-assets/*/data-sets")) == ["a2-x", "b1-x"]  # a2 not in b
    assert http.delete("/data-stores/*/data-assets/*/data-sets").status_code == 204
    assert names(http.get("/data-stores/*/data-assets/*/data-sets")) == []


def test_seed_is_validated_and_atomic(http: httpx.Client, emulator: InProcessEmulator) -> None:
    store = create(http)
    good = {"technicalName": "ok", "appType": "qix-df", "dataStoreInfo": {"id": store["id"]}}
    unknown_store = {**good, "dataStoreInfo": {"id": "65a1f0c2e4b0a81d2c3f4e5b"}}
    assert_error(seed(emulator, {"dataAssets": [good, unknown_store]}), 400, "65a1f0c2e4b0a81d2c3f4e5b")
    assert_error(seed(emulator, {"dataAssets": [{"dataStoreInfo": {"id": store["id"]}}]}), 400, "appType")
    assert_error(seed(emulator, {"dataSets": [{"technicalName": "x", "dataAssetInfo": {"id": "no"}}]}), 400)
    assert_error(seed(emulator, {"assets": []}), 400, "assets")
    assert names(http.get("/data-stores/*/data-assets")) == []
    fixed = {**good, "id": "65a1f3d8e4b0a81d2c3f5a01", "name": "fixed"}
    assert seed(emulator, {"dataAssets": [fixed]}).json() == {
        "dataAssets": ["65a1f3d8e4b0a81d2c3f5a01"],
        "dataSets": [],
    }
    assert_error(seed(emulator, {"dataAssets": [fixed]}), 409, "65a1f3d8e4b0a81d2c3f5a01")


# -- errors, persistence ----------------------------------------------------------------------------------


def test_error_envelopes(http: httpx.Client, target: Target) -> None:
    assert_error(httpx.get(f"{target.base_url}/data-stores"), 401)
    assert_error(httpx.get(f"{target.base_url}/data-stores", headers={"Authorization": "Bearer nope"}), 401)
    assert_error(http.get("/data-stores/65a1f0c2e4b0a81d2c3f4e5b"), 404, "65a1f0c2e4b0a81d2c3f4e5b")
    assert_error(http.get("/no-such-thing"), 404)
    response = http.post("/data-stores/65a1f0c2e4b0a81d2c3f4e5b", json={})
    assert_error(response, 405)
    assert response.headers["allow"] == "GET, PATCH, PUT"
    assert_error(
        http.post("/data-stores", content=b"{not json", headers={"content-type": "application/json"}), 400
    )
    assert_error(http.post("/data-stores", content=b"x", headers={"content-type": "text/plain"}), 415)
    traces = {http.get("/data-stores/x").json()["traceId"] for _ in range(3)}
    assert len(traces) == 3


def test_state_survives_restart(tmp_path: Path) -> None:
    state = tmp_path / "qlik.sqlite"
    auth = {"Authorization": f"Bearer {TOKEN}"}
    first = serve_in_thread("qlik", token=TOKEN, state=state)
    try:
        with httpx.Client(base_url=first.base_url, headers=auth) as client:
            store = create(client, name="durable")
            asset = {"technicalName": "t", "appType": "qix-df", "dataStoreInfo": {"id": store["id"]}}
            assert seed(first, {"dataAssets": [asset]}).status_code == 200
            patched = client.patch(
                f"/data-stores/{store['id']}", json=[{"op": "add", "path": "/tags", "value": []}]
            )
            assert patched.status_code == 200
    finally:
        first.stop()
    second = serve_in_thread("qlik", token=TOKEN, state=state)
    try:
        with httpx.Client(base_url=second.base_url, headers=auth) as client:
            assert client.get(f"/data-stores/{store['id']}").json() == patched.json()
            assets = client.get(f"/data-stores/{store['id']}/data-assets").json()
            assert [a["technicalName"] for a in assets["data"]] == ["t"]
            assert create(client)["id"] != store["id"]
    finally:
        second.stop()


# -- in-process: tenants and rate limits ------------------------------------------------------------------


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def run(coroutine: Any) -> Any:
    return asyncio.run(coroutine)


def client_for(app: Any, token: str = TOKEN) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url="http://t/api/v1",
        headers={"Authorization": f"Bearer {token}"},
    )


def test_each_token_is_its_own_tenant() -> None:
    app = build_app("qlik")  # no --token: any credential is accepted

    async def scenario() -> None:
        async with client_for(app, "alice") as alice, client_for(app, "bob") as bob:
            created = await alice.post("/data-stores", json={"technicalName": "t", "type": "x"})
            store = created.json()
            assert (await bob.get(f"/data-stores/{store['id']}")).status_code == 404
            assert (await bob.get("/data-stores")).json()["total"] == 0
            assert (await alice.get("/data-stores")).json()["total"] == 1
            other = (await bob.post("/data-stores", json={"technicalName": "t", "type": "x"})).json()
            assert other["tenantId"] != store["tenantId"] and other["ownerId"] != store["ownerId"]
            gone = await bob.request("DELETE", "/data-stores", json={"ids": [store["id"]]})
            assert gone.status_code == 404

    run(scenario())


def test_tier_1_rate_limit_with_fake_clock() -> None:
    clock = FakeClock()
    app = build_app("qlik", options={"rate_limits": True, "clock": clock})

    async def scenario() -> None:
        async with client_for(app) as client:
            for i in range(1000):
                clock.now = i * 0.05  # all within the first minute
                response = await client.get("/data-stores")
                assert response.status_code == 200, (i, response.text)
            clock.now = 50.0
            limited = await client.get("/data-stores/65a1f0c2e4b0a81d2c3f4e5b")  # same tier, other endpoint
            assert limited.status_code == 429
            assert limited.headers["retry-after"] == "10"  # the first request (t=0) leaves at t=60
            body = limited.json()
            assert body == {
                "errors": [
                    {
                        "code": "HTTP-429",
                        "title": "API rate limit reached.",
                        "detail": "You need to wait 10 seconds until limit is lifted.",
                    }
                ]
            }
            # Tier 2 has its own budget; another API key has its own too.
            created = await client.post("/data-stores", json={"technicalName": "t", "type": "x"})
            assert created.status_code == 201
            async with client_for(app, "another-key") as other:
                assert (await other.get("/data-stores")).status_code == 200
            clock.now = 60.0
            assert (await client.get("/data-stores")).status_code == 200
            assert (await client.get("/data-stores")).status_code == 429

    run(scenario())


def test_tier_2_rate_limit_and_off_by_default() -> None:
    clock = FakeClock()
    app = build_app("qlik", options={"rate_limits": True, "clock": clock})
    unlimited = build_app("qlik", options={"clock": clock})

    async def scenario() -> None:
        async with client_for(app) as client, client_for(unlimited) as free:
            for _ in range(100):
                assert (await client.request("DELETE", "/data-stores", json={})).status_code == 204
                assert (await free.request("DELETE", "/data-stores", json={})).status_code == 204
            limited = await client.post("/data-stores", json={"technicalName": "t", "type": "x"})
            assert limited.status_code == 429 and limited.headers["retry-after"] == "60"
            assert (await client.get("/data-stores")).status_code == 200  # tier 1 unaffected
            assert (
                await free.post("/data-stores", json={"technicalName": "t", "type": "x"})
            ).status_code == 201
            clock.now = 59.5
            assert (await client.request("DELETE", "/data-stores", json={})).headers["retry-after"] == "1"
            clock.now = 60.0
            assert (
                await client.post("/data-stores", json={"technicalName": "t", "type": "x"})
            ).status_code == 201

    run(scenario())
