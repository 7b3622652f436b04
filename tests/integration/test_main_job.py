"""The README's first command, end to end with a tiny budget, so the main job cannot break silently again."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from devtools.fuzzjob.run import spec_vendors
from emulators.core.registry import VENDORS as EMULATED

ROOT = Path(__file__).resolve().parents[2]


def test_main_job_reports_every_vendor_and_exits_0(tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    result = subprocess.run(
        [sys.executable, "scripts/fuzz.py", "--examples", "1", "--reports", str(reports)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    tail = (result.stdout + result.stderr)[-4000:]
    assert result.returncode == 0, tail
    assert "RESULT: all contracts hold" in result.stdout, tail
    vendors = spec_vendors()
    assert len(vendors) >= 4
    for vendor in vendors:
        assert f"[{vendor}] " in result.stdout, f"no progress line for {vendor}"

    root = ET.parse(reports / "junit.xml").getroot()
    suites = {suite.get("name", "").split(":")[0] for suite in root.iter("testsuite")}
    assert set(vendors) <= suites
    assert root.get("failures") == "0"
    page = (reports / "index.html").read_text(encoding="utf-8")
    summary = (reports / "summary.md").read_text(encoding="utf-8")
    for vendor in vendors:
        assert f'id="{vendor}"' in page
        if vendor in EMULATED:
            assert (reports / vendor / "schemathesis.txt").stat().st_size > 0
            assert (reports / vendor / "client-fuzzing.txt").stat().st_size > 0
        else:
            assert f"| {vendor} | no emulator" in summary
