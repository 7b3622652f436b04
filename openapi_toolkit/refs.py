"""The one local ``$ref`` resolver: follows chains, detects cycles, says where the target is written."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from openapi_toolkit.pointer import from_fragment, lookup

# Keys that may stand beside a ``$ref`` without changing what it means (OpenAPI 3.1 Reference Object).
ANNOTATIONS = frozenset({"summary", "description"})


class RefError(ValueError):
    """A reference that cannot be followed: external, dangling or part of a cycle."""

    def __init__(self, message: str, pointer: str) -> None:
        super().__init__(message)
        self.pointer = pointer  # where the offending ``$ref`` is written


@dataclass(frozen=True)
class Resolved:
    node: Any
    pointer: str  # where ``node`` is written in the document
    chain: tuple[str, ...]  # every pointer passed through, the starting one first


def follow(
    document: Any,
    node: Any,
    pointer: str = "",
    *,
    strict: bool = True,
    merge_siblings: bool = False,
    annotations: frozenset[str] = ANNOTATIONS,
) -> Resolved:
    """Follow ``node``'s local ``$ref`` chain to a node that is not a reference.

    ``strict``: an external, dangling or cyclic reference raises ``RefError``; otherwise the last node reached
    (still holding its ``$ref``) is returned, for tools that report such references rather than fail on them.
    ``merge_siblings``: keys beside a ``$ref`` (``annotations`` aside) are laid over the target (as in 3.1).
    """
    chain = [pointer]
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref: str = node["$ref"]
        if not ref.startswith("#"):
            if strict:
                raise RefError(f"only local references are supported, got {ref!r}", pointer)
            break
        target_pointer = from_fragment(ref)
        if target_pointer in seen:
            if strict:
                raise RefError(f"reference cycle through {ref!r}", pointer)
            break
        seen.add(target_pointer)
        target = lookup(document, target_pointer, None)
        if target is None:
            if strict:
                raise RefError(f"{ref!r} points to nothing", pointer)
            break
        extra = (
            {k: v for k, v in node.items() if k != "$ref" and k not in ANNOTATIONS} if merge_siblings else {}
        )
        node = {**target, **extra} if extra and isinstance(target, dict) else target
        pointer = target_pointer
        chain.append(pointer)
    return Resolved(node, pointer, tuple(chain))


def resolve(document: Any, node: Any) -> Any:
    """The node a local reference chain ends at (``RefError`` if it cannot be followed)."""
    return follow(document, node).node
