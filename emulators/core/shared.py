"""The emulator's own state (clock offset, injected faults, request log, rate-limit windows) kept in the
storage, for a state that several processes share (a SQLite file, PostgreSQL: ``storage.shared``).

In memory (one process, the default) the in-process classes (``Clock``, ``FaultSet``, ``RequestLog``,
``SlidingWindowLimiter``) are the whole truth and stay as they are. With a shared state every worker, and
every emulator on the same database, must agree, so the same interfaces are served from tables:

- ``emulator_settings``: one row, the clock's offset and a version number of the fault list. The app checks it
  once per request (``refresh_if_changed``: on PostgreSQL a read only after a ``NOTIFY`` from a writer, on a
  SQLite file a read every time), so a clock set or a fault injected through one process holds for the next
  request any process answers;
- ``emulator_faults``: each fault's definition and how often it fired; firing is counted in a write
  transaction, so a ``times: 1`` fault fires exactly once across all processes;
- ``emulator_requests``: the request log, bounded as in memory; buffered per process and written one
  statement per batch on the storage's unsynced path (``execute_unsynced``: a diagnostic that must not cost
  every request a disk flush or a round trip), in ``storage.diagnostics()`` (a SQLite state file's log is
  a file of its own, so its writes leave the state's page caches alone), see ``SharedRequestLog``;
- ``emulator_rate_hits``: the sliding windows, checked and recorded in one write transaction.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Hashable
from typing import Any

import orjson

from emulators.core.clock import Clock, Entropy
from emulators.core.faults import MAX_FAULTS, Fault, FaultSet, _parse
from emulators.core.http import ApiProblem
from emulators.core.requestlog import MAX_ENTRIES, RequestLog, shaped
from emulators.core.storage import Storage

SCHEMA = """
CREATE TABLE IF NOT EXISTS emulator_settings (
    id INTEGER PRIMARY KEY,
    clock_offset REAL NOT NULL DEFAULT 0,
    faults_version INTEGER NOT NULL DEFAULT 0
);
INSERT INTO emulator_settings (id) VALUES (1) ON CONFLICT DO NOTHING;
CREATE TABLE IF NOT EXISTS emulator_faults (
    id {serial},
    spec TEXT NOT NULL,
    fired INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS emulator_rate_hits (id {serial}, key TEXT NOT NULL, at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS emulator_rate_hits_key ON emulator_rate_hits (key, at);
"""
REQUESTS_SCHEMA = "CREATE TABLE IF NOT EXISTS emulator_requests (seq {serial}, entry TEXT NOT NULL)"
log = logging.getLogger("emulators")
TRIM_EVERY = 100  # requests logged between trims of the log to MAX_ENTRIES
CHANNEL = "emulator_settings"  # notified on every write to the settings row
FLUSH_AT = 256  # buffered log entries written at once at the latest


class SharedSettings:
    """The one settings row: read when it may have changed.

    Where the storage has notifications (PostgreSQL's ``LISTEN``/``NOTIFY``), every write to the row
    notifies ``CHANNEL`` in its transaction and ``refresh_if_changed`` reads the row only after a
    notification (checking costs no round trip); elsewhere (a SQLite file: a local read) it reads the row
    every time, as ``refresh`` always does.
    """

    def __init__(self, storage: Storage) -> None:
        self.storage = storage
        storage.script(SCHEMA.format(serial=storage.dialect.serial_key))
        self.clock_offset = 0.0
        self.faults_version = 0
        self.watch = storage.watch(CHANNEL)
        if self.watch is not None:
            self.watch.changed()  # listening from now on: whatever is written after this is noticed
        self.refresh()

    def refresh_if_changed(self) -> None:
        """Once per request: the clock and the fault list as another process may have set them."""
        if self.watch is None or self.watch.changed():
            self.refresh()

    def refresh(self) -> None:
        try:
            row = self.storage.one("SELECT clock_offset, faults_version FROM emulator_settings WHERE id = 1")
        except ApiProblem:
            raise
        except Exception:
            log.exception("cannot read the shared settings")
            raise ApiProblem(503, "The emulator's state is unavailable", code="state_unavailable") from None
        if row is not None:
            self.clock_offset, self.faults_version = float(row[0]), int(row[1])

    def bump_faults(self) -> None:
        """Inside the caller's transaction: every process reloads its fault list on its next request."""
        self.storage.execute("UPDATE emulator_settings SET faults_version = faults_version + 1 WHERE id = 1")
        self.storage.notify(CHANNEL)


class SharedClock(Clock):
    """The wall clock plus an offset every process reads from the settings row (never frozen: a frozen
    clock belongs to a ``--seed`` run, which is one process)."""

    def __init__(self, settings: SharedSettings) -> None:
        super().__init__()
        self.settings = settings

    def now(self) -> float:
        return time.time() + self.settings.clock_offset

    def monotonic(self) -> float:
        # time.monotonic() has a different origin in every process; windows must compare across them.
        return self.now()

    def set(self, epoch_seconds: float) -> None:
        self._write(epoch_seconds - time.time(), relative=False)

    def advance(self, seconds: float) -> None:
        self._write(seconds, relative=True)

    def _write(self, value: float, *, relative: bool) -> None:
        column = "clock_offset + ?" if relative else "?"
        with self.settings.storage.transaction():
            self.settings.storage.execute(
                f"UPDATE emulator_settings SET clock_offset = {column} WHERE id = 1", (value,)
            )
            self.settings.storage.notify(CHANNEL)
        self.settings.refresh()


class SharedFaults(FaultSet):
    def __init__(self, settings: SharedSettings, entropy: Entropy | None = None) -> None:
        super().__init__(entropy)
        self.settings = settings
        self.storage = settings.storage
        self._version = -1

    def __bool__(self) -> bool:
        self._sync()
        return bool(self._faults)

    def _sync(self, *, force: bool = False) -> None:
        if force or self._version != self.settings.faults_version:
            rows = self.storage.all("SELECT id, spec, fired FROM emulator_faults ORDER BY id")
            faults = []
            for row in rows:
                fault = _parse(orjson.loads(row["spec"]), int(row["id"]))
                fault.fired = int(row["fired"])
                faults.append(fault)
            self._faults = faults
            self._version = self.settings.faults_version

    def add(self, spec: Any) -> Fault:
        fault = _parse(spec, 0)  # validated before anything is written
        with self.storage.transaction():
            if self.storage.scalar("SELECT count(*) FROM emulator_faults") >= MAX_FAULTS:
                raise ApiProblem(400, f"At most {MAX_FAULTS} faults at once; DELETE some first")
            fault.id = int(
                self.storage.scalar(
                    "INSERT INTO emulator_faults (spec) VALUES (?) RETURNING id",
                    (orjson.dumps(spec).decode(),),
                )
            )
            self.settings.bump_faults()
        self.settings.refresh()
        return fault

    def list(self) -> list[dict[str, Any]]:
        self._sync(force=True)
        return super().list()

    def remove(self, fault_id: int | None = None) -> int:
        with self.storage.transaction():
            if fault_id is None:
                gone = self.storage.execute("DELETE FROM emulator_faults").rowcount
            else:
                gone = self.storage.execute("DELETE FROM emulator_faults WHERE id = ?", (fault_id,)).rowcount
            self.settings.bump_faults()
        self.settings.refresh()
        return int(gone)

    def pick(self, operation_id: str | None, path: str) -> Fault | None:
        self._sync()
        for fault in self._faults:
            if not fault.matches(operation_id, path):
                continue
            if fault.fraction is not None and self.entropy.random() >= fault.fraction:
                continue
            with self.storage.transaction():
                fired = self.storage.scalar(
                    "UPDATE emulator_faults SET fired = fired + 1 WHERE id = ? RETURNING fired", (fault.id,)
                )
                if fired is None:  # spent or removed by another process since this one loaded the list
                    continue
                fault.fired = int(fired)
                if fault.times is not None and fault.fired >= fault.times:
                    self.storage.execute("DELETE FROM emulator_faults WHERE id = ?", (fault.id,))
                    self.settings.bump_faults()
            return fault
        return None


class SharedRequestLog(RequestLog):
    """The request log in the storage, written in batches.

    ``record`` only buffers the entry; the buffer is written in one statement (one round trip on
    PostgreSQL) when the event loop has run the requests that were ready together (a callback scheduled at
    the first entry, which runs before the loop reads any further request), at ``FLUSH_AT`` entries,
    without a running loop at once, and before the log is read, cleared or the storage closed. So a read
    of the log, in this process or any other, shows every request answered before it, as when each
    entry was its own insert. The log is diagnostics, not data: an entry exists only after its response
    was sent, and a process killed in between loses it (as it did before), never a vendor write.
    """

    def __init__(self, storage: Storage, max_entries: int = MAX_ENTRIES) -> None:
        super().__init__(max_entries)
        self.storage = storage.diagnostics()
        self.storage.script(REQUESTS_SCHEMA.format(serial=self.storage.dialect.serial_key))
        self.max_entries = max_entries
        self._written = 0
        self._buffer: list[str] = []
        self._scheduled = False

    def record(
        self,
        method: str,
        path: str,
        query: str,
        status: int,
        operation_id: str | None,
        duration_ms: float,
        fault: int | None = None,
    ) -> None:
        entry = shaped(method, path, query, status, operation_id, duration_ms, fault)
        self._buffer.append(orjson.dumps(entry).decode())
        if len(self._buffer) >= FLUSH_AT:
            self.flush()
        elif not self._scheduled:
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                self.flush()
                return
            self._scheduled = True
            loop.call_soon(self._flush_soon)

    def _flush_soon(self) -> None:
        self._scheduled = False
        try:
            self.flush()
        except Exception:  # a callback has no caller to tell; the entries stay buffered for the next flush
            log.exception("cannot write the request log")

    def flush(self) -> None:
        rows, self._buffer = self._buffer, []
        if not rows:
            return
        try:
            if len(rows) == 1:  # the common case when requests come one at a time: no array to build
                self.storage.execute_unsynced("INSERT INTO emulator_requests (entry) VALUES (?)", rows)
            else:  # one statement for the batch, in order: one round trip, no per-row work in the driver
                self.storage.execute_unsynced(
                    "INSERT INTO emulator_requests (entry) SELECT value FROM "
                    f"{self.storage.dialect.text_items()} ORDER BY key",
                    (self.storage.dialect.values(rows),),
                )
        except BaseException:
            self._buffer = rows + self._buffer
            raise
        before, self._written = self._written, self._written + len(rows)
        if before // TRIM_EVERY != self._written // TRIM_EVERY:
            self.storage.execute_unsynced(
                "DELETE FROM emulator_requests WHERE seq <= (SELECT max(seq) FROM emulator_requests) - ?",
                (self.max_entries,),
            )

    def list(self, since: int = 0) -> list[dict[str, Any]]:
        self.flush()
        rows = self.storage.all(
            "SELECT seq, entry FROM (SELECT seq, entry FROM emulator_requests WHERE seq > ? "
            "ORDER BY seq DESC LIMIT ?) AS latest ORDER BY seq",
            (since, self.max_entries),
        )
        return [{"seq": int(row["seq"]), **orjson.loads(row["entry"])} for row in rows]

    def clear(self) -> None:
        self._buffer = []
        self.storage.execute_unsynced("DELETE FROM emulator_requests")


class SharedLimiter:
    """``SlidingWindowLimiter``'s contract over ``emulator_rate_hits`` (exact, across processes)."""

    def __init__(self, storage: Storage, clock: Callable[[], float]) -> None:
        self.storage = storage
        self.clock = clock
        storage.script(SCHEMA.format(serial=storage.dialect.serial_key))

    def allow(self, key: Hashable, limit: int, window: float) -> float | None:
        if limit <= 0:
            return float(window)
        name = repr(key)
        now = self.clock()
        with self.storage.transaction():
            self.storage.execute(
                "DELETE FROM emulator_rate_hits WHERE key = ? AND at <= ?", (name, now - window)
            )
            hits = [
                float(row[0])
                for row in self.storage.all(
                    "SELECT at FROM emulator_rate_hits WHERE key = ? ORDER BY at", (name,)
                )
            ]
            if len(hits) >= limit:
                return max(hits[len(hits) - limit] + window - now, 0.0)
            self.storage.execute("INSERT INTO emulator_rate_hits (key, at) VALUES (?, ?)", (name, now))
        return None

    def reset(self) -> None:
        with self.storage.transaction():
            self.storage.execute("DELETE FROM emulator_rate_hits")
