"""Qlik's list ``total`` is a sum of stored counts (a store's assets and sets, an asset's sets), kept by
every seed and delete: after each step of a sequence of seeds and deletes, every list's ``total`` is the
number of items the list pages through (which the page query finds without the counts)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from emulators.core.control import ADMIN_HEADER
from emulators.testing import InProcessEmulator, serve_in_thread
from tests.postgres import fresh_database

pytestmark = pytest.mark.parity("emulator")
TOKENS = ("ann-token", "bob-token")


@pytest.fixture(params=["sqlite", "postgresql"])
def emulator(request: pytest.FixtureRequest) -> Iterator[InProcessEmulator]:
    state = fresh_database("totals") if request.param == "postgresql" else None
    running = serve_in_thread("qlik", state=state, tokens=TOKENS)
    try:
        yield running
    finally:
        running.stop()


class Caller:
    def __init__(self, emulator: InProcessEmulator, token: str) -> None:
        self.emulator = emulator
        self.http = httpx.Client(
            base_url=emulator.base_url,
            headers={"Authorization": f"Bearer {token}", ADMIN_HEADER: emulator.admin_token},
            timeout=10,
        )

    def store(self, name: str) -> str:
        body = {"name": name, "technicalName": name, "type": "qix-datafiles"}
        made = self.http.post("/data-stores", json=body)
        assert made.status_code == 201, made.text
        return str(made.json()["id"])

    def seed(self, **payload: Any) -> dict[str, list[str]]:
        seeded = self.http.post(f"{self.emulator.root_url}/_emulator/seed", json=payload)
        assert seeded.status_code == 200, seeded.text
        result: dict[str, list[str]] = seeded.json()
        return result

    def assets(self, store: str, *names: str) -> list[str]:
        items = [
            {"technicalName": n, "name": n, "appType": "qix-df", "dataStoreInfo": {"id": store}}
            for n in names
        ]
        return self.seed(dataAssets=items)["dataAssets"]

    def sets(self, asset: str, count: int) -> None:
        items = [
            {"technicalName": f"d{i}", "type": "DelimitedFile", "dataAssetInfo": {"id": asset}}
            for i in range(count)
        ]
        self.seed(dataSets=items)

    def check(self, path: str) -> int:
        """The list's ``total`` against the items its pages hold; returns the total."""
        first = self.http.get(path, params={"limit": 2})
        assert first.status_code == 200, first.text
        every = self.http.get(path, params={"limit": 100})
        assert every.status_code == 200, every.text
        body = every.json()
        assert first.json()["total"] == body["total"] == len(body["data"]), (path, body["total"])
        return int(body["total"])


def lists(stores: list[str], assets: list[str]) -> Iterator[str]:
    """Every list form over these ids: one, several, ``*``, for each path parameter."""
    for store_ids in (stores[0], ",".join(stores), "*"):
        yield f"/data-stores/{store_ids}/data-assets"
        for asset_ids in (assets[0], ",".join(assets), "*"):
            yield f"/data-stores/{store_ids}/data-assets/{asset_ids}/data-sets"


def test_every_lists_total_follows_seeds_and_deletes(emulator: InProcessEmulator) -> None:
    ann, bob = (Caller(emulator, token) for token in TOKENS)
    s1, s2, s3 = (ann.store(name) for name in ("s1", "s2", "s3"))
    other = bob.store("theirs")
    a1, a2 = ann.assets(s1, "a1", "a2")
    (a3,) = ann.assets(s2, "a3")
    (b1,) = bob.assets(other, "b1")
    for caller, asset, count in ((ann, a1, 3), (ann, a2, 1), (ann, a3, 2), (bob, b1, 4)):
        caller.sets(asset, count)
    stores, assets = [s1, s2, s3], [a1, a2, a3]
    expected = {"/data-stores/*/data-assets": 3, "/data-stores/*/data-assets/*/data-sets": 6}
    steps = [
        f"/data-stores/{s1}/data-assets/{a1}/data-sets",  # one asset's sets
        f"/data-stores/{s2}/data-assets",  # one store's assets, with their sets
        f"/data-stores/*/data-assets/{a2},{a3}/data-sets",  # several assets' sets (a3 is gone)
        "/data-stores/*/data-assets",  # everything left
    ]
    totals: dict[str, int] = {}
    for step in itertools.chain([None], steps):
        if step is not None:
            assert ann.http.delete(step).status_code == 204, step
        totals = {path: ann.check(path) for path in lists(stores, assets)}
        if step is None:
            assert {path: totals[path] for path in expected} == expected
        assert bob.check("/data-stores/*/data-assets/*/data-sets") == 4  # another tenant's, untouched
        assert bob.check(f"/data-stores/{s1},{s2}/data-assets") == 0  # ann's ids are not bob's
    assert all(total == 0 for total in totals.values()), totals
    # Seeding again after the deletes counts from zero.
    ann.sets(ann.assets(s3, "a4")[0], 2)
    assert ann.check("/data-stores/*/data-assets/*/data-sets") == 2
    assert ann.check(f"/data-stores/{s3},{s1}/data-assets") == 1
