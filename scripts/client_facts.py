"""What a generated client needs to know beyond what openapi-python-client emits, read from spec + overlay.

The overlay puts generation settings under ``info.x-client``::

    x-client:
      package: make_client          # import name (default <vendor>_client)
      distribution: ...             # pip name (default datastore-api-kit-<package with dashes>)
      version: 1.0.0                # client package version (default: info.version)
      error-schema: MakeError       # components/schemas entry parsed into ApiError.error
      message-pointers: [/detail, /message]
      request-id-headers: [x-request-id]
      request-id-pointer: /traceId
      pagination:
        listDataStoreRecords: {style: offset, offset: "pg[offset]", limit: "pg[limit]",
                               items: records, total: count}
        listDataStores: {style: next-link, items: data, next: /links/next/href}

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
from openapi_python_client.parser.properties import ModelProperty, Property
from openapi_python_client.strings import PythonIdentifier, snake_case

from openapi_toolkit.refs import resolve
from openapi_toolkit.security import primary_header_scheme
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
    request_id_headers: tuple[str, ...]
    request_id_pointer: str | None
    pagination: tuple[Paginated, ...] = field(default=())
    # endpoint module name -> {query parameter: delimiter} for arrays sent joined (explode: false), which the
    # generator would otherwise send as repeated keys.
    query_joins: dict[str, dict[str, str]] = field(default_factory=dict)
    content_type_overrides: dict[str, str] = field(default_factory=dict)


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
        )
        for op_id, cfg in sorted((settings.get("pagination") or {}).items())
    )
    package = str(settings.get("package", f"{vendor}_client"))
    if not re.fullmatch(r"[a-z_][a-z0-9_]*", package):
        raise FactsError(f"overlays/{vendor}.yaml: x-client.package {package!r} is not a Python package name")
    return Facts(
        vendor=vendor,
        package=package,
        # A prefix this project owns: bare names like ``make-client`` are other people's packages on PyPI.
        distribution=str(settings.get("distribution", f"{DISTRIBUTION_PREFIX}{package.replace('_', '-')}")),
        version=str(settings.get("version", info.get("version", "0.1.0"))),
        title=str(info.get("title", vendor)),
        description=str(info.get("description", "")).strip().split("\n")[0],
        default_base_url=_base_url(spec),
        auth_header=header,
        auth_prefix=prefix,
        error_schema=settings.get("error-schema"),
        message_pointers=tuple(settings.get("message-pointers", ["/message"])),
        request_id_headers=tuple(settings.get("request-id-headers", [])),
        request_id_pointer=settings.get("request-id-pointer"),
        pagination=pagination,
        query_joins=_query_joins(spec),
        content_type_overrides=dict(settings.get("content-type-overrides") or {}),
    )


def _module_name(class_name: str) -> str:
    return str(PythonIdentifier(snake_case(class_name), prefix="field_"))


def render_facts_module(facts: Facts) -> str:
    lines = [
        '"""Facts about this API that the generator read from its spec and overlay. Do not edit."""',
        "",
        "from ._runtime import ClientFacts",
    ]
    error_model = "None"
    if facts.error_schema:
        lines.append(f"from .models.{_module_name(facts.error_schema)} import {facts.error_schema}")
        error_model = facts.error_schema
    lines += [
        "",
        "FACTS = ClientFacts(",
        f"    title={facts.title!r},",
        f"    version={facts.version!r},",
        f"    default_base_url={facts.default_base_url!r},",
        f"    auth_header={facts.auth_header!r},",
        f"    auth_prefix={facts.auth_prefix!r},",
        f"    error_model={error_model},",
        f"    message_pointers={facts.message_pointers!r},",
        f"    request_id_headers={facts.request_id_headers!r},",
        f"    request_id_pointer={facts.request_id_pointer!r},",
        f"    user_agent={f'{facts.distribution}/{facts.version}'!r},",
        ")",
        "",
        "# endpoint -> {query parameter: delimiter}: arrays the spec sends joined (explode: false).",
        f"QUERY_JOINS: dict[str, dict[str, str]] = {facts.query_joins!r}",
        "",
    ]
    return "\n".join(lines)


def _endpoints(spec: dict[str, Any]) -> dict[str, tuple[str, Endpoint]]:
    config = Config.from_sources(ConfigFile(), MetaType.NONE, "spec", "utf-8", True, None)
    data = GeneratorData.from_dict(spec, config=config)
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


def _items_property(endpoint: Endpoint, items: str) -> Property:
    for response in endpoint.responses.patterns:
        low, high = response.status_code.range or (0, 0)
        prop = response.prop
        if low >= 200 and high <= 299 and isinstance(prop, ModelProperty):
            for candidate in (prop.required_properties or []) + (prop.optional_properties or []):
                if candidate.name == items:
                    return candidate
    raise FactsError(f"{endpoint.name}: its success response has no model property {items!r} to page over")


def render_pagination_module(facts: Facts, spec: dict[str, Any]) -> str:
    """Typed lazy iterators (sync and async) for every list operation named in ``x-client.pagination``."""
    head = [
        '"""Iterate every item of a paged list operation, fetching pages lazily. Generated; do not edit."""',
        "",
        "from collections.abc import AsyncIterator, Iterator",
        "from typing import Any",
        "",
        "from . import _runtime",
        "from .client import Client",
        "from .types import UNSET, Unset",
    ]
    imports: set[str] = set()
    body: list[str] = []
    endpoints = _endpoints(spec) if facts.pagination else {}
    for page in facts.pagination:
        if page.operation_id not in endpoints:
            raise FactsError(f"x-client.pagination names unknown operationId {page.operation_id!r}")
        tag, endpoint = endpoints[page.operation_id]
        module = str(PythonIdentifier(endpoint.name, prefix="field_"))
        alias = f"_{module}"
        imports.add(f"from .api.{tag} import {module} as {alias}")
        paging_names = {page.offset, page.limit}
        params = [
            p
            for p in endpoint.path_parameters + endpoint.query_parameters + endpoint.header_parameters
            if p.name not in paging_names
        ]
        by_name = {p.name.get_untrusted_value(): p for p in endpoint.query_parameters}
        for p in params:
            imports |= {i.replace("from ...", "from .") for i in p.get_imports(prefix="...")}
        items_prop = _items_property(endpoint, page.items)
        inner = getattr(items_prop, "inner_property", None)
        if inner is None:
            raise FactsError(f"{endpoint.name}: {page.items!r} is not an array")
        inner_imports = inner.get_imports(prefix="...") | inner.get_lazy_imports(prefix="...")
        imports |= {i.replace("from ...", "from .") for i in inner_imports}
        item_type = inner.get_type_string(no_optional=True).as_unembedded_code()
        signature = ", ".join(["*", "client: Client"] + [p.to_string().as_unembedded_code() for p in params])
        call_args = ", ".join(f"{p.python_name}={p.python_name}" for p in params)
        items_attr = str(PythonIdentifier(page.items, prefix="field_"))
        fname = f"iter_{module}"
        doc = f'    """Every item of ``{endpoint.name}``, across all pages."""'
        if page.style == "offset":
            assert page.offset and page.limit
            off = by_name[page.offset].python_name
            lim = by_name[page.limit].python_name
            total = (
                f"lambda page: page.{PythonIdentifier(page.total, prefix='field_')}" if page.total else "None"
            )
            for is_async in (False, True):
                kw = "async def" if is_async else "def"
                name = f"a{fname}" if is_async else fname
                ret = f"AsyncIterator[{item_type}]" if is_async else f"Iterator[{item_type}]"
                runner = "aiterate_offset_pages" if is_async else "iterate_offset_pages"
                call = "asyncio" if is_async else "sync"
                aw = "await " if is_async else ""
                body += [
                    "",
                    "",
                    f"{kw} {name}({signature}, page_size: int = {page.default_page_size}, start: int = 0)"
                    f" -> {ret}:",
                    doc,
                    "",
                    f"    {kw} fetch(offset: int, limit: int) -> Any:",
                    f"        return {aw}{alias}.{call}(client=client, {call_args}{', ' if call_args else ''}"
                    f"{off}=offset, {lim}=limit)",
                    "",
                ]
                loop = "async for" if is_async else "for"
                body += [
                    f"    {loop} item in _runtime.{runner}(",
                    f"        fetch, lambda page: _items(page.{items_attr}),",
                    "        start=start, page_size=page_size,",
                    f"        total_of={total},",
                    "    ):",
                    "        yield item",
                ]
        elif page.style == "next-link":
            assert page.next
            pointer = page.next
            for is_async in (False, True):
                kw = "async def" if is_async else "def"
                name = f"a{fname}" if is_async else fname
                ret = f"AsyncIterator[{item_type}]" if is_async else f"Iterator[{item_type}]"
                runner = "aiterate_link_pages" if is_async else "iterate_link_pages"
                call = "asyncio" if is_async else "sync"
                aw = "await " if is_async else ""
                send = "asend" if is_async else "send"
                loop = "async for" if is_async else "for"
                body += [
                    "",
                    "",
                    f"{kw} {name}({signature}) -> {ret}:",
                    doc,
                    "",
                    f"    {kw} first() -> Any:",
                    f"        return {aw}{alias}.{call}(client=client, {call_args})",
                    "",
                    f"    {kw} follow(href: str) -> Any:",
                    f'        raw = {aw}client.{send}({{"method": "get", "url": client.link(href)}})',
                    f"        return {alias}._success(client=client, raw=raw)",
                    "",
                    f"    {loop} item in _runtime.{runner}(",
                    f"        first, follow, lambda page: _items(page.{items_attr}),",
                    f"        lambda page: _runtime.pointer_str(page.to_dict(), {pointer!r}),",
                    "    ):",
                    "        yield item",
                ]
        else:
            raise FactsError(f"{endpoint.name}: unknown pagination style {page.style!r}")
    helper = [
        "",
        "",
        "def _items(value: Any) -> Any:",
        "    return [] if isinstance(value, Unset) or value is None else value",
    ]
    keep_unset = [
        "",
        "",
        "__all__ = [" + ", ".join(repr(n) for n in _names(facts, endpoints)) + "]",
        "_ = UNSET",
    ]
    return "\n".join(head + sorted(imports) + helper + body + keep_unset) + "\n"


def _names(facts: Facts, endpoints: dict[str, tuple[str, Endpoint]]) -> list[str]:
    names: list[str] = []
    for page in facts.pagination:
        module = str(PythonIdentifier(endpoints[page.operation_id][1].name, prefix="field_"))
        names += [f"iter_{module}", f"aiter_{module}"]
    return names


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


def render_readme(facts: Facts, spec: dict[str, Any]) -> str:
    first_tag_ops = sorted(str(op.get("operationId")) for op in _operations(spec) if op.get("operationId"))
    example = first_tag_ops[0] if first_tag_ops else "operation"
    return f"""# {facts.distribution}

Typed Python client for **{facts.title}**, generated by `scripts/generate.py` from `specs/{facts.vendor}.yaml`
and `overlays/{facts.vendor}.yaml`. Do not edit: change the spec, the overlay or the templates and regenerate.

## Install or vendor

    pip install ./generated/{facts.vendor}                     # installable package
    cp -r generated/{facts.vendor}/{facts.package} your_project/  # or vendor the one folder

Vendored, it needs `httpx`, `attrs`, `python-dateutil` and `tenacity` in your environment.

## Use

```python
from {facts.package} import Client
from {facts.package}.api import *  # one module per operation, e.g. {snake_case(example)}

client = Client(token="...")  # base_url defaults to {facts.default_base_url}
```

Every operation module has `sync`, `sync_detailed`, `asyncio` and `asyncio_detailed`. `sync`/`asyncio` return
the parsed success body and raise `{facts.package}.errors.ApiError` subclasses on any other status;
`*_detailed` return the raw `Response`. Requests have a default timeout and are retried with backoff
(honouring `Retry-After`) on connection errors and 408/429/5xx for idempotent methods.
`{facts.package}.pagination` has lazy iterators for the list operations that page.
"""
