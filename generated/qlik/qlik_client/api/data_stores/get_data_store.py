from http import HTTPStatus
from typing import Any, cast

import httpx

from ..._facts import QUERY_JOINS
from ..._runtime import join_query, path_value
from ...client import AuthenticatedClient, Client
from ...models.data_store import DataStore
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    data_store_id: str,
    *,
    projections: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_projections: list[str] | Unset = UNSET
    if not isinstance(projections, Unset):
        json_projections = projections

    params["projections"] = json_projections

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/data-stores/{path_value(data_store_id)}",
        "params": join_query(params, QUERY_JOINS.get("get_data_store")),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DataStore | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DataStore.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

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
) -> Response[DataStore | ErrorResponse]:
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


def _success(*, client: AuthenticatedClient | Client, raw: httpx.Response) -> DataStore:
    """The parsed body of a success; any other status raises the client's typed error for it."""
    if not 200 <= raw.status_code <= 299:
        client.raise_error(raw)
    response = _build_response(client=client, response=raw)
    if response.parsed is None:
        raise client.unexpected_status(raw)
    return cast("DataStore", response.parsed)


def sync_detailed(
    data_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    projections: list[str] | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[DataStore | ErrorResponse]:
    """Get data store by ID.

     Returns one data store (bare object, no envelope); `projections` trims its fields.
    An unknown id gives 404.

    Rate limit: Tier 1 (1000 requests per minute).

    Args:
        data_store_id (str):
        projections (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataStore | ErrorResponse]
    """

    kwargs = _get_kwargs(
        data_store_id=data_store_id,
        projections=projections,
    )

    response = client.send(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


def sync(
    data_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    projections: list[str] | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> DataStore:
    """Get data store by ID.

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        data_store_id=data_store_id,
        projections=projections,
    )
    raw = client.send(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)


async def asyncio_detailed(
    data_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    projections: list[str] | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[DataStore | ErrorResponse]:
    """Get data store by ID.

     Returns one data store (bare object, no envelope); `projections` trims its fields.
    An unknown id gives 404.

    Rate limit: Tier 1 (1000 requests per minute).

    Args:
        data_store_id (str):
        projections (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataStore | ErrorResponse]
    """

    kwargs = _get_kwargs(
        data_store_id=data_store_id,
        projections=projections,
    )

    response = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


async def asyncio(
    data_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    projections: list[str] | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> DataStore:
    """Get data store by ID. (async)

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        data_store_id=data_store_id,
        projections=projections,
    )
    raw = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)
