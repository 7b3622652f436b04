"""Data sets: one method per operation. Generated from the spec; do not edit."""

# Annotations name classes defined further down and builtins a method may shadow (``list``).
from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property
from typing import Any

import httpx

from .. import _runtime, pagination
from ..api.data_sets import delete_data_sets as _delete_data_sets
from ..api.data_sets import list_data_sets as _list_data_sets
from ..client import BaseClient
from ..models.data_set import DataSet
from ..models.data_set_list import DataSetList
from ..models.error_response import ErrorResponse
from ..types import UNSET, Response, Unset


class DataSetsResource(_runtime.Resource[BaseClient]):
    """Data sets."""

    @cached_property
    def with_raw_response(self) -> DataSetsResourceWithRawResponse:
        return DataSetsResourceWithRawResponse(self._client)

    def delete_many(
        self,
        data_store_ids: builtins.list[str],
        data_asset_ids: builtins.list[str],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Delete data sets by data store IDs and data asset IDs.

        ``DELETE /data-stores/{data_store_ids}/data-assets/{data_asset_ids}/data-sets`` (delete_data_sets).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _delete_data_sets._get_kwargs(
                data_store_ids=data_store_ids,
                data_asset_ids=data_asset_ids,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _delete_data_sets._success(client=self._client, raw=raw)

    def list(
        self,
        data_store_ids: builtins.list[str],
        data_asset_ids: builtins.list[str],
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
    ) -> DataSetList:
        """Get all data sets belonging to the data store(s) and data asset(s).

        ``GET /data-stores/{data_store_ids}/data-assets/{data_asset_ids}/data-sets`` (list_data_sets).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _list_data_sets._get_kwargs(
                data_store_ids=data_store_ids,
                data_asset_ids=data_asset_ids,
                limit=limit,
                page=page,
                projections=projections,
                sort=sort,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _list_data_sets._success(client=self._client, raw=raw)

    def list_all(
        self,
        data_store_ids: builtins.list[str],
        data_asset_ids: builtins.list[str],
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        projections: builtins.list[str] | Unset = UNSET,
        sort: builtins.list[str] | Unset = UNSET,
    ) -> Iterator[DataSet]:
        """Every item of ``list``, across all pages, fetched lazily one page at a time."""
        return pagination.iter_list_data_sets(
            client=self._client,
            data_store_ids=data_store_ids,
            data_asset_ids=data_asset_ids,
            limit=limit,
            page=page,
            projections=projections,
            sort=sort,
        )


class DataSetsResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """Data sets, each method returning the whole ``Response``."""

    def delete_many(
        self,
        data_store_ids: builtins.list[str],
        data_asset_ids: builtins.list[str],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Delete data sets by data store IDs and data asset IDs.

        ``DELETE /data-stores/{data_store_ids}/data-assets/{data_asset_ids}/data-sets`` (delete_data_sets).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _delete_data_sets._get_kwargs(
                data_store_ids=data_store_ids,
                data_asset_ids=data_asset_ids,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _delete_data_sets._build_response(client=self._client, response=raw)

    def list(
        self,
        data_store_ids: builtins.list[str],
        data_asset_ids: builtins.list[str],
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
    ) -> Response[DataSetList | ErrorResponse]:
        """Get all data sets belonging to the data store(s) and data asset(s).

        ``GET /data-stores/{data_store_ids}/data-assets/{data_asset_ids}/data-sets`` (list_data_sets).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _list_data_sets._get_kwargs(
                data_store_ids=data_store_ids,
                data_asset_ids=data_asset_ids,
                limit=limit,
                page=page,
                projections=projections,
                sort=sort,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _list_data_sets._build_response(client=self._client, response=raw)


class AsyncDataSetsResource(_runtime.Resource[BaseClient]):
    """Data sets (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncDataSetsResourceWithRawResponse:
        return AsyncDataSetsResourceWithRawResponse(self._client)

    async def delete_many(
        self,
        data_store_ids: builtins.list[str],
        data_asset_ids: builtins.list[str],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Delete data sets by data store IDs and data asset IDs.

        ``DELETE /data-stores/{data_store_ids}/data-assets/{data_asset_ids}/data-sets`` (delete_data_sets).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _delete_data_sets._get_kwargs(
                data_store_ids=data_store_ids,
                data_asset_ids=data_asset_ids,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _delete_data_sets._success(client=self._client, raw=raw)

    async def list(
        self,
        data_store_ids: builtins.list[str],
        data_asset_ids: builtins.list[str],
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
    ) -> DataSetList:
        """Get all data sets belonging to the data store(s) and data asset(s).

        ``GET /data-stores/{data_store_ids}/data-assets/{data_asset_ids}/data-sets`` (list_data_sets).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _list_data_sets._get_kwargs(
                data_store_ids=data_store_ids,
                data_asset_ids=data_asset_ids,
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
        return _list_data_sets._success(client=self._client, raw=raw)

    def list_all(
        self,
        data_store_ids: builtins.list[str],
        data_asset_ids: builtins.list[str],
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        projections: builtins.list[str] | Unset = UNSET,
        sort: builtins.list[str] | Unset = UNSET,
    ) -> AsyncIterator[DataSet]:
        """Every item of ``list``, across all pages, fetched lazily one page at a time."""
        return pagination.aiter_list_data_sets(
            client=self._client,
            data_store_ids=data_store_ids,
            data_asset_ids=data_asset_ids,
            limit=limit,
            page=page,
            projections=projections,
            sort=sort,
        )


class AsyncDataSetsResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """Data sets, each method returning the whole ``Response`` (async)."""

    async def delete_many(
        self,
        data_store_ids: builtins.list[str],
        data_asset_ids: builtins.list[str],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Delete data sets by data store IDs and data asset IDs.

        ``DELETE /data-stores/{data_store_ids}/data-assets/{data_asset_ids}/data-sets`` (delete_data_sets).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _delete_data_sets._get_kwargs(
                data_store_ids=data_store_ids,
                data_asset_ids=data_asset_ids,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _delete_data_sets._build_response(client=self._client, response=raw)

    async def list(
        self,
        data_store_ids: builtins.list[str],
        data_asset_ids: builtins.list[str],
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
    ) -> Response[DataSetList | ErrorResponse]:
        """Get all data sets belonging to the data store(s) and data asset(s).

        ``GET /data-stores/{data_store_ids}/data-assets/{data_asset_ids}/data-sets`` (list_data_sets).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _list_data_sets._get_kwargs(
                data_store_ids=data_store_ids,
                data_asset_ids=data_asset_ids,
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
        return _list_data_sets._build_response(client=self._client, response=raw)
