from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ..._runtime import path_value
from ...client import AuthenticatedClient, Client
from ...models.create_data_sink_request import CreateDataSinkRequest
from ...models.data_sink import DataSink
from ...models.error import Error
from ...types import Response


def _request_without_body(
    workspace_id: UUID,
    *,
    client_id: str,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The request's method, URL, query and headers, for a body added by the caller (JSON or raw bytes)."""
    headers: dict[str, Any] = {}
    headers["ClientId"] = client_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/v1/workspace/{path_value(workspace_id)}/data-sink",
    }
    return _kwargs, headers


def _get_kwargs(
    workspace_id: UUID,
    *,
    body: CreateDataSinkRequest,
    client_id: str,
) -> dict[str, Any]:
    _kwargs, headers = _request_without_body(
        workspace_id=workspace_id,
        client_id=client_id,
    )

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DataSink | Error | None:
    if response.status_code == 201:
        response_201 = DataSink.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DataSink | Error]:
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


def _success(*, client: AuthenticatedClient | Client, raw: httpx.Response) -> DataSink:
    """The parsed body of a success; any other status raises the client's typed error for it."""
    if not 200 <= raw.status_code <= 299:
        client.raise_error(raw)
    response = _build_response(client=client, response=raw)
    if response.parsed is None:
        raise client.unexpected_status(raw)
    return cast("DataSink", response.parsed)


def sync_detailed(
    workspace_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CreateDataSinkRequest,
    client_id: str,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[DataSink | Error]:
    """Create a data sink

     Creates a data sink, optionally with initial entries. The server assigns `workspaceId` (from the
    path), `serial` (next number in the workspace, starting at 1 [inf]), `visibleId` (`SNK-<serial>`
    [inf]) and the audit fields; `id` is generated (UUIDv4) unless the client supplies one "when it is
    necessary to know the id before creation". Each nested entry gets `dataSinkId` and audit fields.
    Returns 201 with the created sink including `entries` (empty array when none were given).
    409 when the supplied `id` is already used, or when two nested entries share a `key` [inf].

    Args:
        workspace_id (UUID):
        client_id (str):
        body (CreateDataSinkRequest): A new data sink, optionally with initial entries.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataSink | Error]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        body=body,
        client_id=client_id,
    )

    response = client.send(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


def sync(
    workspace_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CreateDataSinkRequest,
    client_id: str,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> DataSink:
    """Create a data sink

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        body=body,
        client_id=client_id,
    )
    raw = client.send(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)


async def asyncio_detailed(
    workspace_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CreateDataSinkRequest,
    client_id: str,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[DataSink | Error]:
    """Create a data sink

     Creates a data sink, optionally with initial entries. The server assigns `workspaceId` (from the
    path), `serial` (next number in the workspace, starting at 1 [inf]), `visibleId` (`SNK-<serial>`
    [inf]) and the audit fields; `id` is generated (UUIDv4) unless the client supplies one "when it is
    necessary to know the id before creation". Each nested entry gets `dataSinkId` and audit fields.
    Returns 201 with the created sink including `entries` (empty array when none were given).
    409 when the supplied `id` is already used, or when two nested entries share a `key` [inf].

    Args:
        workspace_id (UUID):
        client_id (str):
        body (CreateDataSinkRequest): A new data sink, optionally with initial entries.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataSink | Error]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        body=body,
        client_id=client_id,
    )

    response = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CreateDataSinkRequest,
    client_id: str,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> DataSink:
    """Create a data sink (async)

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        body=body,
        client_id=client_id,
    )
    raw = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)
