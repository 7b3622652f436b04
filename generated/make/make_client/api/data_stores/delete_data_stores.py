from http import HTTPStatus
from typing import Any, cast

import httpx

from ..._facts import QUERY_JOINS
from ..._runtime import join_query
from ...client import AuthenticatedClient, Client
from ...models.delete_all_data_stores import DeleteAllDataStores
from ...models.delete_data_stores_by_ids import DeleteDataStoresByIds
from ...models.deleted_data_stores import DeletedDataStores
from ...models.make_error import MakeError
from ...types import UNSET, Response, Unset


def _request_without_body(
    *,
    team_id: int,
    confirmed: bool | Unset = UNSET,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The request's method, URL, query and headers, for a body added by the caller (JSON or raw bytes)."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["teamId"] = team_id

    params["confirmed"] = confirmed

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/data-stores",
        "params": join_query(params, QUERY_JOINS.get("delete_data_stores")),
    }
    return _kwargs, headers


def _get_kwargs(
    *,
    body: DeleteAllDataStores | DeleteDataStoresByIds,
    team_id: int,
    confirmed: bool | Unset = UNSET,
) -> dict[str, Any]:
    _kwargs, headers = _request_without_body(
        team_id=team_id,
        confirmed=confirmed,
    )

    if isinstance(body, DeleteDataStoresByIds):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeletedDataStores | MakeError | None:
    if response.status_code == 200:
        response_200 = DeletedDataStores.from_dict(response.json())

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
) -> Response[DeletedDataStores | MakeError]:
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


def _success(*, client: AuthenticatedClient | Client, raw: httpx.Response) -> DeletedDataStores:
    """The parsed body of a success; any other status raises the client's typed error for it."""
    if not 200 <= raw.status_code <= 299:
        client.raise_error(raw)
    response = _build_response(client=client, response=raw)
    if response.parsed is None:
        raise client.unexpected_status(raw)
    return cast("DeletedDataStores", response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DeleteAllDataStores | DeleteDataStoresByIds,
    team_id: int,
    confirmed: bool | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[DeletedDataStores | MakeError]:
    """Delete data stores

     Deletes several data stores of the team `teamId` at once — those listed in `ids`, or all of the
    team's stores (`all: true`) except those in `exceptIds` — with their records, and returns the ids
    of the deleted stores. Ids not found in the team are skipped [inf]. When a store is used in at
    least one scenario, the request fails with 400 and nothing is deleted unless `confirmed=true`.
    The request has a JSON body although the method is DELETE.

    Args:
        team_id (int):
        confirmed (bool | Unset):
        body (DeleteAllDataStores | DeleteDataStoresByIds): Which data stores of the team to
            delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeletedDataStores | MakeError]
    """

    kwargs = _get_kwargs(
        body=body,
        team_id=team_id,
        confirmed=confirmed,
    )

    response = client.send(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: DeleteAllDataStores | DeleteDataStoresByIds,
    team_id: int,
    confirmed: bool | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> DeletedDataStores:
    """Delete data stores

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        body=body,
        team_id=team_id,
        confirmed=confirmed,
    )
    raw = client.send(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DeleteAllDataStores | DeleteDataStoresByIds,
    team_id: int,
    confirmed: bool | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[DeletedDataStores | MakeError]:
    """Delete data stores

     Deletes several data stores of the team `teamId` at once — those listed in `ids`, or all of the
    team's stores (`all: true`) except those in `exceptIds` — with their records, and returns the ids
    of the deleted stores. Ids not found in the team are skipped [inf]. When a store is used in at
    least one scenario, the request fails with 400 and nothing is deleted unless `confirmed=true`.
    The request has a JSON body although the method is DELETE.

    Args:
        team_id (int):
        confirmed (bool | Unset):
        body (DeleteAllDataStores | DeleteDataStoresByIds): Which data stores of the team to
            delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeletedDataStores | MakeError]
    """

    kwargs = _get_kwargs(
        body=body,
        team_id=team_id,
        confirmed=confirmed,
    )

    response = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DeleteAllDataStores | DeleteDataStoresByIds,
    team_id: int,
    confirmed: bool | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> DeletedDataStores:
    """Delete data stores (async)

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        body=body,
        team_id=team_id,
        confirmed=confirmed,
    )
    raw = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)
