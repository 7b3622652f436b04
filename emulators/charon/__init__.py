"""Charon (GameDevWare) web REST API emulator: the platform (identity, tenancy, projects, branches,
preferences, billing, storage, notifications); the game-data engine answers 501 until its own issue.

One class assembled from one module per capability group (each a subclass of the previous one, so the
handler table is the union): base → access → tenancy → identity → accounts → workspaces → projects →
branches → preferences → billing → resources → notifications → engine → control.
"""

from __future__ import annotations

from typing import ClassVar

from emulators.charon.control import Control
from emulators.charon.engine import ENGINE_OPERATIONS


class CharonEmulator(Control):
    """The Charon emulator (``python -m emulators charon``)."""

    unfinished_operations: ClassVar[dict[str, str]] = {
        op: "the game-data engine is not built yet: answers 501 operationNotSupported"
        for op in ENGINE_OPERATIONS
    }


EMULATOR = CharonEmulator
