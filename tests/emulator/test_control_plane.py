"""The guarded control plane (``/_emulator/*``): admin token, scopes, tenants, declared tables, --host."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator

import httpx
import pytest

from emulators.core.control import bind_problem
from emulators.core.registry import build_app
from emulators.testing import ADMIN_HEADER, InProcessEmulator, free_port, serve_in_thread

pytestmark = pytest.mark.parity("emulator")

A, B = "tenant-a-token", "tenant-b-token"
BEARER_A, BEARER_B = {"Authorization": f"Bearer {A}"}, {"Authorization": f"Bearer {B}"}
STORE = {"technicalName": "sales", "type": "qix-datafiles"}
ASSET = {"technicalName": "asset", "appType": "qix-df"}


@pytest.fixture
def qlik() -> Iterator[InProcessEmulator]:
    running = serve_in_thread("qlik", tokens=[A, B])
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture
def make() -> Iterator[InProcessEmulator]:
    running = serve_in_thread("make", tokens=["RW", "R:datastores:read"])
    try:
        yield running
    finally:
        running.stop()


def control(
    emulator: InProcessEmulator, action: str, headers: dict[str, str], **kwargs: object
) -> httpx.Response:
    return httpx.post(f"{emulator.root_url}/_emulator/{action}", headers=headers, timeout=10, **kwargs)  # type: ignore[arg-type]


def stores(emulator: InProcessEmulator, headers: dict[str, str]) -> list[str]:
    response = httpx.get(f"{emulator.base_url}/data-stores", headers=headers)
    assert response.status_code == 200, response.text
    return [s["id"] for s in response.json()["data"]]


def new_store(emulator: InProcessEmulator, headers: dict[str, str]) -> str:
    response = httpx.post(f"{emulator.base_url}/data-stores", headers=headers, json=STORE)
    assert response.status_code == 201, response.text
    store_id: str = response.json()["id"]
    return store_id


@pytest.mark.parametrize("action", ["reset", "seed", "faults", "requests", "clock"])
def test_no_credential_can_do_nothing(qlik: InProcessEmulator, action: str) -> None:
    new_store(qlik, BEARER_A)
    response = control(qlik, action, {}, json={})
    assert response.status_code == 401
    assert response.json()["errors"][0]["code"] == "HTTP-401"
    assert len(stores(qlik, BEARER_A)) == 1


def test_a_wrong_credential_cannot_reset(qlik: InProcessEmulator) -> None:
    new_store(qlik, BEARER_A)
    assert control(qlik, "reset", {"Authorization": "Bearer nope"}).status_code == 401
    assert control(qlik, "reset", {ADMIN_HEADER: "nope"}).status_code == 401
    assert len(stores(qlik, BEARER_A)) == 1


def test_a_tenant_reset_empties_only_its_own_tenant(qlik: InProcessEmulator) -> None:
    mine, theirs = new_store(qlik, BEARER_A), new_store(qlik, BEARER_B)
    assert mine != theirs
    response = control(qlik, "reset", BEARER_A)
    assert response.status_code == 200, response.text
    assert stores(qlik, BEARER_A) == []
    assert stores(qlik, BEARER_B) == [theirs]


def test_only_the_admin_can_reset_every_tenant(qlik: InProcessEmulator) -> None:
    new_store(qlik, BEARER_A)
    new_store(qlik, BEARER_B)
    refused = control(qlik, "reset", BEARER_A, params={"all": "true"})
    assert refused.status_code == 403
    assert len(stores(qlik, BEARER_B)) == 1
    assert control(qlik, "reset", {ADMIN_HEADER: qlik.admin_token}, params={"all": "true"}).status_code == 200
    assert stores(qlik, BEARER_A) == stores(qlik, BEARER_B) == []


def test_the_admin_token_works_as_the_vendor_credential_too(qlik: InProcessEmulator) -> None:
    new_store(qlik, BEARER_B)
    assert control(qlik, "reset", {"Authorization": f"Bearer {qlik.admin_token}"}).status_code == 200
    assert stores(qlik, BEARER_B) == []


def test_an_admin_with_a_tenant_credential_resets_that_tenant(qlik: InProcessEmulator) -> None:
    new_store(qlik, BEARER_A)
    theirs = new_store(qlik, BEARER_B)
    assert control(qlik, "reset", {**BEARER_A, ADMIN_HEADER: qlik.admin_token}).status_code == 200
    assert stores(qlik, BEARER_A) == []
    assert stores(qlik, BEARER_B) == [theirs]


def test_seed_cannot_attach_an_asset_to_another_tenants_store(qlik: InProcessEmulator) -> None:
    theirs = new_store(qlik, BEARER_B)
    seeded = control(
        qlik, "seed", BEARER_A, json={"dataAssets": [{**ASSET, "dataStoreInfo": {"id": theirs}}]}
    )
    assert seeded.status_code == 400
    assert "does not exist" in seeded.json()["errors"][0]["detail"]
    # B's store has no asset, so B can still delete it.
    deleted = httpx.request(
        "DELETE", f"{qlik.base_url}/data-stores", headers=BEARER_B, json={"ids": [theirs]}
    )
    assert deleted.status_code == 204, deleted.text


def test_seed_attaches_to_the_callers_own_store_and_the_admin_to_any(qlik: InProcessEmulator) -> None:
    mine, theirs = new_store(qlik, BEARER_A), new_store(qlik, BEARER_B)
    own = control(qlik, "seed", BEARER_A, json={"dataAssets": [{**ASSET, "dataStoreInfo": {"id": mine}}]})
    assert own.status_code == 200, own.text
    admin = control(
        qlik,
        "seed",
        {ADMIN_HEADER: qlik.admin_token},
        json={"dataAssets": [{**ASSET, "dataStoreInfo": {"id": theirs}}]},
    )
    assert admin.status_code == 200, admin.text


def test_a_tenant_token_cannot_use_the_admin_actions(qlik: InProcessEmulator) -> None:
    for action in ("faults", "requests", "clock"):
        response = httpx.get(f"{qlik.root_url}/_emulator/{action}", headers=BEARER_A)
        assert response.status_code == 403, action
        admin = httpx.get(f"{qlik.root_url}/_emulator/{action}", headers={ADMIN_HEADER: qlik.admin_token})
        assert admin.status_code == 200, action


def test_a_read_only_token_cannot_reset_or_seed(make: InProcessEmulator) -> None:
    rw, ro = {"Authorization": "Token RW"}, {"Authorization": "Token R"}
    created = httpx.post(
        f"{make.base_url}/data-stores", headers=rw, json={"name": "s", "teamId": 1, "maxSizeMB": 1}
    )
    assert created.status_code == 200
    for action in ("reset", "seed"):
        response = control(make, action, ro, json={})
        assert response.status_code == 403, action
        assert "datastores:write" in response.json()["detail"]
    listed = httpx.get(f"{make.base_url}/data-stores", headers=ro, params={"teamId": 1})
    assert len(listed.json()["dataStores"]) == 1
    assert control(make, "reset", rw).status_code == 200  # a token that can write may reset
    assert (
        httpx.get(f"{make.base_url}/data-stores", headers=ro, params={"teamId": 1}).json()["dataStores"] == []
    )


def test_reset_empties_the_declared_tables_not_every_table_with_the_vendor_prefix() -> None:
    app = build_app("make")
    storage = app.vendor.storage
    storage.script("CREATE TABLE make_notes (note TEXT); INSERT INTO make_notes VALUES ('kept');")
    storage.execute("INSERT INTO make_data_stores (team_id, name, max_size) VALUES (1, 'x', 1)")
    app.vendor.reset()
    assert storage.scalar("SELECT COUNT(*) FROM make_data_stores") == 0
    assert storage.scalar("SELECT note FROM make_notes") == "kept"
    # AUTOINCREMENT counters of the declared tables start again too.
    storage.execute("INSERT INTO make_data_stores (team_id, name, max_size) VALUES (1, 'y', 1)")
    assert storage.scalar("SELECT id FROM make_data_stores") == 1


def test_a_vendor_declaring_a_table_it_does_not_create_fails_at_start_up() -> None:
    from emulators.core.storage import Storage
    from emulators.make import MakeEmulator

    class Broken(MakeEmulator):
        tables = ("make_data_stores", "make_missing")

    with pytest.raises(RuntimeError, match="make_missing"):
        Broken(Storage())


def test_binding_beyond_loopback_needs_a_token_or_insecure() -> None:
    assert bind_problem("127.0.0.1", [], insecure=False) is None
    assert bind_problem("::1", [], insecure=False) is None
    assert bind_problem("localhost", [], insecure=False) is None
    assert bind_problem("0.0.0.0", ["T"], insecure=False) is None
    assert bind_problem("0.0.0.0", [], insecure=True) is None
    problem = bind_problem("0.0.0.0", [], insecure=False)
    assert problem is not None and "--token" in problem and "--insecure" in problem


def test_the_cli_refuses_a_public_host_without_a_token() -> None:
    # Refused before anything listens, so nothing is exposed by running this test.
    result = subprocess.run(
        [sys.executable, "-m", "emulators", "make", "--host", "0.0.0.0", "--port", str(free_port())],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "--insecure" in lines[0]


def test_a_generated_admin_token_is_printed_at_start_up_and_works() -> None:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "emulators", "make", "--port", str(port), "--token", "T"],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stderr is not None
        line = ""
        for _ in range(20):
            line = process.stderr.readline()
            if "admin token" in line:
                break
        token = line.rsplit(" ", 1)[-1].strip()
        assert token.startswith("emu-admin-")
        for _ in range(100):
            try:
                response = httpx.post(
                    f"http://127.0.0.1:{port}/_emulator/reset", headers={ADMIN_HEADER: token}
                )
                break
            except httpx.TransportError:
                time.sleep(0.1)
        assert response.status_code == 200, response.text
        assert (
            httpx.post(f"http://127.0.0.1:{port}/_emulator/reset", headers={ADMIN_HEADER: "x"}).status_code
            == 401
        )
    finally:
        process.terminate()
        process.wait(timeout=10)
