"""Throughput and memory benchmarks, reported as ratios against baselines measured in the same run.

    python -m tests.bench [--seconds 5] [--rounds 3] [--connections 32] [--prism PATH] [--strict]

1. Emulator vs bare Starlette: a single-resource GET (Make ``getDataStore``) against the same route in a
   bare Starlette app on the same stack (uvicorn + httptools + uvloop). Target ratio ≥ 0.6.
2. Emulator vs Stoplight Prism's static mock of the same spec and operation. Target ratio ≥ 4.
3. Generated client vs raw httpx: sequential GETs through ``make_client`` vs ``httpx.Client.get``.
4. Resident memory of the emulator after the load, against the Starlette baseline's.

All servers run at once (an idle server costs no CPU) and are loaded one at a time, in interleaved rounds:
each ratio is taken per round, from measurements seconds apart, and the verdict uses the median over the
rounds, so a neighbour process that steals CPU for a while skews one round rather than one side. Each
figure also comes with the server's own CPU time (``/proc/<pid>/stat``): requests per CPU-second is what a
request costs the server, and hardly moves when other processes compete for the cores.

Load comes from ``wrk`` (Debian package ``wrk``; installed with apt-get when missing and running as root);
Prism from npm ``@stoplight/prism-cli`` (``--prism``, else ``$PRISM_BIN``, else installed into ``.bench/``).
Prism runs with ``-v warn``: the emulator keeps no access log, so neither does Prism. A baseline that cannot
be started is reported as skipped, never as a pass. No timing here is asserted by a test: machines are noisy
(``--strict`` makes a missed target exit 1, for a manual check).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from emulators.testing import free_port, mount_path

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
    log = logs / f"{label.split()[0].lower()}.log"
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
    """User + system CPU time of ``pid`` so far (fields 14 and 15 of /proc/<pid>/stat)."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat[stat.rindex(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


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


def client_vs_httpx(base_url: str, store_id: int, n: int, chunks: int = 4) -> tuple[float, float]:
    """Sequential GETs, ``n`` each, in interleaved chunks after a warm-up; requests/s for (client, httpx)."""
    from make_client import Client
    from make_client.api.data_stores import get_data_store

    per_chunk = max(n // chunks, 1)
    times = {"client": 0.0, "raw": 0.0}
    with (
        httpx.Client(base_url=base_url, headers=AUTH) as raw,
        Client(base_url=base_url, token=TOKEN) as client,
    ):

        def raw_get() -> None:
            response = raw.get(f"/data-stores/{store_id}")
            response.raise_for_status()
            response.json()

        def client_get() -> None:
            if get_data_store.sync(store_id, client=client) is None:
                raise RuntimeError("make_client get_data_store returned nothing")

        for _ in range(min(200, per_chunk)):  # warm-up: connections, imports, code paths
            raw_get()
            client_get()
        for _ in range(chunks):
            for key, call in (("raw", raw_get), ("client", client_get)):
                start = time.perf_counter()
                for _ in range(per_chunk):
                    call()
                times[key] += time.perf_counter() - start
    total = per_chunk * chunks
    return total / times["client"], total / times["raw"]


# -- report ------------------------------------------------------------------------------------------------


def verdict(name: str, value: float | None, target: float, detail: str) -> tuple[str, bool | None]:
    if value is None:
        return f"VERDICT {name} >= {target:g}: SKIPPED ({detail})", None
    ok = value >= target
    return f"VERDICT {name} >= {target:g}: {'PASS' if ok else 'FAIL'} ({value:.2f}; {detail})", ok


def per_round_ratio(a: Server, b: Server, cpu: bool = False) -> list[float]:
    xs, ys = (a.cpu_rates, b.cpu_rates) if cpu else (a.rates, b.rates)
    return [x / y for x, y in zip(xs, ys, strict=True) if y]


def fmt_rates(values: list[float]) -> str:
    return " ".join(f"{v:.0f}" for v in values)


def fmt_ratios(values: list[float]) -> str:
    return " ".join(f"{v:.2f}" for v in values)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench")
    parser.add_argument("--seconds", type=int, default=5, help="wrk duration per server per round")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds; verdicts use the median")
    parser.add_argument("--warmup", type=int, default=2, help="wrk warm-up seconds per server")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--client-requests", type=int, default=2000)
    parser.add_argument("--prism", help="path of the prism CLI (default: $PRISM_BIN or .bench/ via npm)")
    parser.add_argument("--no-prism", action="store_true", help="skip the Prism baseline")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    if args.seconds < 1 or args.rounds < 1 or args.warmup < 0 or args.connections < 1:
        parser.error("--seconds, --rounds and --connections must be >= 1, --warmup >= 0")
    wrk_bin = ensure_wrk()
    if not wrk_bin:
        print("wrk is not installed (apt-get install wrk); cannot measure throughput", file=sys.stderr)
        return 2

    mount = mount_path("make")
    python = sys.executable
    skipped: dict[str, str] = {}
    with ExitStack() as stack:
        logs = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-")))

        port = free_port()
        emulator = stack.enter_context(
            server(
                "emulator (make getDataStore)",
                [python, "-m", "emulators", "make", "--port", str(port), "--token", TOKEN],
                f"http://127.0.0.1:{port}{mount}/data-stores?teamId=1",
                AUTH,
                logs,
            )
        )
        base_url = f"http://127.0.0.1:{port}{mount}"
        created = httpx.post(
            base_url + "/data-stores", headers=AUTH, json={"name": "bench", "teamId": 1, "maxSizeMB": 1}
        )
        created.raise_for_status()
        store_id = created.json()["dataStore"]["id"]
        emulator.url = f"{base_url}/data-stores/{store_id}"

        port = free_port()
        # Same request bytes as the emulator's (the Authorization header included), same route shape.
        starlette = stack.enter_context(
            server(
                "bare Starlette route",
                [python, "-m", "tests.bench.starlette_app", "--port", str(port)],
                f"http://127.0.0.1:{port}{mount}/data-stores/{store_id}",
                AUTH,
                logs,
            )
        )
        servers = [emulator, starlette]

        prism: Server | None = None
        prism_label = "Prism static mock"
        if args.no_prism:
            skipped["prism"] = "--no-prism"
        else:
            binary, why = ensure_prism(args.prism)
            if binary is None:
                skipped["prism"] = why
            else:
                prism_label = f"Prism {prism_version(binary)} static mock"
                port = free_port()
                try:
                    # Prism serves the spec's paths without the servers[0] path (no /api/v2).
                    prism = stack.enter_context(
                        server(
                            prism_label,
                            [
                                str(binary),
                                "mock",
                                "-p",
                                str(port),
                                "-h",
                                "127.0.0.1",
                                "-v",
                                "warn",
                                str(ROOT / "specs" / "make.yaml"),
                            ],
                            f"http://127.0.0.1:{port}/data-stores/{store_id}",
                            AUTH,
                            logs,
                        )
                    )
                    servers.append(prism)
                except RuntimeError as exc:
                    skipped["prism"] = f"did not start: {str(exc).splitlines()[0]}"

        for srv in servers:
            if args.warmup:
                wrk(wrk_bin, srv, args.warmup, args.connections)
        for round_no in range(args.rounds):
            # Alternate the order so no server always runs right after the same one.
            order = servers if round_no % 2 == 0 else servers[::-1]
            for srv in order:
                result = wrk(wrk_bin, srv, args.seconds, args.connections)
                srv.rates.append(result.rate)
                srv.cpu_rates.append(result.requests / result.cpu if result.cpu > 0 else 0.0)
        rss = {srv.label: rss_kib(srv.proc.pid) for srv in (emulator, starlette)}
        client_rate, raw_rate = client_vs_httpx(base_url, store_id, args.client_requests)

    med = statistics.median
    print(
        f"single-resource GET, wrk -t1 -c{args.connections} -d{args.seconds}s, {args.rounds} interleaved "
        f"round(s) after a {args.warmup}s warm-up; median (per round) — requests/s | per server CPU-s:"
    )
    for srv in [emulator, starlette] + ([prism] if prism else []):
        print(
            f"  {srv.label:<32} {med(srv.rates):>8.0f}  ({fmt_rates(srv.rates)})"
            f"  | {med(srv.cpu_rates):>8.0f} /CPU-s"
        )
    if prism is None:
        print(f"  {prism_label:<32} skipped: {skipped.get('prism', '?')}")
    ratio_s = per_round_ratio(emulator, starlette)
    ratio_s_cpu = per_round_ratio(emulator, starlette, cpu=True)
    print(
        f"  ratio emulator/starlette         {med(ratio_s):>8.2f}  ({fmt_ratios(ratio_s)})"
        f"  | {med(ratio_s_cpu):>8.2f} per CPU-s   (target >= 0.6)"
    )
    ratio_p: list[float] = []
    if prism is not None:
        ratio_p = per_round_ratio(emulator, prism)
        ratio_p_cpu = per_round_ratio(emulator, prism, cpu=True)
        print(
            f"  ratio emulator/prism             {med(ratio_p):>8.2f}  ({fmt_ratios(ratio_p)})"
            f"  | {med(ratio_p_cpu):>8.2f} per CPU-s   (target >= 4)"
        )
    print(f"sequential GETs, {args.client_requests} requests each, interleaved (requests/s):")
    print(f"  make_client getDataStore.sync    {client_rate:>8.0f}")
    print(f"  raw httpx.Client.get             {raw_rate:>8.0f}")
    print(f"  ratio client/httpx               {client_rate / raw_rate:>8.2f}   (no target)")
    emu_rss, star_rss = rss[emulator.label], rss[starlette.label]
    print("resident memory after load (KiB):")
    print(f"  emulator {emu_rss}, starlette {star_rss}, ratio {emu_rss / star_rss:.2f}   (no target)")

    lines = [
        verdict(
            "emulator/starlette",
            med(ratio_s),
            0.6,
            f"median of {len(ratio_s)} round(s); per CPU-second {med(ratio_s_cpu):.2f}",
        ),
        verdict(
            "emulator/prism",
            med(ratio_p) if ratio_p else None,
            4,
            f"median of {len(ratio_p)} round(s)" if ratio_p else skipped.get("prism", "not measured"),
        ),
    ]
    for line, _ in lines:
        print(line)
    return 1 if args.strict and any(ok is False for _, ok in lines) else 0


if __name__ == "__main__":
    sys.exit(main())
