"""One small storage layer over SQLite: in memory by default, a durable file with ``--state``.

Writes go through ``transaction()``, which commits before the handler's response is sent; with a file, the
journal is WAL with ``synchronous=FULL``, so an acknowledged write survives a crash or a kill.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any


class Storage:
    def __init__(self, path: str | Path | None = None) -> None:
        self.path = str(path) if path else ":memory:"
        # The server runs handlers on one event-loop thread; check_same_thread only guards misuse we don't do.
        self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA foreign_keys = ON")
        if self.path != ":memory:":
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = FULL")
        self._depth = 0

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


def order_by(fields: Sequence[tuple[str, bool]], allowed: dict[str, str], tiebreak: str) -> str:
    """An ``ORDER BY`` clause from (field, descending) pairs, mapping API names to whitelisted SQL columns.

    Only names in ``allowed`` reach SQL, so callers may pass user input; ``tiebreak`` keeps paging stable.
    """
    parts = [f"{allowed[name]} {'DESC' if desc else 'ASC'}" for name, desc in fields if name in allowed]
    parts.append(tiebreak)
    return "ORDER BY " + ", ".join(parts)
