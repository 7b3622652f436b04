"""What a test talks to: a vendor's emulator or its live service, its credential and what the caller owns.

The emulator-behaviour tests use it as is (tests/emulator/conftest.py); the contract tests extend it with the
spec and the generated client (``tests.contract.driver.ContractTarget``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx
import orjson
import pytest

from devtools.fuzzjob.phases import auth_header
from emulators.testing import InProcessEmulator, RunningEmulator, tls_context
from tests.parity import Exchange

TOKEN = "test-token"
CONTROL_PLANE = "needs the emulator's control plane (reset, seed or restart), which a live vendor has not"


@dataclass
class Target:
    """Where a test sends its requests, and what it may do besides."""

    vendor: str
    base_url: str
    token: str
    live: bool = False
    #: values the caller owns on the live service (spec name -> value), e.g. Make's ``teamId``.
    owned: Mapping[str, str] = field(default_factory=dict)
    #: the emulator behind ``base_url`` (in this process or a child process); None on a live service.
    running: InProcessEmulator | RunningEmulator | None = None
    exchanges: list[Exchange] = field(default_factory=list)

    @property
    def emulator(self) -> InProcessEmulator | RunningEmulator:
        """The emulator itself (root URL, control plane); skips the test in live mode."""
        if self.running is None:
            pytest.skip(CONTROL_PLANE)
        return self.running

    @property
    def headers(self) -> dict[str, str]:
        name, _, value = auth_header(self.vendor, self.token).partition(": ")
        return {name: value}

    def reset(self) -> None:
        """Empty the emulator's state (the test needs to start from nothing); skips in live mode."""
        emulator = self.emulator
        reset = httpx.post(f"{emulator.root_url}/_emulator/reset", headers=self.headers, verify=tls_context())
        reset.raise_for_status()

    def fresh_client(self) -> httpx.Client:
        """A client on the target, the emulator emptied first (a live vendor is used as it is)."""
        if not self.live:
            self.reset()
        return self.client()

    def client(self, **kwargs: Any) -> httpx.Client:
        """An httpx client on the target's base URL with its credential; every exchange is recorded."""
        kwargs.setdefault("headers", self.headers)
        kwargs.setdefault("timeout", 10)
        kwargs.setdefault("verify", tls_context())
        return httpx.Client(base_url=self.base_url, event_hooks={"response": [self._record]}, **kwargs)

    def _record(self, response: httpx.Response) -> None:
        response.read()
        request = response.request
        self.exchanges.append(
            Exchange(
                request.method,
                request.url.path.removeprefix(httpx.URL(self.base_url).path),
                dict(request.url.params),
                _json_or_text(request.content),
                response.status_code,
                _json_or_text(response.content),
            )
        )


def _json_or_text(content: bytes) -> Any:
    if not content:
        return None
    try:
        return orjson.loads(content)
    except orjson.JSONDecodeError:
        return content.decode("utf-8", "replace")
