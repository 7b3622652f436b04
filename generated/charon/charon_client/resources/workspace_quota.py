"""Workspace quota: one method per operation. Generated from the spec; do not edit."""

# Annotations name classes defined further down and builtins a method may shadow (``list``).
from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

import httpx

from .. import _runtime
from ..api.workspace_quota import (
    get_workspace_quota_usage as _get_workspace_quota_usage,
)
from ..client import BaseClient
from ..models.error_response import ErrorResponse
from ..models.get_workspace_quota_usage_response import GetWorkspaceQuotaUsageResponse
from ..types import Response


class WorkspaceQuotaResource(_runtime.Resource[BaseClient]):
    """Workspace quota."""

    @cached_property
    def with_raw_response(self) -> WorkspaceQuotaResourceWithRawResponse:
        return WorkspaceQuotaResourceWithRawResponse(self._client)

    def get_usage(
        self,
        workspace_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetWorkspaceQuotaUsageResponse:
        """Get a workspace's quota usage

        ``POST /workspace/{workspace_id}/quota-usage/`` (get_workspace_quota_usage).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_workspace_quota_usage._get_kwargs(
                workspace_id=workspace_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_workspace_quota_usage._success(client=self._client, raw=raw)


class WorkspaceQuotaResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """Workspace quota, each method returning the whole ``Response``."""

    def get_usage(
        self,
        workspace_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetWorkspaceQuotaUsageResponse]:
        """Get a workspace's quota usage

        ``POST /workspace/{workspace_id}/quota-usage/`` (get_workspace_quota_usage).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_workspace_quota_usage._get_kwargs(
                workspace_id=workspace_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_workspace_quota_usage._build_response(client=self._client, response=raw)


class AsyncWorkspaceQuotaResource(_runtime.Resource[BaseClient]):
    """Workspace quota (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncWorkspaceQuotaResourceWithRawResponse:
        return AsyncWorkspaceQuotaResourceWithRawResponse(self._client)

    async def get_usage(
        self,
        workspace_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetWorkspaceQuotaUsageResponse:
        """Get a workspace's quota usage

        ``POST /workspace/{workspace_id}/quota-usage/`` (get_workspace_quota_usage).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_workspace_quota_usage._get_kwargs(
                workspace_id=workspace_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_workspace_quota_usage._success(client=self._client, raw=raw)


class AsyncWorkspaceQuotaResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """Workspace quota, each method returning the whole ``Response`` (async)."""

    async def get_usage(
        self,
        workspace_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetWorkspaceQuotaUsageResponse]:
        """Get a workspace's quota usage

        ``POST /workspace/{workspace_id}/quota-usage/`` (get_workspace_quota_usage).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_workspace_quota_usage._get_kwargs(
                workspace_id=workspace_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_workspace_quota_usage._build_response(client=self._client, response=raw)
