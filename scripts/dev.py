"""The two commands of the README, runnable on a fresh machine with only Python 3.11+.

    python3 scripts/dev.py fuzz   # regenerate clients, start the emulators, fuzz every client, print a report
    python3 scripts/dev.py test   # the whole test suite (what CI runs)

Both create ``.venv`` on first use (the pinned tools from pyproject.toml, this project and every generated
client, all editable) and reuse it until pyproject.toml or the set of clients changes. Uses only the
standard library until it re-executes itself inside the venv.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".installed-from"


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


def ensure_venv() -> Path:
    python = venv_python()
    fingerprint = install_fingerprint()
    if python.exists() and STAMP.exists() and STAMP.read_text().strip() == fingerprint:
        return python
    if not python.exists():
        print(f"creating {VENV.relative_to(ROOT)} ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    print("installing pinned tools, the emulators and the generated clients ...", flush=True)
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    editable = [arg for d in client_dirs() for arg in ("-e", str(d))]
    subprocess.run([*pip, "-e", f"{ROOT}[dev]", *editable], check=True)
    STAMP.write_text(fingerprint + "\n")
    return python


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"fuzz", "test", "shell"}:
        print(__doc__)
        return 2
    python = ensure_venv()
    command, rest = argv[0], argv[1:]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if command == "test":
        # pytest exits 5 when it collected nothing: that must fail CI, not pass it silently.
        return subprocess.run([str(python), "-m", "pytest", *rest], cwd=ROOT, env=env).returncode
    if command == "fuzz":
        return subprocess.run(
            [str(python), str(ROOT / "scripts" / "fuzz.py"), *rest], cwd=ROOT, env=env
        ).returncode
    return subprocess.run([str(python), *rest], cwd=ROOT, env=env).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
