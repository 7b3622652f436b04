"""Iterate every item of a paged list operation, fetching pages lazily. Generated; do not edit."""

from collections.abc import AsyncIterator, Iterator
from typing import Any

from . import _runtime
from .api.data_assets import list_data_assets as _list_data_assets
from .api.data_sets import list_data_sets as _list_data_sets
from .api.data_stores import list_data_stores as _list_data_stores
from .client import BaseClient
from .models.data_asset import DataAsset
from .models.data_set import DataSet
from .models.data_store import DataStore
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


def iter_list_data_assets(
    *,
    client: BaseClient,
    data_store_ids: list[str],
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    projections: list[str] | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
) -> Iterator[DataAsset]:
    """Every item of ``list_data_assets``, across all pages."""

    def first() -> Any:
        return _list_data_assets.sync(
            client=client,
            data_store_ids=data_store_ids,
            limit=limit,
            page=page,
            projections=projections,
            sort=sort,
        )

    def follow(href: str) -> Any:
        raw = client.send({"method": "get", "url": client.link(href)})
        return _list_data_assets._success(client=client, raw=raw)

    for item in _runtime.iterate_link_pages(
        first,
        follow,
        lambda page: _items(_at(page, "data")),
        lambda page: _runtime.pointer_str(page.to_dict(), "/links/next/href"),
    ):
        yield item


async def aiter_list_data_assets(
    *,
    client: BaseClient,
    data_store_ids: list[str],
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    projections: list[str] | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
) -> AsyncIterator[DataAsset]:
    """Every item of ``list_data_assets``, across all pages."""

    async def first() -> Any:
        return await _list_data_assets.asyncio(
            client=client,
            data_store_ids=data_store_ids,
            limit=limit,
            page=page,
            projections=projections,
            sort=sort,
        )

    async def follow(href: str) -> Any:
        raw = await client.asend({"method": "get", "url": client.link(href)})
        return _list_data_assets._success(client=client, raw=raw)

    async for item in _runtime.aiterate_link_pages(
        first,
        follow,
        lambda page: _items(_at(page, "data")),
        lambda page: _runtime.pointer_str(page.to_dict(), "/links/next/href"),
    ):
        yield item


def iter_list_data_sets(
    *,
    client: BaseClient,
    data_store_ids: list[str],
    data_asset_ids: list[str],
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    projections: list[str] | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
) -> Iterator[DataSet]:
    """Every item of ``list_data_sets``, across all pages."""

    def first() -> Any:
        return _list_data_sets.sync(
            client=client,
            data_store_ids=data_store_ids,
            data_asset_ids=data_asset_ids,
            limit=limit,
            page=page,
            projections=projections,
            sort=sort,
        )

    def follow(href: str) -> Any:
        raw = client.send({"method": "get", "url": client.link(href)})
        return _list_data_sets._success(client=client, raw=raw)

    for item in _runtime.iterate_link_pages(
        first,
        follow,
        lambda page: _items(_at(page, "data")),
        lambda page: _runtime.pointer_str(page.to_dict(), "/links/next/href"),
    ):
        yield item


async def aiter_list_data_sets(
    *,
    client: BaseClient,
    data_store_ids: list[str],
    data_asset_ids: list[str],
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    projections: list[str] | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
) -> AsyncIterator[DataSet]:
    """Every item of ``list_data_sets``, across all pages."""

    async def first() -> Any:
        return await _list_data_sets.asyncio(
            client=client,
            data_store_ids=data_store_ids,
            data_asset_ids=data_asset_ids,
            limit=limit,
            page=page,
            projections=projections,
            sort=sort,
        )

    async def follow(href: str) -> Any:
        raw = await client.asend({"method": "get", "url": client.link(href)})
        return _list_data_sets._success(client=client, raw=raw)

    async for item in _runtime.aiterate_link_pages(
        first,
        follow,
        lambda page: _items(_at(page, "data")),
        lambda page: _runtime.pointer_str(page.to_dict(), "/links/next/href"),
    ):
        yield item


def iter_list_data_stores(
    *,
    client: BaseClient,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    projections: list[str] | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
) -> Iterator[DataStore]:
    """Every item of ``list_data_stores``, across all pages."""

    def first() -> Any:
        return _list_data_stores.sync(
            client=client,
            limit=limit,
            page=page,
            projections=projections,
            sort=sort,
        )

    def follow(href: str) -> Any:
        raw = client.send({"method": "get", "url": client.link(href)})
        return _list_data_stores._success(client=client, raw=raw)

    for item in _runtime.iterate_link_pages(
        first,
        follow,
        lambda page: _items(_at(page, "data")),
        lambda page: _runtime.pointer_str(page.to_dict(), "/links/next/href"),
    ):
        yield item


async def aiter_list_data_stores(
    *,
    client: BaseClient,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    projections: list[str] | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
) -> AsyncIterator[DataStore]:
    """Every item of ``list_data_stores``, across all pages."""

    async def first() -> Any:
        return await _list_data_stores.asyncio(
            client=client,
            limit=limit,
            page=page,
            projections=projections,
            sort=sort,
        )

    async def follow(href: str) -> Any:
        raw = await client.asend({"method": "get", "url": client.link(href)})
        return _list_data_stores._success(client=client, raw=raw)

    async for item in _runtime.aiterate_link_pages(
        first,
        follow,
        lambda page: _items(_at(page, "data")),
        lambda page: _runtime.pointer_str(page.to_dict(), "/links/next/href"),
    ):
        yield item


__all__ = [
    "iter_list_data_assets",
    "aiter_list_data_assets",
    "iter_list_data_sets",
    "aiter_list_data_sets",
    "iter_list_data_stores",
    "aiter_list_data_stores",
]
_ = UNSET
