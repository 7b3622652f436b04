"""Game-data rows: one row per root document, one row per top-level value (for filters and sorts), a
revision row per data source, and the schema model read from the ``Schema`` collection.

A *scope* is where rows live: the data source id, or ``<data source id>#<transaction id>`` for the copy a
transaction works on (see ``transactions.py``). Metadata documents are rows too, in the pseudo schemas
``Schema`` and ``ProjectSettings``. SQL is written for SQLite and PostgreSQL alike (``?`` placeholders,
``ON CONFLICT``, no JSON functions).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import orjson

from emulators.charon.schemas import (
    LOCALIZED_TEXT,
    METADATA_COLLECTIONS,
    REFERENCE,
    SCHEMA_COLLECTION,
    SETTINGS_COLLECTION,
    SchemaError,
    SchemaModel,
    parse_schema,
)
from emulators.core.storage import Storage

TOOLS_VERSION = "2025.1.1"


@dataclass(frozen=True, slots=True)
class Revision:
    """A data source's revision: ``revisionHash`` changes on every write, ``metadataHash`` on schema and
    settings writes, ``ChangeNumber`` counts writes."""

    revision_hash: str
    metadata_hash: str
    change_number: int
    tools_version: str = TOOLS_VERSION

    def hashes(self) -> dict[str, str]:
        return {"metadataHash": self.metadata_hash, "revisionHash": self.revision_hash}


@dataclass(frozen=True, slots=True)
class Metadata:
    """The schemas of one scope, by name and by id."""

    by_name: dict[str, SchemaModel]
    by_id: dict[str, SchemaModel]

    def find(self, name_or_id: str) -> SchemaModel | None:
        return self.by_name.get(name_or_id) or self.by_id.get(name_or_id)


def key_of(document_id: Any) -> str:
    """The stored key of an id: its canonical JSON (ids may be strings or integers)."""
    if isinstance(document_id, float) and document_id.is_integer():
        document_id = int(document_id)
    return orjson.dumps(document_id).decode()


def dumps(value: Any) -> str:
    return orjson.dumps(value).decode()


def _hash(kind: str, storage: Storage, length: int) -> str:
    storage.execute(
        "INSERT INTO charon_counters (name, value) VALUES ('revision', 1)"
        " ON CONFLICT (name) DO UPDATE SET value = charon_counters.value + 1"
    )
    number = storage.scalar("SELECT value FROM charon_counters WHERE name = 'revision'")
    return hashlib.sha256(f"{kind}:{number}".encode()).hexdigest()[:length]


def next_counter(storage: Storage, name: str) -> int:
    storage.execute(
        "INSERT INTO charon_counters (name, value) VALUES (?, 1)"
        " ON CONFLICT (name) DO UPDATE SET value = charon_counters.value + 1",
        (name,),
    )
    value: int = storage.scalar("SELECT value FROM charon_counters WHERE name = ?", (name,))
    return value


# ---------------------------------------------------------------------------------------- revisions


def revision(storage: Storage, scope: str) -> Revision | None:
    row = storage.one("SELECT * FROM charon_revisions WHERE scope = ?", (scope,))
    if row is None:
        return None
    return Revision(row["revision_hash"], row["metadata_hash"], row["change_number"], row["tools_version"])


def set_revision(storage: Storage, scope: str, value: Revision) -> None:
    storage.execute(
        "INSERT INTO charon_revisions (scope, revision_hash, metadata_hash, change_number, tools_version)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (scope) DO UPDATE SET revision_hash = excluded.revision_hash,"
        " metadata_hash = excluded.metadata_hash, change_number = excluded.change_number,"
        " tools_version = excluded.tools_version",
        (scope, value.revision_hash, value.metadata_hash, value.change_number, value.tools_version),
    )


def bump(storage: Storage, scope: str, *, metadata: bool) -> Revision:
    """A new revision after a write (a new metadata hash too when schemas or settings changed)."""
    current = revision(storage, scope) or Revision("0" * 24, _hash("metadata", storage, 8), 0)
    new = Revision(
        _hash("revision", storage, 24),
        _hash("metadata", storage, 8) if metadata else current.metadata_hash,
        current.change_number + 1,
        current.tools_version,
    )
    set_revision(storage, scope, new)
    return new


# -------------------------------------------------------------------------------------------- rows


def _text_leaves(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _text_leaves(item)
    elif isinstance(value, list):
        for item in value:
            yield from _text_leaves(item)


def indexed_value(value: Any, data_type: int | None) -> tuple[str | None, str | None, float | None]:
    """(text, case-folded text, number) of a value, as the values table stores it for filters and sorts."""
    if value is None:
        return None, None, None
    if isinstance(value, bool):
        return ("true" if value else "false"), ("true" if value else "false"), float(value)
    if isinstance(value, int | float):
        text = key_of(value)
        return text, text, float(value)
    if isinstance(value, str):
        return value, value.lower(), None
    if data_type == LOCALIZED_TEXT and isinstance(value, dict):
        first = next((v for v in value.values() if isinstance(v, str)), None)
        return first, first.lower() if first is not None else None, None
    if data_type == REFERENCE and isinstance(value, dict):
        target = value.get("Id")
        text = target if isinstance(target, str) else key_of(target)
        return text, text.lower(), None
    text = dumps(value)
    return text, text.lower(), None


def get(storage: Storage, scope: str, schema_id: str, document_id: Any) -> dict[str, Any] | None:
    body = storage.scalar(
        "SELECT body FROM charon_documents WHERE scope = ? AND schema_id = ? AND doc_key = ?",
        (scope, schema_id, key_of(document_id)),
    )
    return None if body is None else dict(orjson.loads(body))


def rows(storage: Storage, scope: str, schema_id: str) -> Iterator[dict[str, Any]]:
    for row in storage.all(
        "SELECT body FROM charon_documents WHERE scope = ? AND schema_id = ? ORDER BY seq",
        (scope, schema_id),
    ):
        yield orjson.loads(row[0])


def count(storage: Storage, scope: str, schema_id: str) -> int:
    size = storage.scalar(
        "SELECT size FROM charon_collection_sizes WHERE scope = ? AND schema_id = ?", (scope, schema_id)
    )
    return int(size or 0)


def put(
    storage: Storage,
    scope: str,
    schema: SchemaModel | str,
    document: dict[str, Any],
    *,
    seq: int | None = None,
) -> None:
    """Insert or replace one root document and its indexed values (keeps its place when it exists)."""
    schema_id = schema if isinstance(schema, str) else schema.id
    key = key_of(document.get("Id"))
    existing = storage.scalar(
        "SELECT seq FROM charon_documents WHERE scope = ? AND schema_id = ? AND doc_key = ?",
        (scope, schema_id, key),
    )
    if existing is None:
        _resize(storage, scope, schema_id, 1)
    seq = seq if seq is not None else existing
    if seq is None:
        seq = int(
            storage.scalar(
                "SELECT coalesce(max(seq), 0) + 1 FROM charon_documents WHERE scope = ? AND schema_id = ?",
                (scope, schema_id),
            )
        )
    search = "\n".join(_text_leaves(document)).lower()
    storage.execute(
        "INSERT INTO charon_documents (scope, schema_id, doc_key, seq, body, search)"
        " VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (scope, schema_id, doc_key) DO UPDATE SET body = excluded.body,"
        " search = excluded.search",
        (scope, schema_id, key, seq, dumps(document), search),
    )
    storage.execute(
        "DELETE FROM charon_document_values WHERE scope = ? AND schema_id = ? AND doc_key = ?",
        (scope, schema_id, key),
    )
    if isinstance(schema, str):
        return
    values = []
    for prop in schema.properties:
        text, folded, number = indexed_value(document.get(prop.name), prop.data_type)
        values.append((scope, schema_id, key, prop.name, text, folded, number, seq))
    storage.db.executemany(
        "INSERT INTO charon_document_values"
        " (scope, schema_id, doc_key, property, text_value, folded_value, number_value, seq)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        values,
    )


def _resize(storage: Storage, scope: str, schema_id: str, change: int) -> None:
    """Keep the collection's size: an unfiltered page's ``total`` without counting a million rows."""
    storage.execute(
        "INSERT INTO charon_collection_sizes (scope, schema_id, size) VALUES (?, ?, ?)"
        " ON CONFLICT (scope, schema_id) DO UPDATE SET size = charon_collection_sizes.size + excluded.size",
        (scope, schema_id, change),
    )


def reindex(storage: Storage, scope: str, schema: SchemaModel) -> None:
    """Index a collection's documents again after its schema changed (a value row per property)."""
    for row in storage.all(
        "SELECT seq, body FROM charon_documents WHERE scope = ? AND schema_id = ? ORDER BY seq",
        (scope, schema.id),
    ):
        put(storage, scope, schema, orjson.loads(row["body"]), seq=row["seq"])


def delete(storage: Storage, scope: str, schema_id: str, document_id: Any) -> None:
    removed = storage.execute(
        "DELETE FROM charon_documents WHERE scope = ? AND schema_id = ? AND doc_key = ?",
        (scope, schema_id, key_of(document_id)),
    ).rowcount
    storage.execute(
        "DELETE FROM charon_document_values WHERE scope = ? AND schema_id = ? AND doc_key = ?",
        (scope, schema_id, key_of(document_id)),
    )
    if removed:
        _resize(storage, scope, schema_id, -removed)


def clear(storage: Storage, scope: str, schema_id: str | None = None) -> None:
    """Every row of a scope (or of one collection in it); the revision row stays."""
    for table in ("charon_documents", "charon_document_values", "charon_collection_sizes"):
        if schema_id is None:
            storage.execute(f"DELETE FROM {table} WHERE scope = ?", (scope,))
        else:
            storage.execute(
                f"DELETE FROM {table} WHERE scope = ? AND schema_id = ?",
                (scope, schema_id),
            )


def copy_scope(storage: Storage, source: str, destination: str) -> None:
    """Make ``destination`` an exact copy of ``source`` (rows and revision)."""
    clear(storage, destination)
    storage.execute(
        "INSERT INTO charon_documents (scope, schema_id, doc_key, seq, body, search)"
        " SELECT ?, schema_id, doc_key, seq, body, search FROM charon_documents WHERE scope = ?",
        (destination, source),
    )
    storage.execute(
        "INSERT INTO charon_document_values"
        " (scope, schema_id, doc_key, property, text_value, folded_value, number_value, seq)"
        " SELECT ?, schema_id, doc_key, property, text_value, folded_value, number_value, seq"
        " FROM charon_document_values WHERE scope = ?",
        (destination, source),
    )
    storage.execute(
        "INSERT INTO charon_collection_sizes (scope, schema_id, size)"
        " SELECT ?, schema_id, size FROM charon_collection_sizes WHERE scope = ?",
        (destination, source),
    )
    found = revision(storage, source)
    if found is not None:
        set_revision(storage, destination, found)


def drop_scope(storage: Storage, scope: str) -> None:
    clear(storage, scope)
    storage.execute("DELETE FROM charon_revisions WHERE scope = ?", (scope,))


def move_scope(storage: Storage, source: str, destination: str) -> None:
    """Replace ``destination`` by ``source`` (a transaction's commit), leaving ``source`` empty."""
    copy_scope(storage, source, destination)
    drop_scope(storage, source)


# ----------------------------------------------------------------------------------------- metadata

_METADATA_CACHE: dict[tuple[int, str, str], Metadata] = {}
_CACHE_LIMIT = 64


def metadata(storage: Storage, scope: str) -> Metadata:
    """The scope's schemas, parsed once per metadata revision."""
    current = revision(storage, scope)
    cache_key = (id(storage), scope, current.metadata_hash if current else "")
    found = _METADATA_CACHE.get(cache_key)
    if found is not None:
        return found
    models = []
    for raw in rows(storage, scope, SCHEMA_COLLECTION):
        try:
            models.append(parse_schema(raw))
        except SchemaError:
            continue  # a stored schema that no longer parses (restored as-is) defines no collection
    found = Metadata({m.name: m for m in models}, {m.id: m for m in models})
    if len(_METADATA_CACHE) >= _CACHE_LIMIT:
        _METADATA_CACHE.clear()
    _METADATA_CACHE[cache_key] = found
    return found


def forget_metadata() -> None:
    """Drop the parsed schemas (on reset, when hashes start over)."""
    _METADATA_CACHE.clear()


def settings(storage: Storage, scope: str) -> dict[str, Any] | None:
    return next(rows(storage, scope, SETTINGS_COLLECTION), None)


def collection_order(meta: Metadata) -> Iterable[str]:
    """Collection names in file order: the metadata collections, then one per schema (schema order)."""
    yield from METADATA_COLLECTIONS
    yield from meta.by_name
