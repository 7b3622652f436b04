"""Charon data-source processes, loading progress, present users and the formula-type catalogue."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from emulators.charon import gamedata_io, processes
from emulators.testing import InProcessEmulator
from tests.emulator.charon_data import data_source
from tests.emulator.charon_support import (
    SECOND,
    TOKEN,
    bearer,
    control,
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


def test_a_data_source_starts_with_its_finished_load_process(
    emulator: InProcessEmulator, http: httpx.Client
) -> None:
    from charon_client import Client

    ds = data_source(http)
    client = Client(base_url=emulator.base_url, token=TOKEN)
    loading = client.data_source.get_loading_progress(ds).result
    assert (loading.id, loading.type_.value, loading.status.value, loading.progress) == (
        1,
        "load",
        "finished",
        1.0,
    )
    listed = client.processes.list(ds).result
    assert [(p.id, p.type_.value) for p in listed.processes] == [(1, "load")] and listed.total == 1
    error(http.get(f"/datasource/{ds}/process/1/result/raw/"), 404, "resourceNotFound")


def test_process_ids_are_sequential_and_only_a_running_process_stops(http: httpx.Client) -> None:
    ds = data_source(http)
    first = control(http, "POST", "process", {"dataSourceId": ds, "type": "import"})["id"]
    second = control(http, "POST", "process", {"dataSourceId": ds})["id"]
    assert (first, second) == (2, 3)
    running = result(http.get(f"/datasource/{ds}/process/{first}/"))
    assert (running["status"], running["canBeStopped"], running["type"]) == ("running", True, "import")
    stopped = result(http.post(f"/datasource/{ds}/process/{first}/", params={"stopReason": "user_request"}))
    assert (stopped["status"], stopped["canBeStopped"]) == ("stopped", False)
    assert stopped["progressMessage"] == "Stopped: user_request"
    assert result(http.get(f"/datasource/{ds}/process/{first}/"))["status"] == "stopped"
    again = http.post(f"/datasource/{ds}/process/{first}/", params={"stopReason": "again"})
    assert error(again, 400, "invalidParameterValue")["parameterName"] == "processId"
    error(http.post(f"/datasource/{ds}/process/1/", params={"stopReason": "x"}), 400, "invalidParameterValue")
    error(http.get(f"/datasource/{ds}/process/99/"), 404, "resourceNotFound")


def test_process_list_pages_in_creation_order(http: httpx.Client) -> None:
    ds = data_source(http)
    for _ in range(4):
        control(http, "POST", "process", {"dataSourceId": ds})
    page = result(http.get(f"/datasource/{ds}/process/", params={"skip": 1, "take": 2}))
    assert [p["id"] for p in page["processes"]] == [2, 3] and page["total"] == 5


def test_processes_of_an_invisible_data_source_are_not_found(http: httpx.Client) -> None:
    ds = data_source(http)
    stranger = seed_users(http, SECOND)[0]
    assert stranger["apiKey"] == SECOND["apiKey"]
    error(http.get(f"/datasource/{ds}/process/", headers=bearer(SECOND["apiKey"])), 404, "resourceNotFound")
    error(http.get("/datasource/6500c4a0ffffffffffffffff/process/"), 404, "resourceNotFound")


def test_present_users_are_those_who_used_the_data_source_lately(http: httpx.Client) -> None:
    project = new_project(http)
    ds = project["branches"][0]["id"]
    member: dict[str, Any] = {**seed_users(http, SECOND)[0], **SECOND}
    join(http, project["id"], member)
    me = result(http.get("/user/me/"))["id"]
    assert [p["userId"] for p in result(http.get(f"/datasource/{ds}/present-users/"))] == [me]
    result(http.get(f"/datasource/{ds}/loading-progress/", headers=bearer(member["apiKey"])))
    present = result(http.get(f"/datasource/{ds}/present-users/"))
    assert {p["userId"] for p in present} == {me, member["id"]}
    control(http, "POST", "clock", {"advance": 301})
    result(http.get(f"/datasource/{ds}/loading-progress/"))
    assert [p["userId"] for p in result(http.get(f"/datasource/{ds}/present-users/"))] == [me]


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("DateTime", "System.DateTime"),
        ("int", "System.Int32"),
        ("DT", "System.DateTime"),
        ("Span", "System.TimeSpan"),
    ],
)
def test_formula_types_match_name_alias_capitals_or_part(http: httpx.Client, query: str, first: str) -> None:
    ds = data_source(http)
    found = result(http.get(f"/datasource/{ds}/formula/type/", params={"query": query}))
    assert found["types"][0]["fullName"] == first
    assert found["total"] == len(found["types"])


def test_formula_types_page_and_are_found_by_name(http: httpx.Client) -> None:
    ds = data_source(http)
    everything = result(http.get(f"/datasource/{ds}/formula/type/"))
    page = result(http.get(f"/datasource/{ds}/formula/type/", params={"skip": 2, "take": 3}))
    assert page["types"] == everything["types"][2:5] and page["total"] == everything["total"] > 20
    date = result(http.get(f"/datasource/{ds}/formula/type/System.DateTime/"))
    assert (date["name"], date["kind"], date["namespace"]) == ("DateTime", "structure", "System")
    assert result(http.get(f"/datasource/{ds}/formula/type/int/"))["fullName"] == "System.Int32"
    error(http.get(f"/datasource/{ds}/formula/type/NoSuchType/"), 404, "resourceNotFound")
    none = result(http.get(f"/datasource/{ds}/formula/type/", params={"query": "zzz"}))
    assert none == {"types": [], "total": 0}


def whole(view: dict[str, Any], **fields: Any) -> dict[str, Any]:
    """A process view with every field: ``fields`` over the ones a finished, unattended process has."""
    finished = {"initiatorName": None, "initiatorId": None, "status": "finished", "progress": 1.0}
    return {
        **finished,
        "canBeStopped": False,
        "elapsedMilliseconds": 0.0,
        "startTime": view["startTime"],
        **fields,
    }


def test_the_load_and_a_running_process_answer_their_whole_view(http: httpx.Client) -> None:
    ds = data_source(http)
    loading = result(http.get(f"/datasource/{ds}/loading-progress/"))
    assert loading == whole(loading, id=1, dataSourceId=ds, type="load", progressMessage="Loaded")
    started = control(http, "POST", "process", {"dataSourceId": ds, "type": "import"})["id"]
    running = result(http.get(f"/datasource/{ds}/process/{started}/"))
    assert running == whole(
        running,
        id=started,
        dataSourceId=ds,
        type="import",
        status="running",
        progressMessage="Running import",
        progress=0.0,
        canBeStopped=True,
    )
    stopped = result(http.post(f"/datasource/{ds}/process/{started}/", params={"stopReason": ""}))
    assert stopped == {**running, "status": "stopped", "progressMessage": "Stopped", "canBeStopped": False}


def test_a_recorded_process_names_its_initiator_times_the_work_and_keeps_the_result(
    http: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    ds = data_source(http)
    me = result(http.get("/user/me/"))
    # The export reads the clock when it starts and the record when it ends: 1.2345678 s apart.
    ticks = iter([100.0, 101.2345678])
    clock = SimpleNamespace(perf_counter=lambda: next(ticks))
    monkeypatch.setattr(gamedata_io, "time", clock)
    monkeypatch.setattr(processes, "time", clock)
    exported = http.get(f"/datasource/{ds}/collections/", params={"exportMode": "normal"})
    monkeypatch.undo()
    assert exported.status_code == 200, exported.text
    (_, export) = result(http.get(f"/datasource/{ds}/process/"))["processes"]
    assert export == whole(
        export,
        id=2,
        dataSourceId=ds,
        type="export",
        initiatorName=me["profile"]["name"],
        initiatorId=me["id"],
        status="finishedWithResult",
        progressMessage="Exported",
        elapsedMilliseconds=1234.568,  # milliseconds, to the microsecond
    )
    raw = http.get(f"/datasource/{ds}/process/2/result/raw/", params={"download": "true"})
    assert raw.status_code == 200 and raw.content == exported.content
    assert raw.headers["content-disposition"] == 'attachment; filename="export-2.json"'


def test_process_refusals_answer_their_whole_envelope(http: httpx.Client) -> None:
    ds = data_source(http)

    def refused(response: httpx.Response, status: int, code: str, message: str) -> None:
        assert response.status_code == status, response.text
        expected = {"code": code, "message": f"processId: {message}", "parameterName": "processId"}
        assert response.json() == {"errors": [expected]}

    refused(
        http.get(f"/datasource/{ds}/process/99/"), 404, "resourceNotFound", "The process 99 was not found."
    )
    no_result = "A result of the process 1 (finished) was not found."
    refused(http.get(f"/datasource/{ds}/process/1/result/raw/"), 404, "resourceNotFound", no_result)
    finished = "The process 1 is finished: only a running process can be stopped."
    stop = http.post(f"/datasource/{ds}/process/1/", params={"stopReason": "x"})
    refused(stop, 400, "invalidParameterValue", finished)


def test_a_present_user_answers_the_whole_presence(http: httpx.Client) -> None:
    ds = data_source(http)
    me = result(http.get("/user/me/"))["id"]
    (present,) = result(http.get(f"/datasource/{ds}/present-users/"))
    presence = {
        "sessionId": present["presence"]["sessionId"],
        "page": "dashboard",
        "routeParameters": {"dataSourceId": ds},
        "focusedObject": None,
    }
    assert present == {"userId": me, "presence": presence}
    assert isinstance(presence["sessionId"], int)
    assert result(http.get(f"/datasource/{ds}/present-users/")) == [
        present
    ]  # the session stays while present
