"""Operations the contract tests cannot (yet) send through a client, read from the vendor's own files.

- ``pending``: operations the vendor's emulator declares unfinished (``unfinished_operations`` on its class,
  with the reason): it answers the spec's 501 until they are built. Through-client cases skip them; a stateful
  step or link that reaches one must get that 501.
- ``no_client_function``: operations of the spec that the overlay removes from the generated client (e.g. a
  WebSocket endpoint a plain HTTP function could only ever be refused on; tests/emulator covers those).
"""

from __future__ import annotations

from functools import cache

from codegen.generate import SPECS, load_yaml, prepared_spec
from emulators.core.registry import VENDORS, load_vendor
from openapi_toolkit.walk import operation_ids


@cache
def pending(vendor: str) -> frozenset[str]:
    return frozenset(load_vendor(vendor).unfinished_operations) if vendor in VENDORS else frozenset()


@cache
def no_client_function(vendor: str) -> frozenset[str]:
    return frozenset(operation_ids(load_yaml(SPECS / f"{vendor}.yaml"))) - set(
        operation_ids(prepared_spec(vendor))
    )


def skipped(vendor: str) -> frozenset[str]:
    return pending(vendor) | no_client_function(vendor)
