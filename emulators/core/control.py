"""The emulator's own endpoints (``/_emulator/*``, not the vendor's), guarded like an admin API.

Who may do what:

- the **admin credential** (``--admin-token``; sent as ``X-Emulator-Admin-Token`` or as the vendor's
  credential) may do everything: reset and seed across tenants, faults, the request log, the clock;
- a **vendor credential** holding every scope the spec's writes need may reset and seed *its own tenant*
  (``VendorEmulator.tenant_of``; for a vendor whose tokens do not partition data that is the whole state);
- a read-only token gets 403, no credential 401, on every control action.

``reset`` and ``seed`` act on the caller's tenant; only the admin can ask for all (``?all=true``, which is
also what an admin request without a vendor credential means).
"""

from __future__ import annotations

import hmac
import ipaddress
import logging
import secrets
from collections.abc import Mapping
from datetime import datetime
from typing import Any
from urllib.parse import parse_qs

import orjson

from emulators.core.auth import SchemeReader, TokenRegistry, authenticate
from emulators.core.clock import Clock
from emulators.core.faults import FaultSet
from emulators.core.http import ApiProblem, Principal, Response
from emulators.core.limits import check_body_depth
from emulators.core.requestlog import RequestLog
from emulators.core.spec import CompiledSpec
from emulators.core.vendor import VendorEmulator

# Emulator-only endpoints (not the vendor's): reset, seed, faults, the request log, the clock.
CONTROL_PREFIX = "/_emulator/"
ADMIN_HEADER = "x-emulator-admin-token"
log = logging.getLogger("emulators")
LOOPBACK_NAMES = ("localhost",)


def new_admin_token() -> str:
    return "emu-admin-" + secrets.token_urlsafe(18)


def bind_problem(host: str, tokens: list[str], insecure: bool) -> str | None:
    """Why listening on ``host`` is refused (beyond loopback without ``--token`` or ``--insecure``)."""
    if is_loopback(host) or tokens or insecure:
        return None
    return (
        f"--host {host} exposes the emulator beyond this machine: give --token (and keep the admin token "
        "secret) or --insecure to accept any credential from anyone who can reach the port"
    )


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class ControlPlane:
    def __init__(
        self,
        vendor: VendorEmulator,
        spec: CompiledSpec,
        readers: Mapping[str, SchemeReader],
        registry: TokenRegistry,
        *,
        admin_token: str,
        clock: Clock,
        faults: FaultSet,
        requests: RequestLog,
    ) -> None:
        self.vendor = vendor
        self.readers = readers
        self.registry = registry
        self.admin_token = admin_token
        self.clock = clock
        self.faults = faults
        self.requests = requests
        self.requirements: tuple[dict[str, list[str]], ...] = tuple({name: []} for name in readers)
        # A token may reset/seed its tenant only if it could write there through the API.
        self.write_scopes = frozenset(
            scope
            for operation in spec.operations.values()
            if operation.method != "GET"
            for requirement in operation.security
            for scopes in requirement.values()
            for scope in scopes
        )

    def handle(
        self, method: str, action: str, query: bytes, headers: dict[str, str], body: bytes
    ) -> Response:
        """One control action; raises ``ApiProblem`` (answered in the vendor's envelope)."""
        try:
            return self._handle(method, action, query, headers, body)
        except ApiProblem:
            raise
        except Exception:
            log.exception("/_emulator/%s failed", action)
            raise ApiProblem(500, "Internal error in the emulator", code="internal") from None

    def _handle(
        self, method: str, action: str, query: bytes, headers: dict[str, str], body: bytes
    ) -> Response:
        admin, principal = self._caller(headers)
        params = {k: v[-1] for k, v in parse_qs(query.decode("latin-1")).items()}
        name, _, rest = action.partition("/")
        if name in ("reset", "seed") and method == "POST" and not rest:
            tenant = self._tenant(admin, principal, params.get("all") == "true")
            if name == "reset":
                self.vendor.reset(tenant)
                return Response(200, {"reset": True, "tenant": tenant if tenant is not None else "*"})
            return self.vendor.seed(_json(body), tenant)
        if name in ("faults", "requests", "clock"):
            if not admin:
                raise ApiProblem(403, f"/_emulator/{name} needs the admin token", code="forbidden")
            return self._admin_action(method, name, rest, params, body)
        # A vendor's own actions (e.g. an outbox of the emails it sent) are as guarded as reset and seed.
        self._tenant(admin, principal, everything=False)
        found = self.vendor.control(method, action, body)
        if found is not None:
            return found
        raise ApiProblem(404, f"No emulator control action {method} {action}", code="not_found")

    def _caller(self, headers: dict[str, str]) -> tuple[bool, Principal | None]:
        presented = [headers.get(ADMIN_HEADER)] + [reader.read(headers) for reader in self.readers.values()]
        admin = any(
            value is not None and hmac.compare_digest(value.encode(), self.admin_token.encode())
            for value in presented
        )
        vendor_credential = [reader.read(headers) for reader in self.readers.values()]
        if admin and (not any(vendor_credential) or self.admin_token in vendor_credential):
            return True, None
        try:
            principal = authenticate(self.requirements, self.readers, self.registry, headers)
        except ApiProblem:
            if admin:
                return True, None
            raise
        if principal is None:  # a spec whose operations need no credential: the control plane still does
            raise ApiProblem(401, "Missing credentials", code="unauthorized")
        return admin, principal

    def _tenant(self, admin: bool, principal: Principal | None, everything: bool) -> str | None:
        if admin and (everything or principal is None):
            return None
        if everything:
            raise ApiProblem(403, "Only the admin token can reset or seed every tenant", code="forbidden")
        assert principal is not None
        if principal.scopes is not None and not self.write_scopes <= principal.scopes:
            missing = ", ".join(sorted(self.write_scopes - principal.scopes))
            raise ApiProblem(403, f"Reset and seed need the write scope(s): {missing}", code="forbidden")
        return self.vendor.tenant_of(principal)

    def _admin_action(
        self, method: str, name: str, rest: str, params: dict[str, str], body: bytes
    ) -> Response:
        if name == "faults":
            if method == "GET" and not rest:
                return Response(200, {"faults": self.faults.list()})
            if method == "POST" and not rest:
                payload = _json(body)
                specs = payload if isinstance(payload, list) else [payload]
                return Response(201, {"faults": [self.faults.add(spec).describe() for spec in specs]})
            if method == "DELETE":
                fault_id = int(rest) if rest.isdigit() else None
                if rest and fault_id is None:
                    raise ApiProblem(404, f"No fault {rest}", code="not_found")
                return Response(200, {"removed": self.faults.remove(fault_id)})
        elif name == "requests" and not rest:
            if method == "GET":
                since = params.get("since", "0")
                return Response(200, {"requests": self.requests.list(int(since) if since.isdigit() else 0)})
            if method == "DELETE":
                self.requests.clear()
                return Response(200, {"cleared": True})
        elif name == "clock" and not rest:
            if method == "POST":
                self._set_clock(_json(body))
            if method in ("GET", "POST"):
                return Response(200, self.clock.describe())
        raise ApiProblem(
            404, f"No emulator control action {method} {name}/{rest}".rstrip("/"), code="not_found"
        )

    def _set_clock(self, payload: Any) -> None:
        if not isinstance(payload, dict) or not set(payload) <= {"time", "advance"} or not payload:
            raise ApiProblem(400, 'The clock takes {"time": ISO-8601 or epoch seconds} and/or {"advance": s}')
        when, advance = payload.get("time"), payload.get("advance")
        if when is not None:
            self.clock.set(_epoch(when))
        if advance is not None:
            if not isinstance(advance, int | float) or isinstance(advance, bool):
                raise ApiProblem(400, "advance must be a number of seconds")
            self.clock.advance(float(advance))


def _epoch(value: Any) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value)  # (3.11+ reads a trailing "Z" itself)
        except ValueError:
            pass
        else:
            if parsed.tzinfo is not None:
                return parsed.timestamp()
    raise ApiProblem(400, "time must be epoch seconds or an ISO-8601 timestamp with a zone")


def _json(body: bytes) -> Any:
    try:
        value = orjson.loads(body or b"{}")
    except orjson.JSONDecodeError as exc:
        raise ApiProblem(400, f"Malformed JSON body: {exc}", code="malformed_json") from None
    check_body_depth(body, value, 400)
    return value
