"""A vendor-neutral sliding-window rate limiter (exact: a log of the accepted requests per key).

Vendor modules own their limits (which key, how many requests per how many seconds) and ask
``allow(key, limit, window)`` before handling a request; ``None`` lets it through and records it, a number is
the seconds until the oldest counted request leaves the window. The clock is injectable so tests advance a
fake one instead of waiting.

Memory is bounded: keys are kept in least-recently-used order, a key whose requests have all left its
window is dropped as soon as it reaches the old end, and beyond ``max_keys`` the least recently used key is
forgotten (a client rotating through more keys than that gets, at worst, a fresh window per key).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Hashable


class SlidingWindowLimiter:
    """At most ``limit`` accepted requests per key in any ``window`` seconds (a sliding log)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic, *, max_keys: int = 10_000) -> None:
        self.clock = clock
        self.max_keys = max_keys
        # key -> (window, accepted request times); least recently used first.
        self._hits: OrderedDict[Hashable, tuple[float, deque[float]]] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._hits)

    def allow(self, key: Hashable, limit: int, window: float) -> float | None:
        """Record and allow the request (``None``), or return the seconds to wait before one is allowed.

        Rejected requests are not recorded, so a client that waits the returned time gets through.
        """
        if limit <= 0:
            return float(window)
        now = self.clock()
        with self._lock:
            self._evict(now)
            entry = self._hits.get(key)
            if entry is None:
                hits: deque[float] = deque()
                self._hits[key] = (window, hits)
                if len(self._hits) > self.max_keys:
                    self._hits.popitem(last=False)
            else:
                hits = entry[1]
                self._hits[key] = (window, hits)
                self._hits.move_to_end(key)
            cutoff = now - window
            while hits and hits[0] <= cutoff:
                hits.popleft()
            if len(hits) >= limit:
                # The request that has to leave the window before one more fits in it.
                return max(hits[len(hits) - limit] + window - now, 0.0)
            hits.append(now)
            return None

    def _evict(self, now: float) -> None:
        """Drop keys, oldest use first, whose every recorded request has left its window."""
        while self._hits:
            key, (window, hits) = next(iter(self._hits.items()))
            if hits and hits[-1] > now - window:
                return
            del self._hits[key]

    def reset(self) -> None:
        """Forget every recorded request."""
        with self._lock:
            self._hits.clear()
