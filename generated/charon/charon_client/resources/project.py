"""Project: one method per operation. Generated from the spec; do not edit."""

# Annotations name classes defined further down and builtins a method may shadow (``list``).
from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property
from typing import Any, overload

import httpx

from .. import _runtime, pagination
from ..api.project import create_branch as _create_branch
from ..api.project import create_project as _create_project
from ..api.project import delete_branch as _delete_branch
from ..api.project import delete_project as _delete_project
from ..api.project import expel_from_project as _expel_from_project
from ..api.project import get_all_projects as _get_all_projects
from ..api.project import get_current_projects as _get_current_projects
from ..api.project import get_project as _get_project
from ..api.project import invite_into_project as _invite_into_project
from ..api.project import push_branch as _push_branch
from ..api.project import transfer_project as _transfer_project
from ..api.project import update_branch as _update_branch
from ..api.project import update_project as _update_project
from ..api.project import update_project_permissions as _update_project_permissions
from ..client import BaseClient
from ..models.create_branch_request import CreateBranchRequest
from ..models.create_project_request import CreateProjectRequest
from ..models.create_project_response import CreateProjectResponse
from ..models.error_response import ErrorResponse
from ..models.get_all_projects_response import GetAllProjectsResponse
from ..models.get_current_projects_response import GetCurrentProjectsResponse
from ..models.get_project_response import GetProjectResponse
from ..models.invite_into_project_request import InviteIntoProjectRequest
from ..models.project import Project
from ..models.project_permission import ProjectPermission
from ..models.push_branch_request import PushBranchRequest
from ..models.scripting_language import ScriptingLanguage
from ..models.transfer_project_request import TransferProjectRequest
from ..models.update_branch_request import UpdateBranchRequest
from ..models.update_project_permissions_request import UpdateProjectPermissionsRequest
from ..models.update_project_request import UpdateProjectRequest
from ..models.update_project_response import UpdateProjectResponse
from ..types import UNSET, Response, Unset


class ProjectResource(_runtime.Resource[BaseClient]):
    """Project."""

    @cached_property
    def with_raw_response(self) -> ProjectResourceWithRawResponse:
        return ProjectResourceWithRawResponse(self._client)

    @overload
    def create(
        self,
        *,
        workspace_id: str,
        name: str,
        scripting_language: ScriptingLanguage,
        tags: list[str] | None | Unset = UNSET,
        template: None | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateProjectResponse: ...

    @overload
    def create(
        self,
        *,
        body: CreateProjectRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateProjectResponse: ...

    def create(
        self,
        *,
        body: CreateProjectRequest | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        scripting_language: ScriptingLanguage | Unset = UNSET,
        tags: list[str] | None | Unset = UNSET,
        template: None | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateProjectResponse:
        """Create a project

        ``PUT /project/`` (create_project).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                CreateProjectRequest,
                {
                    "workspace_id": workspace_id,
                    "name": name,
                    "scripting_language": scripting_language,
                    "tags": tags,
                    "template": template,
                },
                required=(
                    "workspace_id",
                    "name",
                    "scripting_language",
                ),
                unset=UNSET,
                operation="create",
            )
        request = _runtime.with_options(
            _create_project._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _create_project._success(client=self._client, raw=raw)

    @overload
    def create_branch(
        self,
        project_id: str,
        *,
        name: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    @overload
    def create_branch(
        self,
        project_id: str,
        *,
        body: CreateBranchRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    def create_branch(
        self,
        project_id: str,
        *,
        body: CreateBranchRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Create a branch

        ``PUT /project/{project_id}/branch/`` (create_branch).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                CreateBranchRequest,
                {
                    "name": name,
                },
                required=("name",),
                unset=UNSET,
                operation="create_branch",
            )
        request = _runtime.with_options(
            _create_branch._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _create_branch._success(client=self._client, raw=raw)

    def delete(
        self,
        project_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Delete a project

        ``DELETE /project/{project_id}/`` (delete_project).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _delete_project._get_kwargs(
                project_id=project_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _delete_project._success(client=self._client, raw=raw)

    def delete_branch(
        self,
        project_id: str,
        branch_name: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Delete a branch

        ``DELETE /project/{project_id}/branch/{branch_name}/`` (delete_branch).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _delete_branch._get_kwargs(
                project_id=project_id,
                branch_name=branch_name,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _delete_branch._success(client=self._client, raw=raw)

    def expel_from(
        self,
        project_id: str,
        *,
        member_user_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Expel a user from a project

        ``DELETE /project/{project_id}/members/`` (expel_from_project).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _expel_from_project._get_kwargs(
                project_id=project_id,
                member_user_id=member_user_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _expel_from_project._success(client=self._client, raw=raw)

    def get(
        self,
        project_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetProjectResponse:
        """Get a project

        ``GET /project/{project_id}/`` (get_project).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_project._get_kwargs(
                project_id=project_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_project._success(client=self._client, raw=raw)

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
    ) -> GetAllProjectsResponse:
        """List all projects

        ``GET /project/`` (get_all_projects).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_all_projects._get_kwargs(
                skip=skip,
                take=take,
                query=query,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_all_projects._success(client=self._client, raw=raw)

    def iter_all(
        self,
        *,
        query: str | Unset = UNSET,
        page_size: int = 100,
        start: int = 0,
    ) -> Iterator[Project]:
        """Every item of ``get_all``, across all pages, fetched lazily one page at a time."""
        return pagination.iter_get_all_projects(
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
    ) -> GetCurrentProjectsResponse:
        """List the current user's projects

        ``GET /project/my/`` (get_current_projects).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_current_projects._get_kwargs(),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_current_projects._success(client=self._client, raw=raw)

    @overload
    def invite_into(
        self,
        project_id: str,
        *,
        name: str,
        email: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    @overload
    def invite_into(
        self,
        project_id: str,
        *,
        body: InviteIntoProjectRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    def invite_into(
        self,
        project_id: str,
        *,
        body: InviteIntoProjectRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Invite a user into a project

        ``PUT /project/{project_id}/members/`` (invite_into_project).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                InviteIntoProjectRequest,
                {
                    "name": name,
                    "email": email,
                },
                required=(
                    "name",
                    "email",
                ),
                unset=UNSET,
                operation="invite_into",
            )
        request = _runtime.with_options(
            _invite_into_project._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _invite_into_project._success(client=self._client, raw=raw)

    @overload
    def push_branch(
        self,
        project_id: str,
        branch_name: str,
        *,
        destination_branch_name: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    @overload
    def push_branch(
        self,
        project_id: str,
        branch_name: str,
        *,
        body: PushBranchRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    def push_branch(
        self,
        project_id: str,
        branch_name: str,
        *,
        body: PushBranchRequest | Unset = UNSET,
        destination_branch_name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Push a branch into another branch

        ``PUT /project/{project_id}/branch/{branch_name}/`` (push_branch).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                PushBranchRequest,
                {
                    "destination_branch_name": destination_branch_name,
                },
                required=("destination_branch_name",),
                unset=UNSET,
                operation="push_branch",
            )
        request = _runtime.with_options(
            _push_branch._get_kwargs(
                project_id=project_id,
                branch_name=branch_name,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _push_branch._success(client=self._client, raw=raw)

    @overload
    def transfer(
        self,
        project_id: str,
        *,
        new_workspace_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    @overload
    def transfer(
        self,
        project_id: str,
        *,
        body: TransferProjectRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    def transfer(
        self,
        project_id: str,
        *,
        body: TransferProjectRequest | Unset = UNSET,
        new_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Transfer a project to another workspace

        ``POST /project/{project_id}/workspace/`` (transfer_project).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                TransferProjectRequest,
                {
                    "new_workspace_id": new_workspace_id,
                },
                required=("new_workspace_id",),
                unset=UNSET,
                operation="transfer",
            )
        request = _runtime.with_options(
            _transfer_project._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _transfer_project._success(client=self._client, raw=raw)

    @overload
    def update(
        self,
        project_id: str,
        *,
        new_name: None | str | Unset = UNSET,
        new_picture_url: None | str | Unset = UNSET,
        new_tags: list[str] | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateProjectResponse: ...

    @overload
    def update(
        self,
        project_id: str,
        *,
        body: UpdateProjectRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateProjectResponse: ...

    def update(
        self,
        project_id: str,
        *,
        body: UpdateProjectRequest | Unset = UNSET,
        new_name: None | str | Unset = UNSET,
        new_picture_url: None | str | Unset = UNSET,
        new_tags: list[str] | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateProjectResponse:
        """Update a project

        ``POST /project/{project_id}/`` (update_project).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UpdateProjectRequest,
                {
                    "new_name": new_name,
                    "new_picture_url": new_picture_url,
                    "new_tags": new_tags,
                },
                required=(),
                unset=UNSET,
                operation="update",
            )
        request = _runtime.with_options(
            _update_project._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _update_project._success(client=self._client, raw=raw)

    @overload
    def update_branch(
        self,
        project_id: str,
        branch_name: str,
        *,
        new_name: str | Unset = UNSET,
        new_ordinal: int | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    @overload
    def update_branch(
        self,
        project_id: str,
        branch_name: str,
        *,
        body: UpdateBranchRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    def update_branch(
        self,
        project_id: str,
        branch_name: str,
        *,
        body: UpdateBranchRequest | Unset = UNSET,
        new_name: str | Unset = UNSET,
        new_ordinal: int | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Update a branch

        ``POST /project/{project_id}/branch/{branch_name}/`` (update_branch).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UpdateBranchRequest,
                {
                    "new_name": new_name,
                    "new_ordinal": new_ordinal,
                },
                required=(),
                unset=UNSET,
                operation="update_branch",
            )
        request = _runtime.with_options(
            _update_branch._get_kwargs(
                project_id=project_id,
                branch_name=branch_name,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _update_branch._success(client=self._client, raw=raw)

    @overload
    def update_permissions(
        self,
        project_id: str,
        *,
        permissions: list[ProjectPermission],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    @overload
    def update_permissions(
        self,
        project_id: str,
        *,
        body: UpdateProjectPermissionsRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    def update_permissions(
        self,
        project_id: str,
        *,
        body: UpdateProjectPermissionsRequest | Unset = UNSET,
        permissions: list[ProjectPermission] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Update project permissions

        ``POST /project/{project_id}/permissions/`` (update_project_permissions).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UpdateProjectPermissionsRequest,
                {
                    "permissions": permissions,
                },
                required=("permissions",),
                unset=UNSET,
                operation="update_permissions",
            )
        request = _runtime.with_options(
            _update_project_permissions._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _update_project_permissions._success(client=self._client, raw=raw)


class ProjectResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """Project, each method returning the whole ``Response``."""

    @overload
    def create(
        self,
        *,
        workspace_id: str,
        name: str,
        scripting_language: ScriptingLanguage,
        tags: list[str] | None | Unset = UNSET,
        template: None | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[CreateProjectResponse | ErrorResponse]: ...

    @overload
    def create(
        self,
        *,
        body: CreateProjectRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[CreateProjectResponse | ErrorResponse]: ...

    def create(
        self,
        *,
        body: CreateProjectRequest | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        scripting_language: ScriptingLanguage | Unset = UNSET,
        tags: list[str] | None | Unset = UNSET,
        template: None | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[CreateProjectResponse | ErrorResponse]:
        """Create a project

        ``PUT /project/`` (create_project).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                CreateProjectRequest,
                {
                    "workspace_id": workspace_id,
                    "name": name,
                    "scripting_language": scripting_language,
                    "tags": tags,
                    "template": template,
                },
                required=(
                    "workspace_id",
                    "name",
                    "scripting_language",
                ),
                unset=UNSET,
                operation="create",
            )
        request = _runtime.with_options(
            _create_project._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _create_project._build_response(client=self._client, response=raw)

    @overload
    def create_branch(
        self,
        project_id: str,
        *,
        name: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    @overload
    def create_branch(
        self,
        project_id: str,
        *,
        body: CreateBranchRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    def create_branch(
        self,
        project_id: str,
        *,
        body: CreateBranchRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Create a branch

        ``PUT /project/{project_id}/branch/`` (create_branch).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                CreateBranchRequest,
                {
                    "name": name,
                },
                required=("name",),
                unset=UNSET,
                operation="create_branch",
            )
        request = _runtime.with_options(
            _create_branch._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _create_branch._build_response(client=self._client, response=raw)

    def delete(
        self,
        project_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Delete a project

        ``DELETE /project/{project_id}/`` (delete_project).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _delete_project._get_kwargs(
                project_id=project_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _delete_project._build_response(client=self._client, response=raw)

    def delete_branch(
        self,
        project_id: str,
        branch_name: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Delete a branch

        ``DELETE /project/{project_id}/branch/{branch_name}/`` (delete_branch).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _delete_branch._get_kwargs(
                project_id=project_id,
                branch_name=branch_name,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _delete_branch._build_response(client=self._client, response=raw)

    def expel_from(
        self,
        project_id: str,
        *,
        member_user_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Expel a user from a project

        ``DELETE /project/{project_id}/members/`` (expel_from_project).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _expel_from_project._get_kwargs(
                project_id=project_id,
                member_user_id=member_user_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _expel_from_project._build_response(client=self._client, response=raw)

    def get(
        self,
        project_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetProjectResponse]:
        """Get a project

        ``GET /project/{project_id}/`` (get_project).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_project._get_kwargs(
                project_id=project_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_project._build_response(client=self._client, response=raw)

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
    ) -> Response[ErrorResponse | GetAllProjectsResponse]:
        """List all projects

        ``GET /project/`` (get_all_projects).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_all_projects._get_kwargs(
                skip=skip,
                take=take,
                query=query,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_all_projects._build_response(client=self._client, response=raw)

    def get_current(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetCurrentProjectsResponse]:
        """List the current user's projects

        ``GET /project/my/`` (get_current_projects).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_current_projects._get_kwargs(),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_current_projects._build_response(client=self._client, response=raw)

    @overload
    def invite_into(
        self,
        project_id: str,
        *,
        name: str,
        email: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    @overload
    def invite_into(
        self,
        project_id: str,
        *,
        body: InviteIntoProjectRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    def invite_into(
        self,
        project_id: str,
        *,
        body: InviteIntoProjectRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Invite a user into a project

        ``PUT /project/{project_id}/members/`` (invite_into_project).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                InviteIntoProjectRequest,
                {
                    "name": name,
                    "email": email,
                },
                required=(
                    "name",
                    "email",
                ),
                unset=UNSET,
                operation="invite_into",
            )
        request = _runtime.with_options(
            _invite_into_project._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _invite_into_project._build_response(client=self._client, response=raw)

    @overload
    def push_branch(
        self,
        project_id: str,
        branch_name: str,
        *,
        destination_branch_name: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    @overload
    def push_branch(
        self,
        project_id: str,
        branch_name: str,
        *,
        body: PushBranchRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    def push_branch(
        self,
        project_id: str,
        branch_name: str,
        *,
        body: PushBranchRequest | Unset = UNSET,
        destination_branch_name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Push a branch into another branch

        ``PUT /project/{project_id}/branch/{branch_name}/`` (push_branch).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                PushBranchRequest,
                {
                    "destination_branch_name": destination_branch_name,
                },
                required=("destination_branch_name",),
                unset=UNSET,
                operation="push_branch",
            )
        request = _runtime.with_options(
            _push_branch._get_kwargs(
                project_id=project_id,
                branch_name=branch_name,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _push_branch._build_response(client=self._client, response=raw)

    @overload
    def transfer(
        self,
        project_id: str,
        *,
        new_workspace_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    @overload
    def transfer(
        self,
        project_id: str,
        *,
        body: TransferProjectRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    def transfer(
        self,
        project_id: str,
        *,
        body: TransferProjectRequest | Unset = UNSET,
        new_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Transfer a project to another workspace

        ``POST /project/{project_id}/workspace/`` (transfer_project).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                TransferProjectRequest,
                {
                    "new_workspace_id": new_workspace_id,
                },
                required=("new_workspace_id",),
                unset=UNSET,
                operation="transfer",
            )
        request = _runtime.with_options(
            _transfer_project._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _transfer_project._build_response(client=self._client, response=raw)

    @overload
    def update(
        self,
        project_id: str,
        *,
        new_name: None | str | Unset = UNSET,
        new_picture_url: None | str | Unset = UNSET,
        new_tags: list[str] | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | UpdateProjectResponse]: ...

    @overload
    def update(
        self,
        project_id: str,
        *,
        body: UpdateProjectRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | UpdateProjectResponse]: ...

    def update(
        self,
        project_id: str,
        *,
        body: UpdateProjectRequest | Unset = UNSET,
        new_name: None | str | Unset = UNSET,
        new_picture_url: None | str | Unset = UNSET,
        new_tags: list[str] | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | UpdateProjectResponse]:
        """Update a project

        ``POST /project/{project_id}/`` (update_project).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UpdateProjectRequest,
                {
                    "new_name": new_name,
                    "new_picture_url": new_picture_url,
                    "new_tags": new_tags,
                },
                required=(),
                unset=UNSET,
                operation="update",
            )
        request = _runtime.with_options(
            _update_project._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _update_project._build_response(client=self._client, response=raw)

    @overload
    def update_branch(
        self,
        project_id: str,
        branch_name: str,
        *,
        new_name: str | Unset = UNSET,
        new_ordinal: int | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    @overload
    def update_branch(
        self,
        project_id: str,
        branch_name: str,
        *,
        body: UpdateBranchRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    def update_branch(
        self,
        project_id: str,
        branch_name: str,
        *,
        body: UpdateBranchRequest | Unset = UNSET,
        new_name: str | Unset = UNSET,
        new_ordinal: int | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Update a branch

        ``POST /project/{project_id}/branch/{branch_name}/`` (update_branch).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UpdateBranchRequest,
                {
                    "new_name": new_name,
                    "new_ordinal": new_ordinal,
                },
                required=(),
                unset=UNSET,
                operation="update_branch",
            )
        request = _runtime.with_options(
            _update_branch._get_kwargs(
                project_id=project_id,
                branch_name=branch_name,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _update_branch._build_response(client=self._client, response=raw)

    @overload
    def update_permissions(
        self,
        project_id: str,
        *,
        permissions: list[ProjectPermission],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    @overload
    def update_permissions(
        self,
        project_id: str,
        *,
        body: UpdateProjectPermissionsRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    def update_permissions(
        self,
        project_id: str,
        *,
        body: UpdateProjectPermissionsRequest | Unset = UNSET,
        permissions: list[ProjectPermission] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Update project permissions

        ``POST /project/{project_id}/permissions/`` (update_project_permissions).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UpdateProjectPermissionsRequest,
                {
                    "permissions": permissions,
                },
                required=("permissions",),
                unset=UNSET,
                operation="update_permissions",
            )
        request = _runtime.with_options(
            _update_project_permissions._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _update_project_permissions._build_response(client=self._client, response=raw)


class AsyncProjectResource(_runtime.Resource[BaseClient]):
    """Project (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncProjectResourceWithRawResponse:
        return AsyncProjectResourceWithRawResponse(self._client)

    @overload
    async def create(
        self,
        *,
        workspace_id: str,
        name: str,
        scripting_language: ScriptingLanguage,
        tags: list[str] | None | Unset = UNSET,
        template: None | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateProjectResponse: ...

    @overload
    async def create(
        self,
        *,
        body: CreateProjectRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateProjectResponse: ...

    async def create(
        self,
        *,
        body: CreateProjectRequest | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        scripting_language: ScriptingLanguage | Unset = UNSET,
        tags: list[str] | None | Unset = UNSET,
        template: None | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateProjectResponse:
        """Create a project

        ``PUT /project/`` (create_project).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                CreateProjectRequest,
                {
                    "workspace_id": workspace_id,
                    "name": name,
                    "scripting_language": scripting_language,
                    "tags": tags,
                    "template": template,
                },
                required=(
                    "workspace_id",
                    "name",
                    "scripting_language",
                ),
                unset=UNSET,
                operation="create",
            )
        request = _runtime.with_options(
            _create_project._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _create_project._success(client=self._client, raw=raw)

    @overload
    async def create_branch(
        self,
        project_id: str,
        *,
        name: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    @overload
    async def create_branch(
        self,
        project_id: str,
        *,
        body: CreateBranchRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    async def create_branch(
        self,
        project_id: str,
        *,
        body: CreateBranchRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Create a branch

        ``PUT /project/{project_id}/branch/`` (create_branch).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                CreateBranchRequest,
                {
                    "name": name,
                },
                required=("name",),
                unset=UNSET,
                operation="create_branch",
            )
        request = _runtime.with_options(
            _create_branch._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _create_branch._success(client=self._client, raw=raw)

    async def delete(
        self,
        project_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Delete a project

        ``DELETE /project/{project_id}/`` (delete_project).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _delete_project._get_kwargs(
                project_id=project_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _delete_project._success(client=self._client, raw=raw)

    async def delete_branch(
        self,
        project_id: str,
        branch_name: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Delete a branch

        ``DELETE /project/{project_id}/branch/{branch_name}/`` (delete_branch).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _delete_branch._get_kwargs(
                project_id=project_id,
                branch_name=branch_name,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _delete_branch._success(client=self._client, raw=raw)

    async def expel_from(
        self,
        project_id: str,
        *,
        member_user_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Expel a user from a project

        ``DELETE /project/{project_id}/members/`` (expel_from_project).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _expel_from_project._get_kwargs(
                project_id=project_id,
                member_user_id=member_user_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _expel_from_project._success(client=self._client, raw=raw)

    async def get(
        self,
        project_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetProjectResponse:
        """Get a project

        ``GET /project/{project_id}/`` (get_project).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_project._get_kwargs(
                project_id=project_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_project._success(client=self._client, raw=raw)

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
    ) -> GetAllProjectsResponse:
        """List all projects

        ``GET /project/`` (get_all_projects).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_all_projects._get_kwargs(
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
        return _get_all_projects._success(client=self._client, raw=raw)

    def iter_all(
        self,
        *,
        query: str | Unset = UNSET,
        page_size: int = 100,
        start: int = 0,
    ) -> AsyncIterator[Project]:
        """Every item of ``get_all``, across all pages, fetched lazily one page at a time."""
        return pagination.aiter_get_all_projects(
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
    ) -> GetCurrentProjectsResponse:
        """List the current user's projects

        ``GET /project/my/`` (get_current_projects).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_current_projects._get_kwargs(),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_current_projects._success(client=self._client, raw=raw)

    @overload
    async def invite_into(
        self,
        project_id: str,
        *,
        name: str,
        email: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    @overload
    async def invite_into(
        self,
        project_id: str,
        *,
        body: InviteIntoProjectRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    async def invite_into(
        self,
        project_id: str,
        *,
        body: InviteIntoProjectRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Invite a user into a project

        ``PUT /project/{project_id}/members/`` (invite_into_project).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                InviteIntoProjectRequest,
                {
                    "name": name,
                    "email": email,
                },
                required=(
                    "name",
                    "email",
                ),
                unset=UNSET,
                operation="invite_into",
            )
        request = _runtime.with_options(
            _invite_into_project._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _invite_into_project._success(client=self._client, raw=raw)

    @overload
    async def push_branch(
        self,
        project_id: str,
        branch_name: str,
        *,
        destination_branch_name: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    @overload
    async def push_branch(
        self,
        project_id: str,
        branch_name: str,
        *,
        body: PushBranchRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    async def push_branch(
        self,
        project_id: str,
        branch_name: str,
        *,
        body: PushBranchRequest | Unset = UNSET,
        destination_branch_name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Push a branch into another branch

        ``PUT /project/{project_id}/branch/{branch_name}/`` (push_branch).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                PushBranchRequest,
                {
                    "destination_branch_name": destination_branch_name,
                },
                required=("destination_branch_name",),
                unset=UNSET,
                operation="push_branch",
            )
        request = _runtime.with_options(
            _push_branch._get_kwargs(
                project_id=project_id,
                branch_name=branch_name,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _push_branch._success(client=self._client, raw=raw)

    @overload
    async def transfer(
        self,
        project_id: str,
        *,
        new_workspace_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    @overload
    async def transfer(
        self,
        project_id: str,
        *,
        body: TransferProjectRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    async def transfer(
        self,
        project_id: str,
        *,
        body: TransferProjectRequest | Unset = UNSET,
        new_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Transfer a project to another workspace

        ``POST /project/{project_id}/workspace/`` (transfer_project).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                TransferProjectRequest,
                {
                    "new_workspace_id": new_workspace_id,
                },
                required=("new_workspace_id",),
                unset=UNSET,
                operation="transfer",
            )
        request = _runtime.with_options(
            _transfer_project._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _transfer_project._success(client=self._client, raw=raw)

    @overload
    async def update(
        self,
        project_id: str,
        *,
        new_name: None | str | Unset = UNSET,
        new_picture_url: None | str | Unset = UNSET,
        new_tags: list[str] | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateProjectResponse: ...

    @overload
    async def update(
        self,
        project_id: str,
        *,
        body: UpdateProjectRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateProjectResponse: ...

    async def update(
        self,
        project_id: str,
        *,
        body: UpdateProjectRequest | Unset = UNSET,
        new_name: None | str | Unset = UNSET,
        new_picture_url: None | str | Unset = UNSET,
        new_tags: list[str] | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateProjectResponse:
        """Update a project

        ``POST /project/{project_id}/`` (update_project).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UpdateProjectRequest,
                {
                    "new_name": new_name,
                    "new_picture_url": new_picture_url,
                    "new_tags": new_tags,
                },
                required=(),
                unset=UNSET,
                operation="update",
            )
        request = _runtime.with_options(
            _update_project._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _update_project._success(client=self._client, raw=raw)

    @overload
    async def update_branch(
        self,
        project_id: str,
        branch_name: str,
        *,
        new_name: str | Unset = UNSET,
        new_ordinal: int | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    @overload
    async def update_branch(
        self,
        project_id: str,
        branch_name: str,
        *,
        body: UpdateBranchRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    async def update_branch(
        self,
        project_id: str,
        branch_name: str,
        *,
        body: UpdateBranchRequest | Unset = UNSET,
        new_name: str | Unset = UNSET,
        new_ordinal: int | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Update a branch

        ``POST /project/{project_id}/branch/{branch_name}/`` (update_branch).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UpdateBranchRequest,
                {
                    "new_name": new_name,
                    "new_ordinal": new_ordinal,
                },
                required=(),
                unset=UNSET,
                operation="update_branch",
            )
        request = _runtime.with_options(
            _update_branch._get_kwargs(
                project_id=project_id,
                branch_name=branch_name,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _update_branch._success(client=self._client, raw=raw)

    @overload
    async def update_permissions(
        self,
        project_id: str,
        *,
        permissions: list[ProjectPermission],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    @overload
    async def update_permissions(
        self,
        project_id: str,
        *,
        body: UpdateProjectPermissionsRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    async def update_permissions(
        self,
        project_id: str,
        *,
        body: UpdateProjectPermissionsRequest | Unset = UNSET,
        permissions: list[ProjectPermission] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Update project permissions

        ``POST /project/{project_id}/permissions/`` (update_project_permissions).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UpdateProjectPermissionsRequest,
                {
                    "permissions": permissions,
                },
                required=("permissions",),
                unset=UNSET,
                operation="update_permissions",
            )
        request = _runtime.with_options(
            _update_project_permissions._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _update_project_permissions._success(client=self._client, raw=raw)


class AsyncProjectResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """Project, each method returning the whole ``Response`` (async)."""

    @overload
    async def create(
        self,
        *,
        workspace_id: str,
        name: str,
        scripting_language: ScriptingLanguage,
        tags: list[str] | None | Unset = UNSET,
        template: None | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[CreateProjectResponse | ErrorResponse]: ...

    @overload
    async def create(
        self,
        *,
        body: CreateProjectRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[CreateProjectResponse | ErrorResponse]: ...

    async def create(
        self,
        *,
        body: CreateProjectRequest | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        scripting_language: ScriptingLanguage | Unset = UNSET,
        tags: list[str] | None | Unset = UNSET,
        template: None | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[CreateProjectResponse | ErrorResponse]:
        """Create a project

        ``PUT /project/`` (create_project).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                CreateProjectRequest,
                {
                    "workspace_id": workspace_id,
                    "name": name,
                    "scripting_language": scripting_language,
                    "tags": tags,
                    "template": template,
                },
                required=(
                    "workspace_id",
                    "name",
                    "scripting_language",
                ),
                unset=UNSET,
                operation="create",
            )
        request = _runtime.with_options(
            _create_project._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _create_project._build_response(client=self._client, response=raw)

    @overload
    async def create_branch(
        self,
        project_id: str,
        *,
        name: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    @overload
    async def create_branch(
        self,
        project_id: str,
        *,
        body: CreateBranchRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    async def create_branch(
        self,
        project_id: str,
        *,
        body: CreateBranchRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Create a branch

        ``PUT /project/{project_id}/branch/`` (create_branch).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                CreateBranchRequest,
                {
                    "name": name,
                },
                required=("name",),
                unset=UNSET,
                operation="create_branch",
            )
        request = _runtime.with_options(
            _create_branch._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _create_branch._build_response(client=self._client, response=raw)

    async def delete(
        self,
        project_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Delete a project

        ``DELETE /project/{project_id}/`` (delete_project).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _delete_project._get_kwargs(
                project_id=project_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _delete_project._build_response(client=self._client, response=raw)

    async def delete_branch(
        self,
        project_id: str,
        branch_name: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Delete a branch

        ``DELETE /project/{project_id}/branch/{branch_name}/`` (delete_branch).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _delete_branch._get_kwargs(
                project_id=project_id,
                branch_name=branch_name,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _delete_branch._build_response(client=self._client, response=raw)

    async def expel_from(
        self,
        project_id: str,
        *,
        member_user_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Expel a user from a project

        ``DELETE /project/{project_id}/members/`` (expel_from_project).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _expel_from_project._get_kwargs(
                project_id=project_id,
                member_user_id=member_user_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _expel_from_project._build_response(client=self._client, response=raw)

    async def get(
        self,
        project_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetProjectResponse]:
        """Get a project

        ``GET /project/{project_id}/`` (get_project).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_project._get_kwargs(
                project_id=project_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_project._build_response(client=self._client, response=raw)

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
    ) -> Response[ErrorResponse | GetAllProjectsResponse]:
        """List all projects

        ``GET /project/`` (get_all_projects).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_all_projects._get_kwargs(
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
        return _get_all_projects._build_response(client=self._client, response=raw)

    async def get_current(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetCurrentProjectsResponse]:
        """List the current user's projects

        ``GET /project/my/`` (get_current_projects).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_current_projects._get_kwargs(),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_current_projects._build_response(client=self._client, response=raw)

    @overload
    async def invite_into(
        self,
        project_id: str,
        *,
        name: str,
        email: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    @overload
    async def invite_into(
        self,
        project_id: str,
        *,
        body: InviteIntoProjectRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    async def invite_into(
        self,
        project_id: str,
        *,
        body: InviteIntoProjectRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Invite a user into a project

        ``PUT /project/{project_id}/members/`` (invite_into_project).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                InviteIntoProjectRequest,
                {
                    "name": name,
                    "email": email,
                },
                required=(
                    "name",
                    "email",
                ),
                unset=UNSET,
                operation="invite_into",
            )
        request = _runtime.with_options(
            _invite_into_project._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _invite_into_project._build_response(client=self._client, response=raw)

    @overload
    async def push_branch(
        self,
        project_id: str,
        branch_name: str,
        *,
        destination_branch_name: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    @overload
    async def push_branch(
        self,
        project_id: str,
        branch_name: str,
        *,
        body: PushBranchRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    async def push_branch(
        self,
        project_id: str,
        branch_name: str,
        *,
        body: PushBranchRequest | Unset = UNSET,
        destination_branch_name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Push a branch into another branch

        ``PUT /project/{project_id}/branch/{branch_name}/`` (push_branch).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                PushBranchRequest,
                {
                    "destination_branch_name": destination_branch_name,
                },
                required=("destination_branch_name",),
                unset=UNSET,
                operation="push_branch",
            )
        request = _runtime.with_options(
            _push_branch._get_kwargs(
                project_id=project_id,
                branch_name=branch_name,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _push_branch._build_response(client=self._client, response=raw)

    @overload
    async def transfer(
        self,
        project_id: str,
        *,
        new_workspace_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    @overload
    async def transfer(
        self,
        project_id: str,
        *,
        body: TransferProjectRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    async def transfer(
        self,
        project_id: str,
        *,
        body: TransferProjectRequest | Unset = UNSET,
        new_workspace_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Transfer a project to another workspace

        ``POST /project/{project_id}/workspace/`` (transfer_project).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                TransferProjectRequest,
                {
                    "new_workspace_id": new_workspace_id,
                },
                required=("new_workspace_id",),
                unset=UNSET,
                operation="transfer",
            )
        request = _runtime.with_options(
            _transfer_project._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _transfer_project._build_response(client=self._client, response=raw)

    @overload
    async def update(
        self,
        project_id: str,
        *,
        new_name: None | str | Unset = UNSET,
        new_picture_url: None | str | Unset = UNSET,
        new_tags: list[str] | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | UpdateProjectResponse]: ...

    @overload
    async def update(
        self,
        project_id: str,
        *,
        body: UpdateProjectRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | UpdateProjectResponse]: ...

    async def update(
        self,
        project_id: str,
        *,
        body: UpdateProjectRequest | Unset = UNSET,
        new_name: None | str | Unset = UNSET,
        new_picture_url: None | str | Unset = UNSET,
        new_tags: list[str] | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | UpdateProjectResponse]:
        """Update a project

        ``POST /project/{project_id}/`` (update_project).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UpdateProjectRequest,
                {
                    "new_name": new_name,
                    "new_picture_url": new_picture_url,
                    "new_tags": new_tags,
                },
                required=(),
                unset=UNSET,
                operation="update",
            )
        request = _runtime.with_options(
            _update_project._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _update_project._build_response(client=self._client, response=raw)

    @overload
    async def update_branch(
        self,
        project_id: str,
        branch_name: str,
        *,
        new_name: str | Unset = UNSET,
        new_ordinal: int | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    @overload
    async def update_branch(
        self,
        project_id: str,
        branch_name: str,
        *,
        body: UpdateBranchRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    async def update_branch(
        self,
        project_id: str,
        branch_name: str,
        *,
        body: UpdateBranchRequest | Unset = UNSET,
        new_name: str | Unset = UNSET,
        new_ordinal: int | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Update a branch

        ``POST /project/{project_id}/branch/{branch_name}/`` (update_branch).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UpdateBranchRequest,
                {
                    "new_name": new_name,
                    "new_ordinal": new_ordinal,
                },
                required=(),
                unset=UNSET,
                operation="update_branch",
            )
        request = _runtime.with_options(
            _update_branch._get_kwargs(
                project_id=project_id,
                branch_name=branch_name,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _update_branch._build_response(client=self._client, response=raw)

    @overload
    async def update_permissions(
        self,
        project_id: str,
        *,
        permissions: list[ProjectPermission],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    @overload
    async def update_permissions(
        self,
        project_id: str,
        *,
        body: UpdateProjectPermissionsRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    async def update_permissions(
        self,
        project_id: str,
        *,
        body: UpdateProjectPermissionsRequest | Unset = UNSET,
        permissions: list[ProjectPermission] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Update project permissions

        ``POST /project/{project_id}/permissions/`` (update_project_permissions).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UpdateProjectPermissionsRequest,
                {
                    "permissions": permissions,
                },
                required=("permissions",),
                unset=UNSET,
                operation="update_permissions",
            )
        request = _runtime.with_options(
            _update_project_permissions._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _update_project_permissions._build_response(client=self._client, response=raw)
