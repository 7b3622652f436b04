"""``--workers``: several server processes, and several emulators (as on several hosts), on one state.

The issue's done-when: ``python -m emulators make --state postgresql://... --workers 2`` and a second
emulator process on the same database serve one state (a store created through one is listed by the other),
and 8 concurrent writers spread over both lose nothing. A SQLite file is safe for the workers of one
emulator on one machine (WAL, ``BEGIN IMMEDIATE``), and a second emulator on the file is refused.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from emulators.testing import RunningEmulator, start_emulator
from tests.postgres import fresh_database

TOKEN = "workers-token"
WRITERS = 8
RECORDS_EACH = 12


@pytest.fixture
def emulators(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[list[RunningEmulator]]:
    """[the --workers 2 emulator, and on PostgreSQL a second emulator as another host would run it]."""
    backend: str = request.param
    state: str | Path = fresh_database("workers") if backend == "postgresql" else tmp_path / "state.db"
    running = [start_emulator("make", token=TOKEN, state=state, extra_args=["--workers", "2"])]
    try:
        if backend == "postgresql":
            running.append(start_emulator("make", token=TOKEN, state=state))
        yield running
    finally:
        for emulator in running:
            emulator.stop()


def client(emulator: RunningEmulator) -> httpx.Client:
    return httpx.Client(base_url=emulator.base_url, headers={"Authorization": f"Token {TOKEN}"}, timeout=30)


@pytest.mark.parametrize("emulators", ["postgresql", "sqlite-file"], indirect=True)
def test_one_state_across_workers_and_processes_and_concurrent_writers_lose_nothing(
    emulators: list[RunningEmulator],
) -> None:
    workers = [
        pid
        for pid in Path(f"/proc/{emulators[0].process.pid}/task/{emulators[0].process.pid}/children")
        .read_text()
        .split()
        if "multiprocessing.spawn" in Path(f"/proc/{pid}/cmdline").read_text(errors="replace")
        and "resource_tracker" not in Path(f"/proc/{pid}/cmdline").read_text(errors="replace")
    ]
    assert len(workers) == 2, "--workers 2 runs two server processes"
    clients = [client(e) for e in emulators]
    created = clients[0].post("/data-stores", json={"name": "shared", "teamId": 7, "maxSizeMB": 1})
    assert created.status_code == 200, created.text
    store = created.json()["dataStore"]["id"]
    listed = clients[-1].get("/data-stores", params={"teamId": 7}).json()["dataStores"]
    assert [s["id"] for s in listed] == [store]

    failures: list[str] = []

    def write(writer: int) -> None:
        # Each writer has its own connections; on PostgreSQL they alternate between the two emulators,
        # and the kernel spreads each emulator's connections over its two workers.
        with client(emulators[writer % len(emulators)]) as http:
            for i in range(RECORDS_EACH):
                answer = http.post(
                    f"/data-stores/{store}/data", json={"key": f"w{writer}r{i}", "data": {"i": i}}
                )
                if answer.status_code != 200:
                    failures.append(answer.text)

    threads = [threading.Thread(target=write, args=(w,)) for w in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert failures == []
    expected = {f"w{w}r{i}" for w in range(WRITERS) for i in range(RECORDS_EACH)}
    for http in clients:
        page = http.get(f"/data-stores/{store}/data", params={"pg[limit]": 1000}).json()
        assert {r["key"] for r in page["records"]} == expected
        assert page["count"] == len(expected)  # the store's counter: every increment kept
        got = http.get(f"/data-stores/{store}").json()["dataStore"]
        sizes = sum(len(f'{{"i":{r["data"]["i"]}}}') + len(r["key"]) for r in page["records"])
        assert int(got["size"]) == sizes
    for http in clients:
        http.close()


def test_a_second_emulator_on_a_workers_state_file_is_refused(tmp_path: Path) -> None:
    state = tmp_path / "state.db"
    first = start_emulator("make", token=TOKEN, state=state, extra_args=["--workers", "2"])
    try:
        with pytest.raises(RuntimeError, match="in use by another emulator"):
            start_emulator("make", token=TOKEN, state=state)
    finally:
        first.stop()
