"""Charon's skip/take lists through the generated client: lazy iterators over nested pages
(``result.processes``) and over ``listDocuments``, whose skip/take ride in the JSON body."""

from __future__ import annotations

import asyncio
import itertools
from typing import Any
from urllib.parse import parse_qsl

from emulators.pytest_plugin import EmulatorHandle
from tests.client.charon_setup import with_items


def calls(emulator: EmulatorHandle, operation: str) -> list[dict[str, Any]]:
    return [r for r in emulator.requests if r.get("operationId") == operation]


def new_projects(emulator: EmulatorHandle, count: int) -> list[str]:
    from charon_client.models import ScriptingLanguage

    client = emulator.client
    workspace = client.workspace.get_current().result[0].id
    for n in range(count):
        client.project.create(
            workspace_id=workspace, name=f"project {n}", scripting_language=ScriptingLanguage.C_SHARP
        )
    listed = client.project.get_all(take=100).result.processes
    return [project.id for project in listed]


def test_projects_iterate_every_page_in_order_and_lazily(charon_emulator: EmulatorHandle) -> None:
    every = new_projects(charon_emulator, 5)
    assert len(every) == 5
    client = charon_emulator.client

    charon_emulator.control.clear_requests()
    assert [p.id for p in client.project.iter_all(page_size=2)] == every
    pages = calls(charon_emulator, "getAllProjects")
    # 2 + 2 + 1: the short last page ends it, and the total (5) would have too.
    sent = [dict(parse_qsl(r["query"])) for r in pages]
    assert sent == [{"skip": "0", "take": "2"}, {"skip": "2", "take": "2"}, {"skip": "4", "take": "2"}]

    charon_emulator.control.clear_requests()
    first = next(iter(client.project.iter_all(page_size=2)))
    assert first.id == every[0]
    assert len(calls(charon_emulator, "getAllProjects")) == 1


def test_workspaces_and_projects_async_iterators(charon_emulator: EmulatorHandle) -> None:
    from charon_client import AsyncClient, pagination

    every = new_projects(charon_emulator, 3)

    async def collect() -> tuple[list[str], list[str]]:
        async with AsyncClient(base_url=charon_emulator.base_url, token=charon_emulator.token) as client:
            projects = [p.id async for p in pagination.aiter_get_all_projects(client=client, page_size=2)]
            workspaces = [w.id async for w in client.workspace.iter_all(page_size=1)]
            return projects, workspaces

    projects, workspaces = asyncio.run(collect())
    assert projects == every
    current = charon_emulator.client.workspace.get_current().result
    assert sorted(workspaces) == sorted(w.id for w in current) and len(workspaces) == len(set(workspaces))


def test_documents_iterate_with_skip_and_take_in_the_body(charon_emulator: EmulatorHandle) -> None:
    from charon_client.models import ListDocumentsRequest, Sorter, SorterDirection

    client = charon_emulator.client
    ds = with_items(client, 7)

    query = ListDocumentsRequest(sorters=[Sorter(property_="Damage", direction=SorterDirection.DESCENDING)])
    charon_emulator.control.clear_requests()
    ids = [d.id for d in client.data_source.list_documents_all(ds, "Item", body=query, page_size=3)]
    assert ids == [f"item{n}" for n in reversed(range(7))]
    assert len(calls(charon_emulator, "listDocuments")) == 3  # 3 + 3 + 1
    # The caller's body is not changed: each page is a copy with skip/take set.
    assert query.to_dict() == {"sorters": [{"property": "Damage", "direction": "descending"}]}

    charon_emulator.control.clear_requests()
    lazy = client.data_source.list_documents_all(ds, "Item", body=query, page_size=3, start=5)
    assert [d.id for d in itertools.islice(lazy, 1)] == ["item1"]
    assert len(calls(charon_emulator, "listDocuments")) == 1
