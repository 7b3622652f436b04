"""TEMPORARY stand-in until the real Overlay 1.0 applier lands (same API)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml


class OverlayError(Exception):
    pass


def load_overlay(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def apply_overlay(
    spec: dict[str, Any], overlay: dict[str, Any], *, overlay_name: str, spec_name: str
) -> dict[str, Any]:
    out = copy.deepcopy(spec)
    for i, action in enumerate(overlay["actions"]):
        if action["target"] != "$.info":
            raise OverlayError(f"{overlay_name}#/actions/{i}/target: unsupported in the stand-in")
        out["info"].update(action["update"])
    return out
