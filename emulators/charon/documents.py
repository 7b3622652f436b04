"""Document operations: find, create, update, delete, list, pick, query (SSE) and bulk change.

Permissions: ``view`` reads; ``edit`` writes documents; writes to the ``Schema`` collection need ``design``
and to ``ProjectSettings`` ``administer``. Emulator decisions: ``path`` of ``listDocuments`` other than
null lists embedded documents (``*`` all of the schema's, ``/<Schema>`` those inside that collection's
documents, ``/<Schema>/<Id>/<Property>`` one place), filtered, sorted and paged in memory (embedded
documents are not indexed); ``meta.errorCount`` counts requirement, format and reference problems;
``queryDocuments`` sends one ``ListResult`` event per collection with matches (metadata collections too).
"""

from __future__ import annotations

from typing import Any

import orjson

from emulators.charon import datasource, embedded, listing, store
from emulators.charon.base import not_found, problem
from emulators.charon.changes import ChangeRecord, Collection, ImportMode
from emulators.charon.checks import Checker
from emulators.charon.schemas import (
    NUMERIC_TYPES,
    SCHEMA_COLLECTION,
    SETTINGS_COLLECTION,
)
from emulators.charon.transactions import Transactions
from emulators.core.http import Request, Response
from emulators.core.vendor import operation

META_CHECKS = frozenset({"checkRequirements", "checkFormat", "checkReferences"})


def meta(collection: Collection, document: dict[str, Any], errors: int = 0) -> dict[str, Any]:
    return {
        "schemaId": collection.id,
        "path": f"/{collection.name}/{document.get('Id')}",
        "containingDocumentSchemaId": None,
        "containingDocumentId": None,
        "errorCount": errors,
    }


def _diff(old: dict[str, Any] | None, new: dict[str, Any]) -> dict[str, Any]:
    old = old or {}
    changed = {k: v for k, v in new.items() if old.get(k) != v or k not in old}
    return {"Id": new.get("Id"), **changed}


class Documents(Transactions):
    # ----------------------------------------------------------------------------------- helpers

    def collection(self, scope: str, name_or_id: str) -> Collection:
        if name_or_id in (SCHEMA_COLLECTION, SETTINGS_COLLECTION):
            return Collection(name_or_id, None)
        found = store.metadata(self.storage, scope).find(name_or_id)
        if found is None:
            raise not_found("The schema", "schemaNameOrId")
        return Collection(found.name, found)

    def write_grant(self, request: Request, name_or_id: str | None = None) -> str:
        target = name_or_id or request.path_params.get("schemaNameOrId")
        return {SCHEMA_COLLECTION: "design", SETTINGS_COLLECTION: "administer"}.get(str(target), "edit")

    def validation_options(self, request: Request) -> frozenset[str]:
        return frozenset(request.query.get("validationOptions") or ())

    def error_count(self, scope: str, collection: Collection, document: dict[str, Any]) -> int:
        if collection.schema is None:
            return 0
        checker = Checker(self.storage, scope, store.metadata(self.storage, scope), META_CHECKS)
        return len(checker.check(collection.schema, document, meta(collection, document)["path"])[1])

    def lookup(
        self, scope: str, collection: Collection, name_or_id: str, value: str
    ) -> dict[str, Any] | None:
        """The document whose unique property ``name_or_id`` has ``value`` (a string from the query)."""
        if collection.schema is None:
            if name_or_id not in ("Id", "Name"):
                raise problem(
                    400,
                    "invalidParameterValue",
                    "Look metadata up by Id or Name.",
                    "uniqueSchemaPropertyNameOrId",
                )
            rows = store.rows(self.storage, scope, collection.id)
            return next((r for r in rows if str(r.get(name_or_id)) == value), None)
        prop = collection.schema.find(name_or_id)
        if prop is None or not prop.unique:
            raise problem(
                400,
                "invalidParameterValue",
                f"{name_or_id} is not a unique property.",
                "uniqueSchemaPropertyNameOrId",
            )
        typed: Any = value
        if prop.data_type in NUMERIC_TYPES:
            number = listing._number(value)
            if number is None:
                return None
            typed = int(number) if number.is_integer() else number
        if prop.name == "Id":
            return store.get(self.storage, scope, collection.id, typed)
        text = store.indexed_value(typed, prop.data_type)[0]
        key = self.storage.scalar(
            "SELECT doc_key FROM charon_document_values WHERE scope = ? AND schema_id = ? AND property = ?"
            " AND text_value = ? LIMIT 1",
            (scope, collection.id, prop.name, text),
        )
        return None if key is None else store.get(self.storage, scope, collection.id, orjson.loads(key))

    def found(self, scope: str, collection: Collection, document: dict[str, Any] | None) -> dict[str, Any]:
        head = store.revision(self.storage, scope)
        assert head is not None
        return {
            "document": document,
            "meta": None
            if document is None
            else meta(collection, document, self.error_count(scope, collection, document)),
            **head.hashes(),
        }

    def write_one(
        self, request: Request, document: dict[str, Any], mode: ImportMode, options: frozenset[str]
    ) -> tuple[ChangeRecord, datasource.Revision]:
        name = str(request.path_params["schemaNameOrId"])
        data_source_id = self.data_source(request, self.write_grant(request))
        transaction_id = self.transaction_of(request, data_source_id)
        collection = self.collection(datasource.scope_of(data_source_id, transaction_id), name)
        outcome = datasource.apply_changes(
            self.storage,
            data_source_id,
            [datasource.ChangeRequest(collection.id, document)],
            mode=mode,
            dry_run=False,
            validation_options=options,
            transaction_id=transaction_id,
        )
        record = outcome.changes[0]
        if record.errors:
            codes = {e["code"] for e in record.errors}
            status = 403 if "protectedDocument" in codes else 409 if "duplicateUniqueValue" in codes else 400
            raise datasource.DataProblem(status, record.errors)
        return record, outcome.revision

    def read_scope(self, request: Request) -> str:
        data_source_id = self.data_source(request, "view")
        return datasource.scope_of(data_source_id, self.transaction_of(request, data_source_id))

    # -------------------------------------------------------------------------------- operations

    @operation("findDocument")
    def find_document(self, request: Request) -> Response:
        scope = self.read_scope(request)
        collection = self.collection(scope, str(request.path_params["schemaNameOrId"]))
        document = self.lookup(
            scope,
            collection,
            str(request.query["uniqueSchemaPropertyNameOrId"]),
            str(request.query["uniqueSchemaPropertyValue"]),
        )
        return self.ok(self.found(scope, collection, document))

    @operation("createDocument")
    def create_document(self, request: Request) -> Response:
        record, head = self.write_one(request, dict(request.body), "create", self.validation_options(request))
        if record.status == "skipped":
            raise datasource.DataProblem(
                409,
                [
                    {
                        "path": f"/{record.schema_name}/{record.new_id}/Id",
                        "code": "duplicateUniqueValue",
                        "message": f"A document with the Id {record.new_id!r} exists.",
                    }
                ],
            )
        return self.ok({"document": record.document, **head.hashes()})

    @operation("updateDocument")
    def update_document(self, request: Request) -> Response:
        body = dict(request.body)
        if body.get("Id") is None:
            raise problem(400, "missingParameterValue", "The document's Id is required.", "Id")
        record, head = self.write_one(request, body, "update", self.validation_options(request))
        if record.status == "skipped":
            raise not_found("The document", "Id")
        document = record.document or {}
        return self.ok({"document": document, "diff": _diff(record.previous, document), **head.hashes()})

    @operation("deleteDocument")
    def delete_document(self, request: Request) -> Response:
        data_source_id = self.data_source(request, self.write_grant(request))
        scope = datasource.scope_of(data_source_id, self.transaction_of(request, data_source_id))
        collection = self.collection(scope, str(request.path_params["schemaNameOrId"]))
        existing = self.lookup(scope, collection, "Id", str(request.query["id"]))
        if existing is None:
            head = store.revision(self.storage, scope)
            assert head is not None
            return self.ok({"document": None, **head.hashes()})
        record, head = self.write_one(request, {"Id": existing["Id"]}, "delete", frozenset())
        return self.ok({"document": record.document, **head.hashes()})

    @operation("listDocuments")
    def list_documents(self, request: Request) -> Response:
        scope = self.read_scope(request)
        collection = self.collection(scope, str(request.path_params["schemaNameOrId"]))
        body = request.body if isinstance(request.body, dict) else {}
        path = body.get("path")
        if collection.schema is None:
            documents = list(store.rows(self.storage, scope, collection.id))
            total = len(documents)
            skip, take = body.get("skip") or 0, body.get("take")
            documents = documents[skip : None if take is None else skip + take]
            metas = [meta(collection, d) for d in documents]
        elif path is None:
            documents, total = listing.page(self.storage, scope, collection.schema, body)
            metas = [meta(collection, d, self.error_count(scope, collection, d)) for d in documents]
        else:
            documents, metas, total = embedded.page(self.storage, scope, collection.schema, str(path), body)
        head = store.revision(self.storage, scope)
        assert head is not None
        select = body.get("select")
        return self.ok(
            {
                "documents": [listing.project(d, select) for d in documents],
                "metas": metas,
                "total": total,
                **head.hashes(),
            }
        )
