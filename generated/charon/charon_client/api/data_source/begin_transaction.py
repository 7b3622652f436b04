from http import HTTPStatus
from typing import Any, cast

import httpx

from ..._runtime import path_value
from ...client import AuthenticatedClient, Client
from ...models.begin_transaction_request import BeginTransactionRequest
from ...models.error_response import ErrorResponse
from ...types import Response


def _request_without_body(
    data_source_id: str,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The request's method, URL, query and headers, for a body added by the caller (JSON or raw bytes)."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/datasource/{path_value(data_source_id)}/transaction/",
    }
    return _kwargs, headers


def _get_kwargs(
    data_source_id: str,
    *,
    body: BeginTransactionRequest,
) -> dict[str, Any]:
    _kwargs, headers = _request_without_body(
        data_source_id=data_source_id,
    )

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorResponse | None:
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


def _success(*, client: AuthenticatedClient | Client, raw: httpx.Response) -> Any:
    """The parsed body of a success; any other status raises the client's typed error for it."""
    if not 200 <= raw.status_code <= 299:
        client.raise_error(raw)
    response = _build_response(client=client, response=raw)
    return cast("Any", response.parsed)


def sync_detailed(
    data_source_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BeginTransactionRequest,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[Any | ErrorResponse]:
    """Begin a transaction

     Wait for the data source to become available (up to `startTimeout`) and begin a new transaction with
    the
    client-chosen `id`. Pass that id as the `transactionId` query parameter of collection, documents,
    collections, validity and stats calls; finish with `commitTransaction` or `rejectTransaction`. A
    transaction
    that outlives `executionTimeout` is aborted. An id already in use is 409 `duplicateTransaction`; a
    data source
    that stays busy beyond `startTimeout` is 503 [inf].

    Args:
        data_source_id (str): A MongoDB ObjectId: 24 hexadecimal characters (the vendor's `format:
            objectId`). Every id of a user,
            workspace, project, branch/data source, invitation, resource, login and authentication
            flow has this form.
             Example: 5f8d0d55b54764421b7156c9.
        body (BeginTransactionRequest): Parameters of a new transaction.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        data_source_id=data_source_id,
        body=body,
    )

    response = client.send(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


def sync(
    data_source_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BeginTransactionRequest,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Any:
    """Begin a transaction

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        data_source_id=data_source_id,
        body=body,
    )
    raw = client.send(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)


async def asyncio_detailed(
    data_source_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BeginTransactionRequest,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[Any | ErrorResponse]:
    """Begin a transaction

     Wait for the data source to become available (up to `startTimeout`) and begin a new transaction with
    the
    client-chosen `id`. Pass that id as the `transactionId` query parameter of collection, documents,
    collections, validity and stats calls; finish with `commitTransaction` or `rejectTransaction`. A
    transaction
    that outlives `executionTimeout` is aborted. An id already in use is 409 `duplicateTransaction`; a
    data source
    that stays busy beyond `startTimeout` is 503 [inf].

    Args:
        data_source_id (str): A MongoDB ObjectId: 24 hexadecimal characters (the vendor's `format:
            objectId`). Every id of a user,
            workspace, project, branch/data source, invitation, resource, login and authentication
            flow has this form.
             Example: 5f8d0d55b54764421b7156c9.
        body (BeginTransactionRequest): Parameters of a new transaction.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        data_source_id=data_source_id,
        body=body,
    )

    response = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


async def asyncio(
    data_source_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BeginTransactionRequest,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Any:
    """Begin a transaction (async)

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        data_source_id=data_source_id,
        body=body,
    )
    raw = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)
