"""The lint and type checks, written once for ``scripts/dev.py test`` (what CI runs) and for nox.

Standard library only: ``scripts/dev.py`` imports this before the project's virtualenv exists.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Hand-written code: everything mypy --strict checks with the project's configuration.
HAND_WRITTEN = ("emulators", "openapi_toolkit", "codegen", "scripts", "devtools", "tests", "noxfile.py")


@dataclass(frozen=True)
class Check:
    """One command of the quality gate: what it is called in the progress line, where it runs."""

    label: str
    args: tuple[str, ...]  # run as ``python -m <args>``
    cwd: Path


def client_packages(root: Path = ROOT) -> list[tuple[Path, str]]:
    """(distribution folder, import package) for every generated client."""
    found = []
    for pyproject in sorted((root / "generated").glob("*/pyproject.toml")):
        folder = pyproject.parent
        package = next(p.name for p in sorted(folder.iterdir()) if (p / "__init__.py").exists())
        found.append((folder, package))
    return found


def lint_checks(root: Path = ROOT) -> list[Check]:
    return [
        Check("ruff check", ("ruff", "check", "."), root),
        Check("ruff format --check", ("ruff", "format", "--check", "."), root),
    ]


def type_checks(root: Path = ROOT) -> list[Check]:
    checks = [Check("mypy --strict (hand-written)", ("mypy", "--strict", *HAND_WRITTEN), root)]
    for folder, package in client_packages(root):
        # Each client is checked on its own, as a vendored folder would be, with no project config: the
        # project's mypy settings exclude generated/ and must not decide whether a shipped client type-checks.
        checks.append(
            Check(
                f"mypy --strict {folder.relative_to(root)}",
                ("mypy", "--strict", "--config-file", "", package),
                folder,
            )
        )
    return checks
