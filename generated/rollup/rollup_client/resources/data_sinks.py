"""Data sinks: one method per operation. Generated from the spec; do not edit."""

# Annotations name classes defined further down and builtins a method may shadow (``list``).
from __future__ import annotations

import builtins
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, overload
from uuid import UUID

import httpx

from .. import _runtime
from ..api.data_sinks import create_data_sink as _create_data_sink
from ..api.data_sinks import delete_data_sink as _delete_data_sink
from ..api.data_sinks import get_data_sink as _get_data_sink
from ..api.data_sinks import list_data_sinks as _list_data_sinks
from ..api.data_sinks import (
    list_data_sinks_with_entries as _list_data_sinks_with_entries,
)
from ..api.data_sinks import update_data_sink as _update_data_sink
from ..client import BaseClient
from ..models.create_data_sink_entry_request import CreateDataSinkEntryRequest
from ..models.create_data_sink_request import CreateDataSinkRequest
from ..models.data_sink import DataSink
from ..models.data_sink_summary import DataSinkSummary
from ..models.error import Error
from ..models.icon import Icon
from ..models.update_data_sink_request import UpdateDataSinkRequest
from ..types import UNSET, Response, Unset

if TYPE_CHECKING:
    from .data_sink_entries import (
        AsyncDataSinkEntriesResource,
        AsyncDataSinkEntriesResourceWithRawResponse,
        DataSinkEntriesResource,
        DataSinkEntriesResourceWithRawResponse,
    )


class DataSinksResource(_runtime.Resource[BaseClient]):
    """Data sinks."""

    @cached_property
    def entries(self) -> DataSinkEntriesResource:
        from .data_sink_entries import DataSinkEntriesResource

        return DataSinkEntriesResource(self._client)

    @cached_property
    def with_raw_response(self) -> DataSinksResourceWithRawResponse:
        return DataSinksResourceWithRawResponse(self._client)

    @overload
    def create(
        self,
        workspace_id: UUID,
        *,
        label: str,
        id: UUID | Unset = UNSET,
        description: str | Unset = UNSET,
        tags: str | Unset = UNSET,
        icon: Icon | str | Unset = UNSET,
        entries: builtins.list[CreateDataSinkEntryRequest] | Unset = UNSET,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataSink: ...

    @overload
    def create(
        self,
        workspace_id: UUID,
        *,
        body: CreateDataSinkRequest,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataSink: ...

    def create(
        self,
        workspace_id: UUID,
        *,
        body: CreateDataSinkRequest | Unset = UNSET,
        label: str | Unset = UNSET,
        id: UUID | Unset = UNSET,
        description: str | Unset = UNSET,
        tags: str | Unset = UNSET,
        icon: Icon | str | Unset = UNSET,
        entries: builtins.list[CreateDataSinkEntryRequest] | Unset = UNSET,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataSink:
        """Create a data sink

        ``POST /v1/workspace/{workspace_id}/data-sink`` (create_data_sink).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                CreateDataSinkRequest,
                {
                    "label": label,
                    "id": id,
                    "description": description,
                    "tags": tags,
                    "icon": icon,
                    "entries": entries,
                },
                required=("label",),
                unset=UNSET,
                operation="create",
            )
        request = _runtime.with_options(
            _create_data_sink._get_kwargs(
                workspace_id=workspace_id,
                body=body,
                client_id=client_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _create_data_sink._success(client=self._client, raw=raw)

    def delete(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        *,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Delete a data sink

        ``DELETE /v1/workspace/{workspace_id}/data-sink/{data_sink_id}`` (delete_data_sink).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _delete_data_sink._get_kwargs(
                workspace_id=workspace_id,
                data_sink_id=data_sink_id,
                client_id=client_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _delete_data_sink._success(client=self._client, raw=raw)

    def get(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataSink:
        """Get a data sink

        ``GET /v1/workspace/{workspace_id}/data-sink/{data_sink_id}`` (get_data_sink).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_data_sink._get_kwargs(
                workspace_id=workspace_id,
                data_sink_id=data_sink_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_data_sink._success(client=self._client, raw=raw)

    def list(
        self,
        workspace_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[DataSinkSummary]:
        """List all data sinks excluding their entries

        ``GET /v1/workspace/{workspace_id}/data-sink/list`` (list_data_sinks).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _list_data_sinks._get_kwargs(
                workspace_id=workspace_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _list_data_sinks._success(client=self._client, raw=raw)

    def list_with_entries(
        self,
        workspace_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[DataSink]:
        """List all data sinks including their entries

        ``GET /v1/workspace/{workspace_id}/data-sink`` (list_data_sinks_with_entries).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _list_data_sinks_with_entries._get_kwargs(
                workspace_id=workspace_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _list_data_sinks_with_entries._success(client=self._client, raw=raw)

    @overload
    def update(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        *,
        label: str | Unset = UNSET,
        description: str | Unset = UNSET,
        tags: str | Unset = UNSET,
        icon: Icon | str | Unset = UNSET,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    @overload
    def update(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        *,
        body: UpdateDataSinkRequest,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    def update(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        *,
        body: UpdateDataSinkRequest | Unset = UNSET,
        label: str | Unset = UNSET,
        description: str | Unset = UNSET,
        tags: str | Unset = UNSET,
        icon: Icon | str | Unset = UNSET,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Update a data sink

        ``PATCH /v1/workspace/{workspace_id}/data-sink/{data_sink_id}`` (update_data_sink).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UpdateDataSinkRequest,
                {
                    "label": label,
                    "description": description,
                    "tags": tags,
                    "icon": icon,
                },
                required=(),
                unset=UNSET,
                operation="update",
            )
        request = _runtime.with_options(
            _update_data_sink._get_kwargs(
                workspace_id=workspace_id,
                data_sink_id=data_sink_id,
                body=body,
                client_id=client_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _update_data_sink._success(client=self._client, raw=raw)


class DataSinksResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """Data sinks, each method returning the whole ``Response``."""

    @cached_property
    def entries(self) -> DataSinkEntriesResourceWithRawResponse:
        from .data_sink_entries import DataSinkEntriesResourceWithRawResponse

        return DataSinkEntriesResourceWithRawResponse(self._client)

    @overload
    def create(
        self,
        workspace_id: UUID,
        *,
        label: str,
        id: UUID | Unset = UNSET,
        description: str | Unset = UNSET,
        tags: str | Unset = UNSET,
        icon: Icon | str | Unset = UNSET,
        entries: builtins.list[CreateDataSinkEntryRequest] | Unset = UNSET,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataSink | Error]: ...

    @overload
    def create(
        self,
        workspace_id: UUID,
        *,
        body: CreateDataSinkRequest,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataSink | Error]: ...

    def create(
        self,
        workspace_id: UUID,
        *,
        body: CreateDataSinkRequest | Unset = UNSET,
        label: str | Unset = UNSET,
        id: UUID | Unset = UNSET,
        description: str | Unset = UNSET,
        tags: str | Unset = UNSET,
        icon: Icon | str | Unset = UNSET,
        entries: builtins.list[CreateDataSinkEntryRequest] | Unset = UNSET,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataSink | Error]:
        """Create a data sink

        ``POST /v1/workspace/{workspace_id}/data-sink`` (create_data_sink).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                CreateDataSinkRequest,
                {
                    "label": label,
                    "id": id,
                    "description": description,
                    "tags": tags,
                    "icon": icon,
                    "entries": entries,
                },
                required=("label",),
                unset=UNSET,
                operation="create",
            )
        request = _runtime.with_options(
            _create_data_sink._get_kwargs(
                workspace_id=workspace_id,
                body=body,
                client_id=client_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _create_data_sink._build_response(client=self._client, response=raw)

    def delete(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        *,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | Error]:
        """Delete a data sink

        ``DELETE /v1/workspace/{workspace_id}/data-sink/{data_sink_id}`` (delete_data_sink).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _delete_data_sink._get_kwargs(
                workspace_id=workspace_id,
                data_sink_id=data_sink_id,
                client_id=client_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _delete_data_sink._build_response(client=self._client, response=raw)

    def get(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataSink | Error]:
        """Get a data sink

        ``GET /v1/workspace/{workspace_id}/data-sink/{data_sink_id}`` (get_data_sink).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_data_sink._get_kwargs(
                workspace_id=workspace_id,
                data_sink_id=data_sink_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_data_sink._build_response(client=self._client, response=raw)

    def list(
        self,
        workspace_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Error | builtins.list[DataSinkSummary]]:
        """List all data sinks excluding their entries

        ``GET /v1/workspace/{workspace_id}/data-sink/list`` (list_data_sinks).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _list_data_sinks._get_kwargs(
                workspace_id=workspace_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _list_data_sinks._build_response(client=self._client, response=raw)

    def list_with_entries(
        self,
        workspace_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Error | builtins.list[DataSink]]:
        """List all data sinks including their entries

        ``GET /v1/workspace/{workspace_id}/data-sink`` (list_data_sinks_with_entries).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _list_data_sinks_with_entries._get_kwargs(
                workspace_id=workspace_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _list_data_sinks_with_entries._build_response(client=self._client, response=raw)

    @overload
    def update(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        *,
        label: str | Unset = UNSET,
        description: str | Unset = UNSET,
        tags: str | Unset = UNSET,
        icon: Icon | str | Unset = UNSET,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | Error]: ...

    @overload
    def update(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        *,
        body: UpdateDataSinkRequest,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | Error]: ...

    def update(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        *,
        body: UpdateDataSinkRequest | Unset = UNSET,
        label: str | Unset = UNSET,
        description: str | Unset = UNSET,
        tags: str | Unset = UNSET,
        icon: Icon | str | Unset = UNSET,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | Error]:
        """Update a data sink

        ``PATCH /v1/workspace/{workspace_id}/data-sink/{data_sink_id}`` (update_data_sink).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UpdateDataSinkRequest,
                {
                    "label": label,
                    "description": description,
                    "tags": tags,
                    "icon": icon,
                },
                required=(),
                unset=UNSET,
                operation="update",
            )
        request = _runtime.with_options(
            _update_data_sink._get_kwargs(
                workspace_id=workspace_id,
                data_sink_id=data_sink_id,
                body=body,
                client_id=client_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _update_data_sink._build_response(client=self._client, response=raw)


class AsyncDataSinksResource(_runtime.Resource[BaseClient]):
    """Data sinks (async)."""

    @cached_property
    def entries(self) -> AsyncDataSinkEntriesResource:
        from .data_sink_entries import AsyncDataSinkEntriesResource

        return AsyncDataSinkEntriesResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncDataSinksResourceWithRawResponse:
        return AsyncDataSinksResourceWithRawResponse(self._client)

    @overload
    async def create(
        self,
        workspace_id: UUID,
        *,
        label: str,
        id: UUID | Unset = UNSET,
        description: str | Unset = UNSET,
        tags: str | Unset = UNSET,
        icon: Icon | str | Unset = UNSET,
        entries: builtins.list[CreateDataSinkEntryRequest] | Unset = UNSET,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataSink: ...

    @overload
    async def create(
        self,
        workspace_id: UUID,
        *,
        body: CreateDataSinkRequest,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataSink: ...

    async def create(
        self,
        workspace_id: UUID,
        *,
        body: CreateDataSinkRequest | Unset = UNSET,
        label: str | Unset = UNSET,
        id: UUID | Unset = UNSET,
        description: str | Unset = UNSET,
        tags: str | Unset = UNSET,
        icon: Icon | str | Unset = UNSET,
        entries: builtins.list[CreateDataSinkEntryRequest] | Unset = UNSET,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataSink:
        """Create a data sink

        ``POST /v1/workspace/{workspace_id}/data-sink`` (create_data_sink).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                CreateDataSinkRequest,
                {
                    "label": label,
                    "id": id,
                    "description": description,
                    "tags": tags,
                    "icon": icon,
                    "entries": entries,
                },
                required=("label",),
                unset=UNSET,
                operation="create",
            )
        request = _runtime.with_options(
            _create_data_sink._get_kwargs(
                workspace_id=workspace_id,
                body=body,
                client_id=client_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _create_data_sink._success(client=self._client, raw=raw)

    async def delete(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        *,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Delete a data sink

        ``DELETE /v1/workspace/{workspace_id}/data-sink/{data_sink_id}`` (delete_data_sink).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _delete_data_sink._get_kwargs(
                workspace_id=workspace_id,
                data_sink_id=data_sink_id,
                client_id=client_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _delete_data_sink._success(client=self._client, raw=raw)

    async def get(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataSink:
        """Get a data sink

        ``GET /v1/workspace/{workspace_id}/data-sink/{data_sink_id}`` (get_data_sink).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_data_sink._get_kwargs(
                workspace_id=workspace_id,
                data_sink_id=data_sink_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_data_sink._success(client=self._client, raw=raw)

    async def list(
        self,
        workspace_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[DataSinkSummary]:
        """List all data sinks excluding their entries

        ``GET /v1/workspace/{workspace_id}/data-sink/list`` (list_data_sinks).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _list_data_sinks._get_kwargs(
                workspace_id=workspace_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _list_data_sinks._success(client=self._client, raw=raw)

    async def list_with_entries(
        self,
        workspace_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[DataSink]:
        """List all data sinks including their entries

        ``GET /v1/workspace/{workspace_id}/data-sink`` (list_data_sinks_with_entries).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _list_data_sinks_with_entries._get_kwargs(
                workspace_id=workspace_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _list_data_sinks_with_entries._success(client=self._client, raw=raw)

    @overload
    async def update(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        *,
        label: str | Unset = UNSET,
        description: str | Unset = UNSET,
        tags: str | Unset = UNSET,
        icon: Icon | str | Unset = UNSET,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    @overload
    async def update(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        *,
        body: UpdateDataSinkRequest,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    async def update(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        *,
        body: UpdateDataSinkRequest | Unset = UNSET,
        label: str | Unset = UNSET,
        description: str | Unset = UNSET,
        tags: str | Unset = UNSET,
        icon: Icon | str | Unset = UNSET,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Update a data sink

        ``PATCH /v1/workspace/{workspace_id}/data-sink/{data_sink_id}`` (update_data_sink).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UpdateDataSinkRequest,
                {
                    "label": label,
                    "description": description,
                    "tags": tags,
                    "icon": icon,
                },
                required=(),
                unset=UNSET,
                operation="update",
            )
        request = _runtime.with_options(
            _update_data_sink._get_kwargs(
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
        return _update_data_sink._success(client=self._client, raw=raw)


class AsyncDataSinksResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """Data sinks, each method returning the whole ``Response`` (async)."""

    @cached_property
    def entries(self) -> AsyncDataSinkEntriesResourceWithRawResponse:
        from .data_sink_entries import AsyncDataSinkEntriesResourceWithRawResponse

        return AsyncDataSinkEntriesResourceWithRawResponse(self._client)

    @overload
    async def create(
        self,
        workspace_id: UUID,
        *,
        label: str,
        id: UUID | Unset = UNSET,
        description: str | Unset = UNSET,
        tags: str | Unset = UNSET,
        icon: Icon | str | Unset = UNSET,
        entries: builtins.list[CreateDataSinkEntryRequest] | Unset = UNSET,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataSink | Error]: ...

    @overload
    async def create(
        self,
        workspace_id: UUID,
        *,
        body: CreateDataSinkRequest,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataSink | Error]: ...

    async def create(
        self,
        workspace_id: UUID,
        *,
        body: CreateDataSinkRequest | Unset = UNSET,
        label: str | Unset = UNSET,
        id: UUID | Unset = UNSET,
        description: str | Unset = UNSET,
        tags: str | Unset = UNSET,
        icon: Icon | str | Unset = UNSET,
        entries: builtins.list[CreateDataSinkEntryRequest] | Unset = UNSET,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataSink | Error]:
        """Create a data sink

        ``POST /v1/workspace/{workspace_id}/data-sink`` (create_data_sink).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                CreateDataSinkRequest,
                {
                    "label": label,
                    "id": id,
                    "description": description,
                    "tags": tags,
                    "icon": icon,
                    "entries": entries,
                },
                required=("label",),
                unset=UNSET,
                operation="create",
            )
        request = _runtime.with_options(
            _create_data_sink._get_kwargs(
                workspace_id=workspace_id,
                body=body,
                client_id=client_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _create_data_sink._build_response(client=self._client, response=raw)

    async def delete(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        *,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | Error]:
        """Delete a data sink

        ``DELETE /v1/workspace/{workspace_id}/data-sink/{data_sink_id}`` (delete_data_sink).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _delete_data_sink._get_kwargs(
                workspace_id=workspace_id,
                data_sink_id=data_sink_id,
                client_id=client_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _delete_data_sink._build_response(client=self._client, response=raw)

    async def get(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataSink | Error]:
        """Get a data sink

        ``GET /v1/workspace/{workspace_id}/data-sink/{data_sink_id}`` (get_data_sink).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_data_sink._get_kwargs(
                workspace_id=workspace_id,
                data_sink_id=data_sink_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_data_sink._build_response(client=self._client, response=raw)

    async def list(
        self,
        workspace_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Error | builtins.list[DataSinkSummary]]:
        """List all data sinks excluding their entries

        ``GET /v1/workspace/{workspace_id}/data-sink/list`` (list_data_sinks).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _list_data_sinks._get_kwargs(
                workspace_id=workspace_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _list_data_sinks._build_response(client=self._client, response=raw)

    async def list_with_entries(
        self,
        workspace_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Error | builtins.list[DataSink]]:
        """List all data sinks including their entries

        ``GET /v1/workspace/{workspace_id}/data-sink`` (list_data_sinks_with_entries).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _list_data_sinks_with_entries._get_kwargs(
                workspace_id=workspace_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _list_data_sinks_with_entries._build_response(client=self._client, response=raw)

    @overload
    async def update(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        *,
        label: str | Unset = UNSET,
        description: str | Unset = UNSET,
        tags: str | Unset = UNSET,
        icon: Icon | str | Unset = UNSET,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | Error]: ...

    @overload
    async def update(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        *,
        body: UpdateDataSinkRequest,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | Error]: ...

    async def update(
        self,
        workspace_id: UUID,
        data_sink_id: str,
        *,
        body: UpdateDataSinkRequest | Unset = UNSET,
        label: str | Unset = UNSET,
        description: str | Unset = UNSET,
        tags: str | Unset = UNSET,
        icon: Icon | str | Unset = UNSET,
        client_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | Error]:
        """Update a data sink

        ``PATCH /v1/workspace/{workspace_id}/data-sink/{data_sink_id}`` (update_data_sink).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UpdateDataSinkRequest,
                {
                    "label": label,
                    "description": description,
                    "tags": tags,
                    "icon": icon,
                },
                required=(),
                unset=UNSET,
                operation="update",
            )
        request = _runtime.with_options(
            _update_data_sink._get_kwargs(
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
        return _update_data_sink._build_response(client=self._client, response=raw)
