"""Offset paging that costs O(n/B + B) instead of O(offset): block counts over a sequence column.

``LIMIT ? OFFSET 500000`` walks half a million index entries even when an index serves the order (about
100 ms per request at a million rows), and an API that pages by offset (no cursor) cannot use keyset
paging as it is. So, per parent row, a side table counts how many child rows each block of consecutive
sequence numbers holds, at two sizes (``SPANS``: 1,024 and 65,536 numbers). The row at offset ``k`` is
found coarse to fine: the large block holding it (a running sum over at most n/65,536 counts), the small
block inside that (at most 64 counts), then a walk of at most 1,024 index entries; the page is a keyset
range from that row. Plain SQL (``?`` placeholders, a window sum), so any backend runs it.

The counts are kept by the writes (``added`` per insert; ``recount`` after deletes) and rebuilt at start-up
when they disagree with the rows (a state file from before this table, or written by other means).
"""

from __future__ import annotations

from dataclasses import dataclass

from emulators.core.storage import Storage

SPANS = (1024, 65536)  # sequence numbers per block, finest first; each a multiple of the one before


@dataclass(frozen=True)
class BlockCounts:
    """Block counts of ``rows`` (child table) by ``parent`` column and ``seq`` column, in table ``name``."""

    name: str
    rows: str
    parent: str
    seq: str
    parent_table: str
    parent_key: str = "id"
    spans: tuple[int, ...] = SPANS

    def schema(self) -> str:
        return f"""
CREATE TABLE IF NOT EXISTS {self.name} (
    parent_id BIGINT NOT NULL REFERENCES {self.parent_table} ({self.parent_key}) ON DELETE CASCADE,
    span INTEGER NOT NULL,
    block BIGINT NOT NULL,
    count BIGINT NOT NULL,
    PRIMARY KEY (parent_id, span, block)
);
"""

    def _group(self, storage: Storage, where: str, params: tuple[int, ...] = ()) -> None:
        for span in self.spans:
            storage.execute(
                f"INSERT INTO {self.name} (parent_id, span, block, count) "
                f"SELECT {self.parent}, {span}, {self.seq} / {span}, COUNT(*) FROM {self.rows} {where} "
                f"GROUP BY {self.parent}, {self.seq} / {span}",
                params,
            )

    def rebuild_if_stale(self, storage: Storage) -> None:
        """At start-up: recount everything when the counts do not add up to the rows."""
        counted = storage.scalar(f"SELECT COALESCE(SUM(count), 0) FROM {self.name}")
        if counted != len(self.spans) * storage.scalar(f"SELECT COUNT(*) FROM {self.rows}"):
            with storage.transaction():
                storage.execute(f"DELETE FROM {self.name}")
                self._group(storage, "")

    def added(self, storage: Storage, parent_id: int, seq: int) -> None:
        """One row inserted (inside the writer's transaction)."""
        for span in self.spans:
            storage.execute(
                f"INSERT INTO {self.name} (parent_id, span, block, count) VALUES (?, ?, ?, 1) "
                f"ON CONFLICT (parent_id, span, block) DO UPDATE SET count = {self.name}.count + 1",
                (parent_id, span, seq // span),
            )

    def recount(self, storage: Storage, parent_id: int) -> None:
        """After rows of ``parent_id`` were deleted (inside the writer's transaction)."""
        storage.execute(f"DELETE FROM {self.name} WHERE parent_id = ?", (parent_id,))
        self._group(storage, f"WHERE {self.parent} = ?", (parent_id,))

    def seq_at(self, storage: Storage, parent_id: int, offset: int) -> int | None:
        """The ``seq`` of ``parent_id``'s row at ``offset`` (0-based, in ``seq`` order); None past the end."""
        remaining, first, end = offset, 0, None  # the search range of sequence numbers: [first, end)
        for span in reversed(self.spans):
            low, high = first // span, (end // span if end is not None else None)
            bounds, params = "parent_id = ? AND span = ? AND block >= ?", [parent_id, span, low]
            if high is not None:
                bounds += " AND block < ?"
                params.append(high)
            # The first block whose running total passes the offset, then the rows before it; both read
            # the primary key's range (an outer ORDER BY over the window would sort).
            block = storage.scalar(
                f"SELECT MIN(block) FROM (SELECT block, SUM(count) OVER (ORDER BY block) AS running "
                f"FROM {self.name} WHERE {bounds}) AS counted WHERE running > ?",
                (*params, remaining),
            )
            if block is None:
                return None
            remaining -= storage.scalar(
                f"SELECT COALESCE(SUM(count), 0) FROM {self.name} "
                "WHERE parent_id = ? AND span = ? AND block >= ? AND block < ?",
                (parent_id, span, low, block),
            )
            first, end = block * span, (block + 1) * span
        seq: int | None = storage.scalar(
            f"SELECT {self.seq} FROM {self.rows} WHERE {self.parent} = ? AND {self.seq} >= ? "
            f"ORDER BY {self.seq} LIMIT 1 OFFSET ?",
            (parent_id, first, remaining),
        )
        return seq
