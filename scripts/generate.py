"""Regenerate the clients: the entry point of ``codegen.generate`` (see its docstring for usage).

python3 scripts/generate.py [VENDOR ...] [--force] [--check]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _use_project_venv() -> None:
    """Run by a Python without the pinned tools (``python3 scripts/generate.py``): continue in ``.venv``."""
    try:
        import openapi_python_client  # noqa: F401
        import yaml  # noqa: F401
    except ModuleNotFoundError:
        python = ROOT / ".venv" / "bin" / "python"
        if python.exists() and Path(sys.prefix).resolve() != python.parent.parent.resolve():
            os.execv(str(python), [str(python), *sys.argv])
        sys.exit("scripts/generate.py needs the pinned tools: `python3 scripts/dev.py test` creates .venv")


if __name__ == "__main__":
    _use_project_venv()
    sys.path.insert(0, str(ROOT))
    from codegen.generate import main

    sys.exit(main())
