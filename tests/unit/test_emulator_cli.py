"""``python -m emulators``: the start-up line, the access log, and bad arguments refused in one line."""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "emulators", *args], capture_output=True, text=True, timeout=60, check=False
    )


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["make", "--port", "99999"], "99999 is out of range"),
        (["make", "--port", "-1"], "-1 is out of range"),
        (["make", "--port", "http"], "'http' is not a port number"),
        (["make", "--log-level", "loud"], "invalid choice: 'loud'"),
        (["nosuchvendor"], "invalid choice: 'nosuchvendor'"),
        (["make", "--state", "/nonexistent-dir/state.db"], "cannot use --state /nonexistent-dir/state.db"),
        (["make", "--token", ":read"], "empty token"),
        (["make", "--workers", "0"], "'0' is not a number of workers"),
        (["make", "--workers", "2"], "--workers needs a shared --state"),
        (["make", "--workers", "2", "--state", "s.db", "--seed", "1"], "with --workers each would draw"),
        (
            ["make", "--state", "postgresql:///x?host=/nonexistent-dir"],
            "cannot use --state postgresql database x",
        ),
    ],
)
def test_bad_arguments_give_one_line_on_stderr_and_exit_2(args: list[str], says: str) -> None:
    result = run_cli(*args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("python -m emulators: error: ")
    assert says in lines[0]
    assert result.stdout == ""


def test_a_state_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    state = tmp_path / "notes.txt"
    state.write_text("not SQLite\n" * 100)
    result = run_cli("qlik", "--state", str(state))
    assert result.returncode == 2
    assert f"cannot use --state {state}" in result.stderr
    assert state.read_text() == "not SQLite\n" * 100, "a refused state file must be left as it was"


def test_a_port_in_use_is_refused() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_cli("rollup", "--port", str(port))
    assert result.returncode == 2
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr


@contextmanager
def serving(*args: str) -> Iterator[tuple[subprocess.Popen[str], str]]:
    process = subprocess.Popen(
        [sys.executable, "-m", "emulators", *args, "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        yield process, first
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_start_up_line_names_vendor_url_state_and_auth_and_the_url_serves(tmp_path: Path) -> None:
    state = tmp_path / "make.db"
    with serving("make", "--state", str(state), "--token", "T1", "--token", "T2:datastores:read") as (
        _,
        line,
    ):
        assert line.startswith("make emulator on http://127.0.0.1:")
        url = line.split(" on ", 1)[1].split(" ", 1)[0]
        assert url.endswith("/api/v2"), "the base URL includes the vendor's mount path"
        assert f"state in {state}" in line
        assert "2 accepted credentials" in line
        answered = httpx.get(f"{url}/data-stores?teamId=1", headers={"Authorization": "Token T1"})
        assert answered.status_code == 200
        assert httpx.get(f"{url}/data-stores?teamId=1").status_code == 401


def test_without_tokens_the_start_up_line_says_any_credential_is_accepted() -> None:
    with serving("qlik") as (_, line):
        assert "state in memory" in line
        assert "any non-empty credential accepted" in line


def test_access_log_prints_each_request() -> None:
    with serving("qlik", "--access-log") as (process, line):
        url = line.split(" on ", 1)[1].split(" ", 1)[0]
        httpx.get(f"{url}/data-stores", headers={"Authorization": "Bearer k"})
        process.terminate()
        out, err = process.communicate(timeout=10)
    assert '"GET /api/v1/data-stores HTTP/1.1" 200' in out + err


def test_without_access_log_requests_are_not_logged() -> None:
    with serving("qlik") as (process, line):
        url = line.split(" on ", 1)[1].split(" ", 1)[0]
        httpx.get(f"{url}/data-stores", headers={"Authorization": "Bearer k"})
        process.terminate()
        out, err = process.communicate(timeout=10)
    assert "GET /api/v1/data-stores" not in out + err
