from http import HTTPStatus
from typing import Any, cast

import httpx

from ..._facts import QUERY_JOINS
from ..._runtime import join_query, path_value
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.find_request import FindRequest
from ...models.pick_documents_response import PickDocumentsResponse
from ...types import UNSET, Response, Unset


def _request_without_body(
    data_source_id: str,
    *,
    transaction_id: str | Unset = UNSET,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The request's method, URL, query and headers, for a body added by the caller (JSON or raw bytes)."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["transactionId"] = transaction_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/datasource/{path_value(data_source_id)}/documents/query/",
        "params": join_query(params, QUERY_JOINS.get("pick_documents")),
    }
    return _kwargs, headers


def _get_kwargs(
    data_source_id: str,
    *,
    body: list[FindRequest],
    transaction_id: str | Unset = UNSET,
) -> dict[str, Any]:
    _kwargs, headers = _request_without_body(
        data_source_id=data_source_id,
        transaction_id=transaction_id,
    )

    _kwargs["json"] = []
    for componentsschemas_pick_documents_request_item_data in body:
        componentsschemas_pick_documents_request_item = componentsschemas_pick_documents_request_item_data.to_dict()
        _kwargs["json"].append(componentsschemas_pick_documents_request_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PickDocumentsResponse | None:
    if response.status_code == 200:
        response_200 = PickDocumentsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | PickDocumentsResponse]:
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


def _success(*, client: AuthenticatedClient | Client, raw: httpx.Response) -> PickDocumentsResponse:
    """The parsed body of a success; any other status raises the client's typed error for it."""
    if not 200 <= raw.status_code <= 299:
        client.raise_error(raw)
    response = _build_response(client=client, response=raw)
    if response.parsed is None:
        raise client.unexpected_status(raw)
    return cast("PickDocumentsResponse", response.parsed)


def sync_detailed(
    data_source_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[FindRequest],
    transaction_id: str | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[ErrorResponse | PickDocumentsResponse]:
    """Pick documents by unique properties

     Batched find: look up 1 to 20 documents (of any collections) by unique property. Results come in the
    order of
    the request; a lookup that matches nothing gives `document: null`. More than 20 lookups is 400
    `parameterAboveMaxSize`.

    Args:
        data_source_id (str): A MongoDB ObjectId: 24 hexadecimal characters (the vendor's `format:
            objectId`). Every id of a user,
            workspace, project, branch/data source, invitation, resource, login and authentication
            flow has this form.
             Example: 5f8d0d55b54764421b7156c9.
        transaction_id (str | Unset):
        body (list[FindRequest]): 1 to 20 lookups.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PickDocumentsResponse]
    """

    kwargs = _get_kwargs(
        data_source_id=data_source_id,
        body=body,
        transaction_id=transaction_id,
    )

    response = client.send(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


def sync(
    data_source_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[FindRequest],
    transaction_id: str | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> PickDocumentsResponse:
    """Pick documents by unique properties

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        data_source_id=data_source_id,
        body=body,
        transaction_id=transaction_id,
    )
    raw = client.send(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)


async def asyncio_detailed(
    data_source_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[FindRequest],
    transaction_id: str | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[ErrorResponse | PickDocumentsResponse]:
    """Pick documents by unique properties

     Batched find: look up 1 to 20 documents (of any collections) by unique property. Results come in the
    order of
    the request; a lookup that matches nothing gives `document: null`. More than 20 lookups is 400
    `parameterAboveMaxSize`.

    Args:
        data_source_id (str): A MongoDB ObjectId: 24 hexadecimal characters (the vendor's `format:
            objectId`). Every id of a user,
            workspace, project, branch/data source, invitation, resource, login and authentication
            flow has this form.
             Example: 5f8d0d55b54764421b7156c9.
        transaction_id (str | Unset):
        body (list[FindRequest]): 1 to 20 lookups.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PickDocumentsResponse]
    """

    kwargs = _get_kwargs(
        data_source_id=data_source_id,
        body=body,
        transaction_id=transaction_id,
    )

    response = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


async def asyncio(
    data_source_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[FindRequest],
    transaction_id: str | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> PickDocumentsResponse:
    """Pick documents by unique properties (async)

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        data_source_id=data_source_id,
        body=body,
        transaction_id=transaction_id,
    )
    raw = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)
