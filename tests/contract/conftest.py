"""Targets for the contract tests: an emulator per vendor (started once), or a live sandbox from the env.

Live mode: set ``<VENDOR>_BASE_URL`` and the vendor's credential variable (``MAKE_API_TOKEN``,
``QLIK_API_KEY``, ``ROLLUP_API_KEY``, ``CHARON_API_KEY``); then only the stateful tests run against it, on
resources they create.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from emulators.testing import RunningEmulator, start_emulator
from tests.contract.driver import Target, write_stats

CREDENTIAL_VARS = {
    "make": "MAKE_API_TOKEN",
    "qlik": "QLIK_API_KEY",
    "rollup": "ROLLUP_API_KEY",
    "charon": "CHARON_API_KEY",
}
TOKEN = "contract-token"


def live_target(vendor: str) -> Target | None:
    base = os.environ.get(f"{vendor.upper()}_BASE_URL")
    credential = os.environ.get(CREDENTIAL_VARS.get(vendor, f"{vendor.upper()}_API_KEY"))
    if base and credential:
        return Target(vendor, base.rstrip("/"), credential, live=True)
    return None


@pytest.fixture(scope="session")
def emulator_target() -> Iterator[Callable[[str], Target]]:
    running: dict[str, RunningEmulator] = {}

    def get(vendor: str) -> Target:
        if vendor not in running:
            running[vendor] = start_emulator(vendor, token=TOKEN)
        return Target(vendor, running[vendor].base_url, TOKEN)

    yield get
    for emulator in running.values():
        emulator.stop()


@pytest.fixture(scope="session", autouse=True)
def contract_report() -> Iterator[None]:
    yield
    directory = os.environ.get("CONTRACT_REPORT_DIR")
    if directory:
        write_stats(Path(directory))
