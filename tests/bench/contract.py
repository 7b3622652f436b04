"""Contract-test throughput: cases per second through the generated client against Schemathesis's own
``schemathesis run``, on the same operations, with the same number of cases per operation, each against a
fresh emulator of the same vendor, and timed over the cases alone.

Timing whole phases (as the main job reports them) would compare unlike work: the client phase also pays
pytest's start-up and collection, the emulators' start, the link walk and the stateful runs, and
Schemathesis's default phases add its coverage cases, which ``--max-examples`` does not bound. So here:

- through the client: only the through-client cases (``test_operation_through_client[<vendor>.*]``),
  timed by pytest's JUnit report with ``junit_duration_report=call`` (the test bodies: case generation and
  the calls, not fixture set-up), counted by the contract tests' own counters;
- Schemathesis: ``--phases fuzzing`` on the same operationIds with the same ``--max-examples``, timed by
  the sum of its JUnit report's per-operation times, counted by its JSON report.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from devtools.fuzzjob.phases import THROUGH_CLIENT, client_fuzzing, schemathesis_command
from devtools.fuzzjob.results import spec_operations
from openapi_toolkit.loading import read_yaml
from tests.bench.harness import ROOT

TOKEN = "bench-token"
CASE_NAME = THROUGH_CLIENT.rsplit("::", 1)[-1]


@dataclass
class Side:
    cases: int
    seconds: float

    @property
    def rate(self) -> float:
        return self.cases / self.seconds if self.seconds > 0 else 0.0


@dataclass
class ThroughputResult:
    vendor: str
    examples: int
    operations: int = 0
    client: list[Side] = field(default_factory=list)  # one per round
    schemathesis: list[Side] = field(default_factory=list)


def junit_times(path: Path) -> dict[str, float]:
    """Test case name -> seconds, from a JUnit XML file."""
    root = ET.parse(path).getroot()
    return {case.get("name", ""): float(case.get("time", 0) or 0) for case in root.iter("testcase")}


@contextmanager
def call_durations() -> Iterator[None]:
    """pytest's JUnit times of the test bodies only (the phase passes the environment on)."""
    previous = os.environ.get("PYTEST_ADDOPTS")
    os.environ["PYTEST_ADDOPTS"] = f"{previous or ''} -o junit_duration_report=call".strip()
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("PYTEST_ADDOPTS", None)
        else:
            os.environ["PYTEST_ADDOPTS"] = previous


def through_client(vendor: str, examples: int, out: Path) -> tuple[Side, list[str]]:
    """The through-client cases of every operation that has them; and which operations those were."""
    document = read_yaml(ROOT / "specs" / f"{vendor}.yaml")
    operations = spec_operations(document)
    with call_durations():
        phase = client_fuzzing(vendor, examples, out, operations, only_these=True)
    times = junit_times(out / "pytest.xml")
    prefix = f"{CASE_NAME}[{vendor}."
    ran = [name[len(prefix) : -1] for name in times if name.startswith(prefix)]
    if not ran or not phase.cases:
        raise RuntimeError(f"through the client: no case ran (see {out / phase.output})")
    return Side(phase.cases, sum(times[f"{prefix}{op}]"] for op in ran)), ran


def schemathesis_fuzzing(vendor: str, examples: int, out: Path, operation_ids: list[str]) -> Side:
    from emulators.testing import start_emulator

    report_dir = out / "schemathesis"
    selected = [argument for op in operation_ids for argument in ("--include-operation-id", op)]
    emulator = start_emulator(vendor, token=TOKEN)
    try:
        with (out / "schemathesis.txt").open("w", encoding="utf-8") as log:
            subprocess.run(
                schemathesis_command(
                    vendor,
                    emulator.base_url,
                    TOKEN,
                    examples,
                    seed=1,
                    extra=[
                        *("--phases", "fuzzing", *selected),
                        *("--report", "json,junit", "--report-dir", str(report_dir), "--no-color"),
                    ],
                ),
                cwd=ROOT,
                stdout=log,
                stderr=subprocess.STDOUT,
                check=False,
                env={**os.environ, "PYTHONPATH": str(ROOT)},
            )
    finally:
        emulator.stop()
    summaries = sorted(report_dir.glob("json-*.json"))
    junits = sorted(report_dir.glob("junit-*.xml"))
    if not summaries or not junits:
        raise RuntimeError(f"schemathesis run wrote no report (see {out / 'schemathesis.txt'})")
    cases = int(
        (json.loads(summaries[-1].read_text(encoding="utf-8")).get("test_cases") or {}).get("generated", 0)
    )
    seconds = sum(junit_times(junits[-1]).values())
    if not cases:
        raise RuntimeError(f"schemathesis run: no case ran (see {out / 'schemathesis.txt'})")
    return Side(cases, seconds)


def throughput(workdir: Path, vendor: str, examples: int, rounds: int) -> ThroughputResult:
    result = ThroughputResult(vendor, examples)
    for round_no in range(rounds):
        out = workdir / f"round-{round_no}"
        out.mkdir(parents=True)
        ours, operation_ids = through_client(vendor, examples, out)
        result.operations = len(operation_ids)
        result.client.append(ours)
        result.schemathesis.append(schemathesis_fuzzing(vendor, examples, out, operation_ids))
    return result


def report(result: ThroughputResult) -> list[tuple[str, bool | None]]:
    med = statistics.median
    ratios = [c.rate / s.rate for c, s in zip(result.client, result.schemathesis, strict=True) if s.rate]
    print(
        f"contract cases per second over the cases alone ({result.vendor}, {result.operations} operations, "
        f"{result.examples} per operation), median of {len(ratios)} round(s):"
    )
    for label, sides in (
        ("through the generated client", result.client),
        ("schemathesis run", result.schemathesis),
    ):
        detail = " ".join(f"{s.cases}/{s.seconds:.1f}s" for s in sides)
        print(f"  {label:<32} {med(s.rate for s in sides):>8.1f}  (cases/seconds per round: {detail})")
    value = med(ratios)
    ok = value >= 0.7
    return [
        (
            f"VERDICT contract cases/s through the client / schemathesis >= 0.7: {'PASS' if ok else 'FAIL'} "
            f"({value:.2f}; per round {' '.join(f'{r:.2f}' for r in ratios)})",
            ok,
        )
    ]
