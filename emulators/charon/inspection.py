"""Many documents at once: pick, query (server-sent events), bulk change, validate and examine.

Emulator decisions: a pick whose schema does not exist answers ``document: null`` for that item (the
others still answer); ``queryDocuments`` streams one ``ListResult`` per collection with matches, in file
order, and ``limit`` bounds the documents over all events; ``examine`` counts a schema's embedded
documents (inside other collections' documents) in ``documentCount`` and the documents with errors
(requirements, format, uniqueness, references) as ``validationErrorCount.error``.
"""

from __future__ import annotations

from typing import Any

import orjson

from emulators.charon import datasource, embedded, store
from emulators.charon.changes import ChangeRequest, Collection
from emulators.charon.documents import Documents, meta
from emulators.charon.schemas import METADATA_COLLECTIONS
from emulators.core.http import ApiProblem, Request, Response
from emulators.core.vendor import operation

EXAMINE_CHECKS = frozenset({"checkRequirements", "checkFormat", "checkUniqueness", "checkReferences"})


class Inspection(Documents):
    @operation("pickDocuments")
    def pick_documents(self, request: Request) -> Response:
        # The core's spec check refused anything but an array of 1 to 20 lookups (PickDocumentsRequest).
        scope = self.read_scope(request)
        answers = []
        for item in request.body:
            try:
                collection = self.collection(scope, str(item["schemaNameOrId"]))
            except ApiProblem:
                head = store.revision(self.storage, scope)
                assert head is not None
                answers.append({"document": None, "meta": None, **head.hashes()})
                continue
            document = self.lookup(
                scope,
                collection,
                str(item["uniqueSchemaPropertyNameOrId"]),
                str(item["uniqueSchemaPropertyValue"]),
            )
            answers.append(self.found(scope, collection, document))
        return self.ok(answers)

    @operation("queryDocuments")
    def query_documents(self, request: Request) -> Response:
        scope = self.read_scope(request)
        text = str(request.query["query"])
        limit = request.query.get("limit")
        remaining = int(limit) if limit is not None else None
        head = store.revision(self.storage, scope)
        assert head is not None
        events = []
        for name in store.collection_order(store.metadata(self.storage, scope)):
            if remaining is not None and remaining <= 0:
                break
            collection = self.collection(scope, name)
            rows = self.storage.all(
                "SELECT body FROM charon_documents WHERE scope = ? AND schema_id = ?"
                " AND search LIKE ? ESCAPE '!' ORDER BY seq LIMIT ?",
                (
                    scope,
                    collection.id,
                    f"%{_escaped(text.lower())}%",
                    remaining if remaining is not None else 2**31 - 1,
                ),
            )
            if not rows:
                continue
            documents = [orjson.loads(row[0]) for row in rows]
            if remaining is not None:
                remaining -= len(documents)
            batch = {
                "documents": documents,
                "metas": [meta(collection, d) for d in documents],
                "total": len(documents),
                **head.hashes(),
            }
            events.append(b"data: " + orjson.dumps(batch) + b"\n\n")
        return Response(200, b"".join(events), content_type="text/event-stream")

    @operation("bulkChangeDocuments")
    def bulk_change_documents(self, request: Request) -> Response:
        name = str(request.path_params["schemaNameOrId"])
        data_source_id = self.data_source(request, self.write_grant(request))
        transaction_id = self.transaction_of(request, data_source_id)
        collection = self.collection(datasource.scope_of(data_source_id, transaction_id), name)
        # The core's spec check refused an importMode outside ImportMode and a body that is not an array of
        # documents (objects).
        outcome = datasource.apply_changes(
            self.storage,
            data_source_id,
            [ChangeRequest(collection.id, dict(d)) for d in request.body],
            mode=request.query["importMode"],
            dry_run=bool(request.query["dryRun"]),
            validation_options=self.validation_options(request),
            transaction_id=transaction_id,
        )
        return self.ok(outcome.as_json())

    @operation("validate")
    def validate_data_source(self, request: Request) -> Response:
        data_source_id = self.data_source(request, "view")
        transaction_id = self.transaction_of(request, data_source_id)
        records = datasource.validate(
            self.storage, data_source_id, self.validation_options(request), transaction_id
        )
        head = datasource.current_revision(self.storage, data_source_id, transaction_id)
        return self.ok({"records": [r.as_json() for r in records], **head.hashes()})

    @operation("examine")
    def examine(self, request: Request) -> Response:
        data_source_id = self.data_source(request, "view")
        transaction_id = self.transaction_of(request, data_source_id)
        scope = datasource.scope_of(data_source_id, transaction_id)
        with_errors: dict[str, int] = {}
        for record in datasource.validate(self.storage, data_source_id, EXAMINE_CHECKS, transaction_id):
            with_errors[record.schema_id] = with_errors.get(record.schema_id, 0) + 1
        collections = []
        for name in store.collection_order(store.metadata(self.storage, scope)):
            collection = self.collection(scope, name)
            roots = store.count(self.storage, scope, collection.id)
            count = 0
            if collection.schema is not None and name not in METADATA_COLLECTIONS:
                inside = embedded.documents(self.storage, scope, collection.schema, "*")
                count = sum(1 for _ in inside)
            collections.append(_statistics(collection, roots, count, with_errors.get(collection.id, 0)))
        head = datasource.current_revision(self.storage, data_source_id, transaction_id)
        return self.ok({**head.hashes(), "collections": collections})


def _statistics(collection: Collection, roots: int, inside: int, errors: int) -> dict[str, Any]:
    return {
        "schemaName": collection.name,
        "schemaId": collection.id,
        "documentCount": roots + inside,
        "rootDocumentCount": roots,
        "validationErrorCount": {"error": errors} if errors else {},
    }


def _escaped(text: str) -> str:
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_")
