"""Troubleshooting: one method per operation. Generated from the spec; do not edit."""

# Annotations name classes defined further down and builtins a method may shadow (``list``).
from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any, overload

import httpx

from .. import _runtime
from ..api.troubleshooting import log_message as _log_message
from ..client import BaseClient
from ..models.error_response import ErrorResponse
from ..models.log_message_request import LogMessageRequest
from ..types import UNSET, Response, Unset


class TroubleshootingResource(_runtime.Resource[BaseClient]):
    """Troubleshooting."""

    @cached_property
    def with_raw_response(self) -> TroubleshootingResourceWithRawResponse:
        return TroubleshootingResourceWithRawResponse(self._client)

    @overload
    def log_message(
        self,
        *,
        message: str,
        session_id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    @overload
    def log_message(
        self,
        *,
        body: LogMessageRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    def log_message(
        self,
        *,
        body: LogMessageRequest | Unset = UNSET,
        message: str | Unset = UNSET,
        session_id: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Log a client message on the server

        ``PUT /app/log/`` (log_message).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                LogMessageRequest,
                {
                    "message": message,
                    "session_id": session_id,
                },
                required=(
                    "message",
                    "session_id",
                ),
                unset=UNSET,
                operation="log_message",
            )
        request = _runtime.with_options(
            _log_message._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _log_message._success(client=self._client, raw=raw)


class TroubleshootingResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """Troubleshooting, each method returning the whole ``Response``."""

    @overload
    def log_message(
        self,
        *,
        message: str,
        session_id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    @overload
    def log_message(
        self,
        *,
        body: LogMessageRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    def log_message(
        self,
        *,
        body: LogMessageRequest | Unset = UNSET,
        message: str | Unset = UNSET,
        session_id: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Log a client message on the server

        ``PUT /app/log/`` (log_message).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                LogMessageRequest,
                {
                    "message": message,
                    "session_id": session_id,
                },
                required=(
                    "message",
                    "session_id",
                ),
                unset=UNSET,
                operation="log_message",
            )
        request = _runtime.with_options(
            _log_message._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _log_message._build_response(client=self._client, response=raw)


class AsyncTroubleshootingResource(_runtime.Resource[BaseClient]):
    """Troubleshooting (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncTroubleshootingResourceWithRawResponse:
        return AsyncTroubleshootingResourceWithRawResponse(self._client)

    @overload
    async def log_message(
        self,
        *,
        message: str,
        session_id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    @overload
    async def log_message(
        self,
        *,
        body: LogMessageRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    async def log_message(
        self,
        *,
        body: LogMessageRequest | Unset = UNSET,
        message: str | Unset = UNSET,
        session_id: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Log a client message on the server

        ``PUT /app/log/`` (log_message).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                LogMessageRequest,
                {
                    "message": message,
                    "session_id": session_id,
                },
                required=(
                    "message",
                    "session_id",
                ),
                unset=UNSET,
                operation="log_message",
            )
        request = _runtime.with_options(
            _log_message._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _log_message._success(client=self._client, raw=raw)


class AsyncTroubleshootingResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """Troubleshooting, each method returning the whole ``Response`` (async)."""

    @overload
    async def log_message(
        self,
        *,
        message: str,
        session_id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    @overload
    async def log_message(
        self,
        *,
        body: LogMessageRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    async def log_message(
        self,
        *,
        body: LogMessageRequest | Unset = UNSET,
        message: str | Unset = UNSET,
        session_id: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Log a client message on the server

        ``PUT /app/log/`` (log_message).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                LogMessageRequest,
                {
                    "message": message,
                    "session_id": session_id,
                },
                required=(
                    "message",
                    "session_id",
                ),
                unset=UNSET,
                operation="log_message",
            )
        request = _runtime.with_options(
            _log_message._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _log_message._build_response(client=self._client, response=raw)
