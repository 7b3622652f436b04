"""Small helpers between the wire and the stored documents: ids, timestamps, JSON, query parameters."""

from __future__ import annotations

import hashlib
import string
from collections.abc import Sequence
from typing import Any

import orjson

from emulators.core.clock import Clock, Entropy
from emulators.core.http import ApiProblem, FieldProblem, Request
from emulators.core.limits import dump_json

INT32_MAX = 2**31 - 1
ALPHANUMERIC = string.ascii_letters + string.digits


def stamp(clock: Clock) -> str:
    return clock.utc().isoformat(timespec="milliseconds").replace("+00:00", "Z")


def object_id(clock: Clock, entropy: Entropy) -> str:
    """24 hex characters, like the vendor's (Mongo ObjectId-shaped) ids: seconds, then random."""
    return f"{int(clock.now()) & 0xFFFFFFFF:08x}{entropy.token_hex(8)}"


def derived_id(kind: str, token: str) -> str:
    """A stable 32-character alphanumeric id for the caller, like the vendor's user and tenant ids."""
    digest = hashlib.sha256(f"qlik-{kind}:{token}".encode()).digest()
    return "".join(ALPHANUMERIC[b % len(ALPHANUMERIC)] for b in digest)[:32]


def field_name(location: str) -> str:
    """``query.limit`` -> ``limit``, ``body/technicalName`` -> ``technicalName`` (the vendor's style)."""
    for prefix in ("query.", "path.", "header.", "body/"):
        if location.startswith(prefix):
            return location[len(prefix) :]
    return location


def project_fields(item: dict[str, Any], projections: Sequence[str]) -> dict[str, Any]:
    if not projections:
        return item
    return {key: value for key, value in item.items() if key in projections}


def load_doc(text: str) -> dict[str, Any]:
    value: dict[str, Any] = orjson.loads(text)
    return value


def dump_doc(value: Any) -> str:
    # Refuses documents nested deeper than the core's bound, so every stored one can be returned.
    return dump_json(value)


def list_params(request: Request, *params: str) -> list[list[str]]:
    """The comma-joined ``sort``/``projections`` lists (``projections=`` is the empty default list).

    Also enforces ``page``'s ``format: int32``, which the core's schema validation does not check.
    """
    page = request.query.get("page", 0)
    if page > INT32_MAX:
        problem = FieldProblem("query.page", f"{page} is greater than the maximum of {INT32_MAX}")
        raise ApiProblem(400, "Invalid query parameters.", problems=[problem])
    return [list(request.query.get(name) or []) for name in params]


def path_ids(request: Request, name: str) -> list[str] | None:
    """The ids of a comma-joined path parameter, or ``None`` for ``*`` (all)."""
    ids = [str(i) for i in request.path_params.get(name) or []]
    if "*" in ids:
        return None
    return list(dict.fromkeys(ids))
