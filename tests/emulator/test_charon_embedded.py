"""Charon lists of embedded documents by ``path`` (emulators/charon/embedded.py): which containers, which
documents and which properties a path selects, a single embedded document as well as a collection, and the
query and sorters applied to what was found."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.emulator.charon_data import (
    PART_ID,
    PART_SCHEMA,
    collection,
    create,
    data_source,
    ids,
    prop,
    schema_doc,
)
from tests.emulator.charon_support import emulator, http, result

pytestmark = pytest.mark.parity("emulator")
__all__ = ["emulator", "http"]  # fixtures

KIT_SCHEMA = schema_doc(
    "5a1b2c3d4e5f60718293a4c1",
    "Kit",
    prop("Main", 22, ReferenceType={"Id": PART_ID}),
    prop("Spares", 23, ReferenceType={"Id": PART_ID}),
)
BOX_SCHEMA = schema_doc("5a1b2c3d4e5f60718293a4c2", "Box", prop("Parts", 23, ReferenceType={"Id": PART_ID}))


@pytest.fixture
def ds(http: httpx.Client) -> str:
    source = data_source(http)
    for schema in (PART_SCHEMA, KIT_SCHEMA, BOX_SCHEMA):
        result(create(http, source, schema, "Schema"))
    kits: list[dict[str, Any]] = [
        {"Id": "k1", "Main": {"Id": "engine", "Weight": 9}, "Spares": [{"Id": "bolt", "Weight": 1}]},
        {"Id": "k2", "Spares": [{"Id": "nut", "Weight": 0.5}, {"Id": "washer"}]},
    ]
    for kit in kits:
        result(create(http, source, kit, "Kit", validationOptions=""))
    result(
        create(
            http, source, {"Id": "b1", "Parts": [{"Id": "gear", "Weight": 3}]}, "Box", validationOptions=""
        )
    )
    return source


def parts(http: httpx.Client, ds: str, **body: Any) -> dict[str, Any]:
    found: dict[str, Any] = result(http.post(f"{collection(ds, 'Part')}documents/", json=body))
    return found


def test_a_path_selects_containers_documents_and_properties(http: httpx.Client, ds: str) -> None:
    assert ids(parts(http, ds, path="*")) == ["engine", "bolt", "nut", "washer", "gear"]
    assert ids(parts(http, ds, path="/Kit")) == ["engine", "bolt", "nut", "washer"]
    assert ids(parts(http, ds, path="/Box")) == ["gear"]  # a container after one that does not match
    assert ids(parts(http, ds, path="/Kit/k2")) == ["nut", "washer"]
    assert ids(parts(http, ds, path="/Kit/k1/Spares")) == ["bolt"]
    assert ids(parts(http, ds, path="/Kit/k1/Main")) == ["engine"]
    assert ids(parts(http, ds, path="Kit/k1/Main/")) == ["engine"]  # slashes around are not parts
    assert parts(http, ds, path="/Kit/k3")["total"] == 0
    # Stored without validation, a collection that is not a list holds no embedded documents.
    result(create(http, ds, {"Id": "k3", "Spares": 7}, "Kit", validationOptions=""))
    assert parts(http, ds, path="/Kit/k3")["total"] == 0
    metas = parts(http, ds, path="/Kit/k1")["metas"]
    assert [m["path"] for m in metas] == ["/Kit/k1/Main", "/Kit/k1/Spares/0"]


def test_a_query_and_sorters_apply_to_the_embedded_documents_found(http: httpx.Client, ds: str) -> None:
    assert ids(parts(http, ds, path="*", query="WASH")) == ["washer"]
    assert ids(parts(http, ds, path="*", query="kit")) == []  # the document's text, not its path
    assert parts(http, ds, path="*", query="")["total"] == 5
    up = [{"property": "Weight", "direction": "ascending"}]
    assert ids(parts(http, ds, path="*", sorters=up)) == ["washer", "nut", "bolt", "gear", "engine"]
