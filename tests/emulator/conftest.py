"""The emulator-behaviour tests' target, moto/LocalStack style: the emulator, or the live vendor when its
variables are set (tests/live.py), and the rule that every test here says what its expectation rests on.

A test module sets ``VENDOR = "<name>"`` and takes ``target``. By default ``target`` is that vendor's emulator
(one per module, served in this process; ``target.reset()`` empties it). With the vendor's live variables
set, the same test bodies send their requests to ``<VENDOR>_BASE_URL`` with the live credential; what needs
the emulator's control plane (``target.emulator``, ``target.reset()``: reset, seed, restart) is skipped there,
with the reason.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from emulators.testing import InProcessEmulator, serve_in_thread
from tests.live import live_service
from tests.parity import check_parity_markers, differences, load_recording, recording_of, save_recording
from tests.postgres import BACKENDS, fresh_database
from tests.target import TOKEN, Target

#: The modules that also run against PostgreSQL (``[postgresql]``) when ``EMULATOR_TEST_POSTGRES_URL`` is
#: set: every vendor's behaviour suite, which between them run every SQL statement of the vendor modules.
#: The core's suites (control plane, faults, limits, state file, paging fixtures) start emulators of their
#: own and test nothing that depends on the backend; they stay on SQLite to keep the run short.
ON_POSTGRES = frozenset(
    {
        "test_make",
        "test_make_core",
        "test_qlik",
        "test_qlik_catalog",
        "test_qlik_seeding",
        "test_rollup",
        "test_rollup_fields",
        "test_charon_platform",
        "test_charon_access",
        "test_charon_billing",
        "test_charon_branches",
        "test_charon_preferences",
        "test_charon_identity",
        "test_charon_projects",
        "test_charon_project_rules",
        "test_charon_base",
        "test_charon_documents",
        "test_charon_listing",
        "test_charon_transactions",
        "test_charon_gamedata_io",
        "test_charon_processes",
        "test_charon_sourcecode",
        "test_charon_embedded",
        "test_charon_control",
        "test_charon_changes",
        "test_charon_resources",
        "test_charon_notifications",
        "test_charon_workspaces",
        "test_charon_catalogue",
        "test_charon_checks",
        "test_charon_datasource",
        "test_charon_tenancy",
        "test_charon_accounts",
    }
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    check_parity_markers(items, Path(__file__).parent)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """The modules in ``ON_POSTGRES`` run twice, once per backend (module-scoped: one emulator each).

    Not in live mode: the live service keeps its own state, so a second pass would only repeat the first.
    """
    module = metafunc.module.__name__.rsplit(".", 1)[-1]
    vendor = getattr(metafunc.module, "VENDOR", None)
    live = isinstance(vendor, str) and live_service(vendor) is not None
    if "backend" in metafunc.fixturenames and module in ON_POSTGRES and not live:
        metafunc.parametrize("backend", BACKENDS, indirect=True, scope="module")


@pytest.fixture(scope="module")
def backend(request: pytest.FixtureRequest) -> str:
    """Where the module's emulator keeps its state: ``sqlite`` (in memory) or ``postgresql``."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="module")
def vendor_emulator(request: pytest.FixtureRequest, backend: str) -> Iterator[InProcessEmulator | None]:
    """One in-process emulator for the module's ``VENDOR`` on ``backend``; none in live mode."""
    vendor: str = request.module.VENDOR
    if live_service(vendor) is not None:
        yield None
        return
    state = fresh_database(vendor) if backend == "postgresql" else None
    running = serve_in_thread(vendor, token=TOKEN, state=state)
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture
def target(request: pytest.FixtureRequest, vendor_emulator: InProcessEmulator | None) -> Iterator[Target]:
    vendor: str = request.module.VENDOR
    service = live_service(vendor)
    if service is not None:
        found = Target(vendor, service.base_url, service.credential, live=True, owned=dict(service.owned))
    else:
        assert vendor_emulator is not None
        found = Target(vendor, vendor_emulator.base_url, TOKEN, running=vendor_emulator)
    yield found
    recording = recording_of(request.node)
    if recording is None:
        return
    if found.live and os.environ.get("PARITY_RECORD") == "1":
        stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        save_recording(recording, vendor, httpx.URL(found.base_url).host, stamp, found.exchanges)
    elif not found.live:
        problems = differences(load_recording(recording), found.exchanges)
        if problems:
            pytest.fail(
                f"{recording.name}: the emulator differs from the recorded vendor:\n  "
                + "\n  ".join(problems)
            )
