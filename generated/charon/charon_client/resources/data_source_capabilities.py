"""Data source capabilities: one method per operation. Generated from the spec; do not edit."""

# Annotations name classes defined further down and builtins a method may shadow (``list``).
from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

import httpx

from .. import _runtime
from ..api.data_source_capabilities import get_capabilities as _get_capabilities
from ..client import BaseClient
from ..models.error_response import ErrorResponse
from ..models.get_capabilities_response import GetCapabilitiesResponse
from ..types import Response


class DataSourceCapabilitiesResource(_runtime.Resource[BaseClient]):
    """Data source capabilities."""

    @cached_property
    def with_raw_response(self) -> DataSourceCapabilitiesResourceWithRawResponse:
        return DataSourceCapabilitiesResourceWithRawResponse(self._client)

    def get(
        self,
        data_source_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetCapabilitiesResponse:
        """Get the data source's capabilities

        ``GET /datasource/{data_source_id}/capabilities/`` (get_capabilities).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_capabilities._get_kwargs(
                data_source_id=data_source_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_capabilities._success(client=self._client, raw=raw)


class DataSourceCapabilitiesResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """Data source capabilities, each method returning the whole ``Response``."""

    def get(
        self,
        data_source_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetCapabilitiesResponse]:
        """Get the data source's capabilities

        ``GET /datasource/{data_source_id}/capabilities/`` (get_capabilities).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_capabilities._get_kwargs(
                data_source_id=data_source_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_capabilities._build_response(client=self._client, response=raw)


class AsyncDataSourceCapabilitiesResource(_runtime.Resource[BaseClient]):
    """Data source capabilities (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncDataSourceCapabilitiesResourceWithRawResponse:
        return AsyncDataSourceCapabilitiesResourceWithRawResponse(self._client)

    async def get(
        self,
        data_source_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetCapabilitiesResponse:
        """Get the data source's capabilities

        ``GET /datasource/{data_source_id}/capabilities/`` (get_capabilities).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_capabilities._get_kwargs(
                data_source_id=data_source_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_capabilities._success(client=self._client, raw=raw)


class AsyncDataSourceCapabilitiesResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """Data source capabilities, each method returning the whole ``Response`` (async)."""

    async def get(
        self,
        data_source_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetCapabilitiesResponse]:
        """Get the data source's capabilities

        ``GET /datasource/{data_source_id}/capabilities/`` (get_capabilities).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_capabilities._get_kwargs(
                data_source_id=data_source_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_capabilities._build_response(client=self._client, response=raw)
