"""TEMPORARY stand-in until the real spec lint lands (same API): unique operationIds only."""

from __future__ import annotations

from typing import Any


def lint_spec(doc: dict[str, Any], *, name: str) -> list[str]:
    seen: dict[str, str] = {}
    problems = []
    for path, item in (doc.get("paths") or {}).items():
        for method, op in item.items():
            if isinstance(op, dict) and "operationId" in op:
                pointer = f"/paths/{path.replace('~', '~0').replace('/', '~1')}/{method}/operationId"
                if op["operationId"] in seen:
                    problems.append(f"{name}#{pointer}: duplicate operationId {op['operationId']!r} "
                                    f"(first at {seen[op['operationId']]})")
                seen.setdefault(op["operationId"], pointer)
    return problems
