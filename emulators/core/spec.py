"""Compile a vendor's OpenAPI document once, at start-up, into routes, coercers and validators.

Nothing here runs per request except the small closures it builds: route lookup is a dict hit for static
paths and a short list of precompiled regexes otherwise; every schema is a compiled ``jsonschema_rs``
validator.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import jsonschema_rs

from emulators.core.http import FieldProblem
from openapi_toolkit.loading import parse_yaml
from openapi_toolkit.refs import resolve

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
REPO_SPECS = Path(__file__).resolve().parents[2] / "specs"


def spec_path(vendor: str) -> Path:
    """The vendor's spec: from the installed package data, or from the repository checkout."""
    try:
        packaged = resources.files("emulators._specs") / f"{vendor}.yaml"
        if packaged.is_file():
            return Path(str(packaged))
    except ModuleNotFoundError:
        pass
    return REPO_SPECS / f"{vendor}.yaml"


def spec_names() -> list[str]:
    """Every vendor with a spec: the installed package data, or the repository checkout's ``specs/``."""
    try:
        packaged = resources.files("emulators._specs")
        names = [entry.name[: -len(".yaml")] for entry in packaged.iterdir() if entry.name.endswith(".yaml")]
        if names:
            return sorted(names)
    except ModuleNotFoundError:
        pass
    return sorted(path.stem for path in REPO_SPECS.glob("*.yaml"))


def load_document(vendor: str) -> dict[str, Any]:
    with spec_path(vendor).open(encoding="utf-8") as handle:
        document: dict[str, Any] = parse_yaml(handle)
    return document


def load_spec(vendor: str) -> CompiledSpec:
    """The vendor's compiled spec, parsed and compiled once per process and version of the file.

    A test run or a mutation run builds many apps of one vendor (the largest spec takes about 0.5 s to parse
    and compile); a spec edited in between (the file's size or time changed) is read again.
    """
    path = spec_path(vendor)
    stat = path.stat()
    return _compiled_spec(path, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=32)
def _compiled_spec(path: Path, mtime_ns: int, size: int) -> CompiledSpec:
    with path.open(encoding="utf-8") as handle:
        return compile_spec(parse_yaml(handle))


@dataclass(frozen=True, slots=True)
class Validator:
    """A compiled JSON Schema; ``problems`` maps failures to ``location/pointer: message``."""

    compiled: Any

    @classmethod
    def compile(cls, schema: Any, components: dict[str, Any]) -> Validator:
        # Embedding the components lets "#/components/..." refs resolve against the wrapper document.
        wrapper: dict[str, Any] = {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "allOf": [schema],
        }
        if components:
            wrapper["components"] = components
        return cls(jsonschema_rs.validator_for(wrapper))

    def problems(self, value: Any, location: str) -> list[FieldProblem]:
        if self.compiled.is_valid(value):
            return []
        out = []
        for error in self.compiled.iter_errors(value):
            pointer = "".join(f"/{p}" for p in error.instance_path)
            out.append(FieldProblem(f"{location}{pointer}", str(error.message)))
        return out


def _primary_type(schema: dict[str, Any]) -> str | None:
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind is None:
        for key in ("oneOf", "anyOf", "allOf"):
            for option in schema.get(key) or []:
                if isinstance(option, dict) and (inner := _primary_type(option)):
                    return inner
    return kind if isinstance(kind, str) else None


Scalar = Callable[[str], Any]


def _scalar_coercer(kind: str | None) -> Scalar:
    """String → typed value; leaves the string as is when it does not parse, so validation reports it."""

    def to_int(text: str) -> Any:
        # ``74483.0`` and ``1e3`` are integers to JSON Schema and to the vendors' JavaScript servers.
        try:
            return int(text)
        except ValueError:
            pass
        try:
            number = float(text)
        except ValueError:
            return text
        return int(number) if number.is_integer() else text

    def to_number(text: str) -> Any:
        try:
            number = float(text) if any(c in text for c in ".eE") else int(text)
        except ValueError:
            return text
        return int(number) if isinstance(number, float) and number.is_integer() else number

    def to_bool(text: str) -> Any:
        return {"true": True, "false": False}.get(text, text)

    return {"integer": to_int, "number": to_number, "boolean": to_bool}.get(kind or "", str)


@dataclass(frozen=True, slots=True)
class Parameter:
    name: str  # as the spec spells it
    key: str  # where to find it: the name, lower-cased for headers
    location: str  # path | query | header
    required: bool
    is_array: bool
    explode: bool
    coerce: Scalar
    validator: Validator
    label: str  # where problems are reported: "query.pg[limit]"

    def read(self, raw: list[str]) -> Any:
        """The typed value from the raw strings sent for this parameter."""
        if self.is_array:
            if self.location == "query" and self.explode:
                # One empty value (``?key=``) is the empty array, as in the comma-joined form below.
                parts = raw if raw != [""] else []
            else:
                parts = [p for text in raw for p in text.split(",")] if raw != [""] else []
            return [self.coerce(p) for p in parts]
        return self.coerce(raw[-1])


@dataclass(frozen=True, slots=True)
class Body:
    required: bool
    media_types: tuple[str, ...]
    validator: Validator | None


@dataclass(slots=True)
class Operation:
    operation_id: str
    method: str
    path: str
    parameters: tuple[Parameter, ...]
    body: Body | None
    security: tuple[dict[str, list[str]], ...]  # alternatives; () = anonymous allowed
    extensions: dict[str, Any] = field(default_factory=dict)
    #: No credential needed (no requirement, or an empty alternative): decided here, once, not per request.
    anonymous: bool = False


@dataclass(slots=True)
class PathItem:
    template: str
    operations: dict[str, Operation]  # METHOD -> operation
    allow: str = ""


def _compile_parameter(document: dict[str, Any], raw: Any, components: dict[str, Any]) -> Parameter:
    param = resolve(document, raw)
    schema = resolve(document, param.get("schema") or {})
    kind = _primary_type(schema)
    is_array = kind == "array"
    item_schema = resolve(document, schema.get("items") or {}) if is_array else schema
    location = str(param["in"])
    explode = bool(
        param.get("explode", param.get("style", "form" if location == "query" else "simple") == "form")
    )
    return Parameter(
        name=str(param["name"]),
        key=str(param["name"]).lower() if location == "header" else str(param["name"]),
        location=location,
        required=bool(param.get("required", location == "path")),
        is_array=is_array,
        explode=explode,
        coerce=_scalar_coercer(_primary_type(item_schema)),
        validator=Validator.compile(param.get("schema") or {}, components),
        label=f"{location}.{param['name']}",
    )


def _compile_body(document: dict[str, Any], raw: Any, components: dict[str, Any]) -> Body:
    body = resolve(document, raw)
    content: dict[str, Any] = body.get("content") or {}
    json_schema = next(
        (media.get("schema") for mt, media in content.items() if "json" in mt and isinstance(media, dict)),
        None,
    )
    return Body(
        required=bool(body.get("required", False)),
        # Lower-case and without parameters (``application/xliff+xml;version=1``), as requests are compared.
        media_types=tuple(dict.fromkeys(str(mt).split(";")[0].strip().lower() for mt in content)),
        validator=Validator.compile(json_schema, components) if json_schema is not None else None,
    )


def _path_pattern(template: str) -> tuple[str, tuple[str, ...]]:
    """The template as a regex source with one unnamed group per parameter, and the parameter names."""
    names: list[str] = []
    pattern = ""
    for piece in re.split(r"(\{[^}]+\})", template):
        if piece.startswith("{") and piece.endswith("}"):
            names.append(piece[1:-1])
            pattern += "([^/]+)"
        else:
            pattern += re.escape(piece)
    return pattern, tuple(names)


@dataclass(frozen=True, slots=True)
class _Table:
    """Templates of one depth (number of ``/``) in priority order, as one alternation: a single
    ``fullmatch`` finds the first template that matches, as trying them one by one would, and
    ``lastindex`` (the outermost group, which closes last) says which one."""

    regex: re.Pattern[str]
    entries: dict[int, tuple[tuple[str, ...], PathItem]]  # outer group index -> (names, item)

    @classmethod
    def build(cls, templates: list[tuple[str, tuple[str, ...], PathItem]]) -> _Table:
        sources: list[str] = []
        entries: dict[int, tuple[tuple[str, ...], PathItem]] = {}
        group = 1
        for source, names, item in templates:
            sources.append(f"({source})")
            entries[group] = (names, item)
            group += 1 + len(names)
        return cls(re.compile("|".join(sources)), entries)

    def match(self, path: str) -> tuple[PathItem, dict[str, str]] | None:
        found = self.regex.fullmatch(path)
        if found is None:
            return None
        outer = found.lastindex or 0
        names, item = self.entries[outer]
        raws = found.groups()[outer : outer + len(names)]
        return item, {
            name: unquote(raw) if "%" in raw else raw for name, raw in zip(names, raws, strict=True)
        }


class Router:
    """Path → ``PathItem``; static paths by dict, templated ones by one precompiled regex per depth and
    method, the most literal template first.

    Built once at start-up: a request costs a dict lookup, a ``str.count`` and one regex match.
    """

    def __init__(self, items: Iterable[PathItem]) -> None:
        self.static: dict[str, PathItem] = {}
        dynamic: list[tuple[int, str, tuple[str, ...], PathItem]] = []
        for item in items:
            if "{" not in item.template:
                self.static[item.template] = item
            else:
                source, names = _path_pattern(item.template)
                literal = len(re.sub(r"\{[^}]+\}", "", item.template))
                dynamic.append((literal, source, names, item))
        dynamic.sort(key=lambda entry: -entry[0])  # stable: equal ones keep the spec's order
        by_depth: dict[int, list[tuple[str, tuple[str, ...], PathItem]]] = {}
        for _, source, names, item in dynamic:
            # A parameter never spans a "/", so only templates with the path's number of "/" can match.
            by_depth.setdefault(item.template.count("/"), []).append((source, names, item))
        self._any: dict[int, _Table] = {depth: _Table.build(entries) for depth, entries in by_depth.items()}
        self._by_method: dict[tuple[str, int], _Table] = {}
        for depth, entries in by_depth.items():
            methods = {method for _, _, item in entries for method in item.operations}
            for method in methods:
                having = [entry for entry in entries if method in entry[2].operations]
                self._by_method[(method, depth)] = _Table.build(having)

    def _match(self, path: str, method: str | None) -> tuple[PathItem, dict[str, str]] | None:
        """The most literal template matching ``path`` that has ``method``; else the most literal one.

        An exact static path wins outright (a missing method there is 405, as routers with literal segments
        answer), so ``GET /user/public/`` is not read as ``GET /user/{userId}/`` with userId "public".
        """
        item = self.static.get(path)
        if item is not None:
            return item, {}
        depth = path.count("/")
        if method is not None:
            table = self._by_method.get((method, depth))
            found = table.match(path) if table is not None else None
            if found is not None:
                return found
        table = self._any.get(depth)
        return table.match(path) if table is not None else None

    def match(self, raw_path: str, method: str | None = None) -> tuple[PathItem, dict[str, str]] | None:
        found = self._match(raw_path, method)
        if found is None and len(raw_path) > 1:
            # Vendors differ on trailing slashes (some write them, their clients often don't): accept both.
            alternative = raw_path[:-1] if raw_path.endswith("/") else raw_path + "/"
            found = self._match(alternative, method)
        return found


@dataclass(slots=True)
class CompiledSpec:
    document: dict[str, Any]
    mount: str  # the path part of servers[0].url, e.g. "/api/v2"
    router: Router
    operations: dict[str, Operation]
    security_schemes: dict[str, dict[str, Any]]


def compile_spec(document: dict[str, Any]) -> CompiledSpec:
    components: dict[str, Any] = document.get("components") or {}
    default_security = tuple(document.get("security") or ())
    operations: dict[str, Operation] = {}
    items: list[PathItem] = []
    servers = document.get("servers") or [{"url": "/"}]
    mount = urlsplit(re.sub(r"\{[^}]+\}", "x", str(servers[0]["url"]))).path.rstrip("/")
    for template, path_item in (document.get("paths") or {}).items():
        path_item = resolve(document, path_item)
        shared = list(path_item.get("parameters") or [])
        item = PathItem(template=mount + template, operations={})
        for method in HTTP_METHODS:
            op = path_item.get(method)
            if not isinstance(op, dict):
                continue
            merged: dict[tuple[str, str], Any] = {}
            for raw in shared + list(op.get("parameters") or []):
                resolved = resolve(document, raw)
                merged[(resolved["name"], resolved["in"])] = raw
            parameters = tuple(
                _compile_parameter(document, raw, components)
                for (_, location), raw in merged.items()
                if location in ("path", "query", "header")
            )
            security = op.get("security")
            operation = Operation(
                operation_id=str(op.get("operationId") or f"{method} {template}"),
                method=method.upper(),
                path=template,
                parameters=parameters,
                body=_compile_body(document, op["requestBody"], components) if "requestBody" in op else None,
                security=tuple(security) if security is not None else default_security,
                extensions={k: v for k, v in op.items() if k.startswith("x-")},
            )
            operation.anonymous = not operation.security or any(not alt for alt in operation.security)
            item.operations[operation.method] = operation
            operations[operation.operation_id] = operation
        item.allow = ", ".join(sorted(item.operations))
        items.append(item)
    return CompiledSpec(
        document=document,
        mount=mount,
        router=Router(items),
        operations=operations,
        security_schemes=dict(components.get("securitySchemes") or {}),
    )
