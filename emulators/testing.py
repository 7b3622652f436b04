"""Run an emulator in a child process on a free loopback port, for tests and for the fuzz report."""

from __future__ import annotations

import importlib
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import uvicorn

from emulators.core.spec import compile_spec, load_document


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


_MOUNTS: dict[str, str] = {}


def mount_path(vendor: str) -> str:
    """The path the vendor's operations start at (``servers[0]``), read from its spec once per process."""
    mount = _MOUNTS.get(vendor)
    if mount is None:
        mount = _MOUNTS.setdefault(vendor, compile_spec(load_document(vendor)).mount)
    return mount


def client_distribution(vendor: str) -> str:
    """The pip name of a generated client: a prefix this project owns (bare ``make-client`` is taken)."""
    return f"datastore-api-kit-{vendor}-client"


def import_client(vendor: str) -> Any:
    """The module ``<vendor>_client``, or an ImportError that says which package to install."""
    name = f"{vendor}_client"
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as error:
        if error.name != name:
            raise  # the client is there but something it imports is not: show that as it is
        raise ModuleNotFoundError(
            f"the {vendor} emulator's .client needs the generated {vendor} client "
            f"({client_distribution(vendor)}), which is not installed and is not published on PyPI: "
            f"pip install path/to/datastore-api-kit/generated/{vendor}. "
            f".base_url and .token work without it.",
            name=name,
        ) from error


@dataclass
class RunningEmulator:
    vendor: str
    host: str
    port: int
    token: str
    process: subprocess.Popen[bytes]
    state: Path | None

    @property
    def root_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        """Where the vendor's paths start (the spec's server path, e.g. ``/api/v2`` for Make)."""
        return self.root_url + mount_path(self.vendor)

    def stop(self, *, kill: bool = False) -> None:
        if self.process.poll() is None:
            if kill:
                self.process.kill()
            else:
                self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def start_emulator(
    vendor: str,
    *,
    token: str = "test-token",
    tokens: Sequence[str] | None = None,
    state: Path | None = None,
    extra_args: Sequence[str] = (),
    port: int | None = None,
    timeout: float = 20.0,
) -> RunningEmulator:
    """Start ``python -m emulators VENDOR`` and wait until it answers; accepts exactly ``tokens``."""
    port = port or free_port()
    args = [sys.executable, "-m", "emulators", vendor, "--port", str(port)]
    for spec in tokens if tokens is not None else [token]:
        args += ["--token", spec]
    if state is not None:
        args += ["--state", str(state)]
    args += list(extra_args)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    running = RunningEmulator(vendor, "127.0.0.1", port, token, process, state)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            err = process.stderr.read().decode() if process.stderr else ""
            raise RuntimeError(f"emulator {vendor} exited with {process.returncode}:\n{err}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                pass
            httpx.get(running.root_url + "/", timeout=1.0)
            return running
        except (OSError, httpx.HTTPError):
            time.sleep(0.05)
    running.stop(kill=True)
    raise RuntimeError(f"emulator {vendor} did not start on port {port} within {timeout}s")


@dataclass
class InProcessEmulator:
    """An emulator served by uvicorn on a thread of this process; cheap enough to start per test."""

    vendor: str
    port: int
    token: str
    server: uvicorn.Server
    thread: threading.Thread

    @property
    def root_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        return self.root_url + mount_path(self.vendor)

    def client(self) -> object:
        """The vendor's generated client pointed at this emulator (``<vendor>_client`` must be installed)."""
        module = import_client(self.vendor)
        return module.Client(base_url=self.base_url, token=self.token)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def serve_in_thread(
    vendor: str,
    *,
    token: str = "test-token",
    state: Path | None = None,
    options: dict[str, object] | None = None,
) -> InProcessEmulator:
    from emulators.core.registry import build_app

    app = build_app(vendor, state=state, tokens=[token], options=dict(options or {}))
    _MOUNTS.setdefault(vendor, app.spec.mount)  # the spec is compiled already: no second read for base_url
    port = free_port()
    config = uvicorn.Config(
        app, host="127.0.0.1", port=port, log_level="warning", lifespan="on", access_log=False
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name=f"emulator-{vendor}", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            server.should_exit = True
            thread.join(timeout=10)
            raise RuntimeError(f"in-process emulator {vendor} did not start")
        time.sleep(0.01)
    return InProcessEmulator(vendor, port, token, server, thread)
