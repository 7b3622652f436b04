"""Check the conventions of ``specs/README.md`` on an OpenAPI 3.1 document.

    python -m codegen.lint                    # every specs/*.yaml
    python -m codegen.lint specs/VENDOR.yaml  # only these

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

The document's objects come from ``codegen.spec_nodes`` (where each is defined), its references are
followed by ``codegen.lint_refs``; this module holds the checks and the command.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Iterator
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
from referencing.exceptions import Unresolvable

from codegen.lint_refs import DOCUMENT_URI, References
from codegen.overlay import OverlayError, display_name, pointer_of, read_document
from codegen.spec_nodes import Parts, dicts
from openapi_toolkit.pointer import escape
from openapi_toolkit.walk import HTTP_METHODS

ROOT: Final = Path(__file__).resolve().parent.parent
SPECS: Final = ROOT / "specs"

MAX_MESSAGE: Final = 300


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


# ---------------------------------------------------------------------------------------------- linting


def _is_json(media: object) -> bool:
    name = str(media).split(";", 1)[0].strip().lower()
    return name == "application/json" or name.endswith("+json")


def _is_4xx(status: object) -> bool:
    text = str(status).upper()
    return text == "4XX" or (len(text) == 3 and text.isdigit() and text.startswith("4"))


class _Linter(References):
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
        for name, response in dicts(responses):
            _, response, _ = self.resolve(("components", "responses", name), response)
            for media, media_type in dicts(response.get("content") if isinstance(response, dict) else None):
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
        for path, item in dicts(self.doc.get("paths")):
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
        for status, response in dicts(operation.get("responses")):
            if not _is_4xx(status):
                continue
            _, response, _ = self.resolve((), response)
            for media, media_type in dicts(response.get("content") if isinstance(response, dict) else None):
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
            has_content_schema = any("schema" in media_type for _, media_type in dicts(content))
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
            for key, example in dicts(node.value.get("examples")):
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
