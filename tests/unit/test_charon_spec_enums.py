"""The Charon handlers trust the core's spec check for a few enums (they no longer check the value
themselves), so the spec's enums and the emulator's tables must name the same values."""

from __future__ import annotations

from typing import Any

import pytest

from codegen.generate import SPECS, load_yaml
from emulators.charon.changes import IMPORT_MODES
from emulators.charon.checks import VALIDATION_OPTIONS
from emulators.charon.exporting import EXPORT_MODES

SCHEMAS: dict[str, Any] = load_yaml(SPECS / "charon.yaml")["components"]["schemas"]


@pytest.mark.parametrize(
    ("schema", "table"),
    [("ImportMode", IMPORT_MODES), ("ExportMode", EXPORT_MODES), ("ValidationOption", VALIDATION_OPTIONS)],
)
def test_the_specs_enum_is_the_emulators_table(schema: str, table: Any) -> None:
    assert sorted(SCHEMAS[schema]["enum"]) == sorted(table)
