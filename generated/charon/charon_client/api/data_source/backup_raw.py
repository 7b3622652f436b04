from http import HTTPStatus
from typing import Any, Literal, cast, get_args

import httpx

from ..._facts import QUERY_JOINS
from ..._runtime import join_query, path_value
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_data_document import GameDataDocument
from ...types import UNSET, Response, Unset

#: The media types the success response comes in; ``sync_bytes(accept=...)`` returns the body in one of them.
MediaType = Literal["application/json", "application/x-msgpack", "application/bson"]
MEDIA_TYPES: tuple[MediaType, ...] = get_args(MediaType)


def _get_kwargs(
    data_source_id: str,
    *,
    download: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["download"] = download

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/datasource/{path_value(data_source_id)}/raw/",
        "params": join_query(params, QUERY_JOINS.get("backup_raw")),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameDataDocument | None:
    if response.status_code == 200:
        response_200 = GameDataDocument.from_dict(response.json())

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
) -> Response[ErrorResponse | GameDataDocument]:
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


def _success(*, client: AuthenticatedClient | Client, raw: httpx.Response) -> GameDataDocument:
    """The parsed body of a success; any other status raises the client's typed error for it."""
    if not 200 <= raw.status_code <= 299:
        client.raise_error(raw)
    response = _build_response(client=client, response=raw)
    if response.parsed is None:
        raise client.unexpected_status(raw)
    return cast("GameDataDocument", response.parsed)


def sync_detailed(
    data_source_id: str,
    *,
    client: AuthenticatedClient,
    download: bool | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[ErrorResponse | GameDataDocument]:
    """Back up the data source (raw, downloadable)

     Back up the whole data source in the format chosen by `Accept` (JSON, MessagePack, BSON) **without**
    the
    response envelope. With `download=true` the server adds `Content-Disposition: attachment`.

    Args:
        data_source_id (str): A MongoDB ObjectId: 24 hexadecimal characters (the vendor's `format:
            objectId`). Every id of a user,
            workspace, project, branch/data source, invitation, resource, login and authentication
            flow has this form.
             Example: 5f8d0d55b54764421b7156c9.
        download (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameDataDocument]
    """

    kwargs = _get_kwargs(
        data_source_id=data_source_id,
        download=download,
    )

    response = client.send(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


def sync(
    data_source_id: str,
    *,
    client: AuthenticatedClient,
    download: bool | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> GameDataDocument:
    """Back up the data source (raw, downloadable)

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        data_source_id=data_source_id,
        download=download,
    )
    raw = client.send(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)


async def asyncio_detailed(
    data_source_id: str,
    *,
    client: AuthenticatedClient,
    download: bool | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[ErrorResponse | GameDataDocument]:
    """Back up the data source (raw, downloadable)

     Back up the whole data source in the format chosen by `Accept` (JSON, MessagePack, BSON) **without**
    the
    response envelope. With `download=true` the server adds `Content-Disposition: attachment`.

    Args:
        data_source_id (str): A MongoDB ObjectId: 24 hexadecimal characters (the vendor's `format:
            objectId`). Every id of a user,
            workspace, project, branch/data source, invitation, resource, login and authentication
            flow has this form.
             Example: 5f8d0d55b54764421b7156c9.
        download (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameDataDocument]
    """

    kwargs = _get_kwargs(
        data_source_id=data_source_id,
        download=download,
    )

    response = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


async def asyncio(
    data_source_id: str,
    *,
    client: AuthenticatedClient,
    download: bool | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> GameDataDocument:
    """Back up the data source (raw, downloadable) (async)

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        data_source_id=data_source_id,
        download=download,
    )
    raw = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)


def sync_bytes(
    data_source_id: str,
    *,
    client: AuthenticatedClient,
    download: bool | Unset = UNSET,
    accept: MediaType,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> bytes:
    """Back up the data source (raw, downloadable), as the raw body in the ``accept`` media type

    Sends ``Accept: <accept>`` and returns the success body unparsed (bytes, whatever the media type).
    Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        data_source_id=data_source_id,
        download=download,
    )
    kwargs["headers"] = {**(kwargs.get("headers") or {}), "Accept": accept}
    raw = client.send(kwargs, max_retries=max_retries, timeout=timeout)
    if not 200 <= raw.status_code <= 299:
        client.raise_error(raw)
    return raw.content


async def asyncio_bytes(
    data_source_id: str,
    *,
    client: AuthenticatedClient,
    download: bool | Unset = UNSET,
    accept: MediaType,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> bytes:
    """Back up the data source (raw, downloadable), as the raw body in the ``accept`` media type (async)"""

    kwargs = _get_kwargs(
        data_source_id=data_source_id,
        download=download,
    )
    kwargs["headers"] = {**(kwargs.get("headers") or {}), "Accept": accept}
    raw = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)
    if not 200 <= raw.status_code <= 299:
        client.raise_error(raw)
    return raw.content
