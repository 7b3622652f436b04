"""Qlik data stores: create, list, get, replace (optimistic ``version``), RFC 6902 patch, delete."""

from __future__ import annotations

from typing import Any

import jsonpatch

from emulators.core.http import ApiProblem, FieldProblem, Request, Response
from emulators.core.storage import Row
from emulators.core.vendor import operation
from emulators.qlik.listing import Listing
from emulators.qlik.model import SERVER_MANAGED, STORE_FIELDS, WRITABLE, schema_validator
from emulators.qlik.wire import dump_doc, list_params, load_doc, project_fields
from openapi_toolkit.pointer import unescape


class DataStores(Listing):
    # -- data store storage -------------------------------------------------------------------------------

    def _store_row(self, store_id: str, tenant: str) -> Row:
        row = self.storage.one(
            "SELECT seq, id, doc FROM qlik_data_stores WHERE id = ? AND tenant_id = ?", (store_id, tenant)
        )
        if row is None:
            raise ApiProblem(404, f"Data store {store_id} not found.")
        return row

    def _save_store(self, doc: dict[str, Any]) -> None:
        self.storage.execute("UPDATE qlik_data_stores SET doc = ? WHERE id = ?", (dump_doc(doc), doc["id"]))

    @staticmethod
    def _ordered(doc: dict[str, Any]) -> dict[str, Any]:
        return {field: doc[field] for field in STORE_FIELDS if field in doc}

    @staticmethod
    def _check_store(doc: dict[str, Any]) -> None:
        """The data store constraints on the writable fields (required, lengths, unique tags)."""
        writable = {key: value for key, value in doc.items() if key not in SERVER_MANAGED}
        problems = schema_validator("DataStoreCreate").problems(writable, "body")
        if problems:
            raise ApiProblem(400, "The data store is not valid.", problems=problems)

    # -- data stores --------------------------------------------------------------------------------------

    @operation("listDataStores")
    def list_data_stores(self, request: Request) -> Response:
        _, tenant = self._caller(request)
        return self._list(
            request,
            source="qlik_data_stores x",
            columns="x.doc AS doc",
            where="x.tenant_id = ?",
            params=[tenant],
            schema="DataStore",
            render=lambda row: load_doc(row["doc"]),
        )

    @operation("createDataStore")
    def create_data_store(self, request: Request) -> Response:
        user, tenant = self._caller(request)
        body: dict[str, Any] = request.body
        now = self._now()
        doc = {field: body[field] for field in WRITABLE if field in body}
        doc.setdefault("ownerId", user)
        doc.update(
            id=self._new_id(),
            version=1,
            tenantId=tenant,
            createdBy=user,
            createdTime=now,
            lastModifiedBy=user,
            lastModifiedTime=now,
        )
        doc = self._ordered(doc)
        with self.storage.transaction():
            self.storage.execute(
                "INSERT INTO qlik_data_stores (id, tenant_id, doc) VALUES (?, ?, ?)",
                (doc["id"], tenant, dump_doc(doc)),
            )
        return Response(201, doc)

    @operation("deleteDataStores")
    def delete_data_stores(self, request: Request) -> Response:
        _, tenant = self._caller(request)
        ids = list(dict.fromkeys((request.body or {}).get("ids") or []))
        if not ids:
            return Response(204)
        sql = self.storage.dialect
        with self.storage.transaction():
            found = {
                row["id"]
                for row in self.storage.all(
                    f"SELECT id FROM qlik_data_stores WHERE tenant_id = ? AND {sql.any_of('id')}",
                    (tenant, sql.values(ids)),
                )
            }
            missing = [i for i in ids if i not in found]
            if missing:
                raise ApiProblem(404, f"Data store(s) {', '.join(missing)} not found; nothing was deleted.")
            busy = [
                row["store_id"]
                for row in self.storage.all(
                    f"SELECT DISTINCT store_id FROM qlik_data_assets WHERE {sql.any_of('store_id')} "
                    "ORDER BY store_id",
                    (sql.values(ids),),
                )
            ]
            if busy:
                raise ApiProblem(
                    409, f"Data store(s) {', '.join(busy)} contain data assets; nothing was deleted."
                )
            self.storage.execute(
                f"DELETE FROM qlik_data_stores WHERE {sql.any_of('id')}",
                (sql.values(ids),),
            )
        return Response(204)

    @operation("getDataStore")
    def get_data_store(self, request: Request) -> Response:
        _, tenant = self._caller(request)
        [projections] = list_params(request, "projections")
        row = self._store_row(request.path_params["data-store-id"], tenant)
        return Response(200, project_fields(load_doc(row["doc"]), projections))

    @operation("replaceDataStore")
    def replace_data_store(self, request: Request) -> Response:
        user, tenant = self._caller(request)
        store_id = request.path_params["data-store-id"]
        body: dict[str, Any] = request.body
        with self.storage.transaction():
            current = load_doc(self._store_row(store_id, tenant)["doc"])
            if body.get("id") is not None and body["id"] != store_id:
                raise ApiProblem(400, f"The body's id {body['id']} is not the path's id {store_id}.")
            if body.get("version") is not None and body["version"] != current["version"]:
                raise ApiProblem(
                    409,
                    f"Data store {store_id} is at version {current['version']}, "
                    f"the change is based on version {body['version']}.",
                )
            doc = {field: body[field] for field in WRITABLE if field in body}
            if "ownerId" not in doc and "ownerId" in current:
                doc["ownerId"] = current["ownerId"]
            doc.update({field: current[field] for field in SERVER_MANAGED if field in current})
            doc.update(version=current["version"] + 1, lastModifiedBy=user, lastModifiedTime=self._now())
            doc = self._ordered(doc)
            self._save_store(doc)
        return Response(200, doc)

    @operation("patchDataStore")
    def patch_data_store(self, request: Request) -> Response:
        user, tenant = self._caller(request)
        store_id = request.path_params["data-store-id"]
        ops: list[dict[str, Any]] = request.body
        problems = []
        for index, op in enumerate(ops):
            targets = [("path", op["path"])]
            if op["op"] == "move" and "from" in op:
                targets.append(("from", op["from"]))
            for key, pointer in targets:
                if op["op"] == "test" and key == "path":
                    continue
                member = unescape(pointer.split("/")[1]) if pointer.startswith("/") else ""
                if member not in WRITABLE:
                    problems.append(
                        FieldProblem(f"body/{index}/{key}", f"{pointer or '(root)'} cannot be changed")
                    )
        if problems:
            raise ApiProblem(400, "The patch changes fields that cannot be changed.", problems=problems)
        with self.storage.transaction():
            current = load_doc(self._store_row(store_id, tenant)["doc"])
            try:
                patched = jsonpatch.JsonPatch(ops).apply(current, in_place=False)
            except jsonpatch.JsonPatchTestFailed as exc:
                raise ApiProblem(409, f"Patch test failed: {exc}") from None
            except (
                jsonpatch.JsonPatchException,
                jsonpatch.JsonPointerException,
                TypeError,
                ValueError,
                KeyError,
                IndexError,
            ) as exc:
                raise ApiProblem(400, f"The patch cannot be applied: {exc}") from None
            # Every target was checked to be a writable member above, so the result is still an object and
            # its server-managed fields are still the stored ones.
            self._check_store(patched)
            patched.update(version=current["version"] + 1, lastModifiedBy=user, lastModifiedTime=self._now())
            doc = self._ordered(patched)
            self._save_store(doc)
        return Response(200, doc)
