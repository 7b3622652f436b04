from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ..._runtime import path_value
from ...client import AuthenticatedClient, Client
from ...models.data_sink_entry import DataSinkEntry
from ...models.error import Error
from ...models.update_data_sink_entry_request import UpdateDataSinkEntryRequest
from ...types import Response


def _request_without_body(
    workspace_id: UUID,
    data_sink_id: str,
    key: str,
    *,
    client_id: str,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The request's method, URL, query and headers, for a body added by the caller (JSON or raw bytes)."""
    headers: dict[str, Any] = {}
    headers["ClientId"] = client_id

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": f"/v1/workspace/{path_value(workspace_id)}/data-sink/{path_value(data_sink_id)}/{path_value(key)}",
    }
    return _kwargs, headers


def _get_kwargs(
    workspace_id: UUID,
    data_sink_id: str,
    key: str,
    *,
    body: UpdateDataSinkEntryRequest,
    client_id: str,
) -> dict[str, Any]:
    _kwargs, headers = _request_without_body(
        workspace_id=workspace_id,
        data_sink_id=data_sink_id,
        key=key,
        client_id=client_id,
    )

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DataSinkEntry | Error | None:
    if response.status_code == 200:
        response_200 = DataSinkEntry.from_dict(response.json())

        return response_200

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
    key: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateDataSinkEntryRequest,
    client_id: str,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[DataSinkEntry | Error]:
    """Update a data sink entry

     Partially updates the entry with this key: only `value` and `dataType` can change (absent fields are
    left as they are); `key`, `id` and `dataSinkId` cannot. Returns 200 with the updated entry (unlike
    `updateDataSink`, which returns no body). Bumps the entry's `updatedAt`/`updatedBy` and the sink's
    `updatedAt` [inf]. A key that does not exist is a 404, not an upsert [inf].

    Args:
        workspace_id (UUID):
        data_sink_id (str):
        key (str):
        client_id (str):
        body (UpdateDataSinkEntryRequest): Fields of an entry to change; absent fields are left
            unchanged. The key cannot change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataSinkEntry | Error]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        data_sink_id=data_sink_id,
        key=key,
        body=body,
        client_id=client_id,
    )

    response = client.send(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


def sync(
    workspace_id: UUID,
    data_sink_id: str,
    key: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateDataSinkEntryRequest,
    client_id: str,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> DataSinkEntry:
    """Update a data sink entry

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        data_sink_id=data_sink_id,
        key=key,
        body=body,
        client_id=client_id,
    )
    raw = client.send(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)


async def asyncio_detailed(
    workspace_id: UUID,
    data_sink_id: str,
    key: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateDataSinkEntryRequest,
    client_id: str,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[DataSinkEntry | Error]:
    """Update a data sink entry

     Partially updates the entry with this key: only `value` and `dataType` can change (absent fields are
    left as they are); `key`, `id` and `dataSinkId` cannot. Returns 200 with the updated entry (unlike
    `updateDataSink`, which returns no body). Bumps the entry's `updatedAt`/`updatedBy` and the sink's
    `updatedAt` [inf]. A key that does not exist is a 404, not an upsert [inf].

    Args:
        workspace_id (UUID):
        data_sink_id (str):
        key (str):
        client_id (str):
        body (UpdateDataSinkEntryRequest): Fields of an entry to change; absent fields are left
            unchanged. The key cannot change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataSinkEntry | Error]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        data_sink_id=data_sink_id,
        key=key,
        body=body,
        client_id=client_id,
    )

    response = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: UUID,
    data_sink_id: str,
    key: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateDataSinkEntryRequest,
    client_id: str,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> DataSinkEntry:
    """Update a data sink entry (async)

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        data_sink_id=data_sink_id,
        key=key,
        body=body,
        client_id=client_id,
    )
    raw = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)
