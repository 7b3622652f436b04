"""Charon ``listDocuments`` page cost at 100 and at 1,000,000 documents (issue: a page at a million costs at
most twice a page at a hundred).

    python -m tests.bench.charon_listing [--large 1000000] [--small 100] [--repeat 30]

Builds two data sources in one temporary SQLite state file with the emulator's tables and row layout
(``emulators/charon/store.py``: a document row and one value row per property), then times the same page
queries on each through ``emulators.charon.listing.page``: an unfiltered first page, a page sorted by an
integer property, a filter with the same 50 matches in both collections, a filter whose matches grow with
the collection (its total counts them all), and a later page (skip 50). Reports the median per query, the
ratio large/small and each query's total. Nothing is asserted on the times: machines are noisy.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from emulators.charon import listing, store
from emulators.charon.schemas import parse_schema
from emulators.charon.tables import SCHEMA
from emulators.core.storage import Storage

ITEM = parse_schema(
    {
        "Id": "5a1b2c3d4e5f60718293a4b5",
        "Name": "Item",
        "Properties": [
            {"Name": "Id", "DataType": 0, "Uniqueness": 1},
            {"Name": "Name", "DataType": 0},
            {"Name": "Damage", "DataType": 13},
            {"Name": "Batch", "DataType": 13},
        ],
    }
)
QUERIES: dict[str, dict[str, Any]] = {
    "first page": {"take": 25},
    "sorted by Damage desc": {"take": 25, "sorters": [{"property": "Damage", "direction": "descending"}]},
    # The same 50 matches in both collections: what the page costs as the collection grows.
    "filter Batch = 1": {
        "take": 25,
        "filters": [{"property": "Batch", "operator": "equal", "value": 1, "caseSensitive": False}],
    },
    # 1 match among 100 but 1,000 among 1,000,000: the total counts every match, so this one grows with the
    # matches (their index entries), not with the collection.
    "filter Damage = 7": {
        "take": 25,
        "filters": [{"property": "Damage", "operator": "equal", "value": 7, "caseSensitive": False}],
    },
    "skip 50": {"take": 25, "skip": 50},
}


def fill(storage: Storage, scope: str, count: int) -> None:
    """``count`` documents in the layout ``store.put`` writes, inserted in batches (put one by one would
    take minutes at a million)."""
    batch = 20_000
    with storage.transaction():
        for start in range(0, count, batch):
            documents, values = [], []
            for seq in range(start + 1, min(count, start + batch) + 1):
                name = f"Item number {seq}"
                document: dict[str, Any] = {
                    "Id": f"item-{seq}",
                    "Name": name,
                    "Damage": seq % 1000,
                    "Batch": (seq - 1) // 50,
                }
                key = store.key_of(document["Id"])
                documents.append((scope, ITEM.id, key, seq, store.dumps(document), name.lower()))
                for prop in ITEM.properties:
                    text, folded, number = store.indexed_value(document[prop.name], prop.data_type)
                    values.append((scope, ITEM.id, key, prop.name, text, folded, number, seq))
            storage.execute_many(
                "INSERT INTO charon_documents (scope, schema_id, doc_key, seq, body, search)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                documents,
            )
            storage.execute_many(
                "INSERT INTO charon_document_values"
                " (scope, schema_id, doc_key, property, text_value, folded_value, number_value, seq)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                values,
            )
        storage.execute(
            "INSERT INTO charon_collection_sizes (scope, schema_id, size) VALUES (?, ?, ?)",
            (scope, ITEM.id, count),
        )
    storage.execute("ANALYZE")


def timed(storage: Storage, scope: str, body: dict[str, Any], repeat: int) -> tuple[float, int]:
    """(median seconds, total matches) of ``repeat`` runs of one page query."""
    samples, total = [], 0
    for _ in range(repeat):
        started = time.perf_counter()
        documents, total = listing.page(storage, scope, ITEM, body)
        samples.append(time.perf_counter() - started)
        if not documents:
            raise SystemExit(f"no document in the page of {body}: the benchmark's data is wrong")
    return statistics.median(samples), total


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--large", type=int, default=1_000_000)
    parser.add_argument("--small", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        storage = Storage(Path(folder) / "state.db")
        storage.script(SCHEMA.format(serial=storage.dialect.serial_key))
        started = time.perf_counter()
        fill(storage, "small", args.small)
        fill(storage, "large", args.large)
        print(f"filled {args.small} + {args.large} documents in {time.perf_counter() - started:.1f} s")
        for name, body in QUERIES.items():
            small, small_total = timed(storage, "small", body, args.repeat)
            large, large_total = timed(storage, "large", body, args.repeat)
            print(
                f"{name:24} {small * 1000:8.3f} ms  {large * 1000:8.3f} ms  ratio {large / small:5.2f}"
                f"  (total {small_total} / {large_total})"
            )
        storage.close()


if __name__ == "__main__":
    main()
