"""Processes: one method per operation. Generated from the spec; do not edit."""

# Annotations name classes defined further down and builtins a method may shadow (``list``).
from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property
from typing import Any

import httpx

from .. import _runtime, pagination
from ..api.processes import get_process as _get_process
from ..api.processes import get_process_result_raw as _get_process_result_raw
from ..api.processes import list_processes as _list_processes
from ..api.processes import stop_process as _stop_process
from ..client import BaseClient
from ..models.error_response import ErrorResponse
from ..models.get_process_response import GetProcessResponse
from ..models.list_processes_response import ListProcessesResponse
from ..models.process_state import ProcessState
from ..models.stop_process_response import StopProcessResponse
from ..types import UNSET, Response, Unset


class ProcessesResource(_runtime.Resource[BaseClient]):
    """Processes."""

    @cached_property
    def with_raw_response(self) -> ProcessesResourceWithRawResponse:
        return ProcessesResourceWithRawResponse(self._client)

    def get(
        self,
        data_source_id: str,
        process_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetProcessResponse:
        """Get a process's state

        ``GET /datasource/{data_source_id}/process/{process_id}/`` (get_process).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_process._get_kwargs(
                data_source_id=data_source_id,
                process_id=process_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_process._success(client=self._client, raw=raw)

    def get_result_raw(
        self,
        data_source_id: str,
        process_id: int,
        *,
        download: bool | Unset = UNSET,
        x_authorization: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Get a process's result (raw)

        ``GET /datasource/{data_source_id}/process/{process_id}/result/raw/`` (get_process_result_raw).
        ``x_authorization``: a one-time credential sent as the ``x-authorization`` query parameter instead of the client's own.
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_process_result_raw._get_kwargs(
                data_source_id=data_source_id,
                process_id=process_id,
                download=download,
            ),
            extra_headers,
            extra_query,
        )
        request = _runtime.with_query_credential(
            request,
            {
                "x-authorization": x_authorization,
            },
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_process_result_raw._success(client=self._client, raw=raw)

    def get_result_raw_bytes(
        self,
        data_source_id: str,
        process_id: int,
        *,
        accept: _get_process_result_raw.MediaType,
        download: bool | Unset = UNSET,
        x_authorization: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> bytes:
        """Get a process's result (raw), unparsed, in the ``accept`` media type

        ``GET /datasource/{data_source_id}/process/{process_id}/result/raw/`` (get_process_result_raw) with
        ``Accept: <accept>``; returns the success body as bytes. Raises ``ApiError`` on anything but a success.
        """
        request = _runtime.with_options(
            _get_process_result_raw._get_kwargs(
                data_source_id=data_source_id,
                process_id=process_id,
                download=download,
            ),
            {"Accept": accept, **(extra_headers or {})},
            extra_query,
        )
        request = _runtime.with_query_credential(
            request,
            {
                "x-authorization": x_authorization,
            },
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        if not 200 <= raw.status_code <= 299:
            self._client.raise_error(raw)
        return raw.content

    def list(
        self,
        data_source_id: str,
        *,
        skip: int | Unset = UNSET,
        take: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListProcessesResponse:
        """List processes

        ``GET /datasource/{data_source_id}/process/`` (list_processes).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _list_processes._get_kwargs(
                data_source_id=data_source_id,
                skip=skip,
                take=take,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _list_processes._success(client=self._client, raw=raw)

    def list_all(
        self,
        data_source_id: str,
        *,
        page_size: int = 100,
        start: int = 0,
    ) -> Iterator[ProcessState]:
        """Every item of ``list``, across all pages, fetched lazily one page at a time."""
        return pagination.iter_list_processes(
            client=self._client,
            data_source_id=data_source_id,
            page_size=page_size,
            start=start,
        )

    def stop(
        self,
        data_source_id: str,
        process_id: int,
        *,
        stop_reason: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> StopProcessResponse:
        """Stop a process

        ``POST /datasource/{data_source_id}/process/{process_id}/`` (stop_process).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _stop_process._get_kwargs(
                data_source_id=data_source_id,
                process_id=process_id,
                stop_reason=stop_reason,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _stop_process._success(client=self._client, raw=raw)


class ProcessesResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """Processes, each method returning the whole ``Response``."""

    def get(
        self,
        data_source_id: str,
        process_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetProcessResponse]:
        """Get a process's state

        ``GET /datasource/{data_source_id}/process/{process_id}/`` (get_process).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_process._get_kwargs(
                data_source_id=data_source_id,
                process_id=process_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_process._build_response(client=self._client, response=raw)

    def get_result_raw(
        self,
        data_source_id: str,
        process_id: int,
        *,
        download: bool | Unset = UNSET,
        x_authorization: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Get a process's result (raw)

        ``GET /datasource/{data_source_id}/process/{process_id}/result/raw/`` (get_process_result_raw).
        ``x_authorization``: a one-time credential sent as the ``x-authorization`` query parameter instead of the client's own.
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_process_result_raw._get_kwargs(
                data_source_id=data_source_id,
                process_id=process_id,
                download=download,
            ),
            extra_headers,
            extra_query,
        )
        request = _runtime.with_query_credential(
            request,
            {
                "x-authorization": x_authorization,
            },
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_process_result_raw._build_response(client=self._client, response=raw)

    def list(
        self,
        data_source_id: str,
        *,
        skip: int | Unset = UNSET,
        take: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | ListProcessesResponse]:
        """List processes

        ``GET /datasource/{data_source_id}/process/`` (list_processes).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _list_processes._get_kwargs(
                data_source_id=data_source_id,
                skip=skip,
                take=take,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _list_processes._build_response(client=self._client, response=raw)

    def stop(
        self,
        data_source_id: str,
        process_id: int,
        *,
        stop_reason: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | StopProcessResponse]:
        """Stop a process

        ``POST /datasource/{data_source_id}/process/{process_id}/`` (stop_process).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _stop_process._get_kwargs(
                data_source_id=data_source_id,
                process_id=process_id,
                stop_reason=stop_reason,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _stop_process._build_response(client=self._client, response=raw)


class AsyncProcessesResource(_runtime.Resource[BaseClient]):
    """Processes (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncProcessesResourceWithRawResponse:
        return AsyncProcessesResourceWithRawResponse(self._client)

    async def get(
        self,
        data_source_id: str,
        process_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetProcessResponse:
        """Get a process's state

        ``GET /datasource/{data_source_id}/process/{process_id}/`` (get_process).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_process._get_kwargs(
                data_source_id=data_source_id,
                process_id=process_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_process._success(client=self._client, raw=raw)

    async def get_result_raw(
        self,
        data_source_id: str,
        process_id: int,
        *,
        download: bool | Unset = UNSET,
        x_authorization: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Get a process's result (raw)

        ``GET /datasource/{data_source_id}/process/{process_id}/result/raw/`` (get_process_result_raw).
        ``x_authorization``: a one-time credential sent as the ``x-authorization`` query parameter instead of the client's own.
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_process_result_raw._get_kwargs(
                data_source_id=data_source_id,
                process_id=process_id,
                download=download,
            ),
            extra_headers,
            extra_query,
        )
        request = _runtime.with_query_credential(
            request,
            {
                "x-authorization": x_authorization,
            },
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_process_result_raw._success(client=self._client, raw=raw)

    async def get_result_raw_bytes(
        self,
        data_source_id: str,
        process_id: int,
        *,
        accept: _get_process_result_raw.MediaType,
        download: bool | Unset = UNSET,
        x_authorization: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> bytes:
        """Get a process's result (raw), unparsed, in the ``accept`` media type

        ``GET /datasource/{data_source_id}/process/{process_id}/result/raw/`` (get_process_result_raw) with
        ``Accept: <accept>``; returns the success body as bytes. Raises ``ApiError`` on anything but a success.
        """
        request = _runtime.with_options(
            _get_process_result_raw._get_kwargs(
                data_source_id=data_source_id,
                process_id=process_id,
                download=download,
            ),
            {"Accept": accept, **(extra_headers or {})},
            extra_query,
        )
        request = _runtime.with_query_credential(
            request,
            {
                "x-authorization": x_authorization,
            },
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        if not 200 <= raw.status_code <= 299:
            self._client.raise_error(raw)
        return raw.content

    async def list(
        self,
        data_source_id: str,
        *,
        skip: int | Unset = UNSET,
        take: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListProcessesResponse:
        """List processes

        ``GET /datasource/{data_source_id}/process/`` (list_processes).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _list_processes._get_kwargs(
                data_source_id=data_source_id,
                skip=skip,
                take=take,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _list_processes._success(client=self._client, raw=raw)

    def list_all(
        self,
        data_source_id: str,
        *,
        page_size: int = 100,
        start: int = 0,
    ) -> AsyncIterator[ProcessState]:
        """Every item of ``list``, across all pages, fetched lazily one page at a time."""
        return pagination.aiter_list_processes(
            client=self._client,
            data_source_id=data_source_id,
            page_size=page_size,
            start=start,
        )

    async def stop(
        self,
        data_source_id: str,
        process_id: int,
        *,
        stop_reason: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> StopProcessResponse:
        """Stop a process

        ``POST /datasource/{data_source_id}/process/{process_id}/`` (stop_process).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _stop_process._get_kwargs(
                data_source_id=data_source_id,
                process_id=process_id,
                stop_reason=stop_reason,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _stop_process._success(client=self._client, raw=raw)


class AsyncProcessesResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """Processes, each method returning the whole ``Response`` (async)."""

    async def get(
        self,
        data_source_id: str,
        process_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetProcessResponse]:
        """Get a process's state

        ``GET /datasource/{data_source_id}/process/{process_id}/`` (get_process).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_process._get_kwargs(
                data_source_id=data_source_id,
                process_id=process_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_process._build_response(client=self._client, response=raw)

    async def get_result_raw(
        self,
        data_source_id: str,
        process_id: int,
        *,
        download: bool | Unset = UNSET,
        x_authorization: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Get a process's result (raw)

        ``GET /datasource/{data_source_id}/process/{process_id}/result/raw/`` (get_process_result_raw).
        ``x_authorization``: a one-time credential sent as the ``x-authorization`` query parameter instead of the client's own.
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_process_result_raw._get_kwargs(
                data_source_id=data_source_id,
                process_id=process_id,
                download=download,
            ),
            extra_headers,
            extra_query,
        )
        request = _runtime.with_query_credential(
            request,
            {
                "x-authorization": x_authorization,
            },
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_process_result_raw._build_response(client=self._client, response=raw)

    async def list(
        self,
        data_source_id: str,
        *,
        skip: int | Unset = UNSET,
        take: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | ListProcessesResponse]:
        """List processes

        ``GET /datasource/{data_source_id}/process/`` (list_processes).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _list_processes._get_kwargs(
                data_source_id=data_source_id,
                skip=skip,
                take=take,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _list_processes._build_response(client=self._client, response=raw)

    async def stop(
        self,
        data_source_id: str,
        process_id: int,
        *,
        stop_reason: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | StopProcessResponse]:
        """Stop a process

        ``POST /datasource/{data_source_id}/process/{process_id}/`` (stop_process).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _stop_process._get_kwargs(
                data_source_id=data_source_id,
                process_id=process_id,
                stop_reason=stop_reason,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _stop_process._build_response(client=self._client, response=raw)
