"""Rollup workspace Data Sinks: NestJS error bodies, per-workspace serials, key-addressed entries.

Facts followed (see ../shared/reference/rollup.md and the decisions in specs/rollup.yaml ``info``):
no envelopes (bare objects and arrays); sink create and entry create answer 201; PATCH of a sink and both
DELETEs answer 200 with an empty body, PATCH of an entry answers the entry; ``tags`` is one string and entry
``value`` is always a string; ``visibleId`` is ``SNK-<serial>`` with ``serial`` counted per workspace from 1.

Emulator decisions where the vendor is silent: errors use the NestJS default body
(``{"statusCode", "message", "error"}``, ``message`` a list of strings for validation failures); a sink of
another workspace is a plain 404; serials are never reused after a delete (a per-workspace counter);
client-supplied ``id``s are unique within a workspace (so a collision never reveals another workspace's
data); ``createdBy``/``updatedBy`` are ``user-`` + the first 8 hex digits of sha256(api key); the
``ClientId`` header of each write is kept as provenance (not returned). Any UUID names an (empty)
workspace, as the API has no way to create one; a workspace id that is not a UUID is a 404.
"""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime
from typing import Any

import orjson

from emulators.core.http import ApiProblem, FieldProblem, Request, Response, reason_phrase
from emulators.core.limits import dump_json
from emulators.core.profile import LiveVariables
from emulators.core.storage import Row
from emulators.core.vendor import VendorEmulator, operation

# NestJS reason phrases (``error``) where they differ from ``http.HTTPStatus`` (pinned: Python renames some).
REASONS = {413: "Payload Too Large", 422: "Unprocessable Entity"}
UUID_RE = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
# ``{ source: 'DevIcon', name: 'python' }``: unquoted keys and single-quoted strings, as in the reference.
JS_KEY = re.compile(r"([{,]\s*)([A-Za-z_$][\w$]*)\s*:")
JS_SINGLE_QUOTED = re.compile(r"'((?:[^'\\]|\\.)*)'")
ICON_STRING_FIELDS = ("source", "name", "color")

SCHEMA = """
CREATE TABLE IF NOT EXISTS rollup_workspace_counters (
    workspace_id TEXT PRIMARY KEY,
    last_serial INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS rollup_data_sinks (
    pk {serial},
    workspace_id TEXT NOT NULL,
    id TEXT NOT NULL,
    serial INTEGER NOT NULL,
    label TEXT NOT NULL,
    description TEXT,
    tags TEXT,
    icon TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_client_id TEXT,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    updated_client_id TEXT,
    UNIQUE (workspace_id, id),
    UNIQUE (workspace_id, serial)
);
CREATE TABLE IF NOT EXISTS rollup_data_sink_entries (
    pk {serial},
    sink_pk INTEGER NOT NULL REFERENCES rollup_data_sinks (pk) ON DELETE CASCADE,
    workspace_id TEXT NOT NULL,
    id TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT,
    data_type TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_client_id TEXT,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    updated_client_id TEXT,
    UNIQUE (sink_pk, key),
    UNIQUE (workspace_id, id)
);
CREATE INDEX IF NOT EXISTS rollup_data_sink_entries_sink ON rollup_data_sink_entries (sink_pk, pk);
-- The workspace list of entries reads this in its ORDER BY (sinks: UNIQUE (workspace_id, serial)).
CREATE INDEX IF NOT EXISTS rollup_data_sink_entries_workspace
    ON rollup_data_sink_entries (workspace_id, sink_pk, pk);
"""


def _problem_text(problem: FieldProblem) -> str:
    """One validation message, naming the field the way a client wrote it (``entries.0.key``)."""
    location, message = problem.location, problem.message
    kind, _, name = location.partition(".")
    if kind == "header" and name:
        header = name
        return f"{header} header {message}" if message == "is required" else f"{header} header: {message}"
    if kind in ("path", "query") and name:
        return f"{name} {message}" if message == "is required" else f"{name}: {message}"
    if location.startswith("body/"):
        return f"{location[5:].replace('/', '.')}: {message}"
    return message


def _canonical_uuid(value: str) -> str | None:
    return value.lower() if UUID_RE.match(value) else None


def _client_uuid(value: Any, field: str) -> str | None:
    """A client-supplied id, lower-cased; 400 unless it is a UUID (the spec's ``format: uuid``)."""
    if value is None:
        return None
    canonical = _canonical_uuid(str(value))
    if canonical is None:
        raise ApiProblem(400, "Validation failed", problems=[FieldProblem(f"body/{field}", "must be a UUID")])
    return canonical


def _icon_from_string(text: str) -> dict[str, Any] | None:
    """Best effort for the reference's string form; anything unparsable becomes ``{"name": text}``."""
    stripped = text.strip()
    if not stripped:
        return None
    for candidate in (stripped, JS_SINGLE_QUOTED.sub(r'"\1"', JS_KEY.sub(r'\1"\2":', stripped))):
        try:
            parsed = orjson.loads(candidate)
        except orjson.JSONDecodeError:
            continue
        if isinstance(parsed, dict):
            return _clean_icon(parsed)
    return {"name": stripped}


def _clean_icon(icon: dict[str, Any]) -> dict[str, Any]:
    """Keep the icon's fields, dropping known ones of the wrong type so responses stay an ``Icon``."""
    out: dict[str, Any] = {}
    for key, value in icon.items():
        if key in ICON_STRING_FIELDS and not isinstance(value, str):
            continue
        if key == "metadata" and not isinstance(value, dict):
            continue
        out[key] = value
    return out


def _icon_input(value: Any) -> str | None:
    """The icon as stored (JSON text of an object), from the request's object or string."""
    if value is None:
        return None
    icon = _icon_from_string(value) if isinstance(value, str) else _clean_icon(dict(value))
    return None if icon is None else dump_json(icon)


def _entry_json(row: Row, sink_id: str) -> dict[str, Any]:
    return {
        "id": row["id"],
        "key": row["key"],
        "dataSinkId": sink_id,
        "value": row["value"],
        "dataType": row["data_type"],
        "updatedAt": row["updated_at"],
        "updatedBy": row["updated_by"],
        "createdAt": row["created_at"],
        "createdBy": row["created_by"],
    }


def _sink_json(row: Row, entries: list[Row] | None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": row["id"],
        "workspaceId": row["workspace_id"],
        "label": row["label"],
        "description": row["description"],
        "tags": row["tags"],
        "icon": orjson.loads(row["icon"]) if row["icon"] is not None else None,
        "visibleId": f"SNK-{row['serial']}",
        "serial": row["serial"],
    }
    if entries is not None:
        out["entries"] = [_entry_json(e, row["id"]) for e in entries]
    out.update(
        updatedAt=row["updated_at"],
        updatedBy=row["updated_by"],
        createdAt=row["created_at"],
        createdBy=row["created_by"],
    )
    return out


class RollupEmulator(VendorEmulator):
    name = "rollup"
    live = LiveVariables("ROLLUP_BASE_URL", "ROLLUP_API_KEY", {"workspaceId": "ROLLUP_WORKSPACE_ID"})
    validation_status = 400
    tables = ("rollup_workspace_counters", "rollup_data_sinks", "rollup_data_sink_entries")

    def setup(self) -> None:
        self.storage.script(SCHEMA.format(serial=self.storage.dialect.serial_key))
        self._last_ms = 0

    def error_body(self, problem: ApiProblem) -> Any:
        message: str | list[str] = problem.message
        if problem.problems:
            message = [_problem_text(p) for p in problem.problems]
        elif problem.status == 404 and problem.message.startswith("No route for "):
            message = "Cannot " + problem.message[len("No route for ") :]
        return {
            "statusCode": problem.status,
            "message": message,
            "error": reason_phrase(problem.status, REASONS),
        }

    # -- helpers ------------------------------------------------------------------------------------------

    def _now(self) -> str:
        """ISO-8601 UTC with milliseconds; strictly increasing, so every write moves ``updatedAt``."""
        ms = max(int(self.clock.now() * 1000), self._last_ms + 1)
        self._last_ms = ms
        stamp = datetime.fromtimestamp(ms // 1000, UTC)
        return f"{stamp:%Y-%m-%dT%H:%M:%S}.{ms % 1000:03d}Z"

    @staticmethod
    def _user(request: Request) -> str:
        token = request.principal.token if request.principal else ""
        return "user-" + hashlib.sha256(token.encode()).hexdigest()[:8]

    @staticmethod
    def _client_id(request: Request) -> str | None:
        return request.headers.get("clientid")

    @staticmethod
    def _workspace(request: Request) -> str:
        """The workspace id, lower-cased; workspace ids are UUIDs, so any other string names none."""
        workspace = _canonical_uuid(str(request.path_params["workspaceId"]))
        if workspace is None:
            raise ApiProblem(404, "Workspace not found")
        return workspace

    def _sink(self, request: Request) -> Row:
        workspace = self._workspace(request)
        raw = str(request.path_params["dataSinkId"])
        row = self.storage.one(
            "SELECT * FROM rollup_data_sinks WHERE workspace_id = ? AND id = ?",
            (workspace, _canonical_uuid(raw) or raw),
        )
        if row is None:
            raise ApiProblem(404, "Data sink not found")
        return row

    def _entry(self, sink: Row, key: str) -> Row:
        row = self.storage.one(
            "SELECT * FROM rollup_data_sink_entries WHERE sink_pk = ? AND key = ?", (sink["pk"], key)
        )
        if row is None:
            raise ApiProblem(404, f"Data sink entry with key '{key}' not found")
        return row

    def _entries(self, sink_pk: int) -> list[Row]:
        return self.storage.all(
            "SELECT * FROM rollup_data_sink_entries WHERE sink_pk = ? ORDER BY pk", (sink_pk,)
        )

    def _sink_by_pk(self, pk: int) -> Row:
        row = self.storage.one("SELECT * FROM rollup_data_sinks WHERE pk = ?", (pk,))
        assert row is not None
        return row

    def _insert_entry(
        self, request: Request, sink_pk: int, workspace: str, entry: dict[str, Any], now: str, field: str
    ) -> int:
        entry_id = _client_uuid(entry.get("id"), f"{field}id") or str(self.entropy.uuid4())
        key = entry["key"]
        if self.storage.one(
            "SELECT 1 FROM rollup_data_sink_entries WHERE sink_pk = ? AND key = ?", (sink_pk, key)
        ):
            raise ApiProblem(409, f"Data sink entry with key '{key}' already exists")
        if self.storage.one(
            "SELECT 1 FROM rollup_data_sink_entries WHERE workspace_id = ? AND id = ?", (workspace, entry_id)
        ):
            raise ApiProblem(409, f"Data sink entry with id '{entry_id}' already exists")
        user, client = self._user(request), self._client_id(request)
        audit = (now, user, client, now, user, client)
        pk: int = self.storage.scalar(
            "INSERT INTO rollup_data_sink_entries (sink_pk, workspace_id, id, key, value, data_type, "
            "created_at, created_by, created_client_id, updated_at, updated_by, updated_client_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING pk",
            (sink_pk, workspace, entry_id, key, entry.get("value"), entry["dataType"], *audit),
        )
        return pk

    def _touch_sink(self, request: Request, sink_pk: int, now: str) -> None:
        self.storage.execute(
            "UPDATE rollup_data_sinks SET updated_at = ?, updated_by = ?, updated_client_id = ? WHERE pk = ?",
            (now, self._user(request), self._client_id(request), sink_pk),
        )

    # -- data sinks ---------------------------------------------------------------------------------------

    @operation("listDataSinksWithEntries")
    def list_data_sinks_with_entries(self, request: Request) -> Response:
        workspace = self._workspace(request)
        sinks = self.storage.all(
            "SELECT * FROM rollup_data_sinks WHERE workspace_id = ? ORDER BY serial", (workspace,)
        )
        grouped: dict[int, list[Row]] = {row["pk"]: [] for row in sinks}
        for entry in self.storage.all(
            "SELECT * FROM rollup_data_sink_entries WHERE workspace_id = ? ORDER BY sink_pk, pk", (workspace,)
        ):
            grouped.setdefault(entry["sink_pk"], []).append(entry)
        return Response(200, [_sink_json(row, grouped[row["pk"]]) for row in sinks])

    @operation("listDataSinks")
    def list_data_sinks(self, request: Request) -> Response:
        sinks = self.storage.all(
            "SELECT * FROM rollup_data_sinks WHERE workspace_id = ? ORDER BY serial",
            (self._workspace(request),),
        )
        return Response(200, [_sink_json(row, None) for row in sinks])

    @operation("createDataSink")
    def create_data_sink(self, request: Request) -> Response:
        body = request.body
        workspace = self._workspace(request)
        sink_id = _client_uuid(body.get("id"), "id") or str(self.entropy.uuid4())
        entries: list[dict[str, Any]] = list(body.get("entries") or [])
        for index, entry in enumerate(entries):
            _client_uuid(entry.get("id"), f"entries/{index}/id")
        icon = _icon_input(body.get("icon"))
        user, client = self._user(request), self._client_id(request)
        with self.storage.transaction():
            if self.storage.one(
                "SELECT 1 FROM rollup_data_sinks WHERE workspace_id = ? AND id = ?", (workspace, sink_id)
            ):
                raise ApiProblem(409, f"Data sink with id '{sink_id}' already exists")
            self.storage.execute(
                "INSERT INTO rollup_workspace_counters (workspace_id, last_serial) VALUES (?, 1) "
                "ON CONFLICT (workspace_id) DO UPDATE "
                "SET last_serial = rollup_workspace_counters.last_serial + 1",
                (workspace,),
            )
            serial = self.storage.scalar(
                "SELECT last_serial FROM rollup_workspace_counters WHERE workspace_id = ?", (workspace,)
            )
            now = self._now()
            audit = (now, user, client, now, user, client)
            sink_pk: int = self.storage.scalar(
                "INSERT INTO rollup_data_sinks (workspace_id, id, serial, label, description, tags, icon, "
                "created_at, created_by, created_client_id, updated_at, updated_by, updated_client_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING pk",
                (
                    workspace,
                    sink_id,
                    serial,
                    body["label"],
                    body.get("description"),
                    body.get("tags"),
                    icon,
                    *audit,
                ),
            )
            for index, entry in enumerate(entries):
                self._insert_entry(request, sink_pk, workspace, entry, now, f"entries/{index}/")
            sink = self._sink_by_pk(sink_pk)
            rows = self._entries(sink_pk)
        return Response(201, _sink_json(sink, rows))

    @operation("getDataSink")
    def get_data_sink(self, request: Request) -> Response:
        sink = self._sink(request)
        return Response(200, _sink_json(sink, self._entries(sink["pk"])))

    @operation("updateDataSink")
    def update_data_sink(self, request: Request) -> Response:
        body = request.body or {}
        changes: dict[str, Any] = {}
        for field, column in (("label", "label"), ("description", "description"), ("tags", "tags")):
            if field in body:
                changes[column] = body[field]
        if "icon" in body:
            changes["icon"] = _icon_input(body["icon"])
        with self.storage.transaction():
            sink = self._sink(request)
            changes.update(
                updated_at=self._now(),
                updated_by=self._user(request),
                updated_client_id=self._client_id(request),
            )
            assignments = ", ".join(f"{column} = ?" for column in changes)
            self.storage.execute(
                f"UPDATE rollup_data_sinks SET {assignments} WHERE pk = ?", (*changes.values(), sink["pk"])
            )
        return Response(200, None)

    @operation("deleteDataSink")
    def delete_data_sink(self, request: Request) -> Response:
        with self.storage.transaction():
            sink = self._sink(request)
            self.storage.execute("DELETE FROM rollup_data_sink_entries WHERE sink_pk = ?", (sink["pk"],))
            self.storage.execute("DELETE FROM rollup_data_sinks WHERE pk = ?", (sink["pk"],))
        return Response(200, None)

    # -- entries ------------------------------------------------------------------------------------------

    @operation("addDataSinkEntries")
    def add_data_sink_entry(self, request: Request) -> Response:
        body = request.body
        _client_uuid(body.get("id"), "id")
        with self.storage.transaction():
            sink = self._sink(request)
            now = self._now()
            entry_pk = self._insert_entry(request, sink["pk"], sink["workspace_id"], body, now, "")
            self._touch_sink(request, sink["pk"], now)
            row = self.storage.one("SELECT * FROM rollup_data_sink_entries WHERE pk = ?", (entry_pk,))
        assert row is not None
        return Response(201, _entry_json(row, sink["id"]))

    @operation("getDataSinkEntry")
    def get_data_sink_entry(self, request: Request) -> Response:
        sink = self._sink(request)
        return Response(200, _entry_json(self._entry(sink, request.path_params["key"]), sink["id"]))

    @operation("updateDataSinkEntry")
    def update_data_sink_entry(self, request: Request) -> Response:
        body = request.body or {}
        changes: dict[str, Any] = {}
        if "value" in body:
            changes["value"] = body["value"]
        if "dataType" in body:
            changes["data_type"] = body["dataType"]
        with self.storage.transaction():
            sink = self._sink(request)
            entry = self._entry(sink, request.path_params["key"])
            now = self._now()
            changes.update(
                updated_at=now, updated_by=self._user(request), updated_client_id=self._client_id(request)
            )
            assignments = ", ".join(f"{column} = ?" for column in changes)
            self.storage.execute(
                f"UPDATE rollup_data_sink_entries SET {assignments} WHERE pk = ?",
                (*changes.values(), entry["pk"]),
            )
            self._touch_sink(request, sink["pk"], now)
            row = self.storage.one("SELECT * FROM rollup_data_sink_entries WHERE pk = ?", (entry["pk"],))
        assert row is not None
        return Response(200, _entry_json(row, sink["id"]))

    @operation("deleteDataSinkEntry")
    def delete_data_sink_entry(self, request: Request) -> Response:
        with self.storage.transaction():
            sink = self._sink(request)
            entry = self._entry(sink, request.path_params["key"])
            self.storage.execute("DELETE FROM rollup_data_sink_entries WHERE pk = ?", (entry["pk"],))
            self._touch_sink(request, sink["pk"], self._now())
        return Response(200, None)


EMULATOR = RollupEmulator
