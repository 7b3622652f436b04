"""JUnit XML for CI systems: one test suite per vendor and phase, one test case per operation."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from devtools.fuzzjob.results import NO_EMULATOR, TESTED, JobResult, VendorResult


def _failure_text(vendor: VendorResult, operation_index: int) -> str:
    op = vendor.operations[operation_index]
    parts = []
    for failure in op.failures:
        parts.append(failure.message)
        if failure.call:
            parts.append(f"client call: {failure.call}")
        if failure.curl:
            parts.append(f"curl: {failure.curl}")
        parts.append("")
    return "\n".join(parts)


def _client_suite(vendor: VendorResult) -> ET.Element:
    suite = ET.Element("testsuite", name=f"{vendor.vendor}: cases through the client")
    tests = failures = skipped = 0
    for index, op in enumerate(vendor.operations):
        case = ET.SubElement(
            suite, "testcase", classname=f"{vendor.vendor}.client", name=op.operation_id, time="0"
        )
        tests += 1
        if vendor.state != TESTED:
            skipped += 1
            ET.SubElement(case, "skipped", message=vendor.reason or vendor.state)
            continue
        if not op.ok:
            failures += 1
            element = ET.SubElement(case, "failure", message="; ".join(op.flags))
            element.text = _failure_text(vendor, index) or "; ".join(op.flags)
        elif op.needs_attention:
            # Not a failure (no contract broke), but not a pass worth the name: CI shows skips prominently.
            skipped += 1
            ET.SubElement(case, "skipped", message="; ".join(op.flags))
        statuses = ", ".join(f"{code}x{count}" for code, count in sorted(op.statuses.items()))
        ET.SubElement(case, "system-out").text = f"{op.cases} cases; statuses {statuses or '-'}"
    suite.set("tests", str(tests))
    suite.set("failures", str(failures))
    suite.set("errors", "0")
    suite.set("skipped", str(skipped))
    return suite


def _phase_suites(vendor: VendorResult) -> list[ET.Element]:
    suites = []
    for phase in vendor.phases:
        suite = ET.Element("testsuite", name=f"{vendor.vendor}: {phase.name}", time=f"{phase.seconds:.3f}")
        case = ET.SubElement(
            suite,
            "testcase",
            classname=f"{vendor.vendor}.phase",
            name=phase.name,
            time=f"{phase.seconds:.3f}",
        )
        if not phase.ok:
            element = ET.SubElement(
                case, "failure", message=f"exit {phase.exit_code}, {phase.failures} failure(s)"
            )
            element.text = (
                "\n".join(
                    f"{g.get('title')} ({g.get('code')}): {', '.join(g.get('operations') or [])}"
                    for g in phase.failure_groups
                )
                or f"see {phase.output}"
            )
        ET.SubElement(case, "system-out").text = f"{phase.cases} cases; full output: {phase.output}"
        suite.set("tests", "1")
        suite.set("failures", "0" if phase.ok else "1")
        suite.set("errors", "0")
        suite.set("skipped", "0")
        suites.append(suite)
    return suites


def write_junit(job: JobResult, path: Path) -> None:
    root = ET.Element("testsuites", name="datastore-api-kit main job", time=f"{job.seconds:.3f}")
    for vendor in job.vendors:
        if vendor.state == NO_EMULATOR or vendor.operations:
            root.append(_client_suite(vendor))
        root.extend(_phase_suites(vendor))
    for attr in ("tests", "failures", "errors", "skipped"):
        root.set(attr, str(sum(int(s.get(attr, "0")) for s in root)))
    ET.indent(root)
    path.write_bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n")
