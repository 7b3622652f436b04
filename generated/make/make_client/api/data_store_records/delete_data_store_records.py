from http import HTTPStatus
from typing import Any, cast

import httpx

from ..._facts import QUERY_JOINS
from ..._runtime import join_query, path_value
from ...client import AuthenticatedClient, Client
from ...models.delete_all_data_store_records import DeleteAllDataStoreRecords
from ...models.delete_data_store_records_by_keys import DeleteDataStoreRecordsByKeys
from ...models.deleted_data_store_records import DeletedDataStoreRecords
from ...models.make_error import MakeError
from ...types import UNSET, Response


def _request_without_body(
    data_store_id: int,
    *,
    confirmed: bool,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The request's method, URL, query and headers, for a body added by the caller (JSON or raw bytes)."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["confirmed"] = confirmed

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": f"/data-stores/{path_value(data_store_id)}/data",
        "params": join_query(params, QUERY_JOINS.get("delete_data_store_records")),
    }
    return _kwargs, headers


def _get_kwargs(
    data_store_id: int,
    *,
    body: DeleteAllDataStoreRecords | DeleteDataStoreRecordsByKeys,
    confirmed: bool,
) -> dict[str, Any]:
    _kwargs, headers = _request_without_body(
        data_store_id=data_store_id,
        confirmed=confirmed,
    )

    if isinstance(body, DeleteDataStoreRecordsByKeys):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeletedDataStoreRecords | MakeError | None:
    if response.status_code == 200:
        response_200 = DeletedDataStoreRecords.from_dict(response.json())

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
) -> Response[DeletedDataStoreRecords | MakeError]:
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


def _success(*, client: AuthenticatedClient | Client, raw: httpx.Response) -> DeletedDataStoreRecords:
    """The parsed body of a success; any other status raises the client's typed error for it."""
    if not 200 <= raw.status_code <= 299:
        client.raise_error(raw)
    response = _build_response(client=client, response=raw)
    if response.parsed is None:
        raise client.unexpected_status(raw)
    return cast("DeletedDataStoreRecords", response.parsed)


def sync_detailed(
    data_store_id: int,
    *,
    client: AuthenticatedClient,
    body: DeleteAllDataStoreRecords | DeleteDataStoreRecordsByKeys,
    confirmed: bool,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[DeletedDataStoreRecords | MakeError]:
    """Delete data store records

     Deletes the records listed in `keys`, or all records (`all: true`) except those in `exceptKeys`,
    and returns the keys of the deleted records (keys not found are skipped [inf]). `confirmed=true`
    is always required: without it, or with `false`, the request fails with 400 and nothing is
    deleted. The request has a JSON body although the method is DELETE. The records list of the
    store stays available (200) afterwards.

    Args:
        data_store_id (int):
        confirmed (bool):
        body (DeleteAllDataStoreRecords | DeleteDataStoreRecordsByKeys): Which records of the
            store to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeletedDataStoreRecords | MakeError]
    """

    kwargs = _get_kwargs(
        data_store_id=data_store_id,
        body=body,
        confirmed=confirmed,
    )

    response = client.send(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


def sync(
    data_store_id: int,
    *,
    client: AuthenticatedClient,
    body: DeleteAllDataStoreRecords | DeleteDataStoreRecordsByKeys,
    confirmed: bool,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> DeletedDataStoreRecords:
    """Delete data store records

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        data_store_id=data_store_id,
        body=body,
        confirmed=confirmed,
    )
    raw = client.send(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)


async def asyncio_detailed(
    data_store_id: int,
    *,
    client: AuthenticatedClient,
    body: DeleteAllDataStoreRecords | DeleteDataStoreRecordsByKeys,
    confirmed: bool,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[DeletedDataStoreRecords | MakeError]:
    """Delete data store records

     Deletes the records listed in `keys`, or all records (`all: true`) except those in `exceptKeys`,
    and returns the keys of the deleted records (keys not found are skipped [inf]). `confirmed=true`
    is always required: without it, or with `false`, the request fails with 400 and nothing is
    deleted. The request has a JSON body although the method is DELETE. The records list of the
    store stays available (200) afterwards.

    Args:
        data_store_id (int):
        confirmed (bool):
        body (DeleteAllDataStoreRecords | DeleteDataStoreRecordsByKeys): Which records of the
            store to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeletedDataStoreRecords | MakeError]
    """

    kwargs = _get_kwargs(
        data_store_id=data_store_id,
        body=body,
        confirmed=confirmed,
    )

    response = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


async def asyncio(
    data_store_id: int,
    *,
    client: AuthenticatedClient,
    body: DeleteAllDataStoreRecords | DeleteDataStoreRecordsByKeys,
    confirmed: bool,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> DeletedDataStoreRecords:
    """Delete data store records (async)

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        data_store_id=data_store_id,
        body=body,
        confirmed=confirmed,
    )
    raw = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)
