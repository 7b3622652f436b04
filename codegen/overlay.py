"""Apply an OpenAPI Overlay 1.0.0 document (spec.openapis.org/overlay/v1.0.0) to an OpenAPI description.

    python -m codegen.overlay specs/make.yaml overlays/make.yaml            # the result, as YAML, on stdout
    python -m codegen.overlay specs/make.yaml overlays/make.yaml -o out.yaml

Semantics:

- Actions run in order, each on the result of the previous one. Targets are RFC 9535 JSONPath queries,
  evaluated by python-jsonpath in its strict (RFC 9535 only) mode.
- ``update`` on an object merges recursively: keys whose old and new values are both objects are merged,
  any other new value (scalar or array) replaces the old one. ``update`` on an array appends: the items of
  an array update, or the update itself when it is not an array. Updating a scalar is an error (target
  its parent instead).
- ``remove: true`` removes every matched node from its parent; removing the root is an error.
- Project policy: an action whose target matches nothing is an error, so a stale overlay fails loudly.
- The same node selected twice by one target (RFC 9535 allows duplicates) is changed once.

Every error is an :class:`OverlayError` whose message starts with ``<overlay file>#<JSON pointer>: ``,
the pointer leading into the overlay (``#/actions/3/target``, ``#/overlay``, …).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Final

import jsonpath
import yaml

from openapi_toolkit.pointer import escape, join

OVERLAY_VERSION: Final = "1.0.0"

# RFC 9535 only: no python-jsonpath extensions (keys selector `~`, `|` / `&`, `^`, `#`, `=~`, ...).
_JSONPATH: Final = jsonpath.JSONPathEnvironment(strict=True)

_TOP_FIELDS: Final = ("overlay", "info", "extends", "actions")
_INFO_FIELDS: Final = ("title", "version")
_ACTION_FIELDS: Final = ("target", "description", "update", "remove")

Parts = tuple[str | int, ...]


class OverlayError(Exception):
    """A problem with an overlay, located by ``<file>#<JSON pointer into the overlay>``."""

    def __init__(self, overlay_name: str, pointer: str, detail: str) -> None:
        super().__init__(f"{overlay_name}#{pointer}: {detail}")
        self.overlay_name = overlay_name
        self.pointer = pointer
        self.detail = detail


# --------------------------------------------------------------------------------------------- loading


class _StrictLoader(yaml.SafeLoader):
    """``yaml.SafeLoader`` that rejects duplicate keys instead of silently keeping the last one."""


def _construct_mapping(loader: _StrictLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: set[str] = set()
    for key_node, _ in node.value:
        if isinstance(key_node, yaml.ScalarNode) and key_node.tag != "tag:yaml.org,2002:merge":
            if key_node.value in seen:
                raise yaml.constructor.ConstructorError(
                    "while constructing a mapping",
                    node.start_mark,
                    f"found duplicate key {key_node.value!r}",
                    key_node.start_mark,
                )
            seen.add(key_node.value)
    return loader.construct_mapping(node)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def display_name(path: Path) -> str:
    """``path`` relative to the working directory when it is inside it (how users typed it)."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def read_document(path: Path, name: str) -> Any:
    """Parse a YAML or JSON file; errors name the file (``name#: ...``)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise OverlayError(name, "", f"cannot read the file: {exc}") from exc
    if path.suffix.lower() == ".json":
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise OverlayError(
                name, "", f"not valid JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}"
            ) from exc
    try:
        return yaml.load(text, Loader=_StrictLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise OverlayError(name, "", f"not valid YAML{where}: {problem}") from exc


def load_overlay(path: Path, *, name: str | None = None) -> dict[str, Any]:
    """Read an overlay (YAML or JSON) and check its structure, JSONPath targets included.

    ``name`` is how errors call the file (default: the path, relative to the working directory if inside it).
    """
    overlay_name = display_name(path) if name is None else name
    document = read_document(path, overlay_name)
    validate_overlay(document, overlay_name=overlay_name)
    result: dict[str, Any] = document
    return result


# ------------------------------------------------------------------------------------------ validation


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return f"a {type(value).__name__}"


def _check_fields(node: dict[Any, Any], allowed: tuple[str, ...], pointer: str, name: str) -> None:
    for key in node:
        if not isinstance(key, str) or (key not in allowed and not key.startswith("x-")):
            raise OverlayError(
                name,
                f"{pointer}/{escape(str(key))}",
                f"unknown field {key!r} (expected one of {', '.join(allowed)} or an x- extension)",
            )


def _compile_target(target: str, pointer: str, name: str) -> jsonpath.JSONPath | jsonpath.CompoundJSONPath:
    try:
        return _JSONPATH.compile(target)
    except jsonpath.JSONPathError as exc:
        # str(exc) is a multi-line caret diagram: build one line from the message and the token offset.
        offset = exc.token.index if exc.token is not None and exc.token.index >= 0 else len(target)
        raise OverlayError(
            name, pointer, f"invalid JSONPath {target!r}: {exc.message} (at character {offset})"
        ) from exc


def validate_overlay(
    overlay: object, *, overlay_name: str
) -> list[tuple[int, jsonpath.JSONPath | jsonpath.CompoundJSONPath]]:
    """Check ``overlay`` against Overlay 1.0.0; returns each action's index and compiled target."""
    name = overlay_name
    if not isinstance(overlay, dict):
        raise OverlayError(name, "", f"an overlay must be an object, not {_kind(overlay)}")
    _check_fields(overlay, _TOP_FIELDS, "", name)
    for key in ("overlay", "info", "actions"):
        if key not in overlay:
            raise OverlayError(name, "", f"missing required field {key!r}")
    if overlay["overlay"] != OVERLAY_VERSION:
        raise OverlayError(name, "/overlay", f"expected {OVERLAY_VERSION!r}, got {overlay['overlay']!r}")
    info = overlay["info"]
    if not isinstance(info, dict):
        raise OverlayError(name, "/info", f"expected an object, not {_kind(info)}")
    _check_fields(info, _INFO_FIELDS, "/info", name)
    for key in _INFO_FIELDS:
        if key not in info:
            raise OverlayError(name, "/info", f"missing required field {key!r}")
        if not isinstance(info[key], str):
            raise OverlayError(name, f"/info/{key}", f"expected a string, not {_kind(info[key])}")
    if "extends" in overlay and not isinstance(overlay["extends"], str):
        raise OverlayError(name, "/extends", f"expected a URI string, not {_kind(overlay['extends'])}")
    actions = overlay["actions"]
    if not isinstance(actions, list) or not actions:
        raise OverlayError(name, "/actions", "expected a non-empty array of actions")
    compiled = []
    for index, action in enumerate(actions):
        pointer = f"/actions/{index}"
        if not isinstance(action, dict):
            raise OverlayError(name, pointer, f"an action must be an object, not {_kind(action)}")
        _check_fields(action, _ACTION_FIELDS, pointer, name)
        if "target" not in action:
            raise OverlayError(name, pointer, "an action needs a 'target'")
        target = action["target"]
        if not isinstance(target, str):
            raise OverlayError(name, f"{pointer}/target", f"expected a JSONPath string, not {_kind(target)}")
        if "description" in action and not isinstance(action["description"], str):
            raise OverlayError(name, f"{pointer}/description", "expected a string")
        remove = action.get("remove", False)
        if not isinstance(remove, bool):
            raise OverlayError(name, f"{pointer}/remove", f"expected true or false, not {_kind(remove)}")
        if remove and "update" in action:
            raise OverlayError(name, pointer, "an action has either 'update' or 'remove: true', not both")
        if not remove and "update" not in action:
            raise OverlayError(name, pointer, "an action needs 'update' or 'remove'")
        if not remove and action["update"] is None:
            raise OverlayError(name, f"{pointer}/update", "expected an object or an array, not null")
        compiled.append((index, _compile_target(target, f"{pointer}/target", name)))
    return compiled


# ----------------------------------------------------------------------------------------- application


def pointer_of(parts: Parts) -> str:
    return join(parts)


def _clone(value: Any) -> Any:
    """A deep copy of a JSON-like tree that never shares nodes (YAML aliases become separate copies)."""
    if isinstance(value, dict):
        return {key: _clone(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_clone(item) for item in value]
    return value


def _merge(target: dict[Any, Any], update: dict[Any, Any]) -> None:
    for key, value in update.items():
        current = target.get(key)
        if isinstance(current, dict) and isinstance(value, dict):
            _merge(current, value)
        else:
            target[key] = _clone(value)


def _node_at(document: Any, parts: Parts) -> Any:
    node = document
    for part in parts:
        node = node[part]
    return node


def _matches(
    path: jsonpath.JSONPath | jsonpath.CompoundJSONPath, document: dict[str, Any], pointer: str, name: str
) -> Iterator[tuple[Parts, Any]]:
    """Each matched node once (RFC 9535 nodelists may repeat a node), in document order of first match."""
    seen: set[Parts] = set()
    try:
        for match in path.finditer(document):
            parts: Parts = tuple(match.parts)
            if parts not in seen:
                seen.add(parts)
                yield parts, match.obj
    except jsonpath.JSONPathError as exc:
        raise OverlayError(name, pointer, f"cannot evaluate the JSONPath: {exc.message}") from exc


def _remove(document: dict[str, Any], found: list[Parts], where: str, spec_name: str, name: str) -> None:
    selected = set(found)
    if () in selected:
        raise OverlayError(name, where, f"selects the root of {spec_name}, which cannot be removed")
    # A node inside another removed node goes with it. Find every parent before changing anything, then
    # delete array items from the highest index down so that earlier deletions do not shift later ones.
    groups: dict[int, tuple[Any, list[str | int]]] = {}
    for parts in found:
        if any(parts[:n] in selected for n in range(1, len(parts))):
            continue
        parent = _node_at(document, parts[:-1])
        groups.setdefault(id(parent), (parent, []))[1].append(parts[-1])
    for parent, keys in groups.values():
        if isinstance(parent, list):
            for index in sorted((k for k in keys if isinstance(k, int)), reverse=True):
                del parent[index]
        else:
            for key in keys:
                del parent[key]


def _update(parts: Parts, node: Any, update: Any, action: str, spec_name: str, name: str) -> None:
    location = f"{spec_name}#{pointer_of(parts)}"
    if isinstance(node, dict):
        if not isinstance(update, dict):
            raise OverlayError(
                name, f"{action}/update", f"{location} is an object: expected an object, not {_kind(update)}"
            )
        _merge(node, update)
    elif isinstance(node, list):
        node.extend(_clone(update) if isinstance(update, list) else [_clone(update)])
    else:
        raise OverlayError(
            name,
            f"{action}/target",
            f"selects {location}, {_kind(node)}: only objects and arrays can be updated (target its parent)",
        )


def apply_overlay(
    spec: dict[str, Any], overlay: dict[str, Any], *, overlay_name: str, spec_name: str
) -> dict[str, Any]:
    """A new document: ``spec`` with ``overlay``'s actions applied. Neither argument is modified."""
    compiled = validate_overlay(overlay, overlay_name=overlay_name)
    if not isinstance(spec, dict):
        raise OverlayError(overlay_name, "", f"{spec_name} is {_kind(spec)}, not an OpenAPI object")
    result: dict[str, Any] = _clone(spec)
    for index, path in compiled:
        action = overlay["actions"][index]
        where = f"/actions/{index}"
        found = list(_matches(path, result, f"{where}/target", overlay_name))
        if not found:
            raise OverlayError(overlay_name, f"{where}/target", f"matched nothing in {spec_name}")
        if action.get("remove", False):
            _remove(result, [parts for parts, _ in found], f"{where}/target", spec_name, overlay_name)
        else:
            for parts, node in found:
                _update(parts, node, action["update"], where, spec_name, overlay_name)
    return result


# ------------------------------------------------------------------------------------------------- CLI


class _Dumper(yaml.SafeDumper):
    """Multi-line strings as literal blocks (``|``), as people write descriptions, not as escaped lines."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


def to_yaml(document: Any) -> str:
    """The document as YAML, keys in their original order."""
    return yaml.dump(document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=110)


def _write_atomically(path: Path, text: str) -> None:
    """Write to a temporary file next to ``path``, then rename it: ``path`` is never left half-written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m codegen.overlay", description="Apply an OpenAPI Overlay 1.0.0 document to a spec."
    )
    parser.add_argument("spec", type=Path, help="the OpenAPI description (YAML or JSON)")
    parser.add_argument("overlay", type=Path, help="the overlay (YAML or JSON)")
    parser.add_argument("-o", "--output", type=Path, help="write the result here (default: stdout)")
    args = parser.parse_args(argv)
    spec_name = display_name(args.spec)
    overlay_name = display_name(args.overlay)
    try:
        spec = read_document(args.spec, spec_name)
        if not isinstance(spec, dict):
            raise OverlayError(spec_name, "", f"expected an OpenAPI object, not {_kind(spec)}")
        overlay = load_overlay(args.overlay, name=overlay_name)
        text = to_yaml(apply_overlay(spec, overlay, overlay_name=overlay_name, spec_name=spec_name))
        if args.output is None:
            sys.stdout.write(text)
        else:
            _write_atomically(args.output, text)
    except (OverlayError, OSError, yaml.YAMLError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
