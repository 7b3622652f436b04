"""The emulator's own state in a shared storage (emulators/core/shared.py): two storages on one state stand
for two processes; what one records, the other must count."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from emulators.core.clock import Entropy
from emulators.core.shared import SharedClock, SharedFaults, SharedLimiter, SharedSettings
from emulators.core.storage import Storage
from tests.postgres import fresh_database


@pytest.fixture(params=["sqlite-file", "postgresql"])
def two(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Storage, Storage]]:
    state: str = fresh_database("shared") if request.param == "postgresql" else str(tmp_path / "s.db")
    first = Storage(state)
    second = Storage(state, owned=False)
    try:
        yield first, second
    finally:
        second.close()
        first.close()


def test_a_rate_window_is_counted_across_processes(two: tuple[Storage, Storage]) -> None:
    now = [1000.0]
    limiters = [SharedLimiter(storage, lambda: now[0]) for storage in two]
    assert [limiters[i % 2].allow(("key", "tier"), 3, 10.0) for i in range(3)] == [None, None, None]
    wait = limiters[1].allow(("key", "tier"), 3, 10.0)
    assert wait == pytest.approx(10.0)
    assert limiters[0].allow(("other", "tier"), 3, 10.0) is None  # windows are per key
    now[0] += 10.5
    assert limiters[1].allow(("key", "tier"), 3, 10.0) is None


def test_a_fault_fires_its_times_across_processes_and_a_clock_set_in_one_holds_in_the_other(
    two: tuple[Storage, Storage],
) -> None:
    settings = [SharedSettings(storage) for storage in two]
    faults = [SharedFaults(s, Entropy(1)) for s in settings]
    added = faults[0].add({"target": "getThing", "status": 503, "times": 2})
    fired = []
    for i in range(5):
        settings[i % 2].refresh()  # what the app does once per request
        picked = faults[i % 2].pick("getThing", "/things/1")
        fired.append(picked.id if picked else None)
    assert fired == [added.id, added.id, None, None, None]
    assert faults[1].list() == []

    clocks = [SharedClock(s) for s in settings]
    clocks[0].set(2_000_000_000.0)
    settings[1].refresh()
    assert clocks[1].now() == pytest.approx(2_000_000_000.0, abs=5)
    clocks[1].advance(3600)
    settings[0].refresh()
    assert clocks[0].now() == pytest.approx(2_000_003_600.0, abs=5)
