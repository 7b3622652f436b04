"""Workspace: one method per operation. Generated from the spec; do not edit."""

# Annotations name classes defined further down and builtins a method may shadow (``list``).
from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, overload

import httpx

from .. import _runtime, pagination
from ..api.workspace import (
    demote_from_workspace_administrator as _demote_from_workspace_administrator,
)
from ..api.workspace import get_all_workspaces as _get_all_workspaces
from ..api.workspace import get_current_workspaces as _get_current_workspaces
from ..api.workspace import get_workspace as _get_workspace
from ..api.workspace import get_workspace_members as _get_workspace_members
from ..api.workspace import (
    promote_to_workspace_administrator as _promote_to_workspace_administrator,
)
from ..api.workspace import update_workspace as _update_workspace
from ..client import BaseClient
from ..models.error_response import ErrorResponse
from ..models.get_all_workspaces_response import GetAllWorkspacesResponse
from ..models.get_current_workspaces_response import GetCurrentWorkspacesResponse
from ..models.get_workspace_members_response import GetWorkspaceMembersResponse
from ..models.get_workspace_response import GetWorkspaceResponse
from ..models.update_workspace_request import UpdateWorkspaceRequest
from ..models.update_workspace_response import UpdateWorkspaceResponse
from ..models.workspace import Workspace
from ..types import UNSET, Response, Unset

if TYPE_CHECKING:
    from .workspace_quota import (
        AsyncWorkspaceQuotaResource,
        AsyncWorkspaceQuotaResourceWithRawResponse,
        WorkspaceQuotaResource,
        WorkspaceQuotaResourceWithRawResponse,
    )


class WorkspaceResource(_runtime.Resource[BaseClient]):
    """Workspace."""

    @cached_property
    def quota(self) -> WorkspaceQuotaResource:
        from .workspace_quota import WorkspaceQuotaResource

        return WorkspaceQuotaResource(self._client)

    @cached_property
    def with_raw_response(self) -> WorkspaceResourceWithRawResponse:
        return WorkspaceResourceWithRawResponse(self._client)

    def demote_from_administrator(
        self,
        workspace_id: str,
        *,
        member_user_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Demote a workspace administrator

        ``DELETE /workspace/{workspace_id}/administrators/`` (demote_from_workspace_administrator).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _demote_from_workspace_administrator._get_kwargs(
                workspace_id=workspace_id,
                member_user_id=member_user_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _demote_from_workspace_administrator._success(client=self._client, raw=raw)

    def get(
        self,
        workspace_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetWorkspaceResponse:
        """Get a workspace

        ``GET /workspace/{workspace_id}/`` (get_workspace).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_workspace._get_kwargs(
                workspace_id=workspace_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_workspace._success(client=self._client, raw=raw)

    def get_all(
        self,
        *,
        skip: int | Unset = UNSET,
        take: int | Unset = UNSET,
        query: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetAllWorkspacesResponse:
        """List all workspaces

        ``GET /workspace/`` (get_all_workspaces).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_all_workspaces._get_kwargs(
                skip=skip,
                take=take,
                query=query,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_all_workspaces._success(client=self._client, raw=raw)

    def iter_all(
        self,
        *,
        query: str | Unset = UNSET,
        page_size: int = 100,
        start: int = 0,
    ) -> Iterator[Workspace]:
        """Every item of ``get_all``, across all pages, fetched lazily one page at a time."""
        return pagination.iter_get_all_workspaces(
            client=self._client,
            query=query,
            page_size=page_size,
            start=start,
        )

    def get_current(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetCurrentWorkspacesResponse:
        """List the current user's workspaces

        ``GET /workspace/my/`` (get_current_workspaces).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_current_workspaces._get_kwargs(),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_current_workspaces._success(client=self._client, raw=raw)

    def get_members(
        self,
        workspace_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetWorkspaceMembersResponse:
        """List workspace members

        ``GET /workspace/{workspace_id}/members/`` (get_workspace_members).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_workspace_members._get_kwargs(
                workspace_id=workspace_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_workspace_members._success(client=self._client, raw=raw)

    def promote_to_administrator(
        self,
        workspace_id: str,
        *,
        member_user_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Promote a member to workspace administrator

        ``PUT /workspace/{workspace_id}/administrators/`` (promote_to_workspace_administrator).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _promote_to_workspace_administrator._get_kwargs(
                workspace_id=workspace_id,
                member_user_id=member_user_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _promote_to_workspace_administrator._success(client=self._client, raw=raw)

    @overload
    def update(
        self,
        workspace_id: str,
        *,
        new_name: None | str | Unset = UNSET,
        new_picture_url: None | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateWorkspaceResponse: ...

    @overload
    def update(
        self,
        workspace_id: str,
        *,
        body: UpdateWorkspaceRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateWorkspaceResponse: ...

    def update(
        self,
        workspace_id: str,
        *,
        body: UpdateWorkspaceRequest | Unset = UNSET,
        new_name: None | str | Unset = UNSET,
        new_picture_url: None | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateWorkspaceResponse:
        """Update a workspace

        ``POST /workspace/{workspace_id}/`` (update_workspace).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UpdateWorkspaceRequest,
                {
                    "new_name": new_name,
                    "new_picture_url": new_picture_url,
                },
                required=(),
                unset=UNSET,
                operation="update",
            )
        request = _runtime.with_options(
            _update_workspace._get_kwargs(
                workspace_id=workspace_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _update_workspace._success(client=self._client, raw=raw)


class WorkspaceResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """Workspace, each method returning the whole ``Response``."""

    @cached_property
    def quota(self) -> WorkspaceQuotaResourceWithRawResponse:
        from .workspace_quota import WorkspaceQuotaResourceWithRawResponse

        return WorkspaceQuotaResourceWithRawResponse(self._client)

    def demote_from_administrator(
        self,
        workspace_id: str,
        *,
        member_user_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Demote a workspace administrator

        ``DELETE /workspace/{workspace_id}/administrators/`` (demote_from_workspace_administrator).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _demote_from_workspace_administrator._get_kwargs(
                workspace_id=workspace_id,
                member_user_id=member_user_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _demote_from_workspace_administrator._build_response(client=self._client, response=raw)

    def get(
        self,
        workspace_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetWorkspaceResponse]:
        """Get a workspace

        ``GET /workspace/{workspace_id}/`` (get_workspace).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_workspace._get_kwargs(
                workspace_id=workspace_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_workspace._build_response(client=self._client, response=raw)

    def get_all(
        self,
        *,
        skip: int | Unset = UNSET,
        take: int | Unset = UNSET,
        query: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetAllWorkspacesResponse]:
        """List all workspaces

        ``GET /workspace/`` (get_all_workspaces).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_all_workspaces._get_kwargs(
                skip=skip,
                take=take,
                query=query,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_all_workspaces._build_response(client=self._client, response=raw)

    def get_current(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetCurrentWorkspacesResponse]:
        """List the current user's workspaces

        ``GET /workspace/my/`` (get_current_workspaces).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_current_workspaces._get_kwargs(),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_current_workspaces._build_response(client=self._client, response=raw)

    def get_members(
        self,
        workspace_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetWorkspaceMembersResponse]:
        """List workspace members

        ``GET /workspace/{workspace_id}/members/`` (get_workspace_members).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_workspace_members._get_kwargs(
                workspace_id=workspace_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_workspace_members._build_response(client=self._client, response=raw)

    def promote_to_administrator(
        self,
        workspace_id: str,
        *,
        member_user_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Promote a member to workspace administrator

        ``PUT /workspace/{workspace_id}/administrators/`` (promote_to_workspace_administrator).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _promote_to_workspace_administrator._get_kwargs(
                workspace_id=workspace_id,
                member_user_id=member_user_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _promote_to_workspace_administrator._build_response(client=self._client, response=raw)

    @overload
    def update(
        self,
        workspace_id: str,
        *,
        new_name: None | str | Unset = UNSET,
        new_picture_url: None | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | UpdateWorkspaceResponse]: ...

    @overload
    def update(
        self,
        workspace_id: str,
        *,
        body: UpdateWorkspaceRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | UpdateWorkspaceResponse]: ...

    def update(
        self,
        workspace_id: str,
        *,
        body: UpdateWorkspaceRequest | Unset = UNSET,
        new_name: None | str | Unset = UNSET,
        new_picture_url: None | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | UpdateWorkspaceResponse]:
        """Update a workspace

        ``POST /workspace/{workspace_id}/`` (update_workspace).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UpdateWorkspaceRequest,
                {
                    "new_name": new_name,
                    "new_picture_url": new_picture_url,
                },
                required=(),
                unset=UNSET,
                operation="update",
            )
        request = _runtime.with_options(
            _update_workspace._get_kwargs(
                workspace_id=workspace_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _update_workspace._build_response(client=self._client, response=raw)


class AsyncWorkspaceResource(_runtime.Resource[BaseClient]):
    """Workspace (async)."""

    @cached_property
    def quota(self) -> AsyncWorkspaceQuotaResource:
        from .workspace_quota import AsyncWorkspaceQuotaResource

        return AsyncWorkspaceQuotaResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncWorkspaceResourceWithRawResponse:
        return AsyncWorkspaceResourceWithRawResponse(self._client)

    async def demote_from_administrator(
        self,
        workspace_id: str,
        *,
        member_user_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Demote a workspace administrator

        ``DELETE /workspace/{workspace_id}/administrators/`` (demote_from_workspace_administrator).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _demote_from_workspace_administrator._get_kwargs(
                workspace_id=workspace_id,
                member_user_id=member_user_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _demote_from_workspace_administrator._success(client=self._client, raw=raw)

    async def get(
        self,
        workspace_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetWorkspaceResponse:
        """Get a workspace

        ``GET /workspace/{workspace_id}/`` (get_workspace).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_workspace._get_kwargs(
                workspace_id=workspace_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_workspace._success(client=self._client, raw=raw)

    async def get_all(
        self,
        *,
        skip: int | Unset = UNSET,
        take: int | Unset = UNSET,
        query: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetAllWorkspacesResponse:
        """List all workspaces

        ``GET /workspace/`` (get_all_workspaces).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_all_workspaces._get_kwargs(
                skip=skip,
                take=take,
                query=query,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_all_workspaces._success(client=self._client, raw=raw)

    def iter_all(
        self,
        *,
        query: str | Unset = UNSET,
        page_size: int = 100,
        start: int = 0,
    ) -> AsyncIterator[Workspace]:
        """Every item of ``get_all``, across all pages, fetched lazily one page at a time."""
        return pagination.aiter_get_all_workspaces(
            client=self._client,
            query=query,
            page_size=page_size,
            start=start,
        )

    async def get_current(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetCurrentWorkspacesResponse:
        """List the current user's workspaces

        ``GET /workspace/my/`` (get_current_workspaces).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_current_workspaces._get_kwargs(),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_current_workspaces._success(client=self._client, raw=raw)

    async def get_members(
        self,
        workspace_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetWorkspaceMembersResponse:
        """List workspace members

        ``GET /workspace/{workspace_id}/members/`` (get_workspace_members).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_workspace_members._get_kwargs(
                workspace_id=workspace_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_workspace_members._success(client=self._client, raw=raw)

    async def promote_to_administrator(
        self,
        workspace_id: str,
        *,
        member_user_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Promote a member to workspace administrator

        ``PUT /workspace/{workspace_id}/administrators/`` (promote_to_workspace_administrator).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _promote_to_workspace_administrator._get_kwargs(
                workspace_id=workspace_id,
                member_user_id=member_user_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _promote_to_workspace_administrator._success(client=self._client, raw=raw)

    @overload
    async def update(
        self,
        workspace_id: str,
        *,
        new_name: None | str | Unset = UNSET,
        new_picture_url: None | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateWorkspaceResponse: ...

    @overload
    async def update(
        self,
        workspace_id: str,
        *,
        body: UpdateWorkspaceRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateWorkspaceResponse: ...

    async def update(
        self,
        workspace_id: str,
        *,
        body: UpdateWorkspaceRequest | Unset = UNSET,
        new_name: None | str | Unset = UNSET,
        new_picture_url: None | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateWorkspaceResponse:
        """Update a workspace

        ``POST /workspace/{workspace_id}/`` (update_workspace).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UpdateWorkspaceRequest,
                {
                    "new_name": new_name,
                    "new_picture_url": new_picture_url,
                },
                required=(),
                unset=UNSET,
                operation="update",
            )
        request = _runtime.with_options(
            _update_workspace._get_kwargs(
                workspace_id=workspace_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _update_workspace._success(client=self._client, raw=raw)


class AsyncWorkspaceResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """Workspace, each method returning the whole ``Response`` (async)."""

    @cached_property
    def quota(self) -> AsyncWorkspaceQuotaResourceWithRawResponse:
        from .workspace_quota import AsyncWorkspaceQuotaResourceWithRawResponse

        return AsyncWorkspaceQuotaResourceWithRawResponse(self._client)

    async def demote_from_administrator(
        self,
        workspace_id: str,
        *,
        member_user_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Demote a workspace administrator

        ``DELETE /workspace/{workspace_id}/administrators/`` (demote_from_workspace_administrator).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _demote_from_workspace_administrator._get_kwargs(
                workspace_id=workspace_id,
                member_user_id=member_user_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _demote_from_workspace_administrator._build_response(client=self._client, response=raw)

    async def get(
        self,
        workspace_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetWorkspaceResponse]:
        """Get a workspace

        ``GET /workspace/{workspace_id}/`` (get_workspace).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_workspace._get_kwargs(
                workspace_id=workspace_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_workspace._build_response(client=self._client, response=raw)

    async def get_all(
        self,
        *,
        skip: int | Unset = UNSET,
        take: int | Unset = UNSET,
        query: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetAllWorkspacesResponse]:
        """List all workspaces

        ``GET /workspace/`` (get_all_workspaces).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_all_workspaces._get_kwargs(
                skip=skip,
                take=take,
                query=query,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_all_workspaces._build_response(client=self._client, response=raw)

    async def get_current(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetCurrentWorkspacesResponse]:
        """List the current user's workspaces

        ``GET /workspace/my/`` (get_current_workspaces).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_current_workspaces._get_kwargs(),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_current_workspaces._build_response(client=self._client, response=raw)

    async def get_members(
        self,
        workspace_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetWorkspaceMembersResponse]:
        """List workspace members

        ``GET /workspace/{workspace_id}/members/`` (get_workspace_members).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_workspace_members._get_kwargs(
                workspace_id=workspace_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_workspace_members._build_response(client=self._client, response=raw)

    async def promote_to_administrator(
        self,
        workspace_id: str,
        *,
        member_user_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Promote a member to workspace administrator

        ``PUT /workspace/{workspace_id}/administrators/`` (promote_to_workspace_administrator).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _promote_to_workspace_administrator._get_kwargs(
                workspace_id=workspace_id,
                member_user_id=member_user_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _promote_to_workspace_administrator._build_response(client=self._client, response=raw)

    @overload
    async def update(
        self,
        workspace_id: str,
        *,
        new_name: None | str | Unset = UNSET,
        new_picture_url: None | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | UpdateWorkspaceResponse]: ...

    @overload
    async def update(
        self,
        workspace_id: str,
        *,
        body: UpdateWorkspaceRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | UpdateWorkspaceResponse]: ...

    async def update(
        self,
        workspace_id: str,
        *,
        body: UpdateWorkspaceRequest | Unset = UNSET,
        new_name: None | str | Unset = UNSET,
        new_picture_url: None | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | UpdateWorkspaceResponse]:
        """Update a workspace

        ``POST /workspace/{workspace_id}/`` (update_workspace).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UpdateWorkspaceRequest,
                {
                    "new_name": new_name,
                    "new_picture_url": new_picture_url,
                },
                required=(),
                unset=UNSET,
                operation="update",
            )
        request = _runtime.with_options(
            _update_workspace._get_kwargs(
                workspace_id=workspace_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _update_workspace._build_response(client=self._client, response=raw)
