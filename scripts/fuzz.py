"""The main job: regenerate, start the emulators, fuzz every client against them, write the reports.

    python3 scripts/dev.py fuzz [--examples N] [--vendor V ...]

Per vendor with an emulator: the contract tests through the generated client (Hypothesis profile ``fuzz``,
N cases per operation), then ``schemathesis run`` with the checks of schemathesis.toml against a fresh
emulator accepting exactly one token. Vendors without an emulator are listed as such. Reports:
``reports/index.html`` (for people), ``reports/summary.md``, ``reports/junit.xml`` (for CI), and each
phase's full output in ``reports/<vendor>/``. Logic: ``devtools/fuzzjob``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from devtools.fuzzjob.run import main

if __name__ == "__main__":
    sys.exit(main())
