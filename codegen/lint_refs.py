"""The reference half of the spec linter: a document's problems, and where its local ``$ref``s lead."""

from __future__ import annotations

from typing import Any, Final

from referencing import Registry
from referencing.jsonschema import DRAFT202012

from codegen.overlay import pointer_of
from codegen.spec_nodes import DATA_KEYS, NAME_MAPS, Parts, dicts, is_ref, walk
from openapi_toolkit import pointer, refs

DOCUMENT_URI: Final = "urn:lint-specs:document"


class References:
    """A document being linted, its problems, and its local references: where a ``$ref`` (or a chain of
    them) leads, and every ``$ref`` that leads nowhere or outside the document."""

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
            if is_ref(node):
                followed = refs.follow(self.doc, node, pointer.join(where), strict=False)
                if is_ref(followed.node):
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
            elif key in DATA_KEYS or (isinstance(key, str) and key.startswith("x-")):
                continue
            elif key == "examples":
                # Media type / parameter examples: name -> Example Object, whose `value` is data.
                # Schema examples (a list) are data.
                for example_name, example in dicts(value if isinstance(value, dict) else None):
                    fields = {k: v for k, v in example.items() if k != "value"}
                    self.check_refs(fields, (*where, example_name))
            else:
                self.check_refs(value, where, names=key in NAME_MAPS)
