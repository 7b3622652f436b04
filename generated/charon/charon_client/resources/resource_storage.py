"""Resource storage: one method per operation. Generated from the spec; do not edit."""

# Annotations name classes defined further down and builtins a method may shadow (``list``).
from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

import httpx

from .. import _runtime
from ..api.resource_storage import create_resource as _create_resource
from ..api.resource_storage import delete_resource as _delete_resource
from ..api.resource_storage import get_resource as _get_resource
from ..api.resource_storage import get_resource_metadata as _get_resource_metadata
from ..client import BaseClient
from ..models.create_resource_response import CreateResourceResponse
from ..models.error_response import ErrorResponse
from ..models.get_resource_metadata_response import GetResourceMetadataResponse
from ..models.stored_resource_purpose import StoredResourcePurpose
from ..types import UNSET, File, Response, Unset


class ResourceStorageResource(_runtime.Resource[BaseClient]):
    """Resource storage."""

    @cached_property
    def with_raw_response(self) -> ResourceStorageResourceWithRawResponse:
        return ResourceStorageResourceWithRawResponse(self._client)

    def create_resource(
        self,
        *,
        body: File,
        name: str,
        purpose: StoredResourcePurpose,
        media_type: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateResourceResponse:
        """Upload a resource

        ``PUT /resourceStorage/`` (create_resource).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _create_resource._get_kwargs(
                body=body,
                name=name,
                purpose=purpose,
                media_type=media_type,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _create_resource._success(client=self._client, raw=raw)

    def delete_resource(
        self,
        resource_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Delete a resource

        ``DELETE /resourceStorage/{resource_id}/`` (delete_resource).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _delete_resource._get_kwargs(
                resource_id=resource_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _delete_resource._success(client=self._client, raw=raw)

    def get_resource(
        self,
        resource_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> File:
        """Download a resource

        ``GET /resourceStorage/{resource_id}/data/`` (get_resource).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_resource._get_kwargs(
                resource_id=resource_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_resource._success(client=self._client, raw=raw)

    def get_resource_metadata(
        self,
        resource_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetResourceMetadataResponse:
        """Get a resource's metadata

        ``GET /resourceStorage/{resource_id}/`` (get_resource_metadata).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_resource_metadata._get_kwargs(
                resource_id=resource_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_resource_metadata._success(client=self._client, raw=raw)


class ResourceStorageResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """Resource storage, each method returning the whole ``Response``."""

    def create_resource(
        self,
        *,
        body: File,
        name: str,
        purpose: StoredResourcePurpose,
        media_type: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[CreateResourceResponse | ErrorResponse]:
        """Upload a resource

        ``PUT /resourceStorage/`` (create_resource).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _create_resource._get_kwargs(
                body=body,
                name=name,
                purpose=purpose,
                media_type=media_type,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _create_resource._build_response(client=self._client, response=raw)

    def delete_resource(
        self,
        resource_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Delete a resource

        ``DELETE /resourceStorage/{resource_id}/`` (delete_resource).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _delete_resource._get_kwargs(
                resource_id=resource_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _delete_resource._build_response(client=self._client, response=raw)

    def get_resource(
        self,
        resource_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | File]:
        """Download a resource

        ``GET /resourceStorage/{resource_id}/data/`` (get_resource).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_resource._get_kwargs(
                resource_id=resource_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_resource._build_response(client=self._client, response=raw)

    def get_resource_metadata(
        self,
        resource_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetResourceMetadataResponse]:
        """Get a resource's metadata

        ``GET /resourceStorage/{resource_id}/`` (get_resource_metadata).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_resource_metadata._get_kwargs(
                resource_id=resource_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_resource_metadata._build_response(client=self._client, response=raw)


class AsyncResourceStorageResource(_runtime.Resource[BaseClient]):
    """Resource storage (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncResourceStorageResourceWithRawResponse:
        return AsyncResourceStorageResourceWithRawResponse(self._client)

    async def create_resource(
        self,
        *,
        body: File,
        name: str,
        purpose: StoredResourcePurpose,
        media_type: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateResourceResponse:
        """Upload a resource

        ``PUT /resourceStorage/`` (create_resource).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _create_resource._get_kwargs(
                body=body,
                name=name,
                purpose=purpose,
                media_type=media_type,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _create_resource._success(client=self._client, raw=raw)

    async def delete_resource(
        self,
        resource_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Delete a resource

        ``DELETE /resourceStorage/{resource_id}/`` (delete_resource).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _delete_resource._get_kwargs(
                resource_id=resource_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _delete_resource._success(client=self._client, raw=raw)

    async def get_resource(
        self,
        resource_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> File:
        """Download a resource

        ``GET /resourceStorage/{resource_id}/data/`` (get_resource).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_resource._get_kwargs(
                resource_id=resource_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_resource._success(client=self._client, raw=raw)

    async def get_resource_metadata(
        self,
        resource_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetResourceMetadataResponse:
        """Get a resource's metadata

        ``GET /resourceStorage/{resource_id}/`` (get_resource_metadata).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_resource_metadata._get_kwargs(
                resource_id=resource_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_resource_metadata._success(client=self._client, raw=raw)


class AsyncResourceStorageResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """Resource storage, each method returning the whole ``Response`` (async)."""

    async def create_resource(
        self,
        *,
        body: File,
        name: str,
        purpose: StoredResourcePurpose,
        media_type: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[CreateResourceResponse | ErrorResponse]:
        """Upload a resource

        ``PUT /resourceStorage/`` (create_resource).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _create_resource._get_kwargs(
                body=body,
                name=name,
                purpose=purpose,
                media_type=media_type,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _create_resource._build_response(client=self._client, response=raw)

    async def delete_resource(
        self,
        resource_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Delete a resource

        ``DELETE /resourceStorage/{resource_id}/`` (delete_resource).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _delete_resource._get_kwargs(
                resource_id=resource_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _delete_resource._build_response(client=self._client, response=raw)

    async def get_resource(
        self,
        resource_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | File]:
        """Download a resource

        ``GET /resourceStorage/{resource_id}/data/`` (get_resource).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_resource._get_kwargs(
                resource_id=resource_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_resource._build_response(client=self._client, response=raw)

    async def get_resource_metadata(
        self,
        resource_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetResourceMetadataResponse]:
        """Get a resource's metadata

        ``GET /resourceStorage/{resource_id}/`` (get_resource_metadata).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_resource_metadata._get_kwargs(
                resource_id=resource_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_resource_metadata._build_response(client=self._client, response=raw)
