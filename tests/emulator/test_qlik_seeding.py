"""The Qlik emulator's seed (``POST /_emulator/seed``): the data assets and sets the API cannot create.

What a seeded item is checked for, where each problem is reported, and what it takes from its parent when
the seed leaves a field out: audit fields, space, QRIs, tenant.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from emulators.core.registry import build_app
from emulators.testing import InProcessEmulator
from tests.emulator.qlik_support import ID, STAMP, assert_error, create, emulator, http, seed

VENDOR = "qlik"
pytestmark = pytest.mark.parity("emulator")
__all__ = ["emulator", "http"]  # fixtures

NOW = "2026-03-01T12:00:00.000Z"


def details(response: httpx.Response, status: int) -> list[str]:
    return [error["detail"] for error in assert_error(response, status)]


def seeded(http: httpx.Client, emulator: InProcessEmulator, **payload: list[dict[str, Any]]) -> list[str]:
    response = seed(emulator, payload)
    assert response.status_code == 200, response.text
    ids: list[str] = [*response.json()["dataAssets"], *response.json()["dataSets"]]
    return ids


def asset_of(store: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return {
        "technicalName": "orders.csv",
        "appType": "qix-df",
        "dataStoreInfo": {"id": store["id"]},
        **fields,
    }


def set_of(asset_id: str, **fields: Any) -> dict[str, Any]:
    return {"technicalName": "orders", "dataAssetInfo": {"id": asset_id}, **fields}


def listed_asset(http: httpx.Client, asset_id: str) -> dict[str, Any]:
    [item] = [a for a in http.get("/data-stores/*/data-assets").json()["data"] if a["id"] == asset_id]
    return dict(item)


def listed_set(http: httpx.Client, set_id: str) -> dict[str, Any]:
    [item] = [
        s for s in http.get("/data-stores/*/data-assets/*/data-sets").json()["data"] if s["id"] == set_id
    ]
    return dict(item)


def test_a_seed_is_an_object_of_two_arrays(emulator: InProcessEmulator) -> None:
    shape = 'The seed must be an object {"dataAssets": [...], "dataSets": [...]}.'
    assert details(seed(emulator, []), 400) == [shape]  # type: ignore[arg-type]
    assert details(seed(emulator, {"dataSets": [], "b": 1, "a": 2}), 400) == ["Unknown seed member(s): a, b."]
    arrays = ["dataAssets and dataSets must be arrays."]
    payloads: list[dict[str, Any]] = [
        {"dataSets": 3},
        {"dataAssets": {}},
        {"dataAssets": [], "dataSets": None},
    ]
    for payload in payloads:
        assert details(seed(emulator, payload), 400) == arrays, payload
    assert seed(emulator, {}).json() == {"dataAssets": [], "dataSets": []}


def test_each_problem_of_a_seeded_item_is_reported_where_it_stands(
    http: httpx.Client, emulator: InProcessEmulator
) -> None:
    store = create(http)
    good = asset_of(store)
    assert details(seed(emulator, {"dataAssets": [good, 5]}), 400) == ["dataAssets/1 must be an object."]
    assert details(seed(emulator, {"dataSets": ["x"]}), 400) == ["dataSets/0 must be an object."]
    bad_asset = {"name": 5, "id": 7, "dataStoreInfo": "x"}
    assert sorted(details(seed(emulator, {"dataAssets": [good, bad_asset]}), 400)) == [
        "dataAssets/1/appType: is required",
        "dataAssets/1/dataStoreInfo/id: is required",
        'dataAssets/1/dataStoreInfo: "x" is not of type "object"',
        'dataAssets/1/id: 7 is not of type "string"',
        'dataAssets/1/name: 5 is not of type "string"',
        "dataAssets/1/technicalName: is required",
    ]
    assert sorted(details(seed(emulator, {"dataSets": [{"dataAssetInfo": {}}]}), 400)) == [
        "dataSets/0/dataAssetInfo/id: is required",
        'dataSets/0/dataAssetInfo: "id" is a required property',
        "dataSets/0/technicalName: is required",
    ]
    assert http.get("/data-stores/*/data-assets").json()["data"] == []  # the good asset was not kept


def test_a_seeded_item_keeps_its_id_and_an_id_is_used_once(
    http: httpx.Client, emulator: InProcessEmulator
) -> None:
    store = create(http)
    asset_id, set_id = "65a1f3d8e4b0a81d2c3f5a01", "65a1f3d8e4b0a81d2c3f5b02"
    assert seeded(http, emulator, dataAssets=[asset_of(store, id=asset_id)]) == [asset_id]
    assert seeded(http, emulator, dataSets=[set_of(asset_id, id=set_id)]) == [set_id]
    assert listed_set(http, set_id)["dataAssetInfo"]["id"] == asset_id
    [generated] = seeded(http, emulator, dataSets=[set_of(asset_id, technicalName="other")])
    assert ID.match(generated) and listed_set(http, generated)["technicalName"] == "other"
    again = seed(emulator, {"dataAssets": [asset_of(store, id=asset_id)]})
    assert details(again, 409) == [f"dataAssets/0: id {asset_id} already exists."]
    again = seed(emulator, {"dataSets": [set_of(asset_id, id=set_id)]})
    assert details(again, 409) == [f"dataSets/0: id {set_id} already exists."]


def test_a_seeded_item_takes_the_audit_fields_it_is_not_given_from_its_parent(
    http: httpx.Client, emulator: InProcessEmulator
) -> None:
    emulator.control.set_clock(time=NOW)
    store = create(http, ownerId="store-owner")
    creator = store["createdBy"]
    assert creator != "store-owner"
    [asset_id] = seeded(http, emulator, dataAssets=[asset_of(store, tenantId="ignored")])
    asset = listed_asset(http, asset_id)
    audit = {
        "ownerId": "store-owner",
        "version": 1,
        "tenantId": store["tenantId"],
        "createdBy": creator,
        "lastModifiedBy": creator,
    }
    assert {key: asset.get(key) for key in audit} == audit
    # Created now (the clock was set to NOW and runs on), and that was its last change.
    assert STAMP.match(asset["createdTime"]) and NOW <= asset["createdTime"] < "2026-03-01T12:01"
    assert asset["lastModifiedTime"] == asset["createdTime"]
    [set_id] = seeded(http, emulator, dataSets=[set_of(asset_id)])
    data_set = listed_set(http, set_id)
    assert {key: data_set.get(key) for key in audit} == audit
    assert NOW <= data_set["createdTime"] == data_set["lastModifiedTime"] < "2026-03-01T12:01"

    given = {
        "ownerId": "o",
        "version": 4,
        "createdBy": "c",
        "createdTime": "2025-01-01T00:00:00.000Z",
        "lastModifiedBy": "m",
        "lastModifiedTime": "2025-02-01T00:00:00.000Z",
    }
    [kept] = seeded(http, emulator, dataAssets=[asset_of(store, **given)])
    assert {key: listed_asset(http, kept).get(key) for key in given} == given
    # Given a creator only: the owner still comes from the parent, the last change is the creation.
    [partly] = seeded(
        http, emulator, dataSets=[set_of(kept, createdBy="c2", createdTime=given["createdTime"])]
    )
    data_set = listed_set(http, partly)
    assert (data_set["ownerId"], data_set["lastModifiedBy"]) == ("o", "c2")
    assert data_set["lastModifiedTime"] == given["createdTime"]
    # A parent without an owner: the creator owns the item.
    unowned = http.put(f"/data-stores/{store['id']}", json={"technicalName": "t", "type": "x", "ownerId": ""})
    assert unowned.status_code == 200, unowned.text
    [orphan] = seeded(http, emulator, dataAssets=[asset_of(store)])
    assert listed_asset(http, orphan)["ownerId"] == creator


def test_a_seeded_item_inherits_its_parents_space_unless_it_has_one(
    http: httpx.Client, emulator: InProcessEmulator
) -> None:
    spaced, spaceless = create(http, spaceId="space-1"), create(http, technicalName="other")
    inherited, own, none = seeded(
        http,
        emulator,
        dataAssets=[asset_of(spaced), asset_of(spaced, spaceId="space-2"), asset_of(spaceless)],
    )
    assert listed_asset(http, inherited)["spaceId"] == "space-1"
    assert listed_asset(http, own)["spaceId"] == "space-2"
    assert "spaceId" not in listed_asset(http, none)
    from_asset, own_set = seeded(http, emulator, dataSets=[set_of(own), set_of(own, spaceId="space-3")])
    assert listed_set(http, from_asset)["spaceId"] == "space-2"
    assert listed_set(http, own_set)["spaceId"] == "space-3"


def test_a_seeded_set_gets_qris_from_its_space_or_else_its_owner(
    http: httpx.Client, emulator: InProcessEmulator
) -> None:
    spaced = create(http, type="qix-datafiles", spaceId="space-1")
    personal = create(http, type="qix-apps", technicalName="personal")
    in_space, of_user = seeded(
        http, emulator, dataAssets=[asset_of(spaced), asset_of(personal, ownerId="u1")]
    )
    first, second, given = seeded(
        http,
        emulator,
        dataSets=[
            set_of(in_space, technicalName="a"),
            set_of(of_user, technicalName="b"),
            set_of(of_user, technicalName="c", qri="qri:given", secureQri="qri:secure"),
        ],
    )
    tenant = spaced["tenantId"]
    one = listed_set(http, first)
    assert (one["qri"], one["secureQri"]) == (
        f"qdf:qix-datafiles:{tenant}:sid@space-1:a",
        "qri:qdf:space://space-1#a",
    )
    two = listed_set(http, second)
    assert (two["qri"], two["secureQri"]) == (f"qdf:qix-apps:{tenant}:uid@u1:b", "qri:qdf:user://u1#b")
    three = listed_set(http, given)
    assert (three["qri"], three["secureQri"]) == ("qri:given", "qri:secure")


def test_a_seed_reaches_only_the_callers_tenant() -> None:
    app = build_app("qlik")  # no --token: each credential is its own tenant

    def client(token: str) -> httpx.AsyncClient:
        auth = {"Authorization": f"Bearer {token}"}
        return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t", headers=auth)

    async def scenario() -> None:
        async with client("alice") as alice, client("bob") as bob:
            created = await alice.post("/api/v1/data-stores", json={"technicalName": "t", "type": "x"})
            store = created.json()
            into_other = await bob.post("/_emulator/seed", json={"dataAssets": [asset_of(store)]})
            message = f"dataAssets/0/dataStoreInfo/id: data store {store['id']} does not exist."
            assert details(into_other, 400) == [message]
            mine = await alice.post("/_emulator/seed", json={"dataAssets": [asset_of(store)]})
            [asset_id] = mine.json()["dataAssets"]
            onto_other = await bob.post("/_emulator/seed", json={"dataSets": [set_of(asset_id)]})
            message = f"dataSets/0/dataAssetInfo/id: data asset {asset_id} does not exist."
            assert details(onto_other, 400) == [message]
            assert (await bob.get("/api/v1/data-stores/*/data-assets")).json()["data"] == []

    asyncio.run(scenario())
