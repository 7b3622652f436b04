"""What every benchmark here shares: starting servers in their own session, loading them with ``wrk``,
and reading the server's own CPU time and memory from ``/proc``."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
BENCH_DIR = ROOT / ".bench"
PRISM_VERSION = "5.16.0"
TOKEN = "bench-token"
AUTH = {"Authorization": f"Token {TOKEN}"}
STARTUP_TIMEOUT = 60.0
TICKS = os.sysconf("SC_CLK_TCK")


def ensure_wrk() -> str | None:
    found = shutil.which("wrk")
    if found or os.geteuid() != 0:
        return found
    subprocess.run(["apt-get", "install", "-y", "-q", "wrk"], capture_output=True, timeout=600)
    return shutil.which("wrk")


def ensure_prism(explicit: str | None) -> tuple[Path | None, str]:
    """The Prism CLI to run, or None and why not."""
    for candidate in (explicit, os.environ.get("PRISM_BIN")):
        if candidate:
            path = Path(candidate)
            return (path, "") if path.exists() else (None, f"{candidate} does not exist")
    binary = BENCH_DIR / "node_modules" / ".bin" / "prism"
    if binary.exists():
        return binary, ""
    if not shutil.which("npm"):
        return None, "npm is not installed"
    BENCH_DIR.mkdir(exist_ok=True)
    try:
        done = subprocess.run(
            [
                "npm",
                "install",
                "--silent",
                "--prefix",
                str(BENCH_DIR),
                f"@stoplight/prism-cli@{PRISM_VERSION}",
            ],
            capture_output=True,
            text=True,
            timeout=600,
        )
    except subprocess.TimeoutExpired:
        return None, "npm install timed out"
    if binary.exists():
        return binary, ""
    return None, f"npm install @stoplight/prism-cli@{PRISM_VERSION} failed: {done.stderr.strip()[-300:]}"


def prism_version(binary: Path) -> str:
    try:
        out = subprocess.run([str(binary), "--version"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return "?"
    lines = out.stdout.strip().splitlines()
    return lines[0] if lines else "?"


# -- processes ---------------------------------------------------------------------------------------------


@dataclass
class Server:
    label: str
    proc: subprocess.Popen[bytes]
    url: str
    headers: dict[str, str]
    log: Path
    script: Path | None = None  # a wrk Lua script (method, body) for requests other than a GET
    rates: list[float] = field(default_factory=list)  # requests/s, one per round
    cpu_rates: list[float] = field(default_factory=list)  # requests per server CPU-second, one per round

    def log_tail(self, lines: int = 15) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""


def stop(proc: subprocess.Popen[bytes]) -> None:
    """Terminate the process group the server was started in (its own session: only what we started)."""
    if proc.poll() is not None:
        return
    for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 5)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


@contextmanager
def server(label: str, args: list[str], url: str, headers: dict[str, str], logs: Path) -> Iterator[Server]:
    """Start ``args`` in its own session, wait until ``url`` answers 200; always stopped on exit."""
    log = logs / (re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-") + ".log")
    with log.open("wb") as sink:
        proc = subprocess.Popen(
            args,
            stdout=sink,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            cwd=ROOT,
            start_new_session=True,
        )
    running = Server(label, proc, url, headers, log)
    try:
        wait_ready(running)
        yield running
    finally:
        stop(proc)


def wait_ready(srv: Server, timeout: float = STARTUP_TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    last = "no answer"
    while time.monotonic() < deadline:
        if srv.proc.poll() is not None:
            raise RuntimeError(f"{srv.label} exited with {srv.proc.returncode}:\n{srv.log_tail()}")
        try:
            response = httpx.get(srv.url, headers=srv.headers, timeout=2)
            if response.status_code == 200:
                return
            last = f"{response.status_code} {response.text[:200]}"
        except httpx.HTTPError as exc:
            last = repr(exc)
        time.sleep(0.2)
    raise RuntimeError(f"{srv.label}: {srv.url} did not answer 200 within {timeout:.0f}s (last: {last})")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of ``pid`` and of its live descendants so far (fields 14 and 15 of
    /proc/<pid>/stat), so a server with ``--workers`` counts every worker."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return 0.0
    fields = stat[stat.rindex(")") + 2 :].split()
    total = (int(fields[11]) + int(fields[12])) / TICKS
    for children in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            total += sum(cpu_seconds(int(child)) for child in children.read_text().split())
        except OSError:
            continue
    return total


def rss_kib(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    found = re.search(r"VmRSS:\s+(\d+) kB", status)
    return int(found.group(1)) if found else 0


# -- load --------------------------------------------------------------------------------------------------


@dataclass
class WrkResult:
    rate: float
    requests: int
    cpu: float  # server CPU-seconds spent during the run


def wrk(wrk_bin: str, srv: Server, seconds: int, connections: int) -> WrkResult:
    args = [wrk_bin, "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s"]
    for name, value in srv.headers.items():
        args += ["-H", f"{name}: {value}"]
    if srv.script is not None:
        args += ["-s", str(srv.script)]
    before = cpu_seconds(srv.proc.pid)
    done = subprocess.run([*args, srv.url], capture_output=True, text=True, timeout=seconds + 60)
    cpu = cpu_seconds(srv.proc.pid) - before
    out = done.stdout
    if done.returncode != 0:
        raise RuntimeError(f"wrk failed on {srv.url} ({done.returncode}): {done.stderr.strip() or out}")
    rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
    total = re.search(r"(\d+) requests in", out)
    if not rate or not total:
        raise RuntimeError(f"could not read wrk output for {srv.url}:\n{out}")
    requests = int(total.group(1))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if non2xx:
        raise RuntimeError(f"{srv.label}: {non2xx.group(1)} of {requests} responses were not 2xx under load")
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    if errors and sum(map(int, errors.groups())) > max(requests // 100, 0):
        raise RuntimeError(f"{srv.label}: too many socket errors under load ({errors.group(0)})")
    if requests == 0:
        raise RuntimeError(f"{srv.label}: wrk completed no request")
    return WrkResult(float(rate.group(1)), requests, cpu)
