"""Preferences: one method per operation. Generated from the spec; do not edit."""

# Annotations name classes defined further down and builtins a method may shadow (``list``).
from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

import httpx

from .. import _runtime
from ..api.preferences import load_default_preferences as _load_default_preferences
from ..api.preferences import (
    load_project_personal_preferences as _load_project_personal_preferences,
)
from ..api.preferences import (
    load_project_shared_preferences as _load_project_shared_preferences,
)
from ..api.preferences import (
    load_workspace_personal_preferences as _load_workspace_personal_preferences,
)
from ..api.preferences import (
    load_workspace_shared_preferences as _load_workspace_shared_preferences,
)
from ..api.preferences import patch_default_preferences as _patch_default_preferences
from ..api.preferences import (
    patch_project_personal_preferences as _patch_project_personal_preferences,
)
from ..api.preferences import (
    patch_project_shared_preferences as _patch_project_shared_preferences,
)
from ..api.preferences import (
    patch_workspace_personal_preferences as _patch_workspace_personal_preferences,
)
from ..api.preferences import (
    patch_workspace_shared_preferences as _patch_workspace_shared_preferences,
)
from ..api.preferences import reset_user_preferences as _reset_user_preferences
from ..api.preferences import save_default_preferences as _save_default_preferences
from ..api.preferences import (
    save_project_personal_preferences as _save_project_personal_preferences,
)
from ..api.preferences import (
    save_project_shared_preferences as _save_project_shared_preferences,
)
from ..api.preferences import (
    save_workspace_personal_preferences as _save_workspace_personal_preferences,
)
from ..api.preferences import (
    save_workspace_shared_preferences as _save_workspace_shared_preferences,
)
from ..client import BaseClient
from ..models.error_response import ErrorResponse
from ..models.json_patch import JsonPatch
from ..models.load_default_preferences_response import LoadDefaultPreferencesResponse
from ..models.load_project_personal_preferences_response import (
    LoadProjectPersonalPreferencesResponse,
)
from ..models.load_project_shared_preferences_response import (
    LoadProjectSharedPreferencesResponse,
)
from ..models.load_workspace_personal_preferences_response import (
    LoadWorkspacePersonalPreferencesResponse,
)
from ..models.load_workspace_shared_preferences_response import (
    LoadWorkspaceSharedPreferencesResponse,
)
from ..models.preferences import Preferences
from ..types import Response


class PreferencesResource(_runtime.Resource[BaseClient]):
    """Preferences."""

    @cached_property
    def with_raw_response(self) -> PreferencesResourceWithRawResponse:
        return PreferencesResourceWithRawResponse(self._client)

    def load_default(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> LoadDefaultPreferencesResponse:
        """Get default preferences

        ``GET /preferences/`` (load_default_preferences).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _load_default_preferences._get_kwargs(),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _load_default_preferences._success(client=self._client, raw=raw)

    def load_project_personal(
        self,
        project_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> LoadProjectPersonalPreferencesResponse:
        """Get the current user's project preferences

        ``GET /project/{project_id}/preferences/user/`` (load_project_personal_preferences).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _load_project_personal_preferences._get_kwargs(
                project_id=project_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _load_project_personal_preferences._success(client=self._client, raw=raw)

    def load_project_shared(
        self,
        project_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> LoadProjectSharedPreferencesResponse:
        """Get team-shared project preferences

        ``GET /project/{project_id}/preferences/`` (load_project_shared_preferences).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _load_project_shared_preferences._get_kwargs(
                project_id=project_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _load_project_shared_preferences._success(client=self._client, raw=raw)

    def load_workspace_personal(
        self,
        workspace_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> LoadWorkspacePersonalPreferencesResponse:
        """Get the current user's workspace preferences

        ``GET /workspace/{workspace_id}/preferences/user/`` (load_workspace_personal_preferences).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _load_workspace_personal_preferences._get_kwargs(
                workspace_id=workspace_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _load_workspace_personal_preferences._success(client=self._client, raw=raw)

    def load_workspace_shared(
        self,
        workspace_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> LoadWorkspaceSharedPreferencesResponse:
        """Get team-shared workspace preferences

        ``GET /workspace/{workspace_id}/preferences/`` (load_workspace_shared_preferences).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _load_workspace_shared_preferences._get_kwargs(
                workspace_id=workspace_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _load_workspace_shared_preferences._success(client=self._client, raw=raw)

    def patch_default(
        self,
        *,
        body: list[JsonPatch],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Patch default preferences

        ``PATCH /preferences/`` (patch_default_preferences).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _patch_default_preferences._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _patch_default_preferences._success(client=self._client, raw=raw)

    def patch_project_personal(
        self,
        project_id: str,
        *,
        body: list[JsonPatch],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Patch the current user's project preferences

        ``PATCH /project/{project_id}/preferences/user/`` (patch_project_personal_preferences).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _patch_project_personal_preferences._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _patch_project_personal_preferences._success(client=self._client, raw=raw)

    def patch_project_shared(
        self,
        project_id: str,
        *,
        body: list[JsonPatch],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Patch team-shared project preferences

        ``PATCH /project/{project_id}/preferences/`` (patch_project_shared_preferences).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _patch_project_shared_preferences._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _patch_project_shared_preferences._success(client=self._client, raw=raw)

    def patch_workspace_personal(
        self,
        workspace_id: str,
        *,
        body: list[JsonPatch],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Patch the current user's workspace preferences

        ``PATCH /workspace/{workspace_id}/preferences/user/`` (patch_workspace_personal_preferences).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _patch_workspace_personal_preferences._get_kwargs(
                workspace_id=workspace_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _patch_workspace_personal_preferences._success(client=self._client, raw=raw)

    def patch_workspace_shared(
        self,
        workspace_id: str,
        *,
        body: list[JsonPatch],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Patch team-shared workspace preferences

        ``PATCH /workspace/{workspace_id}/preferences/`` (patch_workspace_shared_preferences).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _patch_workspace_shared_preferences._get_kwargs(
                workspace_id=workspace_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _patch_workspace_shared_preferences._success(client=self._client, raw=raw)

    def reset_user(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Reset all of the user's preferences

        ``DELETE /preferences/user/`` (reset_user_preferences).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _reset_user_preferences._get_kwargs(),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _reset_user_preferences._success(client=self._client, raw=raw)

    def save_default(
        self,
        *,
        body: Preferences,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Save default preferences

        ``PUT /preferences/`` (save_default_preferences).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _save_default_preferences._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _save_default_preferences._success(client=self._client, raw=raw)

    def save_project_personal(
        self,
        project_id: str,
        *,
        body: Preferences,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Save the current user's project preferences

        ``PUT /project/{project_id}/preferences/user/`` (save_project_personal_preferences).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _save_project_personal_preferences._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _save_project_personal_preferences._success(client=self._client, raw=raw)

    def save_project_shared(
        self,
        project_id: str,
        *,
        body: Preferences,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Save team-shared project preferences

        ``PUT /project/{project_id}/preferences/`` (save_project_shared_preferences).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _save_project_shared_preferences._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _save_project_shared_preferences._success(client=self._client, raw=raw)

    def save_workspace_personal(
        self,
        workspace_id: str,
        *,
        body: Preferences,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Save the current user's workspace preferences

        ``PUT /workspace/{workspace_id}/preferences/user/`` (save_workspace_personal_preferences).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _save_workspace_personal_preferences._get_kwargs(
                workspace_id=workspace_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _save_workspace_personal_preferences._success(client=self._client, raw=raw)

    def save_workspace_shared(
        self,
        workspace_id: str,
        *,
        body: Preferences,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Save team-shared workspace preferences

        ``PUT /workspace/{workspace_id}/preferences/`` (save_workspace_shared_preferences).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _save_workspace_shared_preferences._get_kwargs(
                workspace_id=workspace_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _save_workspace_shared_preferences._success(client=self._client, raw=raw)


class PreferencesResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """Preferences, each method returning the whole ``Response``."""

    def load_default(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | LoadDefaultPreferencesResponse]:
        """Get default preferences

        ``GET /preferences/`` (load_default_preferences).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _load_default_preferences._get_kwargs(),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _load_default_preferences._build_response(client=self._client, response=raw)

    def load_project_personal(
        self,
        project_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | LoadProjectPersonalPreferencesResponse]:
        """Get the current user's project preferences

        ``GET /project/{project_id}/preferences/user/`` (load_project_personal_preferences).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _load_project_personal_preferences._get_kwargs(
                project_id=project_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _load_project_personal_preferences._build_response(client=self._client, response=raw)

    def load_project_shared(
        self,
        project_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | LoadProjectSharedPreferencesResponse]:
        """Get team-shared project preferences

        ``GET /project/{project_id}/preferences/`` (load_project_shared_preferences).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _load_project_shared_preferences._get_kwargs(
                project_id=project_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _load_project_shared_preferences._build_response(client=self._client, response=raw)

    def load_workspace_personal(
        self,
        workspace_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | LoadWorkspacePersonalPreferencesResponse]:
        """Get the current user's workspace preferences

        ``GET /workspace/{workspace_id}/preferences/user/`` (load_workspace_personal_preferences).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _load_workspace_personal_preferences._get_kwargs(
                workspace_id=workspace_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _load_workspace_personal_preferences._build_response(client=self._client, response=raw)

    def load_workspace_shared(
        self,
        workspace_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | LoadWorkspaceSharedPreferencesResponse]:
        """Get team-shared workspace preferences

        ``GET /workspace/{workspace_id}/preferences/`` (load_workspace_shared_preferences).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _load_workspace_shared_preferences._get_kwargs(
                workspace_id=workspace_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _load_workspace_shared_preferences._build_response(client=self._client, response=raw)

    def patch_default(
        self,
        *,
        body: list[JsonPatch],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Patch default preferences

        ``PATCH /preferences/`` (patch_default_preferences).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _patch_default_preferences._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _patch_default_preferences._build_response(client=self._client, response=raw)

    def patch_project_personal(
        self,
        project_id: str,
        *,
        body: list[JsonPatch],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Patch the current user's project preferences

        ``PATCH /project/{project_id}/preferences/user/`` (patch_project_personal_preferences).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _patch_project_personal_preferences._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _patch_project_personal_preferences._build_response(client=self._client, response=raw)

    def patch_project_shared(
        self,
        project_id: str,
        *,
        body: list[JsonPatch],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Patch team-shared project preferences

        ``PATCH /project/{project_id}/preferences/`` (patch_project_shared_preferences).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _patch_project_shared_preferences._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _patch_project_shared_preferences._build_response(client=self._client, response=raw)

    def patch_workspace_personal(
        self,
        workspace_id: str,
        *,
        body: list[JsonPatch],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Patch the current user's workspace preferences

        ``PATCH /workspace/{workspace_id}/preferences/user/`` (patch_workspace_personal_preferences).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _patch_workspace_personal_preferences._get_kwargs(
                workspace_id=workspace_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _patch_workspace_personal_preferences._build_response(client=self._client, response=raw)

    def patch_workspace_shared(
        self,
        workspace_id: str,
        *,
        body: list[JsonPatch],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Patch team-shared workspace preferences

        ``PATCH /workspace/{workspace_id}/preferences/`` (patch_workspace_shared_preferences).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _patch_workspace_shared_preferences._get_kwargs(
                workspace_id=workspace_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _patch_workspace_shared_preferences._build_response(client=self._client, response=raw)

    def reset_user(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Reset all of the user's preferences

        ``DELETE /preferences/user/`` (reset_user_preferences).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _reset_user_preferences._get_kwargs(),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _reset_user_preferences._build_response(client=self._client, response=raw)

    def save_default(
        self,
        *,
        body: Preferences,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Save default preferences

        ``PUT /preferences/`` (save_default_preferences).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _save_default_preferences._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _save_default_preferences._build_response(client=self._client, response=raw)

    def save_project_personal(
        self,
        project_id: str,
        *,
        body: Preferences,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Save the current user's project preferences

        ``PUT /project/{project_id}/preferences/user/`` (save_project_personal_preferences).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _save_project_personal_preferences._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _save_project_personal_preferences._build_response(client=self._client, response=raw)

    def save_project_shared(
        self,
        project_id: str,
        *,
        body: Preferences,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Save team-shared project preferences

        ``PUT /project/{project_id}/preferences/`` (save_project_shared_preferences).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _save_project_shared_preferences._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _save_project_shared_preferences._build_response(client=self._client, response=raw)

    def save_workspace_personal(
        self,
        workspace_id: str,
        *,
        body: Preferences,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Save the current user's workspace preferences

        ``PUT /workspace/{workspace_id}/preferences/user/`` (save_workspace_personal_preferences).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _save_workspace_personal_preferences._get_kwargs(
                workspace_id=workspace_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _save_workspace_personal_preferences._build_response(client=self._client, response=raw)

    def save_workspace_shared(
        self,
        workspace_id: str,
        *,
        body: Preferences,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Save team-shared workspace preferences

        ``PUT /workspace/{workspace_id}/preferences/`` (save_workspace_shared_preferences).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _save_workspace_shared_preferences._get_kwargs(
                workspace_id=workspace_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _save_workspace_shared_preferences._build_response(client=self._client, response=raw)


class AsyncPreferencesResource(_runtime.Resource[BaseClient]):
    """Preferences (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncPreferencesResourceWithRawResponse:
        return AsyncPreferencesResourceWithRawResponse(self._client)

    async def load_default(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> LoadDefaultPreferencesResponse:
        """Get default preferences

        ``GET /preferences/`` (load_default_preferences).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _load_default_preferences._get_kwargs(),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _load_default_preferences._success(client=self._client, raw=raw)

    async def load_project_personal(
        self,
        project_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> LoadProjectPersonalPreferencesResponse:
        """Get the current user's project preferences

        ``GET /project/{project_id}/preferences/user/`` (load_project_personal_preferences).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _load_project_personal_preferences._get_kwargs(
                project_id=project_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _load_project_personal_preferences._success(client=self._client, raw=raw)

    async def load_project_shared(
        self,
        project_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> LoadProjectSharedPreferencesResponse:
        """Get team-shared project preferences

        ``GET /project/{project_id}/preferences/`` (load_project_shared_preferences).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _load_project_shared_preferences._get_kwargs(
                project_id=project_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _load_project_shared_preferences._success(client=self._client, raw=raw)

    async def load_workspace_personal(
        self,
        workspace_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> LoadWorkspacePersonalPreferencesResponse:
        """Get the current user's workspace preferences

        ``GET /workspace/{workspace_id}/preferences/user/`` (load_workspace_personal_preferences).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _load_workspace_personal_preferences._get_kwargs(
                workspace_id=workspace_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _load_workspace_personal_preferences._success(client=self._client, raw=raw)

    async def load_workspace_shared(
        self,
        workspace_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> LoadWorkspaceSharedPreferencesResponse:
        """Get team-shared workspace preferences

        ``GET /workspace/{workspace_id}/preferences/`` (load_workspace_shared_preferences).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _load_workspace_shared_preferences._get_kwargs(
                workspace_id=workspace_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _load_workspace_shared_preferences._success(client=self._client, raw=raw)

    async def patch_default(
        self,
        *,
        body: list[JsonPatch],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Patch default preferences

        ``PATCH /preferences/`` (patch_default_preferences).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _patch_default_preferences._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _patch_default_preferences._success(client=self._client, raw=raw)

    async def patch_project_personal(
        self,
        project_id: str,
        *,
        body: list[JsonPatch],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Patch the current user's project preferences

        ``PATCH /project/{project_id}/preferences/user/`` (patch_project_personal_preferences).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _patch_project_personal_preferences._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _patch_project_personal_preferences._success(client=self._client, raw=raw)

    async def patch_project_shared(
        self,
        project_id: str,
        *,
        body: list[JsonPatch],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Patch team-shared project preferences

        ``PATCH /project/{project_id}/preferences/`` (patch_project_shared_preferences).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _patch_project_shared_preferences._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _patch_project_shared_preferences._success(client=self._client, raw=raw)

    async def patch_workspace_personal(
        self,
        workspace_id: str,
        *,
        body: list[JsonPatch],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Patch the current user's workspace preferences

        ``PATCH /workspace/{workspace_id}/preferences/user/`` (patch_workspace_personal_preferences).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _patch_workspace_personal_preferences._get_kwargs(
                workspace_id=workspace_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _patch_workspace_personal_preferences._success(client=self._client, raw=raw)

    async def patch_workspace_shared(
        self,
        workspace_id: str,
        *,
        body: list[JsonPatch],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Patch team-shared workspace preferences

        ``PATCH /workspace/{workspace_id}/preferences/`` (patch_workspace_shared_preferences).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _patch_workspace_shared_preferences._get_kwargs(
                workspace_id=workspace_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _patch_workspace_shared_preferences._success(client=self._client, raw=raw)

    async def reset_user(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Reset all of the user's preferences

        ``DELETE /preferences/user/`` (reset_user_preferences).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _reset_user_preferences._get_kwargs(),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _reset_user_preferences._success(client=self._client, raw=raw)

    async def save_default(
        self,
        *,
        body: Preferences,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Save default preferences

        ``PUT /preferences/`` (save_default_preferences).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _save_default_preferences._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _save_default_preferences._success(client=self._client, raw=raw)

    async def save_project_personal(
        self,
        project_id: str,
        *,
        body: Preferences,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Save the current user's project preferences

        ``PUT /project/{project_id}/preferences/user/`` (save_project_personal_preferences).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _save_project_personal_preferences._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _save_project_personal_preferences._success(client=self._client, raw=raw)

    async def save_project_shared(
        self,
        project_id: str,
        *,
        body: Preferences,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Save team-shared project preferences

        ``PUT /project/{project_id}/preferences/`` (save_project_shared_preferences).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _save_project_shared_preferences._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _save_project_shared_preferences._success(client=self._client, raw=raw)

    async def save_workspace_personal(
        self,
        workspace_id: str,
        *,
        body: Preferences,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Save the current user's workspace preferences

        ``PUT /workspace/{workspace_id}/preferences/user/`` (save_workspace_personal_preferences).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _save_workspace_personal_preferences._get_kwargs(
                workspace_id=workspace_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _save_workspace_personal_preferences._success(client=self._client, raw=raw)

    async def save_workspace_shared(
        self,
        workspace_id: str,
        *,
        body: Preferences,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Save team-shared workspace preferences

        ``PUT /workspace/{workspace_id}/preferences/`` (save_workspace_shared_preferences).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _save_workspace_shared_preferences._get_kwargs(
                workspace_id=workspace_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _save_workspace_shared_preferences._success(client=self._client, raw=raw)


class AsyncPreferencesResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """Preferences, each method returning the whole ``Response`` (async)."""

    async def load_default(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | LoadDefaultPreferencesResponse]:
        """Get default preferences

        ``GET /preferences/`` (load_default_preferences).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _load_default_preferences._get_kwargs(),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _load_default_preferences._build_response(client=self._client, response=raw)

    async def load_project_personal(
        self,
        project_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | LoadProjectPersonalPreferencesResponse]:
        """Get the current user's project preferences

        ``GET /project/{project_id}/preferences/user/`` (load_project_personal_preferences).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _load_project_personal_preferences._get_kwargs(
                project_id=project_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _load_project_personal_preferences._build_response(client=self._client, response=raw)

    async def load_project_shared(
        self,
        project_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | LoadProjectSharedPreferencesResponse]:
        """Get team-shared project preferences

        ``GET /project/{project_id}/preferences/`` (load_project_shared_preferences).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _load_project_shared_preferences._get_kwargs(
                project_id=project_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _load_project_shared_preferences._build_response(client=self._client, response=raw)

    async def load_workspace_personal(
        self,
        workspace_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | LoadWorkspacePersonalPreferencesResponse]:
        """Get the current user's workspace preferences

        ``GET /workspace/{workspace_id}/preferences/user/`` (load_workspace_personal_preferences).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _load_workspace_personal_preferences._get_kwargs(
                workspace_id=workspace_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _load_workspace_personal_preferences._build_response(client=self._client, response=raw)

    async def load_workspace_shared(
        self,
        workspace_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | LoadWorkspaceSharedPreferencesResponse]:
        """Get team-shared workspace preferences

        ``GET /workspace/{workspace_id}/preferences/`` (load_workspace_shared_preferences).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _load_workspace_shared_preferences._get_kwargs(
                workspace_id=workspace_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _load_workspace_shared_preferences._build_response(client=self._client, response=raw)

    async def patch_default(
        self,
        *,
        body: list[JsonPatch],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Patch default preferences

        ``PATCH /preferences/`` (patch_default_preferences).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _patch_default_preferences._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _patch_default_preferences._build_response(client=self._client, response=raw)

    async def patch_project_personal(
        self,
        project_id: str,
        *,
        body: list[JsonPatch],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Patch the current user's project preferences

        ``PATCH /project/{project_id}/preferences/user/`` (patch_project_personal_preferences).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _patch_project_personal_preferences._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _patch_project_personal_preferences._build_response(client=self._client, response=raw)

    async def patch_project_shared(
        self,
        project_id: str,
        *,
        body: list[JsonPatch],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Patch team-shared project preferences

        ``PATCH /project/{project_id}/preferences/`` (patch_project_shared_preferences).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _patch_project_shared_preferences._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _patch_project_shared_preferences._build_response(client=self._client, response=raw)

    async def patch_workspace_personal(
        self,
        workspace_id: str,
        *,
        body: list[JsonPatch],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Patch the current user's workspace preferences

        ``PATCH /workspace/{workspace_id}/preferences/user/`` (patch_workspace_personal_preferences).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _patch_workspace_personal_preferences._get_kwargs(
                workspace_id=workspace_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _patch_workspace_personal_preferences._build_response(client=self._client, response=raw)

    async def patch_workspace_shared(
        self,
        workspace_id: str,
        *,
        body: list[JsonPatch],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Patch team-shared workspace preferences

        ``PATCH /workspace/{workspace_id}/preferences/`` (patch_workspace_shared_preferences).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _patch_workspace_shared_preferences._get_kwargs(
                workspace_id=workspace_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _patch_workspace_shared_preferences._build_response(client=self._client, response=raw)

    async def reset_user(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Reset all of the user's preferences

        ``DELETE /preferences/user/`` (reset_user_preferences).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _reset_user_preferences._get_kwargs(),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _reset_user_preferences._build_response(client=self._client, response=raw)

    async def save_default(
        self,
        *,
        body: Preferences,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Save default preferences

        ``PUT /preferences/`` (save_default_preferences).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _save_default_preferences._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _save_default_preferences._build_response(client=self._client, response=raw)

    async def save_project_personal(
        self,
        project_id: str,
        *,
        body: Preferences,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Save the current user's project preferences

        ``PUT /project/{project_id}/preferences/user/`` (save_project_personal_preferences).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _save_project_personal_preferences._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _save_project_personal_preferences._build_response(client=self._client, response=raw)

    async def save_project_shared(
        self,
        project_id: str,
        *,
        body: Preferences,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Save team-shared project preferences

        ``PUT /project/{project_id}/preferences/`` (save_project_shared_preferences).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _save_project_shared_preferences._get_kwargs(
                project_id=project_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _save_project_shared_preferences._build_response(client=self._client, response=raw)

    async def save_workspace_personal(
        self,
        workspace_id: str,
        *,
        body: Preferences,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Save the current user's workspace preferences

        ``PUT /workspace/{workspace_id}/preferences/user/`` (save_workspace_personal_preferences).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _save_workspace_personal_preferences._get_kwargs(
                workspace_id=workspace_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _save_workspace_personal_preferences._build_response(client=self._client, response=raw)

    async def save_workspace_shared(
        self,
        workspace_id: str,
        *,
        body: Preferences,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Save team-shared workspace preferences

        ``PUT /workspace/{workspace_id}/preferences/`` (save_workspace_shared_preferences).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _save_workspace_shared_preferences._get_kwargs(
                workspace_id=workspace_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _save_workspace_shared_preferences._build_response(client=self._client, response=raw)
