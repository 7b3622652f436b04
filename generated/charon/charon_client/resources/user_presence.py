"""User presence: one method per operation. Generated from the spec; do not edit."""

# Annotations name classes defined further down and builtins a method may shadow (``list``).
from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

import httpx

from .. import _runtime
from ..api.user_presence import (
    get_data_source_present_users as _get_data_source_present_users,
)
from ..client import BaseClient
from ..models.error_response import ErrorResponse
from ..models.get_data_source_present_users_response import (
    GetDataSourcePresentUsersResponse,
)
from ..types import Response


class UserPresenceResource(_runtime.Resource[BaseClient]):
    """User presence."""

    @cached_property
    def with_raw_response(self) -> UserPresenceResourceWithRawResponse:
        return UserPresenceResourceWithRawResponse(self._client)

    def get_data_source_present_users(
        self,
        data_source_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetDataSourcePresentUsersResponse:
        """List users present in the data source

        ``GET /datasource/{data_source_id}/present-users/`` (get_data_source_present_users).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_data_source_present_users._get_kwargs(
                data_source_id=data_source_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_data_source_present_users._success(client=self._client, raw=raw)


class UserPresenceResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """User presence, each method returning the whole ``Response``."""

    def get_data_source_present_users(
        self,
        data_source_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetDataSourcePresentUsersResponse]:
        """List users present in the data source

        ``GET /datasource/{data_source_id}/present-users/`` (get_data_source_present_users).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_data_source_present_users._get_kwargs(
                data_source_id=data_source_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_data_source_present_users._build_response(client=self._client, response=raw)


class AsyncUserPresenceResource(_runtime.Resource[BaseClient]):
    """User presence (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncUserPresenceResourceWithRawResponse:
        return AsyncUserPresenceResourceWithRawResponse(self._client)

    async def get_data_source_present_users(
        self,
        data_source_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetDataSourcePresentUsersResponse:
        """List users present in the data source

        ``GET /datasource/{data_source_id}/present-users/`` (get_data_source_present_users).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_data_source_present_users._get_kwargs(
                data_source_id=data_source_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_data_source_present_users._success(client=self._client, raw=raw)


class AsyncUserPresenceResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """User presence, each method returning the whole ``Response`` (async)."""

    async def get_data_source_present_users(
        self,
        data_source_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetDataSourcePresentUsersResponse]:
        """List users present in the data source

        ``GET /datasource/{data_source_id}/present-users/`` (get_data_source_present_users).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_data_source_present_users._get_kwargs(
                data_source_id=data_source_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_data_source_present_users._build_response(client=self._client, response=raw)
