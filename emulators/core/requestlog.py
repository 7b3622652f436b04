"""The last requests the emulator answered, for assertions (``GET /_emulator/requests``).

Bounded (``MAX_ENTRIES``, oldest dropped first) so a long-running emulator's memory stays flat; the
control plane's own requests are not recorded, so a test sees only what its client sent.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from typing import Any

MAX_ENTRIES = 1000
# Where the app leaves the matched operation's id in the ASGI scope for the log.
OPERATION_KEY = "emulator.operation_id"
CONTROL_PREFIX = "/_emulator/"


# One entry as recorded: (seq, method, path, query, status, operationId, duration in ms, fault id). A plain
# tuple, turned into its JSON shape only when the log is read: recording is on every request's path.
Entry = tuple[int, str, str, str, int, str | None, float, int | None]


def shaped(
    method: str,
    path: str,
    query: str,
    status: int,
    operation_id: str | None,
    duration_ms: float,
    fault: int | None,
) -> dict[str, Any]:
    """An entry's JSON shape without its ``seq`` (which a shared log's table assigns)."""
    return {
        "method": method,
        "path": path,
        "query": query,
        "status": status,
        "operationId": operation_id,
        "durationMs": round(duration_ms, 3),
        "fault": fault,
    }


def describe(entry: Entry) -> dict[str, Any]:
    return {"seq": entry[0], **shaped(*entry[1:])}


class RequestLog:
    def __init__(self, max_entries: int = MAX_ENTRIES) -> None:
        self._entries: deque[Entry] = deque(maxlen=max_entries)
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
            self._entries.append((self._seq, method, path, query, status, operation_id, duration_ms, fault))

    def record_call(self, scope: Any, status: int, started: float, fault: Any = None) -> None:
        """Log one answered ASGI request (``started``: its ``time.perf_counter()``); not control calls."""
        path = scope.get("path", "")
        if path.startswith(CONTROL_PREFIX):
            return
        query = scope.get("query_string", b"")
        self.record(
            scope.get("method", ""),
            path,
            query.decode("latin-1") if query else "",
            status,
            scope.get(OPERATION_KEY),
            (time.perf_counter() - started) * 1000,
            None if fault is None else fault.id,
        )

    def flush(self) -> None:
        """Write what is buffered (this log buffers nothing: it is the memory)."""

    def list(self, since: int = 0) -> list[dict[str, Any]]:
        return [describe(entry) for entry in list(self._entries) if entry[0] > since]

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
