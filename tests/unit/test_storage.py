"""The storage interface on both backends: SQLite (memory and file) and PostgreSQL (when the test server is
set, see tests/postgres.py). The same calls must mean the same thing on each, vendor SQL included."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from emulators.core.storage import Storage, UnstorableValue, split_script
from tests.postgres import fresh_database

SCHEMA = """
CREATE TABLE IF NOT EXISTS items (
    id {serial},
    name TEXT NOT NULL,
    amount INTEGER NOT NULL DEFAULT 0,
    flag INTEGER,
    doc TEXT
); -- a comment; with a semicolon in it
CREATE INDEX IF NOT EXISTS items_name ON items (name);
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
"""


def open_storage(backend: str, tmp_path: Path) -> Storage:
    if backend == "sqlite-file":
        return Storage(tmp_path / "state.db")
    if backend == "postgresql":
        return Storage(fresh_database("storage"))
    return Storage()


@pytest.fixture(params=["sqlite", "sqlite-file", "postgresql"])
def storage(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Storage]:
    opened = open_storage(request.param, tmp_path)
    opened.script(SCHEMA.format(serial=opened.dialect.serial_key))
    try:
        yield opened
    finally:
        opened.close()


def test_placeholders_rows_by_name_and_position_and_literal_marks(storage: Storage) -> None:
    storage.execute("INSERT INTO items (name, amount) VALUES (?, ?)", ("100% sure?", 7))
    row = storage.one("SELECT id, name, amount FROM items WHERE name LIKE '100%' AND name <> '?'")
    assert row is not None
    assert (row["name"], row["amount"], row[2]) == ("100% sure?", 7, 7)
    assert list(row.keys()) == ["id", "name", "amount"]
    assert storage.scalar("SELECT count(*) FROM items WHERE amount = ?", (7,)) == 1
    assert storage.scalar("SELECT name FROM items WHERE amount = ?", (8,)) is None


def test_schema_creation_is_idempotent(storage: Storage) -> None:
    storage.execute("INSERT INTO items (name) VALUES ('kept')")
    storage.script(SCHEMA.format(serial=storage.dialect.serial_key))
    assert storage.has_table("items") and storage.has_table("counters")
    assert not storage.has_table("missing")
    assert storage.scalar("SELECT name FROM items") == "kept"


def test_add_column_migrates_once_and_keeps_the_rows(storage: Storage) -> None:
    storage.execute("INSERT INTO items (name) VALUES ('old')")
    assert storage.add_column("items", "owner", "TEXT NOT NULL DEFAULT ''") is True
    assert storage.add_column("items", "owner", "TEXT NOT NULL DEFAULT ''") is False  # idempotent
    assert storage.scalar("SELECT owner FROM items WHERE name = 'old'") == ""
    storage.execute("INSERT INTO items (name, owner) VALUES ('new', 'me')")
    assert storage.scalar("SELECT count(*) FROM items WHERE owner = ?", ("me",)) == 1
    with pytest.raises(RuntimeError), storage.transaction():  # inside a transaction: rolled back with it
        storage.add_column("items", "later", "INTEGER")
        raise RuntimeError
    assert storage.add_column("items", "later", "INTEGER") is True


def test_transaction_commits_rolls_back_and_nests(storage: Storage) -> None:
    with storage.transaction():
        storage.execute("INSERT INTO items (name) VALUES ('one')")
        with storage.transaction():  # joins the outer one
            storage.execute("INSERT INTO items (name) VALUES ('two')")
    with pytest.raises(RuntimeError), storage.transaction():
        storage.execute("INSERT INTO items (name) VALUES ('three')")
        with storage.transaction():
            storage.execute("INSERT INTO items (name) VALUES ('four')")
        raise RuntimeError("the handler failed")
    assert [r["name"] for r in storage.all("SELECT name FROM items ORDER BY id")] == ["one", "two"]


def test_a_statement_failing_inside_a_transaction_rolls_it_back_and_the_storage_goes_on(
    storage: Storage,
) -> None:
    for _ in range(6):  # more times than a pool has connections: each one is returned clean
        with pytest.raises(Exception, match=r"(?i)unique|constraint"), storage.transaction():
            storage.execute("INSERT INTO items (id, name) VALUES (1, 'first')")
            storage.execute("INSERT INTO items (id, name) VALUES (1, 'again')")  # the same key
    assert storage.scalar("SELECT count(*) FROM items") == 0
    with storage.transaction():
        storage.execute("INSERT INTO items (name) VALUES ('after')")
    assert [r["name"] for r in storage.all("SELECT name FROM items")] == ["after"]


def test_serial_keys_are_never_reused_until_clear(storage: Storage) -> None:
    first = storage.scalar("INSERT INTO items (name) VALUES ('a') RETURNING id")
    second = storage.scalar("INSERT INTO items (name) VALUES ('b') RETURNING id")
    storage.execute("DELETE FROM items WHERE id = ?", (second,))
    third = storage.scalar("INSERT INTO items (name) VALUES ('c') RETURNING id")
    assert first < second < third
    storage.clear(["items", "counters"])
    assert storage.scalar("SELECT count(*) FROM items") == 0
    assert storage.scalar("INSERT INTO items (name) VALUES ('d') RETURNING id") == 1


def test_any_of_binds_any_number_of_values_as_one_parameter(storage: Storage) -> None:
    sql = storage.dialect
    for name in ("a", "b", "c"):
        storage.execute("INSERT INTO items (name) VALUES (?)", (name,))
    many = ["a", "c", *(f"x{i}" for i in range(40_000))]  # beyond SQLite's cap on variables per statement
    rows = storage.all(
        f"SELECT name FROM items WHERE {sql.any_of('name')} ORDER BY name", (sql.values(many),)
    )
    assert [r["name"] for r in rows] == ["a", "c"]
    assert storage.all(f"SELECT name FROM items WHERE {sql.any_of('id')}", (sql.values([]),)) == []
    ids = [r["id"] for r in storage.all("SELECT id FROM items WHERE name <> 'b'")]
    storage.execute(f"DELETE FROM items WHERE {sql.any_of('id')}", (sql.values(ids),))
    assert [r["name"] for r in storage.all("SELECT name FROM items")] == ["b"]


def test_json_field_sorts_numbers_as_numbers_and_missing_as_null(storage: Storage) -> None:
    for name, doc in (("ten", '{"n": 10}'), ("nine", '{"n": 9}'), ("none", "{}"), ("hundred", '{"n": 100}')):
        storage.execute("INSERT INTO items (name, doc) VALUES (?, ?)", (name, doc))
    field = storage.dialect.json_field("doc", "n")
    rows = storage.all(f"SELECT name FROM items WHERE {field} IS NOT NULL ORDER BY {field}")
    assert [r["name"] for r in rows] == ["nine", "ten", "hundred"]


def test_upsert_counter_and_portable_insert_or_ignore(storage: Storage) -> None:
    for _ in range(3):
        storage.execute(
            "INSERT INTO counters (name, value) VALUES ('c', 1) "
            "ON CONFLICT (name) DO UPDATE SET value = counters.value + 1"
        )
    storage.execute("INSERT INTO counters (name, value) VALUES ('c', 99) ON CONFLICT DO NOTHING")
    assert storage.scalar("SELECT value FROM counters WHERE name = 'c'") == 3


def test_booleans_are_stored_as_integers_and_sums_are_numbers(storage: Storage) -> None:
    storage.execute("INSERT INTO items (name, flag, amount) VALUES ('t', ?, 2)", (True,))
    storage.execute("INSERT INTO items (name, flag, amount) VALUES ('f', ?, 3)", (False,))
    assert storage.scalar("SELECT flag FROM items WHERE name = 't'") == 1
    assert storage.scalar("SELECT count(*) FROM items WHERE flag = ?", (False,)) == 1
    total = storage.scalar("SELECT COALESCE(SUM(amount), 0) FROM items")
    assert total == 5 and isinstance(total, int)


def test_a_value_the_database_cannot_hold_is_the_requests_fault(storage: Storage) -> None:
    # SQLite refuses a 65-bit integer in the driver (OverflowError); PostgreSQL in the server. The app
    # answers both with the vendor's validation status (tests/unit/test_emulator_core.py).
    with pytest.raises((OverflowError, UnstorableValue)):
        storage.execute("INSERT INTO items (name, amount) VALUES ('big', ?)", (2**70,))
    if storage.dialect.name == "postgresql":
        with pytest.raises(UnstorableValue, match="NUL"):
            storage.execute("INSERT INTO items (name) VALUES (?)", ("a\x00b",))
    assert storage.scalar("SELECT count(*) FROM items") == 0


@pytest.mark.parametrize("backend", ["sqlite-file", "postgresql"])
def test_concurrent_read_modify_write_transactions_lose_nothing(backend: str, tmp_path: Path) -> None:
    """Eight writers, each on its own connection (as eight worker processes would be), read a counter and
    write it back plus one inside ``transaction()``: the database's lock serialises them."""
    first = open_storage(backend, tmp_path)
    first.script(SCHEMA.format(serial=first.dialect.serial_key))
    first.execute("INSERT INTO counters (name, value) VALUES ('n', 0)")
    state = str(tmp_path / "state.db") if backend == "sqlite-file" else getattr(first, "url", "")
    writers = [Storage(state, owned=False) for _ in range(8)]
    rounds = 15

    def work(storage: Storage) -> None:
        for _ in range(rounds):
            with storage.transaction():
                value = storage.scalar("SELECT value FROM counters WHERE name = 'n'")
                storage.execute("UPDATE counters SET value = ? WHERE name = 'n'", (value + 1,))

    threads = [threading.Thread(target=work, args=(w,)) for w in writers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    try:
        assert first.scalar("SELECT value FROM counters WHERE name = 'n'") == 8 * rounds
    finally:
        for storage in (*writers, first):
            storage.close()


def test_split_script_keeps_semicolons_in_comments_and_literals_out_of_the_split() -> None:
    script = "CREATE TABLE a (x TEXT DEFAULT ';'); -- one; two\nCREATE TABLE b (y INTEGER);"
    assert list(split_script(script)) == ["CREATE TABLE a (x TEXT DEFAULT ';')", "CREATE TABLE b (y INTEGER)"]


def test_placeholders_are_translated_outside_quotes_only() -> None:
    from emulators.core.storage_postgres import to_postgres_ddl, to_pyformat

    sql = "SELECT '?', \"a?\", x FROM t WHERE a = ? AND b LIKE '5%' AND c % 2 = ?"
    assert to_pyformat(sql) == "SELECT '?', \"a?\", x FROM t WHERE a = %s AND b LIKE '5%%' AND c %% 2 = %s"
    assert to_postgres_ddl("id INTEGER PRIMARY KEY AUTOINCREMENT, n INTEGER, r REAL") == (
        "id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, n BIGINT, r DOUBLE PRECISION"
    )


def test_a_postgresql_url_selects_postgresql_and_an_unreachable_one_is_refused() -> None:
    from emulators.core.storage import StateUnavailable

    with pytest.raises(StateUnavailable, match="cannot use --state"):
        Storage("postgresql:///nothing?host=/nonexistent-socket-dir&connect_timeout=1")
