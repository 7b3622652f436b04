"""``--shard I/N`` (tests/sharding.py): parts that are disjoint, cover the suite and agree across machines."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.sharding import parse_shard, shard_members

ROOT = Path(__file__).resolve().parents[2]
NODE_ID = re.compile(r"^\S+::\S+$", re.MULTILINE)


def test_parts_are_disjoint_cover_everything_and_differ_by_one_at_most() -> None:
    ids = [f"tests/t.py::test_{i}" for i in range(23)]
    for total in (1, 2, 3, 5, 23, 30):
        parts = [shard_members(ids, index, total) for index in range(1, total + 1)]
        assert set().union(*parts) == set(ids)
        assert sum(len(part) for part in parts) == len(ids)  # no id in two parts
        assert max(map(len, parts)) - min(map(len, parts)) <= 1


def test_the_split_does_not_depend_on_collection_order() -> None:
    ids = [f"tests/t.py::test_{i}" for i in range(10)]
    assert shard_members(ids, 2, 3) == shard_members(list(reversed(ids)), 2, 3)


@pytest.mark.parametrize("value", ["0/2", "3/2", "1", "a/b", "1/0", ""])
def test_a_malformed_shard_is_a_usage_error(value: str) -> None:
    with pytest.raises(pytest.UsageError, match="--shard takes I/N"):
        parse_shard(value)


def environment(*, autoload: bool) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if not autoload:
        env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    return env


def collected(directory: Path, *args: str) -> list[str]:
    """The node ids pytest would run; outside tests/ (no tests/conftest.py there) the plugin comes by ``-p``
    and no other plugin is loaded (each installed one costs seconds of start-up)."""
    ours = directory.is_relative_to(ROOT / "tests")
    plugin = [] if ours else ["-p", "tests.sharding"]
    result = subprocess.run(
        [sys.executable, "-m", "pytest", *plugin, "--collect-only", "-q", *args, str(directory)],
        cwd=directory,
        env=environment(autoload=ours),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return NODE_ID.findall(result.stdout)


def test_the_option_splits_a_real_run_after_k(tmp_path: Path) -> None:
    (tmp_path / "test_many.py").write_text(
        "import pytest\n\n@pytest.mark.parametrize('n', range(7))\ndef test_a(n):\n    pass\n\n"
        "def test_b():\n    pass\n\ndef test_other():\n    pass\n"
    )
    whole = collected(tmp_path, "-k", "not other")
    assert len(whole) == 8
    parts = [collected(tmp_path, "-k", "not other", "--shard", f"{i}/3") for i in (1, 2, 3)]
    assert sorted(id for part in parts for id in part) == sorted(whole)
    assert [len(part) for part in parts] == [3, 3, 2]
    assert (
        "2/3"
        in subprocess.run(
            [sys.executable, "-m", "pytest", "-p", "tests.sharding", "--shard", "2/3x", str(tmp_path)],
            cwd=tmp_path,
            env=environment(autoload=False),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        ).stderr
    )


@pytest.mark.slow
def test_the_contract_suite_splits_into_two_shards_whose_union_is_the_suite() -> None:
    whole = collected(ROOT / "tests" / "contract")
    first, second = (collected(ROOT / "tests" / "contract", "--shard", f"{i}/2") for i in (1, 2))
    assert whole and not set(first) & set(second)
    assert sorted(first + second) == sorted(whole)
