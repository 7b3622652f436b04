"""The Rollup Data Sinks emulator over real HTTP: round trips, workspace isolation, conflicts, credentials,
validation errors."""

from __future__ import annotations

import time
import uuid
from typing import Any

import httpx
import pytest

from tests.emulator.rollup_support import (
    ICON,
    STAMP,
    assert_error,
    create_sink,
    fresh,
    http,
    new_workspace,
    own_workspaces,
    sink_ids,
    sinks,
    user,
    write,
    ws,
)
from tests.target import Target

VENDOR = "rollup"
pytestmark = pytest.mark.parity("emulator")
__all__ = ["fresh", "http", "own_workspaces", "user", "ws"]  # fixtures


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
