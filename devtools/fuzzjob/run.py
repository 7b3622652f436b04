"""The main job: regenerate, start the emulators, fuzz every client against them, write the reports.

Every vendor with a spec is in the report. A vendor whose emulator does not exist yet is listed as such
(client generated, emulator missing) and the others still run; the job fails only on a real failure.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from codegen.generate import prepared_spec
from devtools.fuzzjob.junit import write_junit
from devtools.fuzzjob.pages import render_html, render_markdown, render_terminal
from devtools.fuzzjob.phases import ROOT, client_fuzzing, schemathesis_run
from devtools.fuzzjob.results import (
    ERROR,
    NO_EMULATOR,
    NOT_SELECTED,
    TESTED,
    JobResult,
    Phase,
    VendorResult,
    selected,
    spec_operations,
)
from openapi_toolkit.loading import read_yaml
from openapi_toolkit.walk import operation_ids

DEFAULT_REPORTS = ROOT / "reports"


def emulated_vendors() -> dict[str, Any]:
    """Vendor name → its emulator class, for the vendors that have one."""
    from emulators.core.registry import VENDORS, load_vendor

    return {name: load_vendor(name) for name in VENDORS}


def spec_vendors() -> list[str]:
    return sorted(p.stem for p in (ROOT / "specs").glob("*.yaml"))


def matches(vendor: str, pattern: str) -> bool:
    document = read_yaml(ROOT / "specs" / f"{vendor}.yaml")
    return any(selected(vendor, op.operation_id, [pattern]) for op in spec_operations(document))


def progress(vendor: str, text: str) -> None:
    print(f"[{vendor}] {text}", flush=True)


def regenerate(vendors: list[str]) -> tuple[bool, str]:
    started = time.perf_counter()
    print("[all] regenerating clients ...", flush=True)
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate.py"), *vendors],
        capture_output=True,
        text=True,
        check=False,
    )
    lines = [line.strip() for line in result.stdout.splitlines() if line.strip()]
    summary = "; ".join(lines) or "nothing to do"
    if result.returncode != 0:
        print(result.stdout + result.stderr, file=sys.stderr)
        return False, f"FAILED: {result.stderr.strip() or summary}"
    print(f"[all] regenerated in {time.perf_counter() - started:.1f}s: {summary}", flush=True)
    return True, summary


def run_vendor(
    vendor: str,
    emulator: Any,
    examples: int,
    reports: Path,
    patterns: Sequence[str] = (),
    workers: int = 1,
) -> VendorResult:
    document = read_yaml(ROOT / "specs" / f"{vendor}.yaml")
    title = str((document.get("info") or {}).get("title", vendor))
    operations = [op for op in spec_operations(document) if selected(vendor, op.operation_id, patterns)]
    if not operations:
        progress(vendor, "no operation matches --operation; nothing to fuzz")
        return VendorResult(vendor, title, NOT_SELECTED, "no operation matches --operation")
    if emulator is None:
        progress(vendor, "client generated; no emulator yet, so nothing to fuzz it against")
        return VendorResult(vendor, title, NO_EMULATOR, "client generated, emulator missing", operations)
    unfinished: dict[str, str] = dict(emulator.unfinished_operations)
    in_client = set(operation_ids(prepared_spec(vendor)))
    for op in operations:
        op.expected_unfinished = unfinished.get(op.operation_id) or (
            None if op.operation_id in in_client else "not in the generated client: the overlay removes it"
        )
    out = reports / vendor
    out.mkdir(parents=True, exist_ok=True)
    result = VendorResult(vendor, title, TESTED, operations=operations)
    steps: list[tuple[str, Callable[[], Phase]]] = [
        (
            "cases through the client",
            lambda: client_fuzzing(vendor, examples, out, operations, bool(patterns), workers),
        ),
        (
            "schemathesis run",
            lambda: schemathesis_run(vendor, max(10, examples // 4), out, operations, bool(patterns)),
        ),
    ]
    for label, step in steps:
        progress(vendor, f"{label} ...")
        try:
            phase = step()
        except Exception as exc:  # one vendor's broken phase must not hide the others' results
            result.state, result.reason = ERROR, f"{label}: {exc}"
            progress(vendor, f"{label}: ERROR {exc}")
            break
        result.phases.append(phase)
        verdict = "ok" if phase.ok else "FAILED"
        progress(
            vendor,
            f"{label}: {phase.cases} cases, {phase.failures} failures, {verdict} "
            f"({phase.seconds:.1f}s; output in {shown(out / phase.output)})",
        )
    return result


REPORT_FILES = ("index.html", "summary.md", "junit.xml")


def clear_reports(reports: Path, vendors: list[str]) -> None:
    """Remove what an earlier run wrote (and only that: --reports may name a folder holding other files),
    so a report never mixes this run's files with an earlier one's."""
    reports.mkdir(parents=True, exist_ok=True)
    for name in REPORT_FILES:
        (reports / name).unlink(missing_ok=True)
    for vendor in vendors:
        shutil.rmtree(reports / vendor, ignore_errors=True)


def shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def write_reports(job: JobResult, reports: Path) -> list[Path]:
    written = [reports / name for name in REPORT_FILES]
    written[0].write_text(render_html(job), encoding="utf-8")
    written[1].write_text(render_markdown(job), encoding="utf-8")
    write_junit(job, written[2])
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/fuzz.py", description=__doc__)
    parser.add_argument(
        "--examples", type=int, default=20, help="cases per operation (default 20; nox -s contract runs 100)"
    )
    parser.add_argument("--vendor", action="append", help="only these vendors (repeatable)")
    parser.add_argument(
        "--operation",
        action="append",
        default=[],
        metavar="PATTERN",
        help="only the operations whose operationId (or vendor.operationId) matches this shell-style pattern "
        "(repeatable), e.g. 'make.getDataStore' or 'list*'; the link walk and stateful runs then do not run",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        help="pytest-xdist workers for the cases through the client, each with its own emulators (default 1)",
    )
    parser.add_argument(
        "--reports", type=Path, default=DEFAULT_REPORTS, help="folder for the reports (default: reports/)"
    )
    args = parser.parse_args(argv)
    if args.examples < 1:
        parser.error("--examples must be at least 1")
    if args.workers < 1:
        parser.error("--workers must be at least 1")
    known = spec_vendors()
    vendors = args.vendor or known
    unknown = sorted(set(vendors) - set(known))
    if unknown:
        parser.error(f"no spec for {', '.join(unknown)} (known: {', '.join(known)})")
    unmatched = [pattern for pattern in args.operation if not any(matches(v, pattern) for v in vendors)]
    if unmatched:
        parser.error(f"--operation {', '.join(unmatched)} matches no operation of {', '.join(vendors)}")
    started = time.perf_counter()
    reports: Path = args.reports.resolve()
    clear_reports(reports, known)
    generated, generation = regenerate(vendors)
    emulators = emulated_vendors() if generated else {}
    results = []
    for vendor in vendors:
        if not generated:
            results.append(VendorResult(vendor, vendor, ERROR, "client generation failed"))
            continue
        results.append(
            run_vendor(vendor, emulators.get(vendor), args.examples, reports, args.operation, args.workers)
        )
    job = JobResult(args.examples, time.perf_counter() - started, results, generation, tuple(args.operation))
    print(render_terminal(job))
    for path in write_reports(job, reports):
        print(f"report: {shown(path)}")
    flagged = sum(1 for v in job.vendors for op in v.operations if op.needs_attention)
    verdict = "all contracts hold" if job.ok else "FAILURES (see the report)"
    note = f"; {flagged} operation(s) flagged: never reached a success status" if flagged else ""
    print(f"\nRESULT: {verdict}{note} ({job.seconds:.0f}s)")
    return 0 if job.ok else 1
