"""Every operation of every vendor, fuzzed by Schemathesis/Hypothesis and sent through the generated client.

Each case checks the wire request the client built, the response against the spec, and the typed model
round trip (see ``driver.run_case``). Case counts come from the Hypothesis profile: ``ci`` (default) or
``fuzz`` (``HYPOTHESIS_PROFILE=fuzz``, used by ``scripts/fuzz.py`` / ``nox -s contract``).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from codegen.generate import GENERATED, SPECS
from emulators.core.registry import VENDORS as EMULATED_VENDORS
from openapi_toolkit import walk
from openapi_toolkit.loading import read_yaml
from tests.contract.driver import ContractTarget, run_case
from tests.contract.pending import skipped

# Vendors with both a generated client and an emulator.
VENDORS = sorted(
    p.name for p in GENERATED.iterdir() if (p / "pyproject.toml").exists() and p.name in EMULATED_VENDORS
)


def operation_ids(vendor: str) -> list[str]:
    return walk.operation_ids(read_yaml(SPECS / f"{vendor}.yaml"))


# Every operation, except those the emulator does not serve yet or the client has no function for
# (tests/contract/pending.py says which and why).
PAIRS = [
    (vendor, op_id) for vendor in VENDORS for op_id in operation_ids(vendor) if op_id not in skipped(vendor)
]


# The default (``ci``) run spends about the same number of cases on every vendor, so a 111-operation API does
# not take seven times as long as a 10-operation one, but never fewer than 5 per operation (a case costs
# tens of milliseconds); the ``fuzz`` profile (the main job) gives every operation its full count.
CI_CASES_PER_VENDOR = 240


def cases_per_operation(vendor: str) -> int:
    configured = settings().max_examples
    if os.environ.get("HYPOTHESIS_PROFILE", "ci") != "ci":
        return configured
    operations = sum(1 for v, _ in PAIRS if v == vendor)
    return max(5, min(configured, CI_CASES_PER_VENDOR // max(operations, 1)))


@pytest.fixture
def target(vendor: str, emulator_target: Callable[[str], ContractTarget]) -> ContractTarget:
    """The vendor's target, built in the test's set-up (once per session): its spec, schema and client facts
    are no part of a case's cost, as Schemathesis's per-operation times do not include loading its schema."""
    return emulator_target(vendor).prepared()


@pytest.mark.parametrize(("vendor", "operation_id"), PAIRS, ids=[f"{v}.{o}" for v, o in PAIRS])
def test_operation_through_client(vendor: str, operation_id: str, target: ContractTarget) -> None:
    operation = target.operation(operation_id)

    @given(case=operation.as_strategy().filter(target.client_can_send))
    @settings(
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        deadline=None,
        max_examples=cases_per_operation(vendor),
    )
    def check(case: Any) -> None:
        run_case(target, case)

    check()


def test_every_operation_is_covered() -> None:
    """Guards the parametrisation itself: a vendor whose spec yields no operations would pass vacuously."""
    assert VENDORS, "no generated clients found under generated/"
    for vendor in VENDORS:
        assert len(operation_ids(vendor)) >= 10, vendor
