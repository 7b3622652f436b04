from http import HTTPStatus
from typing import Any, cast

import httpx

from ..._facts import QUERY_JOINS
from ..._runtime import join_query, path_value
from ...client import AuthenticatedClient, Client
from ...models.deleted_data_store import DeletedDataStore
from ...models.make_error import MakeError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    data_store_id: int,
    *,
    confirmed: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["confirmed"] = confirmed

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": f"/data-stores/{path_value(data_store_id)}",
        "params": join_query(params, QUERY_JOINS.get("delete_data_store")),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeletedDataStore | MakeError | None:
    if response.status_code == 200:
        response_200 = DeletedDataStore.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = MakeError.from_dict(response.json())

        return response_404

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
) -> Response[DeletedDataStore | MakeError]:
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


def _success(*, client: AuthenticatedClient | Client, raw: httpx.Response) -> DeletedDataStore:
    """The parsed body of a success; any other status raises the client's typed error for it."""
    if not 200 <= raw.status_code <= 299:
        client.raise_error(raw)
    response = _build_response(client=client, response=raw)
    if response.parsed is None:
        raise client.unexpected_status(raw)
    return cast("DeletedDataStore", response.parsed)


def sync_detailed(
    data_store_id: int,
    *,
    client: AuthenticatedClient,
    confirmed: bool | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[DeletedDataStore | MakeError]:
    """Delete a data store

     Deletes the data store and its records. Not on the vendor's reference pages; used by the official
    SDK (always with `confirmed=true`) and by its integration tests against the live API. When the
    store is used in at least one scenario, the request fails with 400 unless `confirmed=true`.
    The response body is ignored by the SDK; it is described as `{"dataStore": <id>}` [inf]. A later
    GET of the store gives 404.

    Args:
        data_store_id (int):
        confirmed (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeletedDataStore | MakeError]
    """

    kwargs = _get_kwargs(
        data_store_id=data_store_id,
        confirmed=confirmed,
    )

    response = client.send(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


def sync(
    data_store_id: int,
    *,
    client: AuthenticatedClient,
    confirmed: bool | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> DeletedDataStore:
    """Delete a data store

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        data_store_id=data_store_id,
        confirmed=confirmed,
    )
    raw = client.send(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)


async def asyncio_detailed(
    data_store_id: int,
    *,
    client: AuthenticatedClient,
    confirmed: bool | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[DeletedDataStore | MakeError]:
    """Delete a data store

     Deletes the data store and its records. Not on the vendor's reference pages; used by the official
    SDK (always with `confirmed=true`) and by its integration tests against the live API. When the
    store is used in at least one scenario, the request fails with 400 unless `confirmed=true`.
    The response body is ignored by the SDK; it is described as `{"dataStore": <id>}` [inf]. A later
    GET of the store gives 404.

    Args:
        data_store_id (int):
        confirmed (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeletedDataStore | MakeError]
    """

    kwargs = _get_kwargs(
        data_store_id=data_store_id,
        confirmed=confirmed,
    )

    response = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


async def asyncio(
    data_store_id: int,
    *,
    client: AuthenticatedClient,
    confirmed: bool | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> DeletedDataStore:
    """Delete a data store (async)

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        data_store_id=data_store_id,
        confirmed=confirmed,
    )
    raw = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)
