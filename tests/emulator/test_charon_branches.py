"""Charon branches (emulators/charon/branches.py): names, order, push, delete, errors, notifications."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
import websockets

from emulators.charon import datasource
from emulators.testing import InProcessEmulator
from tests.emulator.charon_support import (
    SECOND,
    TOKEN,
    app_of,
    bearer,
    emulator,
    error,
    grant,
    http,
    join,
    new_project,
    result,
    seed_users,
)

pytestmark = pytest.mark.parity("emulator")
__all__ = ["emulator", "http"]  # fixtures


def names(http: httpx.Client, project_id: str) -> list[str]:
    return [b["name"] for b in result(http.get(f"/project/{project_id}/"))["branches"]]


def create(http: httpx.Client, project_id: str, *branches: str) -> None:
    for name in branches:
        assert http.put(f"/project/{project_id}/branch/", json={"name": name}).status_code == 204


def test_duplicate_names_are_409_on_the_parameter_that_carries_them(http: httpx.Client) -> None:
    project = new_project(http)
    create(http, project["id"], "develop")
    again = http.put(f"/project/{project['id']}/branch/", json={"name": "develop"})
    assert error(again, 409, "duplicateUniqueValue") == {
        "code": "duplicateUniqueValue",
        "message": "name: A branch named develop already exists.",
        "parameterName": "name",
    }
    rename = http.post(f"/project/{project['id']}/branch/develop/", json={"newName": "main"})
    assert error(rename, 409, "duplicateUniqueValue")["parameterName"] == "newName"
    same = http.post(f"/project/{project['id']}/branch/develop/", json={"newName": "develop"})
    assert same.status_code == 204  # its own name is not a duplicate
    assert names(http, project["id"]) == ["main", "develop"]


def test_an_ordinal_past_the_end_moves_the_branch_last(http: httpx.Client) -> None:
    project = new_project(http)
    create(http, project["id"], "develop", "qa")
    moved = http.post(f"/project/{project['id']}/branch/main/", json={"newOrdinal": 99})
    assert moved.status_code == 204
    assert names(http, project["id"]) == ["develop", "qa", "main"]
    middle = http.post(f"/project/{project['id']}/branch/main/", json={"newOrdinal": 1})
    assert middle.status_code == 204
    assert names(http, project["id"]) == ["develop", "main", "qa"]
    create(http, project["id"], "hotfix")  # a new branch goes last
    assert names(http, project["id"]) == ["develop", "main", "qa", "hotfix"]


def test_unknown_branches_are_404_on_the_parameter_that_named_them(http: httpx.Client) -> None:
    project = new_project(http)
    missing = http.delete(f"/project/{project['id']}/branch/nowhere/")
    assert error(missing, 404, "resourceNotFound") == {
        "code": "resourceNotFound",
        "message": "branchName: The branch nowhere was not found.",
        "parameterName": "branchName",
    }
    push = http.put(f"/project/{project['id']}/branch/main/", json={"destinationBranchName": "gone"})
    assert error(push, 404, "resourceNotFound")["parameterName"] == "destinationBranchName"


def test_the_primary_branch_cannot_be_deleted_and_says_so(http: httpx.Client) -> None:
    project = new_project(http)
    refused = http.delete(f"/project/{project['id']}/branch/main/")
    assert error(refused, 400, "invalidParameterValue") == {
        "code": "invalidParameterValue",
        "message": "branchName: The primary branch cannot be deleted.",
        "parameterName": "branchName",
    }


async def _messages(url: str, headers: dict[str, str], then: Any, count: int) -> list[dict[str, Any]]:
    async with websockets.connect(url, additional_headers=headers, open_timeout=5) as socket:
        got = [json.loads(await asyncio.wait_for(socket.recv(), 5))]  # "connected"
        await asyncio.to_thread(then)
        for _ in range(count):
            got.append(json.loads(await asyncio.wait_for(socket.recv(), 5)))
        return got


def test_every_branch_change_is_announced_with_the_branch(
    emulator: InProcessEmulator, http: httpx.Client
) -> None:
    project = new_project(http)
    path = f"/project/{project['id']}/branch/"
    main_id = project["branches"][0]["id"]

    def changes() -> None:
        create(http, project["id"], "develop")
        assert http.post(f"{path}develop/", json={"newName": "staging"}).status_code == 204
        assert http.put(f"{path}staging/", json={"destinationBranchName": "main"}).status_code == 204
        assert http.delete(f"{path}staging/").status_code == 204

    url = emulator.base_url.replace("http://", "ws://") + "/notification/"
    got = asyncio.run(_messages(url, bearer(TOKEN), changes, 4))[1:]
    staging_id = got[0]["branchId"]
    assert [(m["type"], m["action"], m["branchName"], m["branchId"]) for m in got] == [
        ("branch", "created", "develop", staging_id),
        ("branch", "updated", "staging", staging_id),
        ("branch", "pushed", "main", main_id),
        ("branch", "deleted", "staging", staging_id),
    ]
    assert {(m["projectId"], m["workspaceId"]) for m in got} == {(project["id"], project["workspaceId"])}


def test_pushing_renaming_and_deleting_branches_need_administer(http: httpx.Client) -> None:
    project = new_project(http)
    create(http, project["id"], "develop")
    member = {**seed_users(http, SECOND)[0], **SECOND}
    join(http, project["id"], member)
    grant(http, project["id"], member["id"], "view", "edit", "design")
    as_member = bearer(SECOND["apiKey"])
    path = f"/project/{project['id']}/branch/develop/"
    attempts = (
        http.put(path, json={"destinationBranchName": "main"}, headers=as_member),
        http.post(path, json={"newName": "mine"}, headers=as_member),
        http.delete(path, headers=as_member),
    )
    for refused in attempts:
        assert error(refused, 403, "authorizationFailed")["message"] == (
            "The 'administer' permission on this project is required."
        )
    assert names(http, project["id"]) == ["main", "develop"]


def test_a_deleted_branch_takes_its_game_data_along(emulator: InProcessEmulator, http: httpx.Client) -> None:
    project = new_project(http)
    create(http, project["id"], "develop")
    develop = result(http.get(f"/project/{project['id']}/"))["branches"][1]["id"]
    storage = app_of(emulator).vendor.storage
    schemas = [{"Id": f"{1:024x}", "Name": "Item", "Properties": [{"Name": "Id", "DataType": 13}]}]
    datasource.replace_all(storage, develop, {"Collections": {"Schema": schemas, "Item": [{"Id": 1}]}})
    left = "SELECT count(*) FROM {} WHERE scope = ?"
    assert storage.scalar(left.format("charon_documents"), (develop,)) > 0
    assert http.delete(f"/project/{project['id']}/branch/develop/").status_code == 204
    for table in ("charon_documents", "charon_document_values", "charon_revisions"):
        assert storage.scalar(left.format(table), (develop,)) == 0, table


def test_a_branch_weighs_its_file_form_until_first_used_then_its_documents(
    http: httpx.Client, emulator: InProcessEmulator
) -> None:
    project = new_project(http)
    primary = project["branches"][0]["id"]
    storage = app_of(emulator).vendor.storage
    file_form = storage.scalar("SELECT length(content) FROM charon_data_sources WHERE id = ?", (primary,))
    assert project["branches"][0]["dataSize"] == file_form > 100
    assert http.put(f"/project/{project['id']}/branch/", json={"name": "develop"}).status_code == 204
    documents = storage.scalar("SELECT sum(length(body)) FROM charon_documents WHERE scope = ?", (primary,))
    sizes = {b["name"]: b["dataSize"] for b in result(http.get(f"/project/{project['id']}/"))["branches"]}
    assert sizes == {"main": documents, "develop": documents}  # the emptied file form weighs nothing
    usage = result(http.post(f"/workspace/{project['workspaceId']}/quota-usage/"))
    assert usage["dataStorageSize"] == 2 * documents
