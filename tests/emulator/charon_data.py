"""Shared set-up for the Charon game-data tests: a project's data source with an ``Item`` schema."""

from __future__ import annotations

from typing import Any

import httpx

from tests.emulator.charon_support import new_project, result

CHECKS = ["checkRequirements", "checkFormat", "checkUniqueness", "checkReferences"]
ITEM_ID = "5a1b2c3d4e5f60718293a4b5"
PART_ID = "5a1b2c3d4e5f60718293a4b6"


def data_source(http: httpx.Client) -> str:
    project = new_project(http)
    branch_id: str = project["branches"][0]["id"]
    return branch_id


def prop(name: str, data_type: int, **extra: Any) -> dict[str, Any]:
    return {"Id": f"{name}-id", "Name": name, "DataType": data_type, **extra}


def schema_doc(
    schema_id: str,
    name: str,
    *properties: dict[str, Any],
    kind: int = 0,
    generator: int = 0,
    id_type: int = 0,
) -> dict[str, Any]:
    """A ``Schema`` document (``kind`` 0: normal, 1: component) with an ``Id`` property (``id_type``: its
    DataType) first; ``generator`` is its IdGenerator (0: ids given)."""
    id_property = prop("Id", id_type, Uniqueness=1, Requirement=2)
    fields = {"Id": schema_id, "Name": name, "Type": kind, "IdGenerator": generator}
    return {**fields, "Properties": [id_property, *properties]}


PART_SCHEMA = schema_doc(PART_ID, "Part", prop("Weight", 12), kind=1)
ITEM_SCHEMA = schema_doc(
    ITEM_ID,
    "Item",
    prop("Name", 0, Uniqueness=1, Requirement=3),
    prop("Damage", 13),
    prop("Price", 12),
    prop("Rare", 5),
    prop("Title", 1),
    prop("Kind", 18, Specification="pickList=weapon&pickList=armor"),
    prop("Next", 28, ReferenceType={"Id": ITEM_ID}),
    prop("Parts", 23, ReferenceType={"Id": PART_ID}),
)


def collection(ds: str, schema: str = "Item") -> str:
    return f"/datasource/{ds}/collection/{schema}/"


def create(
    http: httpx.Client, ds: str, document: dict[str, Any], schema: str = "Item", **params: Any
) -> httpx.Response:
    return http.put(collection(ds, schema), json=document, params={"validationOptions": CHECKS, **params})


def find(http: httpx.Client, ds: str, name: str, value: str, schema: str = "Item") -> dict[str, object]:
    params = {"uniqueSchemaPropertyNameOrId": name, "uniqueSchemaPropertyValue": value}
    found: dict[str, object] = result(http.get(collection(ds, schema), params=params))
    return found


def importing(http: httpx.Client, ds: str, body: bytes, media: str, **params: Any) -> httpx.Response:
    query = {"importMode": "createAndUpdate", "validationOptions": CHECKS, "dryRun": "false", **params}
    return http.put(
        f"/datasource/{ds}/collections/", content=body, params=query, headers={"content-type": media}
    )


def with_items(http: httpx.Client) -> str:
    ds = data_source(http)
    for schema in (PART_SCHEMA, ITEM_SCHEMA):
        result(create(http, ds, schema, "Schema"))
    return ds


def listed(http: httpx.Client, ds: str, body: dict[str, Any], **params: Any) -> dict[str, Any]:
    found: dict[str, Any] = result(http.post(f"{collection(ds)}documents/", json=body, params=params))
    return found


def ids(page: dict[str, Any]) -> list[Any]:
    return [d["Id"] for d in page["documents"]]
