from http import HTTPStatus
from typing import Any, cast

import httpx

from ..._runtime import path_value
from ...client import AuthenticatedClient, Client
from ...models.create_data_store_record_request import CreateDataStoreRecordRequest
from ...models.data_store_record import DataStoreRecord
from ...models.make_error import MakeError
from ...types import Response


def _request_without_body(
    data_store_id: int,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The request's method, URL, query and headers, for a body added by the caller (JSON or raw bytes)."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/data-stores/{path_value(data_store_id)}/data",
    }
    return _kwargs, headers


def _get_kwargs(
    data_store_id: int,
    *,
    body: CreateDataStoreRecordRequest,
) -> dict[str, Any]:
    _kwargs, headers = _request_without_body(
        data_store_id=data_store_id,
    )

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DataStoreRecord | MakeError | None:
    if response.status_code == 200:
        response_200 = DataStoreRecord.from_dict(response.json())

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
) -> Response[DataStoreRecord | MakeError]:
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


def _success(*, client: AuthenticatedClient | Client, raw: httpx.Response) -> DataStoreRecord:
    """The parsed body of a success; any other status raises the client's typed error for it."""
    if not 200 <= raw.status_code <= 299:
        client.raise_error(raw)
    response = _build_response(client=client, response=raw)
    if response.parsed is None:
        raise client.unexpected_status(raw)
    return cast("DataStoreRecord", response.parsed)


def sync_detailed(
    data_store_id: int,
    *,
    client: AuthenticatedClient,
    body: CreateDataStoreRecordRequest,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[DataStoreRecord | MakeError]:
    """Create a data store record

     Adds a record and returns it **bare** (`{"key", "data"}`, no wrapper; status 200). Without `key`
    a key of 12 lowercase hex characters is generated (the SDK omits `key` entirely in that case).
    Fields of the data structure missing from `data` come back as `null` (or the field's default).
    A `key` that already exists in the store is rejected with 400 [inf]; so are records that do not
    fit the data structure (unknown fields in a `strict` structure, wrong types) or the store's
    `maxSize` [inf].

    Args:
        data_store_id (int):
        body (CreateDataStoreRecordRequest): A new record; its fields are wrapped in `data`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataStoreRecord | MakeError]
    """

    kwargs = _get_kwargs(
        data_store_id=data_store_id,
        body=body,
    )

    response = client.send(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


def sync(
    data_store_id: int,
    *,
    client: AuthenticatedClient,
    body: CreateDataStoreRecordRequest,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> DataStoreRecord:
    """Create a data store record

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        data_store_id=data_store_id,
        body=body,
    )
    raw = client.send(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)


async def asyncio_detailed(
    data_store_id: int,
    *,
    client: AuthenticatedClient,
    body: CreateDataStoreRecordRequest,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[DataStoreRecord | MakeError]:
    """Create a data store record

     Adds a record and returns it **bare** (`{"key", "data"}`, no wrapper; status 200). Without `key`
    a key of 12 lowercase hex characters is generated (the SDK omits `key` entirely in that case).
    Fields of the data structure missing from `data` come back as `null` (or the field's default).
    A `key` that already exists in the store is rejected with 400 [inf]; so are records that do not
    fit the data structure (unknown fields in a `strict` structure, wrong types) or the store's
    `maxSize` [inf].

    Args:
        data_store_id (int):
        body (CreateDataStoreRecordRequest): A new record; its fields are wrapped in `data`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataStoreRecord | MakeError]
    """

    kwargs = _get_kwargs(
        data_store_id=data_store_id,
        body=body,
    )

    response = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


async def asyncio(
    data_store_id: int,
    *,
    client: AuthenticatedClient,
    body: CreateDataStoreRecordRequest,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> DataStoreRecord:
    """Create a data store record (async)

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        data_store_id=data_store_id,
        body=body,
    )
    raw = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)
