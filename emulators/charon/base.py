"""What every Charon capability group shares: tables, ids and codes, the clock, envelopes, the caller.

Charon's envelope is ``{"result": ...}`` on success and ``{"errors": [{code, message, parameterName?}]}`` on
failure, with the vendor's error codes and status table (reference ``charon.md``); ``issueToken`` alone
answers bare OAuth 2.0 JSON, its validation errors included.
"""

from __future__ import annotations

import asyncio
import hashlib
from datetime import UTC, datetime
from typing import Any, ClassVar

import orjson

from emulators.charon.tables import SCHEMA, TABLES
from emulators.core.http import ApiProblem, FieldProblem, Request, Response
from emulators.core.vendor import VendorEmulator

# The ``ErrorCode`` values the core's generic codes become, and the default code per status. An injected
# fault's code is the core's own, no Charon ``ErrorCode``: it takes its status's default, which clients read.
CORE_CODES: dict[str, str | None] = {
    "not_found": "resourceNotFound",
    "unauthorized": "authenticationFailed",
    "forbidden": "authorizationFailed",
    "malformed_json": "invalidRequestBody",
    "unsupported_media": "invalidRequestBody",
    "too_large": "parameterAboveMaxSize",
    "method_not_allowed": "operationNotSupported",
    "internal": "genericError",
    "validation": "invalidRequestBody",
    "injected": None,
}
STATUS_CODES = {
    400: "invalidRequestBody",
    401: "authenticationFailed",
    403: "authorizationFailed",
    404: "resourceNotFound",
    409: "duplicateUniqueValue",
    429: "tooManyRequests",
    501: "operationNotSupported",
    503: "serviceUnavailable",
}
OAUTH_ERROR_URI = "https://tools.ietf.org/html/rfc6749#section-5.2"
# ObjectIds the emulator issues: a fixed 4-byte "timestamp" and a 8-byte counter, so runs are repeatable.
ID_PREFIX = "6500c4a0"


def stable_id(kind: str, key: str) -> str:
    """The same ObjectId for the same credential on every run (users and workspaces provisioned per key)."""
    return hashlib.sha256(f"{kind}:{key}".encode()).hexdigest()[:24]


def secret_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def json_text(value: Any) -> str:
    return orjson.dumps(value).decode()


def problem(status: int, code: str, message: str, parameter: str | None = None) -> ApiProblem:
    """A business-rule failure with the vendor's error code (and the parameter it is about)."""
    found = ApiProblem(status, message, code=code)
    if parameter:
        found.problems = (FieldProblem(parameter, message),)
    return found


def not_found(what: str, parameter: str | None = None) -> ApiProblem:
    return problem(404, "resourceNotFound", f"{what} was not found.", parameter)


def forbidden(message: str) -> ApiProblem:
    return problem(403, "authorizationFailed", message)


class DataProblem(ApiProblem):
    """A refused write with Charon's per-value errors (``{path, message, code}``) for the envelope."""

    def __init__(self, status: int, errors: list[dict[str, str]]) -> None:
        first = errors[0]
        super().__init__(status, first["message"], code=first["code"])
        self.errors = errors


def _field(location: str) -> tuple[str, str]:
    """(kind, name) of a core problem location: ``query.skip`` → (query, skip), ``body/a`` → (body, a)."""
    if location.startswith("body"):
        return "body", location[5:] or "body"
    kind, _, name = location.partition(".")
    return kind, name.split("/")[0] or location


class CharonCore(VendorEmulator):
    name: ClassVar[str] = "charon"
    # The seed's legacy form ``Authorization: Basic <api-key>`` next to the current ``Bearer``.
    extra_auth_prefixes: ClassVar[dict[str, tuple[str, ...]]] = {"bearerAuth": ("basic",)}
    tables: ClassVar[tuple[str, ...]] = TABLES

    def setup(self) -> None:
        self.storage.script(SCHEMA.format(serial=self.storage.dialect.serial_key))
        if not hasattr(self, "subscribers"):
            self.subscribers: dict[int, tuple[str, asyncio.Queue[str]]] = {}

    # ------------------------------------------------------------------------------ clock, ids, codes

    def now(self) -> float:
        """Seconds, from the core clock: ``POST /_emulator/clock {"advance": s}`` moves it (token expiry)."""
        return self.clock.now()

    def stamp(self) -> str:
        return datetime.fromtimestamp(self.now(), UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"

    def next_number(self, counter: str) -> int:
        with self.storage.transaction():
            self.storage.execute(
                "INSERT INTO charon_counters (name, value) VALUES (?, 1)"
                " ON CONFLICT (name) DO UPDATE SET value = charon_counters.value + 1",
                (counter,),
            )
            value: int = self.storage.scalar("SELECT value FROM charon_counters WHERE name = ?", (counter,))
        return value

    def new_id(self) -> str:
        return f"{ID_PREFIX}{self.next_number('id'):016x}"

    def new_code(self, kind: str) -> str:
        """Deterministic secrets (codes, tokens): the same sequence of calls gives the same values."""
        return hashlib.sha256(f"{kind}:{self.next_number('code')}".encode()).hexdigest()[:32]

    def new_digits(self) -> str:
        return f"{int(self.new_code('digits'), 16) % 1_000_000:06d}"

    # ------------------------------------------------------------------------------------- envelopes

    @staticmethod
    def ok(result: Any) -> Response:
        return Response(200, {"result": result})

    @staticmethod
    def done(status: int = 204) -> Response:
        return Response(status)

    def error_body(self, found: ApiProblem) -> Any:
        if found.operation_id == "issueToken":
            return self._oauth_error(found)
        code = CORE_CODES.get(found.code or "", found.code) or STATUS_CODES.get(found.status, "genericError")
        if isinstance(found, DataProblem):
            return {"errors": found.errors}
        if not found.problems:
            return {"errors": [{"code": code, "message": found.message}]}
        errors = []
        for item in found.problems:
            kind, name = _field(item.location)
            item_code = code
            if found.code == "validation":
                if kind == "body":
                    # Too many items (e.g. pickDocuments' 20) has its own code in the vendor's table.
                    too_many = "items" in item.message and "more than" in item.message
                    item_code = "parameterAboveMaxSize" if too_many else "invalidRequestBody"
                elif item.message == "is required":
                    item_code = "missingParameterValue"
                else:
                    item_code = "invalidParameterValue"
            errors.append({"code": item_code, "message": f"{name}: {item.message}", "parameterName": name})
        return {"errors": errors}

    @staticmethod
    def _oauth_error(found: ApiProblem) -> dict[str, str]:
        # The spec's ``error`` is RFC 6749 §5.2's list: a busy or failing server (429, 5xx) has no name of
        # its own there, so it is an ``invalid_request`` whose status and description say the rest.
        error = found.code if found.code in ("invalid_grant", "unsupported_grant_type") else "invalid_request"
        detail = "; ".join(f"{p.location}: {p.message}" for p in found.problems) or found.message
        return {"error": error, "error_description": detail, "error_uri": OAUTH_ERROR_URI}

    def error_response(self, found: ApiProblem) -> Response:
        if found.operation_id == "issueToken" and found.status < 500 and found.status != 429:
            found.status = 400  # RFC 6749 §5.2: token request failures are 400
        return super().error_response(found)

    # ---------------------------------------------------------------------------------------- caller

    def caller_id(self, request: Request) -> str:
        principal = request.principal
        if principal is None or not isinstance(principal.subject, str):
            raise problem(401, "authenticationFailed", "Authentication failed.")
        return principal.subject

    def caller(self, request: Request) -> Any:
        user = self.storage.one("SELECT * FROM charon_users WHERE id = ?", (self.caller_id(request),))
        if user is None:
            raise problem(401, "authenticationFailed", "Authentication failed.")
        return user

    def is_admin(self, user_id: str) -> bool:
        kind = self.storage.scalar("SELECT type FROM charon_users WHERE id = ?", (user_id,))
        return bool(kind == "administratorAccount")

    # --------------------------------------------------------------------------------- notifications

    def notify(self, audience: set[str], message: dict[str, Any]) -> None:
        """Queue ``message`` for every WebSocket subscriber in ``audience`` (handlers run on the loop)."""
        if not self.subscribers:
            return
        text = json_text({**message, "time": self.stamp()})
        for user_id, queue in list(self.subscribers.values()):
            if user_id in audience and queue.qsize() < 1000:
                queue.put_nowait(text)
