"""The one walker over a document's operations, in document order."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from openapi_toolkit.pointer import join
from openapi_toolkit.refs import resolve

# The operation keys of a Path Item Object, in the order the OpenAPI specification lists them.
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class OperationRef:
    path: str  # the path template as written, e.g. "/things/{id}"
    method: str  # lower case, as the document keys it
    operation: dict[str, Any]
    path_item: dict[str, Any]  # resolved, for its shared parameters

    @property
    def operation_id(self) -> str | None:
        found = self.operation.get("operationId")
        return str(found) if found is not None else None

    @property
    def pointer(self) -> str:
        return join(("paths", self.path, self.method))


def operations(document: dict[str, Any]) -> Iterator[OperationRef]:
    """Every operation of ``document["paths"]`` (path items behind a ``$ref`` included)."""
    for path, raw_item in (document.get("paths") or {}).items():
        item = resolve(document, raw_item)
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield OperationRef(str(path), method, operation, item)


def operation_ids(document: dict[str, Any]) -> list[str]:
    return [op.operation_id for op in operations(document) if op.operation_id]


def responses(operation: dict[str, Any]) -> dict[str, Any]:
    """The operation's responses keyed by status as a string (YAML may read ``200:`` as an integer)."""
    return {str(status): response for status, response in (operation.get("responses") or {}).items()}
