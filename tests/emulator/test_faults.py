"""Fault injection, the request log and deterministic runs, end to end: generated client + emulator."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import make_client
import pytest
import qlik_client
from make_client.api.data_stores import create_data_store, get_data_store
from make_client.errors import ApiError
from make_client.models import CreateDataStoreRequest
from qlik_client.api.data_stores import get_data_store as qlik_get_data_store

from emulators.testing import ADMIN_HEADER, InProcessEmulator, serve_in_thread

pytestmark = pytest.mark.parity("emulator")

TOKEN = "test-token"


@pytest.fixture(scope="module")
def make() -> Iterator[InProcessEmulator]:
    running = serve_in_thread("make", token=TOKEN)
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture
def client(make: InProcessEmulator) -> Iterator[make_client.Client]:
    make.control.faults.clear()
    make.control.clear_requests()
    with make_client.Client(base_url=make.base_url, token=TOKEN) as client:
        yield client


def new_store(client: make_client.Client) -> int:
    body = CreateDataStoreRequest(name="s", team_id=1, max_size_mb=1)
    store_id: int = create_data_store.sync(client=client, body=body).data_store.id
    return store_id


def test_an_injected_429_with_retry_after_makes_the_client_wait_and_succeed(
    make: InProcessEmulator, client: make_client.Client
) -> None:
    store_id = new_store(client)
    make.control.faults.add("getDataStore", status=429, retry_after=1, times=1)
    started = time.monotonic()
    store = get_data_store.sync(store_id, client=client)
    waited = time.monotonic() - started
    assert store.data_store.id == store_id
    assert waited >= 1.0  # Retry-After honoured, not the client's own 0.5 s backoff
    calls = [(r["operationId"], r["status"]) for r in make.control.requests]
    assert calls == [("createDataStore", 200), ("getDataStore", 429), ("getDataStore", 200)]
    assert make.control.faults.list() == []  # spent after one call


def test_the_injected_error_uses_the_vendors_envelope_and_headers(make: InProcessEmulator) -> None:
    make.control.faults.add("/api/v2/data-stores", status=503, retry_after=7, times=2)
    for _ in range(2):
        response = httpx.get(
            f"{make.base_url}/data-stores", params={"teamId": 1}, headers={"Authorization": f"Token {TOKEN}"}
        )
        assert response.status_code == 503
        assert response.headers["retry-after"] == "7"
        assert set(response.json()) == {"detail", "message", "code"}
    after = httpx.get(
        f"{make.base_url}/data-stores", params={"teamId": 1}, headers={"Authorization": f"Token {TOKEN}"}
    )
    assert after.status_code == 200


def test_a_500_that_outlasts_the_retries_reaches_the_caller_as_a_typed_error(
    make: InProcessEmulator, client: make_client.Client
) -> None:
    store_id = new_store(client)
    make.control.faults.add("getDataStore", status=500)  # until removed
    with pytest.raises(ApiError) as raised:
        get_data_store.sync(store_id, client=client, max_retries=2)
    assert raised.value.status_code == 500
    statuses = [r["status"] for r in make.control.requests if r["operationId"] == "getDataStore"]
    assert statuses == [500, 500, 500]  # the first attempt and two retries


def test_a_dropped_connection_is_retried_by_the_client(
    make: InProcessEmulator, client: make_client.Client
) -> None:
    store_id = new_store(client)
    make.control.faults.add("getDataStore", drop=True, times=1)
    assert get_data_store.sync(store_id, client=client).data_store.id == store_id
    entries = [r for r in make.control.requests if r["operationId"] == "getDataStore"]
    assert [r["status"] for r in entries] == [0, 200]  # 0: no answer was sent
    assert entries[0]["fault"] is not None


def test_injected_latency_delays_the_answer_and_is_logged(
    make: InProcessEmulator, client: make_client.Client
) -> None:
    store_id = new_store(client)
    make.control.faults.add("getDataStore", latency=0.3, times=1)
    started = time.monotonic()
    get_data_store.sync(store_id, client=client)
    assert time.monotonic() - started >= 0.3
    entry = next(r for r in make.control.requests if r["operationId"] == "getDataStore")
    assert entry["status"] == 200 and entry["durationMs"] >= 300


def test_a_fraction_fails_about_that_share_of_calls(make: InProcessEmulator) -> None:
    make.control.faults.add("listDataStores", status=500, fraction=0.5)
    headers = {"Authorization": f"Token {TOKEN}"}
    statuses = [
        httpx.get(f"{make.base_url}/data-stores", params={"teamId": 1}, headers=headers).status_code
        for _ in range(200)
    ]
    assert 60 <= statuses.count(500) <= 140
    assert set(statuses) == {200, 500}


def test_bad_fault_specs_are_refused_with_400(make: InProcessEmulator) -> None:
    headers = {ADMIN_HEADER: make.admin_token}
    for spec in (
        {},
        {"target": "x"},
        {"target": "x", "status": 200},
        {"target": "x", "status": 500, "times": 0},
    ):
        response = httpx.post(f"{make.root_url}/_emulator/faults", json=spec, headers=headers)
        assert response.status_code == 400, spec


def test_the_request_log_is_bounded_and_skips_control_calls(make: InProcessEmulator) -> None:
    headers = {"Authorization": f"Token {TOKEN}"}
    with httpx.Client(headers=headers) as http:
        for _ in range(1100):
            http.get(f"{make.base_url}/data-stores/1")
    entries = make.control.requests
    assert len(entries) == 1000
    assert all(not r["path"].startswith("/_emulator/") for r in entries)
    assert entries[-1]["seq"] - entries[0]["seq"] == 999


def qlik_script(running: InProcessEmulator) -> list[bytes]:
    """A fixed sequence of calls; returns every response's bytes (status line and headers included)."""
    out = []
    # One Host for both runs: the ports differ, and Qlik's list links are absolute.
    headers = {"Authorization": f"Bearer {TOKEN}", "Host": "emulator.test"}
    with httpx.Client(base_url=running.base_url, headers=headers) as http:
        for i in range(3):
            created = http.post("/data-stores", json={"technicalName": f"t{i}", "type": "qix-datafiles"})
            out.append(
                repr((created.status_code, sorted(created.headers.items()))).encode() + created.content
            )
        running.control.set_clock(advance=90)
        sid = created.json()["id"]
        for response in (
            http.patch(f"/data-stores/{sid}", json=[{"op": "add", "path": "/name", "value": "n"}]),
            http.get("/data-stores"),
            http.get("/data-stores/nope"),  # an error: its traceId is random too
        ):
            out.append(
                repr((response.status_code, sorted(response.headers.items()))).encode() + response.content
            )
    return out


def test_a_seeded_run_gives_byte_identical_responses() -> None:
    runs = []
    for _ in range(2):
        running = serve_in_thread("qlik", token=TOKEN, seed=42)
        try:
            runs.append(qlik_script(running))
        finally:
            running.stop()
    assert runs[0] == runs[1]
    assert b'"createdTime":"2026-01-01T00:00:00.000Z"' in runs[0][0]
    assert b'"lastModifiedTime":"2026-01-01T00:01:30.000Z"' in runs[0][3]
    other = serve_in_thread("qlik", token=TOKEN, seed=43)
    try:
        assert qlik_script(other) != runs[0]  # the seed, not a constant, decides the ids
    finally:
        other.stop()


def test_without_a_seed_ids_differ_between_runs() -> None:
    ids = []
    for _ in range(2):
        running = serve_in_thread("qlik", token=TOKEN)
        try:
            with qlik_client.Client(base_url=running.base_url, token=TOKEN) as client:
                running_ids = httpx.post(
                    f"{running.base_url}/data-stores",
                    headers={"Authorization": f"Bearer {TOKEN}"},
                    json={"technicalName": "t", "type": "qix-datafiles"},
                ).json()["id"]
                assert qlik_get_data_store.sync(running_ids, client=client).id == running_ids
                ids.append(running_ids)
        finally:
            running.stop()
    assert ids[0] != ids[1]


def test_the_clock_can_be_set_and_read(make: InProcessEmulator) -> None:
    clock = make.control.set_clock(time="2030-05-01T12:00:00Z")
    assert clock["now"].startswith("2030-05-01T12:00:0")
    assert clock["frozen"] is False
    bad = httpx.post(
        f"{make.root_url}/_emulator/clock", json={"time": "soon"}, headers={ADMIN_HEADER: make.admin_token}
    )
    assert bad.status_code == 400


def test_the_pytest_fixture_exposes_faults_and_the_request_log(make_emulator: Any) -> None:
    """The plugin's ``make_emulator`` fixture, as another project's tests would use it."""
    client = make_emulator.client
    store_id = new_store(client)
    make_emulator.faults.add("getDataStore", status=429, retry_after=1, times=1)
    assert get_data_store.sync(store_id, client=client).data_store.id == store_id
    statuses = [r["status"] for r in make_emulator.requests if r["operationId"] == "getDataStore"]
    assert statuses == [429, 200]


def test_a_seeded_fraction_fails_the_same_calls_every_run() -> None:
    from emulators.core.clock import Entropy
    from emulators.core.faults import FaultSet

    def run(seed: int) -> list[bool]:
        faults = FaultSet(Entropy(seed))
        faults.add({"target": "op", "status": 500, "fraction": 0.3})
        return [faults.pick("op", "/p") is not None for _ in range(50)]

    assert run(7) == run(7)
    assert run(7) != run(8)
    assert 5 <= sum(run(7)) <= 25


def rollup_script(running: InProcessEmulator) -> list[bytes]:
    headers = {"x-api-key": TOKEN, "ClientId": "script"}
    ws = "00000000-0000-4000-8000-000000000001"
    out = []
    with httpx.Client(base_url=f"{running.base_url}/v1/workspace/{ws}", headers=headers) as http:
        sink = http.post(
            "/data-sink", json={"label": "s", "entries": [{"key": "k", "value": "v", "dataType": "string"}]}
        )
        out.append(sink.content)
        running.control.set_clock(advance=3600)
        out.append(
            http.post(
                f"/data-sink/{sink.json()['id']}", json={"key": "k2", "value": "w", "dataType": "string"}
            ).content
        )
        out.append(http.get("/data-sink").content)
    return out


def test_a_seeded_rollup_run_gives_the_same_ids_and_timestamps() -> None:
    runs = []
    for _ in range(2):
        running = serve_in_thread("rollup", token=TOKEN, seed=5)
        try:
            runs.append(rollup_script(running))
        finally:
            running.stop()
    assert runs[0] == runs[1]
    assert b'"createdAt":"2026-01-01T00:00:00.000Z"' in runs[0][0]
    assert b'"createdAt":"2026-01-01T01:00:00.000Z"' in runs[0][1]
