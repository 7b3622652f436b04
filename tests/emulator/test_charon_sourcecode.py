"""Charon source-code generation, its templates, a data source's capabilities, and validation, each run
recorded as a process (emulators/charon/sourcecode.py)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.emulator.charon_data import data_source
from tests.emulator.charon_support import (
    SECOND,
    bearer,
    emulator,
    error,
    http,
    join,
    new_project,
    result,
    seed_users,
)

pytestmark = pytest.mark.parity("emulator")
__all__ = ["emulator", "http"]  # fixtures

OPTIONS = {
    "targetLanguage": "typeScript",
    "documentClassName": "Doc",
    "gameDataClassName": "Game",
    "namespace": "My.Game",
    "defineConstants": "",
    "lineEndings": "unix",
    "indentation": "twoSpaces",
    "splitFiles": True,
    "optimizations": [],
}


def last_process(http: httpx.Client, ds: str) -> dict[str, Any]:
    processes: list[dict[str, Any]] = result(http.get(f"/datasource/{ds}/process/"))["processes"]
    return processes[-1]


def raw_result(http: httpx.Client, ds: str, process: dict[str, Any]) -> httpx.Response:
    return http.get(f"/datasource/{ds}/process/{process['id']}/result/raw/")


def test_generated_source_code_is_a_named_download_and_a_process_with_that_zip(http: httpx.Client) -> None:
    ds = data_source(http)
    response = http.post(f"/datasource/{ds}/source-code/", json=OPTIONS, params={"download": "true"})
    assert response.status_code == 200, response.text
    assert response.headers["content-disposition"] == 'attachment; filename="source-code.zip"'
    process = last_process(http, ds)
    assert (process["type"], process["status"], process["progressMessage"]) == (
        "generateSourceCode",
        "finishedWithResult",
        "Generated",
    )
    kept = raw_result(http, ds, process)
    assert kept.content == response.content and kept.headers["content-type"] == "application/zip"
    templates = http.get(f"/datasource/{ds}/source-code/templates/", params={"download": "true"})
    assert templates.headers["content-disposition"] == 'attachment; filename="templates.zip"'
    assert "content-disposition" not in http.post(f"/datasource/{ds}/source-code/", json=OPTIONS).headers


def test_a_validation_is_a_process_with_its_report(http: httpx.Client) -> None:
    ds = data_source(http)
    report = result(
        http.post(f"/datasource/{ds}/validity/", params={"validationOptions": "checkRequirements"})
    )
    process = last_process(http, ds)
    assert (process["type"], process["status"], process["progressMessage"]) == (
        "validate",
        "finishedWithResult",
        "Validated",
    )
    assert raw_result(http, ds, process).json() == report


def test_capabilities_say_where_the_data_lives_and_why_a_viewer_cannot_write(http: httpx.Client) -> None:
    project = new_project(http)
    ds = project["branches"][0]["id"]
    limits = {"transactionMaxStartTime": "00:01:00", "transactionMaxExecutionTime": "00:30:00"}
    assert result(http.get(f"/datasource/{ds}/capabilities/")) == {
        "location": "mongoDataBase",
        "limits": {**limits, "readOnly": False, "readOnlyReasons": []},
    }
    member: dict[str, Any] = {**seed_users(http, SECOND)[0], **SECOND}
    join(http, project["id"], member)  # a member with view only
    as_member = bearer(member["apiKey"])
    assert result(http.get(f"/datasource/{ds}/capabilities/", headers=as_member))["limits"] == {
        **limits,
        "readOnly": True,
        "readOnlyReasons": ["noEditPermission"],
    }
    # Reading is what each of these needs: a member who may view may run them, a stranger may not.
    assert http.post(f"/datasource/{ds}/source-code/", json=OPTIONS, headers=as_member).status_code == 200
    assert http.get(f"/datasource/{ds}/source-code/templates/", headers=as_member).status_code == 200
    stranger = bearer("stranger-key")
    seed_users(http, {"email": "stranger@studio.io", "name": "Stranger", "apiKey": "stranger-key"})
    error(http.get(f"/datasource/{ds}/capabilities/", headers=stranger), 404, "resourceNotFound")
