"""User: one method per operation. Generated from the spec; do not edit."""

# Annotations name classes defined further down and builtins a method may shadow (``list``).
from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, overload

import httpx

from .. import _runtime, pagination
from ..api.user import accept_invitation as _accept_invitation
from ..api.user import add_api_key_login as _add_api_key_login
from ..api.user import change_password as _change_password
from ..api.user import configure_mfa_email_totp_code as _configure_mfa_email_totp_code
from ..api.user import create_user as _create_user
from ..api.user import decline_invitation as _decline_invitation
from ..api.user import delete_api_key_login as _delete_api_key_login
from ..api.user import delete_user as _delete_user
from ..api.user import get_all_users as _get_all_users
from ..api.user import get_current_user as _get_current_user
from ..api.user import get_public_user_profile as _get_public_user_profile
from ..api.user import get_public_user_profiles as _get_public_user_profiles
from ..api.user import get_user as _get_user
from ..api.user import request_password_reset as _request_password_reset
from ..api.user import reset_password as _reset_password
from ..api.user import revoke_all_tokens as _revoke_all_tokens
from ..api.user import update_user as _update_user
from ..client import BaseClient
from ..models.add_api_key_login_response import AddApiKeyLoginResponse
from ..models.add_api_key_request import AddApiKeyRequest
from ..models.configure_email_code_mfa_request import ConfigureEmailCodeMfaRequest
from ..models.error_response import ErrorResponse
from ..models.get_all_users_response import GetAllUsersResponse
from ..models.get_current_user_response import GetCurrentUserResponse
from ..models.get_public_user_profile_response import GetPublicUserProfileResponse
from ..models.get_public_user_profiles_response import GetPublicUserProfilesResponse
from ..models.get_user_response import GetUserResponse
from ..models.update_user_request import UpdateUserRequest
from ..models.update_user_response import UpdateUserResponse
from ..models.user import User
from ..models.user_change_password_request import UserChangePasswordRequest
from ..models.user_creation_password_credential import UserCreationPasswordCredential
from ..models.user_creation_request import UserCreationRequest
from ..models.user_password_reset_request import UserPasswordResetRequest
from ..models.user_reset_password_request import UserResetPasswordRequest
from ..types import UNSET, Response, Unset

if TYPE_CHECKING:
    from .user_presence import (
        AsyncUserPresenceResource,
        AsyncUserPresenceResourceWithRawResponse,
        UserPresenceResource,
        UserPresenceResourceWithRawResponse,
    )


class UserResource(_runtime.Resource[BaseClient]):
    """User."""

    @cached_property
    def presence(self) -> UserPresenceResource:
        from .user_presence import UserPresenceResource

        return UserPresenceResource(self._client)

    @cached_property
    def with_raw_response(self) -> UserResourceWithRawResponse:
        return UserResourceWithRawResponse(self._client)

    def accept_invitation(
        self,
        user_id: str,
        invitation_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Accept an invitation

        ``POST /user/{user_id}/invitations/{invitation_id}/`` (accept_invitation).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _accept_invitation._get_kwargs(
                user_id=user_id,
                invitation_id=invitation_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _accept_invitation._success(client=self._client, raw=raw)

    @overload
    def add_api_key_login(
        self,
        user_id: str,
        *,
        title: str,
        expiration_time_seconds: int | None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AddApiKeyLoginResponse: ...

    @overload
    def add_api_key_login(
        self,
        user_id: str,
        *,
        body: AddApiKeyRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AddApiKeyLoginResponse: ...

    def add_api_key_login(
        self,
        user_id: str,
        *,
        body: AddApiKeyRequest | Unset = UNSET,
        title: str | Unset = UNSET,
        expiration_time_seconds: int | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AddApiKeyLoginResponse:
        """Add an API key

        ``POST /user/{user_id}/login/api-key/`` (add_api_key_login).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                AddApiKeyRequest,
                {
                    "title": title,
                    "expiration_time_seconds": expiration_time_seconds,
                },
                required=(
                    "title",
                    "expiration_time_seconds",
                ),
                unset=UNSET,
                operation="add_api_key_login",
            )
        request = _runtime.with_options(
            _add_api_key_login._get_kwargs(
                user_id=user_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _add_api_key_login._success(client=self._client, raw=raw)

    @overload
    def change_password(
        self,
        user_id: str,
        *,
        current_password: str,
        new_password: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    @overload
    def change_password(
        self,
        user_id: str,
        *,
        body: UserChangePasswordRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    def change_password(
        self,
        user_id: str,
        *,
        body: UserChangePasswordRequest | Unset = UNSET,
        current_password: str | Unset = UNSET,
        new_password: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Change a user's password

        ``POST /user/{user_id}/login/password/`` (change_password).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UserChangePasswordRequest,
                {
                    "current_password": current_password,
                    "new_password": new_password,
                },
                required=(
                    "current_password",
                    "new_password",
                ),
                unset=UNSET,
                operation="change_password",
            )
        request = _runtime.with_options(
            _change_password._get_kwargs(
                user_id=user_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _change_password._success(client=self._client, raw=raw)

    @overload
    def configure_mfa_email_totp_code(
        self,
        user_id: str,
        *,
        is_enabled: bool,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    @overload
    def configure_mfa_email_totp_code(
        self,
        user_id: str,
        *,
        body: ConfigureEmailCodeMfaRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    def configure_mfa_email_totp_code(
        self,
        user_id: str,
        *,
        body: ConfigureEmailCodeMfaRequest | Unset = UNSET,
        is_enabled: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Configure email-code MFA

        ``POST /user/{user_id}/mfa/email-code/`` (configure_mfa_email_totp_code).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                ConfigureEmailCodeMfaRequest,
                {
                    "is_enabled": is_enabled,
                },
                required=("is_enabled",),
                unset=UNSET,
                operation="configure_mfa_email_totp_code",
            )
        request = _runtime.with_options(
            _configure_mfa_email_totp_code._get_kwargs(
                user_id=user_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _configure_mfa_email_totp_code._success(client=self._client, raw=raw)

    @overload
    def create(
        self,
        *,
        name: str,
        email: str,
        password_credential: None | UserCreationPasswordCredential,
        picture_url: None | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    @overload
    def create(
        self,
        *,
        body: UserCreationRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    def create(
        self,
        *,
        body: UserCreationRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        password_credential: None | UserCreationPasswordCredential | Unset = UNSET,
        picture_url: None | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Create (register) a user

        ``PUT /user/`` (create_user).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UserCreationRequest,
                {
                    "name": name,
                    "email": email,
                    "password_credential": password_credential,
                    "picture_url": picture_url,
                },
                required=(
                    "name",
                    "email",
                    "password_credential",
                ),
                unset=UNSET,
                operation="create",
            )
        request = _runtime.with_options(
            _create_user._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _create_user._success(client=self._client, raw=raw)

    def decline_invitation(
        self,
        user_id: str,
        invitation_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Decline an invitation

        ``DELETE /user/{user_id}/invitations/{invitation_id}/`` (decline_invitation).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _decline_invitation._get_kwargs(
                user_id=user_id,
                invitation_id=invitation_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _decline_invitation._success(client=self._client, raw=raw)

    def delete(
        self,
        user_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Delete (soft-delete) a user

        ``DELETE /user/{user_id}/`` (delete_user).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _delete_user._get_kwargs(
                user_id=user_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _delete_user._success(client=self._client, raw=raw)

    def delete_api_key_login(
        self,
        user_id: str,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Delete an API key

        ``DELETE /user/{user_id}/login/api-key/`` (delete_api_key_login).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _delete_api_key_login._get_kwargs(
                user_id=user_id,
                id=id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _delete_api_key_login._success(client=self._client, raw=raw)

    def get(
        self,
        user_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetUserResponse:
        """Get a user

        ``GET /user/{user_id}/`` (get_user).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_user._get_kwargs(
                user_id=user_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_user._success(client=self._client, raw=raw)

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
    ) -> GetAllUsersResponse:
        """List all users

        ``GET /user/`` (get_all_users).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_all_users._get_kwargs(
                skip=skip,
                take=take,
                query=query,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_all_users._success(client=self._client, raw=raw)

    def iter_all(
        self,
        *,
        query: str | Unset = UNSET,
        page_size: int = 100,
        start: int = 0,
    ) -> Iterator[User]:
        """Every item of ``get_all``, across all pages, fetched lazily one page at a time."""
        return pagination.iter_get_all_users(
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
    ) -> GetCurrentUserResponse:
        """Get the current user

        ``GET /user/me/`` (get_current_user).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_current_user._get_kwargs(),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_current_user._success(client=self._client, raw=raw)

    def get_public_profile(
        self,
        user_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetPublicUserProfileResponse:
        """Get a user's public profile

        ``GET /user/{user_id}/public/`` (get_public_user_profile).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_public_user_profile._get_kwargs(
                user_id=user_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_public_user_profile._success(client=self._client, raw=raw)

    def get_public_profiles(
        self,
        *,
        body: list[str],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetPublicUserProfilesResponse:
        """Get public profiles of users

        ``POST /user/public/`` (get_public_user_profiles).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_public_user_profiles._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_public_user_profiles._success(client=self._client, raw=raw)

    @overload
    def request_password_reset(
        self,
        *,
        email: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    @overload
    def request_password_reset(
        self,
        *,
        body: UserPasswordResetRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    def request_password_reset(
        self,
        *,
        body: UserPasswordResetRequest | Unset = UNSET,
        email: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Request a password reset

        ``PUT /user/password-reset/`` (request_password_reset).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UserPasswordResetRequest,
                {
                    "email": email,
                },
                required=("email",),
                unset=UNSET,
                operation="request_password_reset",
            )
        request = _runtime.with_options(
            _request_password_reset._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _request_password_reset._success(client=self._client, raw=raw)

    @overload
    def reset_password(
        self,
        *,
        code: str,
        new_password: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    @overload
    def reset_password(
        self,
        *,
        body: UserResetPasswordRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    def reset_password(
        self,
        *,
        body: UserResetPasswordRequest | Unset = UNSET,
        code: str | Unset = UNSET,
        new_password: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Reset the password with the emailed code

        ``POST /user/password-reset/`` (reset_password).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UserResetPasswordRequest,
                {
                    "code": code,
                    "new_password": new_password,
                },
                required=(
                    "code",
                    "new_password",
                ),
                unset=UNSET,
                operation="reset_password",
            )
        request = _runtime.with_options(
            _reset_password._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _reset_password._success(client=self._client, raw=raw)

    def revoke_all_tokens(
        self,
        user_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Revoke all tokens of a user

        ``DELETE /user/{user_id}/login/tokens/`` (revoke_all_tokens).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _revoke_all_tokens._get_kwargs(
                user_id=user_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _revoke_all_tokens._success(client=self._client, raw=raw)

    @overload
    def update(
        self,
        user_id: str,
        *,
        new_name: None | str | Unset = UNSET,
        new_email: None | str | Unset = UNSET,
        new_picture_url: None | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateUserResponse: ...

    @overload
    def update(
        self,
        user_id: str,
        *,
        body: UpdateUserRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateUserResponse: ...

    def update(
        self,
        user_id: str,
        *,
        body: UpdateUserRequest | Unset = UNSET,
        new_name: None | str | Unset = UNSET,
        new_email: None | str | Unset = UNSET,
        new_picture_url: None | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateUserResponse:
        """Update a user

        ``POST /user/{user_id}/`` (update_user).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UpdateUserRequest,
                {
                    "new_name": new_name,
                    "new_email": new_email,
                    "new_picture_url": new_picture_url,
                },
                required=(),
                unset=UNSET,
                operation="update",
            )
        request = _runtime.with_options(
            _update_user._get_kwargs(
                user_id=user_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _update_user._success(client=self._client, raw=raw)


class UserResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """User, each method returning the whole ``Response``."""

    @cached_property
    def presence(self) -> UserPresenceResourceWithRawResponse:
        from .user_presence import UserPresenceResourceWithRawResponse

        return UserPresenceResourceWithRawResponse(self._client)

    def accept_invitation(
        self,
        user_id: str,
        invitation_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Accept an invitation

        ``POST /user/{user_id}/invitations/{invitation_id}/`` (accept_invitation).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _accept_invitation._get_kwargs(
                user_id=user_id,
                invitation_id=invitation_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _accept_invitation._build_response(client=self._client, response=raw)

    @overload
    def add_api_key_login(
        self,
        user_id: str,
        *,
        title: str,
        expiration_time_seconds: int | None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[AddApiKeyLoginResponse | ErrorResponse]: ...

    @overload
    def add_api_key_login(
        self,
        user_id: str,
        *,
        body: AddApiKeyRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[AddApiKeyLoginResponse | ErrorResponse]: ...

    def add_api_key_login(
        self,
        user_id: str,
        *,
        body: AddApiKeyRequest | Unset = UNSET,
        title: str | Unset = UNSET,
        expiration_time_seconds: int | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[AddApiKeyLoginResponse | ErrorResponse]:
        """Add an API key

        ``POST /user/{user_id}/login/api-key/`` (add_api_key_login).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                AddApiKeyRequest,
                {
                    "title": title,
                    "expiration_time_seconds": expiration_time_seconds,
                },
                required=(
                    "title",
                    "expiration_time_seconds",
                ),
                unset=UNSET,
                operation="add_api_key_login",
            )
        request = _runtime.with_options(
            _add_api_key_login._get_kwargs(
                user_id=user_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _add_api_key_login._build_response(client=self._client, response=raw)

    @overload
    def change_password(
        self,
        user_id: str,
        *,
        current_password: str,
        new_password: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    @overload
    def change_password(
        self,
        user_id: str,
        *,
        body: UserChangePasswordRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    def change_password(
        self,
        user_id: str,
        *,
        body: UserChangePasswordRequest | Unset = UNSET,
        current_password: str | Unset = UNSET,
        new_password: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Change a user's password

        ``POST /user/{user_id}/login/password/`` (change_password).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UserChangePasswordRequest,
                {
                    "current_password": current_password,
                    "new_password": new_password,
                },
                required=(
                    "current_password",
                    "new_password",
                ),
                unset=UNSET,
                operation="change_password",
            )
        request = _runtime.with_options(
            _change_password._get_kwargs(
                user_id=user_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _change_password._build_response(client=self._client, response=raw)

    @overload
    def configure_mfa_email_totp_code(
        self,
        user_id: str,
        *,
        is_enabled: bool,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    @overload
    def configure_mfa_email_totp_code(
        self,
        user_id: str,
        *,
        body: ConfigureEmailCodeMfaRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    def configure_mfa_email_totp_code(
        self,
        user_id: str,
        *,
        body: ConfigureEmailCodeMfaRequest | Unset = UNSET,
        is_enabled: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Configure email-code MFA

        ``POST /user/{user_id}/mfa/email-code/`` (configure_mfa_email_totp_code).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                ConfigureEmailCodeMfaRequest,
                {
                    "is_enabled": is_enabled,
                },
                required=("is_enabled",),
                unset=UNSET,
                operation="configure_mfa_email_totp_code",
            )
        request = _runtime.with_options(
            _configure_mfa_email_totp_code._get_kwargs(
                user_id=user_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _configure_mfa_email_totp_code._build_response(client=self._client, response=raw)

    @overload
    def create(
        self,
        *,
        name: str,
        email: str,
        password_credential: None | UserCreationPasswordCredential,
        picture_url: None | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    @overload
    def create(
        self,
        *,
        body: UserCreationRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    def create(
        self,
        *,
        body: UserCreationRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        password_credential: None | UserCreationPasswordCredential | Unset = UNSET,
        picture_url: None | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Create (register) a user

        ``PUT /user/`` (create_user).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UserCreationRequest,
                {
                    "name": name,
                    "email": email,
                    "password_credential": password_credential,
                    "picture_url": picture_url,
                },
                required=(
                    "name",
                    "email",
                    "password_credential",
                ),
                unset=UNSET,
                operation="create",
            )
        request = _runtime.with_options(
            _create_user._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _create_user._build_response(client=self._client, response=raw)

    def decline_invitation(
        self,
        user_id: str,
        invitation_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Decline an invitation

        ``DELETE /user/{user_id}/invitations/{invitation_id}/`` (decline_invitation).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _decline_invitation._get_kwargs(
                user_id=user_id,
                invitation_id=invitation_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _decline_invitation._build_response(client=self._client, response=raw)

    def delete(
        self,
        user_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Delete (soft-delete) a user

        ``DELETE /user/{user_id}/`` (delete_user).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _delete_user._get_kwargs(
                user_id=user_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _delete_user._build_response(client=self._client, response=raw)

    def delete_api_key_login(
        self,
        user_id: str,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Delete an API key

        ``DELETE /user/{user_id}/login/api-key/`` (delete_api_key_login).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _delete_api_key_login._get_kwargs(
                user_id=user_id,
                id=id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _delete_api_key_login._build_response(client=self._client, response=raw)

    def get(
        self,
        user_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetUserResponse]:
        """Get a user

        ``GET /user/{user_id}/`` (get_user).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_user._get_kwargs(
                user_id=user_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_user._build_response(client=self._client, response=raw)

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
    ) -> Response[ErrorResponse | GetAllUsersResponse]:
        """List all users

        ``GET /user/`` (get_all_users).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_all_users._get_kwargs(
                skip=skip,
                take=take,
                query=query,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_all_users._build_response(client=self._client, response=raw)

    def get_current(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetCurrentUserResponse]:
        """Get the current user

        ``GET /user/me/`` (get_current_user).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_current_user._get_kwargs(),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_current_user._build_response(client=self._client, response=raw)

    def get_public_profile(
        self,
        user_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetPublicUserProfileResponse]:
        """Get a user's public profile

        ``GET /user/{user_id}/public/`` (get_public_user_profile).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_public_user_profile._get_kwargs(
                user_id=user_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_public_user_profile._build_response(client=self._client, response=raw)

    def get_public_profiles(
        self,
        *,
        body: list[str],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetPublicUserProfilesResponse]:
        """Get public profiles of users

        ``POST /user/public/`` (get_public_user_profiles).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_public_user_profiles._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_public_user_profiles._build_response(client=self._client, response=raw)

    @overload
    def request_password_reset(
        self,
        *,
        email: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    @overload
    def request_password_reset(
        self,
        *,
        body: UserPasswordResetRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    def request_password_reset(
        self,
        *,
        body: UserPasswordResetRequest | Unset = UNSET,
        email: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Request a password reset

        ``PUT /user/password-reset/`` (request_password_reset).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UserPasswordResetRequest,
                {
                    "email": email,
                },
                required=("email",),
                unset=UNSET,
                operation="request_password_reset",
            )
        request = _runtime.with_options(
            _request_password_reset._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _request_password_reset._build_response(client=self._client, response=raw)

    @overload
    def reset_password(
        self,
        *,
        code: str,
        new_password: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    @overload
    def reset_password(
        self,
        *,
        body: UserResetPasswordRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    def reset_password(
        self,
        *,
        body: UserResetPasswordRequest | Unset = UNSET,
        code: str | Unset = UNSET,
        new_password: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Reset the password with the emailed code

        ``POST /user/password-reset/`` (reset_password).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UserResetPasswordRequest,
                {
                    "code": code,
                    "new_password": new_password,
                },
                required=(
                    "code",
                    "new_password",
                ),
                unset=UNSET,
                operation="reset_password",
            )
        request = _runtime.with_options(
            _reset_password._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _reset_password._build_response(client=self._client, response=raw)

    def revoke_all_tokens(
        self,
        user_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Revoke all tokens of a user

        ``DELETE /user/{user_id}/login/tokens/`` (revoke_all_tokens).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _revoke_all_tokens._get_kwargs(
                user_id=user_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _revoke_all_tokens._build_response(client=self._client, response=raw)

    @overload
    def update(
        self,
        user_id: str,
        *,
        new_name: None | str | Unset = UNSET,
        new_email: None | str | Unset = UNSET,
        new_picture_url: None | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | UpdateUserResponse]: ...

    @overload
    def update(
        self,
        user_id: str,
        *,
        body: UpdateUserRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | UpdateUserResponse]: ...

    def update(
        self,
        user_id: str,
        *,
        body: UpdateUserRequest | Unset = UNSET,
        new_name: None | str | Unset = UNSET,
        new_email: None | str | Unset = UNSET,
        new_picture_url: None | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | UpdateUserResponse]:
        """Update a user

        ``POST /user/{user_id}/`` (update_user).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UpdateUserRequest,
                {
                    "new_name": new_name,
                    "new_email": new_email,
                    "new_picture_url": new_picture_url,
                },
                required=(),
                unset=UNSET,
                operation="update",
            )
        request = _runtime.with_options(
            _update_user._get_kwargs(
                user_id=user_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _update_user._build_response(client=self._client, response=raw)


class AsyncUserResource(_runtime.Resource[BaseClient]):
    """User (async)."""

    @cached_property
    def presence(self) -> AsyncUserPresenceResource:
        from .user_presence import AsyncUserPresenceResource

        return AsyncUserPresenceResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncUserResourceWithRawResponse:
        return AsyncUserResourceWithRawResponse(self._client)

    async def accept_invitation(
        self,
        user_id: str,
        invitation_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Accept an invitation

        ``POST /user/{user_id}/invitations/{invitation_id}/`` (accept_invitation).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _accept_invitation._get_kwargs(
                user_id=user_id,
                invitation_id=invitation_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _accept_invitation._success(client=self._client, raw=raw)

    @overload
    async def add_api_key_login(
        self,
        user_id: str,
        *,
        title: str,
        expiration_time_seconds: int | None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AddApiKeyLoginResponse: ...

    @overload
    async def add_api_key_login(
        self,
        user_id: str,
        *,
        body: AddApiKeyRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AddApiKeyLoginResponse: ...

    async def add_api_key_login(
        self,
        user_id: str,
        *,
        body: AddApiKeyRequest | Unset = UNSET,
        title: str | Unset = UNSET,
        expiration_time_seconds: int | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AddApiKeyLoginResponse:
        """Add an API key

        ``POST /user/{user_id}/login/api-key/`` (add_api_key_login).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                AddApiKeyRequest,
                {
                    "title": title,
                    "expiration_time_seconds": expiration_time_seconds,
                },
                required=(
                    "title",
                    "expiration_time_seconds",
                ),
                unset=UNSET,
                operation="add_api_key_login",
            )
        request = _runtime.with_options(
            _add_api_key_login._get_kwargs(
                user_id=user_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _add_api_key_login._success(client=self._client, raw=raw)

    @overload
    async def change_password(
        self,
        user_id: str,
        *,
        current_password: str,
        new_password: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    @overload
    async def change_password(
        self,
        user_id: str,
        *,
        body: UserChangePasswordRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    async def change_password(
        self,
        user_id: str,
        *,
        body: UserChangePasswordRequest | Unset = UNSET,
        current_password: str | Unset = UNSET,
        new_password: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Change a user's password

        ``POST /user/{user_id}/login/password/`` (change_password).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UserChangePasswordRequest,
                {
                    "current_password": current_password,
                    "new_password": new_password,
                },
                required=(
                    "current_password",
                    "new_password",
                ),
                unset=UNSET,
                operation="change_password",
            )
        request = _runtime.with_options(
            _change_password._get_kwargs(
                user_id=user_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _change_password._success(client=self._client, raw=raw)

    @overload
    async def configure_mfa_email_totp_code(
        self,
        user_id: str,
        *,
        is_enabled: bool,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    @overload
    async def configure_mfa_email_totp_code(
        self,
        user_id: str,
        *,
        body: ConfigureEmailCodeMfaRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    async def configure_mfa_email_totp_code(
        self,
        user_id: str,
        *,
        body: ConfigureEmailCodeMfaRequest | Unset = UNSET,
        is_enabled: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Configure email-code MFA

        ``POST /user/{user_id}/mfa/email-code/`` (configure_mfa_email_totp_code).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                ConfigureEmailCodeMfaRequest,
                {
                    "is_enabled": is_enabled,
                },
                required=("is_enabled",),
                unset=UNSET,
                operation="configure_mfa_email_totp_code",
            )
        request = _runtime.with_options(
            _configure_mfa_email_totp_code._get_kwargs(
                user_id=user_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _configure_mfa_email_totp_code._success(client=self._client, raw=raw)

    @overload
    async def create(
        self,
        *,
        name: str,
        email: str,
        password_credential: None | UserCreationPasswordCredential,
        picture_url: None | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    @overload
    async def create(
        self,
        *,
        body: UserCreationRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    async def create(
        self,
        *,
        body: UserCreationRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        password_credential: None | UserCreationPasswordCredential | Unset = UNSET,
        picture_url: None | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Create (register) a user

        ``PUT /user/`` (create_user).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UserCreationRequest,
                {
                    "name": name,
                    "email": email,
                    "password_credential": password_credential,
                    "picture_url": picture_url,
                },
                required=(
                    "name",
                    "email",
                    "password_credential",
                ),
                unset=UNSET,
                operation="create",
            )
        request = _runtime.with_options(
            _create_user._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _create_user._success(client=self._client, raw=raw)

    async def decline_invitation(
        self,
        user_id: str,
        invitation_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Decline an invitation

        ``DELETE /user/{user_id}/invitations/{invitation_id}/`` (decline_invitation).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _decline_invitation._get_kwargs(
                user_id=user_id,
                invitation_id=invitation_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _decline_invitation._success(client=self._client, raw=raw)

    async def delete(
        self,
        user_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Delete (soft-delete) a user

        ``DELETE /user/{user_id}/`` (delete_user).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _delete_user._get_kwargs(
                user_id=user_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _delete_user._success(client=self._client, raw=raw)

    async def delete_api_key_login(
        self,
        user_id: str,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Delete an API key

        ``DELETE /user/{user_id}/login/api-key/`` (delete_api_key_login).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _delete_api_key_login._get_kwargs(
                user_id=user_id,
                id=id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _delete_api_key_login._success(client=self._client, raw=raw)

    async def get(
        self,
        user_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetUserResponse:
        """Get a user

        ``GET /user/{user_id}/`` (get_user).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_user._get_kwargs(
                user_id=user_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_user._success(client=self._client, raw=raw)

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
    ) -> GetAllUsersResponse:
        """List all users

        ``GET /user/`` (get_all_users).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_all_users._get_kwargs(
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
        return _get_all_users._success(client=self._client, raw=raw)

    def iter_all(
        self,
        *,
        query: str | Unset = UNSET,
        page_size: int = 100,
        start: int = 0,
    ) -> AsyncIterator[User]:
        """Every item of ``get_all``, across all pages, fetched lazily one page at a time."""
        return pagination.aiter_get_all_users(
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
    ) -> GetCurrentUserResponse:
        """Get the current user

        ``GET /user/me/`` (get_current_user).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_current_user._get_kwargs(),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_current_user._success(client=self._client, raw=raw)

    async def get_public_profile(
        self,
        user_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetPublicUserProfileResponse:
        """Get a user's public profile

        ``GET /user/{user_id}/public/`` (get_public_user_profile).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_public_user_profile._get_kwargs(
                user_id=user_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_public_user_profile._success(client=self._client, raw=raw)

    async def get_public_profiles(
        self,
        *,
        body: list[str],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetPublicUserProfilesResponse:
        """Get public profiles of users

        ``POST /user/public/`` (get_public_user_profiles).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_public_user_profiles._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_public_user_profiles._success(client=self._client, raw=raw)

    @overload
    async def request_password_reset(
        self,
        *,
        email: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    @overload
    async def request_password_reset(
        self,
        *,
        body: UserPasswordResetRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    async def request_password_reset(
        self,
        *,
        body: UserPasswordResetRequest | Unset = UNSET,
        email: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Request a password reset

        ``PUT /user/password-reset/`` (request_password_reset).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UserPasswordResetRequest,
                {
                    "email": email,
                },
                required=("email",),
                unset=UNSET,
                operation="request_password_reset",
            )
        request = _runtime.with_options(
            _request_password_reset._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _request_password_reset._success(client=self._client, raw=raw)

    @overload
    async def reset_password(
        self,
        *,
        code: str,
        new_password: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    @overload
    async def reset_password(
        self,
        *,
        body: UserResetPasswordRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    async def reset_password(
        self,
        *,
        body: UserResetPasswordRequest | Unset = UNSET,
        code: str | Unset = UNSET,
        new_password: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Reset the password with the emailed code

        ``POST /user/password-reset/`` (reset_password).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UserResetPasswordRequest,
                {
                    "code": code,
                    "new_password": new_password,
                },
                required=(
                    "code",
                    "new_password",
                ),
                unset=UNSET,
                operation="reset_password",
            )
        request = _runtime.with_options(
            _reset_password._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _reset_password._success(client=self._client, raw=raw)

    async def revoke_all_tokens(
        self,
        user_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Revoke all tokens of a user

        ``DELETE /user/{user_id}/login/tokens/`` (revoke_all_tokens).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _revoke_all_tokens._get_kwargs(
                user_id=user_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _revoke_all_tokens._success(client=self._client, raw=raw)

    @overload
    async def update(
        self,
        user_id: str,
        *,
        new_name: None | str | Unset = UNSET,
        new_email: None | str | Unset = UNSET,
        new_picture_url: None | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateUserResponse: ...

    @overload
    async def update(
        self,
        user_id: str,
        *,
        body: UpdateUserRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateUserResponse: ...

    async def update(
        self,
        user_id: str,
        *,
        body: UpdateUserRequest | Unset = UNSET,
        new_name: None | str | Unset = UNSET,
        new_email: None | str | Unset = UNSET,
        new_picture_url: None | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateUserResponse:
        """Update a user

        ``POST /user/{user_id}/`` (update_user).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UpdateUserRequest,
                {
                    "new_name": new_name,
                    "new_email": new_email,
                    "new_picture_url": new_picture_url,
                },
                required=(),
                unset=UNSET,
                operation="update",
            )
        request = _runtime.with_options(
            _update_user._get_kwargs(
                user_id=user_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _update_user._success(client=self._client, raw=raw)


class AsyncUserResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """User, each method returning the whole ``Response`` (async)."""

    @cached_property
    def presence(self) -> AsyncUserPresenceResourceWithRawResponse:
        from .user_presence import AsyncUserPresenceResourceWithRawResponse

        return AsyncUserPresenceResourceWithRawResponse(self._client)

    async def accept_invitation(
        self,
        user_id: str,
        invitation_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Accept an invitation

        ``POST /user/{user_id}/invitations/{invitation_id}/`` (accept_invitation).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _accept_invitation._get_kwargs(
                user_id=user_id,
                invitation_id=invitation_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _accept_invitation._build_response(client=self._client, response=raw)

    @overload
    async def add_api_key_login(
        self,
        user_id: str,
        *,
        title: str,
        expiration_time_seconds: int | None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[AddApiKeyLoginResponse | ErrorResponse]: ...

    @overload
    async def add_api_key_login(
        self,
        user_id: str,
        *,
        body: AddApiKeyRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[AddApiKeyLoginResponse | ErrorResponse]: ...

    async def add_api_key_login(
        self,
        user_id: str,
        *,
        body: AddApiKeyRequest | Unset = UNSET,
        title: str | Unset = UNSET,
        expiration_time_seconds: int | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[AddApiKeyLoginResponse | ErrorResponse]:
        """Add an API key

        ``POST /user/{user_id}/login/api-key/`` (add_api_key_login).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                AddApiKeyRequest,
                {
                    "title": title,
                    "expiration_time_seconds": expiration_time_seconds,
                },
                required=(
                    "title",
                    "expiration_time_seconds",
                ),
                unset=UNSET,
                operation="add_api_key_login",
            )
        request = _runtime.with_options(
            _add_api_key_login._get_kwargs(
                user_id=user_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _add_api_key_login._build_response(client=self._client, response=raw)

    @overload
    async def change_password(
        self,
        user_id: str,
        *,
        current_password: str,
        new_password: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    @overload
    async def change_password(
        self,
        user_id: str,
        *,
        body: UserChangePasswordRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    async def change_password(
        self,
        user_id: str,
        *,
        body: UserChangePasswordRequest | Unset = UNSET,
        current_password: str | Unset = UNSET,
        new_password: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Change a user's password

        ``POST /user/{user_id}/login/password/`` (change_password).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UserChangePasswordRequest,
                {
                    "current_password": current_password,
                    "new_password": new_password,
                },
                required=(
                    "current_password",
                    "new_password",
                ),
                unset=UNSET,
                operation="change_password",
            )
        request = _runtime.with_options(
            _change_password._get_kwargs(
                user_id=user_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _change_password._build_response(client=self._client, response=raw)

    @overload
    async def configure_mfa_email_totp_code(
        self,
        user_id: str,
        *,
        is_enabled: bool,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    @overload
    async def configure_mfa_email_totp_code(
        self,
        user_id: str,
        *,
        body: ConfigureEmailCodeMfaRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    async def configure_mfa_email_totp_code(
        self,
        user_id: str,
        *,
        body: ConfigureEmailCodeMfaRequest | Unset = UNSET,
        is_enabled: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Configure email-code MFA

        ``POST /user/{user_id}/mfa/email-code/`` (configure_mfa_email_totp_code).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                ConfigureEmailCodeMfaRequest,
                {
                    "is_enabled": is_enabled,
                },
                required=("is_enabled",),
                unset=UNSET,
                operation="configure_mfa_email_totp_code",
            )
        request = _runtime.with_options(
            _configure_mfa_email_totp_code._get_kwargs(
                user_id=user_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _configure_mfa_email_totp_code._build_response(client=self._client, response=raw)

    @overload
    async def create(
        self,
        *,
        name: str,
        email: str,
        password_credential: None | UserCreationPasswordCredential,
        picture_url: None | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    @overload
    async def create(
        self,
        *,
        body: UserCreationRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    async def create(
        self,
        *,
        body: UserCreationRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        password_credential: None | UserCreationPasswordCredential | Unset = UNSET,
        picture_url: None | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Create (register) a user

        ``PUT /user/`` (create_user).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UserCreationRequest,
                {
                    "name": name,
                    "email": email,
                    "password_credential": password_credential,
                    "picture_url": picture_url,
                },
                required=(
                    "name",
                    "email",
                    "password_credential",
                ),
                unset=UNSET,
                operation="create",
            )
        request = _runtime.with_options(
            _create_user._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _create_user._build_response(client=self._client, response=raw)

    async def decline_invitation(
        self,
        user_id: str,
        invitation_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Decline an invitation

        ``DELETE /user/{user_id}/invitations/{invitation_id}/`` (decline_invitation).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _decline_invitation._get_kwargs(
                user_id=user_id,
                invitation_id=invitation_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _decline_invitation._build_response(client=self._client, response=raw)

    async def delete(
        self,
        user_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Delete (soft-delete) a user

        ``DELETE /user/{user_id}/`` (delete_user).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _delete_user._get_kwargs(
                user_id=user_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _delete_user._build_response(client=self._client, response=raw)

    async def delete_api_key_login(
        self,
        user_id: str,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Delete an API key

        ``DELETE /user/{user_id}/login/api-key/`` (delete_api_key_login).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _delete_api_key_login._get_kwargs(
                user_id=user_id,
                id=id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _delete_api_key_login._build_response(client=self._client, response=raw)

    async def get(
        self,
        user_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetUserResponse]:
        """Get a user

        ``GET /user/{user_id}/`` (get_user).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_user._get_kwargs(
                user_id=user_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_user._build_response(client=self._client, response=raw)

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
    ) -> Response[ErrorResponse | GetAllUsersResponse]:
        """List all users

        ``GET /user/`` (get_all_users).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_all_users._get_kwargs(
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
        return _get_all_users._build_response(client=self._client, response=raw)

    async def get_current(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetCurrentUserResponse]:
        """Get the current user

        ``GET /user/me/`` (get_current_user).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_current_user._get_kwargs(),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_current_user._build_response(client=self._client, response=raw)

    async def get_public_profile(
        self,
        user_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetPublicUserProfileResponse]:
        """Get a user's public profile

        ``GET /user/{user_id}/public/`` (get_public_user_profile).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_public_user_profile._get_kwargs(
                user_id=user_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_public_user_profile._build_response(client=self._client, response=raw)

    async def get_public_profiles(
        self,
        *,
        body: list[str],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetPublicUserProfilesResponse]:
        """Get public profiles of users

        ``POST /user/public/`` (get_public_user_profiles).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_public_user_profiles._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_public_user_profiles._build_response(client=self._client, response=raw)

    @overload
    async def request_password_reset(
        self,
        *,
        email: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    @overload
    async def request_password_reset(
        self,
        *,
        body: UserPasswordResetRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    async def request_password_reset(
        self,
        *,
        body: UserPasswordResetRequest | Unset = UNSET,
        email: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Request a password reset

        ``PUT /user/password-reset/`` (request_password_reset).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UserPasswordResetRequest,
                {
                    "email": email,
                },
                required=("email",),
                unset=UNSET,
                operation="request_password_reset",
            )
        request = _runtime.with_options(
            _request_password_reset._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _request_password_reset._build_response(client=self._client, response=raw)

    @overload
    async def reset_password(
        self,
        *,
        code: str,
        new_password: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    @overload
    async def reset_password(
        self,
        *,
        body: UserResetPasswordRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    async def reset_password(
        self,
        *,
        body: UserResetPasswordRequest | Unset = UNSET,
        code: str | Unset = UNSET,
        new_password: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Reset the password with the emailed code

        ``POST /user/password-reset/`` (reset_password).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UserResetPasswordRequest,
                {
                    "code": code,
                    "new_password": new_password,
                },
                required=(
                    "code",
                    "new_password",
                ),
                unset=UNSET,
                operation="reset_password",
            )
        request = _runtime.with_options(
            _reset_password._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _reset_password._build_response(client=self._client, response=raw)

    async def revoke_all_tokens(
        self,
        user_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Revoke all tokens of a user

        ``DELETE /user/{user_id}/login/tokens/`` (revoke_all_tokens).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _revoke_all_tokens._get_kwargs(
                user_id=user_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _revoke_all_tokens._build_response(client=self._client, response=raw)

    @overload
    async def update(
        self,
        user_id: str,
        *,
        new_name: None | str | Unset = UNSET,
        new_email: None | str | Unset = UNSET,
        new_picture_url: None | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | UpdateUserResponse]: ...

    @overload
    async def update(
        self,
        user_id: str,
        *,
        body: UpdateUserRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | UpdateUserResponse]: ...

    async def update(
        self,
        user_id: str,
        *,
        body: UpdateUserRequest | Unset = UNSET,
        new_name: None | str | Unset = UNSET,
        new_email: None | str | Unset = UNSET,
        new_picture_url: None | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | UpdateUserResponse]:
        """Update a user

        ``POST /user/{user_id}/`` (update_user).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UpdateUserRequest,
                {
                    "new_name": new_name,
                    "new_email": new_email,
                    "new_picture_url": new_picture_url,
                },
                required=(),
                unset=UNSET,
                operation="update",
            )
        request = _runtime.with_options(
            _update_user._get_kwargs(
                user_id=user_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _update_user._build_response(client=self._client, response=raw)
