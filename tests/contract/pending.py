"""Operations the contract tests cannot (yet) send through a vendor's client, each set with its reason.

- ``PENDING``: operations the emulator answers 501 until they are built. For Charon these are the 31
  game-data engine operations, named once in ``emulators/charon/engine.py`` (the next issue removes them).
  Through-client cases skip them; a stateful step or link that reaches one must get the spec's 501.
- ``NO_CLIENT_FUNCTION``: operations the overlay removes from the generated client (the WebSocket
  ``subscribeOnNotifications``: a plain HTTP function could only ever be refused; tests/emulator covers it).
"""

from __future__ import annotations

from emulators.charon.engine import ENGINE_OPERATIONS

PENDING: dict[str, frozenset[str]] = {"charon": ENGINE_OPERATIONS}
NO_CLIENT_FUNCTION: dict[str, frozenset[str]] = {"charon": frozenset({"subscribeOnNotifications"})}


def skipped(vendor: str) -> frozenset[str]:
    return PENDING.get(vendor, frozenset()) | NO_CLIENT_FUNCTION.get(vendor, frozenset())
