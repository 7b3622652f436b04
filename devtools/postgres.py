"""A throwaway local PostgreSQL for the test suite, started by ``.ci/run`` and ``scripts/dev.py test``.

The Debian package's server binaries (``/usr/lib/postgresql/<version>/bin``, the newest one) run on a data
directory made with ``mktemp -d``-style ``tempfile.mkdtemp``, listening only on a unix socket inside that
directory (``listen_addresses=''``: nothing on the network), and are stopped and deleted on exit. The
server refuses to run as root, so as root it runs as the ``postgres`` user the package creates.

``fsync`` is off: the data directory is thrown away at the end, and an emulator killed mid-test loses
nothing either way (the server, not the emulator, holds committed data). Benchmarks that compare durable
SQLite with PostgreSQL start their own with ``durable=True``.

    python -m devtools.postgres -- COMMAND...   # COMMAND runs with EMULATOR_TEST_POSTGRES_URL set
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

URL_VARIABLE = "EMULATOR_TEST_POSTGRES_URL"
DATABASE = "emulators"
START_TIMEOUT = 60  # seconds pg_ctl waits for the server (a loaded 2-core machine is slow to start it)


def server_binaries() -> Path | None:
    """The newest installed server's bin directory, or None when PostgreSQL is not installed."""
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


def install() -> Path | None:
    """Install the Debian package (as root, with apt-get) when it is missing; the bin directory or None."""
    binaries = server_binaries()
    if binaries is not None or os.geteuid() != 0 or shutil.which("apt-get") is None:
        return binaries
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-q"], check=False, env=env, **quiet)  # type: ignore[call-overload]
    subprocess.run(  # type: ignore[call-overload]
        ["apt-get", "install", "-y", "-q", "--no-install-recommends", "postgresql"],
        check=False,
        env=env,
        **quiet,
    )
    return server_binaries()


class LocalPostgres:
    """One server on a private unix socket; ``url`` is what ``--state`` and psycopg take."""

    def __init__(self, binaries: Path, *, durable: bool = False) -> None:
        self.binaries = binaries
        self.durable = durable
        self.root = Path(tempfile.mkdtemp(prefix="emulator-pg-"))
        self.data = self.root / "data"
        self.user = "postgres" if os.geteuid() == 0 else None
        self.url = f"postgresql:///{DATABASE}?host={self.root}&user=postgres"

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.binaries / args[0]), *args[1:]]
        if self.user is not None:
            command = ["runuser", "-u", self.user, "--", *command]
        return subprocess.run(command, capture_output=True, text=True, check=False, cwd=self.root)

    def start(self) -> str:
        if self.user is not None:
            shutil.chown(self.root, self.user)
        steps: list[Sequence[str]] = [
            ("initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"),
            (
                "pg_ctl",
                "-D",
                str(self.data),
                "-l",
                str(self.root / "server.log"),
                "-w",
                "-t",
                str(START_TIMEOUT),
                "-o",
                f"-c listen_addresses='' -c unix_socket_directories='{self.root}' -c max_connections=200"
                + ("" if self.durable else " -c fsync=off -c full_page_writes=off"),
                "start",
            ),
            ("createdb", "-h", str(self.root), "-U", "postgres", DATABASE),
        ]
        for step in steps:
            done = self._run(*step)
            if done.returncode != 0:
                log = self.root / "server.log"
                detail = (done.stderr or done.stdout).strip()
                if log.exists():
                    detail += "\n" + log.read_text(errors="replace")[-2000:]
                self.stop()
                raise RuntimeError(f"{step[0]} failed: {detail}")
        return self.url

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


@contextlib.contextmanager
def running(*, durable: bool = False) -> Iterator[str | None]:
    """The URL of a fresh server for the block's duration; None (and why on stderr) when none can start.

    An already exported ``EMULATOR_TEST_POSTGRES_URL`` is used as it is (CI may provide a server).
    """
    given = os.environ.get(URL_VARIABLE)
    if given:
        yield given
        return
    binaries = install()
    if binaries is None:
        print("postgres: not installed and cannot be installed here; its tests will skip", file=sys.stderr)
        yield None
        return
    server = LocalPostgres(binaries, durable=durable)
    # SIGTERM (a CI job cancelled) unwinds like Ctrl-C, so the server is stopped and its directory removed.
    previous = signal.signal(signal.SIGTERM, _exit_on_sigterm)
    try:
        try:
            url = server.start()
        except RuntimeError as error:
            print(f"postgres: cannot start ({error}); its tests will skip", file=sys.stderr)
            yield None
            return
        try:
            yield url
        finally:
            server.stop()
    finally:
        signal.signal(signal.SIGTERM, previous)


def _exit_on_sigterm(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def main(argv: list[str]) -> int:
    command = argv[1:] if argv[:1] == ["--"] else argv
    if not command:
        print(__doc__, file=sys.stderr)
        return 2
    with running() as url:
        env = dict(os.environ)
        if url:
            env[URL_VARIABLE] = url
        return subprocess.run(command, env=env, check=False).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
