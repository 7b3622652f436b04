"""The Qlik Cloud data-stores emulator over HTTP: CRUD, JSON Patch, paging, assets/sets, errors, limits."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from emulators.core.registry import build_app
from emulators.testing import InProcessEmulator, RunningEmulator, serve_in_thread
from tests.target import TOKEN, Target

VENDOR = "qlik"
pytestmark = pytest.mark.parity("emulator")
STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")
ID = re.compile(r"^[0-9a-f]{24}$")
DERIVED = re.compile(r"^[A-Za-z0-9]{32}$")
TRACE = re.compile(r"^[0-9a-f]{32}$")


@pytest.fixture
def emulator(target: Target) -> InProcessEmulator | RunningEmulator:
    """The emulator's control plane (seed, root URL); skipped in live mode."""
    return target.emulator


@pytest.fixture
def http(target: Target) -> Iterator[httpx.Client]:
    """A client on the target; on the emulator each test starts from an empty tenant."""
    if not target.live:
        target.reset()
    with target.client() as client:
        yield client


@pytest.fixture
def empty_tenant(target: Target) -> None:
    """The test counts every store of the tenant, so it needs one that starts empty: emulator only."""
    target.reset()


def create(http: httpx.Client, **body: Any) -> dict[str, Any]:
    payload = {"technicalName": "sales-datafiles", "type": "qix-datafiles", **body}
    response = http.post("/data-stores", json=payload)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def seed(emulator: InProcessEmulator, payload: dict[str, Any]) -> httpx.Response:
    return httpx.post(
        f"{emulator.root_url}/_emulator/seed", json=payload, headers={"Authorization": f"Bearer {TOKEN}"}
    )


def assert_error(response: httpx.Response, status: int, *details: str) -> list[dict[str, Any]]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"errors", "traceId"}
    assert TRACE.match(body["traceId"])
    errors: list[dict[str, Any]] = body["errors"]
    assert errors
    for error in errors:
        assert error["code"] == f"HTTP-{status}"
        assert error["status"] == str(status)
        assert isinstance(error["title"], str) and error["title"]
        assert isinstance(error["detail"], str) and error["detail"]
    for needle in details:
        assert any(needle in error["detail"] for error in errors), (needle, errors)
    return errors


# -- data stores ------------------------------------------------------------------------------------------


def test_create_sets_server_fields_and_get_returns_it(http: httpx.Client) -> None:
    created = create(
        http,
        name="Sales data files",
        tags=["sales", "finance"],
        properties={"region": "EMEA", "precision": 12},
        spaceId="5f0f5a9b2c8e7d0001a1b2c3",
        tenantId="ignored",
        createdBy="ignored",
        id=None,
        version=None,
    )
    assert ID.match(created["id"])
    assert created["version"] == 1
    assert DERIVED.match(created["ownerId"]) and created["ownerId"] == created["createdBy"]
    assert created["lastModifiedBy"] == created["createdBy"]
    assert DERIVED.match(created["tenantId"]) and created["tenantId"] != created["ownerId"]
    assert STAMP.match(created["createdTime"]) and created["lastModifiedTime"] == created["createdTime"]
    assert created["properties"] == {"region": "EMEA", "precision": 12}
    got = http.get(f"/data-stores/{created['id']}")
    assert got.status_code == 200
    assert got.json() == created
    # The caller's ids are stable: a second store has the same owner and tenant.
    other = create(http, technicalName="other")
    assert (other["ownerId"], other["tenantId"]) == (created["ownerId"], created["tenantId"])
    assert other["id"] != created["id"]


def test_create_validation_names_each_field(http: httpx.Client) -> None:
    errors = assert_error(http.post("/data-stores", json={"name": "x"}), 400, "technicalName", "type")
    assert len(errors) == 2
    assert_error(http.post("/data-stores", json={"technicalName": "t", "type": "x", "id": "abc"}), 400, "id")
    assert_error(http.post("/data-stores", json={"technicalName": "", "type": "x"}), 400, "technicalName")
    assert_error(
        http.post("/data-stores", json={"technicalName": "t", "type": "x", "tags": ["a", "a"]}), 400, "tags"
    )


def test_get_with_projections(http: httpx.Client) -> None:
    store = create(http, name="Sales")
    got = http.get(f"/data-stores/{store['id']}", params={"projections": "id,name,nope"})
    assert got.json() == {"id": store["id"], "name": "Sales"}


def test_put_replaces_writable_fields_and_checks_version_and_id(http: httpx.Client) -> None:
    store = create(http, name="Sales", description="old", tags=["a"])
    sid = store["id"]
    body = {"id": sid, "version": 1, "technicalName": "renamed", "type": "qix-datafiles", "name": "New"}
    body["createdBy"] = "someone-else"
    response = http.put(f"/data-stores/{sid}", json=body)
    assert response.status_code == 200, response.text
    replaced = response.json()
    assert replaced["version"] == 2
    assert (replaced["name"], replaced["technicalName"]) == ("New", "renamed")
    assert "description" not in replaced and "tags" not in replaced  # left out: cleared
    assert replaced["ownerId"] == store["ownerId"]  # kept when absent
    for field in ("id", "tenantId", "createdBy", "createdTime"):
        assert replaced[field] == store[field]
    assert http.get(f"/data-stores/{sid}").json() == replaced

    stale = {**body, "version": 1}
    assert_error(http.put(f"/data-stores/{sid}", json=stale), 409, "version")
    other = {**body, "id": "65a1f0c2e4b0a81d2c3f4e5b", "version": None}
    assert_error(http.put(f"/data-stores/{sid}", json=other), 400, "65a1f0c2e4b0a81d2c3f4e5b")
    no_version = {"technicalName": "again", "type": "t"}
    assert http.put(f"/data-stores/{sid}", json=no_version).json()["version"] == 3
    assert_error(http.put("/data-stores/65a1f0c2e4b0a81d2c3f4e5b", json=no_version), 404)


def test_patch_applies_operations_and_increments_version(http: httpx.Client) -> None:
    store = create(http, name="Sales", tags=["sales"], properties={"region": "EMEA"})
    sid = store["id"]
    patch = [
        {"op": "test", "path": "/version", "value": 1},
        {"op": "replace", "path": "/name", "value": "Sales (EMEA)"},
        {"op": "add", "path": "/tags/-", "value": "emea"},
        {"op": "add", "path": "/properties/owner", "value": {"team": 7}},
        {"op": "remove", "path": "/properties/region"},
        {"op": "copy", "from": "/id", "path": "/description"},
    ]
    response = http.patch(f"/data-stores/{sid}", json=patch)
    assert response.status_code == 200, response.text
    patched = response.json()
    assert patched["version"] == 2
    assert patched["name"] == "Sales (EMEA)"
    assert patched["tags"] == ["sales", "emea"]
    assert patched["properties"] == {"owner": {"team": 7}}
    assert patched["description"] == sid
    assert patched["createdTime"] == store["createdTime"]
    assert http.get(f"/data-stores/{sid}").json() == patched
    again = http.patch(f"/data-stores/{sid}", json=[{"op": "replace", "path": "/type", "value": "other"}])
    assert again.json()["version"] == 3


def test_patch_is_atomic_and_rejects_server_managed_paths(http: httpx.Client) -> None:
    store = create(http, name="Sales")
    sid = store["id"]
    failing_test = [
        {"op": "replace", "path": "/name", "value": "changed"},
        {"op": "test", "path": "/version", "value": 99},
    ]
    assert_error(http.patch(f"/data-stores/{sid}", json=failing_test), 409)
    for path in ("/id", "/version", "/tenantId", "/createdTime", "/lastModifiedBy", "/unknown", ""):
        bad = [
            {"op": "replace", "path": "/name", "value": "x"},
            {"op": "replace", "path": path, "value": "1"},
        ]
        assert_error(http.patch(f"/data-stores/{sid}", json=bad), 400, path or "(root)")
    move = [{"op": "move", "from": "/createdBy", "path": "/name"}]
    assert_error(http.patch(f"/data-stores/{sid}", json=move), 400, "/createdBy")
    # The result must still be a valid data store; operations that cannot apply are 400 too.
    assert_error(http.patch(f"/data-stores/{sid}", json=[{"op": "remove", "path": "/technicalName"}]), 400)
    assert_error(http.patch(f"/data-stores/{sid}", json=[{"op": "remove", "path": "/tags/0"}]), 400)
    assert_error(http.patch(f"/data-stores/{sid}", json=[{"op": "add", "path": "/name"}]), 400)
    assert_error(http.patch(f"/data-stores/{sid}", json=[{"op": "jump", "path": "/name"}]), 400, "op")
    assert http.get(f"/data-stores/{sid}").json() == store  # nothing changed
    assert_error(http.patch("/data-stores/65a1f0c2e4b0a81d2c3f4e5b", json=[]), 404)


def test_bulk_delete_is_all_or_nothing(http: httpx.Client, emulator: InProcessEmulator) -> None:
    empty, busy, other = create(http), create(http), create(http)
    asset = {"technicalName": "orders.csv", "appType": "qix-df", "dataStoreInfo": {"id": busy["id"]}}
    assert seed(emulator, {"dataAssets": [asset]}).status_code == 200

    assert http.request("DELETE", "/data-stores", json={}).status_code == 204
    assert http.request("DELETE", "/data-stores", json={"ids": []}).status_code == 204
    missing = {"ids": [empty["id"], "65a1f0c2e4b0a81d2c3f4e5b"]}
    assert_error(http.request("DELETE", "/data-stores", json=missing), 404, "65a1f0c2e4b0a81d2c3f4e5b")
    conflict = {"ids": [empty["id"], busy["id"]]}
    assert_error(http.request("DELETE", "/data-stores", json=conflict), 409, busy["id"])
    assert http.get(f"/data-stores/{empty['id']}").status_code == 200  # nothing was deleted

    response = http.request("DELETE", "/data-stores", json={"ids": [empty["id"], other["id"]]})
    assert response.status_code == 204 and response.content == b""
    assert_error(http.get(f"/data-stores/{empty['id']}"), 404)
    assert [s["id"] for s in http.get("/data-stores").json()["data"]] == [busy["id"]]


# -- lists ------------------------------------------------------------------------------------------------


def test_paging_links_reach_every_store_exactly_once(
    http: httpx.Client, target: Target, empty_tenant: None
) -> None:
    base = target.base_url
    ids = [create(http, technicalName=f"store-{i:02d}")["id"] for i in range(23)]
    first = http.get("/data-stores", params={"limit": 5, "sort": "-technicalName"})
    body = first.json()
    assert (body["page"], body["limit"], body["pages"], body["total"]) == (0, 5, 5, 23)
    assert "prev" not in body["links"]
    assert body["links"]["first"]["href"] == body["links"]["self"]["href"]
    seen: list[str] = []
    pages = 0
    while True:
        pages += 1
        seen += [s["id"] for s in body["data"]]
        for link in body["links"].values():
            assert link["href"].startswith(base + "/data-stores?")
        if "next" not in body["links"]:
            break
        # The client fetches the href verbatim (an absolute URL overrides the client's base URL).
        response = http.get(body["links"]["next"]["href"])
        assert response.status_code == 200, response.text
        body = response.json()
        assert "prev" in body["links"]
    assert pages == 5 and len(body["data"]) == 3
    assert body["links"]["self"]["href"] == body["links"]["last"]["href"]
    assert seen == list(reversed(ids))  # the sort is carried in the links
    assert sorted(seen) == sorted(ids) and len(set(seen)) == 23

    default = http.get("/data-stores").json()
    assert (default["page"], default["limit"], default["pages"], len(default["data"])) == (0, 20, 2, 20)
    assert [s["id"] for s in default["data"]] == ids[:20]  # creation order by default
    past = http.get("/data-stores", params={"page": 9, "limit": 5}).json()
    assert past["data"] == [] and past["total"] == 23 and "next" not in past["links"]


def test_empty_list(http: httpx.Client, empty_tenant: None) -> None:
    body = http.get("/data-stores").json()
    assert (body["data"], body["page"], body["pages"], body["total"]) == ([], 0, 0, 0)
    assert set(body["links"]) == {"self", "first", "last"}


def test_multi_field_sort_and_projections(http: httpx.Client, empty_tenant: None) -> None:
    rows = [("b", "zeta"), ("a", "beta"), ("b", "alpha"), ("a", "omega"), ("a", "beta2")]
    for kind, name in rows:
        create(http, type=kind, name=name, technicalName=name)
    body = http.get("/data-stores", params={"sort": "type,-name", "projections": "type,name"}).json()
    assert body["data"] == [
        {"name": "omega", "type": "a"},
        {"name": "beta2", "type": "a"},
        {"name": "beta", "type": "a"},
        {"name": "zeta", "type": "b"},
        {"name": "alpha", "type": "b"},
    ]
    body = http.get("/data-stores", params={"sort": "-type,name,nosuchfield", "limit": 2}).json()
    assert [s["name"] for s in body["data"]] == ["alpha", "zeta"]
    assert "sort=-type%2Cname%2Cnosuchfield" in body["links"]["next"]["href"]
    only_id = http.get("/data-stores", params={"projections": "id"}).json()["data"]
    assert all(set(item) == {"id"} for item in only_id) and len(only_id) == 5
    # The page links keep the projections too.
    projected = http.get("/data-stores", params={"projections": "type,name", "limit": 2}).json()
    assert "projections=type%2Cname" in projected["links"]["next"]["href"]
    third = http.get("/data-stores", params={"limit": 2, "page": 2}).json()
    assert "page=1&" in third["links"]["prev"]["href"] and "next" not in third["links"]


def test_an_empty_list_has_one_page_of_links(http: httpx.Client, empty_tenant: None) -> None:
    body = http.get("/data-stores").json()
    assert (body["data"], body["total"], body["pages"]) == ([], 0, 0)
    assert "page=0" in body["links"]["last"]["href"]
    assert body["links"]["last"]["href"] == body["links"]["first"]["href"] == body["links"]["self"]["href"]


def test_sort_ties_follow_the_first_field_and_non_scalar_fields_are_ignored(
    http: httpx.Client, empty_tenant: None
) -> None:
    for i, kind in enumerate(["a", "b", "a", "b"]):
        create(http, type=kind, name=f"s{i}", technicalName=f"s{i}", tags=[f"t{9 - i}"])

    def names(sort: str) -> list[str]:
        return [s["name"] for s in http.get("/data-stores", params={"sort": sort}).json()["data"]]

    assert names("type") == ["s0", "s2", "s1", "s3"]  # ties in creation order
    assert names("-type") == ["s3", "s1", "s2", "s0"]  # ties in reverse creation order
    # tags is an array: ignored like an unknown field, so creation order (not the tags' reverse order).
    assert names("tags") == ["s0", "s1", "s2", "s3"] and names("-tags") == names("tags")


def test_list_parameter_validation(http: httpx.Client, empty_tenant: None) -> None:
    assert_error(http.get("/data-stores", params={"limit": 101}), 400, "limit")
    assert_error(http.get("/data-stores", params={"limit": 0}), 400, "limit")
    assert_error(http.get("/data-stores", params={"page": -1}), 400, "page")
    errors = assert_error(http.get("/data-stores", params={"page": "x", "limit": "y"}), 400)
    assert len(errors) == 2
    assert_error(http.get("/data-stores", params={"page": 2**31}), 400, "page")
    assert http.get("/data-stores", params={"page": 2**31 - 1}).json()["data"] == []
    # An empty value is the empty (default) list; an empty name inside a list is invalid.
    assert len(http.get("/data-stores", params={"sort": "", "projections": ""}).json()["data"]) == 0
    assert_error(http.get("/data-stores/*/data-assets", params={"sort": "name,"}), 400, "sort")
    assert_error(http.get("/data-stores/*/data-assets", params={"projections": ",id"}), 400, "projections")


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
