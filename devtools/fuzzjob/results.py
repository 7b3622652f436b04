"""What the main job found, per vendor and operation: the one model every report is rendered from."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

from openapi_toolkit.walk import operations, responses

# A vendor is "tested" when its emulator ran; the others are listed all the same, with the reason.
TESTED = "tested"
NO_EMULATOR = "no emulator"
NOT_SELECTED = "not selected"
ERROR = "error"


@dataclass
class Failure:
    message: str
    curl: str = ""
    call: str = ""


@dataclass
class OperationResult:
    operation_id: str
    method: str
    path: str
    documented: list[str]  # status codes the spec documents ("default" included)
    cases: int = 0
    failure_count: int = 0
    statuses: dict[str, int] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)
    # Why this operation is expected not to succeed yet (e.g. the vendor module does not implement it).
    expected_unfinished: str | None = None

    @property
    def reached_success(self) -> bool:
        return any(code.startswith("2") for code in self.statuses)

    @property
    def undocumented(self) -> list[str]:
        return sorted(set(self.statuses) - set(self.documented))

    @property
    def flags(self) -> list[str]:
        found = []
        if self.failure_count:
            found.append(f"{self.failure_count} failing case(s)")
        if self.cases == 0:
            found.append(
                f"no case ran ({self.expected_unfinished})" if self.expected_unfinished else "no case ran"
            )
        elif not self.reached_success:
            found.append(
                f"never succeeded ({self.expected_unfinished})"
                if self.expected_unfinished
                else "never reached a success status"
            )
        if self.undocumented:
            found.append(f"undocumented status {', '.join(self.undocumented)}")
        return found

    @property
    def ok(self) -> bool:
        """A broken contract fails the job: a failing case, a status the spec does not document, or an
        operation no case reached (unless the vendor declares it unfinished). An operation whose cases never
        got a 2xx broke nothing, but its fuzzing proved little: it is flagged (``needs_attention``)."""
        if self.expected_unfinished is not None:
            return self.failure_count == 0 and not self.undocumented
        return self.failure_count == 0 and self.cases > 0 and not self.undocumented

    @property
    def needs_attention(self) -> bool:
        """Fuzzed, but never successfully: the cases only ever met errors (typically unknown ids)."""
        return self.ok and self.expected_unfinished is None and not self.reached_success


@dataclass
class Phase:
    """One step of a vendor's run: client fuzzing through pytest, or ``schemathesis run``."""

    name: str
    seconds: float
    exit_code: int
    cases: int
    failures: int
    output: str  # file name of the phase's full output, relative to the vendor's report folder
    failure_groups: list[dict[str, Any]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.exit_code == 0 and self.failures == 0


@dataclass
class VendorResult:
    vendor: str
    title: str
    state: str
    reason: str = ""
    operations: list[OperationResult] = field(default_factory=list)
    phases: list[Phase] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        if self.state in (NO_EMULATOR, NOT_SELECTED):
            return True  # reported as such; nothing to fuzz (yet, or in this run) is not a failure of the job
        if self.state != TESTED:
            return False
        return all(p.ok for p in self.phases) and all(o.ok for o in self.operations)

    @property
    def cases(self) -> int:
        return sum(p.cases for p in self.phases)


@dataclass
class JobResult:
    examples: int
    seconds: float
    vendors: list[VendorResult]
    generation: str  # one line per vendor from scripts/generate.py
    # The ``--operation`` patterns the run was limited to (empty: every operation).
    selection: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return all(v.ok for v in self.vendors)


def spec_operations(document: dict[str, Any]) -> list[OperationResult]:
    return [
        OperationResult(
            operation_id=found.operation_id,
            method=found.method.upper(),
            path=found.path,
            documented=list(responses(found.operation)),
        )
        for found in operations(document)
        if found.operation_id
    ]


def selected(vendor: str, operation_id: str, patterns: Sequence[str]) -> bool:
    """Whether ``--operation`` patterns select an operation: a shell-style pattern matched against its
    ``operationId`` or ``vendor.operationId`` (the contract tests' case ids); no pattern selects all."""
    return not patterns or any(
        fnmatchcase(operation_id, pattern) or fnmatchcase(f"{vendor}.{operation_id}", pattern)
        for pattern in patterns
    )


def merge_client_stats(operations: list[OperationResult], stats_file: Path) -> None:
    """Add the contract driver's per-operation counters (``contract-<vendor>.json``) to the results.

    Adds rather than sets: under ``--workers`` each pytest-xdist worker writes its own file, and the
    main job folds every one of them in.
    """
    stats: dict[str, Any] = json.loads(stats_file.read_text(encoding="utf-8")) if stats_file.exists() else {}
    for op in operations:
        row = stats.get(op.operation_id)
        if not row:
            continue
        op.cases += int(row["cases"])
        op.failure_count += int(row["failures"])
        for status, count in row["statuses"].items():
            op.statuses[str(status)] = op.statuses.get(str(status), 0) + int(count)
        op.failures += [Failure(**example) for example in row.get("examples", [])]
