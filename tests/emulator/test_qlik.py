"""The Qlik Cloud data-stores emulator over HTTP: data stores (CRUD, JSON Patch) and their lists."""

from __future__ import annotations

import httpx
import pytest

from emulators.testing import InProcessEmulator
from tests.emulator.qlik_support import (
    DERIVED,
    ID,
    STAMP,
    assert_error,
    create,
    empty_tenant,
    emulator,
    http,
    seed,
)
from tests.target import Target

VENDOR = "qlik"
pytestmark = pytest.mark.parity("emulator")
__all__ = ["empty_tenant", "emulator", "http"]  # fixtures


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


def test_put_and_patch_stamp_who_changed_the_store_and_when(
    http: httpx.Client, emulator: InProcessEmulator
) -> None:
    store = create(http, name="Sales")
    sid = store["id"]
    emulator.control.set_clock(advance=60)
    put = http.put(f"/data-stores/{sid}", json={**store, "name": "Sales EU"}).json()
    assert put["lastModifiedBy"] == store["createdBy"]
    assert STAMP.match(put["lastModifiedTime"]) and put["lastModifiedTime"] > store["lastModifiedTime"]
    emulator.control.set_clock(advance=60)
    ops = [{"op": "replace", "path": "/name", "value": "Sales US"}]
    patched = http.patch(f"/data-stores/{sid}", json=ops).json()
    assert patched["lastModifiedBy"] == store["createdBy"]
    assert STAMP.match(patched["lastModifiedTime"]) and patched["lastModifiedTime"] > put["lastModifiedTime"]
    assert http.get(f"/data-stores/{sid}").json() == patched


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


def test_a_patched_store_is_checked_and_reported_like_a_created_one(http: httpx.Client) -> None:
    sid = create(http, name="Sales")["id"]
    long_name = [{"op": "replace", "path": "/name", "value": "x" * 256}]
    patched = assert_error(http.patch(f"/data-stores/{sid}", json=long_name), 400)
    created = assert_error(
        http.post("/data-stores", json={"technicalName": "t", "type": "x", "name": "x" * 256}), 400
    )
    assert [e["detail"] for e in patched] == [e["detail"] for e in created]
    assert patched[0]["detail"].startswith("name: ")
    no_name = [{"op": "remove", "path": "/technicalName"}]
    [error] = assert_error(http.patch(f"/data-stores/{sid}", json=no_name), 400)
    assert error["detail"] == 'body: "technicalName" is a required property'


def test_patch_problems_name_the_operation_and_the_member(http: httpx.Client) -> None:
    sid = create(http, name="Sales")["id"]
    ops = [
        {"op": "replace", "path": "/name", "value": "x"},
        {"op": "replace", "path": "", "value": {}},
        {"op": "move", "from": "/createdBy", "path": "/description"},
        {"op": "test", "path": "/version", "value": 1},  # reads a server-managed member: allowed
        {"op": "add", "path": "/na~1me", "value": "x"},  # "/na~1me" is the member "na/me", not "name"
    ]
    errors = assert_error(http.patch(f"/data-stores/{sid}", json=ops), 400)
    assert [e["detail"] for e in errors] == [
        "1/path: (root) cannot be changed",
        "2/from: /createdBy cannot be changed",
        "4/path: /na~1me cannot be changed",
    ]


def test_put_hands_a_store_to_another_owner_and_keeps_it_when_left_out(http: httpx.Client) -> None:
    store = create(http, name="Sales")
    sid, body = store["id"], {"technicalName": "t", "type": "x"}
    handed = http.put(f"/data-stores/{sid}", json={**body, "ownerId": "someone-else"})
    assert handed.status_code == 200, handed.text
    assert handed.json()["ownerId"] == "someone-else" != store["ownerId"]
    kept = http.put(f"/data-stores/{sid}", json=body).json()
    assert kept["ownerId"] == "someone-else"


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
    # Each error names every store at fault, in one detail.
    absent = ["65a1f0c2e4b0a81d2c3f4e5b", "65a1f0c2e4b0a81d2c3f4e5c"]
    [error] = assert_error(http.request("DELETE", "/data-stores", json={"ids": absent}), 404)
    assert error["detail"] == f"Data store(s) {absent[0]}, {absent[1]} not found; nothing was deleted."
    also_busy = create(http)
    asset = {"technicalName": "more.csv", "appType": "qix-df", "dataStoreInfo": {"id": also_busy["id"]}}
    assert seed(emulator, {"dataAssets": [asset]}).status_code == 200
    both = sorted([busy["id"], also_busy["id"]])
    [error] = assert_error(http.request("DELETE", "/data-stores", json={"ids": both[::-1]}), 409)
    assert error["detail"] == f"Data store(s) {both[0]}, {both[1]} contain data assets; nothing was deleted."

    response = http.request("DELETE", "/data-stores", json={"ids": [empty["id"], other["id"]]})
    assert response.status_code == 204 and response.content == b""
    assert_error(http.get(f"/data-stores/{empty['id']}"), 404)
    assert sorted(s["id"] for s in http.get("/data-stores").json()["data"]) == both


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
