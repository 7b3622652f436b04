"""Game-data access for a request (data source, grant, transaction) and the transaction operations.

A transaction works on its own copy of the data source (the scope ``<data source>#<transaction>``), made
when it begins: what is written with ``transactionId`` is visible only there until commit, which replaces
the data source with the copy in one storage transaction (never a torn state); reject drops the copy.
Emulator decisions where the vendor is silent: a transaction never waits to begin (``startTimeout`` is
checked, nothing blocks: each transaction has its own copy); a commit after the data source changed
outside the transaction aborts it (409 ``abortedTransaction``: its writes would silently undo the other
writer's); an unknown id is 404 ``missingTransaction``; using or committing a committed or rejected
transaction is 409 ``completedTransaction``; an expired (``executionTimeout`` passed, core clock) or aborted
one is 409 ``abortedTransaction``; ``beginTransaction`` with the id of an open transaction is 409
``duplicateTransaction`` (the id of a finished one starts a new transaction: ids are unique among live
ones); rejecting a transaction that is no longer open succeeds and changes nothing
(204: the reference says so for a failed one; a committed one stays committed).
"""

from __future__ import annotations

import re

from emulators.charon import datasource, store
from emulators.charon.base import not_found, problem
from emulators.charon.notifications import Notifications
from emulators.core.http import Request, Response
from emulators.core.vendor import operation

TIME_SPAN = re.compile(r"^(?:(\d+)\.)?(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?$")
OPEN, COMMITTED, REJECTED, ABORTED = "open", "committed", "rejected", "aborted"


def seconds(span: str) -> float:
    """A .NET TimeSpan ``[d.]hh:mm:ss[.fffffff]`` in seconds (the spec's pattern, this one with ASCII digits,
    refused any other string with 400 invalidRequestBody before the handler runs)."""
    found = TIME_SPAN.match(span)
    assert found is not None, span
    days, hours, minutes, secs, fraction = found.groups()
    total = int(days or 0) * 86400 + int(hours) * 3600 + int(minutes) * 60 + int(secs)
    return total + (float(f"0.{fraction}") if fraction else 0.0)


class Transactions(Notifications):
    # ------------------------------------------------------------------------------------- access

    def data_source(self, request: Request, grant: str) -> str:
        """The request's data source id once the caller holds ``grant`` on the branch's project (404 when
        the data source or project is not visible, 403 without the grant)."""
        data_source_id = str(request.path_params["dataSourceId"])
        project_id = self.storage.scalar(
            "SELECT project_id FROM charon_branches WHERE id = ?", (data_source_id,)
        )
        if project_id is None:
            raise not_found("The data source", "dataSourceId")
        self.project(project_id, self.caller_id(request), grant)
        datasource.ensure(self.storage, data_source_id)
        return data_source_id

    def transaction_of(self, request: Request, data_source_id: str) -> str | None:
        """The request's open transaction (``transactionId``), or None; the documented errors otherwise."""
        transaction_id = request.query.get("transactionId")
        if transaction_id is None:
            return None
        self._usable(data_source_id, str(transaction_id))
        return str(transaction_id)

    def _usable(self, data_source_id: str, transaction_id: str) -> None:
        row = self.storage.one(
            "SELECT state, deadline FROM charon_transactions WHERE data_source = ? AND id = ?",
            (data_source_id, transaction_id),
        )
        if row is None:
            raise problem(404, "missingTransaction", "The transaction was not found.", "transactionId")
        state = row["state"]
        if state == OPEN and self.now() >= row["deadline"]:
            self._finish(data_source_id, transaction_id, ABORTED)
            state = ABORTED
        if state == ABORTED:
            raise problem(409, "abortedTransaction", "The transaction was aborted.", "transactionId")
        if state != OPEN:
            raise problem(409, "completedTransaction", "The transaction is completed.", "transactionId")

    def _finish(self, data_source_id: str, transaction_id: str, state: str) -> None:
        with self.storage.transaction():
            store.drop_scope(self.storage, datasource.scope_of(data_source_id, transaction_id))
            self.storage.execute(
                "UPDATE charon_transactions SET state = ? WHERE data_source = ? AND id = ?",
                (state, data_source_id, transaction_id),
            )
        store.forget_metadata()

    # ---------------------------------------------------------------------------------- operations

    @operation("beginTransaction")
    def begin_transaction(self, request: Request) -> Response:
        data_source_id = self.data_source(request, "edit")
        body = request.body
        transaction_id = str(body["id"])
        execution = seconds(str(body["executionTimeout"]))
        start = seconds(str(body["startTimeout"]))
        if execution <= 0 or start <= 0:
            raise problem(400, "invalidParameterValue", "Timeouts must be positive.", "executionTimeout")
        if self.storage.one(
            "SELECT 1 FROM charon_transactions WHERE data_source = ? AND id = ?"
            " AND state = ? AND deadline > ?",
            (data_source_id, transaction_id, OPEN, self.now()),
        ):
            raise problem(409, "duplicateTransaction", "A transaction with this id is open.", "id")
        base = datasource.current_revision(self.storage, data_source_id)
        with self.storage.transaction():
            store.copy_scope(
                self.storage, data_source_id, datasource.scope_of(data_source_id, transaction_id)
            )
            self.storage.execute(
                "INSERT INTO charon_transactions (data_source, id, state, deadline, base_revision)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (data_source, id) DO UPDATE SET state = excluded.state,"
                " deadline = excluded.deadline, base_revision = excluded.base_revision",
                (data_source_id, transaction_id, OPEN, self.now() + execution, base.revision_hash),
            )
        return self.done()

    @operation("commitTransaction")
    def commit_transaction(self, request: Request) -> Response:
        data_source_id = self.data_source(request, "edit")
        transaction_id = str(request.path_params["transactionId"])
        self._usable(data_source_id, transaction_id)
        base = self.storage.scalar(
            "SELECT base_revision FROM charon_transactions WHERE data_source = ? AND id = ?",
            (data_source_id, transaction_id),
        )
        if datasource.current_revision(self.storage, data_source_id).revision_hash != base:
            self._finish(data_source_id, transaction_id, ABORTED)
            raise problem(
                409, "abortedTransaction", "The data source changed outside the transaction.", "transactionId"
            )
        with self.storage.transaction():
            store.move_scope(
                self.storage, datasource.scope_of(data_source_id, transaction_id), data_source_id
            )
            self.storage.execute(
                "UPDATE charon_transactions SET state = ? WHERE data_source = ? AND id = ?",
                (COMMITTED, data_source_id, transaction_id),
            )
        store.forget_metadata()
        return self.done()

    @operation("rejectTransaction")
    def reject_transaction(self, request: Request) -> Response:
        data_source_id = self.data_source(request, "edit")
        transaction_id = str(request.path_params["transactionId"])
        state = self.storage.scalar(
            "SELECT state FROM charon_transactions WHERE data_source = ? AND id = ?",
            (data_source_id, transaction_id),
        )
        if state is None:
            raise problem(404, "missingTransaction", "The transaction was not found.", "transactionId")
        if state == OPEN:
            self._finish(data_source_id, transaction_id, REJECTED)
        return self.done()
