from http import HTTPStatus
from typing import Any, cast

import httpx

from ..._facts import QUERY_JOINS
from ..._runtime import join_query, path_value
from ...client import AuthenticatedClient, Client
from ...models.data_store_record_list import DataStoreRecordList
from ...models.make_error import MakeError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    data_store_id: int,
    *,
    pgoffset: int | Unset = UNSET,
    pglimit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pg[offset]"] = pgoffset

    params["pg[limit]"] = pglimit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/data-stores/{path_value(data_store_id)}/data",
        "params": join_query(params, QUERY_JOINS.get("list_data_store_records")),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DataStoreRecordList | MakeError | None:
    if response.status_code == 200:
        response_200 = DataStoreRecordList.from_dict(response.json())

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
) -> Response[DataStoreRecordList | MakeError]:
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


def _success(*, client: AuthenticatedClient | Client, raw: httpx.Response) -> DataStoreRecordList:
    """The parsed body of a success; any other status raises the client's typed error for it."""
    if not 200 <= raw.status_code <= 299:
        client.raise_error(raw)
    response = _build_response(client=client, response=raw)
    if response.parsed is None:
        raise client.unexpected_status(raw)
    return cast("DataStoreRecordList", response.parsed)


def sync_detailed(
    data_store_id: int,
    *,
    client: AuthenticatedClient,
    pgoffset: int | Unset = UNSET,
    pglimit: int | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[DataStoreRecordList | MakeError]:
    """List data store records

     Returns a page of the store's records (`key` plus `data`), the field list of the store's data
    structure (`spec`, empty when the store has none [inf]), whether that structure is `strict`, the
    total number of records in the store (`count`, not the page length) and the paging in effect
    (`pg`: `limit`, `offset`). Only `pg[limit]` and `pg[offset]` are supported.

    Args:
        data_store_id (int):
        pgoffset (int | Unset):
        pglimit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataStoreRecordList | MakeError]
    """

    kwargs = _get_kwargs(
        data_store_id=data_store_id,
        pgoffset=pgoffset,
        pglimit=pglimit,
    )

    response = client.send(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


def sync(
    data_store_id: int,
    *,
    client: AuthenticatedClient,
    pgoffset: int | Unset = UNSET,
    pglimit: int | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> DataStoreRecordList:
    """List data store records

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        data_store_id=data_store_id,
        pgoffset=pgoffset,
        pglimit=pglimit,
    )
    raw = client.send(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)


async def asyncio_detailed(
    data_store_id: int,
    *,
    client: AuthenticatedClient,
    pgoffset: int | Unset = UNSET,
    pglimit: int | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[DataStoreRecordList | MakeError]:
    """List data store records

     Returns a page of the store's records (`key` plus `data`), the field list of the store's data
    structure (`spec`, empty when the store has none [inf]), whether that structure is `strict`, the
    total number of records in the store (`count`, not the page length) and the paging in effect
    (`pg`: `limit`, `offset`). Only `pg[limit]` and `pg[offset]` are supported.

    Args:
        data_store_id (int):
        pgoffset (int | Unset):
        pglimit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataStoreRecordList | MakeError]
    """

    kwargs = _get_kwargs(
        data_store_id=data_store_id,
        pgoffset=pgoffset,
        pglimit=pglimit,
    )

    response = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


async def asyncio(
    data_store_id: int,
    *,
    client: AuthenticatedClient,
    pgoffset: int | Unset = UNSET,
    pglimit: int | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> DataStoreRecordList:
    """List data store records (async)

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        data_store_id=data_store_id,
        pgoffset=pgoffset,
        pglimit=pglimit,
    )
    raw = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)
