"""Run an emulator in a child process on a free loopback port, for tests and for the fuzz report."""

from __future__ import annotations

import importlib
import os
import socket
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import uvicorn

from emulators.core.guard import ServerLimits, uvicorn_options
from emulators.core.spec import load_spec


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@cache
def tls_context() -> ssl.SSLContext:
    """One TLS context (verifying, as httpx's default) for every client made here and in the tests.

    httpx builds a context for each client it makes, reading the CA bundle (about 40 ms), even for an
    http:// URL; a test makes several clients, a mutation run thousands of tests.
    """
    return httpx.create_ssl_context()


def mount_path(vendor: str) -> str:
    """The path the vendor's operations start at (``servers[0]``)."""
    return load_spec(vendor).mount


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


ADMIN_HEADER = "X-Emulator-Admin-Token"


class Faults:
    """Injected faults over the control plane: ``faults.add("getDataStore", status=429, retry_after=2)``."""

    def __init__(self, control: Control) -> None:
        self._control = control

    def add(
        self,
        target: str,
        *,
        status: int | None = None,
        retry_after: float | None = None,
        latency: float = 0.0,
        drop: bool = False,
        times: int | None = None,
        fraction: float | None = None,
        message: str | None = None,
    ) -> dict[str, Any]:
        """Inject a fault for ``target`` (an operationId or a path); returns it as the emulator stored it."""
        spec: dict[str, Any] = {"target": target, "latency": latency, "drop": drop}
        optional = {
            "status": status,
            "retryAfter": retry_after,
            "times": times,
            "fraction": fraction,
            "message": message,
        }
        spec.update({k: v for k, v in optional.items() if v is not None})
        response = self._control.call("POST", "faults", json=spec)
        fault: dict[str, Any] = response.json()["faults"][0]
        return fault

    def list(self) -> list[dict[str, Any]]:
        faults: list[dict[str, Any]] = self._control.call("GET", "faults").json()["faults"]
        return faults

    def clear(self) -> None:
        self._control.call("DELETE", "faults")


class Control:
    """The emulator's ``/_emulator/*`` endpoints, called with the admin token."""

    def __init__(self, root_url: str, admin_token: str) -> None:
        self.root_url = root_url
        self.admin_token = admin_token
        self.faults = Faults(self)

    def call(self, method: str, action: str, **kwargs: Any) -> httpx.Response:
        response = httpx.request(
            method,
            f"{self.root_url}/_emulator/{action}",
            headers={ADMIN_HEADER: self.admin_token},
            timeout=10,
            verify=tls_context(),
            **kwargs,
        )
        response.raise_for_status()
        return response

    @property
    def requests(self) -> list[dict[str, Any]]:
        """The requests answered so far, oldest first (method, path, query, status, operationId, ...)."""
        entries: list[dict[str, Any]] = self.call("GET", "requests").json()["requests"]
        return entries

    def clear_requests(self) -> None:
        self.call("DELETE", "requests")

    def reset(self) -> None:
        """Empty every tenant's state (faults and the request log are kept)."""
        self.call("POST", "reset", params={"all": "true"})

    def set_clock(self, *, time: float | str | None = None, advance: float | None = None) -> dict[str, Any]:
        body = {k: v for k, v in {"time": time, "advance": advance}.items() if v is not None}
        clock: dict[str, Any] = self.call("POST", "clock", json=body).json()
        return clock


def new_admin_token() -> str:
    return "test-admin-" + os.urandom(8).hex()


class _Listening:
    """What both kinds of running emulator derive from where they listen."""

    vendor: str
    admin_token: str

    @property
    def root_url(self) -> str:
        raise NotImplementedError

    @property
    def control(self) -> Control:
        return Control(self.root_url, self.admin_token)

    @property
    def base_url(self) -> str:
        """Where the vendor's paths start (the spec's server path, e.g. ``/api/v2``)."""
        return self.root_url + mount_path(self.vendor)


@dataclass
class RunningEmulator(_Listening):
    vendor: str
    host: str
    port: int
    token: str
    process: subprocess.Popen[bytes]
    state: Path | str | None
    admin_token: str = ""

    @property
    def root_url(self) -> str:
        return f"http://{self.host}:{self.port}"

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
    state: Path | str | None = None,
    extra_args: Sequence[str] = (),
    port: int | None = None,
    timeout: float = 60.0,
) -> RunningEmulator:
    """Start ``python -m emulators VENDOR`` and wait until it answers; accepts exactly ``tokens``.

    ``timeout`` is only the longest wait: Charon's start (its spec read once) took over 20 s on a 2-core
    machine running a mutation session beside other tests, and a start that fails stops that session."""
    port = port or free_port()
    admin_token = new_admin_token()
    args = [sys.executable, "-m", "emulators", vendor, "--port", str(port), "--admin-token", admin_token]
    for spec in tokens if tokens is not None else [token]:
        args += ["--token", spec]
    if state is not None:
        args += ["--state", str(state)]
    args += list(extra_args)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    running = RunningEmulator(vendor, "127.0.0.1", port, token, process, state, admin_token)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            err = process.stderr.read().decode() if process.stderr else ""
            raise RuntimeError(f"emulator {vendor} exited with {process.returncode}:\n{err}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                pass
            # A control-plane path: the request log leaves it out, so a test that clears the log right after
            # the start sees none of its own probe (a worker may write a logged entry after the clear).
            httpx.get(running.root_url + "/_emulator/", timeout=1.0, verify=tls_context())
            return running
        except (OSError, httpx.HTTPError):
            time.sleep(0.05)
    running.stop(kill=True)
    raise RuntimeError(f"emulator {vendor} did not start on port {port} within {timeout}s")


@dataclass
class InProcessEmulator(_Listening):
    """An emulator served by uvicorn on a thread of this process; cheap enough to start per test."""

    vendor: str
    port: int
    token: str
    server: uvicorn.Server
    thread: threading.Thread
    admin_token: str = ""

    @property
    def root_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

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
    state: Path | str | None = None,
    options: dict[str, object] | None = None,
    limits: ServerLimits | None = None,
    tokens: Sequence[str] | None = None,
    seed: int | None = None,
) -> InProcessEmulator:
    """An emulator on a thread; accepts ``tokens`` (default: just ``token``); ``seed``: deterministic."""
    from emulators.core.registry import build_app

    app = build_app(
        vendor,
        state=state,
        tokens=list(tokens) if tokens is not None else [token],
        options=dict(options or {}),
        admin_token=new_admin_token(),
        seed=seed,
    )
    port = free_port()
    config = uvicorn.Config(
        app,
        host="127.0.0.1",
        port=port,
        log_level="warning",
        lifespan="on",
        access_log=False,
        date_header=seed is None,
        server_header=False,  # as python -m emulators: vendors do not announce "uvicorn"
        **uvicorn_options(app, limits),
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
    return InProcessEmulator(vendor, port, token, server, thread, app.admin_token)
