"""Iterate every item of a paged list operation, fetching pages lazily. Generated; do not edit."""

from collections.abc import AsyncIterator, Iterator
from typing import Any

from . import _runtime
from .api.data_store_records import list_data_store_records as _list_data_store_records
from .api.data_stores import list_data_stores as _list_data_stores
from .client import BaseClient
from .models.data_store_column import DataStoreColumn
from .models.data_store_columns import DataStoreColumns
from .models.data_store_record import DataStoreRecord
from .models.list_data_stores_pgsort_by import ListDataStoresPgsortBy
from .models.list_data_stores_pgsort_dir import ListDataStoresPgsortDir
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


def iter_list_data_store_records(
    *,
    client: BaseClient,
    data_store_id: int,
    page_size: int = 100,
    start: int = 0,
) -> Iterator[DataStoreRecord]:
    """Every item of ``list_data_store_records``, across all pages."""

    def fetch(offset: int, limit: int) -> Any:
        return _list_data_store_records.sync(client=client, data_store_id=data_store_id, pgoffset=offset, pglimit=limit)

    for item in _runtime.iterate_offset_pages(
        fetch,
        lambda page: _items(_at(page, "records")),
        start=start,
        page_size=page_size,
        total_of=lambda page: _at(page, "count"),
    ):
        yield item


async def aiter_list_data_store_records(
    *,
    client: BaseClient,
    data_store_id: int,
    page_size: int = 100,
    start: int = 0,
) -> AsyncIterator[DataStoreRecord]:
    """Every item of ``list_data_store_records``, across all pages."""

    async def fetch(offset: int, limit: int) -> Any:
        return await _list_data_store_records.asyncio(
            client=client, data_store_id=data_store_id, pgoffset=offset, pglimit=limit
        )

    async for item in _runtime.aiterate_offset_pages(
        fetch,
        lambda page: _items(_at(page, "records")),
        start=start,
        page_size=page_size,
        total_of=lambda page: _at(page, "count"),
    ):
        yield item


def iter_list_data_stores(
    *,
    client: BaseClient,
    team_id: int,
    cols: list[DataStoreColumn] | Unset = UNSET,
    pgsort_by: ListDataStoresPgsortBy | Unset = UNSET,
    pgsort_dir: ListDataStoresPgsortDir | Unset = UNSET,
    page_size: int = 100,
    start: int = 0,
) -> Iterator[DataStoreColumns]:
    """Every item of ``list_data_stores``, across all pages."""

    def fetch(offset: int, limit: int) -> Any:
        return _list_data_stores.sync(
            client=client,
            team_id=team_id,
            cols=cols,
            pgsort_by=pgsort_by,
            pgsort_dir=pgsort_dir,
            pgoffset=offset,
            pglimit=limit,
        )

    for item in _runtime.iterate_offset_pages(
        fetch,
        lambda page: _items(_at(page, "data_stores")),
        start=start,
        page_size=page_size,
        total_of=None,
    ):
        yield item


async def aiter_list_data_stores(
    *,
    client: BaseClient,
    team_id: int,
    cols: list[DataStoreColumn] | Unset = UNSET,
    pgsort_by: ListDataStoresPgsortBy | Unset = UNSET,
    pgsort_dir: ListDataStoresPgsortDir | Unset = UNSET,
    page_size: int = 100,
    start: int = 0,
) -> AsyncIterator[DataStoreColumns]:
    """Every item of ``list_data_stores``, across all pages."""

    async def fetch(offset: int, limit: int) -> Any:
        return await _list_data_stores.asyncio(
            client=client,
            team_id=team_id,
            cols=cols,
            pgsort_by=pgsort_by,
            pgsort_dir=pgsort_dir,
            pgoffset=offset,
            pglimit=limit,
        )

    async for item in _runtime.aiterate_offset_pages(
        fetch,
        lambda page: _items(_at(page, "data_stores")),
        start=start,
        page_size=page_size,
        total_of=None,
    ):
        yield item


__all__ = [
    "iter_list_data_store_records",
    "aiter_list_data_store_records",
    "iter_list_data_stores",
    "aiter_list_data_stores",
]
_ = UNSET
