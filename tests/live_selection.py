"""A pytest plugin for the live-mode check (tests/integration/test_live_mode.py): only the tests that go live.

In live mode only the live contract tests and the emulator-behaviour tests taking ``target`` send their
requests to ``<VENDOR>_BASE_URL``; every other test serves its own emulator exactly as in the default run,
so running it again in the child would only repeat that run.
"""

from __future__ import annotations

import pytest


def goes_live(item: pytest.Item) -> bool:
    return item.get_closest_marker("live") is not None or "target" in getattr(item, "fixturenames", ())


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    repeated = [item for item in items if not goes_live(item)]
    if repeated:
        config.hook.pytest_deselected(items=repeated)
        items[:] = [item for item in items if goes_live(item)]
