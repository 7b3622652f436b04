"""``python -m emulators <vendor> --port 8080 [--host 127.0.0.1] [--state FILE] [--token T[:scopes]]``."""

from __future__ import annotations

import argparse
import sys

import uvicorn

from emulators.core.control import bind_problem, is_loopback
from emulators.core.guard import ServerLimits, uvicorn_options
from emulators.core.registry import VENDORS, build_app
from emulators.core.storage import StateInUse


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m emulators", description=__doc__)
    parser.add_argument("vendor", choices=VENDORS)
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: loopback only)")
    parser.add_argument("--state", help="SQLite file to keep state in (default: in memory)")
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
    parser.add_argument("--log-level", default="warning")
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


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    refused = bind_problem(args.host, args.token, args.insecure)
    if refused:
        print(f"emulators: {refused}", file=sys.stderr)
        return 2
    if not is_loopback(args.host):
        print(f"emulators: warning: listening on {args.host}, reachable beyond this machine", file=sys.stderr)
    try:
        app = build_app(
            args.vendor,
            state=args.state,
            tokens=args.token,
            options={"rate_limits": args.rate_limits},
            admin_token=args.admin_token,
            seed=args.seed,
        )
    except StateInUse as error:
        print(f"emulators: {error}", file=sys.stderr)
        return 2
    if not args.admin_token:
        print(f"emulators: admin token for /_emulator/*: {app.admin_token}", file=sys.stderr, flush=True)
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        loop="uvloop",
        lifespan="on",
        log_level=args.log_level,
        access_log=False,
        server_header=False,  # vendors do not announce "uvicorn"
        date_header=args.seed is None,  # a deterministic run answers the same bytes every time
        **uvicorn_options(app, server_limits(args)),
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
