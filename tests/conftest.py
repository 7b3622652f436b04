"""Hypothesis profiles: ``ci`` keeps the default run short; ``fuzz`` is for nox -s contract."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# No example database in either profile: the cases run against emulators whose state differs from run to
# run, so an example saved by an earlier run does not replay as it failed (Hypothesis then reports a flaky
# strategy instead of the failure), and a CI run must not depend on what a developer's earlier runs left.
settings.register_profile(
    "ci",
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=True,
    database=None,
)
settings.register_profile(
    "fuzz",
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "100")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    database=None,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# ``--shard I/N`` (tests/sharding.py); re-exported here so every run of the suite has the option.
from tests.sharding import pytest_addoption, pytest_collection_modifyitems  # noqa: E402

__all__ = ["pytest_addoption", "pytest_collection_modifyitems"]
