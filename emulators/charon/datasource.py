"""One branch's game data as a whole: the interface the engine's operations (and import/export/backup)
build on. Every function takes the core storage and a data source id (a branch id).

- :func:`snapshot` — the whole data source in Charon's JSON game-data form;
- :func:`replace_all` — restore: replace the content entirely, adopting the file's revision;
- :func:`apply_changes` — bulk change and import: per-document change records, dry run, transactions;
- :func:`validate` — per-document validation records;
- :func:`current_revision` — ``revisionHash``/``metadataHash``/``ChangeNumber``.

Emulator decisions: the file's ``Collections`` are written in a fixed order (``ProjectSettings``,
``Schema``, then one array per schema in schema order, empty ones included) and documents in creation
order, so ``snapshot → replace_all → snapshot`` gives the same JSON byte for byte; restoring a file
adopts its ``RevisionHash`` and ``ChangeNumber`` when well-formed (the data source *is* that revision
again) and gets a new ``metadataHash``. A collection the file names but no schema defines is
``invalidImportData``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import orjson

from emulators.charon import store
from emulators.charon.base import DataProblem
from emulators.charon.changes import (
    IMPORT_MODES,
    ChangeRecord,
    ChangeRequest,
    Collection,
    ImportMode,
    Writer,
)
from emulators.charon.checks import VALIDATION_OPTIONS, Checker
from emulators.charon.schemas import (
    METADATA_COLLECTIONS,
    SCHEMA_COLLECTION,
    SETTINGS_COLLECTION,
    SchemaError,
    parse_schema,
)
from emulators.charon.store import TOOLS_VERSION, Revision
from emulators.core.http import ApiProblem
from emulators.core.storage import Storage

__all__ = [
    "IMPORT_MODES",
    "VALIDATION_OPTIONS",
    "ChangeRecord",
    "ChangeRequest",
    "ChangesResult",
    "DataProblem",
    "ImportMode",
    "Revision",
    "ValidationRecord",
    "apply_changes",
    "copy_data_source",
    "current_revision",
    "drop_data_source",
    "ensure",
    "replace_all",
    "scope_of",
    "snapshot",
    "validate",
]


# What the spec says a revision hash is: a file's own is adopted only when it is one.
REVISION_HASH = re.compile(r"^[0-9a-fA-F]{24,32}$")


@dataclass(frozen=True, slots=True)
class ChangesResult:
    changes: list[ChangeRecord]
    revision: Revision

    def as_json(self) -> dict[str, Any]:
        return {"changes": [c.as_json() for c in self.changes], **self.revision.hashes()}


@dataclass(frozen=True, slots=True)
class ValidationRecord:
    id: Any
    schema_name: str
    schema_id: str
    errors: list[dict[str, str]]

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "schemaName": self.schema_name,
            "schemaId": self.schema_id,
            "errors": self.errors,
        }


def scope_of(data_source_id: str, transaction_id: str | None) -> str:
    return data_source_id if transaction_id is None else f"{data_source_id}#{transaction_id}"


def ensure(storage: Storage, data_source_id: str) -> Revision:
    """The data source's revision, loading the legacy file form (``content``) on first use; 404 when the
    data source does not exist."""
    found = store.revision(storage, data_source_id)
    if found is not None:
        return found
    content = storage.scalar("SELECT content FROM charon_data_sources WHERE id = ?", (data_source_id,))
    if content is None:
        raise ApiProblem(404, "The data source was not found.", code="resourceNotFound")
    # The file form is always a JSON object: projects.insert_branch writes one, loading leaves '{}'.
    with storage.transaction():
        return replace_all(storage, data_source_id, orjson.loads(content))


def current_revision(storage: Storage, data_source_id: str, transaction_id: str | None = None) -> Revision:
    ensure(storage, data_source_id)
    found = store.revision(storage, scope_of(data_source_id, transaction_id))
    if found is None:
        raise ApiProblem(404, "The transaction was not found.", code="missingTransaction")
    return found


def snapshot(storage: Storage, data_source_id: str, transaction_id: str | None = None) -> dict[str, Any]:
    """The whole data source: ``{ToolsVersion, RevisionHash, ChangeNumber, Collections}``."""
    head = current_revision(storage, data_source_id, transaction_id)
    scope = scope_of(data_source_id, transaction_id)
    meta = store.metadata(storage, scope)
    collections: dict[str, list[dict[str, Any]]] = {}
    for name in store.collection_order(meta):
        schema = meta.by_name.get(name)
        collections[name] = list(store.rows(storage, scope, schema.id if schema else name))
    return {
        "ToolsVersion": head.tools_version,
        "RevisionHash": head.revision_hash,
        "ChangeNumber": head.change_number,
        "Collections": collections,
    }


def _invalid(message: str, path: str) -> DataProblem:
    return DataProblem(400, [{"path": path, "message": message, "code": "invalidImportData"}])


def replace_all(storage: Storage, data_source_id: str, gamedata: dict[str, Any]) -> Revision:
    """Replace the data source's content with ``gamedata`` (a restore): all or nothing."""
    collections = gamedata.get("Collections") or {}
    if not isinstance(collections, dict):
        raise _invalid("Collections must be an object of arrays.", "/Collections")
    scope = data_source_id
    with storage.transaction():
        previous = store.settings(storage, scope) if store.revision(storage, scope) else None
        store.clear(storage, scope)
        schemas = _restore_schemas(storage, scope, collections.get(SCHEMA_COLLECTION) or [])
        settings = collections.get(SETTINGS_COLLECTION) or ([previous] if previous else [])
        if (
            not isinstance(settings, list)
            or len(settings) > 1
            or not all(isinstance(s, dict) for s in settings)
        ):
            raise _invalid("ProjectSettings holds one document.", f"/Collections/{SETTINGS_COLLECTION}")
        for document in settings:
            store.put(storage, scope, SETTINGS_COLLECTION, document)
        for name, documents in collections.items():
            if name in METADATA_COLLECTIONS:
                continue
            schema = schemas.get(name)
            if schema is None:
                raise _invalid(f"No schema defines the collection {name}.", f"/Collections/{name}")
            if not isinstance(documents, list):
                raise _invalid(f"{name} must be an array.", f"/Collections/{name}")
            seen: set[str] = set()
            for index, document in enumerate(documents):
                key = store.key_of(document.get("Id")) if isinstance(document, dict) else None
                if key is None or key in seen or document.get("Id") is None:
                    raise _invalid("Each document needs its own Id.", f"/Collections/{name}/{index}")
                seen.add(key)
                store.put(storage, scope, schema, document, seq=index + 1)
        store.forget_metadata()
        new = store.bump(storage, scope, metadata=True)
        given_hash, given_number = gamedata.get("RevisionHash"), gamedata.get("ChangeNumber")
        tools = gamedata.get("ToolsVersion")
        adopted = Revision(
            given_hash
            if isinstance(given_hash, str) and REVISION_HASH.match(given_hash)
            else new.revision_hash,
            new.metadata_hash,
            given_number if isinstance(given_number, int) and given_number >= 0 else new.change_number,
            tools if isinstance(tools, str) and tools else TOOLS_VERSION,
        )
        store.set_revision(storage, scope, adopted)
        storage.execute("UPDATE charon_data_sources SET content = '{}' WHERE id = ?", (data_source_id,))
    return adopted


def _restore_schemas(storage: Storage, scope: str, documents: Any) -> dict[str, Any]:
    if not isinstance(documents, list):
        raise _invalid("Schema must be an array.", "/Collections/Schema")
    schemas = {}
    for index, document in enumerate(documents):
        try:
            model = parse_schema(document)
        except SchemaError as failed:
            raise _invalid(failed.message, f"/Collections/Schema/{index}{failed.path}") from None
        if model.name in schemas or document.get("Id") is None:
            raise _invalid("Each schema needs its own Id and Name.", f"/Collections/Schema/{index}")
        schemas[model.name] = model
        store.put(storage, scope, SCHEMA_COLLECTION, document, seq=index + 1)
    return schemas


def size_sql(branch_id: str) -> str:
    """An SQL expression for the bytes of a branch's game data, ``branch_id`` the SQL naming its id: its file
    form until first used, then its documents (the file form is left as ``'{}'``)."""
    return (
        f"((SELECT coalesce(sum(length(d.content)), 0) FROM charon_data_sources d"
        f" WHERE d.id = {branch_id} AND d.content != '{{}}')"
        f" + (SELECT coalesce(sum(length(c.body)), 0) FROM charon_documents c WHERE c.scope = {branch_id}))"
    )


def copy_data_source(storage: Storage, source_id: str, destination_id: str) -> None:
    """Make a branch's data an exact copy of another's (new branch, push)."""
    ensure(storage, source_id)
    with storage.transaction():
        store.copy_scope(storage, source_id, destination_id)
        storage.execute("UPDATE charon_data_sources SET content = '{}' WHERE id = ?", (destination_id,))
    store.forget_metadata()


def drop_data_source(storage: Storage, data_source_id: str) -> None:
    with storage.transaction():
        store.drop_scope(storage, data_source_id)


def writer(storage: Storage, scope: str, validation_options: frozenset[str]) -> Writer:
    settings = store.settings(storage, scope) or {}
    language = settings.get("PrimaryLanguage")
    checker = Checker(storage, scope, store.metadata(storage, scope), validation_options)
    if isinstance(language, str) and language:
        checker.primary_language = language
    return Writer(checker)


def apply_changes(
    storage: Storage,
    data_source_id: str,
    documents: list[ChangeRequest],
    *,
    mode: ImportMode,
    dry_run: bool,
    validation_options: frozenset[str],
    transaction_id: str | None,
) -> ChangesResult:
    """Write ``documents`` per ``mode``; a document with errors is reported and not written, the others
    are. ``dry_run`` reports the same records and persists nothing. The revision changes when anything
    was written (the metadata hash too when a schema or the settings were)."""
    ensure(storage, data_source_id)
    scope = scope_of(data_source_id, transaction_id)
    try:
        with storage.transaction():
            head = store.revision(storage, scope)
            if head is None:
                raise ApiProblem(404, "The transaction was not found.", code="missingTransaction")
            # A savepoint, not the outer transaction: a dry run rolls back only its own writes, also when
            # the caller has a storage transaction open.
            if dry_run:
                storage.execute("SAVEPOINT charon_dry_run")
            try:
                records, metadata_changed = _write_all(storage, scope, documents, mode, validation_options)
            finally:
                if dry_run:
                    storage.execute("ROLLBACK TO charon_dry_run")
                    storage.execute("RELEASE charon_dry_run")
            changed = any(r.status in ("created", "updated", "deleted") for r in records)
            if changed and not dry_run:
                head = store.bump(storage, scope, metadata=metadata_changed)
    except BaseException:
        store.forget_metadata()  # schemas parsed inside the rolled-back writes
        raise
    if dry_run:
        store.forget_metadata()
    return ChangesResult(records, head)


def _write_all(
    storage: Storage,
    scope: str,
    documents: list[ChangeRequest],
    mode: ImportMode,
    validation_options: frozenset[str],
) -> tuple[list[ChangeRecord], bool]:
    """Every request written in order (ids fixed first); (records, whether metadata changed)."""
    write = writer(storage, scope, validation_options)
    records: list[ChangeRecord] = []
    kept: dict[str, tuple[Collection, set[str]]] = {}
    ids = [write.preassign(request, mode) for request in documents]
    for request, document_id in zip(documents, ids, strict=True):
        record = write.change(request, mode, document_id)
        records.append(record)
        target = write.collection(request.schema)
        if mode == "replace" and target is not None:
            kept.setdefault(target.id, (target, set()))[1].add(store.key_of(record.new_id))
    for target, names in kept.values():
        records.extend(write.replace_rest(target, names))
    return records, write.metadata_changed


def validate(
    storage: Storage,
    data_source_id: str,
    validation_options: frozenset[str],
    transaction_id: str | None = None,
) -> list[ValidationRecord]:
    """Every root document checked with ``validation_options``: one record per document with errors."""
    ensure(storage, data_source_id)
    scope = scope_of(data_source_id, transaction_id)
    checker = writer(storage, scope, validation_options).checker
    found = []
    for schema in checker.meta.by_name.values():
        for document in store.rows(storage, scope, schema.id):
            path = f"/{schema.name}/{document.get('Id')}"
            _, errors = checker.check(schema, document, path)
            errors += checker.duplicates(schema, document, path)
            if errors:
                found.append(ValidationRecord(document.get("Id"), schema.name, schema.id, errors))
    return found
