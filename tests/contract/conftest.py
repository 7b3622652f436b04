"""Targets for the contract tests: an emulator per vendor (started once), or a live sandbox from the env.

Live mode: set the vendor's variables (tests/live.py: ``<VENDOR>_BASE_URL``, its credential and, for Make and
Rollup, the team / workspace the caller owns); then the tests marked ``live`` (the link walk and the stateful
run) run against it, on resources they create.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from emulators.testing import RunningEmulator, start_emulator
from tests.contract.driver import ContractTarget, write_stats
from tests.live import live_service

TOKEN = "contract-token"


def live_target(vendor: str) -> ContractTarget | None:
    service = live_service(vendor)
    if service is None:
        return None
    return ContractTarget(vendor, service.base_url, service.credential, live=True, owned=dict(service.owned))


@pytest.fixture(scope="session")
def emulator_target() -> Iterator[Callable[[str], ContractTarget]]:
    running: dict[str, RunningEmulator] = {}
    # One target per vendor for the session: its spec, Schemathesis schema and client facts take seconds to
    # build for a large spec (over 100 operations), which per test was most of the default run's time.
    targets: dict[str, ContractTarget] = {}

    def get(vendor: str) -> ContractTarget:
        if vendor not in targets:
            running[vendor] = start_emulator(vendor, token=TOKEN)
            targets[vendor] = ContractTarget(vendor, running[vendor].base_url, TOKEN, running=running[vendor])
        return targets[vendor]

    yield get
    for emulator in running.values():
        emulator.stop()


@pytest.fixture(scope="session", autouse=True)
def contract_report() -> Iterator[None]:
    yield
    directory = os.environ.get("CONTRACT_REPORT_DIR")
    if directory:
        write_stats(Path(directory))
