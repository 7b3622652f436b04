"""Make Web API v2 data stores and records: Make's envelopes, error shape and business rules.

Facts followed (see ../shared/reference/make.md): every success is 200 with a resource-named wrapper
(``dataStores``/``dataStore``) except record writes, which return the record bare; ``size``/``maxSize`` are
strings of bytes; stores list sorted by name by default; records keep insertion order; record keys are
12 lowercase hex characters when not given; deleting records needs ``confirmed=true`` (the spec says
``required: true, const: true``, so request validation answers it before any handler runs).

Make has no API for data structures in this scope, so the emulator starts with two (documented in
``DATA_STRUCTURES``): id 1 lenient, id 2 strict.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

import orjson

from emulators.core.blocks import BlockCounts
from emulators.core.http import ApiProblem, FieldProblem, Request, Response
from emulators.core.limits import dump_json
from emulators.core.profile import LiveVariables
from emulators.core.storage import Row, order_by
from emulators.core.vendor import VendorEmulator, operation

MB = 1024 * 1024
# Make caps data stores by plan; the emulator's cap is generous and keeps sizes in 64-bit integers.
MAX_STORE_BYTES = 1024 * 1024 * MB
DEFAULT_STORES_LIMIT = 10000
DEFAULT_RECORDS_LIMIT = 10
ALL_COLUMNS = ("id", "name", "records", "size", "maxSize", "teamId", "datastructureId")
DEFAULT_LIST_COLUMNS = ("id", "name", "records", "size", "maxSize", "teamId")
# ``pg[sortBy]`` takes only ``name`` (the spec's enum); each sort has an index (see SCHEMA).
SORTABLE = {"name": "lower(name)"}
VENDOR_CODE = re.compile(r"^(IM|SC)\d+$")
TITLES = {
    400: "Bad Request",
    401: "Access denied",
    403: "Permission denied",
    404: "Not found",
    405: "Method not allowed",
    413: "Payload too large",
    415: "Unsupported media type",
    422: "Validation failed",
    429: "Requests limit exceeded",
    500: "Internal server error",
}

# (id, name, strict, fields); a field is (name, label, type, default, required).
DATA_STRUCTURES: tuple[tuple[int, str, bool, tuple[tuple[str, str, str, Any, bool], ...]], ...] = (
    (
        1,
        "Contacts",
        False,
        (
            ("name", "Name", "text", None, True),
            ("email", "Email", "text", None, False),
            ("age", "Age", "number", None, False),
        ),
    ),
    (
        2,
        "Contacts (strict)",
        True,
        (
            ("name", "Name", "text", None, True),
            ("email", "Email", "text", None, False),
            ("age", "Age", "number", None, False),
        ),
    ),
)
# Records pages by offset (``pg[offset]``, no cursor): block counts find a deep page's first row.
RECORD_BLOCKS = BlockCounts("make_record_blocks", "make_records", "store_id", "seq", "make_data_stores")
FIELD_TYPES: dict[str, tuple[type, ...]] = {
    "text": (str,),
    "number": (int, float),
    "boolean": (bool,),
    "date": (str,),
    "array": (list,),
    "collection": (dict,),
}

SCHEMA = """
CREATE TABLE IF NOT EXISTS make_data_stores (
    id {serial},
    team_id INTEGER NOT NULL,
    name TEXT NOT NULL,
    datastructure_id INTEGER,
    max_size INTEGER NOT NULL,
    records INTEGER NOT NULL DEFAULT 0,
    size INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS make_data_stores_team ON make_data_stores (team_id, name);
-- Serves the list's ORDER BY in both directions (the id tie-break follows the direction).
CREATE INDEX IF NOT EXISTS make_data_stores_team_name ON make_data_stores (team_id, lower(name), id);
CREATE TABLE IF NOT EXISTS make_records (
    seq {serial},
    store_id INTEGER NOT NULL REFERENCES make_data_stores (id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    data TEXT NOT NULL,
    size INTEGER NOT NULL,
    UNIQUE (store_id, key)
);
-- Serves a records page in insertion order: a range of the index, not a sort of the store.
CREATE INDEX IF NOT EXISTS make_records_store_seq ON make_records (store_id, seq);
"""


def _store_json(row: Row, columns: tuple[str, ...] = ALL_COLUMNS) -> dict[str, Any]:
    full = {
        "id": row["id"],
        "name": row["name"],
        "records": row["records"],
        "size": str(row["size"]),
        "maxSize": str(row["max_size"]),
        "teamId": row["team_id"],
        "datastructureId": row["datastructure_id"],
    }
    return full if columns is ALL_COLUMNS else {key: full[key] for key in columns}


def _columns(request: Request, default: tuple[str, ...]) -> tuple[str, ...]:
    wanted = request.query.get("cols[]")
    if not wanted or "*" in wanted:
        return ALL_COLUMNS if wanted else default
    return tuple(c for c in ALL_COLUMNS if c in wanted)


def _max_size(megabytes: int) -> int:
    if megabytes * MB > MAX_STORE_BYTES:
        raise ApiProblem(
            400,
            f"maxSizeMB {megabytes} is larger than the organization's limit ({MAX_STORE_BYTES // MB} MB).",
        )
    return megabytes * MB


class MakeEmulator(VendorEmulator):
    name = "make"
    live = LiveVariables("MAKE_BASE_URL", "MAKE_API_TOKEN", {"teamId": "MAKE_TEAM_ID"})
    validation_status = 400
    # Make's SDK sends OAuth access tokens as Bearer on the same header.
    extra_auth_prefixes: ClassVar[dict[str, tuple[str, ...]]] = {"token": ("Bearer",)}
    tables: ClassVar[tuple[str, ...]] = ("make_data_stores", "make_records", RECORD_BLOCKS.name)

    def setup(self) -> None:
        self.storage.script(SCHEMA.format(serial=self.storage.dialect.serial_key) + RECORD_BLOCKS.schema())
        RECORD_BLOCKS.rebuild_if_stale(self.storage)
        self.structures = {
            sid: (strict, {f[0]: f for f in fields}) for sid, _, strict, fields in DATA_STRUCTURES
        }

    def error_body(self, problem: ApiProblem) -> Any:
        code = problem.code if problem.code and VENDOR_CODE.match(problem.code) else f"SC{problem.status}"
        body: dict[str, Any] = {
            "detail": problem.message,
            "message": TITLES.get(problem.status, "Error"),
            "code": code,
        }
        if problem.problems:
            body["suberrors"] = [{"message": f"{p.location}: {p.message}"} for p in problem.problems]
        return body

    # -- helpers ------------------------------------------------------------------------------------------

    def _store(self, store_id: int) -> Row:
        row = self.storage.one("SELECT * FROM make_data_stores WHERE id = ?", (store_id,))
        if row is None:
            raise ApiProblem(404, f"Data store {store_id} not found.")
        return row

    def _structure(self, structure_id: int | None) -> tuple[bool, dict[str, tuple[str, str, str, Any, bool]]]:
        if structure_id is None:
            return False, {}
        found = self.structures.get(structure_id)
        if found is None:
            raise ApiProblem(400, f"Data structure {structure_id} not found.")
        return found

    def _check_record(self, store: Row, data: dict[str, Any]) -> dict[str, Any]:
        """Apply the store's data structure: unknown fields (strict), types, missing fields as null."""
        strict, fields = self._structure(store["datastructure_id"])
        problems = []
        if strict:
            problems += [
                FieldProblem(f"data/{name}", "is not a field of the data structure")
                for name in data
                if name not in fields
            ]
        for name, (_, _, kind, _, _) in fields.items():
            value = data.get(name)
            allowed = FIELD_TYPES.get(kind)
            if (
                value is not None
                and allowed
                and (not isinstance(value, allowed) or (kind == "number" and isinstance(value, bool)))
            ):
                problems.append(FieldProblem(f"data/{name}", f"must be of type {kind}"))
        if problems:
            raise ApiProblem(
                400, "The record does not match the data store's data structure.", problems=problems
            )
        complete = {name: field[3] for name, field in fields.items()}
        complete.update(data)
        return complete

    def _write_record(self, store: Row, key: str, data: dict[str, Any]) -> None:
        """Insert or replace the record (a PATCH has checked that it exists)."""
        encoded = dump_json(data)
        size = len(encoded.encode()) + len(key.encode())
        old = self.storage.one(
            "SELECT size FROM make_records WHERE store_id = ? AND key = ?", (store["id"], key)
        )
        delta = size - (old["size"] if old else 0)
        if store["size"] + delta > store["max_size"]:
            raise ApiProblem(
                400,
                f"Data store {store['id']} is full: the write needs {store['size'] + delta} bytes, "
                f"the maximum is {store['max_size']} bytes ({store['max_size'] // MB} MB).",
            )
        if old is None:
            seq = self.storage.scalar(
                "INSERT INTO make_records (store_id, key, data, size) VALUES (?, ?, ?, ?) RETURNING seq",
                (store["id"], key, encoded, size),
            )
            RECORD_BLOCKS.added(self.storage, store["id"], int(seq))
            self.storage.execute(
                "UPDATE make_data_stores SET records = records + 1, size = size + ? WHERE id = ?",
                (size, store["id"]),
            )
        else:
            self.storage.execute(
                "UPDATE make_records SET data = ?, size = ? WHERE store_id = ? AND key = ?",
                (encoded, size, store["id"], key),
            )
            self.storage.execute(
                "UPDATE make_data_stores SET size = size + ? WHERE id = ?", (delta, store["id"])
            )

    # -- data stores --------------------------------------------------------------------------------------

    @operation("listDataStores")
    def list_data_stores(self, request: Request) -> Response:
        q = request.query
        sort_by = q.get("pg[sortBy]", "name")
        sort_dir = q.get("pg[sortDir]", "asc")
        limit = q.get("pg[limit]", DEFAULT_STORES_LIMIT)
        offset = q.get("pg[offset]", 0)
        descending = sort_dir == "desc"
        # The tie-break runs the same way as the sort, so one index serves both directions.
        order = order_by([(sort_by, descending)], SORTABLE, "id DESC" if descending else "id ASC")
        rows = self.storage.all(
            f"SELECT * FROM make_data_stores WHERE team_id = ? {order} LIMIT ? OFFSET ?",
            (q["teamId"], limit, offset),
        )
        columns = _columns(request, DEFAULT_LIST_COLUMNS)
        return Response(
            200,
            {
                "dataStores": [_store_json(r, columns) for r in rows],
                "pg": {"sortBy": sort_by, "sortDir": sort_dir, "limit": limit, "offset": offset},
            },
        )

    @operation("createDataStore")
    def create_data_store(self, request: Request) -> Response:
        body = request.body
        structure_id = body.get("datastructureId")
        self._structure(structure_id)
        with self.storage.transaction():
            created = self.storage.one(
                "INSERT INTO make_data_stores (team_id, name, datastructure_id, max_size) "
                "VALUES (?, ?, ?, ?) RETURNING *",
                (body["teamId"], body["name"], structure_id, _max_size(body["maxSizeMB"])),
            )
        assert created is not None
        return Response(200, {"dataStore": _store_json(created)})

    @operation("deleteDataStores")
    def delete_data_stores(self, request: Request) -> Response:
        team = request.query["teamId"]
        body = request.body or {}
        sql = self.storage.dialect
        with self.storage.transaction():
            if body.get("all"):
                keep = [int(i) for i in body.get("exceptIds") or []]
                rows = self.storage.all(
                    "SELECT id FROM make_data_stores WHERE team_id = ? ORDER BY id", (team,)
                )
                ids = [r["id"] for r in rows if r["id"] not in keep]
            else:
                wanted = [int(i) for i in body.get("ids") or []]
                rows = self.storage.all(
                    f"SELECT id FROM make_data_stores WHERE team_id = ? AND {sql.any_of('id')} ORDER BY id",
                    (team, sql.values(wanted)),
                )
                ids = [r["id"] for r in rows]
            self.storage.execute(f"DELETE FROM make_data_stores WHERE {sql.any_of('id')}", (sql.values(ids),))
        return Response(200, {"dataStores": ids})

    @operation("getDataStore")
    def get_data_store(self, request: Request) -> Response:
        store = self._store(request.path_params["dataStoreId"])
        return Response(200, {"dataStore": _store_json(store, _columns(request, ALL_COLUMNS))})

    @operation("updateDataStore")
    def update_data_store(self, request: Request) -> Response:
        store_id = request.path_params["dataStoreId"]
        body = request.body or {}
        with self.storage.transaction():
            store = self._store(store_id)
            changes: dict[str, Any] = {}
            if "name" in body:
                changes["name"] = body["name"]
            if "datastructureId" in body:
                self._structure(body["datastructureId"])
                changes["datastructure_id"] = body["datastructureId"]
            if "maxSizeMB" in body:
                new_max = _max_size(body["maxSizeMB"])
                if new_max < store["size"]:
                    raise ApiProblem(
                        400,
                        f"maxSizeMB {body['maxSizeMB']} is smaller than the data already stored "
                        f"({store['size']} bytes).",
                    )
                changes["max_size"] = new_max
            if changes:
                assignments = ", ".join(f"{column} = ?" for column in changes)
                self.storage.execute(
                    f"UPDATE make_data_stores SET {assignments} WHERE id = ?", (*changes.values(), store_id)
                )
        return Response(200, {"dataStore": _store_json(self._store(store_id))})

    @operation("deleteDataStore")
    def delete_data_store(self, request: Request) -> Response:
        store_id = request.path_params["dataStoreId"]
        with self.storage.transaction():
            self._store(store_id)
            self.storage.execute("DELETE FROM make_data_stores WHERE id = ?", (store_id,))
        return Response(200, {"dataStore": store_id})

    # -- records ------------------------------------------------------------------------------------------

    @operation("listDataStoreRecords")
    def list_records(self, request: Request) -> Response:
        store = self._store(request.path_params["dataStoreId"])
        limit = request.query.get("pg[limit]", DEFAULT_RECORDS_LIMIT)
        offset = request.query.get("pg[offset]", 0)
        start = RECORD_BLOCKS.seq_at(self.storage, store["id"], offset) if offset else 0
        rows = (
            []
            if start is None
            else self.storage.all(
                "SELECT key, data FROM make_records WHERE store_id = ? AND seq >= ? ORDER BY seq LIMIT ?",
                (store["id"], start, limit),
            )
        )
        strict, fields = self._structure(store["datastructure_id"])
        return Response(
            200,
            {
                "records": [{"key": r["key"], "data": orjson.loads(r["data"])} for r in rows],
                "spec": [
                    {"name": n, "label": label, "type": kind, "default": default, "required": required}
                    for n, label, kind, default, required in fields.values()
                ],
                "strict": strict,
                "count": store["records"],
                "pg": {"limit": limit, "offset": offset},
            },
        )

    @operation("createDataStoreRecord")
    def create_record(self, request: Request) -> Response:
        body = request.body
        key = body.get("key") or self.entropy.token_hex(6)
        with self.storage.transaction():
            store = self._store(request.path_params["dataStoreId"])
            exists = self.storage.one(
                "SELECT 1 FROM make_records WHERE store_id = ? AND key = ?", (store["id"], key)
            )
            if exists:
                raise ApiProblem(
                    400, f"A record with key {key!r} already exists in data store {store['id']}."
                )
            data = self._check_record(store, body["data"])
            self._write_record(store, key, data)
        return Response(200, {"key": key, "data": data})

    @operation("replaceDataStoreRecord")
    def replace_record(self, request: Request) -> Response:
        key = request.path_params["dataStoreRecordKey"]
        with self.storage.transaction():
            store = self._store(request.path_params["dataStoreId"])
            data = self._check_record(store, request.body or {})
            self._write_record(store, key, data)
        return Response(200, {"key": key, "data": data})

    @operation("updateDataStoreRecord")
    def update_record(self, request: Request) -> Response:
        key = request.path_params["dataStoreRecordKey"]
        with self.storage.transaction():
            store = self._store(request.path_params["dataStoreId"])
            row = self.storage.one(
                "SELECT data FROM make_records WHERE store_id = ? AND key = ?", (store["id"], key)
            )
            if row is None:
                raise ApiProblem(404, f"Record {key!r} not found in data store {store['id']}.")
            merged = {**orjson.loads(row["data"]), **(request.body or {})}
            data = self._check_record(store, merged)
            self._write_record(store, key, data)
        return Response(200, {"key": key, "data": data})

    @operation("deleteDataStoreRecords")
    def delete_records(self, request: Request) -> Response:
        body = request.body or {}
        sql = self.storage.dialect
        with self.storage.transaction():
            store = self._store(request.path_params["dataStoreId"])
            if body.get("all"):
                keep = set(body.get("exceptKeys") or [])
                rows = self.storage.all(
                    "SELECT key FROM make_records WHERE store_id = ? ORDER BY seq", (store["id"],)
                )
                keys = [r["key"] for r in rows if r["key"] not in keep]
            else:
                wanted = list(dict.fromkeys(body.get("keys") or []))
                rows = self.storage.all(
                    f"SELECT key FROM make_records WHERE store_id = ? AND {sql.any_of('key')} ORDER BY seq",
                    (store["id"], sql.values(wanted)),
                )
                keys = [r["key"] for r in rows]
            self.storage.execute(
                f"DELETE FROM make_records WHERE store_id = ? AND {sql.any_of('key')}",
                (store["id"], sql.values(keys)),
            )
            RECORD_BLOCKS.recount(self.storage, store["id"])
            self.storage.execute(
                "UPDATE make_data_stores SET "
                "records = (SELECT COUNT(*) FROM make_records WHERE store_id = ?), "
                "size = (SELECT COALESCE(SUM(size), 0) FROM make_records WHERE store_id = ?) WHERE id = ?",
                (store["id"], store["id"], store["id"]),
            )
        return Response(200, {"keys": keys})


EMULATOR = MakeEmulator
