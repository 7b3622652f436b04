"""``--workers N``: N server processes accepting on one listening socket, sharing one state.

The parent binds the socket and validates the state, then starts N fresh interpreters (``spawn``: no
connection, thread or event loop is inherited) that each build their own app on the same state and accept on
the inherited socket; the kernel spreads connections between them. Everything the workers must agree on
lives in the state (the database's own locking orders their writes), so any worker may answer any request.
The parent stays as the supervisor: SIGTERM or SIGINT stops every worker, and a worker that dies stops the
rest (exit status 1) rather than leave a silently smaller pool.
"""

from __future__ import annotations

import multiprocessing
import signal
import socket
import sys
import threading
from typing import Any

MAX_WORKERS = 64
STOP_TIMEOUT = 10.0


def serve_workers(argv: list[str], sock: socket.socket, workers: int) -> int:
    from emulators.__main__ import run_worker

    context = multiprocessing.get_context("spawn")
    processes = [
        context.Process(target=run_worker, args=(argv, sock), name=f"emulator-worker-{i + 1}")
        for i in range(workers)
    ]
    stop = threading.Event()

    def stop_all(signum: int, frame: Any) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, stop_all) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        for process in processes:
            process.start()
        while not stop.is_set() and all(p.is_alive() for p in processes):
            stop.wait(0.2)
    finally:
        for process in processes:
            if process.is_alive():
                process.terminate()
        for process in processes:
            process.join(STOP_TIMEOUT)
            if process.is_alive():
                process.kill()
                process.join()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    if stop.is_set():
        return 0
    dead = [p for p in processes if p.exitcode not in (0, None)]
    for process in dead:
        print(f"python -m emulators: {process.name} exited with {process.exitcode}", file=sys.stderr)
    return 1
