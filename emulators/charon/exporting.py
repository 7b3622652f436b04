"""What an export holds: the game-data document cut by export mode and by schema, property and language.

Pure functions over a snapshot (``datasource.snapshot``). Modes (vendor docs, ``data_export.rst``):
- ``normal``: the selected collections plus every document they reference (transitively), so the exported
  graph has no broken reference;
- ``publication``: as normal, without what the game does not load: the ``Schema`` collection and ``null``
  values [emulator decision: the vendor says "non-essential data" without a list];
- ``extraction``: the selected collections only (references may be broken);
- ``localization``: as extraction, with only ``Id`` and the localized-text properties, and only the
  collections that have any.
``schemas`` (names or ids; empty = every collection, metadata included) selects collections; ``properties``
(names or property ids; ``Id`` always kept) and ``languages`` (empty = all) cut the documents of the schema
collections. An unknown schema is a ``KeyError`` naming it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

LOCALIZED_TEXT, DOCUMENT, DOCUMENT_COLLECTION, REFERENCE, REFERENCE_COLLECTION = 1, 22, 23, 28, 29
METADATA = ("ProjectSettings", "Schema")
EXPORT_MODES = ("normal", "publication", "localization", "extraction")


class Schemas:
    """The ``Schema`` documents of a snapshot, by name and id, with the property facts exports need."""

    def __init__(self, schema_documents: Iterable[Mapping[str, Any]]) -> None:
        self.by_name: dict[str, Mapping[str, Any]] = {}
        self.name_of_id: dict[str, str] = {}
        for schema in schema_documents:
            name = str(schema.get("Name"))
            self.by_name[name] = schema
            self.name_of_id[str(schema.get("Id"))] = name

    def resolve(self, name_or_id: str) -> str:
        if name_or_id in self.by_name or name_or_id in METADATA:
            return name_or_id
        if name_or_id in self.name_of_id:
            return self.name_of_id[name_or_id]
        raise KeyError(name_or_id)

    def properties(self, name: str) -> list[Mapping[str, Any]]:
        schema = self.by_name.get(name) or {}
        return [p for p in schema.get("Properties") or [] if isinstance(p, Mapping)]

    def target(self, prop: Mapping[str, Any]) -> str | None:
        reference = prop.get("ReferenceType")
        return self.name_of_id.get(str(reference.get("Id"))) if isinstance(reference, Mapping) else None

    def localized(self, name: str) -> list[str]:
        return [str(p.get("Name")) for p in self.properties(name) if p.get("DataType") == LOCALIZED_TEXT]

    def references(self, name: str, document: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
        """(collection, id) of every document ``document`` (of schema ``name``) references, embedded ones'
        references included."""
        for prop in self.properties(name):
            value, target = document.get(str(prop.get("Name"))), self.target(prop)
            kind = prop.get("DataType")
            if target is None or value is None:
                continue
            items = value if isinstance(value, list) else [value]
            for item in items:
                if not isinstance(item, Mapping):
                    continue
                if kind in (REFERENCE, REFERENCE_COLLECTION) and "Id" in item:
                    yield target, item["Id"]
                elif kind in (DOCUMENT, DOCUMENT_COLLECTION):
                    yield from self.references(target, item)


def export(
    gamedata: Mapping[str, Any],
    mode: str,
    schemas: Iterable[str] = (),
    properties: Iterable[str] = (),
    languages: Iterable[str] = (),
) -> dict[str, Any]:
    collections: Mapping[str, list[dict[str, Any]]] = gamedata.get("Collections") or {}
    model = Schemas(collections.get("Schema") or [])
    wanted = [model.resolve(s) for s in schemas]
    selected = list(dict.fromkeys(wanted)) if wanted else list(collections)
    picked: dict[str, list[dict[str, Any]]] = {name: list(collections.get(name) or []) for name in selected}
    if mode in ("normal", "publication"):
        _add_referenced(collections, model, picked)
    if mode == "publication":
        picked.pop("Schema", None)
    if mode == "localization":
        picked = {n: docs for n, docs in picked.items() if n not in METADATA and model.localized(n)}
    property_filter = set(properties)
    language_filter = set(languages)
    out: dict[str, list[dict[str, Any]]] = {}
    for name in collections:  # the file's collection order, whatever order the filter named them in
        if name not in picked:
            continue
        if name in METADATA:
            out[name] = picked[name]
            continue
        keep = _kept_properties(model, name, mode, property_filter)
        localized = set(model.localized(name))
        out[name] = [
            _cut(document, keep, localized, language_filter, drop_nulls=mode == "publication")
            for document in picked[name]
        ]
    head = {k: gamedata[k] for k in ("ToolsVersion", "RevisionHash", "ChangeNumber") if k in gamedata}
    return {**head, "Collections": out}


def _add_referenced(
    collections: Mapping[str, list[dict[str, Any]]], model: Schemas, picked: dict[str, list[dict[str, Any]]]
) -> None:
    have = {(name, _key(d.get("Id"))) for name, docs in picked.items() for d in docs}
    queue = [(name, d) for name, docs in picked.items() if name not in METADATA for d in docs]
    index: dict[str, dict[str, dict[str, Any]]] = {}
    while queue:
        name, document = queue.pop()
        for target, document_id in model.references(name, document):
            if (target, _key(document_id)) in have:
                continue
            if target not in index:
                index[target] = {_key(d.get("Id")): d for d in collections.get(target) or []}
            found = index[target].get(_key(document_id))
            if found is None:
                continue  # a broken reference stays broken
            have.add((target, _key(document_id)))
            picked.setdefault(target, []).append(found)
            queue.append((target, found))
    for target in picked:
        if target in index:  # referenced documents in the collection's own order
            order = {key: position for position, key in enumerate(index[target])}
            picked[target].sort(key=lambda d: order.get(_key(d.get("Id")), -1))


def _kept_properties(model: Schemas, name: str, mode: str, wanted: set[str]) -> set[str] | None:
    """The property names to keep (None: all)."""
    props = model.properties(name)
    keep: set[str] | None = None
    if wanted:
        keep = {"Id"} | {
            str(p.get("Name")) for p in props if p.get("Name") in wanted or p.get("Id") in wanted
        }
    if mode == "localization":
        localized = {"Id", *model.localized(name)}
        keep = localized if keep is None else keep & localized
    return keep


def _cut(
    document: Mapping[str, Any],
    keep: set[str] | None,
    localized: set[str],
    languages: set[str],
    *,
    drop_nulls: bool,
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in document.items():
        if keep is not None and key not in keep:
            continue
        if drop_nulls and value is None:
            continue
        if languages and key in localized and isinstance(value, Mapping):
            value = {lang: text for lang, text in value.items() if lang in languages}
        out[key] = value
    return out


def _key(document_id: Any) -> str:
    return repr(document_id)
