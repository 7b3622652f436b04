"""Data stores: one method per operation. Generated from the spec; do not edit."""

# Annotations name classes defined further down and builtins a method may shadow (``list``).
from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, overload

import httpx

from .. import _runtime, pagination
from ..api.data_stores import create_data_store as _create_data_store
from ..api.data_stores import delete_data_store as _delete_data_store
from ..api.data_stores import delete_data_stores as _delete_data_stores
from ..api.data_stores import get_data_store as _get_data_store
from ..api.data_stores import list_data_stores as _list_data_stores
from ..api.data_stores import update_data_store as _update_data_store
from ..client import BaseClient
from ..models.create_data_store_request import CreateDataStoreRequest
from ..models.data_store_column import DataStoreColumn
from ..models.data_store_columns import DataStoreColumns
from ..models.data_store_columns_response import DataStoreColumnsResponse
from ..models.data_store_list import DataStoreList
from ..models.data_store_response import DataStoreResponse
from ..models.delete_all_data_stores import DeleteAllDataStores
from ..models.delete_data_stores_by_ids import DeleteDataStoresByIds
from ..models.deleted_data_store import DeletedDataStore
from ..models.deleted_data_stores import DeletedDataStores
from ..models.list_data_stores_pgsort_by import ListDataStoresPgsortBy
from ..models.list_data_stores_pgsort_dir import ListDataStoresPgsortDir
from ..models.make_error import MakeError
from ..models.update_data_store_request import UpdateDataStoreRequest
from ..types import UNSET, Response, Unset

if TYPE_CHECKING:
    from .data_store_records import (
        AsyncDataStoreRecordsResource,
        AsyncDataStoreRecordsResourceWithRawResponse,
        DataStoreRecordsResource,
        DataStoreRecordsResourceWithRawResponse,
    )


class DataStoresResource(_runtime.Resource[BaseClient]):
    """Data stores."""

    @cached_property
    def records(self) -> DataStoreRecordsResource:
        from .data_store_records import DataStoreRecordsResource

        return DataStoreRecordsResource(self._client)

    @cached_property
    def with_raw_response(self) -> DataStoresResourceWithRawResponse:
        return DataStoresResourceWithRawResponse(self._client)

    @overload
    def create(
        self,
        *,
        name: str,
        team_id: int,
        max_size_mb: int,
        datastructure_id: int | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStoreResponse: ...

    @overload
    def create(
        self,
        *,
        body: CreateDataStoreRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStoreResponse: ...

    def create(
        self,
        *,
        body: CreateDataStoreRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        team_id: int | Unset = UNSET,
        max_size_mb: int | Unset = UNSET,
        datastructure_id: int | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStoreResponse:
        """Create a data store

        ``POST /data-stores`` (create_data_store).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                CreateDataStoreRequest,
                {
                    "name": name,
                    "team_id": team_id,
                    "max_size_mb": max_size_mb,
                    "datastructure_id": datastructure_id,
                },
                required=(
                    "name",
                    "team_id",
                    "max_size_mb",
                ),
                unset=UNSET,
                operation="create",
            )
        request = _runtime.with_options(
            _create_data_store._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _create_data_store._success(client=self._client, raw=raw)

    def delete(
        self,
        data_store_id: int,
        *,
        confirmed: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DeletedDataStore:
        """Delete a data store

        ``DELETE /data-stores/{data_store_id}`` (delete_data_store).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _delete_data_store._get_kwargs(
                data_store_id=data_store_id,
                confirmed=confirmed,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _delete_data_store._success(client=self._client, raw=raw)

    def delete_many(
        self,
        *,
        body: DeleteAllDataStores | DeleteDataStoresByIds,
        team_id: int,
        confirmed: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DeletedDataStores:
        """Delete data stores

        ``DELETE /data-stores`` (delete_data_stores).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _delete_data_stores._get_kwargs(
                body=body,
                team_id=team_id,
                confirmed=confirmed,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _delete_data_stores._success(client=self._client, raw=raw)

    def get(
        self,
        data_store_id: int,
        *,
        cols: builtins.list[DataStoreColumn] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStoreColumnsResponse:
        """Get data store details

        ``GET /data-stores/{data_store_id}`` (get_data_store).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_data_store._get_kwargs(
                data_store_id=data_store_id,
                cols=cols,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_data_store._success(client=self._client, raw=raw)

    def list(
        self,
        *,
        team_id: int,
        cols: builtins.list[DataStoreColumn] | Unset = UNSET,
        pgsort_by: ListDataStoresPgsortBy | Unset = UNSET,
        pgsort_dir: ListDataStoresPgsortDir | Unset = UNSET,
        pgoffset: int | Unset = UNSET,
        pglimit: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStoreList:
        """List data stores

        ``GET /data-stores`` (list_data_stores).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _list_data_stores._get_kwargs(
                team_id=team_id,
                cols=cols,
                pgsort_by=pgsort_by,
                pgsort_dir=pgsort_dir,
                pgoffset=pgoffset,
                pglimit=pglimit,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _list_data_stores._success(client=self._client, raw=raw)

    def list_all(
        self,
        *,
        team_id: int,
        cols: builtins.list[DataStoreColumn] | Unset = UNSET,
        pgsort_by: ListDataStoresPgsortBy | Unset = UNSET,
        pgsort_dir: ListDataStoresPgsortDir | Unset = UNSET,
        page_size: int = 100,
        start: int = 0,
    ) -> Iterator[DataStoreColumns]:
        """Every item of ``list``, across all pages, fetched lazily one page at a time."""
        return pagination.iter_list_data_stores(
            client=self._client,
            team_id=team_id,
            cols=cols,
            pgsort_by=pgsort_by,
            pgsort_dir=pgsort_dir,
            page_size=page_size,
            start=start,
        )

    @overload
    def update(
        self,
        data_store_id: int,
        *,
        name: str | Unset = UNSET,
        datastructure_id: int | None | Unset = UNSET,
        max_size_mb: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStoreResponse: ...

    @overload
    def update(
        self,
        data_store_id: int,
        *,
        body: UpdateDataStoreRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStoreResponse: ...

    def update(
        self,
        data_store_id: int,
        *,
        body: UpdateDataStoreRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        datastructure_id: int | None | Unset = UNSET,
        max_size_mb: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStoreResponse:
        """Update a data store

        ``PATCH /data-stores/{data_store_id}`` (update_data_store).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UpdateDataStoreRequest,
                {
                    "name": name,
                    "datastructure_id": datastructure_id,
                    "max_size_mb": max_size_mb,
                },
                required=(),
                unset=UNSET,
                operation="update",
            )
        request = _runtime.with_options(
            _update_data_store._get_kwargs(
                data_store_id=data_store_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _update_data_store._success(client=self._client, raw=raw)


class DataStoresResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """Data stores, each method returning the whole ``Response``."""

    @cached_property
    def records(self) -> DataStoreRecordsResourceWithRawResponse:
        from .data_store_records import DataStoreRecordsResourceWithRawResponse

        return DataStoreRecordsResourceWithRawResponse(self._client)

    @overload
    def create(
        self,
        *,
        name: str,
        team_id: int,
        max_size_mb: int,
        datastructure_id: int | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataStoreResponse | MakeError]: ...

    @overload
    def create(
        self,
        *,
        body: CreateDataStoreRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataStoreResponse | MakeError]: ...

    def create(
        self,
        *,
        body: CreateDataStoreRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        team_id: int | Unset = UNSET,
        max_size_mb: int | Unset = UNSET,
        datastructure_id: int | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataStoreResponse | MakeError]:
        """Create a data store

        ``POST /data-stores`` (create_data_store).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                CreateDataStoreRequest,
                {
                    "name": name,
                    "team_id": team_id,
                    "max_size_mb": max_size_mb,
                    "datastructure_id": datastructure_id,
                },
                required=(
                    "name",
                    "team_id",
                    "max_size_mb",
                ),
                unset=UNSET,
                operation="create",
            )
        request = _runtime.with_options(
            _create_data_store._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _create_data_store._build_response(client=self._client, response=raw)

    def delete(
        self,
        data_store_id: int,
        *,
        confirmed: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DeletedDataStore | MakeError]:
        """Delete a data store

        ``DELETE /data-stores/{data_store_id}`` (delete_data_store).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _delete_data_store._get_kwargs(
                data_store_id=data_store_id,
                confirmed=confirmed,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _delete_data_store._build_response(client=self._client, response=raw)

    def delete_many(
        self,
        *,
        body: DeleteAllDataStores | DeleteDataStoresByIds,
        team_id: int,
        confirmed: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DeletedDataStores | MakeError]:
        """Delete data stores

        ``DELETE /data-stores`` (delete_data_stores).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _delete_data_stores._get_kwargs(
                body=body,
                team_id=team_id,
                confirmed=confirmed,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _delete_data_stores._build_response(client=self._client, response=raw)

    def get(
        self,
        data_store_id: int,
        *,
        cols: builtins.list[DataStoreColumn] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataStoreColumnsResponse | MakeError]:
        """Get data store details

        ``GET /data-stores/{data_store_id}`` (get_data_store).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_data_store._get_kwargs(
                data_store_id=data_store_id,
                cols=cols,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_data_store._build_response(client=self._client, response=raw)

    def list(
        self,
        *,
        team_id: int,
        cols: builtins.list[DataStoreColumn] | Unset = UNSET,
        pgsort_by: ListDataStoresPgsortBy | Unset = UNSET,
        pgsort_dir: ListDataStoresPgsortDir | Unset = UNSET,
        pgoffset: int | Unset = UNSET,
        pglimit: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataStoreList | MakeError]:
        """List data stores

        ``GET /data-stores`` (list_data_stores).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _list_data_stores._get_kwargs(
                team_id=team_id,
                cols=cols,
                pgsort_by=pgsort_by,
                pgsort_dir=pgsort_dir,
                pgoffset=pgoffset,
                pglimit=pglimit,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _list_data_stores._build_response(client=self._client, response=raw)

    @overload
    def update(
        self,
        data_store_id: int,
        *,
        name: str | Unset = UNSET,
        datastructure_id: int | None | Unset = UNSET,
        max_size_mb: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataStoreResponse | MakeError]: ...

    @overload
    def update(
        self,
        data_store_id: int,
        *,
        body: UpdateDataStoreRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataStoreResponse | MakeError]: ...

    def update(
        self,
        data_store_id: int,
        *,
        body: UpdateDataStoreRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        datastructure_id: int | None | Unset = UNSET,
        max_size_mb: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataStoreResponse | MakeError]:
        """Update a data store

        ``PATCH /data-stores/{data_store_id}`` (update_data_store).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UpdateDataStoreRequest,
                {
                    "name": name,
                    "datastructure_id": datastructure_id,
                    "max_size_mb": max_size_mb,
                },
                required=(),
                unset=UNSET,
                operation="update",
            )
        request = _runtime.with_options(
            _update_data_store._get_kwargs(
                data_store_id=data_store_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _update_data_store._build_response(client=self._client, response=raw)


class AsyncDataStoresResource(_runtime.Resource[BaseClient]):
    """Data stores (async)."""

    @cached_property
    def records(self) -> AsyncDataStoreRecordsResource:
        from .data_store_records import AsyncDataStoreRecordsResource

        return AsyncDataStoreRecordsResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncDataStoresResourceWithRawResponse:
        return AsyncDataStoresResourceWithRawResponse(self._client)

    @overload
    async def create(
        self,
        *,
        name: str,
        team_id: int,
        max_size_mb: int,
        datastructure_id: int | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStoreResponse: ...

    @overload
    async def create(
        self,
        *,
        body: CreateDataStoreRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStoreResponse: ...

    async def create(
        self,
        *,
        body: CreateDataStoreRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        team_id: int | Unset = UNSET,
        max_size_mb: int | Unset = UNSET,
        datastructure_id: int | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStoreResponse:
        """Create a data store

        ``POST /data-stores`` (create_data_store).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                CreateDataStoreRequest,
                {
                    "name": name,
                    "team_id": team_id,
                    "max_size_mb": max_size_mb,
                    "datastructure_id": datastructure_id,
                },
                required=(
                    "name",
                    "team_id",
                    "max_size_mb",
                ),
                unset=UNSET,
                operation="create",
            )
        request = _runtime.with_options(
            _create_data_store._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _create_data_store._success(client=self._client, raw=raw)

    async def delete(
        self,
        data_store_id: int,
        *,
        confirmed: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DeletedDataStore:
        """Delete a data store

        ``DELETE /data-stores/{data_store_id}`` (delete_data_store).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _delete_data_store._get_kwargs(
                data_store_id=data_store_id,
                confirmed=confirmed,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _delete_data_store._success(client=self._client, raw=raw)

    async def delete_many(
        self,
        *,
        body: DeleteAllDataStores | DeleteDataStoresByIds,
        team_id: int,
        confirmed: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DeletedDataStores:
        """Delete data stores

        ``DELETE /data-stores`` (delete_data_stores).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _delete_data_stores._get_kwargs(
                body=body,
                team_id=team_id,
                confirmed=confirmed,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _delete_data_stores._success(client=self._client, raw=raw)

    async def get(
        self,
        data_store_id: int,
        *,
        cols: builtins.list[DataStoreColumn] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStoreColumnsResponse:
        """Get data store details

        ``GET /data-stores/{data_store_id}`` (get_data_store).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_data_store._get_kwargs(
                data_store_id=data_store_id,
                cols=cols,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_data_store._success(client=self._client, raw=raw)

    async def list(
        self,
        *,
        team_id: int,
        cols: builtins.list[DataStoreColumn] | Unset = UNSET,
        pgsort_by: ListDataStoresPgsortBy | Unset = UNSET,
        pgsort_dir: ListDataStoresPgsortDir | Unset = UNSET,
        pgoffset: int | Unset = UNSET,
        pglimit: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStoreList:
        """List data stores

        ``GET /data-stores`` (list_data_stores).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _list_data_stores._get_kwargs(
                team_id=team_id,
                cols=cols,
                pgsort_by=pgsort_by,
                pgsort_dir=pgsort_dir,
                pgoffset=pgoffset,
                pglimit=pglimit,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _list_data_stores._success(client=self._client, raw=raw)

    def list_all(
        self,
        *,
        team_id: int,
        cols: builtins.list[DataStoreColumn] | Unset = UNSET,
        pgsort_by: ListDataStoresPgsortBy | Unset = UNSET,
        pgsort_dir: ListDataStoresPgsortDir | Unset = UNSET,
        page_size: int = 100,
        start: int = 0,
    ) -> AsyncIterator[DataStoreColumns]:
        """Every item of ``list``, across all pages, fetched lazily one page at a time."""
        return pagination.aiter_list_data_stores(
            client=self._client,
            team_id=team_id,
            cols=cols,
            pgsort_by=pgsort_by,
            pgsort_dir=pgsort_dir,
            page_size=page_size,
            start=start,
        )

    @overload
    async def update(
        self,
        data_store_id: int,
        *,
        name: str | Unset = UNSET,
        datastructure_id: int | None | Unset = UNSET,
        max_size_mb: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStoreResponse: ...

    @overload
    async def update(
        self,
        data_store_id: int,
        *,
        body: UpdateDataStoreRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStoreResponse: ...

    async def update(
        self,
        data_store_id: int,
        *,
        body: UpdateDataStoreRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        datastructure_id: int | None | Unset = UNSET,
        max_size_mb: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStoreResponse:
        """Update a data store

        ``PATCH /data-stores/{data_store_id}`` (update_data_store).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UpdateDataStoreRequest,
                {
                    "name": name,
                    "datastructure_id": datastructure_id,
                    "max_size_mb": max_size_mb,
                },
                required=(),
                unset=UNSET,
                operation="update",
            )
        request = _runtime.with_options(
            _update_data_store._get_kwargs(
                data_store_id=data_store_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _update_data_store._success(client=self._client, raw=raw)


class AsyncDataStoresResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """Data stores, each method returning the whole ``Response`` (async)."""

    @cached_property
    def records(self) -> AsyncDataStoreRecordsResourceWithRawResponse:
        from .data_store_records import AsyncDataStoreRecordsResourceWithRawResponse

        return AsyncDataStoreRecordsResourceWithRawResponse(self._client)

    @overload
    async def create(
        self,
        *,
        name: str,
        team_id: int,
        max_size_mb: int,
        datastructure_id: int | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataStoreResponse | MakeError]: ...

    @overload
    async def create(
        self,
        *,
        body: CreateDataStoreRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataStoreResponse | MakeError]: ...

    async def create(
        self,
        *,
        body: CreateDataStoreRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        team_id: int | Unset = UNSET,
        max_size_mb: int | Unset = UNSET,
        datastructure_id: int | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataStoreResponse | MakeError]:
        """Create a data store

        ``POST /data-stores`` (create_data_store).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                CreateDataStoreRequest,
                {
                    "name": name,
                    "team_id": team_id,
                    "max_size_mb": max_size_mb,
                    "datastructure_id": datastructure_id,
                },
                required=(
                    "name",
                    "team_id",
                    "max_size_mb",
                ),
                unset=UNSET,
                operation="create",
            )
        request = _runtime.with_options(
            _create_data_store._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _create_data_store._build_response(client=self._client, response=raw)

    async def delete(
        self,
        data_store_id: int,
        *,
        confirmed: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DeletedDataStore | MakeError]:
        """Delete a data store

        ``DELETE /data-stores/{data_store_id}`` (delete_data_store).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _delete_data_store._get_kwargs(
                data_store_id=data_store_id,
                confirmed=confirmed,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _delete_data_store._build_response(client=self._client, response=raw)

    async def delete_many(
        self,
        *,
        body: DeleteAllDataStores | DeleteDataStoresByIds,
        team_id: int,
        confirmed: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DeletedDataStores | MakeError]:
        """Delete data stores

        ``DELETE /data-stores`` (delete_data_stores).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _delete_data_stores._get_kwargs(
                body=body,
                team_id=team_id,
                confirmed=confirmed,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _delete_data_stores._build_response(client=self._client, response=raw)

    async def get(
        self,
        data_store_id: int,
        *,
        cols: builtins.list[DataStoreColumn] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataStoreColumnsResponse | MakeError]:
        """Get data store details

        ``GET /data-stores/{data_store_id}`` (get_data_store).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_data_store._get_kwargs(
                data_store_id=data_store_id,
                cols=cols,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_data_store._build_response(client=self._client, response=raw)

    async def list(
        self,
        *,
        team_id: int,
        cols: builtins.list[DataStoreColumn] | Unset = UNSET,
        pgsort_by: ListDataStoresPgsortBy | Unset = UNSET,
        pgsort_dir: ListDataStoresPgsortDir | Unset = UNSET,
        pgoffset: int | Unset = UNSET,
        pglimit: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataStoreList | MakeError]:
        """List data stores

        ``GET /data-stores`` (list_data_stores).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _list_data_stores._get_kwargs(
                team_id=team_id,
                cols=cols,
                pgsort_by=pgsort_by,
                pgsort_dir=pgsort_dir,
                pgoffset=pgoffset,
                pglimit=pglimit,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _list_data_stores._build_response(client=self._client, response=raw)

    @overload
    async def update(
        self,
        data_store_id: int,
        *,
        name: str | Unset = UNSET,
        datastructure_id: int | None | Unset = UNSET,
        max_size_mb: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataStoreResponse | MakeError]: ...

    @overload
    async def update(
        self,
        data_store_id: int,
        *,
        body: UpdateDataStoreRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataStoreResponse | MakeError]: ...

    async def update(
        self,
        data_store_id: int,
        *,
        body: UpdateDataStoreRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        datastructure_id: int | None | Unset = UNSET,
        max_size_mb: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataStoreResponse | MakeError]:
        """Update a data store

        ``PATCH /data-stores/{data_store_id}`` (update_data_store).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UpdateDataStoreRequest,
                {
                    "name": name,
                    "datastructure_id": datastructure_id,
                    "max_size_mb": max_size_mb,
                },
                required=(),
                unset=UNSET,
                operation="update",
            )
        request = _runtime.with_options(
            _update_data_store._get_kwargs(
                data_store_id=data_store_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _update_data_store._build_response(client=self._client, response=raw)
