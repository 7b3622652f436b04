"""Notifications: one method per operation. Generated from the spec; do not edit."""

# Annotations name classes defined further down and builtins a method may shadow (``list``).
from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

import httpx

from .. import _runtime
from ..api.notifications import (
    subscribe_on_notifications as _subscribe_on_notifications,
)
from ..client import BaseClient
from ..models.error_response import ErrorResponse
from ..models.subscribe_on_notifications_sec_web_socket_version import (
    SubscribeOnNotificationsSecWebSocketVersion,
)
from ..models.subscribe_on_notifications_upgrade import SubscribeOnNotificationsUpgrade
from ..types import Response


class NotificationsResource(_runtime.Resource[BaseClient]):
    """Notifications."""

    @cached_property
    def with_raw_response(self) -> NotificationsResourceWithRawResponse:
        return NotificationsResourceWithRawResponse(self._client)

    def subscribe_on(
        self,
        *,
        upgrade: SubscribeOnNotificationsUpgrade,
        connection: str,
        sec_web_socket_key: str,
        sec_web_socket_version: SubscribeOnNotificationsSecWebSocketVersion,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Subscribe to server notifications (WebSocket)

        ``GET /notification/`` (subscribe_on_notifications).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _subscribe_on_notifications._get_kwargs(
                upgrade=upgrade,
                connection=connection,
                sec_web_socket_key=sec_web_socket_key,
                sec_web_socket_version=sec_web_socket_version,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _subscribe_on_notifications._success(client=self._client, raw=raw)


class NotificationsResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """Notifications, each method returning the whole ``Response``."""

    def subscribe_on(
        self,
        *,
        upgrade: SubscribeOnNotificationsUpgrade,
        connection: str,
        sec_web_socket_key: str,
        sec_web_socket_version: SubscribeOnNotificationsSecWebSocketVersion,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Subscribe to server notifications (WebSocket)

        ``GET /notification/`` (subscribe_on_notifications).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _subscribe_on_notifications._get_kwargs(
                upgrade=upgrade,
                connection=connection,
                sec_web_socket_key=sec_web_socket_key,
                sec_web_socket_version=sec_web_socket_version,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _subscribe_on_notifications._build_response(client=self._client, response=raw)


class AsyncNotificationsResource(_runtime.Resource[BaseClient]):
    """Notifications (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncNotificationsResourceWithRawResponse:
        return AsyncNotificationsResourceWithRawResponse(self._client)

    async def subscribe_on(
        self,
        *,
        upgrade: SubscribeOnNotificationsUpgrade,
        connection: str,
        sec_web_socket_key: str,
        sec_web_socket_version: SubscribeOnNotificationsSecWebSocketVersion,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Subscribe to server notifications (WebSocket)

        ``GET /notification/`` (subscribe_on_notifications).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _subscribe_on_notifications._get_kwargs(
                upgrade=upgrade,
                connection=connection,
                sec_web_socket_key=sec_web_socket_key,
                sec_web_socket_version=sec_web_socket_version,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _subscribe_on_notifications._success(client=self._client, raw=raw)


class AsyncNotificationsResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """Notifications, each method returning the whole ``Response`` (async)."""

    async def subscribe_on(
        self,
        *,
        upgrade: SubscribeOnNotificationsUpgrade,
        connection: str,
        sec_web_socket_key: str,
        sec_web_socket_version: SubscribeOnNotificationsSecWebSocketVersion,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Subscribe to server notifications (WebSocket)

        ``GET /notification/`` (subscribe_on_notifications).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _subscribe_on_notifications._get_kwargs(
                upgrade=upgrade,
                connection=connection,
                sec_web_socket_key=sec_web_socket_key,
                sec_web_socket_version=sec_web_socket_version,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _subscribe_on_notifications._build_response(client=self._client, response=raw)
