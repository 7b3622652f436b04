"""Live mode: which environment variables point the tests at a vendor's own service, read in one place.

A vendor is live when all of its variables are set (``<VENDOR>_BASE_URL``, its credential and the ids the
caller owns); then the contract tests' live variants and the emulator-behaviour tests (tests/emulator, through
their ``target`` fixture) send their requests there instead of to an emulator. Pointing the variables at an
emulator of ours is how live mode itself is tested (tests/integration/test_live_mode.py).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from emulators.core.profile import LiveVariables
from emulators.core.registry import VENDORS, load_vendor


@dataclass(frozen=True)
class LiveService:
    vendor: str
    base_url: str
    credential: str
    #: spec name -> value as written in the environment (a string: typed by the spec where it is used).
    owned: Mapping[str, str]


def variables_of(vendor: str) -> LiveVariables:
    """Declared on the vendor's emulator class (``live``); the default names for a vendor without one."""
    return load_vendor(vendor).live_variables() if vendor in VENDORS else LiveVariables.default(vendor)


def live_service(vendor: str, environ: Mapping[str, str] | None = None) -> LiveService | None:
    """The vendor's live service when every one of its variables is set, else None."""
    env = os.environ if environ is None else environ
    variables = variables_of(vendor)
    if not all(env.get(name) for name in variables.names()):
        return None
    return LiveService(
        vendor,
        env[variables.base_url].rstrip("/"),
        env[variables.credential],
        {name: env[var] for name, var in variables.owned.items()},
    )


def skip_reason(vendor: str) -> str:
    return f"live mode needs {' + '.join(variables_of(vendor).names())} set"
