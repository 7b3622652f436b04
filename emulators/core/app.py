"""The ASGI application: route, authenticate, validate by the spec, then call the vendor's handler.

A plain ASGI callable rather than a framework router: the per-request path is a dict lookup or a few
precompiled regexes, header/query parsing and compiled validators, so the emulator stays close to a bare
route's throughput. Every failure becomes the vendor's error envelope; nothing answers in plain text.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qsl

import orjson

from emulators.core.auth import TokenRegistry, authenticate, scheme_readers
from emulators.core.control import CONTROL_PREFIX, ControlPlane, new_admin_token
from emulators.core.faults import FaultSet, apply_fault
from emulators.core.http import ApiProblem, FieldProblem, Principal, Request, Response
from emulators.core.limits import check_body_depth
from emulators.core.requestlog import OPERATION_KEY, RequestLog
from emulators.core.shared import SharedFaults, SharedRequestLog, SharedSettings
from emulators.core.spec import CompiledSpec, Operation
from emulators.core.storage import UnstorableValue
from emulators.core.vendor import VendorEmulator
from emulators.core.websocket import serve_websocket

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

log = logging.getLogger("emulators")
DEFAULT_MAX_BODY = 5 * 1024 * 1024
INT64 = 2**63 - 1


class EmulatorApp:
    def __init__(
        self,
        vendor: VendorEmulator,
        spec: CompiledSpec,
        registry: TokenRegistry | None = None,
        *,
        max_body_bytes: int = DEFAULT_MAX_BODY,
        admin_token: str | None = None,
        shared: SharedSettings | None = None,
    ) -> None:
        missing = sorted(op for op in spec.operations if vendor.handler(op) is None)
        if missing:
            raise RuntimeError(f"{vendor.name}: no handler for operation(s) {', '.join(missing)}")
        self.vendor = vendor
        self.spec = spec
        self.registry = registry or TokenRegistry()
        vendor.registry = self.registry  # vendors that resolve credentials themselves consult it
        self.readers = scheme_readers(spec.security_schemes, vendor.extra_auth_prefixes)
        self.max_body_bytes = max_body_bytes
        self.handlers = {op_id: vendor.handler(op_id) for op_id in spec.operations}
        self._base_urls: dict[tuple[str, str], str] = {}
        self._content_types: dict[str, bytes] = {}
        self._resolve = self.resolve_credential
        self.admin_token = admin_token or new_admin_token()
        self.shared = shared
        self.faults = FaultSet(vendor.entropy) if shared is None else SharedFaults(shared, vendor.entropy)
        self.requests = RequestLog() if shared is None else SharedRequestLog(vendor.storage)
        self.control = ControlPlane(
            vendor,
            spec,
            self.readers,
            self.registry,
            admin_token=self.admin_token,
            clock=vendor.clock,
            faults=self.faults,
            requests=self.requests,
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope["type"]
        if kind != "http":
            if kind == "lifespan":
                await self._lifespan(receive, send)
            elif kind == "websocket":
                await serve_websocket(self, scope, receive, send)
            return
        started = time.perf_counter()
        # ASGI servers hand header names over lower-cased already.
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        fault = None
        try:
            if self.shared is not None:
                # The clock and the fault list as another process may have set them.
                self.shared.refresh_if_changed()
            has_body = "content-length" in headers or "transfer-encoding" in headers
            body = await self._read_body(receive, headers) if has_body else b""
            fault = await apply_fault(self.faults, self.spec.router, scope, receive) if self.faults else None
            if fault is not None and fault.drop:
                self.requests.record_call(scope, 0, started, fault)
                return
            response = (
                self.handle(scope, headers, body)
                if fault is None
                else fault.response(self.vendor, scope.get(OPERATION_KEY))
            )
        except ApiProblem as problem:
            response = self.vendor.error_response(problem)
        payload = response.encode()
        out_headers = [(b"content-length", str(len(payload)).encode())]
        if payload:
            out_headers.append((b"content-type", self._content_type(response.content_type)))
        if response.headers:
            out_headers += [
                (k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in response.headers.items()
            ]
        await send({"type": "http.response.start", "status": response.status, "headers": out_headers})
        await send({"type": "http.response.body", "body": payload})
        self.requests.record_call(scope, response.status, started, fault)

    def _content_type(self, content_type: str) -> bytes:
        found = self._content_types.get(content_type)
        if found is None:
            found = content_type.encode("latin-1")
            if len(self._content_types) < 64:  # a handful of media types; don't grow unbounded
                self._content_types[content_type] = found
        return found

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                try:
                    self.requests.flush()
                finally:
                    self.vendor.storage.close()
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _read_body(self, receive: Receive, headers: dict[str, str]) -> bytes:
        declared = headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > self.max_body_bytes:
            raise ApiProblem(
                413, f"Request body is larger than {self.max_body_bytes} bytes", code="too_large"
            )
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body_bytes:
                raise ApiProblem(
                    413, f"Request body is larger than {self.max_body_bytes} bytes", code="too_large"
                )
            chunks.append(chunk)
            more = message.get("more_body", False)
        return b"".join(chunks)

    def handle(self, scope: Scope, headers: dict[str, str], body: bytes) -> Response:
        raw_path = scope.get("raw_path") or scope["path"].encode()
        path = raw_path.decode("latin-1").split("?", 1)[0]
        if path.startswith(CONTROL_PREFIX):
            action = path[len(CONTROL_PREFIX) :]
            return self.control.handle(scope["method"], action, scope.get("query_string", b""), headers, body)
        found = self.spec.router.match(path, scope["method"])
        if found is None:
            raise ApiProblem(404, f"No route for {scope['method']} {path}", code="not_found")
        item, path_values = found
        method = scope["method"]
        operation = item.operations.get(method)
        if operation is None:
            raise ApiProblem(
                405, f"Method {method} not allowed", code="method_not_allowed", headers={"Allow": item.allow}
            )
        scope[OPERATION_KEY] = operation.operation_id  # for the request log
        self.vendor.storage.check_alive()
        try:
            return self._operation(operation, scope, path, path_values, headers, body)
        except ApiProblem as problem:
            problem.operation_id = operation.operation_id
            raise

    def _operation(
        self,
        operation: Operation,
        scope: Scope,
        path: str,
        path_values: dict[str, str],
        headers: dict[str, str],
        body: bytes,
    ) -> Response:
        method = operation.method
        query_raw = parse_query(scope)
        principal = (
            None
            if operation.anonymous
            else authenticate(
                operation.security, self.readers, self.registry, headers, query_raw, self._resolve
            )
        )
        problems: list[FieldProblem] = []
        path_params, query = self._parameters(operation, query_raw, path_values, headers, problems)
        media_type = headers.get("content-type", "").split(";")[0].strip().lower() if body else ""
        parsed_body = self._body(operation, media_type, body, problems) if operation.body else None
        request = Request(
            operation_id=operation.operation_id,
            method=method,
            path=path,
            path_params=path_params,
            query=query,
            headers=headers,
            body=parsed_body,
            principal=principal,
            base_url=self._base_url(scope, headers),
            extensions=operation.extensions,
            body_media_type=media_type,
        )
        if problems:
            raise ApiProblem(
                self.vendor.validation_status, "Validation failed", code="validation", problems=problems
            )
        self.vendor.before(request)
        handler = self.handlers[operation.operation_id]
        assert handler is not None
        try:
            return handler(request)
        except ApiProblem:
            raise
        except OverflowError:
            # A number SQLite cannot hold (e.g. 1e22 sent for an integer id): the request's fault.
            raise ApiProblem(
                self.vendor.validation_status, "A number in the request is out of range"
            ) from None
        except UnstorableValue as exc:  # the same refused by PostgreSQL, or a NUL in a text value
            raise ApiProblem(self.vendor.validation_status, str(exc)) from None
        except Exception:
            log.exception("%s %s failed", method, path)
            raise ApiProblem(500, "Internal error in the emulator", code="internal") from None

    def _parameters(
        self,
        operation: Operation,
        query_raw: dict[str, list[str]],
        path_values: dict[str, str],
        headers: dict[str, str],
        problems: list[FieldProblem],
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        """The path and query parameters, typed; header parameters are validated only (handlers read
        ``request.headers``). Problems are appended in the spec's parameter order."""
        path_params: dict[str, Any] = {}
        query: dict[str, Any] = {}
        for param in operation.parameters:
            location = param.location
            if location == "query":
                raw = query_raw.get(param.key)
            else:
                text = (path_values if location == "path" else headers).get(param.key)
                raw = None if text is None else [text]
            if raw is None:
                if param.required:
                    problems.append(FieldProblem(param.label, "is required"))
                continue
            value = param.read(raw)
            # A string (most parameters) holds no number to range-check: skip the walk.
            out_of_range = [] if type(value) is str else _out_of_range(value, param.label)
            if out_of_range and location == "path":
                # An id no vendor could have issued names nothing: not found, rather than invalid.
                raise ApiProblem(404, f"No resource with {param.name} {raw[0]}", code="not_found")
            if not param.validator.compiled.is_valid(value):
                problems += param.validator.problems(value, param.label)
            elif out_of_range:
                problems += out_of_range
            if location == "path":
                path_params[param.name] = value
            elif location == "query":
                query[param.name] = value
        return path_params, query

    def _body(
        self, operation: Operation, content_type: str, body: bytes, problems: list[FieldProblem]
    ) -> Any:
        spec = operation.body
        if spec is None:
            return None
        if not body.strip():
            if spec.required:
                problems.append(FieldProblem("body", "a request body is required"))
            return None
        if spec.validator is None or (content_type in spec.media_types and "json" not in content_type):
            return body  # a raw body (octet-stream, msgpack, ...): the handler reads request.body_media_type
        if content_type and "json" not in content_type:
            raise ApiProblem(
                415, f"Unsupported content type {content_type!r}; send JSON", code="unsupported_media"
            )
        try:
            value = orjson.loads(body)
        except orjson.JSONDecodeError as exc:
            raise ApiProblem(400, f"Malformed JSON body: {exc}", code="malformed_json") from None
        check_body_depth(body, value, self.vendor.validation_status)
        value = _normalise_numbers(value)
        problems += spec.validator.problems(value, "body")
        return value

    def resolve_credential(self, scheme: str, credential: str) -> Principal | None:
        return self.vendor.principal(scheme, credential, self.registry)

    def _base_url(self, scope: Scope, headers: dict[str, str]) -> str:
        host = headers.get("host")
        if not host:
            server = scope.get("server") or ("127.0.0.1", 80)
            host = f"{server[0]}:{server[1]}"
        key = (scope.get("scheme", "http"), host)
        found = self._base_urls.get(key)
        if found is None:
            found = f"{key[0]}://{host}{self.spec.mount}"
            if len(self._base_urls) < 64:  # clients send few distinct Host headers; don't grow unbounded
                self._base_urls[key] = found
        return found


def parse_query(scope: Scope) -> dict[str, list[str]]:
    query_raw: dict[str, list[str]] = {}
    query_string = scope.get("query_string", b"")
    if query_string:
        for key, value in parse_qsl(query_string.decode("utf-8", "replace"), keep_blank_values=True):
            query_raw.setdefault(key, []).append(value)
    return query_raw


def _normalise_numbers(value: Any) -> Any:
    """JSON numbers as the vendors' parsers see them.

    ``1.0`` and ``1`` are one number (JSON Schema agrees), so handlers get ints for integral floats; an
    integer beyond 64 bits becomes a double, as in JavaScript and most JSON parsers (SQLite and orjson
    could not hold it as an integer anyway). Dispatches on the exact type (orjson makes only the JSON
    types; ``bool`` is not ``int`` here) and leaves strings where they are: this runs on every body.
    """
    kind = type(value)
    if kind is str:
        return value
    if kind is dict:
        return {k: v if type(v) is str else _normalise_numbers(v) for k, v in value.items()}
    if kind is list:
        return [v if type(v) is str else _normalise_numbers(v) for v in value]
    if kind is float:
        return int(value) if value.is_integer() and abs(value) <= INT64 else value
    if kind is int:
        return float(value) if abs(value) > INT64 else value
    return value


def _out_of_range(value: Any, location: str) -> list[FieldProblem]:
    """Parameter integers beyond 64 bits: no vendor issues them, and SQLite cannot hold them."""
    if isinstance(value, int) and not isinstance(value, bool):
        return [FieldProblem(location, f"{value} is out of range")] if abs(value) > INT64 else []
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _out_of_range(v, f"{location}/{k}")]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in _out_of_range(v, f"{location}/{i}")]
    return []
