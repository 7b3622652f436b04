from http import HTTPStatus
from typing import Any, cast

import httpx

from ..._facts import QUERY_JOINS
from ..._runtime import join_query, path_value
from ...client import AuthenticatedClient, Client
from ...models.data_document import DataDocument
from ...models.error_response import ErrorResponse
from ...models.update_document_response import UpdateDocumentResponse
from ...models.validation_option import ValidationOption
from ...types import UNSET, Response, Unset


def _request_without_body(
    data_source_id: str,
    schema_name_or_id: str,
    *,
    validation_options: list[ValidationOption],
    transaction_id: str | Unset = UNSET,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The request's method, URL, query and headers, for a body added by the caller (JSON or raw bytes)."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_validation_options = []
    for validation_options_item_data in validation_options:
        validation_options_item = validation_options_item_data.value
        json_validation_options.append(validation_options_item)

    params["validationOptions"] = json_validation_options

    params["transactionId"] = transaction_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/datasource/{path_value(data_source_id)}/collection/{path_value(schema_name_or_id)}/",
        "params": join_query(params, QUERY_JOINS.get("update_document")),
    }
    return _kwargs, headers


def _get_kwargs(
    data_source_id: str,
    schema_name_or_id: str,
    *,
    body: DataDocument,
    validation_options: list[ValidationOption],
    transaction_id: str | Unset = UNSET,
) -> dict[str, Any]:
    _kwargs, headers = _request_without_body(
        data_source_id=data_source_id,
        schema_name_or_id=schema_name_or_id,
        validation_options=validation_options,
        transaction_id=transaction_id,
    )

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UpdateDocumentResponse | None:
    if response.status_code == 200:
        response_200 = UpdateDocumentResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | UpdateDocumentResponse]:
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


def _success(*, client: AuthenticatedClient | Client, raw: httpx.Response) -> UpdateDocumentResponse:
    """The parsed body of a success; any other status raises the client's typed error for it."""
    if not 200 <= raw.status_code <= 299:
        client.raise_error(raw)
    response = _build_response(client=client, response=raw)
    if response.parsed is None:
        raise client.unexpected_status(raw)
    return cast("UpdateDocumentResponse", response.parsed)


def sync_detailed(
    data_source_id: str,
    schema_name_or_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DataDocument,
    validation_options: list[ValidationOption],
    transaction_id: str | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[ErrorResponse | UpdateDocumentResponse]:
    """Update a document

     Update a document (POST updates in this API). The body is the whole document or a partial document
    with the
    `Id` and the changed values. Validation as in `createDocument`; a document that does not exist is
    404.

    Args:
        data_source_id (str): A MongoDB ObjectId: 24 hexadecimal characters (the vendor's `format:
            objectId`). Every id of a user,
            workspace, project, branch/data source, invitation, resource, login and authentication
            flow has this form.
             Example: 5f8d0d55b54764421b7156c9.
        schema_name_or_id (str):
        validation_options (list[ValidationOption]):
        transaction_id (str | Unset):
        body (DataDocument): A game data document: a JSON object whose properties are defined by
            the schema of its collection. Every
            document has an `Id` (string, integer or other id type chosen by the schema); embedded
            documents and
            document collections appear as nested objects and arrays.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UpdateDocumentResponse]
    """

    kwargs = _get_kwargs(
        data_source_id=data_source_id,
        schema_name_or_id=schema_name_or_id,
        body=body,
        validation_options=validation_options,
        transaction_id=transaction_id,
    )

    response = client.send(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


def sync(
    data_source_id: str,
    schema_name_or_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DataDocument,
    validation_options: list[ValidationOption],
    transaction_id: str | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> UpdateDocumentResponse:
    """Update a document

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        data_source_id=data_source_id,
        schema_name_or_id=schema_name_or_id,
        body=body,
        validation_options=validation_options,
        transaction_id=transaction_id,
    )
    raw = client.send(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)


async def asyncio_detailed(
    data_source_id: str,
    schema_name_or_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DataDocument,
    validation_options: list[ValidationOption],
    transaction_id: str | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[ErrorResponse | UpdateDocumentResponse]:
    """Update a document

     Update a document (POST updates in this API). The body is the whole document or a partial document
    with the
    `Id` and the changed values. Validation as in `createDocument`; a document that does not exist is
    404.

    Args:
        data_source_id (str): A MongoDB ObjectId: 24 hexadecimal characters (the vendor's `format:
            objectId`). Every id of a user,
            workspace, project, branch/data source, invitation, resource, login and authentication
            flow has this form.
             Example: 5f8d0d55b54764421b7156c9.
        schema_name_or_id (str):
        validation_options (list[ValidationOption]):
        transaction_id (str | Unset):
        body (DataDocument): A game data document: a JSON object whose properties are defined by
            the schema of its collection. Every
            document has an `Id` (string, integer or other id type chosen by the schema); embedded
            documents and
            document collections appear as nested objects and arrays.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UpdateDocumentResponse]
    """

    kwargs = _get_kwargs(
        data_source_id=data_source_id,
        schema_name_or_id=schema_name_or_id,
        body=body,
        validation_options=validation_options,
        transaction_id=transaction_id,
    )

    response = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


async def asyncio(
    data_source_id: str,
    schema_name_or_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DataDocument,
    validation_options: list[ValidationOption],
    transaction_id: str | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> UpdateDocumentResponse:
    """Update a document (async)

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        data_source_id=data_source_id,
        schema_name_or_id=schema_name_or_id,
        body=body,
        validation_options=validation_options,
        transaction_id=transaction_id,
    )
    raw = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)
