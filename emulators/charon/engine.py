"""The game-data engine's operations (documents, transactions, import/export, validation, processes…).

They belong to the next issue. Until then each answers 501 ``operationNotSupported`` in Charon's envelope,
after authentication (the spec documents the 501 for exactly these operations), and the branch's data
source row (``charon_data_sources``) is already there for the engine to fill.
"""

from __future__ import annotations

from collections.abc import Callable

from emulators.charon.base import problem
from emulators.charon.notifications import Notifications
from emulators.core.http import Request, Response

ENGINE_OPERATIONS = frozenset(
    {
        "beginTransaction",
        "commitTransaction",
        "rejectTransaction",
        "findDocument",
        "createDocument",
        "updateDocument",
        "deleteDocument",
        "listDocuments",
        "bulkChangeDocuments",
        "queryDocuments",
        "pickDocuments",
        "convertGameDataRaw",
        "exportRaw",
        "backupRaw",
        "export",
        "import",
        "backup",
        "restore",
        "validate",
        "getLoadingProgress",
        "getCapabilities",
        "examine",
        "getDataSourcePresentUsers",
        "generateSourceCode",
        "getSourceCodeGenerationTemplate",
        "listProcesses",
        "getProcess",
        "stopProcess",
        "getProcessResultRaw",
        "listFormulaTypes",
        "getFormulaTypes",
    }
)


class Engine(Notifications):
    def handler(self, operation_id: str) -> Callable[[Request], Response] | None:
        if operation_id in ENGINE_OPERATIONS:
            return self._not_implemented
        return super().handler(operation_id)

    def _not_implemented(self, request: Request) -> Response:
        raise problem(
            501,
            "operationNotSupported",
            f"{request.operation_id} (game data) is not implemented by this emulator yet.",
        )
