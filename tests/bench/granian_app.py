"""The Make emulator's app for granian, so the ``get`` section can measure the same app on another server.

The emulator itself serves on uvicorn + httptools: its connection guards (emulators/core/guard.py: header
size and read time, idle connections, a connection cap, each answered with the vendor's error envelope) are
built on uvicorn's httptools protocol. This app has none of those; it exists only for the figure.
"""

from __future__ import annotations

from emulators.core.registry import build_app
from tests.bench.harness import TOKEN

app = build_app("make", tokens=[TOKEN])
