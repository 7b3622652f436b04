"""Authentication: one method per operation. Generated from the spec; do not edit."""

# Annotations name classes defined further down and builtins a method may shadow (``list``).
from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any, overload

import httpx

from .. import _runtime
from ..api.authentication import (
    begin_api_key_authentication_flow as _begin_api_key_authentication_flow,
)
from ..api.authentication import (
    begin_o_auth_2_authentication as _begin_o_auth_2_authentication,
)
from ..api.authentication import (
    begin_on_behalf_authentication_flow as _begin_on_behalf_authentication_flow,
)
from ..api.authentication import (
    begin_password_authentication_flow as _begin_password_authentication_flow,
)
from ..api.authentication import (
    complete_o_auth_2_authentication as _complete_o_auth_2_authentication,
)
from ..api.authentication import (
    continue_authentication_flow_with_email_totp_code as _continue_authentication_flow_with_email_totp_code,
)
from ..api.authentication import issue_one_time_code as _issue_one_time_code
from ..api.authentication import issue_token as _issue_token
from ..client import BaseClient
from ..models.api_key_authenticate_request import ApiKeyAuthenticateRequest
from ..models.authentication_provider import AuthenticationProvider
from ..models.begin_api_key_authentication_flow_response import (
    BeginApiKeyAuthenticationFlowResponse,
)
from ..models.begin_o_auth_2_authentication_response import (
    BeginOAuth2AuthenticationResponse,
)
from ..models.begin_on_behalf_authentication_flow_response import (
    BeginOnBehalfAuthenticationFlowResponse,
)
from ..models.begin_password_authentication_flow_response import (
    BeginPasswordAuthenticationFlowResponse,
)
from ..models.complete_o_auth_2_authentication_response import (
    CompleteOAuth2AuthenticationResponse,
)
from ..models.continue_authentication_flow_with_email_totp_code_response import (
    ContinueAuthenticationFlowWithEmailTotpCodeResponse,
)
from ..models.email_password_authenticate_request import (
    EmailPasswordAuthenticateRequest,
)
from ..models.email_totp_code_authenticate_request import (
    EmailTotpCodeAuthenticateRequest,
)
from ..models.error_response import ErrorResponse
from ..models.issue_one_time_code_response import IssueOneTimeCodeResponse
from ..models.issue_token_request import IssueTokenRequest
from ..models.o_auth_error_response import OAuthErrorResponse
from ..models.o_auth_success_response import OAuthSuccessResponse
from ..models.on_behalf_authenticate_request import OnBehalfAuthenticateRequest
from ..types import UNSET, Response, Unset


class AuthenticationResource(_runtime.Resource[BaseClient]):
    """Authentication."""

    @cached_property
    def with_raw_response(self) -> AuthenticationResourceWithRawResponse:
        return AuthenticationResourceWithRawResponse(self._client)

    @overload
    def begin_api_key_flow(
        self,
        *,
        api_key: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BeginApiKeyAuthenticationFlowResponse: ...

    @overload
    def begin_api_key_flow(
        self,
        *,
        body: ApiKeyAuthenticateRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BeginApiKeyAuthenticationFlowResponse: ...

    def begin_api_key_flow(
        self,
        *,
        body: ApiKeyAuthenticateRequest | Unset = UNSET,
        api_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BeginApiKeyAuthenticationFlowResponse:
        """Begin the API key authentication flow

        ``POST /auth/flow/api-key/`` (begin_api_key_authentication_flow).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                ApiKeyAuthenticateRequest,
                {
                    "api_key": api_key,
                },
                required=("api_key",),
                unset=UNSET,
                operation="begin_api_key_flow",
            )
        request = _runtime.with_options(
            _begin_api_key_authentication_flow._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _begin_api_key_authentication_flow._success(client=self._client, raw=raw)

    def begin_o_auth_2(
        self,
        authentication_provider: AuthenticationProvider,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BeginOAuth2AuthenticationResponse:
        """Prepare the OAuth 2.0 sign-in URL

        ``POST /auth/flow/oauth2/{authentication_provider}/prepare/`` (begin_o_auth_2_authentication).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _begin_o_auth_2_authentication._get_kwargs(
                authentication_provider=authentication_provider,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _begin_o_auth_2_authentication._success(client=self._client, raw=raw)

    @overload
    def begin_on_behalf_flow(
        self,
        *,
        user_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BeginOnBehalfAuthenticationFlowResponse: ...

    @overload
    def begin_on_behalf_flow(
        self,
        *,
        body: OnBehalfAuthenticateRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BeginOnBehalfAuthenticationFlowResponse: ...

    def begin_on_behalf_flow(
        self,
        *,
        body: OnBehalfAuthenticateRequest | Unset = UNSET,
        user_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BeginOnBehalfAuthenticationFlowResponse:
        """Begin authentication on behalf of another user

        ``POST /auth/flow/on-behalf/`` (begin_on_behalf_authentication_flow).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                OnBehalfAuthenticateRequest,
                {
                    "user_id": user_id,
                },
                required=("user_id",),
                unset=UNSET,
                operation="begin_on_behalf_flow",
            )
        request = _runtime.with_options(
            _begin_on_behalf_authentication_flow._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _begin_on_behalf_authentication_flow._success(client=self._client, raw=raw)

    @overload
    def begin_password_flow(
        self,
        *,
        email: str,
        password: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BeginPasswordAuthenticationFlowResponse: ...

    @overload
    def begin_password_flow(
        self,
        *,
        body: EmailPasswordAuthenticateRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BeginPasswordAuthenticationFlowResponse: ...

    def begin_password_flow(
        self,
        *,
        body: EmailPasswordAuthenticateRequest | Unset = UNSET,
        email: str | Unset = UNSET,
        password: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BeginPasswordAuthenticationFlowResponse:
        """Begin the password authentication flow

        ``POST /auth/flow/password/`` (begin_password_authentication_flow).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                EmailPasswordAuthenticateRequest,
                {
                    "email": email,
                    "password": password,
                },
                required=(
                    "email",
                    "password",
                ),
                unset=UNSET,
                operation="begin_password_flow",
            )
        request = _runtime.with_options(
            _begin_password_authentication_flow._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _begin_password_authentication_flow._success(client=self._client, raw=raw)

    def complete_o_auth_2(
        self,
        authentication_provider: AuthenticationProvider,
        *,
        code: str | Unset = UNSET,
        state: str,
        error: str | Unset = UNSET,
        error_description: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CompleteOAuth2AuthenticationResponse:
        """Complete OAuth 2.0 authentication

        ``POST /auth/flow/oauth2/{authentication_provider}/complete/`` (complete_o_auth_2_authentication).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _complete_o_auth_2_authentication._get_kwargs(
                authentication_provider=authentication_provider,
                code=code,
                state=state,
                error=error,
                error_description=error_description,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _complete_o_auth_2_authentication._success(client=self._client, raw=raw)

    @overload
    def continue_flow_with_email_totp_code(
        self,
        *,
        flow_id: str,
        code: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ContinueAuthenticationFlowWithEmailTotpCodeResponse: ...

    @overload
    def continue_flow_with_email_totp_code(
        self,
        *,
        body: EmailTotpCodeAuthenticateRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ContinueAuthenticationFlowWithEmailTotpCodeResponse: ...

    def continue_flow_with_email_totp_code(
        self,
        *,
        body: EmailTotpCodeAuthenticateRequest | Unset = UNSET,
        flow_id: str | Unset = UNSET,
        code: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ContinueAuthenticationFlowWithEmailTotpCodeResponse:
        """Continue an authentication flow with the emailed code

        ``POST /auth/flow/email-code/`` (continue_authentication_flow_with_email_totp_code).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                EmailTotpCodeAuthenticateRequest,
                {
                    "flow_id": flow_id,
                    "code": code,
                },
                required=(
                    "flow_id",
                    "code",
                ),
                unset=UNSET,
                operation="continue_flow_with_email_totp_code",
            )
        request = _runtime.with_options(
            _continue_authentication_flow_with_email_totp_code._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _continue_authentication_flow_with_email_totp_code._success(client=self._client, raw=raw)

    def issue_one_time_code(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> IssueOneTimeCodeResponse:
        """Issue a one-time authorization code

        ``POST /auth/one-time-code/`` (issue_one_time_code).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _issue_one_time_code._get_kwargs(),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _issue_one_time_code._success(client=self._client, raw=raw)

    def issue_token(
        self,
        *,
        body: IssueTokenRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> OAuthSuccessResponse:
        """Obtain an OAuth 2.0 access token

        ``POST /token/`` (issue_token).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _issue_token._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _issue_token._success(client=self._client, raw=raw)


class AuthenticationResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """Authentication, each method returning the whole ``Response``."""

    @overload
    def begin_api_key_flow(
        self,
        *,
        api_key: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[BeginApiKeyAuthenticationFlowResponse | ErrorResponse]: ...

    @overload
    def begin_api_key_flow(
        self,
        *,
        body: ApiKeyAuthenticateRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[BeginApiKeyAuthenticationFlowResponse | ErrorResponse]: ...

    def begin_api_key_flow(
        self,
        *,
        body: ApiKeyAuthenticateRequest | Unset = UNSET,
        api_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[BeginApiKeyAuthenticationFlowResponse | ErrorResponse]:
        """Begin the API key authentication flow

        ``POST /auth/flow/api-key/`` (begin_api_key_authentication_flow).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                ApiKeyAuthenticateRequest,
                {
                    "api_key": api_key,
                },
                required=("api_key",),
                unset=UNSET,
                operation="begin_api_key_flow",
            )
        request = _runtime.with_options(
            _begin_api_key_authentication_flow._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _begin_api_key_authentication_flow._build_response(client=self._client, response=raw)

    def begin_o_auth_2(
        self,
        authentication_provider: AuthenticationProvider,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[BeginOAuth2AuthenticationResponse | ErrorResponse]:
        """Prepare the OAuth 2.0 sign-in URL

        ``POST /auth/flow/oauth2/{authentication_provider}/prepare/`` (begin_o_auth_2_authentication).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _begin_o_auth_2_authentication._get_kwargs(
                authentication_provider=authentication_provider,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _begin_o_auth_2_authentication._build_response(client=self._client, response=raw)

    @overload
    def begin_on_behalf_flow(
        self,
        *,
        user_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[BeginOnBehalfAuthenticationFlowResponse | ErrorResponse]: ...

    @overload
    def begin_on_behalf_flow(
        self,
        *,
        body: OnBehalfAuthenticateRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[BeginOnBehalfAuthenticationFlowResponse | ErrorResponse]: ...

    def begin_on_behalf_flow(
        self,
        *,
        body: OnBehalfAuthenticateRequest | Unset = UNSET,
        user_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[BeginOnBehalfAuthenticationFlowResponse | ErrorResponse]:
        """Begin authentication on behalf of another user

        ``POST /auth/flow/on-behalf/`` (begin_on_behalf_authentication_flow).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                OnBehalfAuthenticateRequest,
                {
                    "user_id": user_id,
                },
                required=("user_id",),
                unset=UNSET,
                operation="begin_on_behalf_flow",
            )
        request = _runtime.with_options(
            _begin_on_behalf_authentication_flow._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _begin_on_behalf_authentication_flow._build_response(client=self._client, response=raw)

    @overload
    def begin_password_flow(
        self,
        *,
        email: str,
        password: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[BeginPasswordAuthenticationFlowResponse | ErrorResponse]: ...

    @overload
    def begin_password_flow(
        self,
        *,
        body: EmailPasswordAuthenticateRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[BeginPasswordAuthenticationFlowResponse | ErrorResponse]: ...

    def begin_password_flow(
        self,
        *,
        body: EmailPasswordAuthenticateRequest | Unset = UNSET,
        email: str | Unset = UNSET,
        password: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[BeginPasswordAuthenticationFlowResponse | ErrorResponse]:
        """Begin the password authentication flow

        ``POST /auth/flow/password/`` (begin_password_authentication_flow).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                EmailPasswordAuthenticateRequest,
                {
                    "email": email,
                    "password": password,
                },
                required=(
                    "email",
                    "password",
                ),
                unset=UNSET,
                operation="begin_password_flow",
            )
        request = _runtime.with_options(
            _begin_password_authentication_flow._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _begin_password_authentication_flow._build_response(client=self._client, response=raw)

    def complete_o_auth_2(
        self,
        authentication_provider: AuthenticationProvider,
        *,
        code: str | Unset = UNSET,
        state: str,
        error: str | Unset = UNSET,
        error_description: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[CompleteOAuth2AuthenticationResponse | ErrorResponse]:
        """Complete OAuth 2.0 authentication

        ``POST /auth/flow/oauth2/{authentication_provider}/complete/`` (complete_o_auth_2_authentication).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _complete_o_auth_2_authentication._get_kwargs(
                authentication_provider=authentication_provider,
                code=code,
                state=state,
                error=error,
                error_description=error_description,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _complete_o_auth_2_authentication._build_response(client=self._client, response=raw)

    @overload
    def continue_flow_with_email_totp_code(
        self,
        *,
        flow_id: str,
        code: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ContinueAuthenticationFlowWithEmailTotpCodeResponse | ErrorResponse]: ...

    @overload
    def continue_flow_with_email_totp_code(
        self,
        *,
        body: EmailTotpCodeAuthenticateRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ContinueAuthenticationFlowWithEmailTotpCodeResponse | ErrorResponse]: ...

    def continue_flow_with_email_totp_code(
        self,
        *,
        body: EmailTotpCodeAuthenticateRequest | Unset = UNSET,
        flow_id: str | Unset = UNSET,
        code: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ContinueAuthenticationFlowWithEmailTotpCodeResponse | ErrorResponse]:
        """Continue an authentication flow with the emailed code

        ``POST /auth/flow/email-code/`` (continue_authentication_flow_with_email_totp_code).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                EmailTotpCodeAuthenticateRequest,
                {
                    "flow_id": flow_id,
                    "code": code,
                },
                required=(
                    "flow_id",
                    "code",
                ),
                unset=UNSET,
                operation="continue_flow_with_email_totp_code",
            )
        request = _runtime.with_options(
            _continue_authentication_flow_with_email_totp_code._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _continue_authentication_flow_with_email_totp_code._build_response(client=self._client, response=raw)

    def issue_one_time_code(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | IssueOneTimeCodeResponse]:
        """Issue a one-time authorization code

        ``POST /auth/one-time-code/`` (issue_one_time_code).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _issue_one_time_code._get_kwargs(),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _issue_one_time_code._build_response(client=self._client, response=raw)

    def issue_token(
        self,
        *,
        body: IssueTokenRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | OAuthErrorResponse | OAuthSuccessResponse]:
        """Obtain an OAuth 2.0 access token

        ``POST /token/`` (issue_token).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _issue_token._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _issue_token._build_response(client=self._client, response=raw)


class AsyncAuthenticationResource(_runtime.Resource[BaseClient]):
    """Authentication (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncAuthenticationResourceWithRawResponse:
        return AsyncAuthenticationResourceWithRawResponse(self._client)

    @overload
    async def begin_api_key_flow(
        self,
        *,
        api_key: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BeginApiKeyAuthenticationFlowResponse: ...

    @overload
    async def begin_api_key_flow(
        self,
        *,
        body: ApiKeyAuthenticateRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BeginApiKeyAuthenticationFlowResponse: ...

    async def begin_api_key_flow(
        self,
        *,
        body: ApiKeyAuthenticateRequest | Unset = UNSET,
        api_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BeginApiKeyAuthenticationFlowResponse:
        """Begin the API key authentication flow

        ``POST /auth/flow/api-key/`` (begin_api_key_authentication_flow).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                ApiKeyAuthenticateRequest,
                {
                    "api_key": api_key,
                },
                required=("api_key",),
                unset=UNSET,
                operation="begin_api_key_flow",
            )
        request = _runtime.with_options(
            _begin_api_key_authentication_flow._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _begin_api_key_authentication_flow._success(client=self._client, raw=raw)

    async def begin_o_auth_2(
        self,
        authentication_provider: AuthenticationProvider,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BeginOAuth2AuthenticationResponse:
        """Prepare the OAuth 2.0 sign-in URL

        ``POST /auth/flow/oauth2/{authentication_provider}/prepare/`` (begin_o_auth_2_authentication).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _begin_o_auth_2_authentication._get_kwargs(
                authentication_provider=authentication_provider,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _begin_o_auth_2_authentication._success(client=self._client, raw=raw)

    @overload
    async def begin_on_behalf_flow(
        self,
        *,
        user_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BeginOnBehalfAuthenticationFlowResponse: ...

    @overload
    async def begin_on_behalf_flow(
        self,
        *,
        body: OnBehalfAuthenticateRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BeginOnBehalfAuthenticationFlowResponse: ...

    async def begin_on_behalf_flow(
        self,
        *,
        body: OnBehalfAuthenticateRequest | Unset = UNSET,
        user_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BeginOnBehalfAuthenticationFlowResponse:
        """Begin authentication on behalf of another user

        ``POST /auth/flow/on-behalf/`` (begin_on_behalf_authentication_flow).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                OnBehalfAuthenticateRequest,
                {
                    "user_id": user_id,
                },
                required=("user_id",),
                unset=UNSET,
                operation="begin_on_behalf_flow",
            )
        request = _runtime.with_options(
            _begin_on_behalf_authentication_flow._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _begin_on_behalf_authentication_flow._success(client=self._client, raw=raw)

    @overload
    async def begin_password_flow(
        self,
        *,
        email: str,
        password: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BeginPasswordAuthenticationFlowResponse: ...

    @overload
    async def begin_password_flow(
        self,
        *,
        body: EmailPasswordAuthenticateRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BeginPasswordAuthenticationFlowResponse: ...

    async def begin_password_flow(
        self,
        *,
        body: EmailPasswordAuthenticateRequest | Unset = UNSET,
        email: str | Unset = UNSET,
        password: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BeginPasswordAuthenticationFlowResponse:
        """Begin the password authentication flow

        ``POST /auth/flow/password/`` (begin_password_authentication_flow).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                EmailPasswordAuthenticateRequest,
                {
                    "email": email,
                    "password": password,
                },
                required=(
                    "email",
                    "password",
                ),
                unset=UNSET,
                operation="begin_password_flow",
            )
        request = _runtime.with_options(
            _begin_password_authentication_flow._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _begin_password_authentication_flow._success(client=self._client, raw=raw)

    async def complete_o_auth_2(
        self,
        authentication_provider: AuthenticationProvider,
        *,
        code: str | Unset = UNSET,
        state: str,
        error: str | Unset = UNSET,
        error_description: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CompleteOAuth2AuthenticationResponse:
        """Complete OAuth 2.0 authentication

        ``POST /auth/flow/oauth2/{authentication_provider}/complete/`` (complete_o_auth_2_authentication).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _complete_o_auth_2_authentication._get_kwargs(
                authentication_provider=authentication_provider,
                code=code,
                state=state,
                error=error,
                error_description=error_description,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _complete_o_auth_2_authentication._success(client=self._client, raw=raw)

    @overload
    async def continue_flow_with_email_totp_code(
        self,
        *,
        flow_id: str,
        code: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ContinueAuthenticationFlowWithEmailTotpCodeResponse: ...

    @overload
    async def continue_flow_with_email_totp_code(
        self,
        *,
        body: EmailTotpCodeAuthenticateRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ContinueAuthenticationFlowWithEmailTotpCodeResponse: ...

    async def continue_flow_with_email_totp_code(
        self,
        *,
        body: EmailTotpCodeAuthenticateRequest | Unset = UNSET,
        flow_id: str | Unset = UNSET,
        code: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ContinueAuthenticationFlowWithEmailTotpCodeResponse:
        """Continue an authentication flow with the emailed code

        ``POST /auth/flow/email-code/`` (continue_authentication_flow_with_email_totp_code).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                EmailTotpCodeAuthenticateRequest,
                {
                    "flow_id": flow_id,
                    "code": code,
                },
                required=(
                    "flow_id",
                    "code",
                ),
                unset=UNSET,
                operation="continue_flow_with_email_totp_code",
            )
        request = _runtime.with_options(
            _continue_authentication_flow_with_email_totp_code._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _continue_authentication_flow_with_email_totp_code._success(client=self._client, raw=raw)

    async def issue_one_time_code(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> IssueOneTimeCodeResponse:
        """Issue a one-time authorization code

        ``POST /auth/one-time-code/`` (issue_one_time_code).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _issue_one_time_code._get_kwargs(),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _issue_one_time_code._success(client=self._client, raw=raw)

    async def issue_token(
        self,
        *,
        body: IssueTokenRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> OAuthSuccessResponse:
        """Obtain an OAuth 2.0 access token

        ``POST /token/`` (issue_token).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _issue_token._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _issue_token._success(client=self._client, raw=raw)


class AsyncAuthenticationResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """Authentication, each method returning the whole ``Response`` (async)."""

    @overload
    async def begin_api_key_flow(
        self,
        *,
        api_key: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[BeginApiKeyAuthenticationFlowResponse | ErrorResponse]: ...

    @overload
    async def begin_api_key_flow(
        self,
        *,
        body: ApiKeyAuthenticateRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[BeginApiKeyAuthenticationFlowResponse | ErrorResponse]: ...

    async def begin_api_key_flow(
        self,
        *,
        body: ApiKeyAuthenticateRequest | Unset = UNSET,
        api_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[BeginApiKeyAuthenticationFlowResponse | ErrorResponse]:
        """Begin the API key authentication flow

        ``POST /auth/flow/api-key/`` (begin_api_key_authentication_flow).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                ApiKeyAuthenticateRequest,
                {
                    "api_key": api_key,
                },
                required=("api_key",),
                unset=UNSET,
                operation="begin_api_key_flow",
            )
        request = _runtime.with_options(
            _begin_api_key_authentication_flow._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _begin_api_key_authentication_flow._build_response(client=self._client, response=raw)

    async def begin_o_auth_2(
        self,
        authentication_provider: AuthenticationProvider,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[BeginOAuth2AuthenticationResponse | ErrorResponse]:
        """Prepare the OAuth 2.0 sign-in URL

        ``POST /auth/flow/oauth2/{authentication_provider}/prepare/`` (begin_o_auth_2_authentication).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _begin_o_auth_2_authentication._get_kwargs(
                authentication_provider=authentication_provider,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _begin_o_auth_2_authentication._build_response(client=self._client, response=raw)

    @overload
    async def begin_on_behalf_flow(
        self,
        *,
        user_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[BeginOnBehalfAuthenticationFlowResponse | ErrorResponse]: ...

    @overload
    async def begin_on_behalf_flow(
        self,
        *,
        body: OnBehalfAuthenticateRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[BeginOnBehalfAuthenticationFlowResponse | ErrorResponse]: ...

    async def begin_on_behalf_flow(
        self,
        *,
        body: OnBehalfAuthenticateRequest | Unset = UNSET,
        user_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[BeginOnBehalfAuthenticationFlowResponse | ErrorResponse]:
        """Begin authentication on behalf of another user

        ``POST /auth/flow/on-behalf/`` (begin_on_behalf_authentication_flow).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                OnBehalfAuthenticateRequest,
                {
                    "user_id": user_id,
                },
                required=("user_id",),
                unset=UNSET,
                operation="begin_on_behalf_flow",
            )
        request = _runtime.with_options(
            _begin_on_behalf_authentication_flow._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _begin_on_behalf_authentication_flow._build_response(client=self._client, response=raw)

    @overload
    async def begin_password_flow(
        self,
        *,
        email: str,
        password: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[BeginPasswordAuthenticationFlowResponse | ErrorResponse]: ...

    @overload
    async def begin_password_flow(
        self,
        *,
        body: EmailPasswordAuthenticateRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[BeginPasswordAuthenticationFlowResponse | ErrorResponse]: ...

    async def begin_password_flow(
        self,
        *,
        body: EmailPasswordAuthenticateRequest | Unset = UNSET,
        email: str | Unset = UNSET,
        password: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[BeginPasswordAuthenticationFlowResponse | ErrorResponse]:
        """Begin the password authentication flow

        ``POST /auth/flow/password/`` (begin_password_authentication_flow).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                EmailPasswordAuthenticateRequest,
                {
                    "email": email,
                    "password": password,
                },
                required=(
                    "email",
                    "password",
                ),
                unset=UNSET,
                operation="begin_password_flow",
            )
        request = _runtime.with_options(
            _begin_password_authentication_flow._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _begin_password_authentication_flow._build_response(client=self._client, response=raw)

    async def complete_o_auth_2(
        self,
        authentication_provider: AuthenticationProvider,
        *,
        code: str | Unset = UNSET,
        state: str,
        error: str | Unset = UNSET,
        error_description: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[CompleteOAuth2AuthenticationResponse | ErrorResponse]:
        """Complete OAuth 2.0 authentication

        ``POST /auth/flow/oauth2/{authentication_provider}/complete/`` (complete_o_auth_2_authentication).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _complete_o_auth_2_authentication._get_kwargs(
                authentication_provider=authentication_provider,
                code=code,
                state=state,
                error=error,
                error_description=error_description,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _complete_o_auth_2_authentication._build_response(client=self._client, response=raw)

    @overload
    async def continue_flow_with_email_totp_code(
        self,
        *,
        flow_id: str,
        code: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ContinueAuthenticationFlowWithEmailTotpCodeResponse | ErrorResponse]: ...

    @overload
    async def continue_flow_with_email_totp_code(
        self,
        *,
        body: EmailTotpCodeAuthenticateRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ContinueAuthenticationFlowWithEmailTotpCodeResponse | ErrorResponse]: ...

    async def continue_flow_with_email_totp_code(
        self,
        *,
        body: EmailTotpCodeAuthenticateRequest | Unset = UNSET,
        flow_id: str | Unset = UNSET,
        code: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ContinueAuthenticationFlowWithEmailTotpCodeResponse | ErrorResponse]:
        """Continue an authentication flow with the emailed code

        ``POST /auth/flow/email-code/`` (continue_authentication_flow_with_email_totp_code).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                EmailTotpCodeAuthenticateRequest,
                {
                    "flow_id": flow_id,
                    "code": code,
                },
                required=(
                    "flow_id",
                    "code",
                ),
                unset=UNSET,
                operation="continue_flow_with_email_totp_code",
            )
        request = _runtime.with_options(
            _continue_authentication_flow_with_email_totp_code._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _continue_authentication_flow_with_email_totp_code._build_response(client=self._client, response=raw)

    async def issue_one_time_code(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | IssueOneTimeCodeResponse]:
        """Issue a one-time authorization code

        ``POST /auth/one-time-code/`` (issue_one_time_code).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _issue_one_time_code._get_kwargs(),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _issue_one_time_code._build_response(client=self._client, response=raw)

    async def issue_token(
        self,
        *,
        body: IssueTokenRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | OAuthErrorResponse | OAuthSuccessResponse]:
        """Obtain an OAuth 2.0 access token

        ``POST /token/`` (issue_token).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _issue_token._get_kwargs(
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _issue_token._build_response(client=self._client, response=raw)
