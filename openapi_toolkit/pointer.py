"""RFC 6901 JSON pointers: ``/paths/~1things/get`` names ``document["paths"]["/things"]["get"]``."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from urllib.parse import unquote

MISSING: Any = object()


def escape(token: str) -> str:
    """One reference token, escaped (``~`` first, so ``/`` → ``~1`` is not undone)."""
    return token.replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    """One reference token, unescaped (``~1`` first: ``~01`` is ``~1``, not ``/``)."""
    return token.replace("~1", "/").replace("~0", "~")


def split(pointer: str) -> tuple[str, ...]:
    """The unescaped tokens of ``pointer`` (``""`` is the whole document)."""
    if pointer == "":
        return ()
    if not pointer.startswith("/"):
        raise ValueError(f"a JSON pointer starts with '/': {pointer!r}")
    return tuple(unescape(token) for token in pointer[1:].split("/"))


def join(tokens: Iterable[object]) -> str:
    """The pointer of a path of keys and list indexes."""
    return "".join(f"/{escape(str(token))}" for token in tokens)


def from_fragment(ref: str) -> str:
    """The pointer in a local reference ``#/components/…`` (a URI fragment, so percent-decoded)."""
    if not ref.startswith("#"):
        raise ValueError(f"not a local reference: {ref!r}")
    return unquote(ref[1:])


def lookup(document: Any, pointer: str | Iterable[str], default: Any = MISSING) -> Any:
    """The value at ``pointer``; ``default`` (or ``LookupError``) when it names nothing.

    Mapping keys may also be integers where YAML read an unquoted status code (``200:``) as one.
    """
    node = document
    for token in split(pointer) if isinstance(pointer, str) else pointer:
        if isinstance(node, dict):
            if token in node:
                node = node[token]
                continue
            if token.isdigit() and int(token) in node:
                node = node[int(token)]
                continue
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
            continue
        if default is MISSING:
            raise LookupError(f"nothing at {pointer if isinstance(pointer, str) else join(pointer)!r}")
        return default
    return node
