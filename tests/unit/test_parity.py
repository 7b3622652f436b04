"""The parity rule for emulator-behaviour tests (tests/parity.py): collection fails without a valid marker,
and a recorded vendor response is compared by status and JSON shape."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from codegen.generate import ROOT
from tests.parity import Exchange, differences, load_recording, save_recording, shape

CONFTEST = """
from pathlib import Path

from tests.parity import check_parity_markers


def pytest_collection_modifyitems(config, items):
    check_parity_markers(items, Path(__file__).parent, Path(__file__).parent / "recordings")
"""


def run_collection(
    tmp_path: Path, test_source: str, recordings: dict[str, str] | None = None
) -> tuple[int, str]:
    """Run pytest in a child process on one test module under a conftest that applies the rule."""
    (tmp_path / "pytest.ini").write_text("[pytest]\nmarkers =\n    parity(kind): parity\n")
    (tmp_path / "conftest.py").write_text(CONFTEST)
    (tmp_path / "test_sample.py").write_text(textwrap.dedent(test_source))
    for name, content in (recordings or {}).items():
        path = tmp_path / "recordings" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        timeout=120,
    )
    return result.returncode, result.stdout + result.stderr


def test_a_test_without_a_parity_marker_fails_collection(tmp_path: Path) -> None:
    code, output = run_collection(
        tmp_path,
        """
        import pytest

        @pytest.mark.parity("emulator")
        def test_marked(): pass

        def test_unmarked(): pass
        """,
    )
    assert code == pytest.ExitCode.USAGE_ERROR, output
    assert "test_sample.py::test_unmarked: has no parity marker" in output
    assert "test_marked:" not in output
    assert "passed" not in output  # nothing ran


def test_module_marker_covers_every_test(tmp_path: Path) -> None:
    code, output = run_collection(
        tmp_path,
        """
        import pytest

        pytestmark = pytest.mark.parity("emulator")

        def test_one(): pass

        def test_two(): pass
        """,
    )
    assert code == pytest.ExitCode.OK, output
    assert "2 passed" in output


@pytest.mark.parametrize(
    ("marker", "problem"),
    [
        ('parity("believed")', "'vendor' or 'emulator'"),
        ("parity()", "'vendor' or 'emulator'"),
        ('parity("vendor")', "needs recording="),
        ('parity("vendor", recording="make/none.json")', "make/none.json, which is not in"),
    ],
)
def test_invalid_parity_markers_fail_collection(tmp_path: Path, marker: str, problem: str) -> None:
    code, output = run_collection(tmp_path, f"import pytest\n\n@pytest.mark.{marker}\ndef test_x(): pass\n")
    assert code == pytest.ExitCode.USAGE_ERROR, output
    assert problem in output


def test_vendor_parity_with_its_recording_is_collected(tmp_path: Path) -> None:
    code, output = run_collection(
        tmp_path,
        """
        import pytest

        @pytest.mark.parity("vendor", recording="make/delete.json")
        def test_x(): pass
        """,
        recordings={"make/delete.json": '{"exchanges": []}'},
    )
    assert code == pytest.ExitCode.OK, output


def exchange(status: int, body: object, method: str = "GET") -> Exchange:
    return Exchange(method, "/data-stores/1", {}, None, status, body)


def test_recording_round_trip_and_shape_comparison(tmp_path: Path) -> None:
    recorded = [
        exchange(200, {"dataStore": {"id": 7, "name": "a", "size": "0"}}),
        exchange(400, {"code": "x"}),
    ]
    path = tmp_path / "make" / "r.json"
    save_recording(path, "make", "eu1.make.com", "2026-12-01T17:00:00Z", recorded)
    assert load_recording(path) == recorded
    # Values the vendor chooses may differ; types, keys and statuses may not.
    same_shape = [
        exchange(200, {"dataStore": {"id": 9, "name": "b", "size": "12"}}),
        exchange(400, {"code": "y"}),
    ]
    assert differences(recorded, same_shape) == []
    wrong = [
        exchange(200, {"dataStore": {"id": "9", "name": "b", "size": "12"}}),
        exchange(404, {"code": "y"}),
    ]
    found = differences(recorded, wrong)
    assert len(found) == 2
    assert "status 404, the vendor answered 400" in found[1]
    assert differences(recorded, recorded[:1]) == ["1 exchanges, the recording has 2"]
    assert differences(recorded, [exchange(200, recorded[0].response, "PUT"), recorded[1]]) == [
        "exchange 0 (GET /data-stores/1): sent PUT"
    ]


def test_shape_keeps_keys_and_types_only() -> None:
    assert shape({"b": [1, 2], "a": None, "c": True, "d": 1.5}) == {
        "a": "NoneType",
        "b": ["number"],
        "c": "bool",
        "d": "number",
    }
    assert shape([]) == []
    assert shape({"x": "s"}) != shape({"x": 1})
