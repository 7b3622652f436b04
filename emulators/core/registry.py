"""Which vendors exist and how to build a ready ASGI app for one."""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from emulators.core.app import EmulatorApp
from emulators.core.auth import TokenRegistry
from emulators.core.spec import compile_spec, load_document
from emulators.core.storage import Storage
from emulators.core.vendor import VendorEmulator

VENDORS = ("make", "qlik", "rollup", "charon")


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
) -> EmulatorApp:
    """Everything per-spec happens here, once: spec compiled, tables created, handlers bound."""
    spec = compile_spec(load_document(vendor))
    emulator = load_vendor(vendor)(Storage(state), options)
    extra = {"max_body_bytes": max_body_bytes} if max_body_bytes else {}
    return EmulatorApp(emulator, spec, TokenRegistry.parse(tokens), **extra)
