"""The vendor-neutral emulator core, driven through a tiny spec and a toy vendor (no real vendor involved)."""

from __future__ import annotations

import asyncio
from collections.abc import MutableMapping
from typing import Any

import orjson
import pytest

from emulators.core.app import EmulatorApp
from emulators.core.auth import TokenRegistry
from emulators.core.http import ApiProblem, Request, Response
from emulators.core.spec import PathItem, Router, compile_spec
from emulators.core.storage import Storage, order_by
from emulators.core.vendor import VendorEmulator, operation

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "toy", "version": "1"},
    "servers": [{"url": "https://{host}/api/v9", "variables": {"host": {"default": "x"}}}],
    "security": [{"key": ["things:read"]}],
    "components": {
        "securitySchemes": {
            "key": {"type": "apiKey", "in": "header", "name": "Authorization", "x-auth-prefix": "Token"}
        },
        "schemas": {
            "Thing": {
                "type": "object",
                "required": ["name"],
                "properties": {"name": {"type": "string", "maxLength": 5}, "size": {"type": "integer"}},
                "additionalProperties": False,
            }
        },
    },
    "paths": {
        "/things": {
            "get": {
                "operationId": "listThings",
                "parameters": [
                    {"name": "pg[limit]", "in": "query", "schema": {"type": "integer", "minimum": 1}},
                    {
                        "name": "cols[]",
                        "in": "query",
                        "schema": {"type": "array", "items": {"type": "string"}},
                    },
                    {"name": "flag", "in": "query", "schema": {"type": "boolean"}},
                ],
                "responses": {"200": {"description": "ok"}},
            },
            "post": {
                "operationId": "createThing",
                "security": [{"key": ["things:write"]}],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                },
                "responses": {"200": {"description": "ok"}},
            },
        },
        "/things/{ids}": {
            "get": {
                "operationId": "getThings",
                "parameters": [
                    {
                        "name": "ids",
                        "in": "path",
                        "required": True,
                        "style": "simple",
                        "schema": {"type": "array", "items": {"type": "integer"}},
                    }
                ],
                "responses": {"200": {"description": "ok"}},
            }
        },
        "/things/special": {
            "get": {"operationId": "special", "security": [], "responses": {"200": {"description": "ok"}}}
        },
    },
}


class Toy(VendorEmulator):
    name = "toy"
    validation_status = 422

    def error_body(self, problem: ApiProblem) -> Any:
        return {
            "error": problem.message,
            "status": problem.status,
            "fields": [p.location for p in problem.problems],
        }

    @operation("listThings")
    def list_things(self, request: Request) -> Response:
        return Response(
            200, {"query": request.query, "who": request.principal.token if request.principal else None}
        )

    @operation("createThing")
    def create_thing(self, request: Request) -> Response:
        return Response(200, request.body)

    @operation("getThings")
    def get_things(self, request: Request) -> Response:
        if request.path_params["ids"] == [0]:
            raise RuntimeError("boom")
        return Response(200, {"ids": request.path_params["ids"]})

    @operation("special")
    def special(self, request: Request) -> Response:
        return Response(200, {"special": True})


def call(
    app: EmulatorApp, method: str, target: str, *, headers: dict[str, str] | None = None, body: bytes = b""
) -> tuple[int, dict[str, str], Any]:
    path, _, query = target.partition("?")
    scope = {
        "type": "http",
        "method": method,
        "path": path,
        "raw_path": path.encode(),
        "query_string": query.encode(),
        "headers": [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
        + ([(b"content-length", str(len(body)).encode())] if body else []),
        "scheme": "http",
        "server": ("127.0.0.1", 8000),
    }
    sent: list[MutableMapping[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(message)

    asyncio.run(app(scope, receive, send))
    start, payload = sent
    out_headers = {k.decode(): v.decode() for k, v in start["headers"]}
    return start["status"], out_headers, orjson.loads(payload["body"]) if payload["body"] else None


AUTH = {"Authorization": "Token good"}


@pytest.fixture
def app() -> EmulatorApp:
    registry = TokenRegistry.parse(["good", "reader:things:read"])
    return EmulatorApp(Toy(Storage()), compile_spec(SPEC), registry, max_body_bytes=1000)


def test_mounts_at_server_path_and_coerces_query(app: EmulatorApp) -> None:
    status, _, body = call(
        app, "GET", "/api/v9/things?pg%5Blimit%5D=3&cols%5B%5D=a&cols%5B%5D=b&flag=true", headers=AUTH
    )
    assert status == 200
    assert body["query"] == {"pg[limit]": 3, "cols[]": ["a", "b"], "flag": True}
    assert body["who"] == "good"


def test_invalid_query_is_vendor_validation_error(app: EmulatorApp) -> None:
    status, _, body = call(app, "GET", "/api/v9/things?pg%5Blimit%5D=zero", headers=AUTH)
    assert status == 422
    assert body["fields"] == ["query.pg[limit]"]


def test_comma_joined_path_array(app: EmulatorApp) -> None:
    status, _, body = call(app, "GET", "/api/v9/things/1,2,3", headers=AUTH)
    assert (status, body) == (200, {"ids": [1, 2, 3]})


def test_static_route_wins_over_template_and_security_can_be_empty(app: EmulatorApp) -> None:
    status, _, body = call(app, "GET", "/api/v9/things/special")
    assert (status, body) == (200, {"special": True})


def test_trailing_slash_tolerated(app: EmulatorApp) -> None:
    assert call(app, "GET", "/api/v9/things/special/")[0] == 200


def test_unknown_route_and_method_use_vendor_envelope(app: EmulatorApp) -> None:
    status, _, body = call(app, "GET", "/api/v9/nothing", headers=AUTH)
    assert status == 404 and body["error"].startswith("No route")
    status, headers, body = call(app, "DELETE", "/api/v9/things", headers=AUTH)
    assert status == 405 and headers["allow"] == "GET, POST" and body["status"] == 405


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({}, 401),
        ({"Authorization": "Token nope"}, 401),
        ({"Authorization": "Bearer good"}, 401),
        ({"Authorization": "Token reader"}, 403),
        ({"Authorization": "Token good"}, 200),
    ],
)
def test_credentials_and_scopes(app: EmulatorApp, headers: dict[str, str], status: int) -> None:
    got, _, _ = call(
        app,
        "POST",
        "/api/v9/things",
        headers={**headers, "content-type": "application/json"},
        body=b'{"name": "a"}',
    )
    assert got == status


def test_body_validation_malformed_json_media_type_and_size(app: EmulatorApp) -> None:
    json_auth = {**AUTH, "content-type": "application/json"}
    status, _, body = call(
        app, "POST", "/api/v9/things", headers=json_auth, body=b'{"name": "toolong", "x": 1}'
    )
    assert status == 422 and set(body["fields"]) == {"body/name", "body"}
    assert call(app, "POST", "/api/v9/things", headers=json_auth, body=b'{"name": ')[0] == 400
    assert (
        call(app, "POST", "/api/v9/things", headers={**AUTH, "content-type": "text/plain"}, body=b"x")[0]
        == 415
    )
    assert call(app, "POST", "/api/v9/things", headers=json_auth, body=b" " * 2000)[0] == 413
    assert call(app, "POST", "/api/v9/things", headers=json_auth)[0] == 422


def test_nested_json_where_scalar_expected_is_4xx(app: EmulatorApp) -> None:
    status, _, _ = call(
        app,
        "POST",
        "/api/v9/things",
        headers={**AUTH, "content-type": "application/json"},
        body=b'{"name": {"a": [[[{}]]]}, "size": [1]}',
    )
    assert status == 422


def test_handler_crash_is_500_in_vendor_envelope(app: EmulatorApp) -> None:
    status, _, body = call(app, "GET", "/api/v9/things/0", headers=AUTH)
    assert status == 500 and body["status"] == 500


def test_missing_handler_is_a_startup_error() -> None:
    class Incomplete(VendorEmulator):
        name = "incomplete"

    with pytest.raises(RuntimeError, match="no handler for operation"):
        EmulatorApp(Incomplete(Storage()), compile_spec(SPEC))


def test_router_prefers_more_literal_templates() -> None:
    router = Router([PathItem("/a/{x}", {}), PathItem("/a/{x}/b", {}), PathItem("/a/{x}/{y}", {})])
    found = router.match("/a/1/b")
    assert found is not None and found[0].template == "/a/{x}/b"


def test_storage_transaction_rolls_back_and_file_state_persists(tmp_path: Any) -> None:
    path = tmp_path / "state.db"
    storage = Storage(path)
    storage.script("CREATE TABLE t (v INTEGER)")
    with storage.transaction():
        storage.execute("INSERT INTO t VALUES (1)")
    with pytest.raises(ValueError), storage.transaction():
        storage.execute("INSERT INTO t VALUES (2)")
        raise ValueError
    storage.close()
    reopened = Storage(path)
    assert [r[0] for r in reopened.all("SELECT v FROM t")] == [1]
    assert reopened.scalar("PRAGMA journal_mode") == "wal"


def test_order_by_only_whitelisted_columns() -> None:
    clause = order_by([("name", True), ("x; DROP TABLE t", False)], {"name": "name"}, "id")
    assert clause == "ORDER BY name DESC, id"
