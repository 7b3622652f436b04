"""The game-data engine: the operations not built yet, and the end of the engine's class chain.

The built ones live in their modules (documents, transactions, inspection, processes, catalogue...).
Each one not built yet answers 501 ``operationNotSupported`` in Charon's envelope, after authentication
(the spec documents the 501 for exactly these operations).
"""

from __future__ import annotations

from collections.abc import Callable

from emulators.charon.base import problem
from emulators.charon.sourcecode import SourceCode
from emulators.core.http import Request, Response

ENGINE_OPERATIONS: frozenset[str] = frozenset()


class Engine(SourceCode):
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
