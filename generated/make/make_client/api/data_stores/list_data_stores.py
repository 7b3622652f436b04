from http import HTTPStatus
from typing import Any, cast

import httpx

from ..._facts import QUERY_JOINS
from ..._runtime import join_query
from ...client import AuthenticatedClient, Client
from ...models.data_store_column import DataStoreColumn
from ...models.data_store_list import DataStoreList
from ...models.list_data_stores_pgsort_by import ListDataStoresPgsortBy
from ...models.list_data_stores_pgsort_dir import ListDataStoresPgsortDir
from ...models.make_error import MakeError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    team_id: int,
    cols: list[DataStoreColumn] | Unset = UNSET,
    pgsort_by: ListDataStoresPgsortBy | Unset = UNSET,
    pgsort_dir: ListDataStoresPgsortDir | Unset = UNSET,
    pgoffset: int | Unset = UNSET,
    pglimit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["teamId"] = team_id

    json_cols: list[str] | Unset = UNSET
    if not isinstance(cols, Unset):
        json_cols = []
        for cols_item_data in cols:
            cols_item = cols_item_data.value
            json_cols.append(cols_item)

    params["cols[]"] = json_cols

    json_pgsort_by: str | Unset = UNSET
    if not isinstance(pgsort_by, Unset):
        json_pgsort_by = pgsort_by.value

    params["pg[sortBy]"] = json_pgsort_by

    json_pgsort_dir: str | Unset = UNSET
    if not isinstance(pgsort_dir, Unset):
        json_pgsort_dir = pgsort_dir.value

    params["pg[sortDir]"] = json_pgsort_dir

    params["pg[offset]"] = pgoffset

    params["pg[limit]"] = pglimit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/data-stores",
        "params": join_query(params, QUERY_JOINS.get("list_data_stores")),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DataStoreList | MakeError | None:
    if response.status_code == 200:
        response_200 = DataStoreList.from_dict(response.json())

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
) -> Response[DataStoreList | MakeError]:
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


def _success(*, client: AuthenticatedClient | Client, raw: httpx.Response) -> DataStoreList:
    """The parsed body of a success; any other status raises the client's typed error for it."""
    if not 200 <= raw.status_code <= 299:
        client.raise_error(raw)
    response = _build_response(client=client, response=raw)
    if response.parsed is None:
        raise client.unexpected_status(raw)
    return cast("DataStoreList", response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    team_id: int,
    cols: list[DataStoreColumn] | Unset = UNSET,
    pgsort_by: ListDataStoresPgsortBy | Unset = UNSET,
    pgsort_dir: ListDataStoresPgsortDir | Unset = UNSET,
    pgoffset: int | Unset = UNSET,
    pglimit: int | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[DataStoreList | MakeError]:
    """List data stores

     Returns the data stores of the team `teamId`, sorted by name ascending unless `pg[sortBy]` /
    `pg[sortDir]` say otherwise. Without `cols[]` each store has `id`, `name`, `records`, `size`,
    `maxSize` and `teamId` (no `datastructureId`); `cols[]=*` returns every column. The `pg` object
    echoes the paging in effect (default `limit` 10000, `offset` 0).

    Args:
        team_id (int):
        cols (list[DataStoreColumn] | Unset):
        pgsort_by (ListDataStoresPgsortBy | Unset):
        pgsort_dir (ListDataStoresPgsortDir | Unset):
        pgoffset (int | Unset):
        pglimit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataStoreList | MakeError]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        cols=cols,
        pgsort_by=pgsort_by,
        pgsort_dir=pgsort_dir,
        pgoffset=pgoffset,
        pglimit=pglimit,
    )

    response = client.send(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    team_id: int,
    cols: list[DataStoreColumn] | Unset = UNSET,
    pgsort_by: ListDataStoresPgsortBy | Unset = UNSET,
    pgsort_dir: ListDataStoresPgsortDir | Unset = UNSET,
    pgoffset: int | Unset = UNSET,
    pglimit: int | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> DataStoreList:
    """List data stores

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        cols=cols,
        pgsort_by=pgsort_by,
        pgsort_dir=pgsort_dir,
        pgoffset=pgoffset,
        pglimit=pglimit,
    )
    raw = client.send(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    team_id: int,
    cols: list[DataStoreColumn] | Unset = UNSET,
    pgsort_by: ListDataStoresPgsortBy | Unset = UNSET,
    pgsort_dir: ListDataStoresPgsortDir | Unset = UNSET,
    pgoffset: int | Unset = UNSET,
    pglimit: int | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[DataStoreList | MakeError]:
    """List data stores

     Returns the data stores of the team `teamId`, sorted by name ascending unless `pg[sortBy]` /
    `pg[sortDir]` say otherwise. Without `cols[]` each store has `id`, `name`, `records`, `size`,
    `maxSize` and `teamId` (no `datastructureId`); `cols[]=*` returns every column. The `pg` object
    echoes the paging in effect (default `limit` 10000, `offset` 0).

    Args:
        team_id (int):
        cols (list[DataStoreColumn] | Unset):
        pgsort_by (ListDataStoresPgsortBy | Unset):
        pgsort_dir (ListDataStoresPgsortDir | Unset):
        pgoffset (int | Unset):
        pglimit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataStoreList | MakeError]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        cols=cols,
        pgsort_by=pgsort_by,
        pgsort_dir=pgsort_dir,
        pgoffset=pgoffset,
        pglimit=pglimit,
    )

    response = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    team_id: int,
    cols: list[DataStoreColumn] | Unset = UNSET,
    pgsort_by: ListDataStoresPgsortBy | Unset = UNSET,
    pgsort_dir: ListDataStoresPgsortDir | Unset = UNSET,
    pgoffset: int | Unset = UNSET,
    pglimit: int | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> DataStoreList:
    """List data stores (async)

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        cols=cols,
        pgsort_by=pgsort_by,
        pgsort_dir=pgsort_dir,
        pgoffset=pgoffset,
        pglimit=pglimit,
    )
    raw = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)
