"""The SQLite backend (the default): in memory, or a durable file with ``--state FILE``.

Writes go through ``transaction()``, which commits before the handler's response is sent; with a file, the
journal is WAL with ``synchronous=FULL``, so an acknowledged write survives a crash or a kill.

A state file has one owner: the emulator holds an exclusive ``flock`` on ``<file>.lock`` for as long as it
runs, and a second one on the same file stops at start-up with ``StateInUse`` (two emulators would each
keep their own settings and disagree). The workers of one emulator (``--workers``) share the owner's lock
(``owned=False``): every state they share lives in the file, and ``BEGIN IMMEDIATE`` serialises their
writers. The request log is written on every request; in the state file, each of those commits would make
every other worker's connection drop its whole page cache (WAL: a reader that sees the database changed
starts afresh), so with a file it lives in a file of its own next to it, ``<file>.requests``
(``diagnostics()``), which the state file's lock covers. A state file deleted or replaced under a running
emulator is noticed: every write checks first, reads at most once a second, and from then on the emulator
answers 503 (in the vendor's envelope) rather than acknowledge writes into an unlinked file that a restart
would never see; it does not exit, so clients learn why instead of meeting a closed port.
"""

from __future__ import annotations

import fcntl
import logging
import os
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from emulators.core.http import ApiProblem
from emulators.core.storage import Cursor, Dialect, StateInUse, StateUnavailable, Storage

log = logging.getLogger("emulators")
ALIVE_CHECK_INTERVAL = 1.0  # seconds between checks on reads; writes always check
DIAGNOSTICS_SUFFIX = ".requests"  # the request log's file, next to the state file
BUSY_TIMEOUT = 30.0  # seconds a worker waits for another's write transaction before giving up


class SQLiteStorage(Storage):
    dialect = Dialect()

    def __init__(self, state: str | Path | None = None, *, owned: bool = True) -> None:
        self.path = str(state) if state else ":memory:"
        self.shared = self.path != ":memory:"
        self._lock_fd: int | None = None
        self._diagnostics: SQLiteStorage | None = None
        self._identity: tuple[int, int] | None = None
        self._checked = 0.0
        self.lost = False
        try:
            if self.shared and owned:
                self._lock_fd = _lock(self.path)
            # The server runs handlers on one event-loop thread; check_same_thread guards misuse we don't do.
            self.db = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT
            )
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA foreign_keys = ON")
            if self.shared:
                self.db.execute("PRAGMA journal_mode = WAL")
                self.db.execute("PRAGMA synchronous = FULL")
                stat = os.stat(self.path)
                self._identity = (stat.st_dev, stat.st_ino)
        except sqlite3.Error as exc:
            self.close()
            raise StateUnavailable(f"cannot use --state {self.path}: {exc}") from None
        self._depth = 0
        self._unsynced: sqlite3.Connection | None = None

    def describe(self) -> str:
        return self.path if self.shared else "memory"

    def check_alive(self, *, force: bool = False) -> None:
        """503 once the state file is gone or replaced (see the module's docstring)."""
        if self._identity is None:
            return
        now = time.monotonic()
        if not self.lost and (force or now - self._checked >= ALIVE_CHECK_INTERVAL):
            self._checked = now
            try:
                stat = os.stat(self.path)
                self.lost = (stat.st_dev, stat.st_ino) != self._identity
            except FileNotFoundError:
                self.lost = True
            if self.lost:
                log.error("state file %s was deleted or replaced; answering 503 until restarted", self.path)
        if self.lost:
            raise ApiProblem(
                503,
                f"The emulator's state file {self.path} was deleted or replaced; restart the emulator",
                code="state_lost",
            )

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        if self._depth:
            self._depth += 1
            try:
                yield self.db
            finally:
                self._depth -= 1
            return
        self.check_alive(force=True)
        self.db.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        else:
            self.db.execute("COMMIT")
        finally:
            self._depth = 0

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Cursor:
        return self.db.execute(sql, params)

    def execute_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self.db.executemany(sql, rows)

    def one(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self.db.execute(sql, params).fetchone()
        return row

    def all(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:  # type: ignore[override]
        return list(self.db.execute(sql, params).fetchall())

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.db.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def execute_unsynced(self, sql: str, params: Sequence[Any] = ()) -> None:
        self._unsynced_connection().execute(sql, params)

    def _unsynced_connection(self) -> sqlite3.Connection:
        if not self.shared:
            return self.db
        if self._unsynced is None:
            # A second connection: synchronous is per connection, and vendor writes keep FULL.
            self._unsynced = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT
            )
            self._unsynced.execute("PRAGMA synchronous = OFF")
        return self._unsynced

    def diagnostics(self) -> Storage:
        if not self.shared:
            return self
        if self._diagnostics is None:
            self._diagnostics = SQLiteStorage(self.path + DIAGNOSTICS_SUFFIX, owned=False)
        return self._diagnostics

    def script(self, sql: str) -> None:
        self.db.executescript(sql)

    def has_table(self, name: str) -> bool:
        return self.db.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone() is not None

    def add_column(self, table: str, column: str, definition: str) -> bool:
        # SQLite has no ADD COLUMN IF NOT EXISTS: look and add under one writer's lock.
        with self.transaction():
            if any(row["name"] == column for row in self.db.execute(f'PRAGMA table_info("{table}")')):
                return False
            self.db.execute(f'ALTER TABLE "{table}" ADD COLUMN "{column}" {definition}')
            return True

    def clear(self, tables: Sequence[str]) -> None:
        with self.transaction():
            self.db.execute("PRAGMA defer_foreign_keys = ON")
            for table in reversed(tables):
                self.db.execute(f'DELETE FROM "{table}"')
            if self.has_table("sqlite_sequence"):
                self.db.execute(
                    "DELETE FROM sqlite_sequence WHERE name IN (SELECT value FROM json_each(?))",
                    (self.dialect.values(tables),),
                )

    def close(self) -> None:
        if self._diagnostics is not None:
            self._diagnostics.close()
            self._diagnostics = None
        for db in (getattr(self, "db", None), getattr(self, "_unsynced", None)):
            if db is not None:
                db.close()
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # releases the flock
            self._lock_fd = None


def _lock(path: str) -> int:
    """An exclusive, non-blocking ``flock`` on ``<path>.lock`` (not on the database: closing any other
    descriptor of the database file would drop SQLite's own POSIX locks)."""
    fd = os.open(path + ".lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.read(fd, 32).decode(errors="replace").strip() or "another process"
        os.close(fd)
        raise StateInUse(
            f"state file {path} is in use by another emulator (pid {holder}); stop it first"
        ) from None
    os.ftruncate(fd, 0)
    os.write(fd, str(os.getpid()).encode())
    return fd
