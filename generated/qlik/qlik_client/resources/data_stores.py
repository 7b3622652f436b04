"""Data stores: one method per operation. Generated from the spec; do not edit."""

# Annotations name classes defined further down and builtins a method may shadow (``list``).
from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property
from typing import Any, overload

import httpx

from .. import _runtime, pagination
from ..api.data_stores import create_data_store as _create_data_store
from ..api.data_stores import delete_data_stores as _delete_data_stores
from ..api.data_stores import get_data_store as _get_data_store
from ..api.data_stores import list_data_stores as _list_data_stores
from ..api.data_stores import patch_data_store as _patch_data_store
from ..api.data_stores import replace_data_store as _replace_data_store
from ..client import BaseClient
from ..models.any_value_map import AnyValueMap
from ..models.batch_of_ids import BatchOfIds
from ..models.data_store import DataStore
from ..models.data_store_list import DataStoreList
from ..models.data_store_update import DataStoreUpdate
from ..models.error_response import ErrorResponse
from ..models.json_patch_operation import JsonPatchOperation
from ..models.new_data_store import NewDataStore
from ..types import UNSET, Response, Unset


class DataStoresResource(_runtime.Resource[BaseClient]):
    """Data stores."""

    @cached_property
    def with_raw_response(self) -> DataStoresResourceWithRawResponse:
        return DataStoresResourceWithRawResponse(self._client)

    @overload
    def create(
        self,
        *,
        type_: str,
        technical_name: str,
        id: None | Unset = UNSET,
        uri: str | Unset = UNSET,
        name: str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        owner_id: str | Unset = UNSET,
        space_id: str | Unset = UNSET,
        version: None | Unset = UNSET,
        properties: AnyValueMap | Unset = UNSET,
        description: str | Unset = UNSET,
        technical_description: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStore: ...

    @overload
    def create(
        self,
        *,
        body: NewDataStore,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStore: ...

    def create(
        self,
        *,
        body: NewDataStore | Unset = UNSET,
        type_: str | Unset = UNSET,
        technical_name: str | Unset = UNSET,
        id: None | Unset = UNSET,
        uri: str | Unset = UNSET,
        name: str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        owner_id: str | Unset = UNSET,
        space_id: str | Unset = UNSET,
        version: None | Unset = UNSET,
        properties: AnyValueMap | Unset = UNSET,
        description: str | Unset = UNSET,
        technical_description: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStore:
        """Save new data store.

        ``POST /data-stores`` (create_data_store).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                NewDataStore,
                {
                    "type_": type_,
                    "technical_name": technical_name,
                    "id": id,
                    "uri": uri,
                    "name": name,
                    "tags": tags,
                    "owner_id": owner_id,
                    "space_id": space_id,
                    "version": version,
                    "properties": properties,
                    "description": description,
                    "technical_description": technical_description,
                },
                required=(
                    "type_",
                    "technical_name",
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

    @overload
    def delete_many(
        self,
        *,
        ids: builtins.list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    @overload
    def delete_many(
        self,
        *,
        body: BatchOfIds,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    def delete_many(
        self,
        *,
        body: BatchOfIds | Unset = UNSET,
        ids: builtins.list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Delete data stores if they do not contain any data assets.

        ``DELETE /data-stores`` (delete_data_stores).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                BatchOfIds,
                {
                    "ids": ids,
                },
                required=(),
                unset=UNSET,
                operation="delete_many",
            )
        request = _runtime.with_options(
            _delete_data_stores._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _delete_data_stores._success(client=self._client, raw=raw)

    def get(
        self,
        data_store_id: str,
        *,
        projections: builtins.list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStore:
        """Get data store by ID.

        ``GET /data-stores/{data_store_id}`` (get_data_store).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_data_store._get_kwargs(
                data_store_id=data_store_id,
                projections=projections,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_data_store._success(client=self._client, raw=raw)

    def list(
        self,
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
    ) -> DataStoreList:
        """Get all data stores.

        ``GET /data-stores`` (list_data_stores).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _list_data_stores._get_kwargs(
                limit=limit,
                page=page,
                projections=projections,
                sort=sort,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _list_data_stores._success(client=self._client, raw=raw)

    def list_all(
        self,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        projections: builtins.list[str] | Unset = UNSET,
        sort: builtins.list[str] | Unset = UNSET,
    ) -> Iterator[DataStore]:
        """Every item of ``list``, across all pages, fetched lazily one page at a time."""
        return pagination.iter_list_data_stores(
            client=self._client,
            limit=limit,
            page=page,
            projections=projections,
            sort=sort,
        )

    def patch(
        self,
        data_store_id: str,
        *,
        body: builtins.list[JsonPatchOperation],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any | DataStore:
        """Patch data store.

        ``PATCH /data-stores/{data_store_id}`` (patch_data_store).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _patch_data_store._get_kwargs(
                data_store_id=data_store_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _patch_data_store._success(client=self._client, raw=raw)

    @overload
    def replace(
        self,
        data_store_id: str,
        *,
        type_: str,
        technical_name: str,
        id: None | str | Unset = UNSET,
        uri: str | Unset = UNSET,
        name: str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        owner_id: str | Unset = UNSET,
        space_id: str | Unset = UNSET,
        version: int | None | Unset = UNSET,
        properties: AnyValueMap | Unset = UNSET,
        description: str | Unset = UNSET,
        technical_description: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStore: ...

    @overload
    def replace(
        self,
        data_store_id: str,
        *,
        body: DataStoreUpdate,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStore: ...

    def replace(
        self,
        data_store_id: str,
        *,
        body: DataStoreUpdate | Unset = UNSET,
        type_: str | Unset = UNSET,
        technical_name: str | Unset = UNSET,
        id: None | str | Unset = UNSET,
        uri: str | Unset = UNSET,
        name: str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        owner_id: str | Unset = UNSET,
        space_id: str | Unset = UNSET,
        version: int | None | Unset = UNSET,
        properties: AnyValueMap | Unset = UNSET,
        description: str | Unset = UNSET,
        technical_description: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStore:
        """Update data store.

        ``PUT /data-stores/{data_store_id}`` (replace_data_store).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                DataStoreUpdate,
                {
                    "type_": type_,
                    "technical_name": technical_name,
                    "id": id,
                    "uri": uri,
                    "name": name,
                    "tags": tags,
                    "owner_id": owner_id,
                    "space_id": space_id,
                    "version": version,
                    "properties": properties,
                    "description": description,
                    "technical_description": technical_description,
                },
                required=(
                    "type_",
                    "technical_name",
                ),
                unset=UNSET,
                operation="replace",
            )
        request = _runtime.with_options(
            _replace_data_store._get_kwargs(
                data_store_id=data_store_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _replace_data_store._success(client=self._client, raw=raw)


class DataStoresResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """Data stores, each method returning the whole ``Response``."""

    @overload
    def create(
        self,
        *,
        type_: str,
        technical_name: str,
        id: None | Unset = UNSET,
        uri: str | Unset = UNSET,
        name: str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        owner_id: str | Unset = UNSET,
        space_id: str | Unset = UNSET,
        version: None | Unset = UNSET,
        properties: AnyValueMap | Unset = UNSET,
        description: str | Unset = UNSET,
        technical_description: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataStore | ErrorResponse]: ...

    @overload
    def create(
        self,
        *,
        body: NewDataStore,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataStore | ErrorResponse]: ...

    def create(
        self,
        *,
        body: NewDataStore | Unset = UNSET,
        type_: str | Unset = UNSET,
        technical_name: str | Unset = UNSET,
        id: None | Unset = UNSET,
        uri: str | Unset = UNSET,
        name: str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        owner_id: str | Unset = UNSET,
        space_id: str | Unset = UNSET,
        version: None | Unset = UNSET,
        properties: AnyValueMap | Unset = UNSET,
        description: str | Unset = UNSET,
        technical_description: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataStore | ErrorResponse]:
        """Save new data store.

        ``POST /data-stores`` (create_data_store).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                NewDataStore,
                {
                    "type_": type_,
                    "technical_name": technical_name,
                    "id": id,
                    "uri": uri,
                    "name": name,
                    "tags": tags,
                    "owner_id": owner_id,
                    "space_id": space_id,
                    "version": version,
                    "properties": properties,
                    "description": description,
                    "technical_description": technical_description,
                },
                required=(
                    "type_",
                    "technical_name",
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

    @overload
    def delete_many(
        self,
        *,
        ids: builtins.list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    @overload
    def delete_many(
        self,
        *,
        body: BatchOfIds,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    def delete_many(
        self,
        *,
        body: BatchOfIds | Unset = UNSET,
        ids: builtins.list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Delete data stores if they do not contain any data assets.

        ``DELETE /data-stores`` (delete_data_stores).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                BatchOfIds,
                {
                    "ids": ids,
                },
                required=(),
                unset=UNSET,
                operation="delete_many",
            )
        request = _runtime.with_options(
            _delete_data_stores._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _delete_data_stores._build_response(client=self._client, response=raw)

    def get(
        self,
        data_store_id: str,
        *,
        projections: builtins.list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataStore | ErrorResponse]:
        """Get data store by ID.

        ``GET /data-stores/{data_store_id}`` (get_data_store).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_data_store._get_kwargs(
                data_store_id=data_store_id,
                projections=projections,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_data_store._build_response(client=self._client, response=raw)

    def list(
        self,
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
    ) -> Response[DataStoreList | ErrorResponse]:
        """Get all data stores.

        ``GET /data-stores`` (list_data_stores).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _list_data_stores._get_kwargs(
                limit=limit,
                page=page,
                projections=projections,
                sort=sort,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _list_data_stores._build_response(client=self._client, response=raw)

    def patch(
        self,
        data_store_id: str,
        *,
        body: builtins.list[JsonPatchOperation],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | DataStore | ErrorResponse]:
        """Patch data store.

        ``PATCH /data-stores/{data_store_id}`` (patch_data_store).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _patch_data_store._get_kwargs(
                data_store_id=data_store_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _patch_data_store._build_response(client=self._client, response=raw)

    @overload
    def replace(
        self,
        data_store_id: str,
        *,
        type_: str,
        technical_name: str,
        id: None | str | Unset = UNSET,
        uri: str | Unset = UNSET,
        name: str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        owner_id: str | Unset = UNSET,
        space_id: str | Unset = UNSET,
        version: int | None | Unset = UNSET,
        properties: AnyValueMap | Unset = UNSET,
        description: str | Unset = UNSET,
        technical_description: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataStore | ErrorResponse]: ...

    @overload
    def replace(
        self,
        data_store_id: str,
        *,
        body: DataStoreUpdate,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataStore | ErrorResponse]: ...

    def replace(
        self,
        data_store_id: str,
        *,
        body: DataStoreUpdate | Unset = UNSET,
        type_: str | Unset = UNSET,
        technical_name: str | Unset = UNSET,
        id: None | str | Unset = UNSET,
        uri: str | Unset = UNSET,
        name: str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        owner_id: str | Unset = UNSET,
        space_id: str | Unset = UNSET,
        version: int | None | Unset = UNSET,
        properties: AnyValueMap | Unset = UNSET,
        description: str | Unset = UNSET,
        technical_description: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataStore | ErrorResponse]:
        """Update data store.

        ``PUT /data-stores/{data_store_id}`` (replace_data_store).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                DataStoreUpdate,
                {
                    "type_": type_,
                    "technical_name": technical_name,
                    "id": id,
                    "uri": uri,
                    "name": name,
                    "tags": tags,
                    "owner_id": owner_id,
                    "space_id": space_id,
                    "version": version,
                    "properties": properties,
                    "description": description,
                    "technical_description": technical_description,
                },
                required=(
                    "type_",
                    "technical_name",
                ),
                unset=UNSET,
                operation="replace",
            )
        request = _runtime.with_options(
            _replace_data_store._get_kwargs(
                data_store_id=data_store_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _replace_data_store._build_response(client=self._client, response=raw)


class AsyncDataStoresResource(_runtime.Resource[BaseClient]):
    """Data stores (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncDataStoresResourceWithRawResponse:
        return AsyncDataStoresResourceWithRawResponse(self._client)

    @overload
    async def create(
        self,
        *,
        type_: str,
        technical_name: str,
        id: None | Unset = UNSET,
        uri: str | Unset = UNSET,
        name: str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        owner_id: str | Unset = UNSET,
        space_id: str | Unset = UNSET,
        version: None | Unset = UNSET,
        properties: AnyValueMap | Unset = UNSET,
        description: str | Unset = UNSET,
        technical_description: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStore: ...

    @overload
    async def create(
        self,
        *,
        body: NewDataStore,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStore: ...

    async def create(
        self,
        *,
        body: NewDataStore | Unset = UNSET,
        type_: str | Unset = UNSET,
        technical_name: str | Unset = UNSET,
        id: None | Unset = UNSET,
        uri: str | Unset = UNSET,
        name: str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        owner_id: str | Unset = UNSET,
        space_id: str | Unset = UNSET,
        version: None | Unset = UNSET,
        properties: AnyValueMap | Unset = UNSET,
        description: str | Unset = UNSET,
        technical_description: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStore:
        """Save new data store.

        ``POST /data-stores`` (create_data_store).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                NewDataStore,
                {
                    "type_": type_,
                    "technical_name": technical_name,
                    "id": id,
                    "uri": uri,
                    "name": name,
                    "tags": tags,
                    "owner_id": owner_id,
                    "space_id": space_id,
                    "version": version,
                    "properties": properties,
                    "description": description,
                    "technical_description": technical_description,
                },
                required=(
                    "type_",
                    "technical_name",
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

    @overload
    async def delete_many(
        self,
        *,
        ids: builtins.list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    @overload
    async def delete_many(
        self,
        *,
        body: BatchOfIds,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    async def delete_many(
        self,
        *,
        body: BatchOfIds | Unset = UNSET,
        ids: builtins.list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Delete data stores if they do not contain any data assets.

        ``DELETE /data-stores`` (delete_data_stores).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                BatchOfIds,
                {
                    "ids": ids,
                },
                required=(),
                unset=UNSET,
                operation="delete_many",
            )
        request = _runtime.with_options(
            _delete_data_stores._get_kwargs(
                body=body,
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
        data_store_id: str,
        *,
        projections: builtins.list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStore:
        """Get data store by ID.

        ``GET /data-stores/{data_store_id}`` (get_data_store).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_data_store._get_kwargs(
                data_store_id=data_store_id,
                projections=projections,
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
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        projections: builtins.list[str] | Unset = UNSET,
        sort: builtins.list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStoreList:
        """Get all data stores.

        ``GET /data-stores`` (list_data_stores).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _list_data_stores._get_kwargs(
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
        return _list_data_stores._success(client=self._client, raw=raw)

    def list_all(
        self,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        projections: builtins.list[str] | Unset = UNSET,
        sort: builtins.list[str] | Unset = UNSET,
    ) -> AsyncIterator[DataStore]:
        """Every item of ``list``, across all pages, fetched lazily one page at a time."""
        return pagination.aiter_list_data_stores(
            client=self._client,
            limit=limit,
            page=page,
            projections=projections,
            sort=sort,
        )

    async def patch(
        self,
        data_store_id: str,
        *,
        body: builtins.list[JsonPatchOperation],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any | DataStore:
        """Patch data store.

        ``PATCH /data-stores/{data_store_id}`` (patch_data_store).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _patch_data_store._get_kwargs(
                data_store_id=data_store_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _patch_data_store._success(client=self._client, raw=raw)

    @overload
    async def replace(
        self,
        data_store_id: str,
        *,
        type_: str,
        technical_name: str,
        id: None | str | Unset = UNSET,
        uri: str | Unset = UNSET,
        name: str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        owner_id: str | Unset = UNSET,
        space_id: str | Unset = UNSET,
        version: int | None | Unset = UNSET,
        properties: AnyValueMap | Unset = UNSET,
        description: str | Unset = UNSET,
        technical_description: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStore: ...

    @overload
    async def replace(
        self,
        data_store_id: str,
        *,
        body: DataStoreUpdate,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStore: ...

    async def replace(
        self,
        data_store_id: str,
        *,
        body: DataStoreUpdate | Unset = UNSET,
        type_: str | Unset = UNSET,
        technical_name: str | Unset = UNSET,
        id: None | str | Unset = UNSET,
        uri: str | Unset = UNSET,
        name: str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        owner_id: str | Unset = UNSET,
        space_id: str | Unset = UNSET,
        version: int | None | Unset = UNSET,
        properties: AnyValueMap | Unset = UNSET,
        description: str | Unset = UNSET,
        technical_description: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStore:
        """Update data store.

        ``PUT /data-stores/{data_store_id}`` (replace_data_store).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                DataStoreUpdate,
                {
                    "type_": type_,
                    "technical_name": technical_name,
                    "id": id,
                    "uri": uri,
                    "name": name,
                    "tags": tags,
                    "owner_id": owner_id,
                    "space_id": space_id,
                    "version": version,
                    "properties": properties,
                    "description": description,
                    "technical_description": technical_description,
                },
                required=(
                    "type_",
                    "technical_name",
                ),
                unset=UNSET,
                operation="replace",
            )
        request = _runtime.with_options(
            _replace_data_store._get_kwargs(
                data_store_id=data_store_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _replace_data_store._success(client=self._client, raw=raw)


class AsyncDataStoresResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """Data stores, each method returning the whole ``Response`` (async)."""

    @overload
    async def create(
        self,
        *,
        type_: str,
        technical_name: str,
        id: None | Unset = UNSET,
        uri: str | Unset = UNSET,
        name: str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        owner_id: str | Unset = UNSET,
        space_id: str | Unset = UNSET,
        version: None | Unset = UNSET,
        properties: AnyValueMap | Unset = UNSET,
        description: str | Unset = UNSET,
        technical_description: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataStore | ErrorResponse]: ...

    @overload
    async def create(
        self,
        *,
        body: NewDataStore,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataStore | ErrorResponse]: ...

    async def create(
        self,
        *,
        body: NewDataStore | Unset = UNSET,
        type_: str | Unset = UNSET,
        technical_name: str | Unset = UNSET,
        id: None | Unset = UNSET,
        uri: str | Unset = UNSET,
        name: str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        owner_id: str | Unset = UNSET,
        space_id: str | Unset = UNSET,
        version: None | Unset = UNSET,
        properties: AnyValueMap | Unset = UNSET,
        description: str | Unset = UNSET,
        technical_description: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataStore | ErrorResponse]:
        """Save new data store.

        ``POST /data-stores`` (create_data_store).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                NewDataStore,
                {
                    "type_": type_,
                    "technical_name": technical_name,
                    "id": id,
                    "uri": uri,
                    "name": name,
                    "tags": tags,
                    "owner_id": owner_id,
                    "space_id": space_id,
                    "version": version,
                    "properties": properties,
                    "description": description,
                    "technical_description": technical_description,
                },
                required=(
                    "type_",
                    "technical_name",
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

    @overload
    async def delete_many(
        self,
        *,
        ids: builtins.list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    @overload
    async def delete_many(
        self,
        *,
        body: BatchOfIds,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    async def delete_many(
        self,
        *,
        body: BatchOfIds | Unset = UNSET,
        ids: builtins.list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Delete data stores if they do not contain any data assets.

        ``DELETE /data-stores`` (delete_data_stores).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                BatchOfIds,
                {
                    "ids": ids,
                },
                required=(),
                unset=UNSET,
                operation="delete_many",
            )
        request = _runtime.with_options(
            _delete_data_stores._get_kwargs(
                body=body,
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
        data_store_id: str,
        *,
        projections: builtins.list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataStore | ErrorResponse]:
        """Get data store by ID.

        ``GET /data-stores/{data_store_id}`` (get_data_store).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_data_store._get_kwargs(
                data_store_id=data_store_id,
                projections=projections,
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
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        projections: builtins.list[str] | Unset = UNSET,
        sort: builtins.list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataStoreList | ErrorResponse]:
        """Get all data stores.

        ``GET /data-stores`` (list_data_stores).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _list_data_stores._get_kwargs(
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
        return _list_data_stores._build_response(client=self._client, response=raw)

    async def patch(
        self,
        data_store_id: str,
        *,
        body: builtins.list[JsonPatchOperation],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | DataStore | ErrorResponse]:
        """Patch data store.

        ``PATCH /data-stores/{data_store_id}`` (patch_data_store).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _patch_data_store._get_kwargs(
                data_store_id=data_store_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _patch_data_store._build_response(client=self._client, response=raw)

    @overload
    async def replace(
        self,
        data_store_id: str,
        *,
        type_: str,
        technical_name: str,
        id: None | str | Unset = UNSET,
        uri: str | Unset = UNSET,
        name: str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        owner_id: str | Unset = UNSET,
        space_id: str | Unset = UNSET,
        version: int | None | Unset = UNSET,
        properties: AnyValueMap | Unset = UNSET,
        description: str | Unset = UNSET,
        technical_description: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataStore | ErrorResponse]: ...

    @overload
    async def replace(
        self,
        data_store_id: str,
        *,
        body: DataStoreUpdate,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataStore | ErrorResponse]: ...

    async def replace(
        self,
        data_store_id: str,
        *,
        body: DataStoreUpdate | Unset = UNSET,
        type_: str | Unset = UNSET,
        technical_name: str | Unset = UNSET,
        id: None | str | Unset = UNSET,
        uri: str | Unset = UNSET,
        name: str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        owner_id: str | Unset = UNSET,
        space_id: str | Unset = UNSET,
        version: int | None | Unset = UNSET,
        properties: AnyValueMap | Unset = UNSET,
        description: str | Unset = UNSET,
        technical_description: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataStore | ErrorResponse]:
        """Update data store.

        ``PUT /data-stores/{data_store_id}`` (replace_data_store).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                DataStoreUpdate,
                {
                    "type_": type_,
                    "technical_name": technical_name,
                    "id": id,
                    "uri": uri,
                    "name": name,
                    "tags": tags,
                    "owner_id": owner_id,
                    "space_id": space_id,
                    "version": version,
                    "properties": properties,
                    "description": description,
                    "technical_description": technical_description,
                },
                required=(
                    "type_",
                    "technical_name",
                ),
                unset=UNSET,
                operation="replace",
            )
        request = _runtime.with_options(
            _replace_data_store._get_kwargs(
                data_store_id=data_store_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _replace_data_store._build_response(client=self._client, response=raw)
