"""The storage interface every vendor module uses, and the choice of backend from ``--state``.

``Storage(state)`` opens SQLite (in memory without ``state``, a file with a path: the default) or
PostgreSQL (``state`` a ``postgresql://`` or ``postgres://`` URL, see ``emulators.core.storage_postgres``).
Both
expose the same calls: ``execute/one/all/scalar/script/transaction`` with ``?`` placeholders, rows read by
column name (or position), ``has_table`` and ``clear``. Vendor SQL is written once, in the portable subset
both engines run (``INSERT ... ON CONFLICT DO NOTHING``, ``RETURNING``, ``lower()``); the few things that
differ are asked of ``storage.dialect`` (``Dialect``), so no vendor module names an engine.

Guarantees, on either backend: a write acknowledged by a handler is committed (``transaction()`` commits
before the response is sent), and writers never interleave (SQLite's ``BEGIN IMMEDIATE``, PostgreSQL's
transaction-scoped advisory lock), so several processes sharing one state lose nothing.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, ClassVar, Protocol

POSTGRES_SCHEMES = ("postgresql://", "postgres://")


class StateInUse(RuntimeError):
    """Another process holds the state file."""


class StateUnavailable(RuntimeError):
    """The state cannot be opened (a database that refuses the connection, a bad URL)."""


class UnstorableValue(ValueError):
    """A value the database cannot hold (an integer beyond 64 bits, a NUL in text): the request's fault."""


class Row(Protocol):
    """A result row: ``row["column"]`` or ``row[0]``; ``keys()`` lists the columns."""

    def __getitem__(self, key: Any, /) -> Any: ...

    def keys(self) -> Any: ...


class Cursor(Protocol):
    """What ``execute`` returns: the rows of a ``SELECT`` or ``RETURNING``, and how many rows changed."""

    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> Any: ...


class Watch(Protocol):
    def changed(self) -> bool:
        """Whether a notification came since the last call (or some may have been missed): never blocks."""
        ...

    def close(self) -> None: ...


class Dialect:
    """The few SQL fragments the engines spell differently (this one: SQLite's)."""

    name: ClassVar[str] = "sqlite"
    #: The column type of an auto-assigned integer key that never reuses a value.
    serial_key: ClassVar[str] = "INTEGER PRIMARY KEY AUTOINCREMENT"

    def any_of(self, column: str) -> str:
        """``column`` equals one of the values bound to one ``?`` (pass ``values(...)`` for it).

        One parameter for any number of values: SQLite caps the variables per statement.
        """
        return f"{column} IN (SELECT value FROM json_each(?))"

    def values(self, items: Sequence[Any]) -> Any:
        from emulators.core.limits import json_array

        return json_array(items)

    def json_field(self, document: str, name: str) -> str:
        """A top-level member of a JSON text column, comparable and sortable (``name`` must be trusted)."""
        return f"json_extract({document}, '$.\"{name}\"')"

    def text_items(self, placeholder: str = "?") -> str:
        """A table source of the texts bound to one ``placeholder`` (pass ``values(texts)``), with the
        columns ``value`` and ``key`` (the position): many rows written in one statement."""
        return f"json_each({placeholder})"


class Storage:
    """The interface; ``Storage(state)`` returns the backend ``state`` names (see the module docstring)."""

    dialect: Dialect
    #: True when other processes may share this state (a file or a database): see ``emulators.core.shared``.
    shared: bool = False
    lost: bool = False

    def __new__(cls, state: str | Path | None = None, **options: Any) -> Storage:
        if cls is not Storage:
            return super().__new__(cls)
        if isinstance(state, str) and state.startswith(POSTGRES_SCHEMES):
            from emulators.core.storage_postgres import PostgresStorage

            return super().__new__(PostgresStorage)
        from emulators.core.storage_sqlite import SQLiteStorage

        return super().__new__(SQLiteStorage)

    def __init__(self, state: str | Path | None = None, **options: Any) -> None:
        raise NotImplementedError  # pragma: no cover - every backend defines it

    def describe(self) -> str:
        """Where the state lives, for the start-up line (no password)."""
        raise NotImplementedError

    def check_alive(self, *, force: bool = False) -> None:
        """Raise ``ApiProblem`` 503 when the state is gone (see the SQLite backend)."""

    def transaction(self) -> AbstractContextManager[Any]:
        """A write transaction; nested use joins the outer one. Commits on success, rolls back on error."""
        raise NotImplementedError

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Cursor:
        raise NotImplementedError

    def one(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        row: Row | None = self.execute(sql, params).fetchone()
        return row

    def all(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return list(self.execute(sql, params).fetchall())

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.one(sql, params)
        return None if row is None else row[0]

    def execute_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """One statement for each of ``rows`` (bulk inserts: one round trip where the driver allows)."""
        for params in rows:
            self.execute(sql, params)

    def execute_unsynced(self, sql: str, params: Sequence[Any] = ()) -> None:
        """A write committed on its own without waiting for the disk: for diagnostics (the request log),
        never for vendor data. Must not be called inside ``transaction()``."""
        self.execute(sql, params)

    def diagnostics(self) -> Storage:
        """Where diagnostics that are written on every request (the request log) live, shared by the
        processes of this state as the state is: this storage, unless a backend keeps them apart (a SQLite
        file: see there). Opened once and closed with this storage."""
        return self

    def notify(self, channel: str) -> None:
        """Tell every process watching ``channel`` (``watch``) that what it caches changed; inside a
        transaction it is sent at commit. A backend without notifications does nothing (its watchers read
        every time)."""

    def watch(self, channel: str) -> Watch | None:
        """A watch on ``channel``'s notifications, or None when the backend has none."""
        return None

    def script(self, sql: str) -> None:
        """Run ``;``-separated DDL (``CREATE ... IF NOT EXISTS``): idempotent, and safe when several
        processes start on one state at once."""
        raise NotImplementedError

    def has_table(self, name: str) -> bool:
        raise NotImplementedError

    def add_column(self, table: str, column: str, definition: str) -> bool:
        """Add ``column`` (``definition``: its type and constraints, SQLite's ``ALTER TABLE`` rules: a
        ``NOT NULL`` column needs a default) to ``table`` unless it has it: the migration of a state
        written by an older schema. Idempotent and safe when several processes start at once (it runs
        in a write transaction); True when this call added it. ``table``/``column`` must be trusted."""
        raise NotImplementedError

    def clear(self, tables: Sequence[str]) -> None:
        """Empty ``tables`` (parents first) and restart their key sequences, in one transaction."""
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError


def split_script(sql: str) -> Iterator[str]:
    """The statements of a DDL script, without ``--`` comments (a ``;`` in a comment or literal is kept)."""
    statement: list[str] = []
    quote: str | None = None
    i = 0
    while i < len(sql):
        char = sql[i]
        if quote is None and sql.startswith("--", i):
            end = sql.find("\n", i)
            i = len(sql) if end < 0 else end
            continue
        if quote is None and char == ";":
            text = "".join(statement).strip()
            if text:
                yield text
            statement = []
        else:
            if char in ("'", '"'):
                quote = None if quote == char else (quote or char)
            statement.append(char)
        i += 1
    text = "".join(statement).strip()
    if text:
        yield text


def order_by(fields: Sequence[tuple[str, bool]], allowed: dict[str, str], tiebreak: str) -> str:
    """An ``ORDER BY`` clause from (field, descending) pairs, mapping API names to whitelisted SQL columns.

    Only names in ``allowed`` reach SQL, so callers may pass user input; ``tiebreak`` keeps paging stable.
    """
    parts = [f"{allowed[name]} {'DESC' if desc else 'ASC'}" for name, desc in fields if name in allowed]
    parts.append(tiebreak)
    return "ORDER BY " + ", ".join(parts)
