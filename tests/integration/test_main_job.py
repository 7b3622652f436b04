"""The README's first command, end to end on a small subset, so the main job cannot break silently again.

The whole job runs (regeneration, an emulator per vendor, both phases, every report), but on one or two
operations per vendor (``--operation``) with one case each: the full fuzzing is the contract tests' job in
this suite, and the main job's own.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from devtools.fuzzjob.run import spec_vendors
from emulators.core.registry import VENDORS as EMULATED
from emulators.core.registry import load_vendor

ROOT = Path(__file__).resolve().parents[2]
# At least one operation of every vendor, a shared operationId (Make's and Qlik's getDataStore), and an engine
# operation of Charon's (while it is declared unfinished it has no through-client case; schemathesis still
# sends it requests, which must get the spec's 501).
SELECTION = {
    "charon": {"getCurrentUser", "listProcesses"},
    "make": {"getDataStore"},
    "qlik": {"getDataStore"},
    "rollup": {"getDataSink"},
}
PATTERNS = ["getDataStore", "rollup.getDataS?nk", "charon.getCurrentUser", "charon.listProcesses"]


def test_main_job_reports_every_vendor_and_exits_0(tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    selection = [argument for pattern in PATTERNS for argument in ("--operation", pattern)]
    result = subprocess.run(
        [sys.executable, "scripts/fuzz.py", "--examples", "1", *selection, "--reports", str(reports)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    tail = (result.stdout + result.stderr)[-8000:]
    assert result.returncode == 0, tail
    assert "RESULT: all contracts hold" in result.stdout, tail
    vendors = spec_vendors()
    assert len(vendors) >= 4
    assert set(SELECTION) <= set(vendors)
    for vendor in vendors:
        assert f"[{vendor}] " in result.stdout, f"no progress line for {vendor}"

    root = ET.parse(reports / "junit.xml").getroot()
    suites = {suite.get("name", "").split(":")[0] for suite in root.iter("testsuite")}
    assert set(vendors) <= suites
    assert root.get("failures") == "0"
    page = (reports / "index.html").read_text(encoding="utf-8")
    summary = (reports / "summary.md").read_text(encoding="utf-8")
    assert "Only the operations matching getDataStore, rollup.getDataS?nk" in summary
    for vendor in vendors:
        assert f'id="{vendor}"' in page
        if vendor not in EMULATED:
            assert f"| {vendor} | no emulator" in summary
            continue
        wanted = SELECTION.get(vendor, set())
        # The report lists exactly the selected operations, and the client phase sent cases to each one
        # that has a through-client case.
        reported = {
            case.get("name") for case in root.iter("testcase") if case.get("classname") == f"{vendor}.client"
        }
        assert reported == wanted, vendor
        stats = json.loads((reports / vendor / f"contract-{vendor}.json").read_text(encoding="utf-8"))
        assert set(stats) == wanted - set(load_vendor(vendor).unfinished_operations), vendor
        assert all(row["cases"] >= 1 for row in stats.values()), stats
        schemathesis = (reports / vendor / "schemathesis.txt").read_text(encoding="utf-8")
        selected = re.search(r"Operations:\s+(\d+) selected", schemathesis)
        assert selected and int(selected.group(1)) == len(wanted), schemathesis[:2000]
