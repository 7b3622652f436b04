from http import HTTPStatus
from typing import Any, cast

import httpx

from ..._facts import QUERY_JOINS
from ..._runtime import join_query, path_value
from ...client import AuthenticatedClient, Client
from ...models.data_asset_list import DataAssetList
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    data_store_ids: list[str],
    *,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    projections: list[str] | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["page"] = page

    json_projections: list[str] | Unset = UNSET
    if not isinstance(projections, Unset):
        json_projections = projections

    params["projections"] = json_projections

    json_sort: list[str] | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/data-stores/{path_value(data_store_ids)}/data-assets",
        "params": join_query(params, QUERY_JOINS.get("list_data_assets")),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DataAssetList | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DataAssetList.from_dict(response.json())

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
) -> Response[DataAssetList | ErrorResponse]:
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


def _success(*, client: AuthenticatedClient | Client, raw: httpx.Response) -> DataAssetList:
    """The parsed body of a success; any other status raises the client's typed error for it."""
    if not 200 <= raw.status_code <= 299:
        client.raise_error(raw)
    response = _build_response(client=client, response=raw)
    if response.parsed is None:
        raise client.unexpected_status(raw)
    return cast("DataAssetList", response.parsed)


def sync_detailed(
    data_store_ids: list[str],
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    projections: list[str] | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[DataAssetList | ErrorResponse]:
    """Get all data assets belonging to the data store(s).

     Returns one page of the data assets whose `dataStoreInfo.id` is one of `data-store-ids`
    (`*`: of every data store), in the list envelope. The ids act as a filter: ids that match
    no data store contribute nothing (no 404).

    Paging, `projections` and `sort` as for `listDataStores`; sortable fields are top-level
    properties of the data asset (e.g. `name`, `technicalName`, `appType`, `createdTime`,
    `lastModifiedTime`, `dataFreshness`).

    Rate limit: Tier 1 (1000 requests per minute).

    Args:
        data_store_ids (list[str]):
        limit (int | Unset):
        page (int | Unset):
        projections (list[str] | Unset):
        sort (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataAssetList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        data_store_ids=data_store_ids,
        limit=limit,
        page=page,
        projections=projections,
        sort=sort,
    )

    response = client.send(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


def sync(
    data_store_ids: list[str],
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    projections: list[str] | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> DataAssetList:
    """Get all data assets belonging to the data store(s).

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        data_store_ids=data_store_ids,
        limit=limit,
        page=page,
        projections=projections,
        sort=sort,
    )
    raw = client.send(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)


async def asyncio_detailed(
    data_store_ids: list[str],
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    projections: list[str] | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> Response[DataAssetList | ErrorResponse]:
    """Get all data assets belonging to the data store(s).

     Returns one page of the data assets whose `dataStoreInfo.id` is one of `data-store-ids`
    (`*`: of every data store), in the list envelope. The ids act as a filter: ids that match
    no data store contribute nothing (no 404).

    Paging, `projections` and `sort` as for `listDataStores`; sortable fields are top-level
    properties of the data asset (e.g. `name`, `technicalName`, `appType`, `createdTime`,
    `lastModifiedTime`, `dataFreshness`).

    Rate limit: Tier 1 (1000 requests per minute).

    Args:
        data_store_ids (list[str]):
        limit (int | Unset):
        page (int | Unset):
        projections (list[str] | Unset):
        sort (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataAssetList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        data_store_ids=data_store_ids,
        limit=limit,
        page=page,
        projections=projections,
        sort=sort,
    )

    response = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


async def asyncio(
    data_store_ids: list[str],
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    projections: list[str] | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> DataAssetList:
    """Get all data assets belonging to the data store(s). (async)

    Returns the parsed success body. Raises ``errors.ApiError`` (a subclass per status) otherwise.
    """

    kwargs = _get_kwargs(
        data_store_ids=data_store_ids,
        limit=limit,
        page=page,
        projections=projections,
        sort=sort,
    )
    raw = await client.asend(kwargs, max_retries=max_retries, timeout=timeout)
    return _success(client=client, raw=raw)
