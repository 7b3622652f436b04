"""Lint OpenAPI specs: the entry point of ``codegen.lint`` (see its docstring for usage)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from codegen.lint import main

if __name__ == "__main__":
    sys.exit(main())
