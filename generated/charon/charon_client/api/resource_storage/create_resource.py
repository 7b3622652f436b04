from http import HTTPStatus
from typing import Any, cast

import httpx

from ..._facts import QUERY_JOINS
from ..._runtime import join_query
from ...client import AuthenticatedClient, Client
from ...models.create_resource_response import CreateResourceResponse
from ...models.error_response import ErrorResponse
from ...models.stored_resource_purpose import StoredResourcePurpose
from ...types import UNSET, File, Response, Unset


def _request_without_body(
    *,
    name: str,
    purpose: StoredResourcePurpose,
    media_type: str | Unset = UNSET,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The request's method, URL, query and headers, for a body added by the caller (JSON or raw bytes)."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["name"] = name

    json_purpose = purpose.value
    params["purpose"] = json_purpose

    params["mediaType"] = media_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/resourceStorage/",
        "params": join_query(params, QUERY_JOINS.get("create_resource")),
    }
    return _kwargs, headers


def _get_kwargs(
    *,
    body: File,
    name: str,
    purpose: StoredResourcePurpose,
    media_type: str | Unset = UNSET,
) -> dict[str, Any]:
    _kwargs, headers = _request_without_body(
        name=name,
        purpose=purpose,
        media_type=media_type,
    )

    _kwargs["content"] = body.payload
    headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateResourceResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CreateResourceResponse.from_dict(response.json())

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
) -> Response[CreateResourceResponse | ErrorResponse]:
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


def _success(*, client: AuthenticatedClient | Client, raw: httpx.Response) -> CreateResourceResponse:
    """The parsed body of a success; any other status raises the client's typed error for it."""
    if not 200 <= raw.status_code <= 299:
        client.raise_error(raw)
    response = _build_response(client=client, response=raw)
    if response.parsed is None:
        raise client.unexpected_status(raw)
    return cast("CreateResourceResponse", response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: File,
    name: str,
    purpose: StoredResourcePurpose,
    media_type: str | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[CreateResourceResponse | ErrorResponse]:
    """Upload a resource

     Store a file (e.g. a user, project or workspace picture). The body is the raw content
    (`application/octet-stream`); name, purpose and media type are query parameters. PUT creates in this
    API.

    Args:
        name (str):
        purpose (StoredResourcePurpose): What a stored resource is used for.
        media_type (str | Unset):
        body (File): Raw binary content.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateResourceResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        name=name,
        purpose=purpose,
        media_type=media_type,
    )

    response = client.send(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: File,
    name: str,
    purpose: StoredResourcePurpose,
    media_type: str | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> CreateResourceResponse:
    """Upload a resource

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        body=body,
        name=name,
        purpose=purpose,
        media_type=media_type,
    )
    raw = client.send(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: File,
    name: str,
    purpose: StoredResourcePurpose,
    media_type: str | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[CreateResourceResponse | ErrorResponse]:
    """Upload a resource

     Store a file (e.g. a user, project or workspace picture). The body is the raw content
    (`application/octet-stream`); name, purpose and media type are query parameters. PUT creates in this
    API.

    Args:
        name (str):
        purpose (StoredResourcePurpose): What a stored resource is used for.
        media_type (str | Unset):
        body (File): Raw binary content.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateResourceResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        name=name,
        purpose=purpose,
        media_type=media_type,
    )

    response = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: File,
    name: str,
    purpose: StoredResourcePurpose,
    media_type: str | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> CreateResourceResponse:
    """Upload a resource (async)

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        body=body,
        name=name,
        purpose=purpose,
        media_type=media_type,
    )
    raw = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)
