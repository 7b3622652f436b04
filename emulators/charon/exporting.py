"""What an export holds: the game-data document cut by export mode and by schema, property and language.

Pure functions over a snapshot (``datasource.snapshot``). Modes (vendor docs, ``data_export.rst``):
- ``normal``: the selected collections plus every document they reference (transitively), so the exported
  graph has no broken reference;
- ``publication``: as normal, without what the game does not load: the ``Schema`` collection and ``null``
  values [emulator decision: the vendor says "non-essential data" without a list];
- ``extraction``: the selected collections only (references may be broken);
- ``localization``: as extraction, with only ``Id`` and the localized texts (those of embedded documents
  too, inside their documents cut the same way), and only the collections that have any.
``schemas`` (names or ids; empty = every collection, metadata included) selects collections; ``properties``
(names or property ids; ``Id`` always kept) cut the documents of the schema collections, and ``languages``
(empty = all) every localized text in them, embedded ones included. An unknown schema is a ``KeyError``
naming it.
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
        # Per schema name, asked for per (embedded) document of an export: computed once.
        self._localized_paths: dict[str, list[str]] = {}
        self._embedded: dict[str, dict[str, str]] = {}
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
        """Where the localized texts of a ``name`` document are: property names, and paths through embedded
        documents (``Parts/*/Name`` in a collection, ``Part/Name`` in a single one; a schema embedded in
        itself is followed one level)."""
        if name not in self._localized_paths:
            self._localized_paths[name] = list(self._localized(name, frozenset()))
        return self._localized_paths[name]

    def _localized(self, name: str, seen: frozenset[str]) -> Iterator[str]:
        for prop in self.properties(name):
            prop_name, kind = str(prop.get("Name")), prop.get("DataType")
            if kind == LOCALIZED_TEXT:
                yield prop_name
            target = self.target(prop)
            if kind in (DOCUMENT, DOCUMENT_COLLECTION) and target is not None and target not in seen:
                step = f"{prop_name}/*" if kind == DOCUMENT_COLLECTION else prop_name
                yield from (f"{step}/{inner}" for inner in self._localized(target, seen | {name}))

    def embedded(self, name: str) -> dict[str, str]:
        """Property name -> schema name of the documents embedded in a ``name`` document."""
        if name not in self._embedded:
            self._embedded[name] = {
                str(p.get("Name")): target
                for p in self.properties(name)
                if p.get("DataType") in (DOCUMENT, DOCUMENT_COLLECTION)
                and (target := self.target(p)) is not None
            }
        return self._embedded[name]

    def localized_holders(self, name: str) -> set[str]:
        """``Id`` and the top-level properties of a ``name`` document that are or hold localized texts: what a
        localization export keeps."""
        return {"Id", *(path.split("/")[0] for path in self.localized(name))}

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
        cut = Cut(model, mode, language_filter)
        out[name] = [cut.document(name, document, keep) for document in picked[name]]
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
        localized = model.localized_holders(name)
        keep = localized if keep is None else keep & localized
    return keep


class Cut:
    """Cuts one document (and the documents embedded in it) for an export mode and a language filter."""

    def __init__(self, model: Schemas, mode: str, languages: set[str]) -> None:
        self.model, self.mode, self.languages = model, mode, languages

    def document(self, name: str, document: Mapping[str, Any], keep: set[str] | None) -> dict[str, Any]:
        texts = self.model.localized(name)  # a top-level text's path is its property name
        embedded = self.model.embedded(name)
        out: dict[str, Any] = {}
        for key, value in document.items():
            if keep is not None and key not in keep:
                continue
            if self.mode == "publication" and value is None:
                continue
            if self.languages and key in texts and isinstance(value, Mapping):
                value = {lang: text for lang, text in value.items() if lang in self.languages}
            elif key in embedded:
                value = self._inner(embedded[key], value)
            out[key] = value
        return out

    def _inner(self, name: str, value: Any) -> Any:
        if not (self.languages or self.mode in ("localization", "publication")):
            return value
        wanted = self.model.localized_holders(name) if self.mode == "localization" else None
        if isinstance(value, list):
            return [self.document(name, v, wanted) if isinstance(v, Mapping) else v for v in value]
        return self.document(name, value, wanted) if isinstance(value, Mapping) else value


def _key(document_id: Any) -> str:
    return repr(document_id)
