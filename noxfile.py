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


@nox.session(python=PYTHON, default=False)
def mutation(session: nox.Session) -> None:
    """Mutation testing (mutmut 2.5.1) of each vendor module and of the core; not in the default run.

    nox -s mutation                          # every target below, one after the other (CPU-heavy: hours)
    nox -s mutation -- emulators/make.py     # one target

    Each target is mutated against only the emulator tests that cover it (`-x`: the first failure kills a
    mutant). mutmut 2 rewrites the file it mutates in place, so it runs in a throw-away copy of the tree
    (the copy's `emulators` shadows the editable install: pytest puts the copy first on sys.path). mutmut
    3 is not used: it skips decorated functions, i.e. every `@operation` handler. The session prints the
    survivors and does not fail on them: each is judged by hand (equivalent, or a missing test).
    """
    import shutil
    import tempfile

    targets = {
        "emulators/make.py": "tests/emulator/test_make.py",
        "emulators/qlik.py": "tests/emulator/test_qlik.py",
        "emulators/rollup.py": "tests/emulator/test_rollup.py",
        "emulators/core/": "tests/emulator tests/unit/test_emulator_core.py tests/unit/test_ratelimit.py",
    }
    unknown = sorted(set(session.posargs) - set(targets))
    if unknown:
        session.error(f"unknown mutation target(s) {unknown}; known: {sorted(targets)}")
    install(session)
    session.install("mutmut==2.5.1")
    with tempfile.TemporaryDirectory(prefix="mutation-") as tmp:
        copy = Path(tmp) / "tree"
        ignore = shutil.ignore_patterns(".git", ".venv", ".nox", ".mutmut-cache", "reports")
        shutil.copytree(ROOT, copy, ignore=ignore)
        session.chdir(copy)
        for path in session.posargs or list(targets):
            runner = f"python -m pytest -x -q -p no:cacheprovider {targets[path]}"
            # mutmut's exit code is a bit mask of what it found (2 survived, 4 timeout, 8 suspicious); 1 is
            # its own failure, the only one that stops the session.
            session.run(
                "nice", "-n", "10", "mutmut", "run", "--paths-to-mutate", path, "--runner", runner,
                "--no-progress", external=True, success_codes=[0, *range(2, 16)],
            )  # fmt: skip
            session.run("mutmut", "results", success_codes=[0, *range(2, 16)])
