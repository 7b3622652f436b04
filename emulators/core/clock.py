"""Where vendor modules get time and randomness, so a run can be made deterministic.

By default ``Clock`` is the wall clock and ``Entropy`` the OS's randomness. With a seed (``--seed N``),
``Entropy`` draws every id, key and trace id from ``random.Random(N)`` and ``Clock`` is frozen at
``DETERMINISTIC_START`` and moves only when told to (``POST /_emulator/clock``), so two runs of the same
requests give byte-identical responses. The clock can be set or advanced in either mode (e.g. to skip a
rate-limit window instead of waiting); a non-frozen clock keeps running from where it was set.
"""

from __future__ import annotations

import random
import secrets
import threading
import time
import uuid
from datetime import UTC, datetime

# 2026-01-01T00:00:00Z: a fixed, recognisable start for deterministic runs.
DETERMINISTIC_START = 1767225600.0


class Clock:
    def __init__(self, *, frozen_at: float | None = None) -> None:
        self.frozen = frozen_at is not None
        self._frozen_at = frozen_at or 0.0
        self._offset = 0.0
        self._lock = threading.Lock()

    def now(self) -> float:
        """Seconds since the epoch (UTC)."""
        return self._frozen_at if self.frozen else time.time() + self._offset

    def monotonic(self) -> float:
        """For intervals (rate-limit windows): moves with ``set``/``advance`` as ``now`` does."""
        return self._frozen_at if self.frozen else time.monotonic() + self._offset

    def utc(self) -> datetime:
        return datetime.fromtimestamp(self.now(), UTC)

    def set(self, epoch_seconds: float) -> None:
        with self._lock:
            if self.frozen:
                self._frozen_at = epoch_seconds
            else:
                self._offset = epoch_seconds - time.time()

    def advance(self, seconds: float) -> None:
        with self._lock:
            if self.frozen:
                self._frozen_at += seconds
            else:
                self._offset += seconds

    def describe(self) -> dict[str, object]:
        return {
            "now": self.utc().isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            "epochSeconds": self.now(),
            "frozen": self.frozen,
        }


class Entropy:
    """Random ids and keys: from the OS, or from one seeded generator (deterministic runs)."""

    def __init__(self, seed: int | None = None) -> None:
        self.seed = seed
        self._random = random.Random(seed) if seed is not None else None

    def token_hex(self, nbytes: int) -> str:
        if self._random is None:
            return secrets.token_hex(nbytes)
        return self._random.getrandbits(nbytes * 8).to_bytes(nbytes, "big").hex()

    def uuid4(self) -> uuid.UUID:
        if self._random is None:
            return uuid.uuid4()
        return uuid.UUID(int=self._random.getrandbits(128), version=4)

    def random(self) -> float:
        return self._random.random() if self._random is not None else random.random()


def deterministic(seed: int | None) -> tuple[Clock, Entropy]:
    """The clock and entropy for a run: frozen and seeded with ``seed``, live and random without."""
    if seed is None:
        return Clock(), Entropy()
    return Clock(frozen_at=DETERMINISTIC_START), Entropy(seed)
