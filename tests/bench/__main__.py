"""Benchmarks, each a ratio against a baseline measured in the same run (``nox -s bench``).

    python -m tests.bench [--seconds 5] [--rounds 3] [--connections 32] [--only get,post,...] [--strict]

Sections (``--only`` picks some; all by default):

- ``get``: a single-resource GET (Make ``getDataStore``, Charon ``getCurrentUser``) against the same
  route in a bare Starlette app on the same stack (uvicorn + httptools + uvloop; target >= 1.0) and
  against Stoplight Prism's static mock of the same spec and operation (target >= 6);
- ``post``: a create (Make ``createDataStore``) against Prism's mock of it (target >= 3);
- ``scale``: a records page at 1,000,000 records against the page at 100 (first page, and offset
  500,000 beside it; target <= 2), tests/bench/scale.py;
- ``qlik-sort``: a Qlik assets page sorted by two fields (``name,-createdTime``) at ``--records`` assets
  against the page at 100 (target <= 2), and a sort whose first field is one run (reported),
  tests/bench/qlik_sort.py;
- ``workers``: ``--workers 2`` against one worker on the same SQLite state file (target >= 1.6), and the
  PostgreSQL backend against SQLite on the same GET and create (target >= 0.5);
- ``client``: a ``make_client`` call against the same raw ``httpx`` call (cost target <= 1.05);
- ``generate``: regenerating all clients at once against the sum of the vendors one at a time (<= 0.6),
  and a no-op run against a cold one (<= 0.1), tests/bench/generation.py;
- ``contract``: contract cases per second through the generated client against ``schemathesis run``'s
  own (its fuzzing phase), on the same (Make) operations with the same cases per operation, timed over
  the cases alone, start-up excluded (>= 0.7), tests/bench/contract.py.

Servers of a section run at once (an idle server costs no CPU) and are loaded one at a time, in
interleaved rounds: each ratio is taken per round, from measurements seconds apart, and the verdict uses
the median over the rounds, so a neighbour process that steals CPU for a while skews one round rather
than one side. Each figure also comes with the server's own CPU time (``/proc/<pid>/stat``, the workers
included): requests per CPU-second is what a request costs the server, and hardly moves when other
processes compete for the cores.

Load comes from ``wrk`` (Debian package ``wrk``; installed with apt-get when missing and running as root);
Prism from npm ``@stoplight/prism-cli`` (``--prism``, else ``$PRISM_BIN``, else installed into ``.bench/``);
PostgreSQL from devtools/postgres.py (a throwaway durable server). A baseline that cannot be started is
reported as "not available: <reason>", never as a pass. No timing here is asserted by a test: machines
are noisy (``--strict`` makes a missed target exit 1, for a manual check).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import httpx

from emulators.testing import free_port, mount_path
from tests.bench import contract, generation, qlik_sort, scale
from tests.bench.harness import (
    AUTH,
    ROOT,
    TOKEN,
    Server,
    ensure_prism,
    ensure_wrk,
    prism_version,
    server,
    wrk,
)

SECTIONS = ("get", "post", "scale", "qlik-sort", "workers", "client", "generate", "contract")
BEARER = {"Authorization": f"Bearer {TOKEN}"}
CREATE_BODY = '{"name":"bench","teamId":1,"maxSizeMB":1}'
Verdict = tuple[str, bool | None]


class Bench:
    """One run's settings, the servers it started (stopped on exit) and its verdicts."""

    def __init__(self, args: argparse.Namespace, wrk_bin: str, stack: ExitStack, logs: Path) -> None:
        self.args, self.wrk_bin, self.stack, self.logs = args, wrk_bin, stack, logs
        self.verdicts: list[Verdict] = []
        self._prism: tuple[Path | None, str] | None = None

    def start(self, label: str, args: list[str], url: str, headers: dict[str, str]) -> Server:
        return self.stack.enter_context(server(label, args, url, headers, self.logs))

    def emulator(self, vendor: str, label: str, probe: str, headers: dict[str, str], *extra: str) -> Server:
        port = free_port()
        command = [sys.executable, "-m", "emulators", vendor, "--port", str(port), "--token", TOKEN, *extra]
        return self.start(label, command, f"http://127.0.0.1:{port}{mount_path(vendor)}{probe}", headers)

    def prism(self, vendor: str, path: str, headers: dict[str, str]) -> Server | str:
        """Prism's static mock of ``specs/<vendor>.yaml``, or why it is not available."""
        if self.args.no_prism:
            return "--no-prism"
        if self._prism is None:
            self._prism = ensure_prism(self.args.prism)
        binary, why = self._prism
        if binary is None:
            return why
        port = free_port()
        command = [str(binary), "mock", "-p", str(port), "-h", "127.0.0.1", "-v", "warn"]
        try:
            # Prism serves the spec's paths without the servers[0] path (no /api/v2).
            return self.start(
                f"Prism {prism_version(binary)} static mock ({vendor})",
                [*command, str(ROOT / "specs" / f"{vendor}.yaml")],
                f"http://127.0.0.1:{port}{path}",
                headers,
            )
        except RuntimeError as exc:
            return f"did not start: {str(exc).splitlines()[0]}"

    def granian_make(self) -> Server | str:
        """The Make emulator's app on granian (one worker, uvloop), or why it is not available."""
        try:
            import granian
        except ImportError:
            return "granian is not installed (the bench extra has it)"
        port = free_port()
        command = [
            sys.executable,
            "-m",
            "granian",
            "--interface",
            "asgi",
            "--loop",
            "uvloop",
            "--workers",
            "1",
        ]
        command += ["--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"]
        srv = self.start(
            f"emulator on granian {granian.__version__} (Make)",
            [*command, "tests.bench.granian_app:app"],
            f"http://127.0.0.1:{port}{mount_path('make')}/data-stores?teamId=1",
            AUTH,
        )
        srv.url = f"{base_of(srv)}/data-stores/{make_store(base_of(srv))}"
        return srv

    def load(self, servers: list[Server]) -> None:
        """Warm each up, then interleaved rounds; fills each server's ``rates`` and ``cpu_rates``."""
        args = self.args
        for srv in servers:
            if args.warmup:
                wrk(self.wrk_bin, srv, args.warmup, args.connections)
        for round_no in range(args.rounds):
            # Alternate the order so no server always runs right after the same one.
            for srv in servers if round_no % 2 == 0 else servers[::-1]:
                result = wrk(self.wrk_bin, srv, args.seconds, args.connections)
                srv.rates.append(result.rate)
                srv.cpu_rates.append(result.requests / result.cpu if result.cpu > 0 else 0.0)

    def compare(
        self, name: str, ours: Server | str, base: Server | str, target: float, informational: bool = False
    ) -> None:
        """Print and record ``ours``/``base`` throughput (median of rounds) against ``target`` (>=); an
        ``informational`` figure is printed but is no verdict."""
        for side in (ours, base):
            if isinstance(side, str):
                if informational:
                    print(f"  {name:<40} not available: {side}")
                else:
                    self.not_available(name, target, side)
                return
        assert isinstance(ours, Server) and isinstance(base, Server)
        ratios = per_round_ratio(ours, base)
        cpu = per_round_ratio(ours, base, cpu=True)
        value = statistics.median(ratios)
        ok = value >= target
        print(
            f"  {name:<40} {value:>6.2f}  (rounds {fmt(ratios)}; "
            f"per server CPU-s {statistics.median(cpu):.2f})"
        )
        if not informational:
            verdict = (
                f"VERDICT {name} >= {target:g}: {'PASS' if ok else 'FAIL'} ({value:.2f}, median of rounds)"
            )
            self.verdicts.append((verdict, ok))

    def not_available(self, name: str, target: float, why: str) -> None:
        print(f"  {name:<40} not available: {why}")
        self.verdicts.append((f"VERDICT {name} >= {target:g}: NOT AVAILABLE ({why})", None))


def per_round_ratio(a: Server, b: Server, cpu: bool = False) -> list[float]:
    xs, ys = (a.cpu_rates, b.cpu_rates) if cpu else (a.rates, b.rates)
    return [x / y for x, y in zip(xs, ys, strict=True) if y]


def fmt(values: list[float]) -> str:
    return " ".join(f"{v:.2f}" for v in values)


def rates(servers: list[Server]) -> None:
    for srv in servers:
        print(
            f"  {srv.label:<40} {statistics.median(srv.rates):>8.0f} req/s "
            f"({' '.join(f'{r:.0f}' for r in srv.rates)})"
            f" | {statistics.median(srv.cpu_rates):>8.0f} per server CPU-s"
        )


def post_script(logs: Path, body: str) -> Path:
    script = logs / "post.lua"
    script.write_text(
        f'wrk.method = "POST"\nwrk.body = \'{body}\'\nwrk.headers["Content-Type"] = "application/json"\n'
    )
    return script


def make_store(base_url: str) -> int:
    created = httpx.post(
        f"{base_url}/data-stores", headers=AUTH, json={"name": "bench", "teamId": 1, "maxSizeMB": 1}
    )
    created.raise_for_status()
    store_id: int = created.json()["dataStore"]["id"]
    return store_id


def base_of(srv: Server) -> str:
    return srv.url.split("/data-stores")[0].split("/user/")[0]


# -- sections ----------------------------------------------------------------------------------------------


def bench_get(b: Bench) -> None:
    make = b.emulator("make", "emulator: Make getDataStore", "/data-stores?teamId=1", AUTH)
    store = make_store(base_of(make))
    make.url = f"{base_of(make)}/data-stores/{store}"
    charon = b.emulator("charon", "emulator: Charon getCurrentUser", "/user/me/", BEARER)
    port = free_port()
    # Same request bytes as the emulators' (the Authorization header included), same route shapes.
    star_make = b.start(
        "bare Starlette route (Make)",
        [sys.executable, "-m", "tests.bench.starlette_app", "--port", str(port)],
        f"http://127.0.0.1:{port}{mount_path('make')}/data-stores/{store}",
        AUTH,
    )
    star_charon = Server(
        "bare Starlette route (Charon)",
        star_make.proc,
        f"http://127.0.0.1:{port}/api/v1/user/me/",
        BEARER,
        star_make.log,
    )
    prism_make = b.prism("make", f"/data-stores/{store}", AUTH)
    prism_charon = b.prism("charon", "/user/me/", BEARER)
    granian = b.granian_make()
    servers = [make, star_make, charon, star_charon]
    servers += [p for p in (prism_make, prism_charon, granian) if isinstance(p, Server)]
    b.load(servers)
    print(
        f"single-resource GET, wrk -t1 -c{b.args.connections} -d{b.args.seconds}s, {b.args.rounds} round(s):"
    )
    rates(servers)
    b.compare("Make GET: emulator / bare Starlette", make, star_make, 1.0)
    b.compare("Make GET: emulator / Prism mock", make, prism_make, 6)
    b.compare("Charon GET: emulator / bare Starlette", charon, star_charon, 1.0)
    b.compare("Charon GET: emulator / Prism mock", charon, prism_charon, 6)
    # Another server for the same app in the same rounds (not adopted: tests/bench/granian_app.py says why).
    b.compare("Make GET: emulator on granian / Starlette", granian, star_make, 1.0, informational=True)
    b.compare("Make GET: emulator on granian / uvicorn", granian, make, 1.0, informational=True)


def bench_post(b: Bench) -> None:
    script = post_script(b.logs, CREATE_BODY)
    make = b.emulator("make", "emulator: Make createDataStore", "/data-stores?teamId=1", AUTH)
    make.url, make.script = f"{base_of(make)}/data-stores", script
    prism = b.prism("make", "/data-stores?teamId=1", AUTH)
    servers = [make]
    if isinstance(prism, Server):
        prism.url, prism.script = prism.url.split("?")[0], script
        servers.append(prism)
    b.load(servers)
    print(f"create (POST), wrk -t1 -c{b.args.connections} -d{b.args.seconds}s, {b.args.rounds} round(s):")
    rates(servers)
    b.compare("Make POST: emulator / Prism mock", make, prism, 3)


def bench_workers(b: Bench) -> None:
    from devtools.postgres import running

    one = b.emulator(
        "make",
        "emulator, 1 worker, SQLite file",
        "/data-stores?teamId=1",
        AUTH,
        "--state",
        str(b.logs / "one.sqlite3"),
    )
    two = b.emulator(
        "make",
        "emulator, 2 workers, SQLite file",
        "/data-stores?teamId=1",
        AUTH,
        "--state",
        str(b.logs / "two.sqlite3"),
        "--workers",
        "2",
    )
    servers = [one, two]
    postgres: Server | str = "PostgreSQL could not be started (devtools/postgres.py found no server binaries)"
    url = b.stack.enter_context(running(durable=True))
    if url:
        postgres = b.emulator(
            "make", "emulator, 1 worker, PostgreSQL", "/data-stores?teamId=1", AUTH, "--state", url
        )
        servers.append(postgres)
    for srv in servers:
        srv.url = f"{base_of(srv)}/data-stores/{make_store(base_of(srv))}"
    b.load(servers)
    print(
        f"GET on shared state, wrk -t1 -c{b.args.connections} -d{b.args.seconds}s, {b.args.rounds} round(s):"
    )
    rates(servers)
    b.compare("2 workers / 1 worker (GET)", two, one, 1.6)
    if not isinstance(postgres, Server):
        b.not_available("PostgreSQL / SQLite (GET)", 0.5, postgres)
        b.not_available("PostgreSQL / SQLite (create)", 0.5, postgres)
        return
    b.compare("PostgreSQL / SQLite (GET)", postgres, one, 0.5)
    script = post_script(b.logs, CREATE_BODY)
    writers = [
        Server(f"{srv.label} (create)", srv.proc, f"{base_of(srv)}/data-stores", AUTH, srv.log, script)
        for srv in (one, postgres)
    ]
    b.load(writers)
    print("create (POST) on durable state:")
    rates(writers)
    b.compare("PostgreSQL / SQLite (create)", writers[1], writers[0], 0.5)


def client_vs_httpx(base_url: str, store_id: int, n: int, chunks: int = 4) -> tuple[float, float]:
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


def bench_client(b: Bench) -> None:
    make = b.emulator("make", "emulator: Make getDataStore (client)", "/data-stores?teamId=1", AUTH)
    base = base_of(make)
    client_rate, raw_rate = client_vs_httpx(base, make_store(base), b.args.client_requests)
    cost = raw_rate / client_rate
    print(f"sequential GETs, {b.args.client_requests} each, interleaved (requests/s):")
    print(f"  make_client get_data_store.sync   {client_rate:>8.0f}")
    print(f"  raw httpx.Client.get              {raw_rate:>8.0f}")
    ok = cost <= 1.05
    b.verdicts.append(
        (f"VERDICT client call cost / raw httpx <= 1.05: {'PASS' if ok else 'FAIL'} ({cost:.3f})", ok)
    )


def bench_scale(b: Bench) -> None:
    a = b.args
    result = scale.list_at_scale(
        b.wrk_bin, b.logs, records=a.records, seconds=a.seconds, rounds=a.rounds, connections=a.connections
    )
    b.verdicts += scale.report(result)


def bench_qlik_sort(b: Bench) -> None:
    a = b.args
    result = qlik_sort.sorted_pages(
        b.wrk_bin, b.logs, assets=a.records, seconds=a.seconds, rounds=a.rounds, connections=a.connections
    )
    b.verdicts += qlik_sort.report(result)


def bench_generate(b: Bench) -> None:
    b.verdicts += generation.report(generation.regeneration(b.logs, b.args.rounds))


def bench_contract(b: Bench) -> None:
    result = contract.throughput(b.logs, "make", b.args.contract_examples, b.args.rounds)
    b.verdicts += contract.report(result)


RUNNERS: dict[str, Callable[[Bench], None]] = {
    "get": bench_get,
    "post": bench_post,
    "scale": bench_scale,
    "qlik-sort": bench_qlik_sort,
    "workers": bench_workers,
    "client": bench_client,
    "generate": bench_generate,
    "contract": bench_contract,
}


@contextmanager
def section(name: str) -> Iterator[None]:
    started = time.perf_counter()
    print(f"\n== {name}", flush=True)
    yield
    print(f"   ({time.perf_counter() - started:.0f}s)", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench")
    parser.add_argument("--seconds", type=int, default=5, help="wrk duration per server per round")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds; verdicts use the median")
    parser.add_argument("--warmup", type=int, default=2, help="wrk warm-up seconds per server")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--client-requests", type=int, default=2000)
    parser.add_argument("--contract-examples", type=int, default=20, help="cases per operation (contract)")
    parser.add_argument("--records", type=int, default=1_000_000, help="records in the big store (scale)")
    parser.add_argument(
        "--only", default=",".join(SECTIONS), help=f"comma-separated sections: {', '.join(SECTIONS)}"
    )
    parser.add_argument("--prism", help="path of the prism CLI (default: $PRISM_BIN or .bench/ via npm)")
    parser.add_argument("--no-prism", action="store_true", help="skip the Prism baselines")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    if args.seconds < 1 or args.rounds < 1 or args.warmup < 0 or args.connections < 1:
        parser.error("--seconds, --rounds and --connections must be >= 1, --warmup >= 0")
    chosen = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = sorted(set(chosen) - set(SECTIONS))
    if unknown:
        parser.error(f"unknown section(s) {', '.join(unknown)} (known: {', '.join(SECTIONS)})")
    wrk_bin = ensure_wrk()
    if not wrk_bin:
        print("wrk is not installed (apt-get install wrk); cannot measure throughput", file=sys.stderr)
        return 2
    verdicts: list[Verdict] = []
    for name in chosen:
        with ExitStack() as stack, section(name):
            logs = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix=f"bench-{name}-")))
            bench = Bench(args, wrk_bin, stack, logs)
            RUNNERS[name](bench)
            verdicts += bench.verdicts
    print()
    for line, _ in verdicts:
        print(line)
    return 1 if args.strict and any(ok is False for _, ok in verdicts) else 0


if __name__ == "__main__":
    sys.exit(main())
