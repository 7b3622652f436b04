"""The Rollup Data Sinks emulator over real HTTP: round trips, workspace isolation, errors, persistence."""

from __future__ import annotations

import asyncio
import re
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from emulators import rollup
from emulators.core.http import ApiProblem, FieldProblem
from emulators.core.registry import build_app
from emulators.testing import serve_in_thread
from tests.target import TOKEN, Target

VENDOR = "rollup"
pytestmark = pytest.mark.parity("emulator")
USER = "user-4c5dc9b7"  # "user-" + sha256("test-token")[:8]
STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")
ICON = {"source": "DevIcon", "name": "python", "color": "#3776AB", "metadata": {}}


@pytest.fixture
def http(target: Target) -> Iterator[httpx.Client]:
    with target.client() as client:
        yield client


@pytest.fixture
def ws(target: Target) -> str:
    """A workspace for the test: a new one on the emulator, the caller's own (ROLLUP_WORKSPACE_ID) live."""
    return target.owned.get("workspaceId") or new_workspace()


@pytest.fixture
def fresh(target: Target) -> bool:
    """Whether ``ws`` is new (emulator): then its serials start at 1. The live workspace has history."""
    return not target.live


@pytest.fixture
def user(target: Target, http: httpx.Client, ws: str) -> str:
    """Who the credential is: on the emulator "user-" + sha256(token)[:8]; live, read off a probe sink."""
    if not target.live:
        return USER
    probe = create_sink(http, ws, label="probe")
    http.delete(f"{sinks(ws)}/{probe['id']}", headers=write()).raise_for_status()
    found: str = probe["createdBy"]
    return found


def sink_ids(http: httpx.Client, ws: str) -> list[str]:
    response = http.get(sinks(ws))
    assert response.status_code == 200, response.text
    return [sink["id"] for sink in response.json()]


@pytest.fixture
def own_workspaces(target: Target) -> None:
    """The test needs workspaces nobody else writes to (fresh serials, two of them): emulator only."""
    target.emulator  # noqa: B018 (skips in live mode)


def new_workspace() -> str:
    return str(uuid.uuid4())


def sinks(ws: str) -> str:
    return f"/v1/workspace/{ws}/data-sink"


def write(client_id: str = "pytest") -> dict[str, str]:
    return {"ClientId": client_id}


def create_sink(http: httpx.Client, ws: str, **body: Any) -> dict[str, Any]:
    response = http.post(sinks(ws), json={"label": "Sink", **body}, headers=write())
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def assert_error(response: httpx.Response, status: int, reason: str) -> Any:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"statusCode", "message", "error"}
    assert body["statusCode"] == status
    assert body["error"] == reason
    return body["message"]


def test_create_get_patch_delete_round_trip(http: httpx.Client, ws: str, user: str, fresh: bool) -> None:
    entry_id = str(uuid.uuid4())
    response = http.post(
        sinks(ws),
        json={
            "label": "Local python instance",
            "description": "Sums two numbers.",
            "tags": "python, local, sum",
            "icon": ICON,
            "entries": [{"id": entry_id, "key": "sum", "value": "3", "dataType": "scalar"}],
        },
        headers=write(),
    )
    assert response.status_code == 201
    created = response.json()
    sink_id = created["id"]
    uuid.UUID(sink_id)
    assert STAMP.match(created["createdAt"])
    now = created["createdAt"]
    serial = 1 if fresh else created["serial"]
    assert created == {
        "id": sink_id,
        "workspaceId": ws,
        "label": "Local python instance",
        "description": "Sums two numbers.",
        "tags": "python, local, sum",
        "icon": ICON,
        "visibleId": f"SNK-{serial}",
        "serial": serial,
        "entries": [
            {
                "id": entry_id,
                "key": "sum",
                "dataSinkId": sink_id,
                "value": "3",
                "dataType": "scalar",
                "updatedAt": now,
                "updatedBy": user,
                "createdAt": now,
                "createdBy": user,
            }
        ],
        "updatedAt": now,
        "updatedBy": user,
        "createdAt": now,
        "createdBy": user,
    }

    fetched = http.get(f"{sinks(ws)}/{sink_id}")
    assert fetched.status_code == 200
    assert fetched.json() == created

    patched = http.patch(
        f"{sinks(ws)}/{sink_id}",
        json={"label": "Renamed", "tags": "a, b", "id": str(uuid.uuid4()), "serial": 99, "entries": []},
        headers=write(),
    )
    assert patched.status_code == 200
    assert patched.content == b""
    after = http.get(f"{sinks(ws)}/{sink_id}").json()
    assert after["label"] == "Renamed"
    assert after["tags"] == "a, b"
    # Only label/description/tags/icon change; everything else stays.
    assert after["id"] == sink_id
    assert after["serial"] == serial
    assert after["description"] == "Sums two numbers."
    assert after["icon"] == ICON
    assert after["entries"] == created["entries"]
    assert after["createdAt"] == now
    assert after["updatedAt"] > now
    assert STAMP.match(after["updatedAt"])

    deleted = http.delete(f"{sinks(ws)}/{sink_id}", headers=write())
    assert deleted.status_code == 200
    assert deleted.content == b""
    assert_error(http.get(f"{sinks(ws)}/{sink_id}"), 404, "Not Found")
    assert_error(http.get(f"{sinks(ws)}/{sink_id}/sum"), 404, "Not Found")
    assert_error(http.delete(f"{sinks(ws)}/{sink_id}", headers=write()), 404, "Not Found")
    assert sink_id not in sink_ids(http, ws)


def test_entry_round_trip(http: httpx.Client, ws: str, user: str) -> None:
    sink = create_sink(http, ws)
    assert sink["entries"] == []
    base = f"{sinks(ws)}/{sink['id']}"

    added = http.post(base, json={"key": "mass", "value": "15 kg", "dataType": "scalar"}, headers=write())
    assert added.status_code == 201
    entry = added.json()
    assert entry["key"] == "mass"
    assert entry["value"] == "15 kg"
    assert entry["dataType"] == "scalar"
    assert entry["dataSinkId"] == sink["id"]
    assert entry["createdBy"] == entry["updatedBy"] == user
    assert entry["createdAt"] == entry["updatedAt"]
    assert http.get(f"{base}/mass").json() == entry
    # Adding an entry bumps the sink.
    assert http.get(base).json()["updatedAt"] > sink["updatedAt"]

    no_value = http.post(base, json={"key": "empty", "dataType": "scalar"}, headers=write()).json()
    assert no_value["value"] is None

    before_update = http.get(base).json()["updatedAt"]
    time.sleep(0.002)  # timestamps have millisecond resolution
    updated = http.patch(f"{base}/mass", json={"value": "16 kg"}, headers=write())
    assert updated.status_code == 200
    body = updated.json()
    assert body["dataSinkId"] == sink["id"]
    assert http.get(base).json()["updatedAt"] > before_update  # updating an entry bumps the sink
    assert body["value"] == "16 kg"
    assert body["dataType"] == "scalar"
    assert body["id"] == entry["id"]
    assert body["createdAt"] == entry["createdAt"]
    assert body["updatedAt"] > entry["updatedAt"]
    body2 = http.patch(f"{base}/mass", json={"dataType": "text"}, headers=write()).json()
    assert (body2["value"], body2["dataType"]) == ("16 kg", "text")

    # Entries are listed in creation order, with the sink; /list leaves them out.
    listed = {item["id"]: item for item in http.get(sinks(ws)).json()}
    assert [e["key"] for e in listed[sink["id"]]["entries"]] == ["mass", "empty"]
    summary = {item["id"]: item for item in http.get(f"{sinks(ws)}/list").json()}
    assert set(summary) == set(listed)
    assert "entries" not in summary[sink["id"]]

    assert_error(http.patch(f"{base}/nope", json={"value": "1"}, headers=write()), 404, "Not Found")
    before_delete = http.get(base).json()["updatedAt"]
    time.sleep(0.002)
    deleted = http.delete(f"{base}/mass", headers=write())
    assert deleted.status_code == 200
    assert http.get(base).json()["updatedAt"] > before_delete  # so does deleting one
    assert deleted.content == b""
    assert_error(http.get(f"{base}/mass"), 404, "Not Found")
    assert_error(http.delete(f"{base}/mass", headers=write()), 404, "Not Found")
    # A deleted key can be created again.
    assert http.post(base, json={"key": "mass", "dataType": "scalar"}, headers=write()).status_code == 201


def test_keys_with_reserved_characters(http: httpx.Client, ws: str) -> None:
    sink = create_sink(http, ws)
    base = f"{sinks(ws)}/{sink['id']}"
    key = "a/b c?"
    assert http.post(base, json={"key": key, "dataType": "scalar"}, headers=write()).status_code == 201
    encoded = "a%2Fb%20c%3F"
    assert http.get(f"{base}/{encoded}").json()["key"] == key


def test_serial_and_visible_id_per_workspace_never_reused(http: httpx.Client, own_workspaces: None) -> None:
    ws, other = new_workspace(), new_workspace()
    first = create_sink(http, ws, label="one")
    second = create_sink(http, ws, label="two")
    assert (first["serial"], first["visibleId"]) == (1, "SNK-1")
    assert (second["serial"], second["visibleId"]) == (2, "SNK-2")
    # Serials count per workspace.
    assert create_sink(http, other)["visibleId"] == "SNK-1"
    # Deleting the newest sink does not free its number.
    assert http.delete(f"{sinks(ws)}/{second['id']}", headers=write()).status_code == 200
    third = create_sink(http, ws, label="three")
    assert (third["serial"], third["visibleId"]) == (3, "SNK-3")
    listed = http.get(f"{sinks(ws)}/list").json()
    assert [(s["label"], s["serial"]) for s in listed] == [("one", 1), ("three", 3)]


def test_workspace_isolation(http: httpx.Client, own_workspaces: None) -> None:
    ws_a, ws_b = new_workspace(), new_workspace()
    sink = create_sink(http, ws_a, entries=[{"key": "sum", "value": "3", "dataType": "scalar"}])
    in_b = f"{sinks(ws_b)}/{sink['id']}"

    assert assert_error(http.get(in_b), 404, "Not Found") == "Data sink not found"
    assert_error(http.patch(in_b, json={"label": "hijacked"}, headers=write()), 404, "Not Found")
    assert_error(http.delete(in_b, headers=write()), 404, "Not Found")
    assert_error(
        http.post(in_b, json={"key": "x", "value": "1", "dataType": "scalar"}, headers=write()),
        404,
        "Not Found",
    )
    assert_error(http.get(f"{in_b}/sum"), 404, "Not Found")
    assert_error(http.patch(f"{in_b}/sum", json={"value": "9"}, headers=write()), 404, "Not Found")
    assert_error(http.delete(f"{in_b}/sum", headers=write()), 404, "Not Found")
    assert http.get(sinks(ws_b)).json() == []
    assert http.get(f"{sinks(ws_b)}/list").json() == []

    # Nothing changed in workspace A.
    unchanged = http.get(f"{sinks(ws_a)}/{sink['id']}").json()
    assert unchanged == sink
    # The same client-chosen id may exist in another workspace: nothing about A is revealed.
    twin = create_sink(http, ws_b, id=sink["id"])
    assert twin["id"] == sink["id"]
    assert twin["workspaceId"] == ws_b
    assert twin["entries"] == []


def test_duplicate_entry_key_is_conflict(http: httpx.Client, ws: str) -> None:
    sink = create_sink(http, ws, entries=[{"key": "sum", "value": "3", "dataType": "scalar"}])
    base = f"{sinks(ws)}/{sink['id']}"
    message = assert_error(
        http.post(base, json={"key": "sum", "value": "4", "dataType": "scalar"}, headers=write()),
        409,
        "Conflict",
    )
    assert message == "Data sink entry with key 'sum' already exists"
    assert http.get(f"{base}/sum").json()["value"] == "3"

    # Two nested entries with one key: 409 and nothing is created.
    before = http.get(f"{sinks(ws)}/list").json()
    entries = [{"key": "k", "dataType": "scalar"}, {"key": "k", "dataType": "scalar"}]
    response = http.post(sinks(ws), json={"label": "dup", "entries": entries}, headers=write())
    assert_error(response, 409, "Conflict")
    assert http.get(f"{sinks(ws)}/list").json() == before


def test_duplicate_client_supplied_id_is_conflict(http: httpx.Client, ws: str) -> None:
    sink_id = str(uuid.uuid4())
    assert create_sink(http, ws, id=sink_id)["id"] == sink_id
    response = http.post(sinks(ws), json={"id": sink_id, "label": "again"}, headers=write())
    assert assert_error(response, 409, "Conflict") == f"Data sink with id '{sink_id}' already exists"
    # A malformed nested entry id is a 400 before the conflict is looked for (validation comes first).
    entries = [{"key": "k", "dataType": "scalar", "id": "nope"}]
    both = http.post(sinks(ws), json={"id": sink_id, "label": "x", "entries": entries}, headers=write())
    assert assert_error(both, 400, "Bad Request") == ["entries.0.id: must be a UUID"]
    # Ids are case-insensitive UUIDs.
    assert http.get(f"{sinks(ws)}/{sink_id.upper()}").json()["id"] == sink_id


@pytest.mark.parametrize(
    ("method", "suffix", "body"),
    [
        ("POST", "", {"label": "x"}),
        ("PATCH", "/{sink}", {"label": "x"}),
        ("DELETE", "/{sink}", None),
        ("POST", "/{sink}", {"key": "new", "dataType": "scalar"}),
        ("PATCH", "/{sink}/sum", {"value": "1"}),
        ("DELETE", "/{sink}/sum", None),
    ],
)
def test_writes_require_client_id(
    http: httpx.Client, ws: str, method: str, suffix: str, body: dict[str, Any] | None
) -> None:
    before = sink_ids(http, ws)
    sink = create_sink(http, ws, entries=[{"key": "sum", "value": "3", "dataType": "scalar"}])
    url = sinks(ws) + suffix.format(sink=sink["id"])
    response = http.request(method, url, json=body)
    message = assert_error(response, 400, "Bad Request")
    assert isinstance(message, list)
    assert any("ClientId" in m for m in message), message
    # Nothing was written.
    assert http.get(f"{sinks(ws)}/{sink['id']}").json() == sink
    assert sink_ids(http, ws) == [*before, sink["id"]]


def test_client_id_is_not_needed_on_reads(http: httpx.Client, ws: str) -> None:
    sink = create_sink(http, ws, entries=[{"key": "sum", "value": "3", "dataType": "scalar"}])
    for path in ("", "/list", f"/{sink['id']}", f"/{sink['id']}/sum"):
        assert http.get(sinks(ws) + path).status_code == 200


@pytest.mark.parametrize("headers", [{}, {"x-api-key": "wrong"}, {"x-api-key": ""}])
def test_missing_or_wrong_api_key_is_401(target: Target, ws: str, headers: dict[str, str]) -> None:
    url = target.base_url + sinks(ws)
    assert_error(httpx.get(url, headers=headers), 401, "Unauthorized")
    response = httpx.post(url, json={"label": "x"}, headers={**headers, "ClientId": "c"})
    assert_error(response, 401, "Unauthorized")


def test_unknown_path_and_method(http: httpx.Client) -> None:
    message = assert_error(http.get("/v1/nothing/here"), 404, "Not Found")
    assert message == "Cannot GET /v1/nothing/here"
    response = http.put(f"{sinks(new_workspace())}/{uuid.uuid4()}", json={})
    assert_error(response, 405, "Method Not Allowed")


def test_unknown_or_malformed_workspace_and_sink(http: httpx.Client) -> None:
    assert assert_error(http.get(sinks("not-a-uuid")), 404, "Not Found") == "Workspace not found"
    assert_error(http.get(f"{sinks(new_workspace())}/{uuid.uuid4()}"), 404, "Not Found")
    assert_error(http.get(f"{sinks(new_workspace())}/not-a-uuid"), 404, "Not Found")


def test_validation_errors_list_every_problem(http: httpx.Client, ws: str) -> None:
    before = sink_ids(http, ws)
    response = http.post(
        sinks(ws),
        json={"label": "", "tags": ["a"], "entries": [{"key": "k"}]},
        headers=write(),
    )
    message = assert_error(response, 400, "Bad Request")
    assert isinstance(message, list)
    assert len(message) == 3
    assert any(m.startswith("label") for m in message)
    assert any(m.startswith("tags") for m in message)
    assert any("dataType" in m for m in message)

    missing = assert_error(http.post(sinks(ws), json={}, headers=write()), 400, "Bad Request")
    assert missing == ['"label" is a required property']

    bad_id = http.post(sinks(ws), json={"label": "x", "id": "not-a-uuid"}, headers=write())
    assert assert_error(bad_id, 400, "Bad Request") == ["id: must be a UUID"]

    no_body = assert_error(http.post(sinks(ws), headers=write()), 400, "Bad Request")
    assert isinstance(no_body, list)
    malformed = http.post(sinks(ws), content=b"{", headers={**write(), "content-type": "application/json"})
    assert isinstance(assert_error(malformed, 400, "Bad Request"), str)
    assert sink_ids(http, ws) == before


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
