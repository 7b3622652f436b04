"""Iterate every item of a paged list operation, fetching pages lazily. Generated; do not edit."""

from collections.abc import AsyncIterator, Iterator
from typing import Any

from . import _runtime
from .api.data_source import list_documents as _list_documents
from .api.formulas import list_formula_types as _list_formula_types
from .api.processes import list_processes as _list_processes
from .api.project import get_all_projects as _get_all_projects
from .api.user import get_all_users as _get_all_users
from .api.workspace import get_all_workspaces as _get_all_workspaces
from .client import BaseClient
from .models.data_document import DataDocument
from .models.formula_type import FormulaType
from .models.list_documents_request import ListDocumentsRequest
from .models.process_state import ProcessState
from .models.project import Project
from .models.user import User
from .models.workspace import Workspace
from .types import UNSET, Unset


def _at(value: Any, *names: str) -> Any:
    """The attribute at ``names`` (a nested list: ``result.processes``); None when a step is unset or null."""
    for name in names:
        if isinstance(value, Unset) or value is None:
            return None
        value = getattr(value, name)
    return None if isinstance(value, Unset) else value


def _items(value: Any) -> Any:
    return [] if value is None else value


def _with_page(body: Any, fields: dict[str, int]) -> Any:
    """A copy of the request body with the paging fields set (the caller's body is left as it was)."""
    return type(body).from_dict({**body.to_dict(), **fields})


def iter_get_all_projects(
    *,
    client: BaseClient,
    query: str | Unset = UNSET,
    page_size: int = 100,
    start: int = 0,
) -> Iterator[Project]:
    """Every item of ``get_all_projects``, across all pages."""

    def fetch(offset: int, limit: int) -> Any:
        return _get_all_projects.sync(client=client, query=query, skip=offset, take=limit)

    for item in _runtime.iterate_offset_pages(
        fetch,
        lambda page: _items(_at(page, "result", "processes")),
        start=start,
        page_size=page_size,
        total_of=lambda page: _at(page, "result", "total"),
    ):
        yield item


async def aiter_get_all_projects(
    *,
    client: BaseClient,
    query: str | Unset = UNSET,
    page_size: int = 100,
    start: int = 0,
) -> AsyncIterator[Project]:
    """Every item of ``get_all_projects``, across all pages."""

    async def fetch(offset: int, limit: int) -> Any:
        return await _get_all_projects.asyncio(client=client, query=query, skip=offset, take=limit)

    async for item in _runtime.aiterate_offset_pages(
        fetch,
        lambda page: _items(_at(page, "result", "processes")),
        start=start,
        page_size=page_size,
        total_of=lambda page: _at(page, "result", "total"),
    ):
        yield item


def iter_get_all_users(
    *,
    client: BaseClient,
    query: str | Unset = UNSET,
    page_size: int = 100,
    start: int = 0,
) -> Iterator[User]:
    """Every item of ``get_all_users``, across all pages."""

    def fetch(offset: int, limit: int) -> Any:
        return _get_all_users.sync(client=client, query=query, skip=offset, take=limit)

    for item in _runtime.iterate_offset_pages(
        fetch,
        lambda page: _items(_at(page, "result", "users")),
        start=start,
        page_size=page_size,
        total_of=lambda page: _at(page, "result", "total"),
    ):
        yield item


async def aiter_get_all_users(
    *,
    client: BaseClient,
    query: str | Unset = UNSET,
    page_size: int = 100,
    start: int = 0,
) -> AsyncIterator[User]:
    """Every item of ``get_all_users``, across all pages."""

    async def fetch(offset: int, limit: int) -> Any:
        return await _get_all_users.asyncio(client=client, query=query, skip=offset, take=limit)

    async for item in _runtime.aiterate_offset_pages(
        fetch,
        lambda page: _items(_at(page, "result", "users")),
        start=start,
        page_size=page_size,
        total_of=lambda page: _at(page, "result", "total"),
    ):
        yield item


def iter_get_all_workspaces(
    *,
    client: BaseClient,
    query: str | Unset = UNSET,
    page_size: int = 100,
    start: int = 0,
) -> Iterator[Workspace]:
    """Every item of ``get_all_workspaces``, across all pages."""

    def fetch(offset: int, limit: int) -> Any:
        return _get_all_workspaces.sync(client=client, query=query, skip=offset, take=limit)

    for item in _runtime.iterate_offset_pages(
        fetch,
        lambda page: _items(_at(page, "result", "processes")),
        start=start,
        page_size=page_size,
        total_of=lambda page: _at(page, "result", "total"),
    ):
        yield item


async def aiter_get_all_workspaces(
    *,
    client: BaseClient,
    query: str | Unset = UNSET,
    page_size: int = 100,
    start: int = 0,
) -> AsyncIterator[Workspace]:
    """Every item of ``get_all_workspaces``, across all pages."""

    async def fetch(offset: int, limit: int) -> Any:
        return await _get_all_workspaces.asyncio(client=client, query=query, skip=offset, take=limit)

    async for item in _runtime.aiterate_offset_pages(
        fetch,
        lambda page: _items(_at(page, "result", "processes")),
        start=start,
        page_size=page_size,
        total_of=lambda page: _at(page, "result", "total"),
    ):
        yield item


def iter_list_documents(
    *,
    client: BaseClient,
    data_source_id: str,
    schema_name_or_id: str,
    transaction_id: str | Unset = UNSET,
    body: ListDocumentsRequest | None = None,
    page_size: int = 100,
    start: int = 0,
) -> Iterator[DataDocument]:
    """Every item of ``list_documents``, across all pages."""
    request_body = body if body is not None else ListDocumentsRequest()

    def fetch(offset: int, limit: int) -> Any:
        paged = _with_page(request_body, {"skip": offset, "take": limit})
        return _list_documents.sync(
            client=client,
            data_source_id=data_source_id,
            schema_name_or_id=schema_name_or_id,
            transaction_id=transaction_id,
            body=paged,
        )

    for item in _runtime.iterate_offset_pages(
        fetch,
        lambda page: _items(_at(page, "result", "documents")),
        start=start,
        page_size=page_size,
        total_of=lambda page: _at(page, "result", "total"),
    ):
        yield item


async def aiter_list_documents(
    *,
    client: BaseClient,
    data_source_id: str,
    schema_name_or_id: str,
    transaction_id: str | Unset = UNSET,
    body: ListDocumentsRequest | None = None,
    page_size: int = 100,
    start: int = 0,
) -> AsyncIterator[DataDocument]:
    """Every item of ``list_documents``, across all pages."""
    request_body = body if body is not None else ListDocumentsRequest()

    async def fetch(offset: int, limit: int) -> Any:
        paged = _with_page(request_body, {"skip": offset, "take": limit})
        return await _list_documents.asyncio(
            client=client,
            data_source_id=data_source_id,
            schema_name_or_id=schema_name_or_id,
            transaction_id=transaction_id,
            body=paged,
        )

    async for item in _runtime.aiterate_offset_pages(
        fetch,
        lambda page: _items(_at(page, "result", "documents")),
        start=start,
        page_size=page_size,
        total_of=lambda page: _at(page, "result", "total"),
    ):
        yield item


def iter_list_formula_types(
    *,
    client: BaseClient,
    data_source_id: str,
    query: str | Unset = UNSET,
    page_size: int = 100,
    start: int = 0,
) -> Iterator[FormulaType]:
    """Every item of ``list_formula_types``, across all pages."""

    def fetch(offset: int, limit: int) -> Any:
        return _list_formula_types.sync(
            client=client, data_source_id=data_source_id, query=query, skip=offset, take=limit
        )

    for item in _runtime.iterate_offset_pages(
        fetch,
        lambda page: _items(_at(page, "result", "types")),
        start=start,
        page_size=page_size,
        total_of=lambda page: _at(page, "result", "total"),
    ):
        yield item


async def aiter_list_formula_types(
    *,
    client: BaseClient,
    data_source_id: str,
    query: str | Unset = UNSET,
    page_size: int = 100,
    start: int = 0,
) -> AsyncIterator[FormulaType]:
    """Every item of ``list_formula_types``, across all pages."""

    async def fetch(offset: int, limit: int) -> Any:
        return await _list_formula_types.asyncio(
            client=client, data_source_id=data_source_id, query=query, skip=offset, take=limit
        )

    async for item in _runtime.aiterate_offset_pages(
        fetch,
        lambda page: _items(_at(page, "result", "types")),
        start=start,
        page_size=page_size,
        total_of=lambda page: _at(page, "result", "total"),
    ):
        yield item


def iter_list_processes(
    *,
    client: BaseClient,
    data_source_id: str,
    page_size: int = 100,
    start: int = 0,
) -> Iterator[ProcessState]:
    """Every item of ``list_processes``, across all pages."""

    def fetch(offset: int, limit: int) -> Any:
        return _list_processes.sync(client=client, data_source_id=data_source_id, skip=offset, take=limit)

    for item in _runtime.iterate_offset_pages(
        fetch,
        lambda page: _items(_at(page, "result", "processes")),
        start=start,
        page_size=page_size,
        total_of=lambda page: _at(page, "result", "total"),
    ):
        yield item


async def aiter_list_processes(
    *,
    client: BaseClient,
    data_source_id: str,
    page_size: int = 100,
    start: int = 0,
) -> AsyncIterator[ProcessState]:
    """Every item of ``list_processes``, across all pages."""

    async def fetch(offset: int, limit: int) -> Any:
        return await _list_processes.asyncio(client=client, data_source_id=data_source_id, skip=offset, take=limit)

    async for item in _runtime.aiterate_offset_pages(
        fetch,
        lambda page: _items(_at(page, "result", "processes")),
        start=start,
        page_size=page_size,
        total_of=lambda page: _at(page, "result", "total"),
    ):
        yield item


__all__ = [
    "iter_get_all_projects",
    "aiter_get_all_projects",
    "iter_get_all_users",
    "aiter_get_all_users",
    "iter_get_all_workspaces",
    "aiter_get_all_workspaces",
    "iter_list_documents",
    "aiter_list_documents",
    "iter_list_formula_types",
    "aiter_list_formula_types",
    "iter_list_processes",
    "aiter_list_processes",
]
_ = UNSET
