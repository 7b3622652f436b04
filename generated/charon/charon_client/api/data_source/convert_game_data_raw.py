from http import HTTPStatus
from typing import Any, cast

import httpx

from ..._facts import QUERY_JOINS
from ..._runtime import join_query, path_value
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_data_document import GameDataDocument
from ...types import UNSET, Response, Unset


def _request_without_body(
    data_source_id: str,
    *,
    schema_name_or_id: str | Unset = UNSET,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The request's method, URL, query and headers, for a body added by the caller (JSON or raw bytes)."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["schemaNameOrId"] = schema_name_or_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/datasource/{path_value(data_source_id)}/converter/raw/",
        "params": join_query(params, QUERY_JOINS.get("convert_game_data_raw")),
    }
    return _kwargs, headers


def _get_kwargs(
    data_source_id: str,
    *,
    body: Any,
    schema_name_or_id: str | Unset = UNSET,
) -> dict[str, Any]:
    _kwargs, headers = _request_without_body(
        data_source_id=data_source_id,
        schema_name_or_id=schema_name_or_id,
    )

    _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    client: AuthenticatedClient | Client,
    body: Any,
    schema_name_or_id: str | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[ErrorResponse | GameDataDocument]:
    """Convert game data to JSON

     Convert the game data documents in the request body (JSON, MessagePack, BSON, XLSX or XLIFF, per
    `Content-Type`) to JSON and return them **without** the response envelope. When the body is an array
    of
    documents, `schemaNameOrId` names their schema.

    Args:
        data_source_id (str): A MongoDB ObjectId: 24 hexadecimal characters (the vendor's `format:
            objectId`). Every id of a user,
            workspace, project, branch/data source, invitation, resource, login and authentication
            flow has this form.
             Example: 5f8d0d55b54764421b7156c9.
        schema_name_or_id (str | Unset):
        body (Any): Any JSON value (object, array, string, number, boolean or null).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameDataDocument]
    """

    kwargs = _get_kwargs(
        data_source_id=data_source_id,
        body=body,
        schema_name_or_id=schema_name_or_id,
    )

    response = client.send(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


def sync(
    data_source_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Any,
    schema_name_or_id: str | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> GameDataDocument:
    """Convert game data to JSON

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        data_source_id=data_source_id,
        body=body,
        schema_name_or_id=schema_name_or_id,
    )
    raw = client.send(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)


async def asyncio_detailed(
    data_source_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Any,
    schema_name_or_id: str | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[ErrorResponse | GameDataDocument]:
    """Convert game data to JSON

     Convert the game data documents in the request body (JSON, MessagePack, BSON, XLSX or XLIFF, per
    `Content-Type`) to JSON and return them **without** the response envelope. When the body is an array
    of
    documents, `schemaNameOrId` names their schema.

    Args:
        data_source_id (str): A MongoDB ObjectId: 24 hexadecimal characters (the vendor's `format:
            objectId`). Every id of a user,
            workspace, project, branch/data source, invitation, resource, login and authentication
            flow has this form.
             Example: 5f8d0d55b54764421b7156c9.
        schema_name_or_id (str | Unset):
        body (Any): Any JSON value (object, array, string, number, boolean or null).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameDataDocument]
    """

    kwargs = _get_kwargs(
        data_source_id=data_source_id,
        body=body,
        schema_name_or_id=schema_name_or_id,
    )

    response = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


async def asyncio(
    data_source_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Any,
    schema_name_or_id: str | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> GameDataDocument:
    """Convert game data to JSON (async)

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        data_source_id=data_source_id,
        body=body,
        schema_name_or_id=schema_name_or_id,
    )
    raw = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)
