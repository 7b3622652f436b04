"""The two phases run per vendor: cases through the generated client (pytest), and ``schemathesis run``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from devtools.fuzzjob.results import OperationResult, Phase, merge_client_stats
from openapi_toolkit.loading import read_yaml
from openapi_toolkit.security import primary_header_scheme

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "fuzz-token"


THROUGH_CLIENT = "tests/contract/test_through_clients.py::test_operation_through_client"


def contract_tests(vendor: str, operations: list[OperationResult], only_these: bool) -> list[str]:
    """What pytest runs: every contract test of the vendor, or with ``only_these`` (``--operation``) just the
    through-client cases of those operations (the link walk and the stateful run cover a whole spec).

    The ``schemathesis run`` phase replaces ``test_schemathesis_cli`` here, and live-sandbox tests have their
    own command, so both are deselected.
    """
    if only_these:
        # Operations the client lacks or the emulator declares unfinished have no through-client case.
        return [
            f"{THROUGH_CLIENT}[{vendor}.{op.operation_id}]" for op in operations if not op.expected_unfinished
        ]
    return ["tests/contract", "-k", f"{vendor} and not schemathesis_cli and not live_sandbox"]


def client_fuzzing(
    vendor: str,
    examples: int,
    out: Path,
    operations: list[OperationResult],
    only_these: bool = False,
    workers: int = 1,
) -> Phase:
    """The contract tests of one vendor (``contract_tests``) with the Hypothesis ``fuzz`` profile.

    ``workers`` > 1 runs them under pytest-xdist: each worker is its own pytest session with its own
    emulators (tests/contract/conftest.py), so workers share no state.
    """
    env = {
        **os.environ,
        "HYPOTHESIS_PROFILE": "fuzz",
        "FUZZ_EXAMPLES": str(examples),
        "CONTRACT_REPORT_DIR": str(out),
        "PYTHONPATH": str(ROOT),
    }
    junit = out / "pytest.xml"
    tests = contract_tests(vendor, operations, only_these)
    if not tests:
        (out / "client-fuzzing.txt").write_text("no selected operation has a through-client case\n")
        return Phase("cases through the client", 0.0, 0, 0, 0, "client-fuzzing.txt")
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        *tests,
        "-p",
        "no:cacheprovider",
        f"--junitxml={junit}",
        *(["-n", str(workers)] if workers > 1 else []),
    ]
    started = time.perf_counter()
    with (out / "client-fuzzing.txt").open("w", encoding="utf-8") as log:
        result = subprocess.run(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, check=False)
    seconds = time.perf_counter() - started
    for stats in sorted(out.glob(f"contract-{vendor}.json")) + sorted(out.glob(f"contract-{vendor}.*.json")):
        merge_client_stats(operations, stats)
    failed_tests = 0
    if junit.exists():
        suite = ET.parse(junit).getroot()
        suites = [suite] if suite.tag == "testsuite" else list(suite)
        failed_tests = sum(int(s.get("failures", 0)) + int(s.get("errors", 0)) for s in suites)
    return Phase(
        name="cases through the client",
        seconds=seconds,
        exit_code=result.returncode,
        cases=sum(op.cases for op in operations),
        failures=max(failed_tests, sum(op.failure_count for op in operations)),
        output="client-fuzzing.txt",
    )


def auth_header(vendor: str, token: str) -> str:
    """The ``Name: value`` header that carries ``token`` the way the vendor's spec says."""
    document = read_yaml(ROOT / "specs" / f"{vendor}.yaml")
    scheme = primary_header_scheme(document)
    if scheme is None:
        raise ValueError(f"specs/{vendor}.yaml has no security scheme carried in a header")
    return scheme.header_line(token)


def schemathesis_command(
    vendor: str, base_url: str, token: str, examples: int, *, seed: int, extra: list[str] | None = None
) -> list[str]:
    """``schemathesis run`` of the vendor's spec against ``base_url``, as the main job, the suite and the
    benchmark all run it: with the project's ``schemathesis.toml`` and the token header the spec describes.

    It passes no ``--checks``: ``--checks all`` on the command line would override the file and switch back on
    the checks it switches off for named operations of one vendor, each for a written reason.
    """
    return [
        *(sys.executable, "-m", "schemathesis.cli", "--config-file", str(ROOT / "schemathesis.toml")),
        *("run", str(ROOT / "specs" / f"{vendor}.yaml"), "--url", base_url, "-H", auth_header(vendor, token)),
        *("--max-examples", str(examples), "--seed", str(seed), *(extra or [])),
    ]


def subset_arguments(operations: list[OperationResult]) -> list[str]:
    """``schemathesis run`` on just these operations: links join operations of a whole spec, and a subset
    without one makes the stateful phase an error ("Missing Open API links"), so it is left out too."""
    selected = [argument for op in operations for argument in ("--include-operation-id", op.operation_id)]
    return [*selected, "--phases", "examples,coverage,fuzzing"]


def schemathesis_run(
    vendor: str, examples: int, out: Path, operations: list[OperationResult], only_these: bool = False
) -> Phase:
    """``schemathesis run`` against a fresh emulator that accepts exactly one token (with ``only_these``, on
    just those operations), with the checks of ``schemathesis.toml`` (``schemathesis_command``).
    """
    from emulators.testing import start_emulator  # the project's venv has it; the module is imported lazily

    report_dir = out / "schemathesis"
    emulator = start_emulator(vendor, token=TOKEN)
    try:
        started = time.perf_counter()
        with (out / "schemathesis.txt").open("w", encoding="utf-8") as log:
            result = subprocess.run(
                schemathesis_command(
                    vendor,
                    emulator.base_url,
                    TOKEN,
                    examples,
                    seed=1,
                    extra=[
                        *("--report", "json,junit", "--report-dir", str(report_dir), "--no-color"),
                        *(subset_arguments(operations) if only_these else []),
                    ],
                ),
                cwd=ROOT,
                stdout=log,
                stderr=subprocess.STDOUT,
                check=False,
                env={**os.environ, "PYTHONPATH": str(ROOT)},
            )
        seconds = time.perf_counter() - started
    finally:
        emulator.stop()
    reports = sorted(report_dir.glob("json-*.json"))
    summary: dict[str, Any] = json.loads(reports[-1].read_text(encoding="utf-8")) if reports else {}
    cases = summary.get("test_cases") or {}
    groups = list(summary.get("failures") or []) + [
        {"title": e.get("title"), "code": "error", "operations": []} for e in summary.get("errors") or []
    ]
    return Phase(
        name="schemathesis run",
        seconds=seconds,
        exit_code=result.returncode,
        cases=int(cases.get("generated", 0)),
        failures=int(cases.get("with_failures", 0)) + int(cases.get("errored", 0)),
        output="schemathesis.txt",
        failure_groups=groups,
    )
