"""Contract-test throughput: cases per second through the generated client (the main job's first phase)
against Schemathesis's own ``schemathesis run`` (its second phase), each against a fresh emulator of the
same vendor, with the same number of cases per operation; both timed from process start to exit, as the
main job runs them (devtools/fuzzjob/phases.py)."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from devtools.fuzzjob.phases import client_fuzzing, schemathesis_run
from devtools.fuzzjob.results import spec_operations
from tests.bench.harness import ROOT


@dataclass
class ThroughputResult:
    vendor: str
    examples: int
    client: list[float] = field(default_factory=list)  # cases/s, one per round
    schemathesis: list[float] = field(default_factory=list)


def throughput(workdir: Path, vendor: str, examples: int, rounds: int) -> ThroughputResult:
    document = yaml.safe_load((ROOT / "specs" / f"{vendor}.yaml").read_text(encoding="utf-8"))
    result = ThroughputResult(vendor, examples)
    for round_no in range(rounds):
        out = workdir / f"round-{round_no}"
        out.mkdir(parents=True)
        operations = spec_operations(document)
        ours = client_fuzzing(vendor, examples, out, operations)
        theirs = schemathesis_run(vendor, examples, out, operations)
        for phase in (ours, theirs):
            if not phase.cases or phase.seconds <= 0:
                raise RuntimeError(f"{phase.name}: no case ran (see {out / phase.output})")
        result.client.append(ours.cases / ours.seconds)
        result.schemathesis.append(theirs.cases / theirs.seconds)
    return result


def report(result: ThroughputResult) -> list[tuple[str, bool | None]]:
    med = statistics.median
    ratios = [c / s for c, s in zip(result.client, result.schemathesis, strict=True)]
    print(
        f"contract cases per second ({result.vendor}, {result.examples} per operation), "
        f"median of {len(ratios)} round(s):"
    )
    print(f"  through the generated client     {med(result.client):>8.1f}")
    print(f"  schemathesis run                 {med(result.schemathesis):>8.1f}")
    value = med(ratios)
    ok = value >= 0.7
    return [
        (
            f"VERDICT contract cases/s through the client / schemathesis >= 0.7: {'PASS' if ok else 'FAIL'} "
            f"({value:.2f}; per round {' '.join(f'{r:.2f}' for r in ratios)})",
            ok,
        )
    ]
