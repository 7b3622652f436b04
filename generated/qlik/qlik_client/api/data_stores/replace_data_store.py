from http import HTTPStatus
from typing import Any, cast

import httpx

from ..._runtime import path_value
from ...client import AuthenticatedClient, Client
from ...models.data_store import DataStore
from ...models.data_store_update import DataStoreUpdate
from ...models.error_response import ErrorResponse
from ...types import Response


def _request_without_body(
    data_store_id: str,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The request's method, URL, query and headers, for a body added by the caller (JSON or raw bytes)."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/data-stores/{path_value(data_store_id)}",
    }
    return _kwargs, headers


def _get_kwargs(
    data_store_id: str,
    *,
    body: DataStoreUpdate,
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
    body: DataStoreUpdate,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[DataStore | ErrorResponse]:
    """Update data store.

     Replaces all writable fields of the data store with the body (fields left out are
    cleared); server-managed fields are kept and values sent for them are ignored.
    `technicalName` and `type` are required.

    The vendor says `id` and `version` are "only required when updating the resource".
    Decided here (not documented): if `id` is sent it must equal the path id (else 400); if
    `version` is sent it must equal the stored version (else 409, optimistic concurrency).
    A successful replace increments `version` and sets `lastModified*`.

    Rate limit: Tier 2 (100 requests per minute).

    Args:
        data_store_id (str):
        body (DataStoreUpdate): Body of `replaceDataStore`: the complete set of writable fields.
            If `id` is given it must
            equal the path id; if `version` is given it must equal the stored version (else 409).
            Values sent for the read-only fields of `DataStore` are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataStore | ErrorResponse]
    """

    kwargs = _get_kwargs(
        data_store_id=data_store_id,
        body=body,
    )

    response = client.send(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


def sync(
    data_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DataStoreUpdate,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> DataStore:
    """Update data store.

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        data_store_id=data_store_id,
        body=body,
    )
    raw = client.send(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)


async def asyncio_detailed(
    data_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DataStoreUpdate,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[DataStore | ErrorResponse]:
    """Update data store.

     Replaces all writable fields of the data store with the body (fields left out are
    cleared); server-managed fields are kept and values sent for them are ignored.
    `technicalName` and `type` are required.

    The vendor says `id` and `version` are "only required when updating the resource".
    Decided here (not documented): if `id` is sent it must equal the path id (else 400); if
    `version` is sent it must equal the stored version (else 409, optimistic concurrency).
    A successful replace increments `version` and sets `lastModified*`.

    Rate limit: Tier 2 (100 requests per minute).

    Args:
        data_store_id (str):
        body (DataStoreUpdate): Body of `replaceDataStore`: the complete set of writable fields.
            If `id` is given it must
            equal the path id; if `version` is given it must equal the stored version (else 409).
            Values sent for the read-only fields of `DataStore` are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataStore | ErrorResponse]
    """

    kwargs = _get_kwargs(
        data_store_id=data_store_id,
        body=body,
    )

    response = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


async def asyncio(
    data_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DataStoreUpdate,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> DataStore:
    """Update data store. (async)

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        data_store_id=data_store_id,
        body=body,
    )
    raw = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)
