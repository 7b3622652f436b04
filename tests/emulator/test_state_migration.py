"""A state written by an older schema opens, is migrated once, and lists what it listed before.

Qlik's assets and sets gained a ``tenant_id`` column (so lists over several or ``*`` stores and assets
walk a tenant index), stores and assets the counts a list's ``total`` sums. A SQLite file or PostgreSQL
schema made by the previous version has none of these columns: ``OLD_QLIK_SCHEMA`` is that version's DDL
verbatim, and the rows are what it wrote.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest

from emulators.core.control import ADMIN_HEADER
from emulators.core.storage import Storage
from emulators.qlik.wire import derived_id
from emulators.testing import InProcessEmulator, serve_in_thread
from tests.postgres import fresh_database

pytestmark = pytest.mark.parity("emulator")

# The previous version's tables and indexes (emulators/qlik/model.py before the tenant column).
OLD_QLIK_SCHEMA = """
CREATE TABLE IF NOT EXISTS qlik_data_stores (
    seq {serial},
    id TEXT NOT NULL UNIQUE,
    tenant_id TEXT NOT NULL,
    doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS qlik_data_stores_tenant ON qlik_data_stores (tenant_id, seq);
CREATE TABLE IF NOT EXISTS qlik_data_assets (
    seq {serial},
    id TEXT NOT NULL UNIQUE,
    store_id TEXT NOT NULL REFERENCES qlik_data_stores (id),
    doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS qlik_data_assets_store ON qlik_data_assets (store_id, seq);
CREATE TABLE IF NOT EXISTS qlik_data_sets (
    seq {serial},
    id TEXT NOT NULL UNIQUE,
    asset_id TEXT NOT NULL REFERENCES qlik_data_assets (id) ON DELETE CASCADE,
    doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS qlik_data_sets_asset ON qlik_data_sets (asset_id, seq);
"""
TOKENS = ("ann-token", "bob-token")
# Per caller: its stores, each with its assets, each with its sets (names; ids are derived from them).
OWNED = {
    "ann-token": {"s-a1": {"a-a1": ["d-a1", "d-a2"], "a-a2": []}, "s-a2": {"a-a3": ["d-a3"]}},
    "bob-token": {"s-b1": {"a-b1": ["d-b1"]}},
}


def object_id(name: str) -> str:
    return name.encode().hex().ljust(24, "0")[:24]


def write_old_state(storage: Storage) -> None:
    storage.script(OLD_QLIK_SCHEMA.format(serial=storage.dialect.serial_key))
    with storage.transaction():
        for token, stores in OWNED.items():
            tenant = derived_id("tenant", token)
            for store, assets in stores.items():
                doc: dict[str, Any] = {
                    "id": object_id(store),
                    "name": store,
                    "type": "qix-datafiles",
                    "tenantId": tenant,
                }
                storage.execute(
                    "INSERT INTO qlik_data_stores (id, tenant_id, doc) VALUES (?, ?, ?)",
                    (object_id(store), tenant, orjson.dumps(doc).decode()),
                )
                for asset, data_sets in assets.items():
                    doc = {
                        "id": object_id(asset),
                        "name": asset,
                        "dataStoreInfo": {"id": object_id(store)},
                    }
                    storage.execute(
                        "INSERT INTO qlik_data_assets (id, store_id, doc) VALUES (?, ?, ?)",
                        (object_id(asset), object_id(store), orjson.dumps(doc).decode()),
                    )
                    for data_set in data_sets:
                        doc = {"id": object_id(data_set), "name": data_set, "tenantId": tenant}
                        storage.execute(
                            "INSERT INTO qlik_data_sets (id, asset_id, doc) VALUES (?, ?, ?)",
                            (object_id(data_set), object_id(asset), orjson.dumps(doc).decode()),
                        )


@pytest.fixture(params=["sqlite-file", "postgresql"])
def old_state(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    state = str(tmp_path / "qlik.db") if request.param == "sqlite-file" else fresh_database("migration")
    storage = Storage(state)
    try:
        write_old_state(storage)
    finally:
        storage.close()
    return state


def names(emulator: InProcessEmulator, token: str, path: str, **params: str) -> list[str]:
    response = httpx.get(
        emulator.base_url + path, headers={"Authorization": f"Bearer {token}"}, params=params, timeout=10
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["total"] == len(body["data"]), path  # the stored counts, filled by the migration
    return [item["name"] for item in body["data"]]


def listings(emulator: InProcessEmulator) -> Iterator[tuple[str, str, list[str]]]:
    """Each caller's lists over one, several and all stores and assets, with what they must hold."""
    ann_stores = ",".join(object_id(s) for s in OWNED["ann-token"])
    yield "ann-token", "/data-stores/*/data-assets", ["a-a1", "a-a2", "a-a3"]
    yield "ann-token", f"/data-stores/{ann_stores}/data-assets", ["a-a1", "a-a2", "a-a3"]
    yield "ann-token", f"/data-stores/{object_id('s-a2')}/data-assets", ["a-a3"]
    yield "ann-token", "/data-stores/*/data-assets/*/data-sets", ["d-a1", "d-a2", "d-a3"]
    yield "ann-token", f"/data-stores/*/data-assets/{object_id('a-a1')}/data-sets", ["d-a1", "d-a2"]
    both = f"{object_id('a-a1')},{object_id('a-a3')}"
    yield "ann-token", f"/data-stores/{object_id('s-a2')}/data-assets/{both}/data-sets", ["d-a3"]
    yield "bob-token", "/data-stores/*/data-assets", ["a-b1"]
    yield "bob-token", "/data-stores/*/data-assets/*/data-sets", ["d-b1"]
    # Another tenant's ids are not the caller's, listed by id or not.
    yield "bob-token", f"/data-stores/{ann_stores}/data-assets", []


def test_an_old_state_is_migrated_once_and_lists_what_it_held(old_state: str) -> None:
    for start in ("migrating", "already migrated"):
        emulator = serve_in_thread("qlik", state=old_state, tokens=TOKENS)
        try:
            for token, path, expected in listings(emulator):
                assert names(emulator, token, path) == expected, (start, token, path)
                assert names(emulator, token, path, sort="-name") == expected[::-1], (start, token, path)
        finally:
            emulator.stop()
    storage = Storage(old_state)
    try:
        for table in ("qlik_data_assets", "qlik_data_sets"):
            assert storage.scalar(f"SELECT count(*) FROM {table} WHERE tenant_id = ''") == 0, table
    finally:
        storage.close()


def test_items_seeded_after_the_migration_carry_their_tenant(old_state: str) -> None:
    emulator = serve_in_thread("qlik", state=old_state, tokens=TOKENS)
    try:
        seeded = httpx.post(
            emulator.root_url + "/_emulator/seed",
            headers={"Authorization": "Bearer bob-token", ADMIN_HEADER: emulator.admin_token},
            json={
                "dataAssets": [
                    {
                        "technicalName": "n",
                        "name": "a-b2",
                        "appType": "qix-df",
                        "dataStoreInfo": {"id": object_id("s-b1")},
                    }
                ]
            },
            timeout=10,
        )
        assert seeded.status_code == 200, seeded.text
        assert names(emulator, "bob-token", "/data-stores/*/data-assets") == ["a-b1", "a-b2"]
        assert names(emulator, "ann-token", "/data-stores/*/data-assets") == ["a-a1", "a-a2", "a-a3"]
    finally:
        emulator.stop()
