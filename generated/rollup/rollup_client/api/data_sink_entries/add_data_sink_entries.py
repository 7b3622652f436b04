from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ..._runtime import path_value
from ...client import AuthenticatedClient, Client
from ...models.create_data_sink_entry_request import CreateDataSinkEntryRequest
from ...models.data_sink_entry import DataSinkEntry
from ...models.error import Error
from ...types import Response


def _request_without_body(
    workspace_id: UUID,
    data_sink_id: str,
    *,
    client_id: str,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The request's method, URL, query and headers, for a body added by the caller (JSON or raw bytes)."""
    headers: dict[str, Any] = {}
    headers["ClientId"] = client_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/v1/workspace/{path_value(workspace_id)}/data-sink/{path_value(data_sink_id)}",
    }
    return _kwargs, headers


def _get_kwargs(
    workspace_id: UUID,
    data_sink_id: str,
    *,
    body: CreateDataSinkEntryRequest,
    client_id: str,
) -> dict[str, Any]:
    _kwargs, headers = _request_without_body(
        workspace_id=workspace_id,
        data_sink_id=data_sink_id,
        client_id=client_id,
    )

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DataSinkEntry | Error | None:
    if response.status_code == 201:
        response_201 = DataSinkEntry.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise client.unexpected_status(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DataSinkEntry | Error]:
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


def _success(*, client: AuthenticatedClient | Client, raw: httpx.Response) -> DataSinkEntry:
    """The parsed body of a success; any other status raises the client's typed error for it."""
    if not 200 <= raw.status_code <= 299:
        client.raise_error(raw)
    response = _build_response(client=client, response=raw)
    if response.parsed is None:
        raise client.unexpected_status(raw)
    return cast("DataSinkEntry", response.parsed)


def sync_detailed(
    workspace_id: UUID,
    data_sink_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateDataSinkEntryRequest,
    client_id: str,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[DataSinkEntry | Error]:
    """Add an entry to a data sink

     Creates **one** entry in the data sink per call (the body is a single entry object, not an array)
    and returns it (201). `key` and `dataType` are required; `id` is generated (UUIDv4) unless the
    client supplies one. Entry keys are unique within a sink (entries are addressed by key): a key that
    already exists in the sink, or an `id` already in use, is a 409 [inf]. Bumps the sink's `updatedAt`
    [inf].

    Args:
        workspace_id (UUID):
        data_sink_id (str):
        client_id (str):
        body (CreateDataSinkEntryRequest): A new data sink entry (also used for the nested
            `entries` of `createDataSink`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataSinkEntry | Error]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        data_sink_id=data_sink_id,
        body=body,
        client_id=client_id,
    )

    response = client.send(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


def sync(
    workspace_id: UUID,
    data_sink_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateDataSinkEntryRequest,
    client_id: str,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> DataSinkEntry:
    """Add an entry to a data sink

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        data_sink_id=data_sink_id,
        body=body,
        client_id=client_id,
    )
    raw = client.send(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)


async def asyncio_detailed(
    workspace_id: UUID,
    data_sink_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateDataSinkEntryRequest,
    client_id: str,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[DataSinkEntry | Error]:
    """Add an entry to a data sink

     Creates **one** entry in the data sink per call (the body is a single entry object, not an array)
    and returns it (201). `key` and `dataType` are required; `id` is generated (UUIDv4) unless the
    client supplies one. Entry keys are unique within a sink (entries are addressed by key): a key that
    already exists in the sink, or an `id` already in use, is a 409 [inf]. Bumps the sink's `updatedAt`
    [inf].

    Args:
        workspace_id (UUID):
        data_sink_id (str):
        client_id (str):
        body (CreateDataSinkEntryRequest): A new data sink entry (also used for the nested
            `entries` of `createDataSink`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataSinkEntry | Error]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        data_sink_id=data_sink_id,
        body=body,
        client_id=client_id,
    )

    response = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: UUID,
    data_sink_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateDataSinkEntryRequest,
    client_id: str,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> DataSinkEntry:
    """Add an entry to a data sink (async)

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        data_sink_id=data_sink_id,
        body=body,
        client_id=client_id,
    )
    raw = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)
