"""Client regeneration: all vendors at once (in parallel processes) against the sum of the vendors' times one
at a time, and a no-op run (nothing changed: the content hashes match) against a cold one.

Runs ``scripts/generate.py`` of a copy of the repository's generator inputs in a temporary folder, so the
benchmark never rewrites the checkout's ``generated/``. Every run is a fresh process, as a user runs it.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.bench.harness import ROOT

COPIED = ("specs", "overlays", "scripts", "codegen", "openapi_toolkit", "generated")


@dataclass
class GenerationResult:
    vendors: list[str]
    sequential: list[float] = field(default_factory=list)  # sum of the per-vendor runs, per round
    parallel: list[float] = field(default_factory=list)  # every vendor in one run (cold: --force)
    noop: list[float] = field(default_factory=list)


def copy_inputs(into: Path) -> Path:
    for name in COPIED:
        shutil.copytree(ROOT / name, into / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    return into


def timed(tree: Path, *args: str) -> float:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(tree / "scripts" / "generate.py"), *args],
        cwd=tree,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"generate.py {' '.join(args)} failed:\n{done.stdout}{done.stderr}"[-2000:])
    return time.perf_counter() - started


def regeneration(workdir: Path, rounds: int) -> GenerationResult:
    tree = copy_inputs(workdir / "gen")
    vendors = sorted(p.stem for p in (tree / "specs").glob("*.yaml"))
    result = GenerationResult(vendors)
    for _ in range(rounds):
        result.sequential.append(sum(timed(tree, "--force", vendor) for vendor in vendors))
        result.parallel.append(timed(tree, "--force"))
        result.noop.append(timed(tree))
    return result


def report(result: GenerationResult) -> list[tuple[str, bool | None]]:
    med = statistics.median
    parallel = [p / s for p, s in zip(result.parallel, result.sequential, strict=True)]
    noop = [n / p for n, p in zip(result.noop, result.parallel, strict=True)]
    print(
        f"client regeneration ({len(result.vendors)} vendors), seconds, median of {len(parallel)} round(s):"
    )
    print(f"  one vendor at a time, summed     {med(result.sequential):>8.2f}")
    print(f"  all at once (--force)            {med(result.parallel):>8.2f}")
    print(f"  no-op (nothing changed)          {med(result.noop):>8.2f}")
    lines: list[tuple[str, bool | None]] = []
    for name, ratios, target in (
        ("regenerate all / sequential sum", parallel, 0.6),
        ("no-op / cold", noop, 0.1),
    ):
        value = med(ratios)
        ok = value <= target
        lines.append(
            (
                f"VERDICT {name} <= {target:g}: {'PASS' if ok else 'FAIL'} "
                f"({value:.2f}; per round {' '.join(f'{r:.2f}' for r in ratios)})",
                ok,
            )
        )
    return lines
