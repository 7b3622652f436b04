"""Breaking-change detector for the OpenAPI 3.1 specs, used to version the generated clients by semver.

    python scripts/api_diff.py                        # every specs/*.yaml against HEAD
    python scripts/api_diff.py --base main make       # only specs/make.yaml, against the ref ``main``
    python scripts/api_diff.py --fail-on-breaking     # exit 1 if any change is breaking (CI)

The comparison lives in ``codegen.diff`` (document, parameter, message, security and schema levels).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from codegen.diff.cli import main

if __name__ == "__main__":
    sys.exit(main())
