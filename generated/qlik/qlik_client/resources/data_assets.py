"""Data assets: one method per operation. Generated from the spec; do not edit."""

# Annotations name classes defined further down and builtins a method may shadow (``list``).
from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property
from typing import Any

import httpx

from .. import _runtime, pagination
from ..api.data_assets import delete_data_assets as _delete_data_assets
from ..api.data_assets import list_data_assets as _list_data_assets
from ..client import BaseClient
from ..models.data_asset import DataAsset
from ..models.data_asset_list import DataAssetList
from ..models.error_response import ErrorResponse
from ..types import UNSET, Response, Unset


class DataAssetsResource(_runtime.Resource[BaseClient]):
    """Data assets."""

    @cached_property
    def with_raw_response(self) -> DataAssetsResourceWithRawResponse:
        return DataAssetsResourceWithRawResponse(self._client)

    def delete_many(
        self,
        data_store_ids: builtins.list[str],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Delete data assets and child data sets by data store IDs.

        ``DELETE /data-stores/{data_store_ids}/data-assets`` (delete_data_assets).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _delete_data_assets._get_kwargs(
                data_store_ids=data_store_ids,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _delete_data_assets._success(client=self._client, raw=raw)

    def list(
        self,
        data_store_ids: builtins.list[str],
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        projections: builtins.list[str] | Unset = UNSET,
        sort: builtins.list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataAssetList:
        """Get all data assets belonging to the data store(s).

        ``GET /data-stores/{data_store_ids}/data-assets`` (list_data_assets).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _list_data_assets._get_kwargs(
                data_store_ids=data_store_ids,
                limit=limit,
                page=page,
                projections=projections,
                sort=sort,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _list_data_assets._success(client=self._client, raw=raw)

    def list_all(
        self,
        data_store_ids: builtins.list[str],
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        projections: builtins.list[str] | Unset = UNSET,
        sort: builtins.list[str] | Unset = UNSET,
    ) -> Iterator[DataAsset]:
        """Every item of ``list``, across all pages, fetched lazily one page at a time."""
        return pagination.iter_list_data_assets(
            client=self._client,
            data_store_ids=data_store_ids,
            limit=limit,
            page=page,
            projections=projections,
            sort=sort,
        )


class DataAssetsResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """Data assets, each method returning the whole ``Response``."""

    def delete_many(
        self,
        data_store_ids: builtins.list[str],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Delete data assets and child data sets by data store IDs.

        ``DELETE /data-stores/{data_store_ids}/data-assets`` (delete_data_assets).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _delete_data_assets._get_kwargs(
                data_store_ids=data_store_ids,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _delete_data_assets._build_response(client=self._client, response=raw)

    def list(
        self,
        data_store_ids: builtins.list[str],
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        projections: builtins.list[str] | Unset = UNSET,
        sort: builtins.list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataAssetList | ErrorResponse]:
        """Get all data assets belonging to the data store(s).

        ``GET /data-stores/{data_store_ids}/data-assets`` (list_data_assets).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _list_data_assets._get_kwargs(
                data_store_ids=data_store_ids,
                limit=limit,
                page=page,
                projections=projections,
                sort=sort,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _list_data_assets._build_response(client=self._client, response=raw)


class AsyncDataAssetsResource(_runtime.Resource[BaseClient]):
    """Data assets (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncDataAssetsResourceWithRawResponse:
        return AsyncDataAssetsResourceWithRawResponse(self._client)

    async def delete_many(
        self,
        data_store_ids: builtins.list[str],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Delete data assets and child data sets by data store IDs.

        ``DELETE /data-stores/{data_store_ids}/data-assets`` (delete_data_assets).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _delete_data_assets._get_kwargs(
                data_store_ids=data_store_ids,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _delete_data_assets._success(client=self._client, raw=raw)

    async def list(
        self,
        data_store_ids: builtins.list[str],
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        projections: builtins.list[str] | Unset = UNSET,
        sort: builtins.list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataAssetList:
        """Get all data assets belonging to the data store(s).

        ``GET /data-stores/{data_store_ids}/data-assets`` (list_data_assets).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _list_data_assets._get_kwargs(
                data_store_ids=data_store_ids,
                limit=limit,
                page=page,
                projections=projections,
                sort=sort,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _list_data_assets._success(client=self._client, raw=raw)

    def list_all(
        self,
        data_store_ids: builtins.list[str],
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        projections: builtins.list[str] | Unset = UNSET,
        sort: builtins.list[str] | Unset = UNSET,
    ) -> AsyncIterator[DataAsset]:
        """Every item of ``list``, across all pages, fetched lazily one page at a time."""
        return pagination.aiter_list_data_assets(
            client=self._client,
            data_store_ids=data_store_ids,
            limit=limit,
            page=page,
            projections=projections,
            sort=sort,
        )


class AsyncDataAssetsResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """Data assets, each method returning the whole ``Response`` (async)."""

    async def delete_many(
        self,
        data_store_ids: builtins.list[str],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Delete data assets and child data sets by data store IDs.

        ``DELETE /data-stores/{data_store_ids}/data-assets`` (delete_data_assets).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _delete_data_assets._get_kwargs(
                data_store_ids=data_store_ids,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _delete_data_assets._build_response(client=self._client, response=raw)

    async def list(
        self,
        data_store_ids: builtins.list[str],
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        projections: builtins.list[str] | Unset = UNSET,
        sort: builtins.list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataAssetList | ErrorResponse]:
        """Get all data assets belonging to the data store(s).

        ``GET /data-stores/{data_store_ids}/data-assets`` (list_data_assets).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _list_data_assets._get_kwargs(
                data_store_ids=data_store_ids,
                limit=limit,
                page=page,
                projections=projections,
                sort=sort,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _list_data_assets._build_response(client=self._client, response=raw)
