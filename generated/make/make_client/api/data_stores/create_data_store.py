from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_data_store_request import CreateDataStoreRequest
from ...models.data_store_response import DataStoreResponse
from ...models.make_error import MakeError
from ...types import Response


def _request_without_body() -> tuple[dict[str, Any], dict[str, Any]]:
    """The request's method, URL, query and headers, for a body added by the caller (JSON or raw bytes)."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/data-stores",
    }
    return _kwargs, headers


def _get_kwargs(
    *,
    body: CreateDataStoreRequest,
) -> dict[str, Any]:
    _kwargs, headers = _request_without_body()

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DataStoreResponse | MakeError | None:
    if response.status_code == 200:
        response_200 = DataStoreResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = MakeError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = MakeError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = MakeError.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = MakeError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = MakeError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = MakeError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise client.unexpected_status(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DataStoreResponse | MakeError]:
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


def _success(*, client: AuthenticatedClient | Client, raw: httpx.Response) -> DataStoreResponse:
    """The parsed body of a success; any other status raises the client's typed error for it."""
    if not 200 <= raw.status_code <= 299:
        client.raise_error(raw)
    response = _build_response(client=client, response=raw)
    if response.parsed is None:
        raise client.unexpected_status(raw)
    return cast("DataStoreResponse", response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateDataStoreRequest,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[DataStoreResponse | MakeError]:
    """Create a data store

     Creates a data store in the team `teamId` and returns it in full (200, not 201): `records` 0,
    `size` `"0"`, `maxSize` = `maxSizeMB` × 1048576 as a string. `datastructureId` must name a data
    structure of the team (400 otherwise [inf]); without it the store has no data structure
    (`datastructureId: null`).

    Args:
        body (CreateDataStoreRequest): A new data store.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataStoreResponse | MakeError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.send(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateDataStoreRequest,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> DataStoreResponse:
    """Create a data store

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        body=body,
    )
    raw = client.send(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateDataStoreRequest,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[DataStoreResponse | MakeError]:
    """Create a data store

     Creates a data store in the team `teamId` and returns it in full (200, not 201): `records` 0,
    `size` `"0"`, `maxSize` = `maxSizeMB` × 1048576 as a string. `datastructureId` must name a data
    structure of the team (400 otherwise [inf]); without it the store has no data structure
    (`datastructureId: null`).

    Args:
        body (CreateDataStoreRequest): A new data store.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataStoreResponse | MakeError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateDataStoreRequest,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> DataStoreResponse:
    """Create a data store (async)

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        body=body,
    )
    raw = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)
