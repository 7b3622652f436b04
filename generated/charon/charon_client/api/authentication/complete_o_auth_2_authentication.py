from http import HTTPStatus
from typing import Any, cast

import httpx

from ..._facts import QUERY_JOINS
from ..._runtime import join_query, path_value
from ...client import AuthenticatedClient, Client
from ...models.authentication_provider import AuthenticationProvider
from ...models.complete_o_auth_2_authentication_response import (
    CompleteOAuth2AuthenticationResponse,
)
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    authentication_provider: AuthenticationProvider,
    *,
    code: str | Unset = UNSET,
    state: str,
    error: str | Unset = UNSET,
    error_description: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["code"] = code

    params["state"] = state

    params["error"] = error

    params["error_description"] = error_description

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/auth/flow/oauth2/{path_value(authentication_provider)}/complete/",
        "params": join_query(params, QUERY_JOINS.get("complete_o_auth_2_authentication")),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompleteOAuth2AuthenticationResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CompleteOAuth2AuthenticationResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

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
) -> Response[CompleteOAuth2AuthenticationResponse | ErrorResponse]:
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


def _success(*, client: AuthenticatedClient | Client, raw: httpx.Response) -> CompleteOAuth2AuthenticationResponse:
    """The parsed body of a success; any other status raises the client's typed error for it."""
    if not 200 <= raw.status_code <= 299:
        client.raise_error(raw)
    response = _build_response(client=client, response=raw)
    if response.parsed is None:
        raise client.unexpected_status(raw)
    return cast("CompleteOAuth2AuthenticationResponse", response.parsed)


def sync_detailed(
    authentication_provider: AuthenticationProvider,
    *,
    client: AuthenticatedClient | Client,
    code: str | Unset = UNSET,
    state: str,
    error: str | Unset = UNSET,
    error_description: str | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[CompleteOAuth2AuthenticationResponse | ErrorResponse]:
    """Complete OAuth 2.0 authentication

     Complete the OAuth 2.0 flow after the provider redirected back, with the provider's `code` (or
    `error`) and the
    `state` given by `beginOAuth2Authentication`. A provider error or an unknown `state` is 401 [inf].
    No
    credential is required.

    Args:
        authentication_provider (AuthenticationProvider): Kind of credential or identity provider.
            Only `google`, `microsoft` and `github` are OAuth 2.0 providers.
        code (str | Unset):
        state (str):
        error (str | Unset):
        error_description (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompleteOAuth2AuthenticationResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        authentication_provider=authentication_provider,
        code=code,
        state=state,
        error=error,
        error_description=error_description,
    )

    response = client.send(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


def sync(
    authentication_provider: AuthenticationProvider,
    *,
    client: AuthenticatedClient | Client,
    code: str | Unset = UNSET,
    state: str,
    error: str | Unset = UNSET,
    error_description: str | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> CompleteOAuth2AuthenticationResponse:
    """Complete OAuth 2.0 authentication

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        authentication_provider=authentication_provider,
        code=code,
        state=state,
        error=error,
        error_description=error_description,
    )
    raw = client.send(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)


async def asyncio_detailed(
    authentication_provider: AuthenticationProvider,
    *,
    client: AuthenticatedClient | Client,
    code: str | Unset = UNSET,
    state: str,
    error: str | Unset = UNSET,
    error_description: str | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[CompleteOAuth2AuthenticationResponse | ErrorResponse]:
    """Complete OAuth 2.0 authentication

     Complete the OAuth 2.0 flow after the provider redirected back, with the provider's `code` (or
    `error`) and the
    `state` given by `beginOAuth2Authentication`. A provider error or an unknown `state` is 401 [inf].
    No
    credential is required.

    Args:
        authentication_provider (AuthenticationProvider): Kind of credential or identity provider.
            Only `google`, `microsoft` and `github` are OAuth 2.0 providers.
        code (str | Unset):
        state (str):
        error (str | Unset):
        error_description (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompleteOAuth2AuthenticationResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        authentication_provider=authentication_provider,
        code=code,
        state=state,
        error=error,
        error_description=error_description,
    )

    response = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


async def asyncio(
    authentication_provider: AuthenticationProvider,
    *,
    client: AuthenticatedClient | Client,
    code: str | Unset = UNSET,
    state: str,
    error: str | Unset = UNSET,
    error_description: str | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> CompleteOAuth2AuthenticationResponse:
    """Complete OAuth 2.0 authentication (async)

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        authentication_provider=authentication_provider,
        code=code,
        state=state,
        error=error,
        error_description=error_description,
    )
    raw = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)
