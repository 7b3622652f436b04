"""Schema-level comparison: types, enums, constraints, objects, arrays, alternatives."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from codegen.diff.common import (
    ANNOTATIONS,
    LOWER_BOUNDS,
    TYPED_FORMATS,
    UPPER_BOUNDS,
    ChangeLog,
    Comparison,
    Side,
    _canon,
    _dict,
    _resolve,
    _show,
)
from openapi_toolkit.pointer import escape


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


class SchemaDiffer(Comparison):
    """Two schemas compared keyword by keyword, recursing into properties, items and alternatives.

    Longer than most classes here on purpose: it is one recursive walk, and each keyword family is one
    method of it; splitting it would scatter the recursion (``schema`` calls back from ``object``/``array``).
    """

    def __init__(self, old: dict[str, Any], new: dict[str, Any], log: ChangeLog) -> None:
        super().__init__(old, new, log)
        self._visited: set[tuple[str, str, Side]] = set()

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
