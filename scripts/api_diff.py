"""Breaking-change detector for the OpenAPI 3.1 specs, used to version the generated clients by semver.

    python scripts/api_diff.py                        # every specs/*.yaml against HEAD
    python scripts/api_diff.py --base main make       # only specs/make.yaml, against the ref ``main``
    python scripts/api_diff.py --fail-on-breaking     # exit 1 if any change is breaking (CI)

``diff_specs(old, new)`` compares two documents from a client's point of view and returns ``Change``s:
``pointer`` is a JSON pointer into the new document (into the old one for removals). Local ``$ref``s are
followed on both sides (a change inside a shared component is reported once, at the component), and a
recursive schema is compared once per (old location, new location, side).

Breaking: an operation removed or its ``operationId`` changed; a parameter removed, moved (``in``),
made required, added as required, or its serialization changed; a request body removed, added as
required or made required; a request or response media type removed; a response status code removed;
a security requirement no longer accepted or a security scheme removed / changed. In schemas, the
*request* side is what the client sends (the server must keep accepting it) and the *response* side is
what the client parses (the server must keep within it): request types narrowed (number -> integer, a
type dropped from a list), enum values removed, a new enum / pattern / format or tighter bounds, a
new required property or an optional one made required, a property removed while
``additionalProperties: false``, ``additionalProperties`` turned false, a ``oneOf``/``anyOf`` alternative
removed; response types widened (integer -> number, ``null`` added), enum values *added* (strict enum
parsers reject unknown values), a required property removed or made optional, a new alternative.
A ``format`` change that alters the generated Python type (date, date-time, uuid, binary, byte) is
breaking on both sides.

Non-breaking: everything added that a client may ignore (operations, optional parameters, response
properties, status codes, media types, request enum values, alternatives on the request side), relaxed
constraints, deprecations and default changes. Descriptions, summaries, titles and examples are ignored.

``bump(version, changes)`` gives the next semver version and ``changelog_entry(...)`` a markdown section.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, Literal

import yaml

if __package__ in (None, ""):  # run as a script: the toolkit sits next to scripts/ in the checkout
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from openapi_toolkit.pointer import escape
from openapi_toolkit.refs import follow
from openapi_toolkit.walk import HTTP_METHODS

ROOT: Final = Path(__file__).resolve().parent.parent

# Keywords that never change what is valid on the wire; dropped from $ref siblings.
ANNOTATIONS: Final = frozenset(
    {"description", "summary", "title", "example", "examples", "$comment", "externalDocs"}
)
# Bounds: a smaller value of these (or a new one) accepts less.
UPPER_BOUNDS: Final = ("maxLength", "maxItems", "maxProperties", "maximum", "exclusiveMaximum")
# A larger value of these (or a new one) accepts less.
LOWER_BOUNDS: Final = ("minLength", "minItems", "minProperties", "minimum", "exclusiveMinimum")
# Formats that give a generated field a Python type other than str (a change breaks client code).
TYPED_FORMATS: Final = frozenset({"date", "date-time", "uuid", "binary", "byte"})

Side = Literal["request", "response"]
SEMVER: Final = re.compile(r"^(v?)(\d+)\.(\d+)\.(\d+)(?:[-+][0-9A-Za-z.+-]*)?$")


@dataclass(frozen=True)
class Change:
    """One difference between two documents, as a client of the API sees it."""

    breaking: bool
    pointer: str
    message: str


# ---------------------------------------------------------------------------------------------------
# JSON pointers and $ref resolution


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


# ---------------------------------------------------------------------------------------------------
# Schema views


@dataclass
class _Flat:
    """A schema with its ``allOf`` members merged in, remembering where each part is written."""

    kw: dict[str, Any] = field(default_factory=dict)
    origin: dict[str, str] = field(default_factory=dict)  # keyword -> pointer of the declaring schema
    props: dict[str, tuple[Any, str]] = field(default_factory=dict)  # name -> (schema, pointer)
    required: set[str] = field(default_factory=set)


def _flatten(doc: Any, schema: dict[str, Any], pointer: str) -> _Flat:
    flat = _Flat()
    seen = {pointer}

    def visit(node: dict[str, Any], ptr: str) -> None:
        for key, value in node.items():
            if key in ("allOf", "$ref") or key in ANNOTATIONS:
                continue
            if key == "properties" and isinstance(value, dict):
                for name, sub in value.items():
                    flat.props.setdefault(str(name), (sub, f"{ptr}/properties/{escape(str(name))}"))
            elif key == "required" and isinstance(value, list):
                flat.required.update(str(name) for name in value)
            elif key not in flat.kw:
                flat.kw[key] = value
                flat.origin[key] = ptr
        members = node.get("allOf")
        if isinstance(members, list):
            for i, member in enumerate(members):
                resolved, member_ptr = _resolve(doc, member, f"{ptr}/allOf/{i}")
                if isinstance(resolved, dict) and member_ptr not in seen:
                    seen.add(member_ptr)
                    visit(resolved, member_ptr)

    visit(schema, pointer)
    for name in sorted(flat.required - flat.props.keys()):
        flat.props[name] = ({}, f"{pointer}/required")
    return flat


def _types(kw: dict[str, Any]) -> frozenset[str] | None:
    value = kw.get("type")
    if isinstance(value, str):
        types = {value}
    elif isinstance(value, list):
        types = {str(t) for t in value}
    else:
        return None
    if kw.get("nullable") is True:
        types.add("null")
    return frozenset(types)


def _covers(types: frozenset[str] | None, t: str) -> bool:
    return types is None or t in types or (t == "integer" and "number" in types)


def _fmt_types(types: frozenset[str] | None) -> str:
    return "any" if types is None else "|".join(sorted(types)) or "none"


def _enum(kw: dict[str, Any]) -> list[Any] | None:
    if isinstance(kw.get("enum"), list):
        return list(kw["enum"])
    if "const" in kw:
        return [kw["const"]]
    return None


def _number(value: Any) -> float | int | None:
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None


def _variants(flat: _Flat) -> list[tuple[Any, str]] | None:
    for keyword in ("oneOf", "anyOf"):
        value = flat.kw.get(keyword)
        if isinstance(value, list):
            base = flat.origin[keyword]
            return [(item, f"{base}/{keyword}/{i}") for i, item in enumerate(value)]
    return None


# ---------------------------------------------------------------------------------------------------
# Security requirements

_Requirement = frozenset[tuple[str, tuple[str, ...]]]


def _requirements(value: Any) -> set[_Requirement] | None:
    if not isinstance(value, list):
        return None
    if not value:
        return {frozenset()}
    out: set[_Requirement] = set()
    for requirement in value:
        if isinstance(requirement, dict):
            out.add(
                frozenset(
                    (str(name), tuple(sorted(str(s) for s in scopes or ())))
                    for name, scopes in requirement.items()
                )
            )
    return out


def _fmt_requirement(requirement: _Requirement) -> str:
    if not requirement:
        return "anonymous access"
    parts = []
    for name, scopes in sorted(requirement):
        parts.append(f"{name}[{', '.join(scopes)}]" if scopes else name)
    return " + ".join(parts)


def _uses_root_security(doc: dict[str, Any]) -> bool:
    """Whether some operation has no ``security`` of its own (so the document-level one applies)."""
    for raw in _dict(doc.get("paths")).values():
        item = _dict(_resolve(doc, raw, "")[0])
        if any(isinstance(item.get(m), dict) and "security" not in item[m] for m in HTTP_METHODS):
            return True
    return False


def _without(value: Any, keys: Iterable[str]) -> Any:
    drop = set(keys)
    return {str(k): v for k, v in value.items() if k not in drop} if isinstance(value, dict) else value


# ---------------------------------------------------------------------------------------------------
# The comparison


class _Differ:
    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old = old
        self.new = new
        self.changes: list[Change] = []
        self._seen: set[Change] = set()
        self._visited: set[tuple[str, str, Side]] = set()

    def add(self, breaking: bool, pointer: str, message: str) -> None:
        change = Change(breaking, pointer, message)
        if change not in self._seen:
            self._seen.add(change)
            self.changes.append(change)

    # -- document level ---------------------------------------------------------------------------

    def run(self) -> list[Change]:
        self.paths()
        if _uses_root_security(self.old) or _uses_root_security(self.new):
            old_root = _requirements(self.old.get("security")) or {frozenset()}
            new_root = _requirements(self.new.get("security")) or {frozenset()}
            self.security(old_root, new_root, "/security", "operations without their own security")
        self.security_schemes()
        return self.changes

    def paths(self) -> None:
        old_paths, new_paths = _dict(self.old.get("paths")), _dict(self.new.get("paths"))
        pairs: list[tuple[str | None, str | None]] = []
        unmatched_new = [p for p in new_paths if p not in old_paths]
        for path in old_paths:
            if path in new_paths:
                pairs.append((path, path))
                continue
            # A path whose parameter names changed (/a/{id} -> /a/{aId}) is the same endpoint.
            template = re.sub(r"\{[^}]*\}", "{}", path)
            match = next((p for p in unmatched_new if re.sub(r"\{[^}]*\}", "{}", p) == template), None)
            if match is not None:
                unmatched_new.remove(match)
            pairs.append((path, match))
        pairs.extend((None, p) for p in unmatched_new)

        for old_path, new_path in pairs:
            old_item, old_ptr = _resolve(
                self.old, old_paths.get(old_path or ""), f"/paths/{escape(old_path or '')}"
            )
            new_item, new_ptr = _resolve(
                self.new, new_paths.get(new_path or ""), f"/paths/{escape(new_path or '')}"
            )
            old_item, new_item = _dict(old_item), _dict(new_item)
            for method in HTTP_METHODS:
                old_op, new_op = old_item.get(method), new_item.get(method)
                if isinstance(old_op, dict) and old_op.get("operationId"):
                    old_name = f"{method.upper()} {old_path} (operationId {old_op['operationId']})"
                else:
                    old_name = f"{method.upper()} {old_path}"
                if isinstance(old_op, dict) and not isinstance(new_op, dict):
                    self.add(True, f"{old_ptr}/{method}", f"operation {old_name} removed")
                elif isinstance(new_op, dict) and not isinstance(old_op, dict):
                    self.add(False, f"{new_ptr}/{method}", f"operation {method.upper()} {new_path} added")
                elif isinstance(old_op, dict) and isinstance(new_op, dict):
                    self.operation(
                        (old_item, old_op, old_ptr, f"{old_ptr}/{method}"),
                        (new_item, new_op, new_ptr, f"{new_ptr}/{method}"),
                        f"{method.upper()} {new_path}",
                    )

    def operation(
        self,
        old: tuple[dict[str, Any], dict[str, Any], str, str],
        new: tuple[dict[str, Any], dict[str, Any], str, str],
        name: str,
    ) -> None:
        old_item, old_op, old_item_ptr, old_ptr = old
        new_item, new_op, new_item_ptr, new_ptr = new
        old_id, new_id = old_op.get("operationId"), new_op.get("operationId")
        if old_id != new_id:
            self.add(
                True,
                f"{new_ptr}/operationId" if new_id is not None else new_ptr,
                f"{name}: operationId renamed from {old_id} to {new_id} (the generated function is renamed)",
            )
        if bool(old_op.get("deprecated")) != bool(new_op.get("deprecated")):
            state = "deprecated" if new_op.get("deprecated") else "no longer deprecated"
            self.add(False, new_ptr, f"{name}: operation {state}")
        self.parameters(
            old_item, old_op, old_item_ptr, old_ptr, new_item, new_op, new_item_ptr, new_ptr, name
        )
        self.request_body(old_op, old_ptr, new_op, new_ptr, name)
        self.responses(old_op, old_ptr, new_op, new_ptr, name)
        if "security" in old_op or "security" in new_op:
            root_old = _requirements(self.old.get("security")) or {frozenset()}
            root_new = _requirements(self.new.get("security")) or {frozenset()}
            self.security(
                _requirements(old_op.get("security")) or root_old,
                _requirements(new_op.get("security")) or root_new,
                f"{new_ptr}/security" if "security" in new_op else "/security",
                name,
            )

    # -- parameters -------------------------------------------------------------------------------

    def _parameters(
        self, doc: Any, item: dict[str, Any], op: dict[str, Any], item_ptr: str, op_ptr: str
    ) -> dict[tuple[str, str], tuple[dict[str, Any], str]]:
        out: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        for base, container in ((item_ptr, item), (op_ptr, op)):  # operation-level ones override
            raw = container.get("parameters")
            if not isinstance(raw, list):
                continue
            for i, entry in enumerate(raw):
                param, ptr = _resolve(doc, entry, f"{base}/parameters/{i}")
                if isinstance(param, dict) and "name" in param:
                    location, name = str(param.get("in", "")), str(param["name"])
                    out[(location, name.lower() if location == "header" else name)] = (param, ptr)
        return out

    def parameters(
        self,
        old_item: dict[str, Any],
        old_op: dict[str, Any],
        old_item_ptr: str,
        old_ptr: str,
        new_item: dict[str, Any],
        new_op: dict[str, Any],
        new_item_ptr: str,
        new_ptr: str,
        name: str,
    ) -> None:
        old_params = self._parameters(self.old, old_item, old_op, old_item_ptr, old_ptr)
        new_params = self._parameters(self.new, new_item, new_op, new_item_ptr, new_ptr)
        added = [key for key in new_params if key not in old_params]
        for key, (old_param, old_param_ptr) in old_params.items():
            location, pname = key
            if key in new_params:
                new_param, new_param_ptr = new_params[key]
                self.parameter(
                    old_param,
                    old_param_ptr,
                    new_param,
                    new_param_ptr,
                    f"{name}: parameter '{pname}' ({location})",
                    f"parameter '{pname}' ({location})",
                )
                continue
            moved = next((k for k in added if k[1].lower() == pname.lower()), None)
            if moved is not None:
                added.remove(moved)
                self.add(
                    True,
                    new_params[moved][1],
                    f"{name}: parameter '{pname}' moved from {location} to {moved[0]}",
                )
            else:
                self.add(True, old_param_ptr, f"{name}: parameter '{pname}' ({location}) removed")
        for key in added:
            new_param, new_param_ptr = new_params[key]
            if new_param.get("required") or key[0] == "path":
                self.add(True, new_param_ptr, f"{name}: new required parameter '{key[1]}' ({key[0]})")
            else:
                self.add(False, new_param_ptr, f"{name}: optional parameter '{key[1]}' ({key[0]}) added")

    @staticmethod
    def _serialization(param: dict[str, Any]) -> tuple[str, bool, bool]:
        style = str(param.get("style") or ("form" if param.get("in") in ("query", "cookie") else "simple"))
        return style, bool(param.get("explode", style == "form")), bool(param.get("allowReserved", False))

    @staticmethod
    def _parameter_schema(param: dict[str, Any], ptr: str) -> tuple[Any, str]:
        if "schema" in param:
            return param["schema"], f"{ptr}/schema"
        content = _dict(param.get("content"))
        for media_type, media in content.items():
            return _dict(media).get("schema", {}), f"{ptr}/content/{escape(media_type)}/schema"
        return {}, ptr

    def parameter(
        self,
        old: dict[str, Any],
        old_ptr: str,
        new: dict[str, Any],
        new_ptr: str,
        label: str,
        schema_label: str,
    ) -> None:
        old_required = bool(old.get("required")) or old.get("in") == "path"
        new_required = bool(new.get("required")) or new.get("in") == "path"
        if new_required and not old_required:
            self.add(True, new_ptr, f"{label} is now required")
        elif old_required and not new_required:
            self.add(False, new_ptr, f"{label} is no longer required")
        if self._serialization(old) != self._serialization(new):
            self.add(
                True,
                new_ptr,
                f"{label}: serialization changed from style/explode/allowReserved "
                f"{self._serialization(old)} to {self._serialization(new)}",
            )
        if bool(old.get("deprecated")) != bool(new.get("deprecated")):
            self.add(
                False, new_ptr, f"{label} {'deprecated' if new.get('deprecated') else 'no longer deprecated'}"
            )
        old_schema, old_schema_ptr = self._parameter_schema(old, old_ptr)
        new_schema, new_schema_ptr = self._parameter_schema(new, new_ptr)
        self.schema(old_schema, new_schema, old_schema_ptr, new_schema_ptr, "request", schema_label)

    # -- bodies -----------------------------------------------------------------------------------

    def content(self, old: Any, old_ptr: str, new: Any, new_ptr: str, side: Side, where: str) -> None:
        old_content, new_content = _dict(old), _dict(new)
        for media_type, old_media in old_content.items():
            if media_type not in new_content:
                self.add(True, f"{old_ptr}/{escape(media_type)}", f"{where}: media type {media_type} removed")
                continue
            ptr = escape(media_type)
            self.schema(
                _dict(old_media).get("schema", {}),
                _dict(new_content[media_type]).get("schema", {}),
                f"{old_ptr}/{ptr}/schema",
                f"{new_ptr}/{ptr}/schema",
                side,
                f"{side} body",
            )
        for media_type in new_content:
            if media_type not in old_content:
                self.add(False, f"{new_ptr}/{escape(media_type)}", f"{where}: media type {media_type} added")

    def request_body(
        self, old_op: dict[str, Any], old_ptr: str, new_op: dict[str, Any], new_ptr: str, name: str
    ) -> None:
        old_body, old_body_ptr = _resolve(self.old, old_op.get("requestBody"), f"{old_ptr}/requestBody")
        new_body, new_body_ptr = _resolve(self.new, new_op.get("requestBody"), f"{new_ptr}/requestBody")
        label = f"{name}: request body"
        if not isinstance(old_body, dict) and not isinstance(new_body, dict):
            return
        if not isinstance(new_body, dict):
            self.add(True, old_body_ptr, f"{label} removed")
            return
        if not isinstance(old_body, dict):
            if new_body.get("required"):
                self.add(True, new_body_ptr, f"{label} added as required")
            else:
                self.add(False, new_body_ptr, f"{label} added (optional)")
            return
        if new_body.get("required") and not old_body.get("required"):
            self.add(True, f"{new_body_ptr}/required", f"{label} is now required")
        elif old_body.get("required") and not new_body.get("required"):
            self.add(False, new_body_ptr, f"{label} is no longer required")
        self.content(
            old_body.get("content"),
            f"{old_body_ptr}/content",
            new_body.get("content"),
            f"{new_body_ptr}/content",
            "request",
            label,
        )

    def responses(
        self, old_op: dict[str, Any], old_ptr: str, new_op: dict[str, Any], new_ptr: str, name: str
    ) -> None:
        old_responses, new_responses = _dict(old_op.get("responses")), _dict(new_op.get("responses"))
        for status, old_raw in old_responses.items():
            old_status_ptr = f"{old_ptr}/responses/{escape(status)}"
            if status not in new_responses:
                kind = "success response" if status.startswith("2") else "response"
                self.add(True, old_status_ptr, f"{name}: {kind} status {status} removed")
                continue
            old_response, old_response_ptr = _resolve(self.old, old_raw, old_status_ptr)
            new_response, new_response_ptr = _resolve(
                self.new, new_responses[status], f"{new_ptr}/responses/{escape(status)}"
            )
            old_response, new_response = _dict(old_response), _dict(new_response)
            label = f"{name}: response {status}"
            self.content(
                old_response.get("content"),
                f"{old_response_ptr}/content",
                new_response.get("content"),
                f"{new_response_ptr}/content",
                "response",
                label,
            )
            self.headers(old_response, old_response_ptr, new_response, new_response_ptr, label)
        for status in new_responses:
            if status not in old_responses:
                self.add(
                    False, f"{new_ptr}/responses/{escape(status)}", f"{name}: response status {status} added"
                )

    def headers(
        self, old: dict[str, Any], old_ptr: str, new: dict[str, Any], new_ptr: str, label: str
    ) -> None:
        old_headers = {k.lower(): (k, v) for k, v in _dict(old.get("headers")).items()}
        new_headers = {k.lower(): (k, v) for k, v in _dict(new.get("headers")).items()}
        for key, (old_name, old_raw) in old_headers.items():
            old_header, old_header_ptr = _resolve(self.old, old_raw, f"{old_ptr}/headers/{escape(old_name)}")
            if key not in new_headers:
                required = bool(_dict(old_header).get("required"))
                self.add(
                    required,
                    old_header_ptr,
                    f"{label}: {'required ' if required else ''}header {old_name} removed",
                )
                continue
            new_name, new_raw = new_headers[key]
            new_header, new_header_ptr = _resolve(self.new, new_raw, f"{new_ptr}/headers/{escape(new_name)}")
            old_header, new_header = _dict(old_header), _dict(new_header)
            if old_header.get("required") and not new_header.get("required"):
                self.add(True, new_header_ptr, f"{label}: header {new_name} is no longer required")
            old_schema, old_schema_ptr = self._parameter_schema(old_header, old_header_ptr)
            new_schema, new_schema_ptr = self._parameter_schema(new_header, new_header_ptr)
            self.schema(
                old_schema,
                new_schema,
                old_schema_ptr,
                new_schema_ptr,
                "response",
                f"response header {new_name}",
            )
        for key, (new_name, _) in new_headers.items():
            if key not in old_headers:
                self.add(False, f"{new_ptr}/headers/{escape(new_name)}", f"{label}: header {new_name} added")

    # -- security ---------------------------------------------------------------------------------

    def security(self, old: set[_Requirement], new: set[_Requirement], pointer: str, where: str) -> None:
        for requirement in sorted(old - new, key=_fmt_requirement):
            self.add(
                True,
                pointer,
                f"{where}: security requirement {_fmt_requirement(requirement)} no longer accepted",
            )
        for requirement in sorted(new - old, key=_fmt_requirement):
            self.add(False, pointer, f"{where}: security alternative {_fmt_requirement(requirement)} added")

    def security_schemes(self) -> None:
        old_schemes = _dict(_dict(self.old.get("components")).get("securitySchemes"))
        new_schemes = _dict(_dict(self.new.get("components")).get("securitySchemes"))
        for name, old_raw in old_schemes.items():
            old_ptr = f"/components/securitySchemes/{escape(name)}"
            if name not in new_schemes:
                self.add(True, old_ptr, f"security scheme '{name}' removed")
                continue
            old_scheme = _dict(_resolve(self.old, old_raw, old_ptr)[0])
            new_scheme, new_ptr = _resolve(self.new, new_schemes[name], old_ptr)
            new_scheme = _dict(new_scheme)
            old_core = _without(old_scheme, ("description", "flows"))
            new_core = _without(new_scheme, ("description", "flows"))
            for key in sorted(set(old_core) | set(new_core)):
                if _canon(old_core.get(key)) != _canon(new_core.get(key)):
                    self.add(
                        True,
                        f"{new_ptr}/{escape(key)}" if key in new_core else new_ptr,
                        f"security scheme '{name}': {key} changed from {_show(old_core.get(key))} "
                        f"to {_show(new_core.get(key))}",
                    )
            self.flows(name, _dict(old_scheme.get("flows")), _dict(new_scheme.get("flows")), old_ptr, new_ptr)
        for name in new_schemes:
            if name not in old_schemes:
                self.add(
                    False, f"/components/securitySchemes/{escape(name)}", f"security scheme '{name}' added"
                )

    def flows(
        self, scheme: str, old: dict[str, Any], new: dict[str, Any], old_ptr: str, new_ptr: str
    ) -> None:
        for flow, old_flow in old.items():
            if flow not in new:
                self.add(
                    True,
                    f"{old_ptr}/flows/{escape(flow)}",
                    f"security scheme '{scheme}': {flow} flow removed",
                )
                continue
            ptr = f"{new_ptr}/flows/{escape(flow)}"
            old_flow, new_flow = _dict(old_flow), _dict(new[flow])
            if _canon(_without(old_flow, ("scopes", "description"))) != _canon(
                _without(new_flow, ("scopes", "description"))
            ):
                self.add(True, ptr, f"security scheme '{scheme}': {flow} flow URLs changed")
            old_scopes, new_scopes = _dict(old_flow.get("scopes")), _dict(new_flow.get("scopes"))
            for scope in old_scopes:
                if scope not in new_scopes:
                    self.add(
                        True, f"{ptr}/scopes", f"security scheme '{scheme}': {flow} scope '{scope}' removed"
                    )
            for scope in new_scopes:
                if scope not in old_scopes:
                    self.add(
                        False, f"{ptr}/scopes", f"security scheme '{scheme}': {flow} scope '{scope}' added"
                    )
        for flow in new:
            if flow not in old:
                self.add(
                    False, f"{new_ptr}/flows/{escape(flow)}", f"security scheme '{scheme}': {flow} flow added"
                )

    # -- schemas ----------------------------------------------------------------------------------

    def schema(self, old_raw: Any, new_raw: Any, old_ptr: str, new_ptr: str, side: Side, label: str) -> None:
        """Compare two schemas; ``side`` says who reads the value (request: server, response: client)."""
        old, optr = _resolve(self.old, old_raw, old_ptr)
        new, nptr = _resolve(self.new, new_raw, new_ptr)
        key = (optr, nptr, side)
        if key in self._visited:  # recursive schemas, and shared components compared once
            return
        self._visited.add(key)
        request = side == "request"
        if old is False or new is False:
            if old is not new and new is False:
                self.add(request, nptr, f"{label}: the schema now rejects every value")
            elif old is not new:
                self.add(
                    not request, nptr, f"{label}: the schema that rejected every value now accepts values"
                )
            return
        old, new = _dict(old), _dict(new)
        if "$ref" in old or "$ref" in new:  # unresolvable (external / dangling / cyclic)
            if old.get("$ref") != new.get("$ref"):
                self.add(
                    False,
                    nptr,
                    f"{label}: unresolvable $ref {old.get('$ref')} -> {new.get('$ref')}; review by hand",
                )
            return
        of, nf = _flatten(self.old, old, optr), _flatten(self.new, new, nptr)
        old_variants, new_variants = _variants(of), _variants(nf)
        if old_variants is not None or new_variants is not None:
            self.variants(
                old_variants if old_variants is not None else [(old_raw, old_ptr)],
                new_variants if new_variants is not None else [(new_raw, new_ptr)],
                side,
                label,
            )
            if old_variants is None or new_variants is None:
                return  # one side is a single schema: it was compared with the matching alternative
        self.type(of, nf, nptr, side, label)
        self.enum(of, nf, nptr, side, label)
        self.constraints(of, nf, nptr, side, label)
        self.object(of, nf, optr, nptr, side, label)
        self.array(of, nf, optr, nptr, side, label)

    def variants(
        self, old: list[tuple[Any, str]], new: list[tuple[Any, str]], side: Side, label: str
    ) -> None:
        def ref(raw: Any) -> Any:
            return raw.get("$ref") if isinstance(raw, dict) else None

        def types(doc: Any, raw: Any, ptr: str) -> Any:
            resolved = _resolve(doc, raw, ptr)[0]
            return _types(resolved) if isinstance(resolved, dict) else None

        old_keys = [(ref(raw), types(self.old, raw, ptr)) for raw, ptr in old]
        new_keys = [(ref(raw), types(self.new, raw, ptr)) for raw, ptr in new]
        old_left, new_left = list(range(len(old))), list(range(len(new)))
        pairs: list[tuple[int, int]] = []
        for part in (0, 1):  # same $ref first, then the same type, then by position
            for i in list(old_left):
                wanted = old_keys[i][part]
                j = next((j for j in new_left if wanted is not None and new_keys[j][part] == wanted), None)
                if j is not None:
                    pairs.append((i, j))
                    old_left.remove(i)
                    new_left.remove(j)
        while old_left and new_left:
            pairs.append((old_left.pop(0), new_left.pop(0)))
        for i, j in sorted(pairs):
            self.schema(old[i][0], new[j][0], old[i][1], new[j][1], side, label)
        request = side == "request"
        for i in old_left:
            what = self._describe(self.old, *old[i])
            consequence = " (a value the client may send is rejected)" if request else ""
            self.add(request, old[i][1], f"{label}: alternative {what} removed{consequence}")
        for j in new_left:
            what = self._describe(self.new, *new[j])
            consequence = "" if request else " (clients may fail to parse it)"
            self.add(not request, new[j][1], f"{label}: new alternative {what}{consequence}")

    @staticmethod
    def _describe(doc: Any, raw: Any, ptr: str) -> str:
        if isinstance(raw, dict) and isinstance(raw.get("$ref"), str):
            return str(raw["$ref"]).rsplit("/", 1)[-1]
        resolved = _resolve(doc, raw, ptr)[0]
        return f"of type {_fmt_types(_types(resolved) if isinstance(resolved, dict) else None)}"

    def type(self, of: _Flat, nf: _Flat, nptr: str, side: Side, label: str) -> None:
        old, new = _types(of.kw), _types(nf.kw)
        if old == new:
            return
        narrowed = (old is None and new is not None) or any(not _covers(new, t) for t in old or ())
        widened = (new is None and old is not None) or any(not _covers(old, t) for t in new or ())
        if not narrowed and not widened:
            return
        kind = "changed" if narrowed and widened else "narrowed" if narrowed else "widened"
        breaking = narrowed if side == "request" else widened
        pointer = f"{nf.origin['type']}/type" if "type" in nf.kw else nptr
        self.add(breaking, pointer, f"{label}: type {kind} from {_fmt_types(old)} to {_fmt_types(new)}")

    def enum(self, of: _Flat, nf: _Flat, nptr: str, side: Side, label: str) -> None:
        old, new = _enum(of.kw), _enum(nf.kw)
        keyword = "enum" if "enum" in nf.kw else "const"
        pointer = f"{nf.origin[keyword]}/{keyword}" if keyword in nf.kw else nptr
        request = side == "request"
        if old is None and new is None:
            return
        if old is None:
            self.add(request, pointer, f"{label}: values restricted to enum {_show(new)}")
            return
        if new is None:
            note = "" if request else " (any value may now be returned)"
            self.add(not request, nptr, f"{label}: enum restriction {_show(old)} removed{note}")
            return
        old_keys, new_keys = {_canon(v) for v in old}, {_canon(v) for v in new}
        for value in old:
            if _canon(value) not in new_keys:
                self.add(request, pointer, f"{label}: enum value {_show(value)} removed")
        for value in new:
            if _canon(value) not in old_keys:
                if request:
                    self.add(False, pointer, f"{label}: enum value {_show(value)} added")
                else:
                    self.add(
                        True,
                        pointer,
                        f"{label}: enum value {_show(value)} added to a response "
                        "(breaking for clients with strict enum parsing)",
                    )

    def constraints(self, of: _Flat, nf: _Flat, nptr: str, side: Side, label: str) -> None:
        request = side == "request"

        def report(keyword: str, tighter: bool, old: Any, new: Any) -> None:
            pointer = f"{nf.origin[keyword]}/{escape(keyword)}" if keyword in nf.kw else nptr
            if old is None:
                text = f"{keyword} {_show(new)} added"
            elif new is None:
                text = f"{keyword} {_show(old)} removed"
            else:
                text = f"{keyword} changed from {_show(old)} to {_show(new)}"
            kind = "tightened" if tighter else "relaxed"
            self.add(request and tighter, pointer, f"{label}: {text} ({kind})")

        for keyword in (*UPPER_BOUNDS, *LOWER_BOUNDS):
            old, new = _number(of.kw.get(keyword)), _number(nf.kw.get(keyword))
            if old == new:
                continue
            if old is None or new is None:
                tighter = old is None
            else:
                tighter = new < old if keyword in UPPER_BOUNDS else new > old
            report(keyword, tighter, old, new)
        old_pattern, new_pattern = of.kw.get("pattern"), nf.kw.get("pattern")
        if old_pattern != new_pattern:
            report("pattern", new_pattern is not None, old_pattern, new_pattern)
        old_multiple, new_multiple = _number(of.kw.get("multipleOf")), _number(nf.kw.get("multipleOf"))
        if old_multiple != new_multiple:
            if old_multiple is None or new_multiple is None:
                tighter = old_multiple is None
            else:  # every multiple of the old value stays valid iff the new value divides it
                tighter = new_multiple == 0 or (old_multiple / new_multiple) % 1 != 0
            report("multipleOf", tighter, old_multiple, new_multiple)
        if bool(of.kw.get("uniqueItems")) != bool(nf.kw.get("uniqueItems")):
            report(
                "uniqueItems",
                bool(nf.kw.get("uniqueItems")),
                of.kw.get("uniqueItems"),
                nf.kw.get("uniqueItems"),
            )
        old_format, new_format = of.kw.get("format"), nf.kw.get("format")
        if old_format != new_format:
            pointer = f"{nf.origin['format']}/format" if "format" in nf.kw else nptr
            text = f"{label}: format changed from {_show(old_format)} to {_show(new_format)}"
            if old_format in TYPED_FORMATS or new_format in TYPED_FORMATS:
                self.add(True, pointer, f"{text} (changes the generated client type)")
            else:
                self.add(request and new_format is not None, pointer, text)
        if "default" in of.kw or "default" in nf.kw:
            old_default, new_default = of.kw.get("default"), nf.kw.get("default")
            if _canon(old_default) != _canon(new_default):
                pointer = f"{nf.origin['default']}/default" if "default" in nf.kw else nptr
                self.add(
                    False,
                    pointer,
                    f"{label}: default changed from {_show(old_default)} to {_show(new_default)}",
                )
        if bool(of.kw.get("deprecated")) != bool(nf.kw.get("deprecated")):
            state = "deprecated" if nf.kw.get("deprecated") else "no longer deprecated"
            self.add(False, nptr, f"{label}: {state}")

    def _required(self, doc: Any, flat: _Flat, side: Side) -> set[str]:
        """Required properties that matter on this side (readOnly: not sent, writeOnly: not returned)."""
        hidden = "readOnly" if side == "request" else "writeOnly"
        out = set()
        for name in flat.required:
            schema = _resolve(doc, flat.props[name][0], flat.props[name][1])[0]
            if not (isinstance(schema, dict) and schema.get(hidden) is True):
                out.add(name)
        return out

    def object(self, of: _Flat, nf: _Flat, optr: str, nptr: str, side: Side, label: str) -> None:
        request = side == "request"
        old_required, new_required = self._required(self.old, of, side), self._required(self.new, nf, side)
        new_closed = nf.kw.get("additionalProperties") is False or nf.kw.get("unevaluatedProperties") is False
        old_closed = of.kw.get("additionalProperties") is False or of.kw.get("unevaluatedProperties") is False
        for name, (old_schema, old_prop_ptr) in of.props.items():
            if name not in nf.props:
                if request and new_closed:
                    self.add(
                        True,
                        old_prop_ptr,
                        f"{label}: request property '{name}' removed while additionalProperties is false "
                        "(sending it is rejected)",
                    )
                elif request:
                    self.add(False, old_prop_ptr, f"{label}: request property '{name}' removed")
                elif name in old_required:
                    self.add(True, old_prop_ptr, f"{label}: required response property '{name}' removed")
                else:
                    self.add(False, old_prop_ptr, f"{label}: optional response property '{name}' removed")
                continue
            new_schema, new_prop_ptr = nf.props[name]
            if request and name in new_required and name not in old_required:
                self.add(True, new_prop_ptr, f"{label}: request property '{name}' is now required")
            elif request and name in old_required and name not in new_required:
                self.add(False, new_prop_ptr, f"{label}: request property '{name}' is no longer required")
            elif not request and name in old_required and name not in new_required:
                self.add(
                    True,
                    new_prop_ptr,
                    f"{label}: response property '{name}' is no longer required (may be absent)",
                )
            elif not request and name in new_required and name not in old_required:
                self.add(False, new_prop_ptr, f"{label}: response property '{name}' is now always present")
            self.schema(
                old_schema, new_schema, old_prop_ptr, new_prop_ptr, side, f"{label}: property '{name}'"
            )
        for name, (_, new_prop_ptr) in nf.props.items():
            if name in of.props:
                continue
            if request and name in new_required:
                self.add(True, new_prop_ptr, f"{label}: new required request property '{name}'")
            else:
                self.add(
                    False,
                    new_prop_ptr,
                    f"{label}: {'request' if request else 'response'} property '{name}' added",
                )
        if new_closed and not old_closed:
            pointer = (
                f"{nf.origin['additionalProperties']}/additionalProperties"
                if "additionalProperties" in nf.kw
                else nptr
            )
            if request:
                self.add(
                    True,
                    pointer,
                    f"{label}: additionalProperties is now false (unlisted properties are rejected)",
                )
            else:
                self.add(False, pointer, f"{label}: additionalProperties is now false")
        elif old_closed and not new_closed:
            self.add(False, nptr, f"{label}: additionalProperties is no longer false")
        elif not old_closed and not new_closed:
            old_extra, new_extra = of.kw.get("additionalProperties"), nf.kw.get("additionalProperties")
            if isinstance(old_extra, dict) or isinstance(new_extra, dict):
                self.schema(
                    old_extra if isinstance(old_extra, dict) else {},
                    new_extra if isinstance(new_extra, dict) else {},
                    f"{of.origin.get('additionalProperties', optr)}/additionalProperties",
                    f"{nf.origin.get('additionalProperties', nptr)}/additionalProperties",
                    side,
                    f"{label}: additionalProperties",
                )

    def array(self, of: _Flat, nf: _Flat, optr: str, nptr: str, side: Side, label: str) -> None:
        if "items" in of.kw or "items" in nf.kw:
            self.schema(
                of.kw.get("items", {}),
                nf.kw.get("items", {}),
                f"{of.origin.get('items', optr)}/items",
                f"{nf.origin.get('items', nptr)}/items",
                side,
                f"{label}: items",
            )
        old_prefix, new_prefix = of.kw.get("prefixItems"), nf.kw.get("prefixItems")
        old_prefix = old_prefix if isinstance(old_prefix, list) else []
        new_prefix = new_prefix if isinstance(new_prefix, list) else []
        for i in range(max(len(old_prefix), len(new_prefix))):
            self.schema(
                old_prefix[i] if i < len(old_prefix) else {},
                new_prefix[i] if i < len(new_prefix) else {},
                f"{of.origin.get('prefixItems', optr)}/prefixItems/{i}",
                f"{nf.origin.get('prefixItems', nptr)}/prefixItems/{i}",
                side,
                f"{label}: item {i}",
            )


def diff_specs(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """The changes from ``old`` to ``new`` as a client sees them, in a deterministic order."""
    return _Differ(old, new).run()


# ---------------------------------------------------------------------------------------------------
# Versioning


def bump(version: str, changes: list[Change]) -> str:
    """The next semver version: breaking -> major (0.x: minor), other changes -> minor (0.x: patch)."""
    match = SEMVER.match(version)
    if match is None:
        raise ValueError(f"not a semver version: {version!r}")
    if not changes:
        return version
    prefix, major, minor, patch = match.group(1), int(match[2]), int(match[3]), int(match[4])
    if any(change.breaking for change in changes):
        major, minor, patch = (0, minor + 1, 0) if major == 0 else (major + 1, 0, 0)
    else:
        major, minor, patch = (0, minor, patch + 1) if major == 0 else (major, minor + 1, 0)
    return f"{prefix}{major}.{minor}.{patch}"


def _bullets(changes: list[Change]) -> list[str]:
    if not changes:
        return ["- None."]
    return [f"- {change.message} (`{change.pointer or '/'}`)" for change in changes]


def changelog_entry(vendor: str, old_version: str, new_version: str, changes: list[Change]) -> str:
    """A markdown changelog section for one vendor's client release."""
    breaking = [change for change in changes if change.breaking]
    other = [change for change in changes if not change.breaking]
    lines = [
        f"## {new_version}",
        "",
        f"Changes to the `{vendor}` API client since {old_version}.",
        "",
        "### Breaking",
        "",
        *_bullets(breaking),
        "",
        "### Added / changed",
        "",
        *_bullets(other),
    ]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------------
# Command line


def _git(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=False)


def _history_problem(root: Path, ref: str) -> tuple[str | None, bool]:
    """``(problem, fatal)``: why there is no version at ``ref`` (None if there is one)."""
    try:
        inside = _git(root, "rev-parse", "--is-inside-work-tree")
    except OSError as error:
        return f"git cannot run ({error})", False
    if inside.returncode != 0:
        return f"{root} is not in a git repository", False
    if _git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}").returncode == 0:
        return None, False
    if _git(root, "rev-parse", "--verify", "--quiet", "HEAD").returncode != 0:
        return "the git repository has no commits yet", False
    return f"git ref {ref!r} does not name a commit", True


def _spec_at(root: Path, ref: str, vendor: str) -> str | None:
    spec = f"{ref}:./specs/{vendor}.yaml"
    if _git(root, "cat-file", "-e", spec).returncode != 0:
        return None
    shown = _git(root, "show", spec)
    if shown.returncode != 0:
        raise RuntimeError(shown.stderr.strip() or f"git show {spec} failed")
    return shown.stdout


def _specs_at(root: Path, ref: str) -> set[str]:
    listed = _git(root, "ls-tree", "--name-only", ref, "specs/")
    return {Path(line).stem for line in listed.stdout.splitlines() if line.endswith(".yaml")}


def _load(text: str, where: str) -> dict[str, Any]:
    document = yaml.safe_load(text)
    if not isinstance(document, dict):
        raise ValueError(f"{where} is not a YAML mapping")
    return document


def _print_report(
    vendor: str, ref: str, old: dict[str, Any], new: dict[str, Any], changes: list[Change]
) -> None:
    breaking = [change for change in changes if change.breaking]
    other = [change for change in changes if not change.breaking]
    versions = f"{_dict(old.get('info')).get('version')} -> {_dict(new.get('info')).get('version')}"
    bump_kind = "major" if breaking else "minor" if other else "no"
    print(
        f"{vendor}: {len(breaking)} breaking, {len(other)} non-breaking change(s) since {ref} "
        f"(spec version {versions}; {bump_kind} client bump)"
    )
    for title, group in (("breaking", breaking), ("non-breaking", other)):
        print(f"  {title}:")
        for change in group:
            print(f"    - {change.pointer or '/'}: {change.message}")
        if not group:
            print("    (none)")


def main(argv: Sequence[str] | None = None, root: Path | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="api_diff.py",
        description="Report breaking and non-breaking changes of specs/*.yaml since a git ref.",
    )
    parser.add_argument(
        "--base", default="HEAD", metavar="REF", help="git ref to compare with (default: HEAD)"
    )
    parser.add_argument("--fail-on-breaking", action="store_true", help="exit 1 if any change is breaking")
    parser.add_argument(
        "vendors", nargs="*", metavar="VENDOR", help="spec names (default: every specs/*.yaml)"
    )
    args = parser.parse_args(argv)
    root = (root or ROOT).resolve()
    ref: str = args.base

    problem, fatal = _history_problem(root, ref)
    if fatal:
        print(f"api_diff: {problem}", file=sys.stderr)
        return 2
    if problem is not None:
        print(
            f"api_diff: {problem}: there is no version at {ref} to compare with; "
            "every spec is reported as new."
        )

    if args.vendors:
        vendors = [Path(v).stem if v.endswith(".yaml") else v for v in args.vendors]
    else:
        present = {path.stem for path in (root / "specs").glob("*.yaml")}
        vendors = sorted(present | (_specs_at(root, ref) if problem is None else set()))
        if not vendors:
            print(f"api_diff: no specs found in {root / 'specs'}")

    status = 0
    any_breaking = False
    for vendor in vendors:
        path = root / "specs" / f"{vendor}.yaml"
        try:
            old_text = None if problem is not None else _spec_at(root, ref, vendor)
            if old_text is None:
                if path.is_file():
                    print(f"{vendor}: new spec (specs/{vendor}.yaml is absent at {ref})")
                else:
                    print(f"api_diff: no spec specs/{vendor}.yaml here or at {ref}", file=sys.stderr)
                    status = 2
                continue
            old = _load(old_text, f"{ref}:specs/{vendor}.yaml")
            if not path.is_file():
                any_breaking = True
                print(f"{vendor}: spec removed (specs/{vendor}.yaml exists at {ref} only)")
                print(
                    f"  breaking:\n    - /: the whole {vendor} API was removed\n  non-breaking:\n    (none)"
                )
                continue
            new = _load(path.read_text(encoding="utf-8"), f"specs/{vendor}.yaml")
        except (OSError, RuntimeError, ValueError, yaml.YAMLError) as error:
            print(f"api_diff: {vendor}: {error}", file=sys.stderr)
            status = 2
            continue
        changes = diff_specs(old, new)
        any_breaking = any_breaking or any(change.breaking for change in changes)
        _print_report(vendor, ref, old, new, changes)

    if status:
        return status
    return 1 if args.fail_on_breaking and any_breaking else 0


if __name__ == "__main__":
    sys.exit(main())
