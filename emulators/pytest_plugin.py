"""pytest fixtures that start a vendor emulator on a free loopback port, in the spirit of moto's ``mock_aws``.

Installed with this project (entry point ``pytest11``), so any project that ``pip install``s it gets:

- ``make_emulator``, ``qlik_emulator``, ``rollup_emulator``: fresh, empty state for each test;
- ``make_emulator_session`` etc.: one emulator shared by the whole test session.

Each gives an object with ``.base_url`` (where the vendor's paths start) and ``.client`` (the vendor's
generated client, already pointed at the emulator with a valid token; it needs that client installed,
e.g. ``pip install path/to/datastore-api-kit/generated/make``; ``.base_url`` and ``.token`` work without it)::

    def test_create_store(make_emulator):
        store = create_data_store.sync(client=make_emulator.client, body=...)
        assert store.data_store.name == "orders"
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from emulators.core.registry import VENDORS
from emulators.testing import InProcessEmulator, serve_in_thread


class EmulatorHandle:
    """What a fixture yields: the running emulator, its base URL and a ready client."""

    def __init__(self, running: InProcessEmulator) -> None:
        self.running = running
        self.vendor = running.vendor
        self.base_url = running.base_url
        self.token = running.token
        self._client: Any = None

    @property
    def client(self) -> Any:
        """The vendor's generated client, made on first use; needs ``generated/<vendor>`` installed."""
        if self._client is None:
            self._client = self.running.client()
        return self._client

    def close(self) -> None:
        """Close the client (if one was made), then stop the server, even if closing fails."""
        client, self._client = self._client, None
        try:
            if client is not None:
                client.close()
        finally:
            self.running.stop()


def _fixture(vendor: str, scope: str) -> Callable[..., Iterator[EmulatorHandle]]:
    def fixture() -> Iterator[EmulatorHandle]:
        running = serve_in_thread(vendor)
        handle = EmulatorHandle(running)
        try:
            yield handle
        finally:
            handle.close()

    fixture.__name__ = f"{vendor}_emulator" + ("_session" if scope == "session" else "")
    fixture.__doc__ = (
        f"A {vendor} emulator with {'session-wide' if scope == 'session' else 'per-test'} state."
    )
    return pytest.fixture(scope=scope, name=fixture.__name__)(fixture)  # type: ignore[call-overload, no-any-return]


for _vendor in VENDORS:
    globals()[f"{_vendor}_emulator"] = _fixture(_vendor, "function")
    globals()[f"{_vendor}_emulator_session"] = _fixture(_vendor, "session")
