from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ..._runtime import path_value
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.update_data_sink_request import UpdateDataSinkRequest
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
        "method": "patch",
        "url": f"/v1/workspace/{path_value(workspace_id)}/data-sink/{path_value(data_sink_id)}",
    }
    return _kwargs, headers


def _get_kwargs(
    workspace_id: UUID,
    data_sink_id: str,
    *,
    body: UpdateDataSinkRequest,
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error]:
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


def _success(*, client: AuthenticatedClient | Client, raw: httpx.Response) -> Any:
    """The parsed body of a success; any other status raises the client's typed error for it."""
    if not 200 <= raw.status_code <= 299:
        client.raise_error(raw)
    response = _build_response(client=client, response=raw)
    return cast("Any", response.parsed)


def sync_detailed(
    workspace_id: UUID,
    data_sink_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateDataSinkRequest,
    client_id: str,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[Any | Error]:
    """Update a data sink

     Partially updates a data sink: only `label`, `description`, `tags` and `icon` can change (fields
    absent from the body are left as they are); `id`, `workspaceId`, `serial`, `visibleId` and `entries`
    cannot be changed here. Bumps `updatedAt`/`updatedBy` [inf].
    Returns **200 with an empty body** (the vendor documents no content), not the updated sink.

    Args:
        workspace_id (UUID):
        data_sink_id (str):
        client_id (str):
        body (UpdateDataSinkRequest): Fields of a data sink to change; absent fields are left
            unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
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
    body: UpdateDataSinkRequest,
    client_id: str,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Any:
    """Update a data sink

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
    body: UpdateDataSinkRequest,
    client_id: str,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[Any | Error]:
    """Update a data sink

     Partially updates a data sink: only `label`, `description`, `tags` and `icon` can change (fields
    absent from the body are left as they are); `id`, `workspaceId`, `serial`, `visibleId` and `entries`
    cannot be changed here. Bumps `updatedAt`/`updatedBy` [inf].
    Returns **200 with an empty body** (the vendor documents no content), not the updated sink.

    Args:
        workspace_id (UUID):
        data_sink_id (str):
        client_id (str):
        body (UpdateDataSinkRequest): Fields of a data sink to change; absent fields are left
            unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
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
    body: UpdateDataSinkRequest,
    client_id: str,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Any:
    """Update a data sink (async)

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
