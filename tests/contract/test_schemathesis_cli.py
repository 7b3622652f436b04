"""Negative data, auth and stateful checks with the Schemathesis CLI against each vendor's emulator.

The emulator is started accepting exactly one token, so the ``ignored_auth`` check (requests resent with a
missing or a wrong credential must get 401) is meaningful. Settings, and the checks switched off for named
operations with the reason, are in ``schemathesis.toml``.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from emulators.core.registry import VENDORS
from emulators.testing import start_emulator
from scripts.fuzz import auth_header
from scripts.generate import ROOT

TOKEN = "fuzz-token"


def _has_emulator(vendor: str) -> bool:
    return (ROOT / "emulators" / f"{vendor}.py").exists() or (ROOT / "emulators" / vendor).is_dir()


@pytest.mark.parametrize("vendor", [v for v in VENDORS if _has_emulator(v)])
def test_schemathesis_all_checks_pass(vendor: str) -> None:
    emulator = start_emulator(vendor, token=TOKEN)
    try:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "schemathesis.cli",
                "--config-file",
                str(ROOT / "schemathesis.toml"),
                "run",
                str(ROOT / "specs" / f"{vendor}.yaml"),
                "--url",
                emulator.base_url,
                "-H",
                auth_header(vendor, TOKEN),
                "--max-examples",
                "25",
                "--seed",
                "7",
            ],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=600,
        )
    finally:
        emulator.stop()
    summary = result.stdout[-6000:]
    assert "generated" in result.stdout, summary
    assert result.returncode == 0, summary
