from http import HTTPStatus
from typing import Any, cast

import httpx

from ..._facts import QUERY_JOINS
from ..._runtime import join_query, path_value
from ...client import AuthenticatedClient, Client
from ...models.data_store_column import DataStoreColumn
from ...models.data_store_columns_response import DataStoreColumnsResponse
from ...models.make_error import MakeError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    data_store_id: int,
    *,
    cols: list[DataStoreColumn] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_cols: list[str] | Unset = UNSET
    if not isinstance(cols, Unset):
        json_cols = []
        for cols_item_data in cols:
            cols_item = cols_item_data.value
            json_cols.append(cols_item)

    params["cols[]"] = json_cols

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/data-stores/{path_value(data_store_id)}",
        "params": join_query(params, QUERY_JOINS.get("get_data_store")),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DataStoreColumnsResponse | MakeError | None:
    if response.status_code == 200:
        response_200 = DataStoreColumnsResponse.from_dict(response.json())

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
) -> Response[DataStoreColumnsResponse | MakeError]:
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


def _success(*, client: AuthenticatedClient | Client, raw: httpx.Response) -> DataStoreColumnsResponse:
    """The parsed body of a success; any other status raises the client's typed error for it."""
    if not 200 <= raw.status_code <= 299:
        client.raise_error(raw)
    response = _build_response(client=client, response=raw)
    if response.parsed is None:
        raise client.unexpected_status(raw)
    return cast("DataStoreColumnsResponse", response.parsed)


def sync_detailed(
    data_store_id: int,
    *,
    client: AuthenticatedClient,
    cols: list[DataStoreColumn] | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[DataStoreColumnsResponse | MakeError]:
    """Get data store details

     Returns the data store `dataStoreId`. `cols[]` trims the returned fields (`cols[]=*`: all).
    404 when the store does not exist (or was deleted); 403 when it belongs to a team the user cannot
    access.

    Args:
        data_store_id (int):
        cols (list[DataStoreColumn] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataStoreColumnsResponse | MakeError]
    """

    kwargs = _get_kwargs(
        data_store_id=data_store_id,
        cols=cols,
    )

    response = client.send(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


def sync(
    data_store_id: int,
    *,
    client: AuthenticatedClient,
    cols: list[DataStoreColumn] | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> DataStoreColumnsResponse:
    """Get data store details

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        data_store_id=data_store_id,
        cols=cols,
    )
    raw = client.send(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)


async def asyncio_detailed(
    data_store_id: int,
    *,
    client: AuthenticatedClient,
    cols: list[DataStoreColumn] | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[DataStoreColumnsResponse | MakeError]:
    """Get data store details

     Returns the data store `dataStoreId`. `cols[]` trims the returned fields (`cols[]=*`: all).
    404 when the store does not exist (or was deleted); 403 when it belongs to a team the user cannot
    access.

    Args:
        data_store_id (int):
        cols (list[DataStoreColumn] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataStoreColumnsResponse | MakeError]
    """

    kwargs = _get_kwargs(
        data_store_id=data_store_id,
        cols=cols,
    )

    response = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


async def asyncio(
    data_store_id: int,
    *,
    client: AuthenticatedClient,
    cols: list[DataStoreColumn] | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> DataStoreColumnsResponse:
    """Get data store details (async)

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        data_store_id=data_store_id,
        cols=cols,
    )
    raw = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)
