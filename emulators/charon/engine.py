"""The game-data engine's last link: operations still to build answer 501 ``operationNotSupported``.

Documents, transactions, validation and examine are in ``transactions.py``, ``documents.py`` and
``inspection.py`` (on ``datasource.py``); what is left (import/export, processes, catalogue) answers 501
in Charon's envelope after authentication until built.
"""

from __future__ import annotations

from collections.abc import Callable

from emulators.charon.base import problem
from emulators.charon.inspection import Inspection
from emulators.core.http import Request, Response

ENGINE_OPERATIONS = frozenset(
    {
        "convertGameDataRaw",
        "exportRaw",
        "backupRaw",
        "export",
        "import",
        "backup",
        "restore",
        "getLoadingProgress",
        "getCapabilities",
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


class Engine(Inspection):
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
