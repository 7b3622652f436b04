"""The emulator's own state in a shared storage (emulators/core/shared.py): two storages on one state stand
for two processes; what one records, the other must count."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest

from emulators.core.app import EmulatorApp
from emulators.core.auth import TokenRegistry
from emulators.core.clock import Entropy
from emulators.core.shared import SharedClock, SharedFaults, SharedLimiter, SharedRequestLog, SharedSettings
from emulators.core.spec import compile_spec
from emulators.core.storage import Storage
from tests.postgres import fresh_database


@pytest.fixture(params=["sqlite-file", "postgresql"])
def two(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Storage, Storage]]:
    state: str = fresh_database("shared") if request.param == "postgresql" else str(tmp_path / "s.db")
    first = Storage(state)
    second = Storage(state, owned=False)
    try:
        yield first, second
    finally:
        second.close()
        first.close()


def test_a_rate_window_is_counted_across_processes(two: tuple[Storage, Storage]) -> None:
    now = [1000.0]
    limiters = [SharedLimiter(storage, lambda: now[0]) for storage in two]
    assert [limiters[i % 2].allow(("key", "tier"), 3, 10.0) for i in range(3)] == [None, None, None]
    wait = limiters[1].allow(("key", "tier"), 3, 10.0)
    assert wait == pytest.approx(10.0)
    assert limiters[0].allow(("other", "tier"), 3, 10.0) is None  # windows are per key
    now[0] += 10.5
    assert limiters[1].allow(("key", "tier"), 3, 10.0) is None


def test_a_fault_fires_its_times_across_processes_and_a_clock_set_in_one_holds_in_the_other(
    two: tuple[Storage, Storage],
) -> None:
    settings = [SharedSettings(storage) for storage in two]
    faults = [SharedFaults(s, Entropy(1)) for s in settings]
    added = faults[0].add({"target": "getThing", "status": 503, "times": 2})
    fired = []
    for i in range(5):
        settings[i % 2].refresh()  # what the app does once per request
        picked = faults[i % 2].pick("getThing", "/things/1")
        fired.append(picked.id if picked else None)
    assert fired == [added.id, added.id, None, None, None]
    assert faults[1].list() == []

    clocks = [SharedClock(s) for s in settings]
    clocks[0].set(2_000_000_000.0)
    settings[1].refresh()
    assert clocks[1].now() == pytest.approx(2_000_000_000.0, abs=5)
    clocks[1].advance(3600)
    settings[0].refresh()
    assert clocks[0].now() == pytest.approx(2_000_003_600.0, abs=5)


def test_a_settings_change_is_read_once_when_notified_and_never_otherwise(
    two: tuple[Storage, Storage], monkeypatch: pytest.MonkeyPatch
) -> None:
    writer, reader = SharedSettings(two[0]), SharedSettings(two[1])
    reads: list[int] = []
    original = reader.refresh

    def counted() -> None:
        reads.append(1)
        original()

    monkeypatch.setattr(reader, "refresh", counted)
    notified = reader.watch is not None  # PostgreSQL: LISTEN/NOTIFY; a SQLite file reads every time
    for _ in range(5):
        reader.refresh_if_changed()
    assert len(reads) == (0 if notified else 5)
    SharedClock(writer).set(2_000_000_000.0)
    deadline = time.monotonic() + 5
    while reader.clock_offset == 0.0 and time.monotonic() < deadline:
        reader.refresh_if_changed()  # the notification is sent at the writer's commit; it arrives at once
    assert SharedClock(reader).now() == pytest.approx(2_000_000_000.0, abs=5)
    reads.clear()
    for _ in range(3):
        reader.refresh_if_changed()
    assert len(reads) == (0 if notified else 3)
    SharedFaults(writer).add({"target": "x", "status": 500})  # a fault list change notifies too
    faults = SharedFaults(reader)
    deadline = time.monotonic() + 5
    while not faults and time.monotonic() < deadline:
        reader.refresh_if_changed()
    assert [f["target"] for f in faults.list()] == ["x"]


def test_the_request_log_is_written_in_batches_and_read_whole_by_any_process(
    two: tuple[Storage, Storage], monkeypatch: pytest.MonkeyPatch
) -> None:
    serving, reading = (_toy_app(storage) for storage in two)
    batches: list[int] = []
    log_storage = serving.vendor.storage.diagnostics()
    original = log_storage.execute_unsynced

    def counted(sql: str, params: Any = ()) -> None:
        if sql.startswith("INSERT INTO emulator_requests") and "VALUES" in sql:
            batches.append(1)
        elif sql.startswith("INSERT INTO emulator_requests"):  # a batch: one bound array of entries
            batches.append(len(orjson.loads(params[0]) if isinstance(params[0], str) else params[0]))
        original(sql, params)

    monkeypatch.setattr(log_storage, "execute_unsynced", counted)

    async def burst() -> list[dict[str, Any]]:
        for i in range(3):  # answered in one go, no yield to the loop in between: one batch
            await _send(serving, f"/api/v9/things?pg[limit]={i + 1}")
        return serving.requests.list()  # a read flushes what this process still holds

    seen = asyncio.run(burst())
    assert [entry["query"] for entry in seen] == ["pg[limit]=1", "pg[limit]=2", "pg[limit]=3"]
    assert batches == [3]
    for i in range(4):  # one request per event loop: each written when its loop moves on
        asyncio.run(_send(serving, f"/api/v9/things?pg[limit]={i + 10}"))
    assert batches == [3, 1, 1, 1, 1]
    # Another process reads every request answered before its read, with nothing left buffered here.
    everything = reading.requests.list()
    assert [entry["query"] for entry in everything[-4:]] == [f"pg[limit]={i + 10}" for i in range(4)]
    assert len(everything) == 7 and [e["seq"] for e in everything] == sorted({e["seq"] for e in everything})


def test_a_log_without_a_running_loop_writes_each_entry_and_clear_drops_the_buffer(
    two: tuple[Storage, Storage],
) -> None:
    SharedSettings(two[0])  # creates the emulator's tables
    log, other = SharedRequestLog(two[0]), SharedRequestLog(two[1])
    log.record("GET", "/a", "", 200, "a", 1.0)
    assert [entry["path"] for entry in other.list()] == ["/a"]  # written at once: no loop to wait for
    log.clear()
    assert other.list() == []


def test_request_log_writes_leave_a_state_files_page_cache_alone(tmp_path: Path) -> None:
    """A SQLite file's log lives in a file of its own: an entry one worker writes is not a change of the
    state another worker reads (``PRAGMA data_version`` moves when another connection commits, and
    with it that connection's page cache is dropped), and both workers still read every entry."""
    state = tmp_path / "s.db"
    first, second = Storage(state), Storage(state, owned=False)
    try:
        SharedSettings(first)
        writer, reader = SharedRequestLog(first), SharedRequestLog(second)
        before = second.scalar("PRAGMA data_version")
        writer.record("GET", "/a", "", 200, "a", 1.0)
        writer.record("GET", "/b", "", 200, "b", 1.0)
        assert second.scalar("PRAGMA data_version") == before
        assert [entry["path"] for entry in reader.list()] == ["/a", "/b"]
        assert (tmp_path / "s.db.requests").exists()
        first.execute("UPDATE emulator_settings SET faults_version = faults_version + 1 WHERE id = 1")
        assert second.scalar("PRAGMA data_version") != before  # what the check would see of a state write
    finally:
        second.close()
        first.close()


def _toy_app(storage: Storage) -> EmulatorApp:
    from tests.unit.test_emulator_core import SPEC, Toy

    return EmulatorApp(
        Toy(storage), compile_spec(SPEC), TokenRegistry.parse(["good"]), shared=SharedSettings(storage)
    )


async def _send(app: EmulatorApp, target: str) -> int:
    path, _, query = target.partition("?")
    scope = {
        "type": "http",
        "method": "GET",
        "path": path,
        "raw_path": path.encode(),
        "query_string": query.encode(),
        "headers": [(b"authorization", b"Token good")],
        "scheme": "http",
        "server": ("127.0.0.1", 8000),
    }
    status: list[int] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Any) -> None:
        if message["type"] == "http.response.start":
            status.append(message["status"])

    await app(scope, receive, send)
    assert status == [200]
    return status[0]
