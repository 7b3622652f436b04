"""Which vendors exist and how to build a ready ASGI app for one.

Vendors are discovered, never listed: every spec (``specs/<name>.yaml``, shipped as ``emulators._specs``) is
a vendor, and it has an emulator when ``emulators.<name>`` (a module or a package) defines ``EMULATOR``.
Adding a vendor therefore touches only that vendor's own files.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from emulators.core.app import DEFAULT_MAX_BODY, EmulatorApp
from emulators.core.auth import TokenRegistry
from emulators.core.clock import deterministic
from emulators.core.shared import SharedClock, SharedSettings
from emulators.core.spec import load_spec, spec_names
from emulators.core.storage import Storage
from emulators.core.vendor import VendorEmulator


@cache
def _emulator(name: str) -> type[VendorEmulator] | None:
    module_name = f"emulators.{name}"
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name != module_name:
            raise  # the vendor module exists but something it imports does not: show that as it is
        return None
    found: type[VendorEmulator] | None = getattr(module, "EMULATOR", None)
    return found


def discover() -> tuple[str, ...]:
    """The vendors that have an emulator, by name."""
    return tuple(name for name in spec_names() if _emulator(name) is not None)


VENDORS = discover()


def load_vendor(name: str) -> type[VendorEmulator]:
    emulator = _emulator(name) if name in VENDORS else None
    if emulator is None:
        raise KeyError(f"unknown vendor {name!r}; known: {', '.join(VENDORS)}")
    return emulator


def build_app(
    vendor: str,
    *,
    state: str | Path | None = None,
    tokens: Iterable[str] = (),
    options: dict[str, Any] | None = None,
    max_body_bytes: int | None = None,
    admin_token: str | None = None,
    seed: int | None = None,
    owned: bool = True,
) -> EmulatorApp:
    """Everything per-spec happens here, once: spec compiled, tables created, handlers bound.

    ``seed`` makes the run deterministic (ids, keys and a frozen clock, see ``emulators.core.clock``);
    without ``admin_token`` one is generated (``app.admin_token``); ``owned=False``: another process (the
    ``--workers`` parent) holds the state file's lock.
    """
    spec = load_spec(vendor)
    clock, entropy = deterministic(seed)
    storage = Storage(state, owned=owned)
    # A state other processes may share holds the emulator's own state too (emulators.core.shared).
    shared = SharedSettings(storage) if storage.shared else None
    if shared is not None and seed is None:
        clock = SharedClock(shared)
    emulator = load_vendor(vendor)(storage, options, clock=clock, entropy=entropy)
    return EmulatorApp(
        emulator,
        spec,
        TokenRegistry.parse(tokens),
        max_body_bytes=max_body_bytes or DEFAULT_MAX_BODY,
        admin_token=admin_token,
        shared=shared,
    )
