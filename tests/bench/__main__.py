"""Throughput and memory benchmarks, reported as ratios against baselines measured in the same run.

    python -m tests.bench [--seconds 5] [--connections 32]

1. Emulator vs bare Starlette: a single-resource GET (Make ``getDataStore``) against the same route in a
   bare Starlette app on the same stack (uvicorn + httptools + uvloop). Target ratio ≥ 0.6.
2. Emulator vs Stoplight Prism's static mock of the same spec and operation. Target ratio ≥ 4.
3. Generated client vs raw httpx: sequential GETs through ``make_client`` vs ``httpx.Client.get``.
4. Resident memory of the emulator after the load, against the Starlette baseline's.

Load comes from ``wrk`` (Debian package ``wrk``; installed with apt-get when missing and running as root);
Prism from npm ``@stoplight/prism-cli`` (installed into ``.bench/`` when missing). A baseline that cannot be
started is reported as skipped, never as a pass. No timing here is asserted by a test: machines are noisy.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from emulators.testing import free_port, start_emulator

ROOT = Path(__file__).resolve().parents[2]
BENCH_DIR = ROOT / ".bench"
PRISM_VERSION = "5.16.0"
TOKEN = "bench-token"


def ensure_wrk() -> str | None:
    found = shutil.which("wrk")
    if found or os.geteuid() != 0:
        return found
    subprocess.run(["apt-get", "install", "-y", "-q", "wrk"], capture_output=True)
    return shutil.which("wrk")


def ensure_prism() -> Path | None:
    binary = BENCH_DIR / "node_modules" / ".bin" / "prism"
    if binary.exists():
        return binary
    if not shutil.which("npm"):
        return None
    BENCH_DIR.mkdir(exist_ok=True)
    subprocess.run(
        ["npm", "install", "--silent", "--prefix", str(BENCH_DIR), f"@stoplight/prism-cli@{PRISM_VERSION}"],
        capture_output=True,
    )
    return binary if binary.exists() else None


def wait_for(url: str, headers: dict[str, str], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            httpx.get(url, headers=headers, timeout=1)
            return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer within {timeout}s")


@contextmanager
def process(args: list[str], url: str, headers: dict[str, str]) -> Iterator[subprocess.Popen[bytes]]:
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    try:
        wait_for(url, headers)
        yield proc
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def wrk(wrk_bin: str, url: str, headers: dict[str, str], seconds: int, connections: int) -> float:
    args = [wrk_bin, "-t1", f"-c{connections}", f"-d{seconds}s"]
    for name, value in headers.items():
        args += ["-H", f"{name}: {value}"]
    subprocess.run([*args[:3], "-d1s", *args[4:], url], capture_output=True)  # warm-up
    out = subprocess.run([*args, url], capture_output=True, text=True, check=True).stdout
    found = re.search(r"Requests/sec:\s+([\d.]+)", out)
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if non2xx:
        raise RuntimeError(f"{url}: {non2xx.group(1)} non-2xx responses under load")
    if not found:
        raise RuntimeError(f"could not read wrk output:\n{out}")
    return float(found.group(1))


def rss_kib(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    found = re.search(r"VmRSS:\s+(\d+) kB", status)
    return int(found.group(1)) if found else 0


def client_vs_httpx(base_url: str, store_id: int, n: int) -> tuple[float, float]:
    from make_client import Client
    from make_client.api.data_stores import get_data_store

    headers = {"Authorization": f"Token {TOKEN}"}
    with httpx.Client(base_url=base_url, headers=headers) as raw:
        start = time.perf_counter()
        for _ in range(n):
            raw.get(f"/data-stores/{store_id}").json()
        raw_rate = n / (time.perf_counter() - start)
    with Client(base_url=base_url, token=TOKEN) as client:
        start = time.perf_counter()
        for _ in range(n):
            get_data_store.sync(store_id, client=client)
        client_rate = n / (time.perf_counter() - start)
    return client_rate, raw_rate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench")
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--client-requests", type=int, default=2000)
    args = parser.parse_args(argv)
    wrk_bin = ensure_wrk()
    if not wrk_bin:
        print("wrk is not installed (apt-get install wrk); cannot measure throughput", file=sys.stderr)
        return 2
    auth = {"Authorization": f"Token {TOKEN}"}
    results: dict[str, float] = {}

    emulator = start_emulator("make", token=TOKEN)
    try:
        created = httpx.post(
            emulator.base_url + "/data-stores",
            headers=auth,
            json={"name": "bench", "teamId": 1, "maxSizeMB": 1},
        )
        created.raise_for_status()
        store_id = created.json()["dataStore"]["id"]
        url = f"{emulator.base_url}/data-stores/{store_id}"
        results["emulator"] = wrk(wrk_bin, url, auth, args.seconds, args.connections)
        results["emulator_rss_kib"] = rss_kib(emulator.process.pid)
        results["client"], results["raw_httpx"] = client_vs_httpx(
            emulator.base_url, store_id, args.client_requests
        )
    finally:
        emulator.stop()

    port = free_port()
    url = f"http://127.0.0.1:{port}/api/v2/data-stores/1"
    with process([sys.executable, "-m", "tests.bench.starlette_app", "--port", str(port)], url, {}) as proc:
        results["starlette"] = wrk(wrk_bin, url, {}, args.seconds, args.connections)
        results["starlette_rss_kib"] = rss_kib(proc.pid)

    prism = ensure_prism()
    if prism:
        port = free_port()
        url = f"http://127.0.0.1:{port}/data-stores/1"
        with process(
            [str(prism), "mock", "-p", str(port), "-h", "127.0.0.1", str(ROOT / "specs" / "make.yaml")],
            url,
            auth,
        ):
            results["prism"] = wrk(wrk_bin, url, auth, args.seconds, args.connections)

    print(f"single-resource GET, wrk -t1 -c{args.connections} -d{args.seconds}s (requests/s):")
    print(f"  emulator (make getDataStore)  {results['emulator']:>10.0f}")
    print(f"  bare Starlette route          {results['starlette']:>10.0f}")
    ratio = results["emulator"] / results["starlette"]
    print(f"  ratio emulator/starlette      {ratio:>10.2f}   (target >= 0.6)")
    if "prism" in results:
        print(f"  Prism static mock             {results['prism']:>10.0f}")
        print(
            f"  ratio emulator/prism          {results['emulator'] / results['prism']:>10.2f}   (target >= 4)"
        )
    else:
        print("  Prism static mock             skipped (npm or @stoplight/prism-cli unavailable)")
    print(f"sequential GETs, {args.client_requests} requests (requests/s):")
    print(f"  make_client getDataStore.sync {results['client']:>10.0f}")
    print(f"  raw httpx.Client.get          {results['raw_httpx']:>10.0f}")
    print(f"  ratio client/httpx            {results['client'] / results['raw_httpx']:>10.2f}")
    print("resident memory after load (KiB):")
    print(
        f"  emulator {results['emulator_rss_kib']:.0f}, starlette {results['starlette_rss_kib']:.0f}, "
        f"ratio {results['emulator_rss_kib'] / results['starlette_rss_kib']:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
