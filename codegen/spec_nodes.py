"""Every object of an OpenAPI 3.1 document, found where it is defined (never through a ``$ref``).

The linter checks what this walk yields (parameters, media types, schemas, links, ...); which keys hold
schemas, data or names is JSON Schema 2020-12's and OpenAPI 3.1's.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Final

from openapi_toolkit.walk import HTTP_METHODS

# JSON Schema 2020-12 keywords whose value is one schema, a list of schemas, or a map of name -> schema.
_ONE_SCHEMA: Final = (
    "items",
    "additionalProperties",
    "unevaluatedProperties",
    "unevaluatedItems",
    "contains",
    "propertyNames",
    "not",
    "if",
    "then",
    "else",
    "contentSchema",
)
_SCHEMA_LISTS: Final = ("allOf", "anyOf", "oneOf", "prefixItems", "items")
_SCHEMA_MAPS: Final = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
# Keys whose values are data, not OpenAPI or JSON Schema: no `$ref` in them is a reference.
DATA_KEYS: Final = frozenset({"example", "default", "const", "enum"})
# Keys whose values map names to objects: a name like `default` or `example` is then not a keyword.
NAME_MAPS: Final = frozenset(
    {
        *_SCHEMA_MAPS,
        "paths",
        "webhooks",
        "schemas",
        "responses",
        "parameters",
        "requestBodies",
        "headers",
        "securitySchemes",
        "links",
        "callbacks",
        "pathItems",
        "content",
        "encoding",
        "variables",
        "mapping",
    }
)

Parts = tuple[str | int, ...]


@dataclass(frozen=True)
class Node:
    """An object of the document, found where it is defined (never through a ``$ref``)."""

    kind: str  # path-item, operation, parameter, header, media-type, schema, link
    parts: Parts
    value: dict[str, Any]


def is_ref(value: object) -> bool:
    return isinstance(value, dict) and isinstance(value.get("$ref"), str)


def dicts(container: object) -> Iterator[tuple[Any, dict[str, Any]]]:
    """(key, value) of a map's or (index, item) of a list's object values."""
    if isinstance(container, dict):
        items: Iterable[tuple[Any, Any]] = container.items()
    elif isinstance(container, list):
        items = enumerate(container)
    else:
        return
    for key, value in items:
        if isinstance(value, dict):
            yield key, value


def _walk_schema(parts: Parts, schema: dict[str, Any]) -> Iterator[Node]:
    yield Node("schema", parts, schema)
    for key in _ONE_SCHEMA:
        if isinstance(schema.get(key), dict):
            yield from _walk_schema((*parts, key), schema[key])
    for key in _SCHEMA_LISTS:
        for index, sub in dicts(schema.get(key) if isinstance(schema.get(key), list) else None):
            yield from _walk_schema((*parts, key, index), sub)
    for key in _SCHEMA_MAPS:
        for name, sub in dicts(schema.get(key)):
            yield from _walk_schema((*parts, key, name), sub)


def _walk_content(parts: Parts, content: object) -> Iterator[Node]:
    for media, media_type in dicts(content):
        where = (*parts, media)
        yield Node("media-type", where, media_type)
        if isinstance(media_type.get("schema"), dict):
            yield from _walk_schema((*where, "schema"), media_type["schema"])
        for field, encoding in dicts(media_type.get("encoding")):
            for header, value in dicts(encoding.get("headers")):
                if not is_ref(value):
                    yield from _walk_header((*where, "encoding", field, "headers", header), value)


def _walk_parameter(parts: Parts, parameter: dict[str, Any]) -> Iterator[Node]:
    yield Node("parameter", parts, parameter)
    if isinstance(parameter.get("schema"), dict):
        yield from _walk_schema((*parts, "schema"), parameter["schema"])
    yield from _walk_content((*parts, "content"), parameter.get("content"))


def _walk_header(parts: Parts, header: dict[str, Any]) -> Iterator[Node]:
    yield Node("header", parts, header)
    if isinstance(header.get("schema"), dict):
        yield from _walk_schema((*parts, "schema"), header["schema"])
    yield from _walk_content((*parts, "content"), header.get("content"))


def _walk_response(parts: Parts, response: dict[str, Any]) -> Iterator[Node]:
    for name, header in dicts(response.get("headers")):
        if not is_ref(header):
            yield from _walk_header((*parts, "headers", name), header)
    yield from _walk_content((*parts, "content"), response.get("content"))
    for name, link in dicts(response.get("links")):
        if not is_ref(link):
            yield Node("link", (*parts, "links", name), link)


def _walk_callback(parts: Parts, callback: dict[str, Any]) -> Iterator[Node]:
    for expression, item in dicts(callback):
        if not is_ref(item):
            yield from _walk_path_item((*parts, expression), item)


def _walk_operation(parts: Parts, operation: dict[str, Any]) -> Iterator[Node]:
    yield Node("operation", parts, operation)
    for index, parameter in dicts(operation.get("parameters")):
        if not is_ref(parameter):
            yield from _walk_parameter((*parts, "parameters", index), parameter)
    body = operation.get("requestBody")
    if isinstance(body, dict) and not is_ref(body):
        yield from _walk_content((*parts, "requestBody", "content"), body.get("content"))
    for status, response in dicts(operation.get("responses")):
        if not is_ref(response):
            yield from _walk_response((*parts, "responses", status), response)
    for name, callback in dicts(operation.get("callbacks")):
        if not is_ref(callback):
            yield from _walk_callback((*parts, "callbacks", name), callback)


def _walk_path_item(parts: Parts, item: dict[str, Any]) -> Iterator[Node]:
    yield Node("path-item", parts, item)
    for index, parameter in dicts(item.get("parameters")):
        if not is_ref(parameter):
            yield from _walk_parameter((*parts, "parameters", index), parameter)
    for method in HTTP_METHODS:
        if isinstance(item.get(method), dict):
            yield from _walk_operation((*parts, method), item[method])


def walk(doc: dict[str, Any]) -> Iterator[Node]:
    """Every path item, operation, parameter, header, media type, schema and link, where it is defined."""
    for top in ("paths", "webhooks"):
        for key, item in dicts(doc.get(top)):
            if not is_ref(item):
                yield from _walk_path_item((top, key), item)
    components = doc.get("components")
    if not isinstance(components, dict):
        return
    base: Parts = ("components",)
    for name, schema in dicts(components.get("schemas")):
        yield from _walk_schema((*base, "schemas", name), schema)
    for name, response in dicts(components.get("responses")):
        yield from _walk_response((*base, "responses", name), response)
    for name, parameter in dicts(components.get("parameters")):
        yield from _walk_parameter((*base, "parameters", name), parameter)
    for name, body in dicts(components.get("requestBodies")):
        yield from _walk_content((*base, "requestBodies", name, "content"), body.get("content"))
    for name, header in dicts(components.get("headers")):
        yield from _walk_header((*base, "headers", name), header)
    for name, link in dicts(components.get("links")):
        yield Node("link", (*base, "links", name), link)
    for name, callback in dicts(components.get("callbacks")):
        yield from _walk_callback((*base, "callbacks", name), callback)
    for name, item in dicts(components.get("pathItems")):
        yield from _walk_path_item((*base, "pathItems", name), item)
