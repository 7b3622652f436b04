"""A list page at scale: Make's records page (``pg[limit]=100``) in a store of 1,000,000 records against
the same page in a store of 100, measured in the same run on the same emulator (one SQLite state file).

The big store is filled with SQL straight into the state file while the emulator is stopped (a million
API calls would take longer than the benchmark): the rows are what ``createDataStoreRecord`` writes, and
the store's counters are set to match. Reported: the first page, and a page at offset 500,000 beside it.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from emulators.testing import free_port, mount_path
from tests.bench.harness import AUTH, TOKEN, Server, server, wrk

SMALL = 100
PAGE = 100


@dataclass
class ScaleResult:
    records: int
    small: list[float]  # requests/s, one per round
    first: list[float]
    deep: list[float]

    @property
    def first_ratio(self) -> float:
        """How many times longer the first page takes at ``records`` than at ``SMALL`` (median of rounds)."""
        return statistics.median(s / b for s, b in zip(self.small, self.first, strict=True))

    @property
    def deep_ratio(self) -> float:
        return statistics.median(s / b for s, b in zip(self.small, self.deep, strict=True))


@contextmanager
def make_emulator(state: Path, logs: Path, probe: str = "/data-stores?teamId=1") -> Iterator[Server]:
    port = free_port()
    base = f"http://127.0.0.1:{port}{mount_path('make')}"
    args = [
        sys.executable,
        "-m",
        "emulators",
        "make",
        "--port",
        str(port),
        "--token",
        TOKEN,
        "--state",
        str(state),
    ]
    with server("emulator (make records page)", args, base + probe, AUTH, logs) as running:
        yield running


def base_of(running: Server) -> str:
    return running.url.split("/data-stores")[0]


def fill(state: Path, store_id: int, records: int) -> None:
    """``records`` records in store ``store_id``, as ``createDataStoreRecord`` stores them."""
    rows = ((store_id, f"k{i:07d}", f'{{"n":{i}}}', len(f'{{"n":{i}}}')) for i in range(records))
    db = sqlite3.connect(state, isolation_level=None)
    try:
        db.execute("BEGIN")
        db.executemany("INSERT INTO make_records (store_id, key, data, size) VALUES (?, ?, ?, ?)", rows)
        db.execute(
            "UPDATE make_data_stores SET records = (SELECT count(*) FROM make_records WHERE store_id = ?), "
            "size = (SELECT coalesce(sum(size), 0) FROM make_records WHERE store_id = ?) WHERE id = ?",
            (store_id, store_id, store_id),
        )
        db.execute("COMMIT")
    finally:
        db.close()


def list_at_scale(
    wrk_bin: str, logs: Path, *, records: int, seconds: int, rounds: int, connections: int
) -> ScaleResult:
    state = logs / "scale.sqlite3"
    with make_emulator(state, logs) as running:
        base = base_of(running)
        with httpx.Client(base_url=base, headers=AUTH, timeout=30) as http:
            ids = []
            for name in ("small", "big"):
                made = http.post("/data-stores", json={"name": name, "teamId": 1, "maxSizeMB": 1024})
                made.raise_for_status()
                ids.append(made.json()["dataStore"]["id"])
            for i in range(SMALL):
                http.post(
                    f"/data-stores/{ids[0]}/data", json={"key": f"k{i}", "data": {"n": i}}
                ).raise_for_status()
    fill(state, ids[1], records)
    with make_emulator(state, logs) as running:
        base = base_of(running)
        urls = {
            "small": f"{base}/data-stores/{ids[0]}/data?pg%5Blimit%5D={PAGE}",
            "first": f"{base}/data-stores/{ids[1]}/data?pg%5Blimit%5D={PAGE}",
            "deep": f"{base}/data-stores/{ids[1]}/data?pg%5Blimit%5D={PAGE}&pg%5Boffset%5D={records // 2}",
        }
        rates: dict[str, list[float]] = {name: [] for name in urls}
        for url in urls.values():
            running.url = url
            wrk(wrk_bin, running, 1, connections)  # warm-up: the page cache, the code paths
        for round_no in range(rounds):
            order = list(urls) if round_no % 2 == 0 else list(urls)[::-1]
            for name in order:
                running.url = urls[name]
                rates[name].append(wrk(wrk_bin, running, seconds, connections).rate)
    return ScaleResult(records, rates["small"], rates["first"], rates["deep"])


def report(result: ScaleResult) -> list[tuple[str, bool | None]]:
    med = statistics.median
    print(f"records page (pg[limit]={PAGE}), requests/s, median of {len(result.small)} round(s):")
    print(f"  store of {SMALL:,} records, first page      {med(result.small):>8.0f}")
    print(f"  store of {result.records:,} records, first page  {med(result.first):>8.0f}")
    print(f"  store of {result.records:,} records, offset {result.records // 2:,}  {med(result.deep):>8.0f}")
    lines: list[tuple[str, bool | None]] = []
    for name, ratio in (
        ("first page", result.first_ratio),
        (f"offset {result.records // 2:,}", result.deep_ratio),
    ):
        ok = ratio <= 2
        lines.append(
            (
                f"VERDICT list at {result.records:,} / at {SMALL} ({name}) <= 2: "
                f"{'PASS' if ok else 'FAIL'} ({ratio:.2f}; time per page, median of rounds)",
                ok,
            )
        )
    return lines
