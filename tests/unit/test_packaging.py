"""A regular (non-editable) install must ship every emulator package: the list in pyproject.toml is explicit
(the specs are mapped in as ``emulators._specs``), so a new subpackage left out of it would be missing from a
user's wheel while every editable-install test still passed."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_shipped_package_is_listed() -> None:
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"]
    )
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for top in ("emulators", "openapi_toolkit")
        for init in (ROOT / top).rglob("__init__.py")
    }
    assert on_disk - listed == set()
    assert listed - on_disk == {"emulators._specs"}
