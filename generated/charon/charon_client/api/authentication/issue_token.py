from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.issue_token_request import IssueTokenRequest
from ...models.o_auth_error_response import OAuthErrorResponse
from ...models.o_auth_success_response import OAuthSuccessResponse
from ...types import Response


def _request_without_body() -> tuple[dict[str, Any], dict[str, Any]]:
    """The request's method, URL, query and headers, for a body added by the caller (JSON or raw bytes)."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/token/",
    }
    return _kwargs, headers


def _get_kwargs(
    *,
    body: IssueTokenRequest,
) -> dict[str, Any]:
    _kwargs, headers = _request_without_body()

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | OAuthErrorResponse | OAuthSuccessResponse | None:
    if response.status_code == 200:
        response_200 = OAuthSuccessResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = OAuthErrorResponse.from_dict(response.json())

        return response_400

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
) -> Response[ErrorResponse | OAuthErrorResponse | OAuthSuccessResponse]:
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


def _success(*, client: AuthenticatedClient | Client, raw: httpx.Response) -> OAuthSuccessResponse:
    """The parsed body of a success; any other status raises the client's typed error for it."""
    if not 200 <= raw.status_code <= 299:
        client.raise_error(raw)
    response = _build_response(client=client, response=raw)
    if response.parsed is None:
        raise client.unexpected_status(raw)
    return cast("OAuthSuccessResponse", response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IssueTokenRequest,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[ErrorResponse | OAuthErrorResponse | OAuthSuccessResponse]:
    """Obtain an OAuth 2.0 access token

     Authenticate with the OAuth 2.0 protocol: exchange the `authorizationCode` of a finished
    authentication flow
    (`grant_type=authorization_code&code=...`) or a refresh token
    (`grant_type=refresh_token&refresh_token=...`)
    for an access token. The request body is form-urlencoded.

    Both the success body and the error body are **bare** OAuth 2.0 objects, not the `{result, errors}`
    envelope: failures of the token request are 400 with `{error, error_description, error_uri}`. The
    vendor
    allows one parallel request per IP address (rate limiting answers 429 with the usual error envelope
    [inf]).
    The seed writes the path without the trailing slash (`/token`); the vendor's specification has
    `/token/`.
    No credential is required.

    Args:
        body (IssueTokenRequest): OAuth 2.0 token request (`application/x-www-form-urlencoded`).
            `code` is required when `grant_type` is
            `authorization_code` (the `authorizationCode` of a finished authentication flow);
            `refresh_token` is
            required when `grant_type` is `refresh_token`. Other parameters are ignored (RFC 6749
            §3.2); being form
            fields, they are strings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OAuthErrorResponse | OAuthSuccessResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.send(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: IssueTokenRequest,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> OAuthSuccessResponse:
    """Obtain an OAuth 2.0 access token

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
    body: IssueTokenRequest,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[ErrorResponse | OAuthErrorResponse | OAuthSuccessResponse]:
    """Obtain an OAuth 2.0 access token

     Authenticate with the OAuth 2.0 protocol: exchange the `authorizationCode` of a finished
    authentication flow
    (`grant_type=authorization_code&code=...`) or a refresh token
    (`grant_type=refresh_token&refresh_token=...`)
    for an access token. The request body is form-urlencoded.

    Both the success body and the error body are **bare** OAuth 2.0 objects, not the `{result, errors}`
    envelope: failures of the token request are 400 with `{error, error_description, error_uri}`. The
    vendor
    allows one parallel request per IP address (rate limiting answers 429 with the usual error envelope
    [inf]).
    The seed writes the path without the trailing slash (`/token`); the vendor's specification has
    `/token/`.
    No credential is required.

    Args:
        body (IssueTokenRequest): OAuth 2.0 token request (`application/x-www-form-urlencoded`).
            `code` is required when `grant_type` is
            `authorization_code` (the `authorizationCode` of a finished authentication flow);
            `refresh_token` is
            required when `grant_type` is `refresh_token`. Other parameters are ignored (RFC 6749
            §3.2); being form
            fields, they are strings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OAuthErrorResponse | OAuthSuccessResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: IssueTokenRequest,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> OAuthSuccessResponse:
    """Obtain an OAuth 2.0 access token (async)

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        body=body,
    )
    raw = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)
