"""The control plane (emulators/core/control.py) driven directly: who may do what, and each action's answer.

A toy vendor on a tiny spec, no server and no real vendor, so the mutation session can run these per mutant
in well under a second (tests/emulator/test_control_plane.py checks the same guard through real vendors).
"""

from __future__ import annotations

import logging
from typing import Any

import orjson
import pytest

from emulators.core.auth import TokenRegistry, scheme_readers
from emulators.core.clock import Clock
from emulators.core.control import (
    ADMIN_HEADER,
    ControlPlane,
    bind_problem,
    is_loopback,
    new_admin_token,
)
from emulators.core.faults import FaultSet
from emulators.core.http import ApiProblem, Principal, Response
from emulators.core.limits import MAX_JSON_DEPTH
from emulators.core.requestlog import RequestLog
from emulators.core.spec import compile_spec
from emulators.core.storage import Storage
from emulators.core.vendor import VendorEmulator

ADMIN = "emu-admin-secret"
OK = {"description": "ok"}
SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "toy", "version": "1"},
    "components": {
        "securitySchemes": {
            "bearer": {"type": "http", "scheme": "bearer"},
            "key": {"type": "apiKey", "in": "header", "name": "X-Key"},
        }
    },
    "paths": {
        "/things": {
            "get": {
                "operationId": "list",
                "security": [{"bearer": ["read", "peek"]}],
                "responses": {"200": OK},
            },
            "post": {"operationId": "create", "security": [{"bearer": ["write"]}], "responses": {"200": OK}},
            "delete": {"operationId": "drop", "security": [{"key": ["admin"]}], "responses": {"200": OK}},
        }
    },
}


class Toy(VendorEmulator):
    """Tokens are tenants; records what reset and seed were asked."""

    name = "toy"

    def setup(self) -> None:
        self.calls: list[tuple[str, Any]] = []

    def tenant_of(self, principal: Principal) -> str | None:
        return f"tenant-{principal.token}"

    def reset(self, tenant: str | None = None) -> None:
        self.calls.append(("reset", tenant))

    def seed(self, payload: Any, tenant: str | None = None) -> Response:
        self.calls.append(("seed", tenant))
        return Response(200, {"seeded": payload, "tenant": tenant})

    def control(self, method: str, action: str, body: bytes) -> Response | None:
        if action == "outbox":
            if body == b"crash":
                raise RuntimeError("boom")
            return Response(200, {"method": method, "outbox": []})
        return None


@pytest.fixture
def plane() -> ControlPlane:
    spec = compile_spec(SPEC)
    return ControlPlane(
        Toy(Storage()),
        spec,
        scheme_readers(spec.security_schemes, {}),
        TokenRegistry.parse(["rw", "ro:read", "all:read,write,admin"]),
        admin_token=ADMIN,
        clock=Clock(frozen_at=1_000_000.0),
        faults=FaultSet(),
        requests=RequestLog(),
    )


def send(
    plane: ControlPlane,
    method: str,
    action: str,
    headers: dict[str, str] | None = None,
    body: bytes = b"",
    query: bytes = b"",
) -> Response:
    return plane.handle(method, action, query, headers or {}, body)


def refused(
    plane: ControlPlane,
    method: str,
    action: str,
    headers: dict[str, str] | None = None,
    body: bytes = b"",
    query: bytes = b"",
) -> tuple[int, str, str | None]:
    with pytest.raises(ApiProblem) as caught:
        send(plane, method, action, headers, body, query)
    return caught.value.status, caught.value.message, caught.value.code


def calls(plane: ControlPlane) -> list[tuple[str, Any]]:
    vendor = plane.vendor
    assert isinstance(vendor, Toy)
    return vendor.calls


AS_ADMIN = {ADMIN_HEADER: ADMIN}
BEARER_RW, BEARER_RO, BEARER_ALL = ({"authorization": f"Bearer {t}"} for t in ("rw", "ro", "all"))


# --- start-up facts ----------------------------------------------------------------------------------


def test_admin_tokens_are_prefixed_and_random() -> None:
    first, second = new_admin_token(), new_admin_token()
    assert first.startswith("emu-admin-") and len(first) == len("emu-admin-") + 24
    assert first != second


@pytest.mark.parametrize("host", ["127.0.0.1", "127.8.0.2", "::1", "localhost"])
def test_loopback_hosts(host: str) -> None:
    assert is_loopback(host)
    assert bind_problem(host, [], insecure=False) is None


@pytest.mark.parametrize("host", ["0.0.0.0", "10.0.0.1", "::", "example.org", "localhost.example.org"])
def test_other_hosts_need_a_token_or_insecure(host: str) -> None:
    assert not is_loopback(host)
    assert bind_problem(host, ["T"], insecure=False) is None
    assert bind_problem(host, [], insecure=True) is None
    assert bind_problem(host, [], insecure=False) == (
        f"--host {host} exposes the emulator beyond this machine: give --token (and keep the admin token "
        "secret) or --insecure to accept any credential from anyone who can reach the port"
    )


def test_every_scheme_is_one_alternative_and_write_scopes_come_from_non_get_operations(
    plane: ControlPlane,
) -> None:
    assert plane.requirements == ({"bearer": []}, {"key": []})
    assert plane.write_scopes == frozenset({"write", "admin"})


# --- who the caller is ---------------------------------------------------------------------------------


def test_no_credential_is_401_on_every_action(plane: ControlPlane) -> None:
    for method, action in [("POST", "reset"), ("POST", "seed"), ("GET", "faults"), ("GET", "outbox")]:
        assert refused(plane, method, action) == (401, "Missing credentials", "unauthorized")
    assert calls(plane) == []


def test_a_wrong_credential_or_admin_token_is_401(plane: ControlPlane) -> None:
    assert refused(plane, "POST", "reset", {"authorization": "Bearer nope"})[:2] == (
        401,
        "Invalid credentials",
    )
    assert refused(plane, "POST", "reset", {ADMIN_HEADER: "emu-admin-wrong"})[0] == 401
    assert refused(plane, "POST", "reset", {ADMIN_HEADER: ADMIN + "x"})[0] == 401
    assert calls(plane) == []


def test_the_admin_header_resets_everything(plane: ControlPlane) -> None:
    response = send(plane, "POST", "reset", AS_ADMIN)
    assert (response.status, response.body) == (200, {"reset": True, "tenant": "*"})
    assert calls(plane) == [("reset", None)]


@pytest.mark.parametrize("headers", [{"authorization": f"Bearer {ADMIN}"}, {"x-key": ADMIN}])
def test_the_admin_token_works_in_any_of_the_vendors_schemes(
    plane: ControlPlane, headers: dict[str, str]
) -> None:
    assert send(plane, "POST", "reset", headers).body == {"reset": True, "tenant": "*"}
    assert send(plane, "GET", "faults", headers).body == {"faults": []}


def test_an_admin_with_a_tenant_credential_acts_on_that_tenant(plane: ControlPlane) -> None:
    response = send(plane, "POST", "reset", {**AS_ADMIN, **BEARER_RW})
    assert response.body == {"reset": True, "tenant": "tenant-rw"}
    # ... unless it asks for everything, which it may
    send(plane, "POST", "reset", {**AS_ADMIN, **BEARER_RW}, query=b"all=true")
    assert calls(plane) == [("reset", "tenant-rw"), ("reset", None)]


def test_an_admin_with_a_wrong_vendor_credential_is_still_the_admin(plane: ControlPlane) -> None:
    assert send(plane, "POST", "reset", {**AS_ADMIN, "authorization": "Bearer nope"}).body["tenant"] == "*"


def test_a_tenant_token_resets_and_seeds_its_own_tenant(plane: ControlPlane) -> None:
    assert send(plane, "POST", "reset", BEARER_RW).body == {"reset": True, "tenant": "tenant-rw"}
    seeded = send(plane, "POST", "seed", {"x-key": "all"}, b'{"things": [1]}')
    assert (seeded.status, seeded.body) == (200, {"seeded": {"things": [1]}, "tenant": "tenant-all"})
    assert calls(plane) == [("reset", "tenant-rw"), ("seed", "tenant-all")]


def test_only_the_admin_may_ask_for_every_tenant(plane: ControlPlane) -> None:
    assert refused(plane, "POST", "reset", BEARER_RW, query=b"all=true") == (
        403,
        "Only the admin token can reset or seed every tenant",
        "forbidden",
    )
    assert refused(plane, "POST", "seed", BEARER_RW, query=b"all=false&all=true")[0] == 403  # the last wins
    assert send(plane, "POST", "reset", BEARER_RW, query=b"all=true&all=no").body["tenant"] == "tenant-rw"
    assert send(plane, "POST", "reset", BEARER_RW, query=b"all=True").body["tenant"] == "tenant-rw"
    assert send(plane, "POST", "reset", AS_ADMIN, query=b"all=true").body["tenant"] == "*"


def test_a_token_without_every_write_scope_cannot_reset_seed_or_use_vendor_actions(
    plane: ControlPlane,
) -> None:
    for method, action in [("POST", "reset"), ("POST", "seed"), ("GET", "outbox")]:
        assert refused(plane, method, action, BEARER_RO) == (
            403,
            "Reset and seed need the write scope(s): admin, write",
            "forbidden",
        )
    assert calls(plane) == []


def test_a_token_with_exactly_the_write_scopes_may_reset() -> None:
    spec = compile_spec(SPEC)
    exact = ControlPlane(
        Toy(Storage()),
        spec,
        scheme_readers(spec.security_schemes, {}),
        TokenRegistry.parse(["w:write,admin"]),
        admin_token=ADMIN,
        clock=Clock(),
        faults=FaultSet(),
        requests=RequestLog(),
    )
    assert send(exact, "POST", "reset", {"x-key": "w"}).body == {"reset": True, "tenant": "tenant-w"}


def test_a_spec_without_security_still_guards_the_control_plane() -> None:
    spec = compile_spec({**SPEC, "components": {}})
    open_plane = ControlPlane(
        Toy(Storage()),
        spec,
        {},
        TokenRegistry(),
        admin_token=ADMIN,
        clock=Clock(),
        faults=FaultSet(),
        requests=RequestLog(),
    )
    assert refused(open_plane, "POST", "reset", {"authorization": "Bearer any"}) == (
        401,
        "Missing credentials",
        "unauthorized",
    )
    assert send(open_plane, "POST", "reset", AS_ADMIN).body["tenant"] == "*"


def test_the_admin_actions_need_the_admin_token(plane: ControlPlane) -> None:
    for action in ("faults", "requests", "clock"):
        assert refused(plane, "GET", action, BEARER_ALL) == (
            403,
            f"/_emulator/{action} needs the admin token",
            "forbidden",
        )
        assert send(plane, "GET", action, AS_ADMIN).status == 200


# --- routing of actions ------------------------------------------------------------------------------


def test_vendor_actions_are_reached_after_the_guard(plane: ControlPlane) -> None:
    assert send(plane, "GET", "outbox", BEARER_ALL).body == {"method": "GET", "outbox": []}
    assert send(plane, "DELETE", "outbox", AS_ADMIN).body == {"method": "DELETE", "outbox": []}


@pytest.mark.parametrize(
    ("method", "action", "message"),
    [
        ("GET", "reset", "No emulator control action GET reset"),
        ("POST", "reset/x", "No emulator control action POST reset/x"),
        ("PUT", "seed", "No emulator control action PUT seed"),
        ("GET", "nothing", "No emulator control action GET nothing"),
        ("PUT", "faults", "No emulator control action PUT faults"),
        ("POST", "faults/3", "No emulator control action POST faults/3"),
        ("POST", "requests", "No emulator control action POST requests"),
        ("GET", "requests/1", "No emulator control action GET requests/1"),
        ("DELETE", "clock", "No emulator control action DELETE clock"),
        ("GET", "clock/now", "No emulator control action GET clock/now"),
        ("GET", "clock/X", "No emulator control action GET clock/X"),
    ],
)
def test_unknown_actions_are_404(plane: ControlPlane, method: str, action: str, message: str) -> None:
    assert refused(plane, method, action, AS_ADMIN) == (404, message, "not_found")
    assert calls(plane) == []


def test_a_crashing_action_is_a_500_problem_and_logged(
    plane: ControlPlane, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR, logger="emulators"):
        assert refused(plane, "POST", "outbox", AS_ADMIN, b"crash") == (
            500,
            "Internal error in the emulator",
            "internal",
        )
    assert [r.getMessage() for r in caplog.records] == ["/_emulator/outbox failed"]
    assert caplog.records[0].exc_info is not None  # with the traceback


# --- faults, request log, clock ------------------------------------------------------------------------


def test_faults_are_added_one_or_several_listed_and_removed(plane: ControlPlane) -> None:
    one = send(plane, "POST", "faults", AS_ADMIN, b'{"target": "list", "status": 503}')
    assert one.status == 201 and [f["id"] for f in one.body["faults"]] == [1]
    several = send(
        plane, "POST", "faults", AS_ADMIN, b'[{"target": "a", "drop": true}, {"target": "b", "latency": 1}]'
    )
    assert [f["target"] for f in several.body["faults"]] == ["a", "b"]
    assert [f["id"] for f in send(plane, "GET", "faults", AS_ADMIN).body["faults"]] == [1, 2, 3]
    removed = send(plane, "DELETE", "faults/2", AS_ADMIN)
    assert (removed.status, removed.body) == (200, {"removed": 1})
    assert send(plane, "DELETE", "faults/2", AS_ADMIN).body == {"removed": 0}
    assert [f["id"] for f in send(plane, "GET", "faults", AS_ADMIN).body["faults"]] == [1, 3]
    assert send(plane, "DELETE", "faults", AS_ADMIN).body == {"removed": 2}
    assert send(plane, "GET", "faults", AS_ADMIN).body == {"faults": []}


def test_deleting_a_fault_that_is_not_a_number_is_404(plane: ControlPlane) -> None:
    send(plane, "POST", "faults", AS_ADMIN, b'{"target": "list", "status": 503}')
    assert refused(plane, "DELETE", "faults/one", AS_ADMIN) == (404, "No fault one", "not_found")
    assert len(plane.faults.list()) == 1


def test_the_request_log_is_listed_since_a_sequence_number_and_cleared(plane: ControlPlane) -> None:
    for n in range(3):
        plane.requests.record("GET", f"/p{n}", "", 200, "list", 1.0)
    listed = send(plane, "GET", "requests", AS_ADMIN, query=b"since=1").body["requests"]
    assert [r["path"] for r in listed] == ["/p1", "/p2"]
    assert len(send(plane, "GET", "requests", AS_ADMIN, query=b"since=x").body["requests"]) == 3
    assert len(send(plane, "GET", "requests", AS_ADMIN).body["requests"]) == 3
    cleared = send(plane, "DELETE", "requests", AS_ADMIN)
    assert (cleared.status, cleared.body) == (200, {"cleared": True})
    assert send(plane, "GET", "requests", AS_ADMIN).body == {"requests": []}


def clock(plane: ControlPlane, payload: Any) -> Any:
    return send(plane, "POST", "clock", AS_ADMIN, orjson.dumps(payload)).body


def test_the_clock_is_read_set_and_advanced(plane: ControlPlane) -> None:
    assert send(plane, "GET", "clock", AS_ADMIN).body["epochSeconds"] == 1_000_000.0
    assert clock(plane, {"time": 2_000_000})["epochSeconds"] == 2_000_000.0
    assert clock(plane, {"time": 2_000_000.5})["epochSeconds"] == 2_000_000.5
    assert clock(plane, {"advance": 10})["epochSeconds"] == 2_000_010.5
    assert clock(plane, {"advance": 0.5})["epochSeconds"] == 2_000_011.0
    assert clock(plane, {"time": "2026-01-01T00:00:00Z"})["now"] == "2026-01-01T00:00:00.000Z"
    assert (
        clock(plane, {"time": "2026-01-01T01:00:00+01:00", "advance": 60})["now"]
        == "2026-01-01T00:01:00.000Z"
    )


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ({}, 'The clock takes {"time": ISO-8601 or epoch seconds} and/or {"advance": s}'),
        ([1], 'The clock takes {"time": ISO-8601 or epoch seconds} and/or {"advance": s}'),
        (
            {"time": 1, "speed": 2},
            'The clock takes {"time": ISO-8601 or epoch seconds} and/or {"advance": s}',
        ),
        ({"advance": "10"}, "advance must be a number of seconds"),
        ({"advance": True}, "advance must be a number of seconds"),
        ({"time": True}, "time must be epoch seconds or an ISO-8601 timestamp with a zone"),
        ({"time": "2026-01-01T00:00:00"}, "time must be epoch seconds or an ISO-8601 timestamp with a zone"),
        ({"time": "yesterday"}, "time must be epoch seconds or an ISO-8601 timestamp with a zone"),
        ({"time": [1]}, "time must be epoch seconds or an ISO-8601 timestamp with a zone"),
    ],
)
def test_a_bad_clock_request_is_400_and_changes_nothing(
    plane: ControlPlane, payload: Any, message: str
) -> None:
    with pytest.raises(ApiProblem) as caught:
        clock(plane, payload)
    assert (caught.value.status, caught.value.message) == (400, message)
    assert plane.clock.now() == 1_000_000.0


def test_a_bad_time_does_not_apply_the_advance_either(plane: ControlPlane) -> None:
    with pytest.raises(ApiProblem):
        clock(plane, {"time": "soon", "advance": 5})
    assert plane.clock.now() == 1_000_000.0


# --- bodies --------------------------------------------------------------------------------------------


def test_an_empty_seed_body_is_an_empty_object(plane: ControlPlane) -> None:
    assert send(plane, "POST", "seed", AS_ADMIN).body == {"seeded": {}, "tenant": None}


def test_a_malformed_or_too_deep_body_is_400_and_nothing_is_seeded(plane: ControlPlane) -> None:
    status, message, code = refused(plane, "POST", "seed", AS_ADMIN, b'{"a": ')
    assert (status, code) == (400, "malformed_json") and message.startswith("Malformed JSON body: ")
    deep = b"[" * (MAX_JSON_DEPTH + 1) + b"]" * (MAX_JSON_DEPTH + 1)
    assert refused(plane, "POST", "seed", AS_ADMIN, deep)[::2] == (400, "too_deep")
    assert calls(plane) == []
