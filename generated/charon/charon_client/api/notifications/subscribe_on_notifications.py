from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.subscribe_on_notifications_sec_web_socket_version import (
    SubscribeOnNotificationsSecWebSocketVersion,
)
from ...models.subscribe_on_notifications_upgrade import SubscribeOnNotificationsUpgrade
from ...types import Response


def _get_kwargs(
    *,
    upgrade: SubscribeOnNotificationsUpgrade,
    connection: str,
    sec_web_socket_key: str,
    sec_web_socket_version: SubscribeOnNotificationsSecWebSocketVersion,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Upgrade"] = str(upgrade)

    headers["Connection"] = connection

    headers["Sec-WebSocket-Key"] = sec_web_socket_key

    headers["Sec-WebSocket-Version"] = str(sec_web_socket_version)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/notification/",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorResponse | None:
    if response.status_code == 101:
        response_101 = cast(Any, None)
        return response_101

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorResponse]:
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


def _success(*, client: AuthenticatedClient | Client, raw: httpx.Response) -> None:
    """The parsed body of a success; any other status raises the client's typed error for it."""
    if not 200 <= raw.status_code <= 299:
        client.raise_error(raw)
    response = _build_response(client=client, response=raw)
    return cast("None", response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    upgrade: SubscribeOnNotificationsUpgrade,
    connection: str,
    sec_web_socket_key: str,
    sec_web_socket_version: SubscribeOnNotificationsSecWebSocketVersion,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[Any | ErrorResponse]:
    """Subscribe to server notifications (WebSocket)

     WebSocket endpoint: subscribe to notifications from the server (process progress, data source
    changes, user,
    project and workspace changes, presence). Only a WebSocket `Upgrade` request succeeds (101); any
    other request
    fails (400 here [inf]). Browsers, which cannot set headers on WebSockets, authenticate with the
    `x-authorization` one-time code. The message format and subprotocol are not documented by the
    vendor.

    Args:
        upgrade (SubscribeOnNotificationsUpgrade):
        connection (str):
        sec_web_socket_key (str):
        sec_web_socket_version (SubscribeOnNotificationsSecWebSocketVersion):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        upgrade=upgrade,
        connection=connection,
        sec_web_socket_key=sec_web_socket_key,
        sec_web_socket_version=sec_web_socket_version,
    )

    response = client.send(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    upgrade: SubscribeOnNotificationsUpgrade,
    connection: str,
    sec_web_socket_key: str,
    sec_web_socket_version: SubscribeOnNotificationsSecWebSocketVersion,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> None:
    """Subscribe to server notifications (WebSocket)

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        upgrade=upgrade,
        connection=connection,
        sec_web_socket_key=sec_web_socket_key,
        sec_web_socket_version=sec_web_socket_version,
    )
    raw = client.send(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    upgrade: SubscribeOnNotificationsUpgrade,
    connection: str,
    sec_web_socket_key: str,
    sec_web_socket_version: SubscribeOnNotificationsSecWebSocketVersion,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[Any | ErrorResponse]:
    """Subscribe to server notifications (WebSocket)

     WebSocket endpoint: subscribe to notifications from the server (process progress, data source
    changes, user,
    project and workspace changes, presence). Only a WebSocket `Upgrade` request succeeds (101); any
    other request
    fails (400 here [inf]). Browsers, which cannot set headers on WebSockets, authenticate with the
    `x-authorization` one-time code. The message format and subprotocol are not documented by the
    vendor.

    Args:
        upgrade (SubscribeOnNotificationsUpgrade):
        connection (str):
        sec_web_socket_key (str):
        sec_web_socket_version (SubscribeOnNotificationsSecWebSocketVersion):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        upgrade=upgrade,
        connection=connection,
        sec_web_socket_key=sec_web_socket_key,
        sec_web_socket_version=sec_web_socket_version,
    )

    response = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    upgrade: SubscribeOnNotificationsUpgrade,
    connection: str,
    sec_web_socket_key: str,
    sec_web_socket_version: SubscribeOnNotificationsSecWebSocketVersion,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> None:
    """Subscribe to server notifications (WebSocket) (async)

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        upgrade=upgrade,
        connection=connection,
        sec_web_socket_key=sec_web_socket_key,
        sec_web_socket_version=sec_web_socket_version,
    )
    raw = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)
