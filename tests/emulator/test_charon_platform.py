"""Charon platform: five preference layers, context, billing, resource storage, notifications, coverage."""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
from typing import Any

import httpx
import pytest
import websockets

from emulators.core.spec import spec_path
from emulators.testing import InProcessEmulator
from openapi_toolkit.loading import read_yaml
from tests.emulator.charon_support import (
    ADMIN,
    SECOND,
    bearer,
    control,
    emulator,
    error,
    http,
    my_workspace,
    new_project,
    result,
    seed_users,
)

pytestmark = pytest.mark.parity("emulator")
__all__ = ["emulator", "http"]  # fixtures


# ----------------------------------------------------------------------------------------- preferences


def layer_paths(project_id: str, workspace_id: str) -> dict[str, str]:
    return {
        "projectShared": f"/project/{project_id}/preferences/",
        "projectPersonal": f"/project/{project_id}/preferences/user/",
        "workspaceShared": f"/workspace/{workspace_id}/preferences/",
        "workspacePersonal": f"/workspace/{workspace_id}/preferences/user/",
    }


def test_each_layer_is_null_until_saved_then_replaced_and_patched(http: httpx.Client) -> None:
    project = new_project(http)
    for layer, path in layer_paths(project["id"], project["workspaceId"]).items():
        assert result(http.get(path)) is None, layer
        assert http.put(path, json={"layer": layer, "old": True}).status_code == 204
        assert http.put(path, json={"layer": layer}).status_code == 204  # PUT replaces
        patch = [
            {"op": "add", "path": "/size", "value": 3},
            {"op": "replace", "path": "/layer", "value": "x"},
        ]
        assert http.patch(path, json=patch).status_code == 204
        assert result(http.get(path)) == {"layer": "x", "size": 3}, layer


def test_patch_failures_use_the_vendor_codes(http: httpx.Client) -> None:
    path = f"/project/{new_project(http)['id']}/preferences/"
    assert http.put(path, json={"a": 1}).status_code == 204
    error(http.patch(path, json=[{"op": "test", "path": "/a", "value": 2}]), 400, "jsonPatchTestFailed")
    error(http.patch(path, json=[{"op": "remove", "path": "/missing"}]), 400, "invalidJsonPatchParameter")
    error(
        http.patch(path, json=[{"op": "replace", "path": "", "value": [1]}]), 400, "invalidJsonPatchParameter"
    )
    assert result(http.get(path)) == {"a": 1}  # nothing applied


def test_reset_clears_only_the_callers_personal_layers(http: httpx.Client) -> None:
    project = new_project(http)
    paths = layer_paths(project["id"], project["workspaceId"])
    for path in paths.values():
        assert http.put(path, json={"saved": True}).status_code == 204
    assert http.delete("/preferences/user/").status_code == 204
    assert result(http.get(paths["projectPersonal"])) is None
    assert result(http.get(paths["workspacePersonal"])) is None
    assert result(http.get(paths["projectShared"])) == {"saved": True}
    assert result(http.get(paths["workspaceShared"])) == {"saved": True}


def test_server_defaults_are_written_by_administrator_accounts_only(http: httpx.Client) -> None:
    seed_users(http, ADMIN)
    error(http.put("/preferences/", json={"theme": "dark"}), 403, "authorizationFailed")
    assert (
        http.put("/preferences/", json={"theme": "dark"}, headers=bearer(ADMIN["apiKey"])).status_code == 204
    )
    assert result(http.get("/preferences/")) == {"theme": "dark"}


def test_shared_project_layer_needs_administer_to_write(http: httpx.Client) -> None:
    project = new_project(http)
    member = {**seed_users(http, SECOND)[0], **SECOND}
    assert (
        http.put(
            f"/project/{project['id']}/members/", json={"name": "m m", "email": member["email"]}
        ).status_code
        == 204
    )
    invitation = result(http.get("/user/me/", headers=bearer(member["apiKey"])))["invitations"][0]
    http.post(f"/user/{member['id']}/invitations/{invitation['id']}/", headers=bearer(member["apiKey"]))
    shared = f"/project/{project['id']}/preferences/"
    error(http.put(shared, json={"x": 1}, headers=bearer(member["apiKey"])), 403, "authorizationFailed")
    personal = f"/project/{project['id']}/preferences/user/"
    assert http.put(personal, json={"mine": 1}, headers=bearer(member["apiKey"])).status_code == 204
    assert result(http.get(personal)) is None  # personal layers are per user


def test_get_context_returns_the_layers_of_the_page(http: httpx.Client) -> None:
    project = new_project(http, name="space-game")
    paths = layer_paths(project["id"], project["workspaceId"])
    for layer, path in paths.items():
        assert http.put(path, json={"from": layer}).status_code == 204
    context = result(http.get("/context/", params={"projectName": "space-game", "branchName": "main"}))
    assert context["scope"] == "dataSource"
    assert context["dataSourceId"] == project["branches"][0]["id"]
    assert {k: (v or {}).get("from") for k, v in context["preferences"].items()} == {
        "projectPersonal": "projectPersonal",
        "projectShared": "projectShared",
        "workspacePersonal": "workspacePersonal",
        "workspaceShared": "workspaceShared",
        "serverDefault": None,
    }
    assert result(http.get("/context/"))["scope"] == "user"


# --------------------------------------------------------------------------------------------- billing


def test_billing_account_packages_and_subscription_session(http: httpx.Client) -> None:
    me = result(http.get("/user/me/"))
    packages = result(http.get("/membership/packages/"))
    assert [p["name"] for p in packages] == ["free", "indie", "studio"]
    account = result(http.get(f"/billing/{me['id']}/account/"))
    assert account["invoices"][0]["status"] == "paid"
    update = {
        "taxationType": "business",
        "firstName": "Ada",
        "lastName": "L",
        "addressLine1": "1 Road",
        "city": "Oslo",
        "countryCode": "NO",
    }
    assert result(http.post(f"/billing/{me['id']}/account/", json=update))["city"] == "Oslo"
    order = {
        "workspaceId": my_workspace(http),
        "packageName": "indie",
        "period": "monthly",
        "currencyCode": "usd",
    }
    upcoming = result(http.post(f"/billing/{me['id']}/payment/upcoming/", json=order))
    assert (upcoming["status"], upcoming["totalAmount"]) == ("draft", 900)
    session = result(
        http.post(
            f"/billing/{me['id']}/payment/status/",
            json={
                **order,
                "successRedirectUrl": "https://a.example/ok",
                "cancelRedirectUrl": "https://a.example/no",
            },
        )
    )
    assert session["redirectAction"] == "get" and session["redirectUrl"].startswith("https://")
    session_id = session["redirectUrl"].rsplit("/", 1)[1]
    invoice = result(
        http.get(f"/billing/{me['id']}/payment/status/", params={"sessionOrInvoiceId": session_id})
    )
    assert (invoice["status"], invoice["totalAmount"]) == ("open", 900)
    error(
        http.post(f"/billing/{me['id']}/payment/upcoming/", json={**order, "packageName": "gold"}),
        404,
        "resourceNotFound",
    )
    other = seed_users(http, SECOND)[0]
    error(http.get(f"/billing/{other['id']}/account/"), 403, "authorizationFailed")


# ------------------------------------------------------------------------------------ resource storage


def test_upload_metadata_anonymous_download_and_delete(
    emulator: InProcessEmulator, http: httpx.Client
) -> None:
    data = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    meta = result(
        http.put(
            "/resourceStorage/",
            params={"name": "avatar.png", "purpose": "userPicture", "mediaType": "image/png"},
            content=data,
            headers={"content-type": "application/octet-stream"},
        )
    )
    assert (meta["length"], meta["mediaType"], meta["md5Hash"]) == (
        len(data),
        "image/png",
        hashlib.md5(data).hexdigest(),
    )
    assert result(http.get(f"/resourceStorage/{meta['id']}/")) == meta
    with httpx.Client(base_url=emulator.base_url, timeout=10) as anonymous:
        download = anonymous.get(f"/resourceStorage/{meta['id']}/data/")
    assert download.status_code == 200 and download.content == data
    other = {**seed_users(http, SECOND)[0], **SECOND}
    error(
        http.delete(f"/resourceStorage/{meta['id']}/", headers=bearer(other["apiKey"])),
        403,
        "authorizationFailed",
    )
    assert http.delete(f"/resourceStorage/{meta['id']}/").status_code == 204
    error(http.get(f"/resourceStorage/{meta['id']}/data/"), 404, "resourceNotFound")


# ------------------------------------------------------------------------------------------- WebSocket


def ws_url(emulator: InProcessEmulator, query: str = "") -> str:
    return emulator.base_url.replace("http://", "ws://") + "/notification/" + query


async def _messages(url: str, headers: dict[str, str], then: Any, count: int) -> list[dict[str, Any]]:
    async with websockets.connect(url, additional_headers=headers, open_timeout=5) as socket:
        hello = json.loads(await asyncio.wait_for(socket.recv(), 5))
        await asyncio.to_thread(then)
        got = [hello]
        for _ in range(count):
            got.append(json.loads(await asyncio.wait_for(socket.recv(), 5)))
        return got


def test_websocket_subscriber_gets_a_message_per_visible_change(
    emulator: InProcessEmulator, http: httpx.Client
) -> None:
    me = result(http.get("/user/me/"))
    holder: dict[str, Any] = {}

    def changes() -> None:
        holder["project"] = new_project(http)
        assert (
            http.put(f"/project/{holder['project']['id']}/branch/", json={"name": "develop"}).status_code
            == 204
        )

    got = asyncio.run(_messages(ws_url(emulator), bearer("charon-test-key"), changes, 2))
    assert got[0] == {"type": "connected", "userId": me["id"]}
    assert [(m["type"], m["action"], m["projectId"]) for m in got[1:]] == [
        ("project", "created", holder["project"]["id"]),
        ("branch", "created", holder["project"]["id"]),
    ]
    assert got[2]["branchName"] == "develop"


def test_websocket_with_a_one_time_code_and_invisible_changes_are_not_sent(
    emulator: InProcessEmulator, http: httpx.Client
) -> None:
    other = {**seed_users(http, SECOND)[0], **SECOND}
    code = result(http.post("/auth/one-time-code/", headers=bearer(other["apiKey"])))["code"]

    def changes() -> None:
        new_project(http)  # the default user's project: not visible to ``other``
        assert (
            http.post(
                f"/workspace/{other['workspaceId']}/",
                json={"newName": "Renamed"},
                headers=bearer(other["apiKey"]),
            ).status_code
            == 200
        )

    got = asyncio.run(_messages(ws_url(emulator, f"?x-authorization={code}"), {}, changes, 1))
    assert got[0]["userId"] == other["id"]
    assert (got[1]["type"], got[1]["action"], got[1]["workspaceId"]) == (
        "workspace",
        "updated",
        other["workspaceId"],
    )


def test_websocket_refuses_a_missing_or_used_credential(
    emulator: InProcessEmulator, http: httpx.Client
) -> None:
    code = result(http.post("/auth/one-time-code/"))["code"]
    asyncio.run(_messages(ws_url(emulator, f"?x-authorization={code}"), {}, lambda: None, 0))

    async def refused(url: str) -> int:
        try:
            async with websockets.connect(url, open_timeout=5):
                return 101
        except websockets.InvalidStatus as exc:
            return exc.response.status_code

    assert asyncio.run(refused(ws_url(emulator))) in (401, 403)
    assert asyncio.run(refused(ws_url(emulator, f"?x-authorization={code}"))) in (401, 403)


def test_a_plain_get_of_the_websocket_is_refused(http: httpx.Client) -> None:
    plain = http.get("/notification/")
    error(plain, 400, "missingParameterValue")
    upgrade_headers = {
        "Upgrade": "websocket",
        "Connection": "keep-alive",
        "Sec-WebSocket-Key": "x",
        "Sec-WebSocket-Version": "13",
    }
    error(http.get("/notification/", headers=upgrade_headers), 400, "invalidParameterValue")


# -------------------------------------------------------------------------------------------- coverage


def spec_operations() -> list[tuple[str, str, str, bool]]:
    document = read_yaml(spec_path("charon"))
    found = []
    for path, item in document["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and "operationId" in op:
                secured = op.get("security", document["security"]) != []
                found.append((op["operationId"], method.upper(), path, secured))
    return found


def concrete(path: str) -> str:
    values = {"authenticationProvider": "github", "branchName": "develop", "processId": "7", "typeName": "T"}
    return re.sub(r"\{([^}]+)\}", lambda m: values.get(m.group(1), "a" * 24), path)


def test_every_secured_operation_answers_401_without_or_with_a_wrong_credential(
    emulator: InProcessEmulator,
) -> None:
    operations = spec_operations()
    assert len(operations) == 111 and sum(not s for *_, s in operations) == 12
    with httpx.Client(base_url=emulator.base_url, timeout=10) as anonymous:
        for _op_id, method, path, secured in operations:
            if not secured:
                continue
            for headers in ({}, bearer("wrong-key")):
                response = anonymous.request(method, concrete(path), headers=headers)
                error(response, 401, "authenticationFailed")


def test_every_operation_is_built_so_none_is_unfinished_or_declares_a_501() -> None:
    from emulators.charon import CharonEmulator

    spec = read_yaml(spec_path("charon"))
    operations = [op for item in spec["paths"].values() for op in item.values() if isinstance(op, dict)]
    assert len(operations) == 111
    assert [op["operationId"] for op in operations if {"501", 501} & set(op["responses"])] == []  # none live
    assert not CharonEmulator.unfinished_operations


def test_outbox_and_clock_are_on_the_control_plane(http: httpx.Client) -> None:
    assert control(http, "GET", "outbox") == {"messages": []}
    before = control(http, "GET", "clock")["epochSeconds"]
    assert control(http, "POST", "clock", {"advance": 3600})["epochSeconds"] >= before + 3600


def test_a_literal_path_wins_over_a_template_so_other_methods_are_405(http: httpx.Client) -> None:
    response = http.get("/user/public/")  # not getUser with userId "public"
    error(response, 405, "operationNotSupported")
    assert response.headers["allow"] == "POST"


def test_declared_binary_media_types_reach_the_handler_raw(http: httpx.Client) -> None:
    path = f"/datasource/{'a' * 24}/converter/raw/"
    msgpack = http.post(path, content=b"\x81\xa1a\x01", headers={"content-type": "application/x-msgpack"})
    error(msgpack, 404, "resourceNotFound")  # past the core (not a 415): the data source is unknown
    undeclared = http.post(path, content=b"x", headers={"content-type": "text/csv"})
    assert undeclared.status_code == 415


def test_administrators_lists_narrow_by_query_in_any_case_with_the_total_of_the_matches(
    http: httpx.Client,
) -> None:
    seed_users(http, ADMIN, SECOND)
    admin = bearer(ADMIN["apiKey"])
    by_name = result(http.get("/user/", params={"query": "SECOND u"}, headers=admin))
    by_email = result(http.get("/user/", params={"query": "STUDIO.IO"}, headers=admin))
    assert [u["profile"]["email"] for u in by_name["users"]] == [SECOND["email"]] and by_name["total"] == 1
    assert [u["profile"]["email"] for u in by_email["users"]] == [SECOND["email"]] and by_email["total"] == 1
    new_project(http, name="Dungeon Crawler")
    new_project(http, name="space-sim")
    projects = result(http.get("/project/", params={"query": "dungeon", "take": 5}, headers=admin))
    assert [p["name"] for p in projects["processes"]] == ["Dungeon Crawler"] and projects["total"] == 1
    everything = result(http.get("/project/", params={"take": 1}, headers=admin))
    assert len(everything["processes"]) == 1 and everything["total"] == 2
