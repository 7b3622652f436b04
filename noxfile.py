"""nox sessions. Each installs the pinned tools from pyproject.toml ([dev]) plus the generated clients.

Run through the project's entry point, nothing to activate: ``python3 scripts/dev.py nox -s lint``.

nox -s lint typecheck tests      # what CI's test command (scripts/dev.py test) covers, split up
nox -s generate                  # regenerate every client (no-op when specs are unchanged)
nox -s contract                  # heavy fuzzing through the clients (Hypothesis profile "fuzz")
nox -s bench                     # throughput ratios (emulator vs bare Starlette, client vs raw httpx)
nox -s api-diff -- --base REF    # breaking / non-breaking spec changes since REF
"""

from __future__ import annotations

import sys
from pathlib import Path

import nox

sys.path.insert(0, str(Path(__file__).parent))
from devtools.quality import lint_checks, type_checks

nox.options.default_venv_backend = "venv"
nox.options.reuse_venv = "yes"
nox.options.sessions = ["lint", "typecheck", "tests"]

ROOT = Path(__file__).parent
CLIENTS = sorted(str(p.parent) for p in (ROOT / "generated").glob("*/pyproject.toml"))
# The interpreter nox runs under (the project's .venv through scripts/dev.py): any Python 3.11+ works,
# and naming one version would fail on machines that have only another.
PYTHON: str | None = None


def install(session: nox.Session) -> None:
    session.install("-e", ".[dev,bench]", *[arg for c in CLIENTS for arg in ("-e", c)])


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    session.install("ruff==0.17.6")
    for check in lint_checks(ROOT):
        session.run("python", "-m", *check.args)


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    install(session)
    for check in type_checks(ROOT):
        with session.chdir(check.cwd):
            session.run("python", "-m", *check.args)


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
