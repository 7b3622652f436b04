"""The last requests the emulator answered, for assertions (``GET /_emulator/requests``).

Bounded (``MAX_ENTRIES``, oldest dropped first) so a long-running emulator's memory stays flat; the
control plane's own requests are not recorded, so a test sees only what its client sent.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import asdict, dataclass
from typing import Any

MAX_ENTRIES = 1000
# Where the app leaves the matched operation's id in the ASGI scope for the log.
OPERATION_KEY = "emulator.operation_id"
CONTROL_PREFIX = "/_emulator/"


@dataclass(frozen=True, slots=True)
class LoggedRequest:
    seq: int
    method: str
    path: str
    query: str
    status: int
    operation_id: str | None
    duration_ms: float
    fault: int | None  # id of the injected fault that answered or delayed it

    def describe(self) -> dict[str, Any]:
        out = asdict(self)
        out["operationId"] = out.pop("operation_id")
        out["durationMs"] = out.pop("duration_ms")
        return out


class RequestLog:
    def __init__(self, max_entries: int = MAX_ENTRIES) -> None:
        self._entries: deque[LoggedRequest] = deque(maxlen=max_entries)
        self._seq = 0
        self._lock = threading.Lock()

    def record(
        self,
        method: str,
        path: str,
        query: str,
        status: int,
        operation_id: str | None,
        duration_ms: float,
        fault: int | None = None,
    ) -> None:
        with self._lock:
            self._seq += 1
            self._entries.append(
                LoggedRequest(
                    self._seq, method, path, query, status, operation_id, round(duration_ms, 3), fault
                )
            )

    def record_call(self, scope: Any, status: int, started: float, fault: Any = None) -> None:
        """Log one answered ASGI request (``started``: its ``time.perf_counter()``); not control calls."""
        path = scope.get("path", "")
        if path.startswith(CONTROL_PREFIX):
            return
        self.record(
            scope.get("method", ""),
            path,
            scope.get("query_string", b"").decode("latin-1"),
            status,
            scope.get(OPERATION_KEY),
            (time.perf_counter() - started) * 1000,
            getattr(fault, "id", None),
        )

    def list(self, since: int = 0) -> list[dict[str, Any]]:
        return [entry.describe() for entry in list(self._entries) if entry.seq > since]

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
