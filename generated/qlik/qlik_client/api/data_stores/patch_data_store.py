from http import HTTPStatus
from typing import Any, cast

import httpx

from ..._runtime import path_value
from ...client import AuthenticatedClient, Client
from ...models.data_store import DataStore
from ...models.error_response import ErrorResponse
from ...models.json_patch_operation import JsonPatchOperation
from ...types import Response


def _request_without_body(
    data_store_id: str,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The request's method, URL, query and headers, for a body added by the caller (JSON or raw bytes)."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": f"/data-stores/{path_value(data_store_id)}",
    }
    return _kwargs, headers


def _get_kwargs(
    data_store_id: str,
    *,
    body: list[JsonPatchOperation],
) -> dict[str, Any]:
    _kwargs, headers = _request_without_body(
        data_store_id=data_store_id,
    )

    _kwargs["json"] = []
    for componentsschemas_json_patch_document_item_data in body:
        componentsschemas_json_patch_document_item = componentsschemas_json_patch_document_item_data.to_dict()
        _kwargs["json"].append(componentsschemas_json_patch_document_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DataStore | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DataStore.from_dict(response.json())

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | DataStore | ErrorResponse]:
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


def _success(*, client: AuthenticatedClient | Client, raw: httpx.Response) -> Any | DataStore:
    """The parsed body of a success; any other status raises the client's typed error for it."""
    if not 200 <= raw.status_code <= 299:
        client.raise_error(raw)
    response = _build_response(client=client, response=raw)
    return cast("Any | DataStore", response.parsed)


def sync_detailed(
    data_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[JsonPatchOperation],
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[Any | DataStore | ErrorResponse]:
    """Patch data store.

     Applies an RFC 6902 JSON Patch (an array of operations, sent as `application/json`) to
    the data store. The patch is atomic: if any operation fails, nothing changes.

    The vendor does not list the allowed paths. Writable members are the ones a client may
    also send on create: `/uri`, `/name`, `/tags` (and `/tags/-`, `/tags/<n>`), `/type`,
    `/ownerId`, `/spaceId`, `/properties` (and `/properties/<key>`), `/description`,
    `/technicalName`, `/technicalDescription`. Paths to server-managed fields (`/id`,
    `/version`, `/tenantId`, `/createdBy`, `/createdTime`, `/lastModifiedBy`,
    `/lastModifiedTime`) are rejected with 400 except as the target of a `test` operation.
    The patched store must still satisfy the data store constraints (`technicalName` and
    `type` present, length limits, unique tags), otherwise 400. A failed `test` operation
    gives 409. A successful patch increments `version` and sets `lastModified*`.

    The vendor documents 200 (with the patched data store) and 204 (no body); clients must
    accept both.

    Rate limit: Tier 2 (100 requests per minute).

    Args:
        data_store_id (str):
        body (list[JsonPatchOperation]): Array of JSON patch documents as defined by RFC 6902.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DataStore | ErrorResponse]
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
    body: list[JsonPatchOperation],
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Any | DataStore:
    """Patch data store.

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
    body: list[JsonPatchOperation],
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[Any | DataStore | ErrorResponse]:
    """Patch data store.

     Applies an RFC 6902 JSON Patch (an array of operations, sent as `application/json`) to
    the data store. The patch is atomic: if any operation fails, nothing changes.

    The vendor does not list the allowed paths. Writable members are the ones a client may
    also send on create: `/uri`, `/name`, `/tags` (and `/tags/-`, `/tags/<n>`), `/type`,
    `/ownerId`, `/spaceId`, `/properties` (and `/properties/<key>`), `/description`,
    `/technicalName`, `/technicalDescription`. Paths to server-managed fields (`/id`,
    `/version`, `/tenantId`, `/createdBy`, `/createdTime`, `/lastModifiedBy`,
    `/lastModifiedTime`) are rejected with 400 except as the target of a `test` operation.
    The patched store must still satisfy the data store constraints (`technicalName` and
    `type` present, length limits, unique tags), otherwise 400. A failed `test` operation
    gives 409. A successful patch increments `version` and sets `lastModified*`.

    The vendor documents 200 (with the patched data store) and 204 (no body); clients must
    accept both.

    Rate limit: Tier 2 (100 requests per minute).

    Args:
        data_store_id (str):
        body (list[JsonPatchOperation]): Array of JSON patch documents as defined by RFC 6902.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DataStore | ErrorResponse]
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
    body: list[JsonPatchOperation],
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Any | DataStore:
    """Patch data store. (async)

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        data_store_id=data_store_id,
        body=body,
    )
    raw = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)
