"""Formula types: the fixed catalogue of .NET types Charon's C# formulas can use, listed and found by name.

Emulator decisions: the catalogue is a fixed selection of the System types the vendor's formula
documentation uses (primitives with their C# aliases, text, time, math, collections); ``query`` matches a
name or alias exactly, the capital letters of a name (``DT`` → ``DateTime``) or a part of a name, case
insensitively, ranked in that order and then in catalogue order; ``getFormulaTypes`` finds one type by
full name, name or alias (404 for any other).
"""

from __future__ import annotations

from typing import Any

from emulators.charon.base import not_found
from emulators.charon.processes import Processes
from emulators.core.http import Request, Response
from emulators.core.vendor import operation

# (kind, full name, aliases)
_TYPES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("structure", "System.Boolean", ("bool",)),
    ("structure", "System.Byte", ("byte",)),
    ("structure", "System.SByte", ("sbyte",)),
    ("structure", "System.Int16", ("short",)),
    ("structure", "System.UInt16", ("ushort",)),
    ("structure", "System.Int32", ("int",)),
    ("structure", "System.UInt32", ("uint",)),
    ("structure", "System.Int64", ("long",)),
    ("structure", "System.UInt64", ("ulong",)),
    ("structure", "System.Single", ("float",)),
    ("structure", "System.Double", ("double",)),
    ("structure", "System.Decimal", ("decimal",)),
    ("structure", "System.Char", ("char",)),
    ("class", "System.String", ("string",)),
    ("class", "System.Object", ("object",)),
    ("structure", "System.DateTime", ()),
    ("structure", "System.DateTimeOffset", ()),
    ("structure", "System.TimeSpan", ()),
    ("structure", "System.Guid", ()),
    ("class", "System.Math", ()),
    ("class", "System.Convert", ()),
    ("class", "System.Array", ()),
    ("enum", "System.DayOfWeek", ()),
    ("enum", "System.StringComparison", ()),
    ("class", "System.Random", ()),
    ("class", "System.Linq.Enumerable", ()),
    ("interface", "System.Collections.Generic.IEnumerable`1", ()),
    ("interface", "System.Collections.Generic.IReadOnlyList`1", ()),
    ("class", "System.Collections.Generic.List`1", ()),
    ("class", "System.Collections.Generic.Dictionary`2", ()),
    ("structure", "System.Nullable`1", ()),
    ("delegate", "System.Func`2", ()),
    ("delegate", "System.Action`1", ()),
)


def _view(kind: str, full_name: str) -> dict[str, Any]:
    namespace, _, name = full_name.rpartition(".")
    module = "System.Linq" if namespace == "System.Linq" else "System.Runtime"
    if namespace == "System.Collections.Generic" and name.startswith(("List", "Dictionary")):
        module = "System.Collections"
    return {
        "kind": kind,
        "name": name,
        "fullName": full_name,
        "sourceCodeLanguage": "cSharp73",
        "packageOrNamespaceName": namespace,
        "moduleName": module,
        "namespace": namespace,
        "assemblyName": module,
    }


CATALOGUE: tuple[tuple[dict[str, Any], tuple[str, ...]], ...] = tuple(
    (_view(kind, full), aliases) for kind, full, aliases in _TYPES
)


def _short(name: str) -> str:
    return name.split("`")[0]


def rank(entry: dict[str, Any], aliases: tuple[str, ...], query: str) -> int | None:
    """0: the name or an alias; 1: the capital letters of the name; 2: a part of it; None: no match."""
    wanted = query.casefold()
    name = _short(entry["name"])
    if wanted in (name.casefold(), entry["fullName"].casefold(), *(a.casefold() for a in aliases)):
        return 0
    if wanted == "".join(ch for ch in name if ch.isupper()).casefold():
        return 1
    if wanted in entry["fullName"].casefold():
        return 2
    return None


class Catalogue(Processes):
    @operation("listFormulaTypes")
    def list_formula_types(self, request: Request) -> Response:
        self.present_data_source(request)
        query = str(request.query.get("query") or "").strip()
        if query:
            ranked = [(rank(e, a, query), i, e) for i, (e, a) in enumerate(CATALOGUE)]
            found = [e for r, _, e in sorted((x for x in ranked if x[0] is not None), key=lambda x: x[:2])]
        else:
            found = [entry for entry, _ in CATALOGUE]
        skip = request.query.get("skip") or 0
        take = request.query.get("take")
        page = found[skip:] if take is None else found[skip : skip + take]
        return self.ok({"types": page, "total": len(found)})

    @operation("getFormulaTypes")
    def get_formula_types(self, request: Request) -> Response:
        self.present_data_source(request)
        wanted = str(request.path_params["typeName"])
        for entry, aliases in CATALOGUE:
            if wanted in (entry["fullName"], entry["name"], *aliases):
                return self.ok(entry)
        raise not_found(f"The formula type {wanted!r}", "typeName")
