from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.continue_authentication_flow_with_email_totp_code_response import (
    ContinueAuthenticationFlowWithEmailTotpCodeResponse,
)
from ...models.email_totp_code_authenticate_request import (
    EmailTotpCodeAuthenticateRequest,
)
from ...models.error_response import ErrorResponse
from ...types import Response


def _request_without_body() -> tuple[dict[str, Any], dict[str, Any]]:
    """The request's method, URL, query and headers, for a body added by the caller (JSON or raw bytes)."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth/flow/email-code/",
    }
    return _kwargs, headers


def _get_kwargs(
    *,
    body: EmailTotpCodeAuthenticateRequest,
) -> dict[str, Any]:
    _kwargs, headers = _request_without_body()

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContinueAuthenticationFlowWithEmailTotpCodeResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ContinueAuthenticationFlowWithEmailTotpCodeResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise client.unexpected_status(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContinueAuthenticationFlowWithEmailTotpCodeResponse | ErrorResponse]:
    if 200 <= response.status_code <= 299:
        parsed = _parse_response(client=client, response=response)
    else:
        try:
            parsed = _parse_response(client=client, response=response)
        except (ValueError, KeyError, TypeError):
            # An error body that is not the vendor's envelope (a proxy's HTML page, say): keep it raw.
            parsed = None
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def _success(
    *, client: AuthenticatedClient | Client, raw: httpx.Response
) -> ContinueAuthenticationFlowWithEmailTotpCodeResponse:
    """The parsed body of a success; any other status raises the client's typed error for it."""
    if not 200 <= raw.status_code <= 299:
        client.raise_error(raw)
    response = _build_response(client=client, response=raw)
    if response.parsed is None:
        raise client.unexpected_status(raw)
    return cast("ContinueAuthenticationFlowWithEmailTotpCodeResponse", response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EmailTotpCodeAuthenticateRequest,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[ContinueAuthenticationFlowWithEmailTotpCodeResponse | ErrorResponse]:
    """Continue an authentication flow with the emailed code

     Continue an authentication flow with the time-based one-time code (TOTP) received by email. `flowId`
    is the
    id of the stage that asked for `emailTotpCode`. A wrong code is 401; an unknown or expired flow is
    404 [inf].
    No credential is required.

    Args:
        body (EmailTotpCodeAuthenticateRequest): The emailed one-time code that continues an
            authentication flow.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContinueAuthenticationFlowWithEmailTotpCodeResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.send(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: EmailTotpCodeAuthenticateRequest,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> ContinueAuthenticationFlowWithEmailTotpCodeResponse:
    """Continue an authentication flow with the emailed code

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        body=body,
    )
    raw = client.send(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EmailTotpCodeAuthenticateRequest,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[ContinueAuthenticationFlowWithEmailTotpCodeResponse | ErrorResponse]:
    """Continue an authentication flow with the emailed code

     Continue an authentication flow with the time-based one-time code (TOTP) received by email. `flowId`
    is the
    id of the stage that asked for `emailTotpCode`. A wrong code is 401; an unknown or expired flow is
    404 [inf].
    No credential is required.

    Args:
        body (EmailTotpCodeAuthenticateRequest): The emailed one-time code that continues an
            authentication flow.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContinueAuthenticationFlowWithEmailTotpCodeResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EmailTotpCodeAuthenticateRequest,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> ContinueAuthenticationFlowWithEmailTotpCodeResponse:
    """Continue an authentication flow with the emailed code (async)

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        body=body,
    )
    raw = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)
