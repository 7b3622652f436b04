"""Writes of documents, one at a time, for every import mode; shared by the single-document operations,
bulk change and import (through ``datasource.apply_changes``).

Emulator decisions where the vendor is silent: ``update`` merges embedded objects key by key, while
``safeUpdate`` replaces top-level values only; ``replace`` deletes the collection's documents the request
does not name; ``create`` skips a document whose id exists and ``update``/``safeUpdate``/``delete`` skip one
that does not (status ``skipped``). A *temporary id* (an id the schema's generator would not make, e.g.
``"new-1"`` where the generator makes ObjectIds) gets a generated id, and every reference to it within the
same request is rewritten (``import_export.rst``). The ``Schema`` collection needs no schema of its own:
its documents are checked by ``schemas.parse_schema``; ``ProjectSettings`` holds exactly one document,
which can be updated but not created or deleted (``protectedDocument``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from emulators.charon import store
from emulators.charon.checks import Checker, error
from emulators.charon.schemas import (
    ID_GLOBAL_SEQUENCE,
    ID_NONE,
    ID_OBJECT_ID,
    ID_SEQUENCE,
    REFERENCE,
    REFERENCE_COLLECTION,
    SCHEMA_COLLECTION,
    SETTINGS,
    SETTINGS_COLLECTION,
    SchemaError,
    SchemaModel,
    format_ok,
    generated_id_ok,
    new_id,
    parse_schema,
)
from emulators.core.storage import Storage

ImportMode = Literal["createAndUpdate", "create", "update", "safeUpdate", "replace", "delete"]
IMPORT_MODES: tuple[ImportMode, ...] = (
    "createAndUpdate",
    "create",
    "update",
    "safeUpdate",
    "replace",
    "delete",
)


@dataclass(frozen=True, slots=True)
class ChangeRequest:
    """One document to write: its collection (schema name or id) and the document as sent."""

    schema: str
    document: dict[str, Any]


@dataclass
class ChangeRecord:
    id: Any
    new_id: Any
    schema_name: str
    schema_id: str
    status: str
    errors: list[dict[str, str]] = field(default_factory=list)
    document: dict[str, Any] | None = None  # the document after the change (or as deleted)
    previous: dict[str, Any] | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "newId": self.new_id,
            "schemaName": self.schema_name,
            "schemaId": self.schema_id,
            "status": self.status,
            "comment": "",
            "errors": self.errors,
        }


class Collection:
    """What a write needs to know about one collection: a data schema, or a metadata pseudo-collection."""

    def __init__(self, name: str, schema: SchemaModel | None) -> None:
        self.name, self.schema = name, schema
        self.id = schema.id if schema is not None else name

    @property
    def is_metadata(self) -> bool:
        return self.schema is None


def merge(old: dict[str, Any], new: dict[str, Any], *, deep: bool) -> dict[str, Any]:
    merged = dict(old)
    for key, value in new.items():
        if deep and isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = merge(merged[key], value, deep=True)
        else:
            merged[key] = value
    return merged


@dataclass
class Writer:
    """Applies change requests to one scope; ``temporary`` maps (schema id, temporary id) → new id."""

    checker: Checker
    temporary: dict[tuple[str, str], Any] = field(default_factory=dict)
    metadata_changed: bool = False

    @property
    def storage(self) -> Storage:
        return self.checker.storage

    @property
    def scope(self) -> str:
        return self.checker.scope

    def collection(self, name_or_id: str) -> Collection | None:
        if name_or_id in (SCHEMA_COLLECTION, SETTINGS_COLLECTION):
            return Collection(name_or_id, None)
        found = self.checker.meta.find(name_or_id)
        return Collection(found.name, found) if found is not None else None

    def refresh_metadata(self) -> None:
        store.forget_metadata()
        self.checker.meta = store.metadata(self.storage, self.scope)
        self.metadata_changed = True

    # --------------------------------------------------------------------------------------- ids

    def _resolve_id(self, target: Collection, document: dict[str, Any], mode: ImportMode) -> Any:
        """The id the document is stored under (generated for a missing or temporary id on create)."""
        given = document.get("Id")
        generator = target.schema.id_generator if target.schema is not None else ID_OBJECT_ID
        if target.name == SETTINGS_COLLECTION:
            generator = ID_NONE
        if isinstance(given, str | int):
            mapped = self.temporary.get((target.id, store.key_of(given)))
            if mapped is not None:
                return mapped
        creating = mode in ("create", "createAndUpdate", "replace")
        # Metadata ids are kept as given: only data documents can carry temporary ids.
        temporary = target.schema is not None and not generated_id_ok(generator, given)
        needs_new = given is None or (generator != ID_NONE and temporary)
        if not creating or not needs_new or generator == ID_NONE:
            return given
        if generator == ID_SEQUENCE:
            number = store.next_counter(self.storage, f"sequence:{self.scope}:{target.id}")
        elif generator == ID_GLOBAL_SEQUENCE:
            number = store.next_counter(self.storage, f"sequence:{self.scope}")
        else:
            number = store.next_counter(self.storage, "document-id")
        made = new_id(generator, number)
        if given is not None:
            self.temporary[(target.id, store.key_of(given))] = made
        return made

    def _rewrite_references(self, schema: SchemaModel, document: dict[str, Any]) -> None:
        if not self.temporary:
            return
        for prop in schema.properties:
            if prop.data_type not in (REFERENCE, REFERENCE_COLLECTION) or prop.reference_schema_id is None:
                continue
            value = document.get(prop.name)
            items = [value] if isinstance(value, dict) else value if isinstance(value, list) else []
            for item in items:
                if isinstance(item, dict) and isinstance(item.get("Id"), str | int):
                    mapped = self.temporary.get((prop.reference_schema_id, store.key_of(item["Id"])))
                    if mapped is not None:
                        item["Id"] = mapped

    # -------------------------------------------------------------------------------------- write

    def preassign(self, request: ChangeRequest, mode: ImportMode) -> Any:
        """The id a request's document will get, fixed before any write so that documents of one request
        may refer to each other (forward references included)."""
        target = self.collection(request.schema)
        if target is None:
            return None
        document_id = self._resolve_id(target, request.document, mode)
        if document_id is not None and mode != "delete":
            self.checker.pending.add((target.id, store.key_of(document_id)))
        return document_id

    def change(self, request: ChangeRequest, mode: ImportMode, document_id: Any) -> ChangeRecord:
        """Write one request's document under ``document_id``, the id ``preassign`` gave it (or None)."""
        target = self.collection(request.schema)
        given = request.document.get("Id")
        if target is None:
            return ChangeRecord(
                given, given, request.schema, "", "error", [error("", "resourceNotFound", "No such schema.")]
            )
        record = ChangeRecord(given, given, target.name, target.id, "error")
        if document_id is None:
            # preassign found no collection: its schema is written earlier in this same request.
            document_id = self._resolve_id(target, request.document, mode)
        record.new_id = document_id
        path = f"/{target.name}/{document_id}"
        if document_id is None:
            record.errors.append(error(f"{path}/Id", "nullValue", "The document has no Id."))
            return record
        existing = store.get(self.storage, self.scope, target.id, document_id)
        record.previous = existing
        if mode == "delete":
            return self._delete(target, record, existing, document_id)
        if existing is None and mode in ("update", "safeUpdate"):
            record.status = "skipped"
            return record
        if existing is not None and mode == "create":
            record.status = "skipped"
            return record
        document = {**request.document, "Id": document_id}
        if existing is not None and mode in ("update", "createAndUpdate", "safeUpdate"):
            document = merge(existing, document, deep=mode != "safeUpdate")
        stored, errors = self._checked(target, document, path, creating=existing is None)
        if errors:
            record.errors = errors
            return record
        record.document = stored
        if stored == existing:
            record.status = "unchanged"
            return record
        store.put(self.storage, self.scope, target.schema or target.id, stored)
        record.status = "created" if existing is None else "updated"
        if target.is_metadata:
            self.refresh_metadata()
            changed = self.checker.meta.by_id.get(str(document_id))
            if target.name == SCHEMA_COLLECTION and existing is not None and changed is not None:
                store.reindex(self.storage, self.scope, changed)
        return record

    def _delete(
        self, target: Collection, record: ChangeRecord, existing: dict[str, Any] | None, document_id: Any
    ) -> ChangeRecord:
        if existing is None:
            record.status = "skipped"
            return record
        if target.name == SETTINGS_COLLECTION:
            record.errors.append(error(f"/{target.name}", "protectedDocument", "Settings cannot be deleted."))
            return record
        store.delete(self.storage, self.scope, target.id, document_id)
        if target.name == SCHEMA_COLLECTION:
            store.clear(self.storage, self.scope, str(document_id))
            self.refresh_metadata()
        record.status, record.document = "deleted", existing
        return record

    def _checked(
        self, target: Collection, document: dict[str, Any], path: str, *, creating: bool
    ) -> tuple[dict[str, Any], list[dict[str, str]]]:
        if target.name == SETTINGS_COLLECTION:
            if creating:
                return document, [error(path, "duplicateSettingsDocument", "ProjectSettings already exists.")]
            return document, []
        if target.name == SCHEMA_COLLECTION:
            return document, self._schema_errors(document, path)
        assert target.schema is not None
        schema = target.schema
        if creating and schema.type == SETTINGS and store.count(self.storage, self.scope, schema.id):
            return document, [
                error(path, "duplicateSettingsDocument", f"{schema.name} holds a single document.")
            ]
        if not format_ok(schema.id_property, document["Id"]):
            return document, [error(f"{path}/Id", "invalidIdFormat", "The Id has the wrong type.")]
        self._rewrite_references(schema, document)
        stored, errors = self.checker.check(schema, document, path)
        stored["Id"] = document["Id"]
        return stored, errors + self.checker.duplicates(schema, stored, path)

    def _schema_errors(self, document: dict[str, Any], path: str) -> list[dict[str, str]]:
        try:
            model = parse_schema(document)
        except SchemaError as failed:
            return [error(path + failed.path, failed.code, failed.message)]
        other = self.checker.meta.by_name.get(model.name)
        if other is not None and other.id != model.id:
            return [error(f"{path}/Name", "duplicateUniqueValue", f"A schema named {model.name} exists.")]
        return []

    def replace_rest(self, target: Collection, kept: set[str]) -> list[ChangeRecord]:
        """``replace`` mode: delete the collection's documents the request did not name."""
        records = []
        for document in list(store.rows(self.storage, self.scope, target.id)):
            if store.key_of(document.get("Id")) in kept:
                continue
            record = ChangeRecord(document.get("Id"), document.get("Id"), target.name, target.id, "error")
            records.append(self._delete(target, record, document, document.get("Id")))
        return records
