from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.issue_one_time_code_response import IssueOneTimeCodeResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth/one-time-code/",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | IssueOneTimeCodeResponse | None:
    if response.status_code == 200:
        response_200 = IssueOneTimeCodeResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

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
) -> Response[ErrorResponse | IssueOneTimeCodeResponse]:
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


def _success(*, client: AuthenticatedClient | Client, raw: httpx.Response) -> IssueOneTimeCodeResponse:
    """The parsed body of a success; any other status raises the client's typed error for it."""
    if not 200 <= raw.status_code <= 299:
        client.raise_error(raw)
    response = _build_response(client=client, response=raw)
    if response.parsed is None:
        raise client.unexpected_status(raw)
    return cast("IssueOneTimeCodeResponse", response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[ErrorResponse | IssueOneTimeCodeResponse]:
    """Issue a one-time authorization code

     Request a one-time code for the current credential. The code has a short lifetime and can be sent as
    the
    `x-authorization` query parameter instead of the `Authorization` header, for WebSocket connections
    (`GET /notification/`) and download requests (the operations that take `download`).
    The seed and the vendor specification declare the `Authorization` header as a required parameter;
    here it is
    the `bearerAuth` security requirement.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | IssueOneTimeCodeResponse]
    """

    kwargs = _get_kwargs()

    response = client.send(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> IssueOneTimeCodeResponse:
    """Issue a one-time authorization code

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs()
    raw = client.send(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[ErrorResponse | IssueOneTimeCodeResponse]:
    """Issue a one-time authorization code

     Request a one-time code for the current credential. The code has a short lifetime and can be sent as
    the
    `x-authorization` query parameter instead of the `Authorization` header, for WebSocket connections
    (`GET /notification/`) and download requests (the operations that take `download`).
    The seed and the vendor specification declare the `Authorization` header as a required parameter;
    here it is
    the `bearerAuth` security requirement.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | IssueOneTimeCodeResponse]
    """

    kwargs = _get_kwargs()

    response = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> IssueOneTimeCodeResponse:
    """Issue a one-time authorization code (async)

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs()
    raw = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)
