"""A new user's first steps with each client, through ``Client``/``AsyncClient`` attributes only: run against
the real emulators (in-process, loopback) and type-checked with ``mypy --strict`` against the generated
clients."""

from __future__ import annotations

import importlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from emulators.testing import serve_in_thread

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = Path(__file__).parent / "first_steps"
VENDORS = ["make", "qlik", "rollup"]

EXPECTED = {
    "make": [
        "created orders",
        "listed 5 records",
        "renamed to orders-2024",
        "got orders-2024",
        "stores ['orders-2024']",
        "async got orders-2024",
        "deleted: 404",
    ],
    "qlik": ["created 3", "listed 3 over pages of 2", "got Renamed", "deleted: 404"],
    "rollup": ["created Prices", "entry eur=1.08", "got FX prices", "listed ['FX prices']", "deleted: 404"],
}


@pytest.mark.parametrize("vendor", VENDORS)
def test_first_steps_against_the_emulator(vendor: str) -> None:
    module = importlib.import_module(f"tests.integration.first_steps.{vendor}_first_steps")
    server = serve_in_thread(vendor)
    try:
        steps = module.main(server.base_url, server.token)
    finally:
        server.stop()
    assert steps == EXPECTED[vendor]


def strict_mypy(*paths: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    config = cache / "mypy.ini"
    config.write_text("[mypy]\npython_version = 3.11\n")
    env = {
        **os.environ,
        "MYPYPATH": os.pathsep.join(str(ROOT / "generated" / v) for v in VENDORS),
    }
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--config-file", str(config), "--cache-dir", str(cache)]
        + [str(p) for p in paths],
        capture_output=True,
        text=True,
        env=env,
        cwd=cache,
        timeout=300,
    )


def test_first_steps_pass_mypy_strict_against_the_clients(tmp_path: Path) -> None:
    scripts = sorted(SCRIPTS.glob("*_first_steps.py"))
    assert len(scripts) == len(VENDORS)
    bad = tmp_path / "wrong_call.py"
    bad.write_text(
        "from make_client import Client\n\n"
        "def f(client: Client) -> str:\n"
        "    return client.data_stores.create(name='x', team_id=1).data_store.name\n"
    )

    good = strict_mypy(*scripts, cache=tmp_path)
    wrong = strict_mypy(bad, cache=tmp_path)

    assert good.returncode == 0, good.stdout + good.stderr
    assert f"Success: no issues found in {len(scripts)} source files" in good.stdout
    # The same check fails a call missing a required body field: the clients' types reach mypy.
    assert wrong.returncode == 1
    assert 'No overload variant of "create"' in wrong.stdout


@pytest.mark.parametrize("vendor", VENDORS)
def test_the_readme_first_call_works_against_the_emulator(
    vendor: str, capsys: pytest.CaptureFixture[str]
) -> None:
    readme = (ROOT / "generated" / vendor / "README.md").read_text()
    snippet = readme.split("```python\n", 1)[1].split("```", 1)[0]
    assert 'Client(token="...")' in snippet
    server = serve_in_thread(vendor)
    try:
        code = snippet.replace('Client(token="...")', f"Client({server.base_url!r}, token={server.token!r})")
        exec(compile(code, f"generated/{vendor}/README.md", "exec"), {})  # as a reader would run it
    finally:
        server.stop()
    printed = capsys.readouterr().out
    assert printed.strip()
    # The except branch did not run: it would print "<status>: <message>" or "Connection error: ...".
    assert not re.search(r"^(\d{3}: |Connection error|Request timed out)", printed, re.M)
