"""The project's one entry point, runnable on a fresh machine with only Python 3.11+.

    python3 scripts/dev.py fuzz [--examples N] [--vendor V]  # the main job: regenerate, start the emulators,
                                                             # fuzz every client against them, write reports/
    python3 scripts/dev.py test [pytest args]                # the whole gate (what CI runs): ruff, mypy
                                                             # --strict (hand-written code and every client),
                                                             # then the test suite
    python3 scripts/dev.py emulator VENDOR [--port P ...]    # python -m emulators VENDOR ...
    python3 scripts/dev.py generate [VENDOR ...] [--check]   # scripts/generate.py
    python3 scripts/dev.py api-diff [--base REF]             # scripts/api_diff.py
    python3 scripts/dev.py nox [-s SESSION ...]              # nox, with the pinned version
    python3 scripts/dev.py pytest [args]                     # only the tests
    python3 scripts/dev.py python [args]                     # the project's Python (alias: shell)

Every command creates ``.venv`` on first use (the pinned tools from pyproject.toml, this project and every
generated client, all editable) and reuses it until pyproject.toml or the set of clients changes, so nothing
needs activating. Uses only the standard library until it hands over to the virtualenv.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
import venv
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from devtools import postgres  # noqa: E402  (stdlib-only module)
from devtools.quality import Check, lint_checks, type_checks  # noqa: E402  (stdlib-only module)

VENV = ROOT / ".venv"
STAMP = VENV / ".installed-from"
INSTALL_LOG = VENV / "install.log"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def client_dirs() -> list[Path]:
    return sorted(p.parent for p in (ROOT / "generated").glob("*/pyproject.toml"))


def install_fingerprint() -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes())
    for directory in client_dirs():
        digest.update(str(directory.relative_to(ROOT)).encode())
        digest.update((directory / "pyproject.toml").read_bytes())
    return digest.hexdigest()


def _pip(python: Path, label: str, args: Sequence[str]) -> None:
    """One pip step: a progress line on the terminal, pip's own chatter in .venv/install.log."""
    started = time.perf_counter()
    print(f"  {label} ...", end="", flush=True)
    command = [str(python), "-m", "pip", "install", "--disable-pip-version-check", "--no-input", *args]
    with INSTALL_LOG.open("a", encoding="utf-8") as log:
        log.write(f"\n$ {' '.join(command)}\n")
        log.flush()
        result = subprocess.run(command, stdout=log, stderr=subprocess.STDOUT, check=False)
    if result.returncode != 0:
        print(" FAILED")
        tail = INSTALL_LOG.read_text(encoding="utf-8", errors="replace").splitlines()[-40:]
        print("\n".join(tail), file=sys.stderr)
        sys.exit(f"pip failed (exit {result.returncode}); the whole log is {INSTALL_LOG}")
    print(f" done ({time.perf_counter() - started:.0f}s)", flush=True)


def ensure_venv() -> Path:
    python = venv_python()
    fingerprint = install_fingerprint()
    if python.exists() and STAMP.exists() and STAMP.read_text().strip() == fingerprint:
        return python
    started = time.perf_counter()
    if not python.exists():
        print(f"Creating {VENV.relative_to(ROOT)}/ (once; later runs reuse it):", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    else:
        print(f"Updating {VENV.relative_to(ROOT)}/ (pyproject.toml or the clients changed):", flush=True)
    INSTALL_LOG.write_text("", encoding="utf-8")
    _pip(python, "upgrading pip", ["--upgrade", "pip"])
    _pip(python, "installing the pinned tools and this project", ["-e", f"{ROOT}[dev,bench]"])
    editable = [arg for d in client_dirs() for arg in ("-e", str(d))]
    _pip(python, f"installing the {len(client_dirs())} generated clients", editable)
    STAMP.write_text(fingerprint + "\n")
    print(f"  ready in {time.perf_counter() - started:.0f}s (pip's output: {INSTALL_LOG.relative_to(ROOT)})")
    return python


def run_checks(python: Path, checks: Sequence[Check]) -> list[str]:
    """Run each check, one progress line each; returns the labels of those that failed."""
    failed = []
    for check in checks:
        started = time.perf_counter()
        print(f"{check.label} ...", end="", flush=True)
        result = subprocess.run(
            [str(python), "-m", *check.args], cwd=check.cwd, capture_output=True, text=True, check=False
        )
        elapsed = time.perf_counter() - started
        if result.returncode == 0:
            print(f" ok ({elapsed:.1f}s)", flush=True)
            continue
        failed.append(check.label)
        print(f" FAILED ({elapsed:.1f}s)", flush=True)
        print((result.stdout + result.stderr).rstrip(), flush=True)
    return failed


def test(python: Path, env: dict[str, str], pytest_args: Sequence[str]) -> int:
    failed = run_checks(python, [*lint_checks(ROOT), *type_checks(ROOT)])
    # The storage and emulator suites also run on PostgreSQL: a throwaway local server (devtools/postgres.py),
    # unless EMULATOR_TEST_POSTGRES_URL names one already (.ci/run starts it the same way).
    with postgres.running() as url:
        if url:
            env = {**env, postgres.URL_VARIABLE: url}
        print(f"pytest{' (PostgreSQL: ' + url + ')' if url else ''} ...", flush=True)
        # pytest exits 5 when it collected nothing: that is a failure too, so only 0 passes.
        code = subprocess.run([str(python), "-m", "pytest", *pytest_args], cwd=ROOT, env=env).returncode
    if code != 0:
        failed.append(f"pytest (exit {code})")
    if failed:
        print(f"FAILED: {', '.join(failed)}")
        return 1
    print("All checks and tests passed.")
    return 0


COMMANDS: dict[str, list[str]] = {
    "fuzz": ["scripts/fuzz.py"],
    "emulator": ["-m", "emulators"],
    "generate": ["scripts/generate.py"],
    "api-diff": ["scripts/api_diff.py"],
    "nox": ["-m", "nox"],
    "pytest": ["-m", "pytest"],
    "python": [],
    "shell": [],
}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {*COMMANDS, "test"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    python = ensure_venv()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if command == "test":
        return test(python, env, rest)
    return subprocess.run([str(python), *COMMANDS[command], *rest], cwd=ROOT, env=env).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
