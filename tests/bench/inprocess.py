"""The emulator's own cost per request, in process: no server, no sockets, no load generator.

    python -m tests.bench.inprocess [--requests 20000] [--rounds 3] [--state URL_OR_FILE]

A minimal ASGI driver hands the app the scope, body and ``send`` a server would, so the figure is the
app's work alone (routing, credentials, validation, the handler, the storage, the request log): what the
``get``/``post`` sections' servers add on top is the same for every app. Prints microseconds per request,
the best and the median of the rounds, in CPU time of the thread (a busy neighbour's share of the core
does not count), for a Make ``getDataStore``, a Make ``createDataStore`` and a Charon ``getCurrentUser``.
It imports only ``emulators``, so the same file measures an older checkout
(``PYTHONPATH=/tmp/old python tests/bench/inprocess.py``) for an A/B on one machine. ``--wall`` times
elapsed time instead, which with ``--state postgresql://...`` includes the database's round trips.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

from emulators.core.registry import build_app

TOKEN = "bench-token"
CREATE_BODY = b'{"name":"bench","teamId":1,"maxSizeMB":1}'
Scope = dict[str, Any]


def scope_of(method: str, path: str, query: bytes, headers: list[tuple[bytes, bytes]]) -> Scope:
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": query,
        "root_path": "",
        "headers": headers,
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8000),
    }


class Driver:
    """Calls the app as an ASGI server would, once per request; keeps the last status and body."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.status = 0
        self.body = b""

    async def call(self, scope: Scope, body: bytes = b"") -> None:
        sent = False

        async def receive() -> dict[str, Any]:
            nonlocal sent
            if sent:
                return {"type": "http.disconnect"}
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        async def send(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                self.status = message["status"]
            else:
                self.body = message.get("body", b"")

        await self.app(dict(scope), receive, send)  # a server builds a fresh scope per request


def measure(
    driver: Driver, scope: Scope, body: bytes, n: int, expect: int, *, wall: bool = False
) -> Callable[[], float]:
    async def loop() -> float:
        # CPU time of this thread by default, not wall time: on a shared machine the wait for a core is
        # not the app's (``wall``: the elapsed time, which includes waiting for a database's answers).
        clock = time.perf_counter if wall else time.thread_time
        started = clock()
        for _ in range(n):
            await driver.call(scope, body)
            await asyncio.sleep(0)  # back to the loop between requests, as a server's tasks are
        elapsed = clock() - started
        if driver.status != expect:
            raise RuntimeError(f"{scope['method']} {scope['path']}: {driver.status} {driver.body[:200]!r}")
        return elapsed / n * 1e6

    return lambda: asyncio.run(loop())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.inprocess")
    parser.add_argument("--requests", type=int, default=20000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--state", help="a SQLite file or a postgresql:// URL (default: memory)")
    parser.add_argument("--only", default="get,post,charon")
    parser.add_argument("--wall", action="store_true", help="elapsed time instead of CPU time")
    args = parser.parse_args(argv)
    make = build_app("make", state=args.state, tokens=[TOKEN])
    make_driver = Driver(make)
    auth = [(b"host", b"127.0.0.1:8000"), (b"authorization", f"Token {TOKEN}".encode())]
    post_headers = [*auth, (b"content-type", b"application/json"), (b"content-length", b"41")]
    create = scope_of("POST", "/api/v2/data-stores", b"", post_headers)
    asyncio.run(make_driver.call(create, CREATE_BODY))
    store_id = int(make_driver.body.split(b'"id":')[1].split(b",")[0])
    cases: dict[str, tuple[Driver, Scope, bytes, int]] = {
        "get": (make_driver, scope_of("GET", f"/api/v2/data-stores/{store_id}", b"", auth), b"", 200),
        "post": (make_driver, create, CREATE_BODY, 200),
    }
    if "charon" in args.only:
        charon = Driver(build_app("charon", state=args.state, tokens=[TOKEN]))
        bearer = [(b"host", b"127.0.0.1:8000"), (b"authorization", f"Bearer {TOKEN}".encode())]
        cases["charon"] = (charon, scope_of("GET", "/api/v1/user/me/", b"", bearer), b"", 200)
    chosen = [name for name in args.only.split(",") if name in cases]
    results: dict[str, list[float]] = {name: [] for name in chosen}
    for name in chosen:  # warm-up: caches, code paths
        driver, scope, body, expect = cases[name]
        measure(driver, scope, body, min(2000, args.requests), expect)()
    for _ in range(args.rounds):
        for name in chosen:
            driver, scope, body, expect = cases[name]
            results[name].append(measure(driver, scope, body, args.requests, expect, wall=args.wall)())
    for name in chosen:
        rounds = " ".join(f"{v:.1f}" for v in results[name])
        best, median = min(results[name]), statistics.median(results[name])
        unit = "µs/request (wall)" if args.wall else "µs/request"
        print(f"{name:<8} {best:8.1f} {unit} best, {median:.1f} median  (rounds {rounds})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
