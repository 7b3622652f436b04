"""A vendor-neutral sliding-window rate limiter (exact: a log of the accepted requests per key).

Vendor modules own their limits (which key, how many requests per how many seconds) and ask
``allow(key, limit, window)`` before handling a request; ``None`` lets it through and records it, a number is
the seconds until the oldest counted request leaves the window. The clock is injectable so tests advance a
fake one instead of waiting.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Hashable


class SlidingWindowLimiter:
    """At most ``limit`` accepted requests per key in any ``window`` seconds (a sliding log)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._hits: dict[Hashable, deque[float]] = {}
        self._lock = threading.Lock()

    def allow(self, key: Hashable, limit: int, window: float) -> float | None:
        """Record and allow the request (``None``), or return the seconds to wait before one is allowed.

        Rejected requests are not recorded, so a client that waits the returned time gets through.
        """
        if limit <= 0:
            return float(window)
        now = self.clock()
        with self._lock:
            hits = self._hits.get(key)
            if hits is None:
                hits = self._hits[key] = deque()
            cutoff = now - window
            while hits and hits[0] <= cutoff:
                hits.popleft()
            if len(hits) >= limit:
                # The request that has to leave the window before one more fits in it.
                return max(hits[len(hits) - limit] + window - now, 0.0)
            hits.append(now)
            return None

    def reset(self) -> None:
        """Forget every recorded request."""
        with self._lock:
            self._hits.clear()
