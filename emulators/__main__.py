"""``python -m emulators <vendor> --port 8080 [--host 127.0.0.1] [--state FILE] [--token T[:scopes]]``."""

from __future__ import annotations

import argparse
import sys

import uvicorn

from emulators.core.registry import VENDORS, build_app


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
    parser.add_argument("--rate-limits", action="store_true", help="enforce the vendor's rate limits")
    parser.add_argument("--log-level", default="warning")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    app = build_app(
        args.vendor, state=args.state, tokens=args.token, options={"rate_limits": args.rate_limits}
    )
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        loop="uvloop",
        http="httptools",
        lifespan="on",
        log_level=args.log_level,
        access_log=False,
        server_header=False,  # vendors do not announce "uvicorn"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
