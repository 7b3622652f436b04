"""What a generated client needs to know beyond what openapi-python-client emits, read from spec + overlay.

The overlay puts generation settings under ``info.x-client``::

    x-client:
      package: make_client          # import name (default <vendor>_client)
      distribution: ...             # pip name (default datastore-api-kit-<package with dashes>)
      version: 1.0.0                # client package version (default: info.version)
      error-schema: MakeError       # components/schemas entry parsed into ApiError.error
      message-pointers: [/detail, /message]   # the first that yields text; /x/*/y: every element, joined
      message-details: [/suberrors/*/message]  # appended to the message
      request-id-headers: [x-request-id]
      request-id-pointer: /traceId
      event-streams: {queryDocuments: ListResult}   # each server-sent event's data is a ListResult
      pagination:
        listDataStoreRecords: {style: offset, offset: "pg[offset]", limit: "pg[limit]",
                               items: records, total: count}
        listDataStores: {style: next-link, items: data, next: /links/next/href}
        listDocuments: {style: offset, in: body, offset: skip, limit: take,
                        items: result.documents, total: result.total}

``items`` and ``total`` are attribute paths into the success model, dotted when the list is nested
(``result.documents``); ``in: body`` pages with fields of the JSON request body instead of query parameters.

The credential header and prefix come from the spec's security scheme (``x-auth-prefix`` where the
scheme type does not imply one), the default base URL from ``servers[0]``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.openapi import Endpoint, GeneratorData
from openapi_python_client.strings import PythonIdentifier, snake_case

from openapi_toolkit.refs import resolve
from openapi_toolkit.security import primary_header_scheme, security_schemes
from openapi_toolkit.walk import operations

DISTRIBUTION_PREFIX = "datastore-api-kit-"


class FactsError(Exception):
    pass


@dataclass(frozen=True)
class Paginated:
    operation_id: str
    style: str  # "offset" | "next-link"
    items: str
    offset: str | None = None
    limit: str | None = None
    total: str | None = None
    next: str | None = None
    default_page_size: int = 100
    where: str = "query"  # "query" | "body": where the offset and limit go

    @property
    def items_path(self) -> tuple[str, ...]:
        return tuple(self.items.split("."))

    @property
    def total_path(self) -> tuple[str, ...]:
        return tuple(self.total.split(".")) if self.total else ()


@dataclass(frozen=True)
class Facts:
    vendor: str
    package: str
    distribution: str
    version: str
    title: str
    description: str
    default_base_url: str
    auth_header: str | None
    auth_prefix: str
    error_schema: str | None
    message_pointers: tuple[str, ...]
    message_details: tuple[str, ...]
    request_id_headers: tuple[str, ...]
    request_id_pointer: str | None
    pagination: tuple[Paginated, ...] = field(default=())
    # endpoint module name -> {query parameter: delimiter} for arrays sent joined (explode: false), which the
    # generator would otherwise send as repeated keys.
    query_joins: dict[str, dict[str, str]] = field(default_factory=dict)
    content_type_overrides: dict[str, str] = field(default_factory=dict)
    # endpoint module name -> the non-JSON media types its request body is also declared in: the typed
    # function sends JSON, ``<method>_from_bytes`` sends bytes in one of these (see ``generator_spec``).
    raw_bodies: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # endpoint module name -> query parameters that can carry the credential instead of the header
    # (an ``apiKey`` scheme ``in: query`` among the operation's security alternatives).
    query_credentials: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # endpoint module name -> the components/schemas entry each server-sent event's data is (``x-client``
    # ``event-streams: {operationId: Schema}``); such operations get ``<method>_stream``.
    event_streams: dict[str, str] = field(default_factory=dict)


def _base_url(spec: dict[str, Any]) -> str:
    servers = spec.get("servers") or [{"url": "http://localhost"}]
    server = servers[0]
    url = str(server["url"])
    for name, variable in (server.get("variables") or {}).items():
        url = url.replace("{" + name + "}", str(variable.get("default", "")))
    return url.rstrip("/")


def _auth(spec: dict[str, Any]) -> tuple[str | None, str]:
    scheme = primary_header_scheme(spec)
    return (scheme.field, scheme.prefix) if scheme else (None, "")


def _operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    return [found.operation for found in operations(spec)]


DELIMITERS = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


def _query_joins(spec: dict[str, Any]) -> dict[str, dict[str, str]]:
    joins: dict[str, dict[str, str]] = {}
    for item in (spec.get("paths") or {}).values():
        shared = item.get("parameters") or []
        for op in item.values():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            for raw in shared + (op.get("parameters") or []):
                param = resolve(spec, raw)
                schema = resolve(spec, param.get("schema") or {})
                style = param.get("style", "form")
                if param.get("in") != "query" or schema.get("type") != "array" or style not in DELIMITERS:
                    continue
                if param.get("explode", style == "form") is False:
                    name = _endpoint_name(str(op["operationId"]))
                    joins.setdefault(name, {})[str(param["name"])] = DELIMITERS[style]
    return dict(sorted(joins.items()))


JSON = "application/json"


def _raw_body_types(spec: dict[str, Any], operation: dict[str, Any]) -> list[str]:
    """The media types besides JSON of a request body that is also declared in JSON."""
    body = resolve(spec, operation.get("requestBody") or {})
    types = [str(media) for media in body.get("content") or {}]
    return [media for media in types if media != JSON] if JSON in types and len(types) > 1 else []


def _raw_bodies(spec: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    found = {
        _endpoint_name(str(op["operationId"])): tuple(_raw_body_types(spec, op))
        for op in _operations(spec)
        if "operationId" in op
    }
    return {name: types for name, types in sorted(found.items()) if types}


def generator_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec openapi-python-client sees: a request body declared in JSON and other media types keeps only
    JSON. The generator types one body per media type and dispatches on the Python type, so a JSON model and
    the same model "in MessagePack" could not be told apart; the bytes forms get ``<method>_from_bytes``."""
    paths: dict[str, Any] = {}
    for path, item in (spec.get("paths") or {}).items():
        paths[path] = dict(item)
        for method, op in item.items():
            if isinstance(op, dict) and _raw_body_types(spec, op):
                body = dict(resolve(spec, op["requestBody"]))
                body["content"] = {JSON: body["content"][JSON]}
                paths[path][method] = {**op, "requestBody": body}
    return {**spec, "paths": paths}


def _query_credentials(spec: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    schemes = security_schemes(spec)
    found: dict[str, tuple[str, ...]] = {}
    for op in _operations(spec):
        if "operationId" not in op:
            continue
        names = {
            name for alternative in op.get("security", spec.get("security")) or [] for name in alternative
        }
        fields = sorted(
            schemes[n].field
            for n in names
            if n in schemes and schemes[n].location == "query" and schemes[n].type == "apiKey"
        )
        if fields:
            found[_endpoint_name(str(op["operationId"]))] = tuple(fields)
    return dict(sorted(found.items()))


def _event_streams(vendor: str, spec: dict[str, Any], configured: dict[str, Any]) -> dict[str, str]:
    known = {str(op["operationId"]) for op in _operations(spec) if "operationId" in op}
    schemas = (spec.get("components") or {}).get("schemas") or {}
    for op_id, schema in configured.items():
        if op_id not in known or schema not in schemas:
            raise FactsError(
                f"overlays/{vendor}.yaml: event-streams {op_id}: {schema}: no such operation/schema"
            )
    return {_endpoint_name(str(op_id)): str(schema) for op_id, schema in sorted(configured.items())}


def read_facts(vendor: str, spec: dict[str, Any]) -> Facts:
    info = spec.get("info") or {}
    settings: dict[str, Any] = info.get("x-client") or {}
    header, prefix = _auth(spec)
    pagination = tuple(
        Paginated(
            operation_id=op_id,
            style=str(cfg["style"]),
            items=str(cfg["items"]),
            offset=cfg.get("offset"),
            limit=cfg.get("limit"),
            total=cfg.get("total"),
            next=cfg.get("next"),
            default_page_size=int(cfg.get("page-size", 100)),
            where=str(cfg.get("in", "query")),
        )
        for op_id, cfg in sorted((settings.get("pagination") or {}).items())
    )
    package = str(settings.get("package", f"{vendor}_client"))
    if not re.fullmatch(r"[a-z_][a-z0-9_]*", package):
        raise FactsError(f"overlays/{vendor}.yaml: x-client.package {package!r} is not a Python package name")
    return Facts(
        vendor=vendor,
        package=package,
        # A prefix this project owns: bare names like ``<vendor>-client`` are other people's packages on PyPI.
        distribution=str(settings.get("distribution", f"{DISTRIBUTION_PREFIX}{package.replace('_', '-')}")),
        version=str(settings.get("version", info.get("version", "0.1.0"))),
        title=str(info.get("title", vendor)),
        description=str(info.get("description", "")).strip().split("\n")[0],
        default_base_url=_base_url(spec),
        auth_header=header,
        auth_prefix=prefix,
        error_schema=settings.get("error-schema"),
        message_pointers=tuple(settings.get("message-pointers", ["/message"])),
        message_details=tuple(settings.get("message-details", [])),
        request_id_headers=tuple(settings.get("request-id-headers", [])),
        request_id_pointer=settings.get("request-id-pointer"),
        pagination=pagination,
        query_joins=_query_joins(spec),
        content_type_overrides=dict(settings.get("content-type-overrides") or {}),
        raw_bodies=_raw_bodies(spec),
        query_credentials=_query_credentials(spec),
        event_streams=_event_streams(vendor, spec, settings.get("event-streams") or {}),
    )


def _module_name(class_name: str) -> str:
    return str(PythonIdentifier(snake_case(class_name), prefix="field_"))


def _endpoints(spec: dict[str, Any]) -> dict[str, tuple[str, Endpoint]]:
    config = Config.from_sources(ConfigFile(), MetaType.NONE, "spec", "utf-8", True, None)
    data = GeneratorData.from_dict(generator_spec(spec), config=config)
    if isinstance(data, GeneratorError):
        raise FactsError(f"{data.header}: {data.detail}")
    by_name = {
        str(endpoint.name): (str(tag), endpoint)
        for tag, collection in data.endpoint_collections_by_tag.items()
        for endpoint in collection.endpoints
    }
    # The generator names endpoints by the snake_case of their operationId; key them by the operationId.
    return {
        str(op["operationId"]): by_name[_endpoint_name(str(op["operationId"]))]
        for op in _operations(spec)
        if "operationId" in op and _endpoint_name(str(op["operationId"])) in by_name
    }


def _endpoint_name(operation_id: str) -> str:
    return str(PythonIdentifier(operation_id, prefix="field_"))


def render_pyproject(facts: Facts) -> str:
    return f"""# Generated by scripts/generate.py; do not edit.
[build-system]
requires = ["setuptools>=69"]
build-backend = "setuptools.build_meta"

[project]
name = "{facts.distribution}"
version = "{facts.version}"
description = "Typed client for {facts.title} (generated from specs/{facts.vendor}.yaml)"
requires-python = ">=3.11"
readme = "README.md"
dependencies = [
    "httpx>=0.27,<0.29",
    "attrs>=24.2",
    "python-dateutil>=2.8",
    "tenacity>=9.2",
]

[tool.setuptools]
packages = {{find = {{include = ["{facts.package}*"]}}}}

[tool.setuptools.package-data]
{facts.package} = ["py.typed"]
"""
