"""Charon (GameDevWare) web REST API emulator: the platform (identity, tenancy, projects, branches,
preferences, billing, storage, notifications) and the game-data engine (documents, schemas, transactions,
import and export, processes).

One class assembled from one module per capability group (each a subclass of the previous one, so the
handler table is the union): base → access → tenancy → identity → accounts → workspaces → projects →
branches → preferences → billing → resources → notifications → the engine's modules → control.
"""

from __future__ import annotations

from emulators.charon.control import Control


class CharonEmulator(Control):
    """The Charon emulator (``python -m emulators charon``)."""


EMULATOR = CharonEmulator
