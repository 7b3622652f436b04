"""The Make data-stores emulator over HTTP: envelopes, paging/sorting/columns, records, data structures,
sizes and the business rules Make answers with 400 (see ../shared/reference/make.md).

Runs on the emulator, or live (MAKE_BASE_URL + MAKE_API_TOKEN + MAKE_TEAM_ID): tests that count every store
of a team, or use the emulator's two built-in data structures (1 lenient, 2 strict), are emulator-only."""

from __future__ import annotations

import dataclasses
from typing import Any

import httpx
import pytest

from emulators import make
from tests.emulator.make_support import (
    KEY,
    LENIENT,
    MB,
    STRICT,
    add_record,
    assert_error,
    create_store,
    delete_records,
    empty_team,
    http,
    records,
    structures,
    team,
)

VENDOR = "make"
pytestmark = pytest.mark.parity("emulator")
__all__ = ["empty_team", "http", "structures", "team"]  # fixtures


# -- data stores ------------------------------------------------------------------------------------------


def test_create_returns_the_full_store_and_get_agrees(http: httpx.Client, team: int) -> None:
    response = http.post("/data-stores", json={"name": "Orders", "teamId": team, "maxSizeMB": 3})
    assert response.status_code == 200  # Make creates with 200, not 201
    store = response.json()["dataStore"]
    assert store == {
        "id": store["id"],
        "name": "Orders",
        "records": 0,
        "size": "0",
        "maxSize": str(3 * MB),
        "teamId": team,
        "datastructureId": None,
    }
    assert isinstance(store["id"], int)
    assert http.get(f"/data-stores/{store['id']}").json() == {"dataStore": store}
    assert http.get(f"/data-stores/{store['id']}", params={"cols[]": ["name", "id"]}).json() == {
        "dataStore": {"id": store["id"], "name": "Orders"}
    }


def test_name_is_at_most_128_characters_and_need_not_be_unique(http: httpx.Client, team: int) -> None:
    first = create_store(http, team, name="n" * 128)
    assert create_store(http, team, name="n" * 128)["id"] != first["id"]
    assert_error(http.post("/data-stores", json={"name": "n" * 129, "teamId": team, "maxSizeMB": 1}), 400)
    assert_error(http.post("/data-stores", json={"name": "", "teamId": team, "maxSizeMB": 1}), 400)
    renamed = http.patch(f"/data-stores/{first['id']}", json={"name": "m" * 129})
    assert_error(renamed, 400)


def test_size_limit_of_the_organization(http: httpx.Client, team: int, structures: None) -> None:
    limit = 1024 * 1024  # MB: the emulator's organization limit (1 TB)
    assert create_store(http, team, maxSizeMB=limit)["maxSize"] == str(limit * MB)
    too_big = http.post("/data-stores", json={"name": "x", "teamId": team, "maxSizeMB": limit + 1})
    detail = assert_error(too_big, 400)["detail"]
    assert detail == f"maxSizeMB {limit + 1} is larger than the organization's limit ({limit} MB)."
    store = create_store(http, team)
    assert_error(http.patch(f"/data-stores/{store['id']}", json={"maxSizeMB": limit + 1}), 400, "limit")
    assert http.get(f"/data-stores/{store['id']}").json()["dataStore"]["maxSize"] == str(MB)


def test_unknown_data_structure_is_rejected(http: httpx.Client, team: int) -> None:
    create = http.post(
        "/data-stores", json={"name": "x", "teamId": team, "maxSizeMB": 1, "datastructureId": 999999}
    )
    assert_error(create, 400, "999999")
    store = create_store(http, team)
    assert_error(http.patch(f"/data-stores/{store['id']}", json={"datastructureId": 999999}), 400, "999999")
    assert http.get(f"/data-stores/{store['id']}").json()["dataStore"]["datastructureId"] is None


def test_update_changes_only_what_is_sent(http: httpx.Client, team: int, structures: None) -> None:
    store = create_store(http, team, name="Before", maxSizeMB=2)
    response = http.patch(f"/data-stores/{store['id']}", json={"name": "After"})
    assert response.status_code == 200
    assert response.json()["dataStore"] == {**store, "name": "After"}
    grown = http.patch(f"/data-stores/{store['id']}", json={"maxSizeMB": 5, "datastructureId": LENIENT})
    assert grown.json()["dataStore"] == {
        **store,
        "name": "After",
        "maxSize": str(5 * MB),
        "datastructureId": 1,
    }
    assert http.patch(f"/data-stores/{store['id']}", json={}).json()["dataStore"]["name"] == "After"
    assert_error(http.patch("/data-stores/999999", json={"name": "x"}), 404, "999999")


def test_max_size_cannot_go_below_the_data_stored(http: httpx.Client, team: int) -> None:
    store = create_store(http, team, maxSizeMB=2)
    assert add_record(http, store, {"blob": "x" * (MB + 10)}, key="big").status_code == 200
    assert_error(http.patch(f"/data-stores/{store['id']}", json={"maxSizeMB": 1}), 400, "smaller")
    assert http.get(f"/data-stores/{store['id']}").json()["dataStore"]["maxSize"] == str(2 * MB)


def test_max_size_may_equal_the_data_stored(http: httpx.Client, team: int) -> None:
    store = create_store(http, team, maxSizeMB=2)
    key = "k"
    blob = "x" * (MB - len(key) - len('{"b":""}'))  # the record is exactly 1 MB: key + JSON of the data
    assert add_record(http, store, {"b": blob}, key=key).status_code == 200
    assert http.get(f"/data-stores/{store['id']}").json()["dataStore"]["size"] == str(MB)
    shrunk = http.patch(f"/data-stores/{store['id']}", json={"maxSizeMB": 1})
    assert shrunk.status_code == 200, shrunk.text
    assert shrunk.json()["dataStore"]["maxSize"] == str(MB)
    # ...and the store is now exactly full: one more byte does not fit.
    assert_error(add_record(http, store, {}, key="z"), 400, "is full")


def test_a_record_one_byte_over_the_maximum_is_rejected(http: httpx.Client, team: int) -> None:
    store = create_store(http, team, maxSizeMB=1)
    over = "x" * (MB + 1 - len("k") - len('{"b":""}'))
    body = assert_error(add_record(http, store, {"b": over}, key="k"), 400)
    assert body["detail"] == (
        f"Data store {store['id']} is full: the write needs {MB + 1} bytes, the maximum is {MB} bytes (1 MB)."
    )
    assert add_record(http, store, {"b": over[:-1]}, key="k").status_code == 200  # exactly 1 MB fits


def test_delete_store_and_its_records(http: httpx.Client, team: int) -> None:
    store = create_store(http, team)
    assert add_record(http, store, {"a": 1}, key="k1").status_code == 200
    response = http.delete(f"/data-stores/{store['id']}")
    assert response.status_code == 200 and response.json() == {"dataStore": store["id"]}
    assert_error(http.get(f"/data-stores/{store['id']}"), 404, str(store["id"]))
    assert_error(http.get(f"/data-stores/{store['id']}/data"), 404)
    assert_error(http.delete(f"/data-stores/{store['id']}"), 404)


def test_bulk_delete_by_ids_and_all_except(http: httpx.Client, team: int) -> None:
    a, b, c, d = (create_store(http, team, name=n) for n in "abcd")
    gone = http.request(
        "DELETE", "/data-stores", params={"teamId": team}, json={"ids": [b["id"], a["id"], 999999]}
    )
    assert gone.status_code == 200 and gone.json() == {"dataStores": [a["id"], b["id"]]}
    assert_error(http.get(f"/data-stores/{a['id']}"), 404)
    assert http.get(f"/data-stores/{c['id']}").status_code == 200
    listed = {s["id"] for s in http.get("/data-stores", params={"teamId": team}).json()["dataStores"]}
    rest = http.request(
        "DELETE", "/data-stores", params={"teamId": team}, json={"all": True, "exceptIds": [d["id"]]}
    )
    assert set(rest.json()["dataStores"]) == listed - {d["id"]}
    assert http.get(f"/data-stores/{d['id']}").status_code == 200
    assert_error(http.get(f"/data-stores/{c['id']}"), 404)


def test_bulk_delete_touches_only_the_given_team(http: httpx.Client, empty_team: None) -> None:
    mine, theirs = create_store(http, 1), create_store(http, 2)
    response = http.request(
        "DELETE", "/data-stores", params={"teamId": 1}, json={"ids": [mine["id"], theirs["id"]]}
    )
    assert response.json() == {"dataStores": [mine["id"]]}
    every = http.request("DELETE", "/data-stores", params={"teamId": 1}, json={"all": True})
    assert every.json() == {"dataStores": []}
    assert http.get(f"/data-stores/{theirs['id']}").status_code == 200


# -- listing: team, sorting, paging, columns --------------------------------------------------------------


def test_list_is_per_team_sorted_by_name_with_default_columns(http: httpx.Client, empty_team: None) -> None:
    for name in ("beta", "Alpha", "gamma"):
        create_store(http, 1, name=name)
    other = create_store(http, 2, name="aaa")
    body = http.get("/data-stores", params={"teamId": 1}).json()
    assert [s["name"] for s in body["dataStores"]] == ["Alpha", "beta", "gamma"]  # case-insensitive
    assert body["pg"] == {"sortBy": "name", "sortDir": "asc", "limit": 10000, "offset": 0}
    assert set(body["dataStores"][0]) == {"id", "name", "records", "size", "maxSize", "teamId"}
    assert other["id"] not in {s["id"] for s in body["dataStores"]}
    assert_error(http.get("/data-stores"), 400, "teamId")


def test_list_sort_direction_fields_and_paging(http: httpx.Client, empty_team: None) -> None:
    ids = [create_store(http, 1, name=name)["id"] for name in ("c", "a", "b", "e", "d")]
    params: dict[str, Any] = {"teamId": 1}
    desc = http.get("/data-stores", params={**params, "pg[sortDir]": "desc"}).json()
    assert [s["name"] for s in desc["dataStores"]] == ["e", "d", "c", "b", "a"]
    assert desc["pg"]["sortDir"] == "desc"
    assert len(ids) == 5
    # Only `name` is a documented sort field.
    assert_error(http.get("/data-stores", params={**params, "pg[sortBy]": "id"}), 400, "pg[sortBy]")
    page = http.get("/data-stores", params={**params, "pg[limit]": 2, "pg[offset]": 1}).json()
    assert [s["name"] for s in page["dataStores"]] == ["b", "c"]
    assert page["pg"] == {"sortBy": "name", "sortDir": "asc", "limit": 2, "offset": 1}
    past = http.get("/data-stores", params={**params, "pg[offset]": 5}).json()
    assert past["dataStores"] == []


def test_stores_of_the_same_name_keep_creation_order_in_the_sort_direction(
    http: httpx.Client, empty_team: None
) -> None:
    """Equal names tie-break by id, running the same way as the sort (one index serves both)."""
    first, second = create_store(http, 1, name="same")["id"], create_store(http, 1, name="SAME")["id"]
    other = create_store(http, 1, name="other")["id"]
    ascending = http.get("/data-stores", params={"teamId": 1}).json()["dataStores"]
    assert [s["id"] for s in ascending] == [other, first, second]
    descending = http.get("/data-stores", params={"teamId": 1, "pg[sortDir]": "desc"}).json()["dataStores"]
    assert [s["id"] for s in descending] == [second, first, other]


def test_columns(http: httpx.Client, team: int, structures: None) -> None:
    store = create_store(http, team, datastructureId=LENIENT)
    every = http.get("/data-stores", params={"teamId": team, "cols[]": "*"}).json()["dataStores"]
    assert {**store} in every
    picked = http.get("/data-stores", params={"teamId": team, "cols[]": ["name", "datastructureId"]})
    assert {"name": "Orders", "datastructureId": LENIENT} in picked.json()["dataStores"]
    assert all(set(s) == {"name", "datastructureId"} for s in picked.json()["dataStores"])
    assert_error(http.get("/data-stores", params={"teamId": team, "cols[]": "nope"}), 400, "cols")


# -- records ----------------------------------------------------------------------------------------------


def test_record_create_is_bare_with_a_generated_key(http: httpx.Client, team: int) -> None:
    store = create_store(http, team)
    response = add_record(http, store, {"name": "Ada"})
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"key", "data"} and KEY.match(body["key"]) and body["data"] == {"name": "Ada"}
    chosen = add_record(http, store, {"name": "Bob"}, key="bob").json()
    assert chosen == {"key": "bob", "data": {"name": "Bob"}}
    listed = records(http, store)
    assert listed["records"] == [body, chosen]
    assert listed["count"] == 2 and listed["spec"] == [] and listed["strict"] is False
    assert_error(add_record(http, {"id": 999999}, {"a": 1}), 404, "999999")


def test_record_keys_are_unique_per_store(http: httpx.Client, team: int) -> None:
    store, other = create_store(http, team), create_store(http, team)
    assert add_record(http, store, {"v": 1}, key="k").status_code == 200
    assert_error(add_record(http, store, {"v": 2}, key="k"), 400, "'k' already exists")
    assert records(http, store)["records"] == [{"key": "k", "data": {"v": 1}}]
    assert add_record(http, other, {"v": 3}, key="k").status_code == 200  # another store may reuse it


def test_records_keep_insertion_order_and_page(http: httpx.Client, team: int) -> None:
    store = create_store(http, team)
    keys = [f"k{i:02d}" for i in range(15)]
    for i, key in enumerate(reversed(keys)):
        add_record(http, store, {"i": i}, key=key)
    first = records(http, store)
    assert [r["key"] for r in first["records"]] == list(reversed(keys))[:10]  # default limit 10
    assert first["pg"] == {"limit": 10, "offset": 0} and first["count"] == 15
    second = records(http, store, **{"pg[limit]": 4, "pg[offset]": 12})
    assert [r["key"] for r in second["records"]] == list(reversed(keys))[12:]
    assert second["pg"] == {"limit": 4, "offset": 12} and second["count"] == 15


def test_every_offset_after_deletes(http: httpx.Client, team: int, monkeypatch: pytest.MonkeyPatch) -> None:
    # Blocks of 2, 4 and 8 (in-process emulator) so 30 records span several and deletes empty some of them.
    monkeypatch.setattr(make, "RECORD_BLOCKS", dataclasses.replace(make.RECORD_BLOCKS, spans=(2, 4, 8)))
    store = create_store(http, team)
    keys = [f"k{i:02d}" for i in range(30)]
    for key in keys:
        assert add_record(http, store, {"k": key}, key=key).status_code == 200
    doomed = keys[3:13] + keys[20:21]
    for deleted in ([], doomed):
        if deleted:
            delete_records(http, store, {"keys": deleted}, confirmed="true")
        left = [key for key in keys if key not in deleted]
        for offset in range(len(left) + 2):
            page = records(http, store, **{"pg[limit]": 3, "pg[offset]": offset})
            assert [r["key"] for r in page["records"]] == left[offset : offset + 3], (deleted, offset)


def test_lenient_structure_fills_missing_fields_and_checks_types(
    http: httpx.Client, team: int, structures: None
) -> None:
    store = create_store(http, team, datastructureId=LENIENT)
    created = add_record(http, store, {"name": "Ada", "extra": True}, key="ada").json()
    assert created["data"] == {"name": "Ada", "email": None, "age": None, "extra": True}
    body = assert_error(add_record(http, store, {"name": "x", "age": "old"}, key="x"), 400, "data/age")
    assert body["suberrors"] == [{"message": "data/age: must be of type number"}]
    assert_error(add_record(http, store, {"name": "x", "age": True}, key="y"), 400, "data/age")
    assert_error(add_record(http, store, {"name": 5}, key="z"), 400, "data/name")
    assert add_record(http, store, {"name": "x", "age": 36.5}, key="w").status_code == 200
    listed = records(http, store)
    assert [r["key"] for r in listed["records"]] == ["ada", "w"]
    assert listed["strict"] is False
    assert [f["name"] for f in listed["spec"]] == ["name", "email", "age"]
    assert listed["spec"][0] == {
        "name": "name",
        "label": "Name",
        "type": "text",
        "default": None,
        "required": True,
    }


def test_strict_structure_rejects_unknown_fields(http: httpx.Client, team: int, structures: None) -> None:
    store = create_store(http, team, datastructureId=STRICT)
    body = assert_error(add_record(http, store, {"name": "Ada", "extra": 1}, key="a"), 400, "data/extra")
    assert body["detail"] == "The record does not match the data store's data structure."
    assert body["suberrors"] == [{"message": "data/extra: is not a field of the data structure"}]
    assert records(http, store)["records"] == []
    assert add_record(http, store, {"name": "Ada"}, key="a").status_code == 200
    assert_error(http.patch(f"/data-stores/{store['id']}/data/a", json={"extra": 1}), 400, "data/extra")
    assert_error(http.put(f"/data-stores/{store['id']}/data/a", json={"extra": 1}), 400, "data/extra")
    assert records(http, store)["strict"] is True
    assert records(http, store)["records"] == [
        {"key": "a", "data": {"name": "Ada", "email": None, "age": None}}
    ]


def test_put_replaces_or_creates_and_patch_merges(http: httpx.Client, team: int) -> None:
    store = create_store(http, team)
    base = f"/data-stores/{store['id']}/data"
    add_record(http, store, {"a": 1, "b": 2}, key="r")
    merged = http.patch(f"{base}/r", json={"b": 3, "c": 4})
    assert merged.status_code == 200 and merged.json() == {"key": "r", "data": {"a": 1, "b": 3, "c": 4}}
    replaced = http.put(f"{base}/r", json={"z": 0})
    assert replaced.json() == {"key": "r", "data": {"z": 0}}  # fields not sent disappear
    upserted = http.put(f"{base}/new", json={"n": 1})
    assert upserted.status_code == 200 and upserted.json() == {"key": "new", "data": {"n": 1}}
    assert_error(http.patch(f"{base}/missing", json={"a": 1}), 404, "'missing'")
    assert [r["key"] for r in records(http, store)["records"]] == ["r", "new"]
    assert records(http, store)["count"] == 2


def test_sizes_are_counted_in_bytes_of_key_and_data(http: httpx.Client, team: int) -> None:
    store = create_store(http, team)
    add_record(http, store, {"v": "abc"}, key="k1")  # {"v":"abc"} is 11 bytes, key 2
    got = http.get(f"/data-stores/{store['id']}").json()["dataStore"]
    assert (got["records"], got["size"]) == (1, "13")
    http.put(f"/data-stores/{store['id']}/data/k1", json={"v": "abcdef"})
    assert http.get(f"/data-stores/{store['id']}").json()["dataStore"]["size"] == "16"
    http.patch(f"/data-stores/{store['id']}/data/k1", json={"w": 1})
    assert http.get(f"/data-stores/{store['id']}").json()["dataStore"]["size"] == "22"  # merged
    delete_records(http, store, {"keys": ["k1"]}, confirmed="true")
    assert http.get(f"/data-stores/{store['id']}").json()["dataStore"] == {**store, "records": 0, "size": "0"}


def test_a_full_store_rejects_the_write_and_keeps_its_data(http: httpx.Client, team: int) -> None:
    store = create_store(http, team, maxSizeMB=1)
    chunk = "x" * (300 * 1024)
    for key in ("a", "b", "c"):
        assert add_record(http, store, {"v": chunk}, key=key).status_code == 200
    assert_error(add_record(http, store, {"v": chunk}, key="d"), 400, "is full")
    assert_error(http.put(f"/data-stores/{store['id']}/data/c", json={"v": chunk * 2}), 400, "is full")
    assert_error(http.patch(f"/data-stores/{store['id']}/data/c", json={"w": chunk}), 400, "is full")
    after = http.get(f"/data-stores/{store['id']}").json()["dataStore"]
    assert after["records"] == 3 and int(after["size"]) < MB
    assert records(http, store)["records"][2] == {"key": "c", "data": {"v": chunk}}
    # A smaller replacement still fits: the old size is given back first.
    assert http.put(f"/data-stores/{store['id']}/data/c", json={"v": "small"}).status_code == 200


def test_deleting_records_needs_confirmed_true(http: httpx.Client, team: int) -> None:
    store = create_store(http, team)
    add_record(http, store, {"v": 1}, key="k")
    assert_error(delete_records(http, store, {"keys": ["k"]}), 400, "confirmed")
    assert_error(delete_records(http, store, {"keys": ["k"]}, confirmed="false"), 400, "confirmed")
    assert records(http, store)["count"] == 1
    response = delete_records(http, store, {"keys": ["k", "k", "nope"]}, confirmed="true")
    assert response.status_code == 200 and response.json() == {"keys": ["k"]}
    assert records(http, store)["records"] == []


def test_deleting_all_records_except_some(http: httpx.Client, team: int) -> None:
    store = create_store(http, team)
    for key in ("a", "b", "c", "d"):
        add_record(http, store, {"v": key}, key=key)
    response = delete_records(http, store, {"all": True, "exceptKeys": ["c"]}, confirmed="true")
    assert response.json() == {"keys": ["a", "b", "d"]}
    assert records(http, store)["records"] == [{"key": "c", "data": {"v": "c"}}]
    got = http.get(f"/data-stores/{store['id']}").json()["dataStore"]
    assert got["records"] == 1 and got["size"] == str(len('{"v":"c"}') + 1)
    assert_error(delete_records(http, {"id": 999999}, {"all": True}, confirmed="true"), 404)
