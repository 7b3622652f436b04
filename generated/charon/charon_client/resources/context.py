"""Context: one method per operation. Generated from the spec; do not edit."""

# Annotations name classes defined further down and builtins a method may shadow (``list``).
from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

import httpx

from .. import _runtime
from ..api.context import get_context as _get_context
from ..client import BaseClient
from ..models.error_response import ErrorResponse
from ..models.get_context_response import GetContextResponse
from ..types import UNSET, Response, Unset


class ContextResource(_runtime.Resource[BaseClient]):
    """Context."""

    @cached_property
    def with_raw_response(self) -> ContextResourceWithRawResponse:
        return ContextResourceWithRawResponse(self._client)

    def get(
        self,
        *,
        project_name: str | Unset = UNSET,
        branch_name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetContextResponse:
        """Get the page context

        ``GET /context/`` (get_context).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_context._get_kwargs(
                project_name=project_name,
                branch_name=branch_name,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_context._success(client=self._client, raw=raw)


class ContextResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """Context, each method returning the whole ``Response``."""

    def get(
        self,
        *,
        project_name: str | Unset = UNSET,
        branch_name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetContextResponse]:
        """Get the page context

        ``GET /context/`` (get_context).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_context._get_kwargs(
                project_name=project_name,
                branch_name=branch_name,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_context._build_response(client=self._client, response=raw)


class AsyncContextResource(_runtime.Resource[BaseClient]):
    """Context (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncContextResourceWithRawResponse:
        return AsyncContextResourceWithRawResponse(self._client)

    async def get(
        self,
        *,
        project_name: str | Unset = UNSET,
        branch_name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetContextResponse:
        """Get the page context

        ``GET /context/`` (get_context).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_context._get_kwargs(
                project_name=project_name,
                branch_name=branch_name,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_context._success(client=self._client, raw=raw)


class AsyncContextResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """Context, each method returning the whole ``Response`` (async)."""

    async def get(
        self,
        *,
        project_name: str | Unset = UNSET,
        branch_name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetContextResponse]:
        """Get the page context

        ``GET /context/`` (get_context).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_context._get_kwargs(
                project_name=project_name,
                branch_name=branch_name,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_context._build_response(client=self._client, response=raw)
