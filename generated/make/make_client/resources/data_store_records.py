"""Data store records: one method per operation. Generated from the spec; do not edit."""

# Annotations name classes defined further down and builtins a method may shadow (``list``).
from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property
from typing import Any, overload

import httpx

from .. import _runtime, pagination
from ..api.data_store_records import (
    create_data_store_record as _create_data_store_record,
)
from ..api.data_store_records import (
    delete_data_store_records as _delete_data_store_records,
)
from ..api.data_store_records import list_data_store_records as _list_data_store_records
from ..api.data_store_records import (
    replace_data_store_record as _replace_data_store_record,
)
from ..api.data_store_records import (
    update_data_store_record as _update_data_store_record,
)
from ..client import BaseClient
from ..models.create_data_store_record_request import CreateDataStoreRecordRequest
from ..models.data_store_record import DataStoreRecord
from ..models.data_store_record_data import DataStoreRecordData
from ..models.data_store_record_fields import DataStoreRecordFields
from ..models.data_store_record_list import DataStoreRecordList
from ..models.delete_all_data_store_records import DeleteAllDataStoreRecords
from ..models.delete_data_store_records_by_keys import DeleteDataStoreRecordsByKeys
from ..models.deleted_data_store_records import DeletedDataStoreRecords
from ..models.make_error import MakeError
from ..types import UNSET, Response, Unset


class DataStoreRecordsResource(_runtime.Resource[BaseClient]):
    """Data store records."""

    @cached_property
    def with_raw_response(self) -> DataStoreRecordsResourceWithRawResponse:
        return DataStoreRecordsResourceWithRawResponse(self._client)

    @overload
    def create(
        self,
        data_store_id: int,
        *,
        data: DataStoreRecordData,
        key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStoreRecord: ...

    @overload
    def create(
        self,
        data_store_id: int,
        *,
        body: CreateDataStoreRecordRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStoreRecord: ...

    def create(
        self,
        data_store_id: int,
        *,
        body: CreateDataStoreRecordRequest | Unset = UNSET,
        data: DataStoreRecordData | Unset = UNSET,
        key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStoreRecord:
        """Create a data store record

        ``POST /data-stores/{data_store_id}/data`` (create_data_store_record).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                CreateDataStoreRecordRequest,
                {
                    "data": data,
                    "key": key,
                },
                required=("data",),
                unset=UNSET,
                operation="create",
            )
        request = _runtime.with_options(
            _create_data_store_record._get_kwargs(
                data_store_id=data_store_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _create_data_store_record._success(client=self._client, raw=raw)

    def delete_many(
        self,
        data_store_id: int,
        *,
        body: DeleteAllDataStoreRecords | DeleteDataStoreRecordsByKeys,
        confirmed: bool,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DeletedDataStoreRecords:
        """Delete data store records

        ``DELETE /data-stores/{data_store_id}/data`` (delete_data_store_records).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _delete_data_store_records._get_kwargs(
                data_store_id=data_store_id,
                body=body,
                confirmed=confirmed,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _delete_data_store_records._success(client=self._client, raw=raw)

    def list(
        self,
        data_store_id: int,
        *,
        pgoffset: int | Unset = UNSET,
        pglimit: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStoreRecordList:
        """List data store records

        ``GET /data-stores/{data_store_id}/data`` (list_data_store_records).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _list_data_store_records._get_kwargs(
                data_store_id=data_store_id,
                pgoffset=pgoffset,
                pglimit=pglimit,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _list_data_store_records._success(client=self._client, raw=raw)

    def list_all(
        self,
        data_store_id: int,
        *,
        page_size: int = 100,
        start: int = 0,
    ) -> Iterator[DataStoreRecord]:
        """Every item of ``list``, across all pages, fetched lazily one page at a time."""
        return pagination.iter_list_data_store_records(
            client=self._client,
            data_store_id=data_store_id,
            page_size=page_size,
            start=start,
        )

    def replace(
        self,
        data_store_id: int,
        data_store_record_key: str,
        *,
        body: DataStoreRecordFields,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStoreRecord:
        """Replace a data store record

        ``PUT /data-stores/{data_store_id}/data/{data_store_record_key}`` (replace_data_store_record).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _replace_data_store_record._get_kwargs(
                data_store_id=data_store_id,
                data_store_record_key=data_store_record_key,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _replace_data_store_record._success(client=self._client, raw=raw)

    def update(
        self,
        data_store_id: int,
        data_store_record_key: str,
        *,
        body: DataStoreRecordFields,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStoreRecord:
        """Update a data store record

        ``PATCH /data-stores/{data_store_id}/data/{data_store_record_key}`` (update_data_store_record).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _update_data_store_record._get_kwargs(
                data_store_id=data_store_id,
                data_store_record_key=data_store_record_key,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _update_data_store_record._success(client=self._client, raw=raw)


class DataStoreRecordsResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """Data store records, each method returning the whole ``Response``."""

    @overload
    def create(
        self,
        data_store_id: int,
        *,
        data: DataStoreRecordData,
        key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataStoreRecord | MakeError]: ...

    @overload
    def create(
        self,
        data_store_id: int,
        *,
        body: CreateDataStoreRecordRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataStoreRecord | MakeError]: ...

    def create(
        self,
        data_store_id: int,
        *,
        body: CreateDataStoreRecordRequest | Unset = UNSET,
        data: DataStoreRecordData | Unset = UNSET,
        key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataStoreRecord | MakeError]:
        """Create a data store record

        ``POST /data-stores/{data_store_id}/data`` (create_data_store_record).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                CreateDataStoreRecordRequest,
                {
                    "data": data,
                    "key": key,
                },
                required=("data",),
                unset=UNSET,
                operation="create",
            )
        request = _runtime.with_options(
            _create_data_store_record._get_kwargs(
                data_store_id=data_store_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _create_data_store_record._build_response(client=self._client, response=raw)

    def delete_many(
        self,
        data_store_id: int,
        *,
        body: DeleteAllDataStoreRecords | DeleteDataStoreRecordsByKeys,
        confirmed: bool,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DeletedDataStoreRecords | MakeError]:
        """Delete data store records

        ``DELETE /data-stores/{data_store_id}/data`` (delete_data_store_records).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _delete_data_store_records._get_kwargs(
                data_store_id=data_store_id,
                body=body,
                confirmed=confirmed,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _delete_data_store_records._build_response(client=self._client, response=raw)

    def list(
        self,
        data_store_id: int,
        *,
        pgoffset: int | Unset = UNSET,
        pglimit: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataStoreRecordList | MakeError]:
        """List data store records

        ``GET /data-stores/{data_store_id}/data`` (list_data_store_records).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _list_data_store_records._get_kwargs(
                data_store_id=data_store_id,
                pgoffset=pgoffset,
                pglimit=pglimit,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _list_data_store_records._build_response(client=self._client, response=raw)

    def replace(
        self,
        data_store_id: int,
        data_store_record_key: str,
        *,
        body: DataStoreRecordFields,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataStoreRecord | MakeError]:
        """Replace a data store record

        ``PUT /data-stores/{data_store_id}/data/{data_store_record_key}`` (replace_data_store_record).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _replace_data_store_record._get_kwargs(
                data_store_id=data_store_id,
                data_store_record_key=data_store_record_key,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _replace_data_store_record._build_response(client=self._client, response=raw)

    def update(
        self,
        data_store_id: int,
        data_store_record_key: str,
        *,
        body: DataStoreRecordFields,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataStoreRecord | MakeError]:
        """Update a data store record

        ``PATCH /data-stores/{data_store_id}/data/{data_store_record_key}`` (update_data_store_record).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _update_data_store_record._get_kwargs(
                data_store_id=data_store_id,
                data_store_record_key=data_store_record_key,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _update_data_store_record._build_response(client=self._client, response=raw)


class AsyncDataStoreRecordsResource(_runtime.Resource[BaseClient]):
    """Data store records (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncDataStoreRecordsResourceWithRawResponse:
        return AsyncDataStoreRecordsResourceWithRawResponse(self._client)

    @overload
    async def create(
        self,
        data_store_id: int,
        *,
        data: DataStoreRecordData,
        key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStoreRecord: ...

    @overload
    async def create(
        self,
        data_store_id: int,
        *,
        body: CreateDataStoreRecordRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStoreRecord: ...

    async def create(
        self,
        data_store_id: int,
        *,
        body: CreateDataStoreRecordRequest | Unset = UNSET,
        data: DataStoreRecordData | Unset = UNSET,
        key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStoreRecord:
        """Create a data store record

        ``POST /data-stores/{data_store_id}/data`` (create_data_store_record).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                CreateDataStoreRecordRequest,
                {
                    "data": data,
                    "key": key,
                },
                required=("data",),
                unset=UNSET,
                operation="create",
            )
        request = _runtime.with_options(
            _create_data_store_record._get_kwargs(
                data_store_id=data_store_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _create_data_store_record._success(client=self._client, raw=raw)

    async def delete_many(
        self,
        data_store_id: int,
        *,
        body: DeleteAllDataStoreRecords | DeleteDataStoreRecordsByKeys,
        confirmed: bool,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DeletedDataStoreRecords:
        """Delete data store records

        ``DELETE /data-stores/{data_store_id}/data`` (delete_data_store_records).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _delete_data_store_records._get_kwargs(
                data_store_id=data_store_id,
                body=body,
                confirmed=confirmed,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _delete_data_store_records._success(client=self._client, raw=raw)

    async def list(
        self,
        data_store_id: int,
        *,
        pgoffset: int | Unset = UNSET,
        pglimit: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStoreRecordList:
        """List data store records

        ``GET /data-stores/{data_store_id}/data`` (list_data_store_records).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _list_data_store_records._get_kwargs(
                data_store_id=data_store_id,
                pgoffset=pgoffset,
                pglimit=pglimit,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _list_data_store_records._success(client=self._client, raw=raw)

    def list_all(
        self,
        data_store_id: int,
        *,
        page_size: int = 100,
        start: int = 0,
    ) -> AsyncIterator[DataStoreRecord]:
        """Every item of ``list``, across all pages, fetched lazily one page at a time."""
        return pagination.aiter_list_data_store_records(
            client=self._client,
            data_store_id=data_store_id,
            page_size=page_size,
            start=start,
        )

    async def replace(
        self,
        data_store_id: int,
        data_store_record_key: str,
        *,
        body: DataStoreRecordFields,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStoreRecord:
        """Replace a data store record

        ``PUT /data-stores/{data_store_id}/data/{data_store_record_key}`` (replace_data_store_record).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _replace_data_store_record._get_kwargs(
                data_store_id=data_store_id,
                data_store_record_key=data_store_record_key,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _replace_data_store_record._success(client=self._client, raw=raw)

    async def update(
        self,
        data_store_id: int,
        data_store_record_key: str,
        *,
        body: DataStoreRecordFields,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStoreRecord:
        """Update a data store record

        ``PATCH /data-stores/{data_store_id}/data/{data_store_record_key}`` (update_data_store_record).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _update_data_store_record._get_kwargs(
                data_store_id=data_store_id,
                data_store_record_key=data_store_record_key,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _update_data_store_record._success(client=self._client, raw=raw)


class AsyncDataStoreRecordsResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """Data store records, each method returning the whole ``Response`` (async)."""

    @overload
    async def create(
        self,
        data_store_id: int,
        *,
        data: DataStoreRecordData,
        key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataStoreRecord | MakeError]: ...

    @overload
    async def create(
        self,
        data_store_id: int,
        *,
        body: CreateDataStoreRecordRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataStoreRecord | MakeError]: ...

    async def create(
        self,
        data_store_id: int,
        *,
        body: CreateDataStoreRecordRequest | Unset = UNSET,
        data: DataStoreRecordData | Unset = UNSET,
        key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataStoreRecord | MakeError]:
        """Create a data store record

        ``POST /data-stores/{data_store_id}/data`` (create_data_store_record).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                CreateDataStoreRecordRequest,
                {
                    "data": data,
                    "key": key,
                },
                required=("data",),
                unset=UNSET,
                operation="create",
            )
        request = _runtime.with_options(
            _create_data_store_record._get_kwargs(
                data_store_id=data_store_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _create_data_store_record._build_response(client=self._client, response=raw)

    async def delete_many(
        self,
        data_store_id: int,
        *,
        body: DeleteAllDataStoreRecords | DeleteDataStoreRecordsByKeys,
        confirmed: bool,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DeletedDataStoreRecords | MakeError]:
        """Delete data store records

        ``DELETE /data-stores/{data_store_id}/data`` (delete_data_store_records).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _delete_data_store_records._get_kwargs(
                data_store_id=data_store_id,
                body=body,
                confirmed=confirmed,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _delete_data_store_records._build_response(client=self._client, response=raw)

    async def list(
        self,
        data_store_id: int,
        *,
        pgoffset: int | Unset = UNSET,
        pglimit: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataStoreRecordList | MakeError]:
        """List data store records

        ``GET /data-stores/{data_store_id}/data`` (list_data_store_records).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _list_data_store_records._get_kwargs(
                data_store_id=data_store_id,
                pgoffset=pgoffset,
                pglimit=pglimit,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _list_data_store_records._build_response(client=self._client, response=raw)

    async def replace(
        self,
        data_store_id: int,
        data_store_record_key: str,
        *,
        body: DataStoreRecordFields,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataStoreRecord | MakeError]:
        """Replace a data store record

        ``PUT /data-stores/{data_store_id}/data/{data_store_record_key}`` (replace_data_store_record).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _replace_data_store_record._get_kwargs(
                data_store_id=data_store_id,
                data_store_record_key=data_store_record_key,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _replace_data_store_record._build_response(client=self._client, response=raw)

    async def update(
        self,
        data_store_id: int,
        data_store_record_key: str,
        *,
        body: DataStoreRecordFields,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DataStoreRecord | MakeError]:
        """Update a data store record

        ``PATCH /data-stores/{data_store_id}/data/{data_store_record_key}`` (update_data_store_record).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _update_data_store_record._get_kwargs(
                data_store_id=data_store_id,
                data_store_record_key=data_store_record_key,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _update_data_store_record._build_response(client=self._client, response=raw)
