"""One small storage layer over SQLite: in memory by default, a durable file with ``--state``.

Writes go through ``transaction()``, which commits before the handler's response is sent; with a file, the
journal is WAL with ``synchronous=FULL``, so an acknowledged write survives a crash or a kill.

A state file has one owner: the emulator holds an exclusive ``flock`` on ``<file>.lock`` for as long as it
runs, and a second one on the same file stops at start-up with ``StateInUse`` (two writers would each
keep their own counters, rate limits and clocks and disagree). A state file deleted or replaced under a
running emulator is noticed: every write checks first, reads at most once a second, and from then on the
emulator answers 503 (in the vendor's envelope) rather than acknowledge writes into an unlinked file that
a restart would never see; it does not exit, so clients learn why instead of meeting a closed port.
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

log = logging.getLogger("emulators")
ALIVE_CHECK_INTERVAL = 1.0  # seconds between checks on reads; writes always check


class StateInUse(RuntimeError):
    """Another process holds the state file."""


class Storage:
    def __init__(self, path: str | Path | None = None) -> None:
        self.path = str(path) if path else ":memory:"
        self._lock_fd: int | None = None
        self._identity: tuple[int, int] | None = None
        self._checked = 0.0
        self.lost = False
        if self.path != ":memory:":
            self._lock_fd = _lock(self.path)
        # The server runs handlers on one event-loop thread; check_same_thread only guards misuse we don't do.
        self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA foreign_keys = ON")
        if self.path != ":memory:":
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = FULL")
            stat = os.stat(self.path)
            self._identity = (stat.st_dev, stat.st_ino)
        self._depth = 0

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
        """A write transaction; nested use joins the outer one. Commits on success, rolls back on error."""
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

    def execute(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        return self.db.execute(sql, params)

    def one(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self.db.execute(sql, params).fetchone()
        return row

    def all(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        return list(self.db.execute(sql, params).fetchall())

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.db.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def script(self, sql: str) -> None:
        self.db.executescript(sql)

    def close(self) -> None:
        self.db.close()
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


def order_by(fields: Sequence[tuple[str, bool]], allowed: dict[str, str], tiebreak: str) -> str:
    """An ``ORDER BY`` clause from (field, descending) pairs, mapping API names to whitelisted SQL columns.

    Only names in ``allowed`` reach SQL, so callers may pass user input; ``tiebreak`` keeps paging stable.
    """
    parts = [f"{allowed[name]} {'DESC' if desc else 'ASC'}" for name, desc in fields if name in allowed]
    parts.append(tiebreak)
    return "ORDER BY " + ", ".join(parts)
