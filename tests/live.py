"""Live mode: which environment variables point the tests at a vendor's own service, read in one place.

A vendor is live when all of its variables are set (``<VENDOR>_BASE_URL``, its credential and the ids the
caller owns); then the contract tests' live variants and the emulator-behaviour tests (tests/emulator, through
their ``target`` fixture) send their requests there instead of to an emulator. Pointing the variables at an
emulator of ours is how live mode itself is tested (tests/integration/test_live_mode.py).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class LiveVariables:
    base_url: str
    credential: str
    #: spec name of a value the caller owns (Make's team, Rollup's workspace) -> its variable.
    owned: Mapping[str, str] = field(default_factory=dict)

    def names(self) -> list[str]:
        return [self.base_url, self.credential, *self.owned.values()]


LIVE_VARIABLES: dict[str, LiveVariables] = {
    "make": LiveVariables("MAKE_BASE_URL", "MAKE_API_TOKEN", {"teamId": "MAKE_TEAM_ID"}),
    "qlik": LiveVariables("QLIK_BASE_URL", "QLIK_API_KEY"),
    "rollup": LiveVariables("ROLLUP_BASE_URL", "ROLLUP_API_KEY", {"workspaceId": "ROLLUP_WORKSPACE_ID"}),
}


@dataclass(frozen=True)
class LiveService:
    vendor: str
    base_url: str
    credential: str
    #: spec name -> value as written in the environment (a string: typed by the spec where it is used).
    owned: Mapping[str, str]


def variables_of(vendor: str) -> LiveVariables:
    return LIVE_VARIABLES.get(
        vendor, LiveVariables(f"{vendor.upper()}_BASE_URL", f"{vendor.upper()}_API_KEY")
    )


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
