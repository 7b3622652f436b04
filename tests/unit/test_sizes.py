"""Hand-written modules stay under about 500 lines and classes under about 200, unless ARCHITECTURE.md's table
"Sizes kept on purpose" names them with the reason; a name left there after the code shrank must go too."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from devtools.quality import HAND_WRITTEN

ROOT = Path(__file__).resolve().parents[2]
MODULE_LINES = 500
CLASS_LINES = 200


def oversized() -> set[str]:
    found: set[str] = set()
    for top in HAND_WRITTEN:
        paths = [ROOT / top] if top.endswith(".py") else sorted((ROOT / top).rglob("*.py"))
        for path in paths:
            text = path.read_text(encoding="utf-8")
            name = path.relative_to(ROOT).as_posix()
            if text.count("\n") > MODULE_LINES:
                found.add(name)
            for node in ast.walk(ast.parse(text)):
                if isinstance(node, ast.ClassDef) and (node.end_lineno or 0) - node.lineno > CLASS_LINES:
                    found.add(f"{name}::{node.name}")
    return found


def kept_on_purpose() -> set[str]:
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    table = text.split("## Sizes kept on purpose", 1)[1]
    rows = [line.split("|")[1] for line in table.splitlines() if line.startswith("| `")]
    return {name for row in rows for name in re.findall(r"`([^`]+)`", row)}


def test_every_large_module_and_class_has_a_written_reason() -> None:
    assert oversized() - kept_on_purpose() == set()


def test_the_table_names_only_what_is_still_large() -> None:
    assert kept_on_purpose() - oversized() == set()
