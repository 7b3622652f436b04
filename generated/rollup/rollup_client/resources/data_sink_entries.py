"""Data sink entries: one method per operation. Generated from the spec; do not edit."""

# Annotations name classes defined further down and builtins a method may shadow (``list``).
from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any, overload
from uuid import UUID

import httpx

from .. import _runtime
from ..api.data_sink_entries import add_data_sink_entries as _add_data_sink_entries
from ..api.data_sink_entries import delete_data_sink_entry as _delete_data_sink_entry
from ..api.data_sink_entries import get_data_sink_entry as _get_data_sink_entry
from ..api.data_sink_entries import update_data_sink_entry as _update_data_sink_entry
from ..client import BaseClient
from ..models.create_data_sink_entry_request import CreateDataSinkEntryRequest
from ..models.data_sink_entry import DataSinkEntry
from ..models.error import Error
from ..models.update_data_sink_entry_request import UpdateDataSinkEntryRequest
from ..types import UNSET, Response, Unset


class DataSinkEntriesResource(_runtime.Resource[BaseClient]):
    """Data sink entries."""

    @cached_property
    def with_raw_response(self) -> DataSinkEntriesResourceWithRawResponse:
        return DataSinkEntriesResourceWithRawResponse(self._client)

    @overload
    def add_many(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        *,
        key: str,
        data_type: str,
        id: UUID | Unset = UNSET,
        value: str | Unset = UNSET,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataSinkEntry: ...

    @overload
    def add_many(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        *,
        body: CreateDataSinkEntryRequest,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataSinkEntry: ...

    def add_many(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        *,
        body: CreateDataSinkEntryRequest | Unset = UNSET,
        key: str | Unset = UNSET,
        data_type: str | Unset = UNSET,
        id: UUID | Unset = UNSET,
        value: str | Unset = UNSET,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataSinkEntry:
        """Add an entry to a data sink

        ``POST /v1/workspace/{workspace_id}/data-sink/{data_sink_id}`` (add_data_sink_entries).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                CreateDataSinkEntryRequest,
                {
                    "key": key,
                    "data_type": data_type,
                    "id": id,
                    "value": value,
                },
                required=(
                    "key",
                    "data_type",
                ),
                unset=UNSET,
                operation="add_many",
            )
        request = _runtime.with_options(
            _add_data_sink_entries._get_kwargs(
                workspace_id=workspace_id,
                data_sink_id=data_sink_id,
                body=body,
                client_id=client_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _add_data_sink_entries._success(client=self._client, raw=raw)

    def delete(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        key: str,
        *,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Delete a data sink entry

        ``DELETE /v1/workspace/{workspace_id}/data-sink/{data_sink_id}/{key}`` (delete_data_sink_entry).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _delete_data_sink_entry._get_kwargs(
                workspace_id=workspace_id,
                data_sink_id=data_sink_id,
                key=key,
                client_id=client_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _delete_data_sink_entry._success(client=self._client, raw=raw)

    def get(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        key: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataSinkEntry:
        """Get a data sink entry

        ``GET /v1/workspace/{workspace_id}/data-sink/{data_sink_id}/{key}`` (get_data_sink_entry).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_data_sink_entry._get_kwargs(
                workspace_id=workspace_id,
                data_sink_id=data_sink_id,
                key=key,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_data_sink_entry._success(client=self._client, raw=raw)

    @overload
    def update(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        key: str,
        *,
        value: str | Unset = UNSET,
        data_type: str | Unset = UNSET,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataSinkEntry: ...

    @overload
    def update(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        key: str,
        *,
        body: UpdateDataSinkEntryRequest,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataSinkEntry: ...

    def update(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        key: str,
        *,
        body: UpdateDataSinkEntryRequest | Unset = UNSET,
        value: str | Unset = UNSET,
        data_type: str | Unset = UNSET,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataSinkEntry:
        """Update a data sink entry

        ``PATCH /v1/workspace/{workspace_id}/data-sink/{data_sink_id}/{key}`` (update_data_sink_entry).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UpdateDataSinkEntryRequest,
                {
                    "value": value,
                    "data_type": data_type,
                },
                required=(),
                unset=UNSET,
                operation="update",
            )
        request = _runtime.with_options(
            _update_data_sink_entry._get_kwargs(
                workspace_id=workspace_id,
                data_sink_id=data_sink_id,
                key=key,
                body=body,
                client_id=client_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _update_data_sink_entry._success(client=self._client, raw=raw)


class DataSinkEntriesResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """Data sink entries, each method returning the whole ``Response``."""

    @overload
    def add_many(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        *,
        key: str,
        data_type: str,
        id: UUID | Unset = UNSET,
        value: str | Unset = UNSET,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataSinkEntry | Error]: ...

    @overload
    def add_many(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        *,
        body: CreateDataSinkEntryRequest,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataSinkEntry | Error]: ...

    def add_many(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        *,
        body: CreateDataSinkEntryRequest | Unset = UNSET,
        key: str | Unset = UNSET,
        data_type: str | Unset = UNSET,
        id: UUID | Unset = UNSET,
        value: str | Unset = UNSET,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataSinkEntry | Error]:
        """Add an entry to a data sink

        ``POST /v1/workspace/{workspace_id}/data-sink/{data_sink_id}`` (add_data_sink_entries).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                CreateDataSinkEntryRequest,
                {
                    "key": key,
                    "data_type": data_type,
                    "id": id,
                    "value": value,
                },
                required=(
                    "key",
                    "data_type",
                ),
                unset=UNSET,
                operation="add_many",
            )
        request = _runtime.with_options(
            _add_data_sink_entries._get_kwargs(
                workspace_id=workspace_id,
                data_sink_id=data_sink_id,
                body=body,
                client_id=client_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _add_data_sink_entries._build_response(client=self._client, response=raw)

    def delete(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        key: str,
        *,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | Error]:
        """Delete a data sink entry

        ``DELETE /v1/workspace/{workspace_id}/data-sink/{data_sink_id}/{key}`` (delete_data_sink_entry).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _delete_data_sink_entry._get_kwargs(
                workspace_id=workspace_id,
                data_sink_id=data_sink_id,
                key=key,
                client_id=client_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _delete_data_sink_entry._build_response(client=self._client, response=raw)

    def get(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        key: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataSinkEntry | Error]:
        """Get a data sink entry

        ``GET /v1/workspace/{workspace_id}/data-sink/{data_sink_id}/{key}`` (get_data_sink_entry).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_data_sink_entry._get_kwargs(
                workspace_id=workspace_id,
                data_sink_id=data_sink_id,
                key=key,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_data_sink_entry._build_response(client=self._client, response=raw)

    @overload
    def update(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        key: str,
        *,
        value: str | Unset = UNSET,
        data_type: str | Unset = UNSET,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataSinkEntry | Error]: ...

    @overload
    def update(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        key: str,
        *,
        body: UpdateDataSinkEntryRequest,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataSinkEntry | Error]: ...

    def update(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        key: str,
        *,
        body: UpdateDataSinkEntryRequest | Unset = UNSET,
        value: str | Unset = UNSET,
        data_type: str | Unset = UNSET,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataSinkEntry | Error]:
        """Update a data sink entry

        ``PATCH /v1/workspace/{workspace_id}/data-sink/{data_sink_id}/{key}`` (update_data_sink_entry).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UpdateDataSinkEntryRequest,
                {
                    "value": value,
                    "data_type": data_type,
                },
                required=(),
                unset=UNSET,
                operation="update",
            )
        request = _runtime.with_options(
            _update_data_sink_entry._get_kwargs(
                workspace_id=workspace_id,
                data_sink_id=data_sink_id,
                key=key,
                body=body,
                client_id=client_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _update_data_sink_entry._build_response(client=self._client, response=raw)


class AsyncDataSinkEntriesResource(_runtime.Resource[BaseClient]):
    """Data sink entries (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncDataSinkEntriesResourceWithRawResponse:
        return AsyncDataSinkEntriesResourceWithRawResponse(self._client)

    @overload
    async def add_many(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        *,
        key: str,
        data_type: str,
        id: UUID | Unset = UNSET,
        value: str | Unset = UNSET,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataSinkEntry: ...

    @overload
    async def add_many(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        *,
        body: CreateDataSinkEntryRequest,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataSinkEntry: ...

    async def add_many(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        *,
        body: CreateDataSinkEntryRequest | Unset = UNSET,
        key: str | Unset = UNSET,
        data_type: str | Unset = UNSET,
        id: UUID | Unset = UNSET,
        value: str | Unset = UNSET,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataSinkEntry:
        """Add an entry to a data sink

        ``POST /v1/workspace/{workspace_id}/data-sink/{data_sink_id}`` (add_data_sink_entries).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                CreateDataSinkEntryRequest,
                {
                    "key": key,
                    "data_type": data_type,
                    "id": id,
                    "value": value,
                },
                required=(
                    "key",
                    "data_type",
                ),
                unset=UNSET,
                operation="add_many",
            )
        request = _runtime.with_options(
            _add_data_sink_entries._get_kwargs(
                workspace_id=workspace_id,
                data_sink_id=data_sink_id,
                body=body,
                client_id=client_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _add_data_sink_entries._success(client=self._client, raw=raw)

    async def delete(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        key: str,
        *,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Delete a data sink entry

        ``DELETE /v1/workspace/{workspace_id}/data-sink/{data_sink_id}/{key}`` (delete_data_sink_entry).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _delete_data_sink_entry._get_kwargs(
                workspace_id=workspace_id,
                data_sink_id=data_sink_id,
                key=key,
                client_id=client_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _delete_data_sink_entry._success(client=self._client, raw=raw)

    async def get(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        key: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataSinkEntry:
        """Get a data sink entry

        ``GET /v1/workspace/{workspace_id}/data-sink/{data_sink_id}/{key}`` (get_data_sink_entry).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_data_sink_entry._get_kwargs(
                workspace_id=workspace_id,
                data_sink_id=data_sink_id,
                key=key,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_data_sink_entry._success(client=self._client, raw=raw)

    @overload
    async def update(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        key: str,
        *,
        value: str | Unset = UNSET,
        data_type: str | Unset = UNSET,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataSinkEntry: ...

    @overload
    async def update(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        key: str,
        *,
        body: UpdateDataSinkEntryRequest,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataSinkEntry: ...

    async def update(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        key: str,
        *,
        body: UpdateDataSinkEntryRequest | Unset = UNSET,
        value: str | Unset = UNSET,
        data_type: str | Unset = UNSET,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataSinkEntry:
        """Update a data sink entry

        ``PATCH /v1/workspace/{workspace_id}/data-sink/{data_sink_id}/{key}`` (update_data_sink_entry).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UpdateDataSinkEntryRequest,
                {
                    "value": value,
                    "data_type": data_type,
                },
                required=(),
                unset=UNSET,
                operation="update",
            )
        request = _runtime.with_options(
            _update_data_sink_entry._get_kwargs(
                workspace_id=workspace_id,
                data_sink_id=data_sink_id,
                key=key,
                body=body,
                client_id=client_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _update_data_sink_entry._success(client=self._client, raw=raw)


class AsyncDataSinkEntriesResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """Data sink entries, each method returning the whole ``Response`` (async)."""

    @overload
    async def add_many(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        *,
        key: str,
        data_type: str,
        id: UUID | Unset = UNSET,
        value: str | Unset = UNSET,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataSinkEntry | Error]: ...

    @overload
    async def add_many(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        *,
        body: CreateDataSinkEntryRequest,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataSinkEntry | Error]: ...

    async def add_many(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        *,
        body: CreateDataSinkEntryRequest | Unset = UNSET,
        key: str | Unset = UNSET,
        data_type: str | Unset = UNSET,
        id: UUID | Unset = UNSET,
        value: str | Unset = UNSET,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataSinkEntry | Error]:
        """Add an entry to a data sink

        ``POST /v1/workspace/{workspace_id}/data-sink/{data_sink_id}`` (add_data_sink_entries).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                CreateDataSinkEntryRequest,
                {
                    "key": key,
                    "data_type": data_type,
                    "id": id,
                    "value": value,
                },
                required=(
                    "key",
                    "data_type",
                ),
                unset=UNSET,
                operation="add_many",
            )
        request = _runtime.with_options(
            _add_data_sink_entries._get_kwargs(
                workspace_id=workspace_id,
                data_sink_id=data_sink_id,
                body=body,
                client_id=client_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _add_data_sink_entries._build_response(client=self._client, response=raw)

    async def delete(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        key: str,
        *,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | Error]:
        """Delete a data sink entry

        ``DELETE /v1/workspace/{workspace_id}/data-sink/{data_sink_id}/{key}`` (delete_data_sink_entry).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _delete_data_sink_entry._get_kwargs(
                workspace_id=workspace_id,
                data_sink_id=data_sink_id,
                key=key,
                client_id=client_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _delete_data_sink_entry._build_response(client=self._client, response=raw)

    async def get(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        key: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataSinkEntry | Error]:
        """Get a data sink entry

        ``GET /v1/workspace/{workspace_id}/data-sink/{data_sink_id}/{key}`` (get_data_sink_entry).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_data_sink_entry._get_kwargs(
                workspace_id=workspace_id,
                data_sink_id=data_sink_id,
                key=key,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_data_sink_entry._build_response(client=self._client, response=raw)

    @overload
    async def update(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        key: str,
        *,
        value: str | Unset = UNSET,
        data_type: str | Unset = UNSET,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataSinkEntry | Error]: ...

    @overload
    async def update(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        key: str,
        *,
        body: UpdateDataSinkEntryRequest,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataSinkEntry | Error]: ...

    async def update(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        key: str,
        *,
        body: UpdateDataSinkEntryRequest | Unset = UNSET,
        value: str | Unset = UNSET,
        data_type: str | Unset = UNSET,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataSinkEntry | Error]:
        """Update a data sink entry

        ``PATCH /v1/workspace/{workspace_id}/data-sink/{data_sink_id}/{key}`` (update_data_sink_entry).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UpdateDataSinkEntryRequest,
                {
                    "value": value,
                    "data_type": data_type,
                },
                required=(),
                unset=UNSET,
                operation="update",
            )
        request = _runtime.with_options(
            _update_data_sink_entry._get_kwargs(
                workspace_id=workspace_id,
                data_sink_id=data_sink_id,
                key=key,
                body=body,
                client_id=client_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _update_data_sink_entry._build_response(client=self._client, response=raw)
