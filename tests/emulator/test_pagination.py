"""The generated lazy iterators (``<vendor>_client.pagination``) against the real emulators over HTTP.

Requests are counted with an httpx event hook on the client, so the tests see how many pages were fetched.
The emulators are the project's own pytest-plugin fixtures (emulators/pytest_plugin.py), session-wide so the
1,050 records are written once; each store fixture makes what it counts.
"""

from __future__ import annotations

import asyncio
import itertools
from collections import Counter

import httpx
import make_client
import pytest
import qlik_client
from make_client.api.data_stores import create_data_store
from make_client.models.create_data_store_request import CreateDataStoreRequest
from make_client.pagination import aiter_list_data_store_records, iter_list_data_store_records
from qlik_client.pagination import aiter_list_data_stores, iter_list_data_stores

from emulators.pytest_plugin import EmulatorHandle

pytestmark = pytest.mark.parity("emulator")
RECORDS = 1_050
STORES = 45


class RequestLog:
    """Event hooks (sync and async) that record every request the client sends."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def hook(self, request: httpx.Request) -> None:
        self.requests.append(request)

    async def ahook(self, request: httpx.Request) -> None:
        self.requests.append(request)

    def param(self, name: str) -> list[str | None]:
        return [r.url.params.get(name) for r in self.requests]


# -- Make: offset paging ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def make_store(make_emulator_session: EmulatorHandle) -> tuple[int, list[str]]:
    """A store holding ``RECORDS`` records; returns its id and the keys in insertion order."""
    with make_client.Client(
        base_url=make_emulator_session.base_url, token=make_emulator_session.token
    ) as client:
        created = create_data_store.sync(
            client=client, body=CreateDataStoreRequest(name="Paged", team_id=1, max_size_mb=16)
        )
    store_id = created.data_store.id
    keys = [f"rec{i:05d}" for i in range(RECORDS)]
    headers = {"Authorization": f"Token {make_emulator_session.token}"}
    with httpx.Client(base_url=make_emulator_session.base_url, headers=headers, timeout=10) as http:
        for i, key in enumerate(keys):
            response = http.post(f"/data-stores/{store_id}/data", json={"key": key, "data": {"n": i}})
            assert response.status_code == 200, response.text
    return store_id, keys


def make_counting_client(emulator: EmulatorHandle, log: RequestLog) -> make_client.Client:
    return make_client.Client(
        base_url=emulator.base_url,
        token=emulator.token,
        httpx_args={"event_hooks": {"request": [log.hook]}},
    )


def test_make_records_iterate_every_record_in_page_sized_requests(
    make_emulator_session: EmulatorHandle, make_store: tuple[int, list[str]]
) -> None:
    store_id, keys = make_store
    log = RequestLog()
    with make_counting_client(make_emulator_session, log) as client:
        records = list(iter_list_data_store_records(client=client, data_store_id=store_id, page_size=100))

    got = [record.key for record in records]
    assert len(got) == RECORDS
    assert len(set(got)) == RECORDS
    assert got == keys  # records keep insertion order, so paging neither skips nor repeats
    assert [record.data["n"] for record in records[:3]] == [0, 1, 2]
    assert len(log.requests) == 11
    assert log.param("pg[offset]") == [str(offset) for offset in range(0, 1_100, 100)]
    assert set(log.param("pg[limit]")) == {"100"}


def test_make_records_iterator_is_lazy(
    make_emulator_session: EmulatorHandle, make_store: tuple[int, list[str]]
) -> None:
    store_id, keys = make_store
    log = RequestLog()
    with make_counting_client(make_emulator_session, log) as client:
        iterator = iter_list_data_store_records(client=client, data_store_id=store_id, page_size=100)
        assert log.requests == []  # creating the iterator sends nothing
        first = list(itertools.islice(iterator, 5))
        assert len(log.requests) == 1
        more = list(itertools.islice(iterator, 100))  # crosses into the second page
        assert len(log.requests) == 2

    assert [record.key for record in first + more] == keys[:105]


def test_make_records_async_iterator_yields_the_same_keys(
    make_emulator_session: EmulatorHandle, make_store: tuple[int, list[str]]
) -> None:
    store_id, keys = make_store
    log = RequestLog()

    async def collect() -> list[str]:
        client = make_client.Client(
            base_url=make_emulator_session.base_url,
            token=make_emulator_session.token,
            httpx_args={"event_hooks": {"request": [log.ahook]}},
        )
        async with client:
            return [
                record.key
                async for record in aiter_list_data_store_records(
                    client=client, data_store_id=store_id, page_size=100
                )
            ]

    assert asyncio.run(collect()) == keys
    assert len(log.requests) == 11


# -- Qlik: link paging ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def qlik_store_ids(qlik_emulator_session: EmulatorHandle) -> set[str]:
    headers = {"Authorization": f"Bearer {qlik_emulator_session.token}"}
    httpx.post(
        f"{qlik_emulator_session.running.root_url}/_emulator/reset", headers=headers
    ).raise_for_status()
    ids: set[str] = set()
    with httpx.Client(base_url=qlik_emulator_session.base_url, headers=headers, timeout=10) as http:
        for i in range(STORES):
            body = {"name": f"Store {i:02d}", "technicalName": f"store-{i:02d}", "type": "qix-datafiles"}
            response = http.post("/data-stores", json=body)
            assert response.status_code == 201, response.text
            ids.add(response.json()["id"])
    assert len(ids) == STORES
    return ids


def test_qlik_stores_iterate_every_store_once_following_next_links(
    qlik_emulator_session: EmulatorHandle, qlik_store_ids: set[str]
) -> None:
    log = RequestLog()
    client = qlik_client.Client(
        base_url=qlik_emulator_session.base_url,
        token=qlik_emulator_session.token,
        httpx_args={"event_hooks": {"request": [log.hook]}},
    )
    with client:
        iterator = iter_list_data_stores(client=client, limit=10)
        first = next(iterator)
        assert len(log.requests) == 1  # lazy: one page so far
        stores = [first, *iterator]

    seen = Counter(store.id for store in stores)
    assert set(seen) == qlik_store_ids
    assert all(count == 1 for count in seen.values()), seen
    assert len(log.requests) == 5
    assert log.param("limit") == ["10"] * 5
    assert log.param("page") == [None, "1", "2", "3", "4"]
    assert all(r.headers["authorization"] == f"Bearer {qlik_emulator_session.token}" for r in log.requests)


def test_qlik_stores_async_iterator_follows_the_same_links(
    qlik_emulator_session: EmulatorHandle, qlik_store_ids: set[str]
) -> None:
    log = RequestLog()

    async def collect() -> list[str]:
        client = qlik_client.Client(
            base_url=qlik_emulator_session.base_url,
            token=qlik_emulator_session.token,
            httpx_args={"event_hooks": {"request": [log.ahook]}},
        )
        async with client:
            return [str(store.id) async for store in aiter_list_data_stores(client=client, limit=10)]

    ids = asyncio.run(collect())
    assert sorted(ids) == sorted(qlik_store_ids)
    assert len(log.requests) == 5
