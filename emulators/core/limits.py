"""Bounds on what a request can have the emulator hold, checked before anything is stored.

The one bound that matters for correctness is JSON nesting depth: orjson parses up to 1,024 levels but
encodes only 255, so a value nested 250 levels deep could be stored and then never returned (every list
that includes it would fail). ``MAX_JSON_DEPTH`` is well below the encoder's limit, leaving room for the
envelopes a response wraps a stored value in (a list, an item, a field: a handful of levels), so whatever
is stored can always be encoded again. Real vendors' documents are a few levels deep; 128 is far beyond
any legitimate payload and far below what breaks.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import orjson

from emulators.core.http import ApiProblem

MAX_JSON_DEPTH = 128
# orjson.dumps fails from this depth on (measured: 254 levels encode, 255 raise TypeError).
ENCODER_DEPTH = 255


def json_depth(value: Any) -> int:
    """Nesting depth of a parsed JSON value (a scalar is 0, ``[]`` and ``{}`` are 1); iterative, so it
    cannot itself hit Python's recursion limit."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            children: Iterable[Any] = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        depth += 1
        if depth > deepest:
            deepest = depth
        stack.extend((child, depth) for child in children if isinstance(child, dict | list))
    return deepest


def too_deep(body: bytes, value: Any, limit: int = MAX_JSON_DEPTH) -> bool:
    """Whether a parsed body nests deeper than ``limit``; ``body`` (its bytes) gives a fast way out.

    A value cannot nest deeper than the number of brackets it contains, so most bodies are cleared by
    two C-level ``count`` calls without walking the parsed value.
    """
    if body.count(b"[") + body.count(b"{") <= limit:
        return False
    return json_depth(value) > limit


def check_body_depth(body: bytes, value: Any, status: int, limit: int = MAX_JSON_DEPTH) -> None:
    if too_deep(body, value, limit):
        raise ApiProblem(
            status,
            f"The JSON body is nested more than {limit} levels deep",
            code="too_deep",
        )


def dump_json(value: Any, status: int = 400, limit: int = MAX_JSON_DEPTH) -> str:
    """JSON text of a value about to be stored; refuses (``status``) a value nested deeper than ``limit``.

    Vendors store documents they compose from several requests (a JSON Patch can deepen a document one
    request at a time), so the stored value is checked here too, not only the request body.
    """
    if json_depth(value) > limit:
        raise ApiProblem(status, f"The result would be nested more than {limit} levels deep", code="too_deep")
    try:
        return orjson.dumps(value).decode()
    except orjson.JSONEncodeError as exc:  # e.g. an integer beyond 64 bits in a seed document
        raise ApiProblem(status, f"The value cannot be stored: {exc}") from None


def json_array(values: Sequence[Any]) -> str:
    """One SQL parameter holding any number of values, for ``IN (SELECT value FROM json_each(?))``.

    SQLite caps bound variables per statement (250,000 in Debian's build, 32,766 by default), so a bulk
    operation that binds one variable per id fails beyond that; a JSON array is one variable of any size.
    """
    return orjson.dumps(list(values)).decode()
