"""Membership: one method per operation. Generated from the spec; do not edit."""

# Annotations name classes defined further down and builtins a method may shadow (``list``).
from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

import httpx

from .. import _runtime
from ..api.membership import get_membership_packages as _get_membership_packages
from ..client import BaseClient
from ..models.error_response import ErrorResponse
from ..models.get_membership_packages_response import GetMembershipPackagesResponse
from ..types import Response


class MembershipResource(_runtime.Resource[BaseClient]):
    """Membership."""

    @cached_property
    def with_raw_response(self) -> MembershipResourceWithRawResponse:
        return MembershipResourceWithRawResponse(self._client)

    def get_packages(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetMembershipPackagesResponse:
        """List membership packages

        ``GET /membership/packages/`` (get_membership_packages).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_membership_packages._get_kwargs(),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_membership_packages._success(client=self._client, raw=raw)


class MembershipResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """Membership, each method returning the whole ``Response``."""

    def get_packages(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetMembershipPackagesResponse]:
        """List membership packages

        ``GET /membership/packages/`` (get_membership_packages).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_membership_packages._get_kwargs(),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_membership_packages._build_response(client=self._client, response=raw)


class AsyncMembershipResource(_runtime.Resource[BaseClient]):
    """Membership (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncMembershipResourceWithRawResponse:
        return AsyncMembershipResourceWithRawResponse(self._client)

    async def get_packages(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetMembershipPackagesResponse:
        """List membership packages

        ``GET /membership/packages/`` (get_membership_packages).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_membership_packages._get_kwargs(),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_membership_packages._success(client=self._client, raw=raw)


class AsyncMembershipResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """Membership, each method returning the whole ``Response`` (async)."""

    async def get_packages(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetMembershipPackagesResponse]:
        """List membership packages

        ``GET /membership/packages/`` (get_membership_packages).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_membership_packages._get_kwargs(),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_membership_packages._build_response(client=self._client, response=raw)
