"""Apply an OpenAPI Overlay 1.0 document to a spec: the entry point of ``codegen.overlay``."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from codegen.overlay import main

if __name__ == "__main__":
    sys.exit(main())
