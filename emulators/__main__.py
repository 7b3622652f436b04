"""``python -m emulators <vendor> [--port 8080] [--state FILE|URL] [--workers N] [--token T[:scopes]]``.

Prints one start-up line (vendor, base URL, state, auth mode) and serves until interrupted. Arguments that
cannot work (a port out of range or in use, an unknown log level, a state file that cannot be opened) are
refused with one line on stderr and exit status 2, before anything listens.
"""

from __future__ import annotations

import argparse
import logging
import socket
import sqlite3
import sys
from typing import NoReturn

import uvicorn
from uvicorn.config import LOG_LEVELS

from emulators.core.app import EmulatorApp
from emulators.core.control import bind_problem, is_loopback
from emulators.core.guard import ServerLimits, uvicorn_options
from emulators.core.registry import VENDORS, build_app
from emulators.core.storage import StateInUse, StateUnavailable
from emulators.core.workers import MAX_WORKERS, serve_workers


def port_number(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is out of range (0-65535; 0 picks a free port)")
    return port


def worker_count(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= MAX_WORKERS:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of workers from 1 to {MAX_WORKERS}")
    return int(text)


def workers_problem(args: argparse.Namespace) -> str | None:
    """Why ``--workers`` cannot work with the other arguments, or None."""
    if args.workers == 1:
        return None
    if not args.state:
        return (
            "--workers needs a shared --state (a SQLite file or a postgresql:// URL): "
            "in memory each worker would have a state of its own"
        )
    if args.seed is not None:
        return "--seed makes one process deterministic; with --workers each would draw the same ids"
    return None


class OneLineParser(argparse.ArgumentParser):
    """A usage error is one line on stderr (exit 2): the full usage is one ``--help`` away."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = OneLineParser(prog="python -m emulators", description=__doc__)
    parser.add_argument("vendor", choices=VENDORS)
    parser.add_argument("--port", type=port_number, default=8080, help="0 picks a free port (printed)")
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: loopback only)")
    parser.add_argument(
        "--state",
        help="where state is kept: a SQLite file, or a postgresql:// URL (default: SQLite in memory)",
    )
    parser.add_argument(
        "--workers",
        type=worker_count,
        default=1,
        help="server processes sharing the port and the --state (a SQLite file or a postgresql:// URL)",
    )
    parser.add_argument(
        "--token",
        action="append",
        default=[],
        help="accept only this credential (repeatable); 'TOKEN:scope1,scope2' limits its scopes. "
        "Without --token any non-empty credential is accepted.",
    )
    parser.add_argument(
        "--admin-token",
        help="credential for /_emulator/* across tenants (X-Emulator-Admin-Token header); generated and "
        "printed at start-up when not given",
    )
    parser.add_argument(
        "--insecure",
        action="store_true",
        help="allow a --host beyond loopback without --token (anyone reaching the port gets in)",
    )
    parser.add_argument(
        "--seed",
        type=int,
        help="deterministic run: ids, keys and a frozen clock (POST /_emulator/clock) from this seed",
    )
    parser.add_argument("--rate-limits", action="store_true", help="enforce the vendor's rate limits")
    parser.add_argument("--log-level", default="warning", choices=list(LOG_LEVELS))
    parser.add_argument("--access-log", action="store_true", help="log every request (method, path, status)")
    defaults = ServerLimits()
    parser.add_argument(
        "--max-header-bytes",
        type=int,
        default=defaults.max_header_bytes,
        help="refuse a request line + header block larger than this with 431 (default: %(default)s)",
    )
    parser.add_argument("--max-headers", type=int, default=defaults.max_headers, help="431 beyond this many")
    parser.add_argument(
        "--header-timeout",
        type=float,
        default=defaults.header_timeout,
        help="close a connection whose request has not arrived in this many seconds (default: %(default)s)",
    )
    parser.add_argument(
        "--keep-alive-timeout",
        type=int,
        default=defaults.keep_alive_timeout,
        help="close an idle keep-alive connection after this many seconds (default: %(default)s)",
    )
    parser.add_argument(
        "--max-connections",
        type=int,
        default=defaults.max_connections,
        help="answer 503 to connections beyond this many open at once (default: %(default)s)",
    )
    return parser.parse_args(argv)


def server_limits(args: argparse.Namespace) -> ServerLimits:
    return ServerLimits(
        max_header_bytes=args.max_header_bytes,
        max_headers=args.max_headers,
        header_timeout=args.header_timeout,
        keep_alive_timeout=args.keep_alive_timeout,
        max_connections=args.max_connections,
    )


def refuse(message: str) -> int:
    print(f"python -m emulators: error: {message}", file=sys.stderr)
    return 2


def bind(host: str, port: int) -> socket.socket:
    """Bind here rather than in uvicorn: a port in use becomes one clear line, and port 0 a known port."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    # Listening now lets clients connect as soon as the start-up line is printed; uvicorn accepts them.
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def startup_line(app: EmulatorApp, host: str, port: int, tokens: list[str], workers: int = 1) -> str:
    shown_host = f"[{host}]" if ":" in host else host
    if not tokens:
        auth = "any non-empty credential accepted"
    else:
        auth = f"{len(tokens)} accepted credential{'s' if len(tokens) != 1 else ''} (--token)"
    where = f"state in {app.vendor.storage.describe()}"  # a database URL's password is not shown
    line = f"{app.vendor.name} emulator on http://{shown_host}:{port}{app.spec.mount} | {where} | {auth}"
    return line + (f" | {workers} workers" if workers > 1 else "")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    refused = bind_problem(args.host, args.token, args.insecure) or workers_problem(args)
    if refused:
        return refuse(refused)
    try:
        # Built here even with --workers: a state that cannot be used is refused before anything listens,
        # the schema is created once, and this process keeps the SQLite file's lock for its workers.
        app = app_from(args)
    except (StateInUse, StateUnavailable) as exc:
        return refuse(str(exc))
    except sqlite3.Error as exc:
        return refuse(f"cannot use --state {args.state}: {exc}")
    except OSError as exc:  # the state file's lock file cannot be created
        return refuse(f"cannot use --state {args.state}: {exc.strerror or exc}")
    except ValueError as exc:
        return refuse(str(exc))
    try:
        sock = bind(args.host, args.port)
    except OSError as exc:
        return refuse(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}")
    port = sock.getsockname()[1]
    if not is_loopback(args.host):
        print(f"warning: listening on {args.host}, reachable beyond this machine", file=sys.stderr)
    print(startup_line(app, args.host, port, args.token, args.workers), flush=True)
    if not args.admin_token:
        print(f"admin token for /_emulator/*: {app.admin_token}", file=sys.stderr, flush=True)
    if args.workers > 1:
        worker_argv = [*(argv if argv is not None else sys.argv[1:]), "--admin-token", app.admin_token]
        return serve_workers(worker_argv, sock, args.workers)
    serve(app, args, sock)
    return 0


def serve(app: EmulatorApp, args: argparse.Namespace, sock: socket.socket) -> None:
    """Serve ``app`` on the bound socket until interrupted (this process, or one worker)."""
    config = uvicorn.Config(
        app,
        loop="uvloop",
        lifespan="on",
        log_level=args.log_level,
        access_log=args.access_log,
        server_header=False,  # vendors do not announce "uvicorn"
        date_header=args.seed is None,  # a deterministic run answers the same bytes every time
        **uvicorn_options(app, server_limits(args)),
    )
    if args.access_log and LOG_LEVELS[args.log_level] > logging.INFO:
        # --access-log must print even at the default level: the access logger is the one that says so.
        logging.getLogger("uvicorn.access").setLevel(logging.INFO)
    uvicorn.Server(config).run(sockets=[sock])


def run_worker(argv: list[str], sock: socket.socket) -> None:
    """One ``--workers`` process: its own app and connections on the shared state and socket."""
    args = parse_args(argv)
    # The parent process holds the state file's lock for all its workers.
    serve(app_from(args, owned=False), args, sock)


def app_from(args: argparse.Namespace, *, owned: bool = True) -> EmulatorApp:
    """The app the command line describes (``--seed`` never reaches a worker: it is refused with them)."""
    return build_app(
        args.vendor,
        state=args.state,
        tokens=args.token,
        options={"rate_limits": args.rate_limits},
        admin_token=args.admin_token,
        seed=args.seed,
        owned=owned,
    )


if __name__ == "__main__":
    sys.exit(main())
