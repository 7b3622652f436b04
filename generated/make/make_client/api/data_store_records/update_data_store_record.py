from http import HTTPStatus
from typing import Any, cast

import httpx

from ..._runtime import path_value
from ...client import AuthenticatedClient, Client
from ...models.data_store_record import DataStoreRecord
from ...models.data_store_record_fields import DataStoreRecordFields
from ...models.make_error import MakeError
from ...types import Response


def _request_without_body(
    data_store_id: int,
    data_store_record_key: str,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The request's method, URL, query and headers, for a body added by the caller (JSON or raw bytes)."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": f"/data-stores/{path_value(data_store_id)}/data/{path_value(data_store_record_key)}",
    }
    return _kwargs, headers


def _get_kwargs(
    data_store_id: int,
    data_store_record_key: str,
    *,
    body: DataStoreRecordFields,
) -> dict[str, Any]:
    _kwargs, headers = _request_without_body(
        data_store_id=data_store_id,
        data_store_record_key=data_store_record_key,
    )

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DataStoreRecord | MakeError | None:
    if response.status_code == 200:
        response_200 = DataStoreRecord.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = MakeError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = MakeError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = MakeError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = MakeError.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = MakeError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = MakeError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = MakeError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise client.unexpected_status(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DataStoreRecord | MakeError]:
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


def _success(*, client: AuthenticatedClient | Client, raw: httpx.Response) -> DataStoreRecord:
    """The parsed body of a success; any other status raises the client's typed error for it."""
    if not 200 <= raw.status_code <= 299:
        client.raise_error(raw)
    response = _build_response(client=client, response=raw)
    if response.parsed is None:
        raise client.unexpected_status(raw)
    return cast("DataStoreRecord", response.parsed)


def sync_detailed(
    data_store_id: int,
    data_store_record_key: str,
    *,
    client: AuthenticatedClient,
    body: DataStoreRecordFields,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[DataStoreRecord | MakeError]:
    """Update a data store record

     Merges the body, the **raw field map** (not wrapped in `data`), into the record's data; fields not
    sent are left unchanged. Returns the whole record bare (`{"key", "data"}`). 404 when the key does
    not exist in the store [inf].

    Args:
        data_store_id (int):
        data_store_record_key (str): Key of a record: generated keys are 12 lowercase hex
            characters; custom keys are 1–256 characters
            without `/` and not only dots [inf].
             Example: 8f7162828bc0.
        body (DataStoreRecordFields): The raw field map of a record, sent at the top level of the
            body (**not** wrapped in `data`), for
            replace (PUT) and update (PATCH).
             Example: {'email': 'john.updated@example.com'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataStoreRecord | MakeError]
    """

    kwargs = _get_kwargs(
        data_store_id=data_store_id,
        data_store_record_key=data_store_record_key,
        body=body,
    )

    response = client.send(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


def sync(
    data_store_id: int,
    data_store_record_key: str,
    *,
    client: AuthenticatedClient,
    body: DataStoreRecordFields,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> DataStoreRecord:
    """Update a data store record

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        data_store_id=data_store_id,
        data_store_record_key=data_store_record_key,
        body=body,
    )
    raw = client.send(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)


async def asyncio_detailed(
    data_store_id: int,
    data_store_record_key: str,
    *,
    client: AuthenticatedClient,
    body: DataStoreRecordFields,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[DataStoreRecord | MakeError]:
    """Update a data store record

     Merges the body, the **raw field map** (not wrapped in `data`), into the record's data; fields not
    sent are left unchanged. Returns the whole record bare (`{"key", "data"}`). 404 when the key does
    not exist in the store [inf].

    Args:
        data_store_id (int):
        data_store_record_key (str): Key of a record: generated keys are 12 lowercase hex
            characters; custom keys are 1–256 characters
            without `/` and not only dots [inf].
             Example: 8f7162828bc0.
        body (DataStoreRecordFields): The raw field map of a record, sent at the top level of the
            body (**not** wrapped in `data`), for
            replace (PUT) and update (PATCH).
             Example: {'email': 'john.updated@example.com'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataStoreRecord | MakeError]
    """

    kwargs = _get_kwargs(
        data_store_id=data_store_id,
        data_store_record_key=data_store_record_key,
        body=body,
    )

    response = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


async def asyncio(
    data_store_id: int,
    data_store_record_key: str,
    *,
    client: AuthenticatedClient,
    body: DataStoreRecordFields,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> DataStoreRecord:
    """Update a data store record (async)

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        data_store_id=data_store_id,
        data_store_record_key=data_store_record_key,
        body=body,
    )
    raw = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)
