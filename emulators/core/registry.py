"""Which vendors exist and how to build a ready ASGI app for one."""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from emulators.core.app import DEFAULT_MAX_BODY, EmulatorApp
from emulators.core.auth import TokenRegistry
from emulators.core.clock import deterministic
from emulators.core.spec import compile_spec, load_document
from emulators.core.storage import Storage
from emulators.core.vendor import VendorEmulator

VENDORS = ("make", "qlik", "rollup")


def load_vendor(name: str) -> type[VendorEmulator]:
    if name not in VENDORS:
        raise KeyError(f"unknown vendor {name!r}; known: {', '.join(VENDORS)}")
    module = importlib.import_module(f"emulators.{name}")
    emulator: type[VendorEmulator] = module.EMULATOR
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
) -> EmulatorApp:
    """Everything per-spec happens here, once: spec compiled, tables created, handlers bound.

    ``seed`` makes the run deterministic (ids, keys and a frozen clock, see ``emulators.core.clock``);
    without ``admin_token`` one is generated (``app.admin_token``).
    """
    spec = compile_spec(load_document(vendor))
    clock, entropy = deterministic(seed)
    emulator = load_vendor(vendor)(Storage(state), options, clock=clock, entropy=entropy)
    return EmulatorApp(
        emulator,
        spec,
        TokenRegistry.parse(tokens),
        max_body_bytes=max_body_bytes or DEFAULT_MAX_BODY,
        admin_token=admin_token,
    )
