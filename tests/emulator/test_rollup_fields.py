"""Rollup: what the stored fields and the messages hold: icons, provenance (updatedBy, ClientId),
millisecond UTC timestamps, ids, the NestJS wording of errors; and the state across a restart."""

from __future__ import annotations

import asyncio
import time
import uuid
from pathlib import Path

import httpx
import pytest

from emulators import rollup
from emulators.core.http import ApiProblem, FieldProblem
from emulators.core.registry import build_app
from emulators.testing import serve_in_thread
from tests.emulator.rollup_support import (
    ICON,
    assert_error,
    create_sink,
    fresh,
    http,
    new_workspace,
    own_workspaces,
    sinks,
    user,
    write,
    ws,
)
from tests.target import TOKEN

VENDOR = "rollup"
pytestmark = pytest.mark.parity("emulator")
__all__ = ["fresh", "http", "own_workspaces", "user", "ws"]  # fixtures


def test_icon_accepts_object_or_string(http: httpx.Client, ws: str) -> None:
    js = create_sink(http, ws, icon="{ source: 'DevIcon', name: 'python' }")
    assert js["icon"] == {"source": "DevIcon", "name": "python"}
    plain = create_sink(http, ws, icon="python")
    assert plain["icon"] == {"name": "python"}
    none = create_sink(http, ws)
    assert none["icon"] is None
    url = f"{sinks(ws)}/{none['id']}"
    assert http.patch(url, json={"icon": ICON}, headers=write()).status_code == 200
    assert http.get(url).json()["icon"] == ICON


def test_state_survives_restart(tmp_path: Path) -> None:
    state = tmp_path / "s.db"
    ws = new_workspace()
    first = serve_in_thread("rollup", token=TOKEN, state=state)
    try:
        with httpx.Client(base_url=first.base_url, headers={"x-api-key": TOKEN}) as http:
            sink = create_sink(http, ws, entries=[{"key": "sum", "value": "3", "dataType": "scalar"}])
            gone = create_sink(http, ws)
            assert http.delete(f"{sinks(ws)}/{gone['id']}", headers=write()).status_code == 200
    finally:
        first.stop()
    second = serve_in_thread("rollup", token=TOKEN, state=state)
    try:
        with httpx.Client(base_url=second.base_url, headers={"x-api-key": TOKEN}) as http:
            assert http.get(f"{sinks(ws)}/{sink['id']}").json() == sink
            # The counter survived too: serial 2 stays used.
            assert create_sink(http, ws)["visibleId"] == "SNK-3"
    finally:
        second.stop()


def test_updated_by_is_whoever_wrote_last() -> None:
    """Two API keys, one workspace: the entry and its sink record the second key's user after its write."""
    app = build_app("rollup", tokens=["alice", "bob"])
    ws = new_workspace()

    async def scenario() -> None:
        def as_user(token: str) -> httpx.AsyncClient:
            return httpx.AsyncClient(
                transport=httpx.ASGITransport(app=app), base_url="http://t", headers={"x-api-key": token}
            )

        async with as_user("alice") as alice, as_user("bob") as bob:
            body = {"label": "Shared", "entries": [{"key": "k", "value": "1", "dataType": "scalar"}]}
            sink = (await alice.post(sinks(ws), json=body, headers=write())).json()
            entry = sink["entries"][0]
            patched = await bob.patch(f"{sinks(ws)}/{sink['id']}/k", json={"value": "2"}, headers=write())
            assert patched.json()["createdBy"] == entry["createdBy"]
            assert patched.json()["updatedBy"] != entry["createdBy"]
            bob_user = patched.json()["updatedBy"]
            after = (await alice.get(f"{sinks(ws)}/{sink['id']}")).json()
            assert after["updatedBy"] == bob_user and after["createdBy"] == entry["createdBy"]
            # A PATCH of the sink itself records its writer too.
            renaming = await alice.patch(f"{sinks(ws)}/{sink['id']}", json={"label": "A"}, headers=write())
            assert renaming.status_code == 200
            renamed = (await bob.get(f"{sinks(ws)}/{sink['id']}")).json()
            assert renamed["updatedBy"] == entry["createdBy"] != bob_user

    asyncio.run(scenario())


def test_icon_strings_parse_best_effort_and_keep_only_well_typed_fields(http: httpx.Client, ws: str) -> None:
    """A string icon that is JSON (or the reference's JS form) becomes its object, with known fields of the
    wrong type dropped so the answer stays an ``Icon``; other text is the icon's name; blank text is none."""
    parsed = create_sink(http, ws, icon='{"name": "n", "color": 3, "metadata": [], "extra": 1}')
    assert parsed["icon"] == {"name": "n", "extra": 1}
    js = create_sink(http, ws, icon="{ source: 'DevIcon', name: 'py', metadata: { size: 2 } }")
    assert js["icon"] == {"source": "DevIcon", "name": "py", "metadata": {"size": 2}}
    assert create_sink(http, ws, icon="[1]")["icon"] == {"name": "[1]"}  # JSON, but not an object
    assert create_sink(http, ws, icon="  python  ")["icon"] == {"name": "python"}
    assert create_sink(http, ws, icon="   ")["icon"] is None
    assert http.get(f"{sinks(ws)}/{parsed['id']}").json()["icon"] == {"name": "n", "extra": 1}


def test_client_id_of_each_write_is_kept_as_provenance() -> None:
    """The ``ClientId`` header is not returned, but each write records it: the creator's on create, the
    last writer's on update (sink and entry; an entry write also touches its sink)."""
    app = build_app("rollup", tokens=["t"])
    ws = new_workspace()
    storage = app.vendor.storage

    def provenance(table: str) -> list[tuple[str, str]]:
        rows = storage.all(f"SELECT created_client_id, updated_client_id FROM {table} ORDER BY pk")
        return [(row[0], row[1]) for row in rows]

    async def scenario() -> None:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://t", headers={"x-api-key": "t"}
        ) as client:
            body = {"label": "s", "entries": [{"key": "a", "dataType": "scalar"}]}
            sink = (await client.post(sinks(ws), json=body, headers=write("maker"))).json()
            assert provenance("rollup_data_sinks") == [("maker", "maker")]
            assert provenance("rollup_data_sink_entries") == [("maker", "maker")]
            url = f"{sinks(ws)}/{sink['id']}"
            await client.post(url, json={"key": "b", "dataType": "scalar"}, headers=write("adder"))
            assert provenance("rollup_data_sinks") == [("maker", "adder")]
            await client.patch(f"{url}/a", json={"value": "1"}, headers=write("editor"))
            assert provenance("rollup_data_sink_entries") == [("maker", "editor"), ("adder", "adder")]
            assert provenance("rollup_data_sinks") == [("maker", "editor")]
            await client.patch(url, json={"label": "t"}, headers=write("renamer"))
            assert provenance("rollup_data_sinks") == [("maker", "renamer")]
            await client.delete(f"{url}/b", headers=write("deleter"))
            assert provenance("rollup_data_sinks") == [("maker", "deleter")]

    asyncio.run(scenario())


def test_timestamps_have_milliseconds_and_move_on_every_write(monkeypatch: pytest.MonkeyPatch) -> None:
    """On a frozen clock (``seed``) every write still moves ``updatedAt``: one millisecond past the last.
    The stamps are UTC whatever the machine's time zone."""
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    app = build_app("rollup", tokens=["t"], seed=7)
    ws = new_workspace()

    async def scenario() -> None:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://t", headers={"x-api-key": "t", **write()}
        ) as client:
            body = {"label": "s", "entries": [{"key": "a", "dataType": "scalar"}]}
            sink = (await client.post(sinks(ws), json=body)).json()
            assert sink["createdAt"] == sink["updatedAt"] == "2026-01-01T00:00:00.000Z"
            assert sink["entries"][0]["createdAt"] == "2026-01-01T00:00:00.000Z"
            url = f"{sinks(ws)}/{sink['id']}"
            assert (await client.patch(url, json={"description": "d"})).status_code == 200
            entry = (await client.patch(f"{url}/a", json={"value": "1"})).json()
            assert entry["updatedAt"] == "2026-01-01T00:00:00.002Z"
            after = (await client.get(url)).json()
            assert (after["description"], after["updatedAt"]) == ("d", "2026-01-01T00:00:00.002Z")
            second = (await client.post(sinks(ws), json={"label": "t"})).json()
            assert second["createdAt"] == "2026-01-01T00:00:00.003Z"

    try:
        asyncio.run(scenario())
    finally:
        monkeypatch.undo()
        time.tzset()


def test_ids_are_uuids_compared_ignoring_case(http: httpx.Client, ws: str) -> None:
    """Workspace, sink and entry ids are UUIDs: any case names the same one, answered lower-cased; a
    client-chosen entry id must be a UUID and unique in the workspace."""
    entry_id = str(uuid.uuid4())
    sink = create_sink(http, ws.upper(), entries=[{"id": entry_id.upper(), "key": "a", "dataType": "scalar"}])
    assert sink["workspaceId"] == ws.lower() and sink["entries"][0]["id"] == entry_id
    assert http.get(f"{sinks(ws.lower())}/{sink['id']}").json() == sink
    entries = [{"key": "k", "dataType": "scalar", "id": "no"}]
    bad = http.post(sinks(ws), json={"label": "x", "entries": entries}, headers=write())
    assert assert_error(bad, 400, "Bad Request") == ["entries.0.id: must be a UUID"]
    anonymous = http.post(sinks(ws), json={"label": "x"})
    assert assert_error(anonymous, 400, "Bad Request") == ["ClientId header is required"]
    other = create_sink(http, ws)
    again = {"key": "b", "dataType": "scalar", "id": entry_id}
    response = http.post(f"{sinks(ws)}/{other['id']}", json=again, headers=write())
    assert assert_error(response, 409, "Conflict") == f"Data sink entry with id '{entry_id}' already exists"
    assert http.get(f"{sinks(ws)}/{other['id']}").json()["entries"] == []


def test_error_reasons_use_nestjs_wording() -> None:
    """``error`` is NestJS's reason phrase: "Payload Too Large" (Python says "Request Entity Too Large")."""
    app = build_app("rollup", tokens=["t"])

    async def scenario() -> None:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://t", headers={"x-api-key": "t", **write()}
        ) as client:
            # (the declared length is refused before any of the body is read)
            response = await client.post(
                sinks(new_workspace()), json={"label": "x"}, headers={"content-length": str(64 * 1024 * 1024)}
            )
            assert assert_error(response, 413, "Payload Too Large").startswith("Request body is larger than")

    asyncio.run(scenario())
    vendor = app.vendor
    assert vendor.error_body(ApiProblem(422, "No"))["error"] == "Unprocessable Entity"
    assert vendor.error_body(ApiProblem(409, "Taken")) == {
        "statusCode": 409,
        "message": "Taken",
        "error": "Conflict",
    }


def test_validation_messages_name_the_field_as_the_client_wrote_it() -> None:
    """Each problem the core reports (``<location>.<name>`` or a body pointer) is one NestJS-style line."""
    cases = {
        ("header.ClientId", "is required"): "ClientId header is required",
        ("header.ClientId", "must be short"): "ClientId header: must be short",
        ("path.workspaceId", "is required"): "workspaceId is required",
        ("query.filter.name", "must be a string"): "filter.name: must be a string",
        ("body/entries/0/key", "is too long"): "entries.0.key: is too long",
        ("body", "a request body is required"): "a request body is required",
        ("header.", "is required"): "is required",  # no name: the message alone
        ("cookie.session", "is required"): "is required",
    }
    for (location, message), expected in cases.items():
        assert rollup._problem_text(FieldProblem(location, message)) == expected, location


def test_a_bad_entry_id_is_a_400_before_the_sink_is_looked_up(http: httpx.Client, ws: str) -> None:
    """Body validation comes first (as NestJS's pipes run before the handler): a malformed id is a 400 even
    for a sink that does not exist."""
    body = {"key": "k", "dataType": "scalar", "id": "not-a-uuid"}
    missing = http.post(f"{sinks(ws)}/{uuid.uuid4()}", json=body, headers=write())
    assert assert_error(missing, 400, "Bad Request") == ["id: must be a UUID"]
    sink = create_sink(http, ws)
    present = http.post(f"{sinks(ws)}/{sink['id']}", json=body, headers=write())
    assert assert_error(present, 400, "Bad Request") == ["id: must be a UUID"]
    assert http.get(f"{sinks(ws)}/{sink['id']}").json()["entries"] == []
