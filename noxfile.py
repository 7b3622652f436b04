"""nox sessions. Each installs the pinned tools from pyproject.toml ([dev]) plus the generated clients.

nox -s lint typecheck tests      # what CI's test command covers, split up
nox -s generate                  # regenerate every client (no-op when specs are unchanged)
nox -s contract                  # heavy fuzzing through the clients (Hypothesis profile "fuzz")
nox -s bench                     # throughput ratios (emulator vs bare Starlette, client vs raw httpx)
nox -s api-diff -- --base REF    # breaking / non-breaking spec changes since REF
"""

from __future__ import annotations

from pathlib import Path

import nox

nox.options.default_venv_backend = "venv"
nox.options.reuse_venv = "yes"
nox.options.sessions = ["lint", "typecheck", "tests"]

ROOT = Path(__file__).parent
CLIENTS = sorted(str(p.parent) for p in (ROOT / "generated").glob("*/pyproject.toml"))
PYTHON = "3.11"


def install(session: nox.Session) -> None:
    session.install("-e", ".[dev]", *[arg for c in CLIENTS for arg in ("-e", c)])


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    session.install("ruff==0.17.6")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    install(session)
    session.run("mypy", "--strict", "emulators", "scripts", "tests", "noxfile.py")
    for client in CLIENTS:
        package = next(p for p in Path(client).iterdir() if (p / "__init__.py").exists())
        session.run("mypy", "--strict", str(package))


@nox.session(python=PYTHON)
def generate(session: nox.Session) -> None:
    install(session)
    session.run("python", "scripts/generate.py", *session.posargs)


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    install(session)
    session.run("pytest", *session.posargs)


@nox.session(python=PYTHON)
def contract(session: nox.Session) -> None:
    install(session)
    session.run("python", "scripts/fuzz.py", *session.posargs)


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    install(session)
    session.run("python", "-m", "tests.bench", *session.posargs)


@nox.session(name="api-diff", python=PYTHON)
def api_diff(session: nox.Session) -> None:
    install(session)
    session.run("python", "scripts/api_diff.py", *session.posargs)
