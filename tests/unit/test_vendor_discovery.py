"""A fifth vendor needs only its own files: a spec and a module. Nothing shared lists the vendors."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from emulators.core.registry import VENDORS
from emulators.core.spec import spec_names

ROOT = Path(__file__).resolve().parents[2]

TOY_SPEC = """\
openapi: 3.1.0
info: {title: Toy, version: 1.0.0}
servers: [{url: "https://toy.example/api"}]
security: [{key: []}]
components:
  securitySchemes:
    key: {type: apiKey, in: header, name: x-toy-key}
paths:
  /things/{id}:
    get:
      operationId: getThing
      parameters:
        - {name: id, in: path, required: true, schema: {type: integer}}
      responses:
        "200": {description: ok}
        "404": {description: not found}
"""

TOY_MODULE = """
from emulators.core.http import ApiProblem, Request, Response
from emulators.core.vendor import VendorEmulator, operation


class ToyEmulator(VendorEmulator):
    name = "toy"

    def error_body(self, problem: ApiProblem) -> object:
        return {"toyError": problem.message}

    @operation("getThing")
    def get_thing(self, request: Request) -> Response:
        if request.path_params["id"] != 1:
            raise ApiProblem(404, "no such thing")
        return Response(200, {"id": 1})


EMULATOR = ToyEmulator
"""

PROBE = """
import httpx
from emulators.core.registry import VENDORS, build_app
from emulators.testing import serve_in_thread

assert "toy" in VENDORS, VENDORS
running = serve_in_thread("toy", token="k")
try:
    ok = httpx.get(running.base_url + "/things/1", headers={"x-toy-key": "k"})
    missing = httpx.get(running.base_url + "/things/2", headers={"x-toy-key": "k"})
    anonymous = httpx.get(running.base_url + "/things/1")
    print(ok.status_code, ok.json(), missing.status_code, missing.json(), anonymous.status_code)
finally:
    running.stop()
"""


def test_vendors_are_discovered_from_specs_and_modules() -> None:
    assert set(VENDORS) <= set(spec_names())
    assert {"make", "qlik", "rollup"} <= set(VENDORS)


def test_a_toy_vendor_added_with_only_its_own_files_is_served(tmp_path: Path) -> None:
    tree = tmp_path / "tree"
    shutil.copytree(ROOT / "emulators", tree / "emulators", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(
        ROOT / "openapi_toolkit", tree / "openapi_toolkit", ignore=shutil.ignore_patterns("__pycache__")
    )
    # As installed: the specs ship inside the package as emulators/_specs.
    shutil.copytree(ROOT / "specs", tree / "emulators" / "_specs")
    before = {p.relative_to(tree) for p in tree.rglob("*") if p.is_file()}
    (tree / "emulators" / "_specs" / "toy.yaml").write_text(TOY_SPEC)
    (tree / "emulators" / "toy.py").write_text(textwrap.dedent(TOY_MODULE))
    after = {p.relative_to(tree) for p in tree.rglob("*") if p.is_file()}
    assert after - before == {Path("emulators/_specs/toy.yaml"), Path("emulators/toy.py")}

    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=tree,
        env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.split() == [
        "200",
        "{'id':",
        "1}",
        "404",
        "{'toyError':",
        "'no",
        "such",
        "thing'}",
        "401",
    ]
