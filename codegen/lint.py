"""Check the conventions of ``specs/README.md`` on an OpenAPI 3.1 document.

    python -m codegen.lint                    # every specs/*.yaml
    python -m codegen.lint specs/make.yaml    # only these

Every problem reads ``<name>#<JSON pointer>: <what is wrong>``. Checks:

- every local ``$ref`` resolves (external refs are reported: the specs are single documents);
- the document validates with openapi-spec-validator as OpenAPI 3.1;
- every operation has an ``operationId``, unique across the document (both locations are reported);
- every operation under ``paths`` has a 4xx response whose JSON body schema is (a ``$ref`` to) the error
  schema: ``info.x-error-schema`` (a name in ``components/schemas`` or a ``#/components/schemas/...`` ref)
  if present, otherwise the schema most ``components/responses`` entries reference;
- every parameter has a ``description`` and a ``schema`` (or ``content`` with one);
- every ``example`` and ``examples`` value of a media type, parameter, header or schema validates against
  its schema (Draft 2020-12, formats checked where jsonschema can, local refs resolved);
- every link's ``operationId`` exists (and a local ``operationRef`` resolves).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final
from urllib.parse import quote

# jsonschema ships no type information (and the project installs no stubs for it).
from jsonschema import Draft202012Validator  # type: ignore[import-untyped,unused-ignore]
from jsonschema.exceptions import best_match  # type: ignore[import-untyped,unused-ignore]
from jsonschema_path import SchemaPath
from openapi_spec_validator import OpenAPIV31SpecValidator
from openapi_spec_validator.validation.exceptions import DuplicateOperationIDError, OpenAPIValidationError
from openapi_spec_validator.validation.keywords import KeywordValidator
from referencing import Registry
from referencing.exceptions import Unresolvable
from referencing.jsonschema import DRAFT202012

from codegen.overlay import OverlayError, display_name, pointer_of, read_document
from openapi_toolkit import pointer, refs
from openapi_toolkit.pointer import escape
from openapi_toolkit.walk import HTTP_METHODS

ROOT: Final = Path(__file__).resolve().parent.parent
SPECS: Final = ROOT / "specs"

DOCUMENT_URI: Final = "urn:lint-specs:document"
MAX_MESSAGE: Final = 300

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
_DATA_KEYS: Final = frozenset({"example", "default", "const", "enum"})
# Keys whose values map names to objects: a name like `default` or `example` is then not a keyword.
_NAME_MAPS: Final = frozenset(
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


def _is_ref(value: object) -> bool:
    return isinstance(value, dict) and isinstance(value.get("$ref"), str)


def _dicts(container: object) -> Iterator[tuple[Any, dict[str, Any]]]:
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


def _string_keys(value: Any) -> Any:
    """The document as JSON would carry it: YAML's unquoted ``404:`` is an int key, and
    openapi-spec-validator fails on non-string keys."""
    if isinstance(value, dict):
        return {str(key): _string_keys(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_string_keys(item) for item in value]
    return value


def _truncate(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_MESSAGE else text[: MAX_MESSAGE - 1] + "…"


# ---------------------------------------------------------------------------------- openapi-spec-validator

# openapi-spec-validator reports document-level errors with their path from the root, but the errors of its
# keyword validators (schemas checked against their dialect, `default` values, path parameters, ...) either
# carry no path or one relative to the object checked. These wrappers tag such an error with the path
# (SchemaPath parts, through any $ref) of the innermost object being checked when it was raised.
_WHERE: Final = "_lint_specs_where"


def _locating(cls: type[KeywordValidator], suffix: Parts = ()) -> type[KeywordValidator]:
    if not any("__call__" in vars(base) for base in cls.__mro__ if base is not object):
        return cls
    original: Callable[..., Iterator[Any]] = cls.__call__

    def __call__(self: KeywordValidator, *args: Any, **kwargs: Any) -> Iterator[Any]:
        where = next((arg for arg in args if isinstance(arg, SchemaPath)), None)
        for error in original(self, *args, **kwargs):
            if not isinstance(error, OpenAPIValidationError):
                error = OpenAPIValidationError.create_from(error)  # as the library would, keeping the tag
            if where is not None and not hasattr(error, _WHERE):
                setattr(error, _WHERE, (*where.parts, *suffix))
            yield error

    return type(cls.__name__, (cls,), {"__call__": __call__})


_LOCATING_KEYWORD_VALIDATORS: Final = {
    keyword: _locating(cls, ("default",) if keyword == "default" else ())
    for keyword, cls in OpenAPIV31SpecValidator.keyword_validators.items()
}


class _LocatingSpecValidator(OpenAPIV31SpecValidator):
    keyword_validators = _LOCATING_KEYWORD_VALIDATORS


# --------------------------------------------------------------------------------------------- walking


def _walk_schema(parts: Parts, schema: dict[str, Any]) -> Iterator[Node]:
    yield Node("schema", parts, schema)
    for key in _ONE_SCHEMA:
        if isinstance(schema.get(key), dict):
            yield from _walk_schema((*parts, key), schema[key])
    for key in _SCHEMA_LISTS:
        for index, sub in _dicts(schema.get(key) if isinstance(schema.get(key), list) else None):
            yield from _walk_schema((*parts, key, index), sub)
    for key in _SCHEMA_MAPS:
        for name, sub in _dicts(schema.get(key)):
            yield from _walk_schema((*parts, key, name), sub)


def _walk_content(parts: Parts, content: object) -> Iterator[Node]:
    for media, media_type in _dicts(content):
        where = (*parts, media)
        yield Node("media-type", where, media_type)
        if isinstance(media_type.get("schema"), dict):
            yield from _walk_schema((*where, "schema"), media_type["schema"])
        for field, encoding in _dicts(media_type.get("encoding")):
            for header, value in _dicts(encoding.get("headers")):
                if not _is_ref(value):
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
    for name, header in _dicts(response.get("headers")):
        if not _is_ref(header):
            yield from _walk_header((*parts, "headers", name), header)
    yield from _walk_content((*parts, "content"), response.get("content"))
    for name, link in _dicts(response.get("links")):
        if not _is_ref(link):
            yield Node("link", (*parts, "links", name), link)


def _walk_callback(parts: Parts, callback: dict[str, Any]) -> Iterator[Node]:
    for expression, item in _dicts(callback):
        if not _is_ref(item):
            yield from _walk_path_item((*parts, expression), item)


def _walk_operation(parts: Parts, operation: dict[str, Any]) -> Iterator[Node]:
    yield Node("operation", parts, operation)
    for index, parameter in _dicts(operation.get("parameters")):
        if not _is_ref(parameter):
            yield from _walk_parameter((*parts, "parameters", index), parameter)
    body = operation.get("requestBody")
    if isinstance(body, dict) and not _is_ref(body):
        yield from _walk_content((*parts, "requestBody", "content"), body.get("content"))
    for status, response in _dicts(operation.get("responses")):
        if not _is_ref(response):
            yield from _walk_response((*parts, "responses", status), response)
    for name, callback in _dicts(operation.get("callbacks")):
        if not _is_ref(callback):
            yield from _walk_callback((*parts, "callbacks", name), callback)


def _walk_path_item(parts: Parts, item: dict[str, Any]) -> Iterator[Node]:
    yield Node("path-item", parts, item)
    for index, parameter in _dicts(item.get("parameters")):
        if not _is_ref(parameter):
            yield from _walk_parameter((*parts, "parameters", index), parameter)
    for method in HTTP_METHODS:
        if isinstance(item.get(method), dict):
            yield from _walk_operation((*parts, method), item[method])


def walk(doc: dict[str, Any]) -> Iterator[Node]:
    """Every path item, operation, parameter, header, media type, schema and link, where it is defined."""
    for top in ("paths", "webhooks"):
        for key, item in _dicts(doc.get(top)):
            if not _is_ref(item):
                yield from _walk_path_item((top, key), item)
    components = doc.get("components")
    if not isinstance(components, dict):
        return
    base: Parts = ("components",)
    for name, schema in _dicts(components.get("schemas")):
        yield from _walk_schema((*base, "schemas", name), schema)
    for name, response in _dicts(components.get("responses")):
        yield from _walk_response((*base, "responses", name), response)
    for name, parameter in _dicts(components.get("parameters")):
        yield from _walk_parameter((*base, "parameters", name), parameter)
    for name, body in _dicts(components.get("requestBodies")):
        yield from _walk_content((*base, "requestBodies", name, "content"), body.get("content"))
    for name, header in _dicts(components.get("headers")):
        yield from _walk_header((*base, "headers", name), header)
    for name, link in _dicts(components.get("links")):
        yield Node("link", (*base, "links", name), link)
    for name, callback in _dicts(components.get("callbacks")):
        yield from _walk_callback((*base, "callbacks", name), callback)
    for name, item in _dicts(components.get("pathItems")):
        yield from _walk_path_item((*base, "pathItems", name), item)


# ---------------------------------------------------------------------------------------------- linting


def _is_json(media: object) -> bool:
    name = str(media).split(";", 1)[0].strip().lower()
    return name == "application/json" or name.endswith("+json")


def _is_4xx(status: object) -> bool:
    text = str(status).upper()
    return text == "4XX" or (len(text) == 3 and text.isdigit() and text.startswith("4"))


class _Linter:
    def __init__(self, doc: dict[str, Any], name: str) -> None:
        self.doc = doc
        self.name = name
        self.problems: list[str] = []
        self.nodes = list(walk(doc))
        self.registry: Registry[Any] = Registry().with_resource(
            DOCUMENT_URI, DRAFT202012.create_resource(doc)
        )
        self.broken_refs = False

    def report(self, parts: Parts | str, message: str) -> None:
        pointer = parts if isinstance(parts, str) else pointer_of(parts)
        self.problems.append(f"{self.name}#{pointer}: {message}")

    # ---- references

    def lookup(self, ref: str) -> tuple[Parts, Any] | None:
        """The location (with the document's own keys) and value a local ``$ref`` (``#/...``) points to."""
        try:
            parts = pointer.split(pointer.from_fragment(ref))
        except ValueError:
            return None
        node: Any = self.doc
        resolved: list[str | int] = []
        for token in parts:
            key = self._child_key(node, str(token))
            if key is None:
                return None
            resolved.append(key)
            node = node[key]
        return tuple(resolved), node

    def locate(self, parts: Parts) -> Parts | None:
        """Where the node reached by ``parts``, following every ``$ref`` on the way (and at the end), is."""
        where: Parts = ()
        node: Any = self.doc
        for token in (*parts, None):
            if _is_ref(node):
                followed = refs.follow(self.doc, node, pointer.join(where), strict=False)
                if _is_ref(followed.node):
                    return None
                found = self.lookup("#" + followed.pointer)
                if found is None:
                    return None
                where, node = found
            if token is None:
                break
            key = self._child_key(node, str(token))
            if key is None:
                return None
            where, node = (*where, key), node[key]
        return where

    @staticmethod
    def _child_key(node: Any, token: str) -> str | int | None:
        """The key or index of ``node`` that the JSON pointer token ``token`` names, or None."""
        if isinstance(node, dict):
            if token in node:
                return token
            return next((key for key in node if str(key) == token), None)
        if isinstance(node, list) and token.isdigit() and int(token) < len(node):
            return int(token)
        return None

    def resolve(self, parts: Parts, value: Any) -> tuple[Parts, Any, list[Parts]]:
        """Follow a chain of ``$ref``s; returns the final location, value and every location passed."""
        followed = refs.follow(self.doc, value, pointer.join(parts), strict=False)
        chain = [parts]
        for passed in followed.chain[1:]:
            found = self.lookup("#" + passed)
            if found is None:
                break
            chain.append(found[0])
        return chain[-1], followed.node, chain

    def check_refs(self, node: Any, parts: Parts, names: bool = False) -> None:
        if isinstance(node, list):
            for index, item in enumerate(node):
                self.check_refs(item, (*parts, index))
            return
        if not isinstance(node, dict):
            return
        for key, value in node.items():
            where = (*parts, key)
            if key == "$ref" and isinstance(value, str):
                if not value.startswith("#"):
                    self.broken_refs = True
                    self.report(where, f"external reference {value!r}: only local '#/...' refs are allowed")
                elif self.lookup(value) is None:
                    self.broken_refs = True
                    self.report(where, f"{value!r} points to nothing")
            elif names:
                self.check_refs(value, where, names=False)
            elif key in _DATA_KEYS or (isinstance(key, str) and key.startswith("x-")):
                continue
            elif key == "examples":
                # Media type / parameter examples: name -> Example Object, whose `value` is data.
                # Schema examples (a list) are data.
                for example_name, example in _dicts(value if isinstance(value, dict) else None):
                    fields = {k: v for k, v in example.items() if k != "value"}
                    self.check_refs(fields, (*where, example_name))
            else:
                self.check_refs(value, where, names=key in _NAME_MAPS)

    # ---- checks

    def check_openapi(self) -> None:
        version = self.doc.get("openapi")
        if not (isinstance(version, str) and version.startswith("3.1.")):
            self.report(("openapi",), f"expected an OpenAPI 3.1.x document, got {version!r}")
            return
        if self.broken_refs:
            return  # openapi-spec-validator raises (instead of reporting) on a reference it cannot resolve
        try:
            for error in _LocatingSpecValidator(_string_keys(self.doc)).iter_errors():
                if isinstance(error, DuplicateOperationIDError):
                    continue  # reported by operation_ids(), with both locations
                if hasattr(error, _WHERE):
                    where = self.locate(getattr(error, _WHERE))
                    parts = (*where, *error.path) if where is not None else getattr(error, _WHERE)
                else:
                    parts = tuple(error.absolute_path)
                if error.context:
                    deeper = best_match(error.context)
                    if deeper is not None:
                        parts, error = (*parts, *deeper.path), deeper
                message = str(error.message).split("\n\n", 1)[0]
                self.report(parts, _truncate(message))
        except Exception as exc:  # the validator raises on what it cannot walk: report it, never crash
            self.report((), _truncate(f"openapi-spec-validator stopped: {type(exc).__name__}: {exc}"))

    def operation_ids(self) -> dict[str, Parts]:
        first: dict[str, Parts] = {}
        for node in self.nodes:
            if node.kind != "operation":
                continue
            operation_id = node.value.get("operationId")
            if operation_id is None:
                self.report(node.parts, "the operation has no operationId")
            elif not isinstance(operation_id, str) or not operation_id:
                self.report((*node.parts, "operationId"), "expected a non-empty string")
            elif operation_id in first:
                self.report(
                    (*node.parts, "operationId"),
                    f"duplicate operationId {operation_id!r}, "
                    f"also at #{pointer_of((*first[operation_id], 'operationId'))}",
                )
            else:
                first[operation_id] = node.parts
        return first

    def error_schema(self) -> Parts | None:
        """The error schema's location; reports (and returns None) when it cannot be told."""
        info = self.doc.get("info")
        named = info.get("x-error-schema") if isinstance(info, dict) else None
        if named is not None:
            found = None
            if isinstance(named, str):
                ref = named if named.startswith("#") else f"#/components/schemas/{escape(named)}"
                found = self.lookup(ref)
            if found is None or found[0][:2] != ("components", "schemas"):
                self.report(("info", "x-error-schema"), f"{named!r} names no schema in components/schemas")
                return None
            return found[0]
        counts: Counter[Parts] = Counter()
        components = self.doc.get("components")
        responses = components.get("responses") if isinstance(components, dict) else None
        for name, response in _dicts(responses):
            _, response, _ = self.resolve(("components", "responses", name), response)
            for media, media_type in _dicts(response.get("content") if isinstance(response, dict) else None):
                schema = media_type.get("schema")
                if _is_json(media) and isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
                    found = self.lookup(schema["$ref"])
                    if found is not None and found[0][:2] == ("components", "schemas"):
                        counts[found[0]] += 1
        if not counts:
            self.report(
                ("components", "responses"),
                "cannot tell the error schema: no entry has a JSON body referencing components/schemas "
                "(or name it in info.x-error-schema)",
            )
            return None
        return counts.most_common(1)[0][0]

    def check_error_responses(self) -> None:
        operations = []
        for path, item in _dicts(self.doc.get("paths")):
            item_parts, item, _ = self.resolve(("paths", path), item)
            for method in HTTP_METHODS:
                if isinstance(item, dict) and isinstance(item.get(method), dict):
                    operations.append(((*item_parts, method), item[method]))
        if not operations:
            return
        error_schema = self.error_schema()
        if error_schema is None:
            return
        for parts, operation in operations:
            if not self._has_error_response(operation, error_schema):
                self.report(
                    (*parts, "responses"),
                    f"no 4xx response has the error schema #{pointer_of(error_schema)} as its JSON body",
                )

    def _has_error_response(self, operation: dict[str, Any], error_schema: Parts) -> bool:
        for status, response in _dicts(operation.get("responses")):
            if not _is_4xx(status):
                continue
            _, response, _ = self.resolve((), response)
            for media, media_type in _dicts(response.get("content") if isinstance(response, dict) else None):
                if _is_json(media) and isinstance(media_type.get("schema"), dict):
                    _, _, chain = self.resolve((), media_type["schema"])
                    if error_schema in chain:
                        return True
        return False

    def check_parameters(self) -> None:
        for node in self.nodes:
            if node.kind != "parameter":
                continue
            label = f"parameter {node.value.get('name')!r}"
            description = node.value.get("description")
            if not isinstance(description, str) or not description.strip():
                self.report(node.parts, f"{label} has no description")
            content = node.value.get("content")
            has_content_schema = any("schema" in media_type for _, media_type in _dicts(content))
            if not isinstance(node.value.get("schema"), dict | bool) and not has_content_schema:
                self.report(node.parts, f"{label} has no schema")

    def _check_value(self, value: Any, value_parts: Parts, schema_parts: Parts, what: str) -> None:
        schema_uri = f"{DOCUMENT_URI}#{quote(pointer_of(schema_parts), safe='/~')}"
        validator = Draft202012Validator(
            {"$ref": schema_uri},
            registry=self.registry,
            format_checker=Draft202012Validator.FORMAT_CHECKER,
        )
        try:
            error = best_match(validator.iter_errors(value))
        except Unresolvable as exc:
            if not self.broken_refs:  # a broken reference is reported where it is written
                self.report(value_parts, _truncate(f"cannot check the {what}: {exc}"))
            return
        except Exception as exc:  # an invalid schema (unknown type, bad pattern, ...): report, never crash
            first_line = str(exc).split("\n", 1)[0].rstrip(":")
            self.report(
                value_parts, _truncate(f"cannot check the {what}: {type(exc).__name__}: {first_line}")
            )
            return
        if error is not None:
            inside = f" (at {pointer_of(tuple(error.absolute_path))})" if error.absolute_path else ""
            schema = pointer_of(schema_parts)
            message = f"the {what} does not match its schema #{schema}{inside}: {error.message}"
            self.report(value_parts, _truncate(message))

    def check_examples(self) -> None:
        for node in self.nodes:
            if node.kind == "schema":
                if "example" in node.value:
                    self._check_value(node.value["example"], (*node.parts, "example"), node.parts, "example")
                examples = node.value.get("examples")
                if isinstance(examples, list):
                    for index, example in enumerate(examples):
                        self._check_value(example, (*node.parts, "examples", index), node.parts, "example")
                continue
            if node.kind not in ("media-type", "parameter", "header"):
                continue
            if not isinstance(node.value.get("schema"), dict | bool):
                continue
            schema_parts = (*node.parts, "schema")
            if "example" in node.value:
                self._check_value(node.value["example"], (*node.parts, "example"), schema_parts, "example")
            for key, example in _dicts(node.value.get("examples")):
                where = (*node.parts, "examples", key)
                _, example, chain = self.resolve(where, example)
                if isinstance(example, dict) and "value" in example:
                    if len(chain) == 1:
                        self._check_value(example["value"], (*where, "value"), schema_parts, "example")
                    else:  # reported where it is used: the same component may suit one schema, not another
                        what = f"example #{pointer_of(chain[-1])}"
                        self._check_value(example["value"], where, schema_parts, what)

    def check_links(self, operation_ids: dict[str, Parts]) -> None:
        for node in self.nodes:
            if node.kind != "link":
                continue
            operation_id = node.value.get("operationId")
            if operation_id is not None and operation_id not in operation_ids:
                self.report((*node.parts, "operationId"), f"unknown operationId {operation_id!r}")
            operation_ref = node.value.get("operationRef")
            if isinstance(operation_ref, str) and operation_ref.startswith("#"):
                found = self.lookup(operation_ref)
                if found is None or not isinstance(found[1], dict):
                    self.report((*node.parts, "operationRef"), f"{operation_ref!r} points to no operation")

    def run(self) -> list[str]:
        self.check_refs(self.doc, ())
        self.check_openapi()
        operation_ids = self.operation_ids()
        self.check_error_responses()
        self.check_parameters()
        self.check_examples()
        self.check_links(operation_ids)
        return self.problems


def lint_spec(doc: dict[str, Any], *, name: str) -> list[str]:
    """Problems of an OpenAPI 3.1 document, each ``<name>#<JSON pointer>: <message>``; [] when clean."""
    if not isinstance(doc, dict):
        return [f"{name}#: expected an OpenAPI object, not {type(doc).__name__}"]
    return _Linter(doc, name).run()


# ------------------------------------------------------------------------------------------------- CLI


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen.lint", description="Lint OpenAPI specs.")
    parser.add_argument("specs", nargs="*", type=Path, help="OpenAPI documents (default: specs/*.yaml)")
    args = parser.parse_args(argv)
    paths: list[Path] = args.specs or sorted(SPECS.glob("*.yaml"))
    problems: list[str] = []
    for path in paths:
        name = display_name(path)
        try:
            doc = read_document(path, name)
        except OverlayError as exc:
            problems.append(str(exc))
            continue
        problems += lint_spec(doc, name=name)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) in {len(paths)} spec(s)", file=sys.stderr)
        return 1
    print(f"{len(paths)} spec(s): no problems", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
