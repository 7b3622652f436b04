"""``--shard I/N``: run the I-th of N disjoint parts of the selected tests (CI machines each run one).

The split is deterministic and needs nothing stored: the selected tests' node ids are sorted and dealt out
round-robin, so N machines that collect the same suite agree on who runs what, every test runs on exactly
one of them, and the parts differ in size by one test at most. It applies after ``-k``/``-m`` (the hook
runs last), so the parts split what the same command without ``--shard`` would run; under pytest-xdist each
worker deals the same way, so ``--shard`` and ``-n`` combine.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import pytest

SHARD = re.compile(r"^(\d+)/(\d+)$")


def parse_shard(value: str) -> tuple[int, int]:
    """``"2/4"`` -> ``(2, 4)``: 1-based index, count; anything else is a usage error."""
    match = SHARD.match(value.strip())
    if not match or not 1 <= int(match.group(1)) <= int(match.group(2)):
        raise pytest.UsageError(f"--shard takes I/N with 1 <= I <= N (e.g. 1/2), not {value!r}")
    return int(match.group(1)), int(match.group(2))


def shard_members(node_ids: Sequence[str], index: int, total: int) -> set[str]:
    """The node ids of part ``index`` of ``total`` (1-based)."""
    return set(sorted(node_ids)[index - 1 :: total])


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--shard",
        default=None,
        metavar="I/N",
        help="run only the I-th of N deterministic, disjoint parts of the selected tests (CI sharding)",
    )


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    value = config.getoption("--shard")
    if not value:
        return
    index, total = parse_shard(value)
    keep = shard_members([item.nodeid for item in items], index, total)
    config.hook.pytest_deselected(items=[item for item in items if item.nodeid not in keep])
    items[:] = [item for item in items if item.nodeid in keep]
