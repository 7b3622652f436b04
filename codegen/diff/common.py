"""What every part of the diff shares: the change record, constants, and small helpers."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Literal

from openapi_toolkit.refs import follow

ROOT: Final = Path(__file__).resolve().parents[2]


ANNOTATIONS: Final = frozenset(
    {"description", "summary", "title", "example", "examples", "$comment", "externalDocs"}
)


UPPER_BOUNDS: Final = ("maxLength", "maxItems", "maxProperties", "maximum", "exclusiveMaximum")


LOWER_BOUNDS: Final = ("minLength", "minItems", "minProperties", "minimum", "exclusiveMinimum")


TYPED_FORMATS: Final = frozenset({"date", "date-time", "uuid", "binary", "byte"})


Side = Literal["request", "response"]


SEMVER: Final = re.compile(r"^(v?)(\d+)\.(\d+)\.(\d+)(?:[-+][0-9A-Za-z.+-]*)?$")


@dataclass(frozen=True)
class Change:
    """One difference between two documents, as a client of the API sees it."""

    breaking: bool
    pointer: str
    message: str


def _resolve(doc: Any, node: Any, pointer: str) -> tuple[Any, str]:
    """Follow local ``$ref``s; return the target and the pointer where it is written.

    Non-annotation siblings of a ``$ref`` (allowed in 3.1) are merged over the target. An external,
    dangling or cyclic reference is returned unresolved (a dict that still has ``$ref``): the diff reports
    what it can rather than fail.
    """
    found = follow(doc, node, pointer, strict=False, merge_siblings=True, annotations=ANNOTATIONS)
    return found.node, found.pointer


def _dict(value: Any) -> dict[str, Any]:
    return {str(k): v for k, v in value.items()} if isinstance(value, dict) else {}


def _canon(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)


def _show(value: Any) -> str:
    return json.dumps(value, default=str)


def _without(value: Any, keys: Iterable[str]) -> Any:
    drop = set(keys)
    return {str(k): v for k, v in value.items() if k not in drop} if isinstance(value, dict) else value


class Comparison:
    """A part of the comparison: both documents, and the one list every part adds its changes to."""

    def __init__(self, old: dict[str, Any], new: dict[str, Any], log: ChangeLog) -> None:
        self.old = old
        self.new = new
        self.log = log

    def add(self, breaking: bool, pointer: str, message: str) -> None:
        self.log.add(Change(breaking, pointer, message))


class ChangeLog:
    """The changes found, in the order found, each once."""

    def __init__(self) -> None:
        self.changes: list[Change] = []
        self._seen: set[Change] = set()

    def add(self, change: Change) -> None:
        if change not in self._seen:
            self._seen.add(change)
            self.changes.append(change)
