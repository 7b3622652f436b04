"""The main job: regenerate, start the emulators, fuzz every client against them, print a report.

    python scripts/fuzz.py [--examples N] [--vendor V ...]

1. ``scripts/generate.py`` (a no-op for vendors whose spec, overlay and templates are unchanged);
2. the contract tests through the generated clients with the Hypothesis ``fuzz`` profile (each starts the
   vendor's emulator on a free loopback port), recording per-operation cases, failures and statuses;
3. ``schemathesis run --checks all`` (negative data, auth, stateful links) against a fresh emulator per
   vendor, accepting exactly one token;
4. a per-operation report: cases through the client, failures, status codes seen vs documented.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from emulators.testing import start_emulator  # noqa: E402
from scripts.generate import vendors as spec_vendors  # noqa: E402

REPORTS = ROOT / "reports"
TOKEN = "fuzz-token"


def documented_statuses(vendor: str) -> dict[str, set[str]]:
    document = yaml.safe_load((ROOT / "specs" / f"{vendor}.yaml").read_text(encoding="utf-8"))
    return {
        op["operationId"]: {str(code) for code in op.get("responses", {})}
        for item in document["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }


def auth_header(vendor: str, token: str = TOKEN) -> str:
    """The ``Name: value`` header that carries ``token`` in the vendor's security scheme."""
    document = yaml.safe_load((ROOT / "specs" / f"{vendor}.yaml").read_text(encoding="utf-8"))
    scheme = next(iter(document["components"]["securitySchemes"].values()))
    if scheme["type"] == "http":
        return f"Authorization: {str(scheme.get('scheme', 'bearer')).title()} {token}"
    prefix = scheme.get("x-auth-prefix")
    return f"{scheme['name']}: {prefix + ' ' if prefix else ''}{token}"


def run_schemathesis(vendor: str, examples: int) -> dict[str, Any]:
    """``schemathesis run`` with every check (the default set; per-operation exceptions with their reasons
    are in schemathesis.toml, which an explicit ``--checks all`` would override)."""
    emulator = start_emulator(vendor, token=TOKEN)
    try:
        started = time.perf_counter()
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
                auth_header(vendor),
                "--max-examples",
                str(examples),
                "--seed",
                "1",
            ],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        elapsed = time.perf_counter() - started
    finally:
        emulator.stop()
    lines = result.stdout.strip().splitlines()
    summary = [line for line in lines if "generated" in line or line.strip().startswith(("❌", "✅"))]
    return {
        "exit": result.returncode,
        "seconds": elapsed,
        "summary": "\n".join(summary[-8:]),
        "output": result.stdout,
    }


def print_report(vendors: list[str], st_results: dict[str, dict[str, Any]]) -> bool:
    ok = True
    for vendor in vendors:
        stats_file = REPORTS / f"contract-{vendor}.json"
        stats = json.loads(stats_file.read_text()) if stats_file.exists() else {}
        documented = documented_statuses(vendor)
        print(f"\n== {vendor} ==")
        print(f"{'operation':34} {'cases':>6} {'fail':>5}  statuses seen (documented coverage)")
        for op_id in sorted(documented):
            row = stats.get(op_id, {"cases": 0, "failures": 0, "statuses": {}})
            seen = set(row["statuses"])
            covered = len(seen & documented[op_id])
            undocumented = sorted(seen - documented[op_id] - {"default"})
            ok = ok and row["failures"] == 0 and row["cases"] > 0
            extra = f"  UNDOCUMENTED {undocumented}" if undocumented else ""
            print(
                f"{op_id:34} {row['cases']:>6} {row['failures']:>5}  "
                f"{','.join(sorted(seen)) or '-'} ({covered}/{len(documented[op_id])}){extra}"
            )
        st = st_results.get(vendor)
        if st:
            ok = ok and st["exit"] == 0
            print(f"schemathesis run (all checks): exit {st['exit']} in {st['seconds']:.1f}s")
            print("  " + st["summary"].replace("\n", "\n  "))
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--examples", type=int, default=100, help="cases per operation (default 100)")
    parser.add_argument("--vendor", action="append", help="only these vendors")
    args = parser.parse_args(argv)
    vendors = args.vendor or [
        v for v in spec_vendors() if (ROOT / "generated" / v / "pyproject.toml").exists()
    ]
    REPORTS.mkdir(exist_ok=True)

    print("== regenerating clients ==", flush=True)
    if subprocess.run([sys.executable, str(ROOT / "scripts" / "generate.py"), *vendors]).returncode != 0:
        return 1
    env = {
        **os.environ,
        "HYPOTHESIS_PROFILE": "fuzz",
        "FUZZ_EXAMPLES": str(args.examples),
        "CONTRACT_REPORT_DIR": str(REPORTS),
        "PYTHONPATH": str(ROOT),
    }
    print(
        f"== fuzzing every client through its emulator ({args.examples} cases per operation) ==", flush=True
    )
    selector = " or ".join(vendors)
    started = time.perf_counter()
    tests = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "tests/contract", "-k", selector, "-p", "no:cacheprovider"],
        cwd=ROOT,
        env=env,
    )
    print(f"(client fuzzing took {time.perf_counter() - started:.1f}s)")
    print("== schemathesis run (all checks) against each emulator ==", flush=True)
    st_results = {vendor: run_schemathesis(vendor, max(10, args.examples // 4)) for vendor in vendors}
    ok = print_report(vendors, st_results) and tests.returncode == 0
    print("\nRESULT:", "all contracts hold" if ok else "FAILURES (see above)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
