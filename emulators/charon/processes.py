"""Processes of a data source: each import, export, backup, restore, validate and source-code generation.

Emulator decisions (the vendor documents the states, not the lifecycle):
- the emulator does the work before it answers, so a process is recorded finished: ``finishedWithResult``
  with its raw result (the exported bytes, the import or validation report...) for ``getProcessResultRaw``;
- every data source has a ``load`` process (the first id, created when the data source is first used by
  these operations), which ``getLoadingProgress`` reports;
- only a ``running`` process can be stopped (the control plane's ``POST /_emulator/process`` starts one for
  tests); stopping anything else is 400 ``invalidParameterValue``;
- ids are sequential per data source; the last ``PROCESS_HISTORY`` processes are kept (and the load one);
- a user is *present* in a data source for ``PRESENCE_SECONDS`` after their last call to it here.
"""

from __future__ import annotations

import time
from typing import Any

from emulators.charon.base import not_found, problem
from emulators.charon.formats import EXTENSIONS
from emulators.charon.inspection import Inspection
from emulators.core.http import Request, Response
from emulators.core.storage import Row
from emulators.core.vendor import operation

PROCESS_HISTORY = 100
PRESENCE_SECONDS = 300.0
MAX_INT32 = 2**31 - 1


class Processes(Inspection):
    # --------------------------------------------------------------------------------- data sources

    def present_data_source(self, request: Request, grant: str = "view") -> str:
        """``data_source`` (404 unless visible, 403 without ``grant``), marking the caller present in it."""
        data_source = self.data_source(request, grant)
        self._mark_present(data_source, self.caller_id(request))
        return data_source

    def _mark_present(self, data_source: str, user_id: str) -> None:
        with self.storage.transaction():
            self.storage.execute(
                "INSERT INTO charon_presence (data_source, user_id, session, seen) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (data_source, user_id) DO UPDATE SET seen = excluded.seen",
                (data_source, user_id, self.next_number("presence-session"), self.now()),
            )

    # ------------------------------------------------------------------------------------ processes

    def _ensure_load_process(self, data_source: str) -> None:
        if self.storage.one(
            "SELECT 1 FROM charon_processes WHERE data_source = ? AND type = 'load'", (data_source,)
        ):
            return
        self._insert_process(data_source, "load", None, "finished", "Loaded", None, None, 0.0)

    def _insert_process(
        self,
        data_source: str,
        kind: str,
        initiator: Row | None,
        status: str,
        message: str,
        result: bytes | None,
        result_type: str | None,
        elapsed: float,
    ) -> int:
        number = self.next_number(f"process:{data_source}")
        with self.storage.transaction():
            self.storage.execute(
                "INSERT INTO charon_processes (data_source, id, type, status, initiator_id, initiator_name,"
                " progress_message, progress, start_time, elapsed, can_be_stopped, result, result_type)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    data_source,
                    number,
                    kind,
                    status,
                    initiator["id"] if initiator is not None else None,
                    initiator["name"] if initiator is not None else None,
                    message,
                    0.0 if status == "running" else 1.0,
                    self.stamp(),
                    elapsed,
                    1 if status == "running" else 0,
                    result,
                    result_type,
                ),
            )
            self.storage.execute(
                "DELETE FROM charon_processes WHERE data_source = ? AND type != 'load' AND id <= ?",
                (data_source, number - PROCESS_HISTORY),
            )
        return number

    def record_process(
        self,
        request: Request,
        data_source: str,
        kind: str,
        result: bytes,
        result_type: str,
        started: float,
        message: str,
    ) -> int:
        """Record a finished ``kind`` process that ``request``'s caller ran (``started``: perf_counter); every
        operation that records one has a result (its answer or report) for ``getProcessResultRaw``."""
        self._ensure_load_process(data_source)
        elapsed = round((time.perf_counter() - started) * 1000, 3)
        return self._insert_process(
            data_source,
            kind,
            self.caller(request),
            "finishedWithResult",
            message,
            result,
            result_type,
            elapsed,
        )

    def start_running_process(self, data_source: str, kind: str) -> int:
        """A process that stays ``running`` until stopped (the control plane's, for tests)."""
        self._ensure_load_process(data_source)
        return self._insert_process(data_source, kind, None, "running", f"Running {kind}", None, None, 0.0)

    @staticmethod
    def process_view(row: Row) -> dict[str, Any]:
        return {
            "id": row["id"],
            "dataSourceId": row["data_source"],
            "type": row["type"],
            "initiatorName": row["initiator_name"],
            "initiatorId": row["initiator_id"],
            "status": row["status"],
            "progressMessage": row["progress_message"],
            "progress": row["progress"],
            "startTime": row["start_time"],
            "elapsedMilliseconds": row["elapsed"],
            "canBeStopped": bool(row["can_be_stopped"]),
        }

    def _process(self, data_source: str, request: Request) -> Row:
        number = request.path_params["processId"]
        row = self.storage.one(
            "SELECT * FROM charon_processes WHERE data_source = ? AND id = ?", (data_source, number)
        )
        if row is None:
            raise not_found(f"The process {number}", "processId")
        return row

    @operation("listProcesses")
    def list_processes(self, request: Request) -> Response:
        data_source = self.present_data_source(request)
        self._ensure_load_process(data_source)
        skip = request.query.get("skip") or 0
        take = request.query.get("take")
        rows = self.storage.all(
            "SELECT * FROM charon_processes WHERE data_source = ? ORDER BY id LIMIT ? OFFSET ?",
            (data_source, MAX_INT32 if take is None else take, skip),
        )
        total = self.storage.scalar(
            "SELECT count(*) FROM charon_processes WHERE data_source = ?", (data_source,)
        )
        return self.ok({"processes": [self.process_view(r) for r in rows], "total": total})

    @operation("getProcess")
    def get_process(self, request: Request) -> Response:
        data_source = self.present_data_source(request)
        self._ensure_load_process(data_source)
        return self.ok(self.process_view(self._process(data_source, request)))

    @operation("getLoadingProgress")
    def get_loading_progress(self, request: Request) -> Response:
        data_source = self.present_data_source(request)
        self._ensure_load_process(data_source)
        row = self.storage.one(
            "SELECT * FROM charon_processes WHERE data_source = ? AND type = 'load'", (data_source,)
        )
        assert row is not None  # just ensured
        return self.ok(self.process_view(row))

    @operation("stopProcess")
    def stop_process(self, request: Request) -> Response:
        data_source = self.present_data_source(request)
        self._ensure_load_process(data_source)
        row = self._process(data_source, request)
        if row["status"] != "running" or not row["can_be_stopped"]:
            raise problem(
                400,
                "invalidParameterValue",
                f"The process {row['id']} is {row['status']}: only a running process can be stopped.",
                "processId",
            )
        reason = str(request.query.get("stopReason") or "")
        with self.storage.transaction():
            self.storage.execute(
                "UPDATE charon_processes SET status = 'stopped', can_be_stopped = 0, progress_message = ?"
                " WHERE data_source = ? AND id = ?",
                (f"Stopped: {reason}" if reason else "Stopped", data_source, row["id"]),
            )
        return self.ok(self.process_view(self._process(data_source, request)))

    @operation("getProcessResultRaw")
    def get_process_result_raw(self, request: Request) -> Response:
        data_source = self.present_data_source(request)
        self._ensure_load_process(data_source)
        row = self._process(data_source, request)
        if row["result"] is None:
            raise not_found(f"A result of the process {row['id']} ({row['status']})", "processId")
        response = Response(200, bytes(row["result"]), content_type=row["result_type"])
        if request.query.get("download"):
            response.headers["Content-Disposition"] = self.attachment(
                f"{row['type']}-{row['id']}", row["result_type"]
            )
        return response

    @staticmethod
    def attachment(stem: str, media_type: str) -> str:
        extension = EXTENSIONS.get(media_type, "zip" if media_type == "application/zip" else "bin")
        return f'attachment; filename="{stem}.{extension}"'

    # --------------------------------------------------------------------------------------- presence

    @operation("getDataSourcePresentUsers")
    def get_present_users(self, request: Request) -> Response:
        data_source = self.present_data_source(request)
        rows = self.storage.all(
            "SELECT user_id, session FROM charon_presence WHERE data_source = ? AND seen >= ?"
            " ORDER BY seen, user_id",
            (data_source, self.now() - PRESENCE_SECONDS),
        )
        presence = [
            {
                "userId": row["user_id"],
                "presence": {
                    "sessionId": row["session"],
                    "page": "dashboard",
                    "routeParameters": {"dataSourceId": data_source},
                    "focusedObject": None,
                },
            }
            for row in rows
        ]
        return self.ok(presence)
