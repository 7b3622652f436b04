"""Block counts (emulators/core/blocks.py): the row at any offset, after inserts, deletes and rebuilds."""

from __future__ import annotations

import pytest

from emulators.core.blocks import BlockCounts
from emulators.core.storage import Storage

COUNTS = BlockCounts("child_blocks", "child", "parent_id", "seq", "parent", spans=(2, 6))


@pytest.fixture
def storage() -> Storage:
    db = Storage()
    db.script(
        "CREATE TABLE parent (id INTEGER PRIMARY KEY);"
        "CREATE TABLE child (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
        " parent_id INTEGER NOT NULL REFERENCES parent (id) ON DELETE CASCADE);"
        "INSERT INTO parent (id) VALUES (1), (2);" + COUNTS.schema()
    )
    return db


def insert(storage: Storage, parent: int, *, counted: bool = True) -> int:
    with storage.transaction():
        seq = int(storage.scalar("INSERT INTO child (parent_id) VALUES (?) RETURNING seq", (parent,)))
        if counted:
            COUNTS.added(storage, parent, seq)
    return seq


def expected(storage: Storage, parent: int) -> list[int]:
    return [
        r["seq"] for r in storage.all("SELECT seq FROM child WHERE parent_id = ? ORDER BY seq", (parent,))
    ]


def assert_every_offset(storage: Storage) -> None:
    for parent in (1, 2):
        seqs = expected(storage, parent)
        found = [COUNTS.seq_at(storage, parent, offset) for offset in range(len(seqs) + 3)]
        assert found == [*seqs, None, None, None], parent


def test_every_offset_after_interleaved_inserts_and_deletes(storage: Storage) -> None:
    for i in range(37):
        insert(storage, 1 if i % 3 else 2)  # blocks shared by both parents, unevenly
    assert_every_offset(storage)
    doomed = expected(storage, 1)[2:11]  # a run spanning whole blocks and parts of others
    with storage.transaction():
        storage.execute(f"DELETE FROM child WHERE seq IN ({', '.join('?' * len(doomed))})", doomed)
        COUNTS.recount(storage, 1)
    assert_every_offset(storage)


def test_stale_counts_are_rebuilt_at_start_up(storage: Storage) -> None:
    for i in range(10):
        insert(storage, 1 + i % 2, counted=i < 4)  # six rows written behind the counts' back
    assert COUNTS.seq_at(storage, 1, 4) is None
    COUNTS.rebuild_if_stale(storage)
    assert_every_offset(storage)


def test_deleting_the_parent_drops_its_counts(storage: Storage) -> None:
    for _ in range(6):
        insert(storage, 2)
    with storage.transaction():
        storage.execute("DELETE FROM parent WHERE id = 2")
    assert storage.scalar("SELECT COUNT(*) FROM child_blocks WHERE parent_id = 2") == 0
