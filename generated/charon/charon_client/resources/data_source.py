"""Data source: one method per operation. Generated from the spec; do not edit."""

# Annotations name classes defined further down and builtins a method may shadow (``list``).
from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, overload

import httpx

from .. import _runtime, pagination
from ..api.data_source import backup as _backup
from ..api.data_source import backup_raw as _backup_raw
from ..api.data_source import begin_transaction as _begin_transaction
from ..api.data_source import bulk_change_documents as _bulk_change_documents
from ..api.data_source import commit_transaction as _commit_transaction
from ..api.data_source import convert_game_data_raw as _convert_game_data_raw
from ..api.data_source import create_document as _create_document
from ..api.data_source import delete_document as _delete_document
from ..api.data_source import examine as _examine
from ..api.data_source import export as _export
from ..api.data_source import export_raw as _export_raw
from ..api.data_source import find_document as _find_document
from ..api.data_source import generate_source_code as _generate_source_code
from ..api.data_source import get_loading_progress as _get_loading_progress
from ..api.data_source import (
    get_source_code_generation_template as _get_source_code_generation_template,
)
from ..api.data_source import import_ as _import_
from ..api.data_source import list_documents as _list_documents
from ..api.data_source import pick_documents as _pick_documents
from ..api.data_source import query_documents as _query_documents
from ..api.data_source import reject_transaction as _reject_transaction
from ..api.data_source import restore as _restore
from ..api.data_source import update_document as _update_document
from ..api.data_source import validate as _validate
from ..client import BaseClient
from ..models.backup_response import BackupResponse
from ..models.begin_transaction_request import BeginTransactionRequest
from ..models.bulk_change_documents_response import BulkChangeDocumentsResponse
from ..models.create_document_response import CreateDocumentResponse
from ..models.data_document import DataDocument
from ..models.delete_document_response import DeleteDocumentResponse
from ..models.error_response import ErrorResponse
from ..models.examine_response import ExamineResponse
from ..models.export_mode import ExportMode
from ..models.export_response import ExportResponse
from ..models.filter_ import Filter
from ..models.find_document_response import FindDocumentResponse
from ..models.find_request import FindRequest
from ..models.game_data_document import GameDataDocument
from ..models.game_data_document_collections import GameDataDocumentCollections
from ..models.generate_source_code_request import GenerateSourceCodeRequest
from ..models.generate_source_code_request_indentation import (
    GenerateSourceCodeRequestIndentation,
)
from ..models.generate_source_code_request_line_endings import (
    GenerateSourceCodeRequestLineEndings,
)
from ..models.generate_source_code_request_optimizations_item import (
    GenerateSourceCodeRequestOptimizationsItem,
)
from ..models.get_loading_progress_response import GetLoadingProgressResponse
from ..models.import_mode import ImportMode
from ..models.import_response import ImportResponse
from ..models.list_documents_request import ListDocumentsRequest
from ..models.list_documents_response import ListDocumentsResponse
from ..models.list_result import ListResult
from ..models.pick_documents_response import PickDocumentsResponse
from ..models.restore_response import RestoreResponse
from ..models.sorter import Sorter
from ..models.target_source_code_language import TargetSourceCodeLanguage
from ..models.update_document_response import UpdateDocumentResponse
from ..models.validate_response import ValidateResponse
from ..models.validation_option import ValidationOption
from ..types import UNSET, File, Response, Unset

if TYPE_CHECKING:
    from .data_source_capabilities import (
        AsyncDataSourceCapabilitiesResource,
        AsyncDataSourceCapabilitiesResourceWithRawResponse,
        DataSourceCapabilitiesResource,
        DataSourceCapabilitiesResourceWithRawResponse,
    )


class DataSourceResource(_runtime.Resource[BaseClient]):
    """Data source."""

    @cached_property
    def capabilities(self) -> DataSourceCapabilitiesResource:
        from .data_source_capabilities import DataSourceCapabilitiesResource

        return DataSourceCapabilitiesResource(self._client)

    @cached_property
    def with_raw_response(self) -> DataSourceResourceWithRawResponse:
        return DataSourceResourceWithRawResponse(self._client)

    def backup(
        self,
        data_source_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BackupResponse:
        """Back up the data source

        ``GET /datasource/{data_source_id}/`` (backup).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _backup._get_kwargs(
                data_source_id=data_source_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _backup._success(client=self._client, raw=raw)

    def backup_bytes(
        self,
        data_source_id: str,
        *,
        accept: _backup.MediaType,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> bytes:
        """Back up the data source, unparsed, in the ``accept`` media type

        ``GET /datasource/{data_source_id}/`` (backup) with
        ``Accept: <accept>``; returns the success body as bytes. Raises ``ApiError`` on anything but a success.
        """
        request = _runtime.with_options(
            _backup._get_kwargs(
                data_source_id=data_source_id,
            ),
            {"Accept": accept, **(extra_headers or {})},
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        if not 200 <= raw.status_code <= 299:
            self._client.raise_error(raw)
        return raw.content

    def backup_raw(
        self,
        data_source_id: str,
        *,
        download: bool | Unset = UNSET,
        x_authorization: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GameDataDocument:
        """Back up the data source (raw, downloadable)

        ``GET /datasource/{data_source_id}/raw/`` (backup_raw).
        ``x_authorization``: a one-time credential sent as the ``x-authorization`` query parameter instead of the client's own.
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _backup_raw._get_kwargs(
                data_source_id=data_source_id,
                download=download,
            ),
            extra_headers,
            extra_query,
        )
        request = _runtime.with_query_credential(
            request,
            {
                "x-authorization": x_authorization,
            },
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _backup_raw._success(client=self._client, raw=raw)

    def backup_raw_bytes(
        self,
        data_source_id: str,
        *,
        accept: _backup_raw.MediaType,
        download: bool | Unset = UNSET,
        x_authorization: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> bytes:
        """Back up the data source (raw, downloadable), unparsed, in the ``accept`` media type

        ``GET /datasource/{data_source_id}/raw/`` (backup_raw) with
        ``Accept: <accept>``; returns the success body as bytes. Raises ``ApiError`` on anything but a success.
        """
        request = _runtime.with_options(
            _backup_raw._get_kwargs(
                data_source_id=data_source_id,
                download=download,
            ),
            {"Accept": accept, **(extra_headers or {})},
            extra_query,
        )
        request = _runtime.with_query_credential(
            request,
            {
                "x-authorization": x_authorization,
            },
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        if not 200 <= raw.status_code <= 299:
            self._client.raise_error(raw)
        return raw.content

    @overload
    def begin_transaction(
        self,
        data_source_id: str,
        *,
        id: str,
        execution_timeout: str,
        start_timeout: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    @overload
    def begin_transaction(
        self,
        data_source_id: str,
        *,
        body: BeginTransactionRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    def begin_transaction(
        self,
        data_source_id: str,
        *,
        body: BeginTransactionRequest | Unset = UNSET,
        id: str | Unset = UNSET,
        execution_timeout: str | Unset = UNSET,
        start_timeout: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Begin a transaction

        ``PUT /datasource/{data_source_id}/transaction/`` (begin_transaction).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                BeginTransactionRequest,
                {
                    "id": id,
                    "execution_timeout": execution_timeout,
                    "start_timeout": start_timeout,
                },
                required=(
                    "id",
                    "execution_timeout",
                    "start_timeout",
                ),
                unset=UNSET,
                operation="begin_transaction",
            )
        request = _runtime.with_options(
            _begin_transaction._get_kwargs(
                data_source_id=data_source_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _begin_transaction._success(client=self._client, raw=raw)

    def bulk_change_documents(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        body: list[DataDocument],
        validation_options: list[ValidationOption],
        dry_run: bool,
        import_mode: ImportMode,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BulkChangeDocumentsResponse:
        """Bulk change documents

        ``PUT /datasource/{data_source_id}/collection/{schema_name_or_id}/documents/`` (bulk_change_documents).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _bulk_change_documents._get_kwargs(
                data_source_id=data_source_id,
                schema_name_or_id=schema_name_or_id,
                body=body,
                validation_options=validation_options,
                dry_run=dry_run,
                import_mode=import_mode,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _bulk_change_documents._success(client=self._client, raw=raw)

    def commit_transaction(
        self,
        data_source_id: str,
        transaction_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Commit a transaction

        ``POST /datasource/{data_source_id}/transaction/{transaction_id}/`` (commit_transaction).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _commit_transaction._get_kwargs(
                data_source_id=data_source_id,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _commit_transaction._success(client=self._client, raw=raw)

    def convert_game_data_raw(
        self,
        data_source_id: str,
        *,
        body: Any,
        schema_name_or_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GameDataDocument:
        """Convert game data to JSON

        ``POST /datasource/{data_source_id}/converter/raw/`` (convert_game_data_raw).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _convert_game_data_raw._get_kwargs(
                data_source_id=data_source_id,
                body=body,
                schema_name_or_id=schema_name_or_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _convert_game_data_raw._success(client=self._client, raw=raw)

    def convert_game_data_raw_from_bytes(
        self,
        data_source_id: str,
        *,
        content: bytes,
        content_type: Literal[
            "application/x-msgpack",
            "application/bson",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/xliff+xml;version=1",
            "application/xliff+xml;version=2",
        ],
        schema_name_or_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GameDataDocument:
        """Convert game data to JSON, with a body already encoded as ``content_type``

        ``POST /datasource/{data_source_id}/converter/raw/`` (convert_game_data_raw) sending
        ``content`` as it is. Raises ``ApiError`` on anything but a success.
        """
        request, headers = _convert_game_data_raw._request_without_body(
            data_source_id=data_source_id,
            schema_name_or_id=schema_name_or_id,
        )
        request["content"] = content
        request["headers"] = {**headers, "Content-Type": content_type}
        request = _runtime.with_options(request, extra_headers, extra_query)

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _convert_game_data_raw._success(client=self._client, raw=raw)

    @overload
    def create_document(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        id: Any | Unset = UNSET,
        validation_options: list[ValidationOption],
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateDocumentResponse: ...

    @overload
    def create_document(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        body: DataDocument,
        validation_options: list[ValidationOption],
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateDocumentResponse: ...

    def create_document(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        body: DataDocument | Unset = UNSET,
        id: Any | Unset = UNSET,
        validation_options: list[ValidationOption],
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateDocumentResponse:
        """Create a document

        ``PUT /datasource/{data_source_id}/collection/{schema_name_or_id}/`` (create_document).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                DataDocument,
                {
                    "id": id,
                },
                required=(),
                unset=UNSET,
                operation="create_document",
            )
        request = _runtime.with_options(
            _create_document._get_kwargs(
                data_source_id=data_source_id,
                schema_name_or_id=schema_name_or_id,
                body=body,
                validation_options=validation_options,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _create_document._success(client=self._client, raw=raw)

    def delete_document(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        id: str,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DeleteDocumentResponse:
        """Delete a document

        ``DELETE /datasource/{data_source_id}/collection/{schema_name_or_id}/`` (delete_document).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _delete_document._get_kwargs(
                data_source_id=data_source_id,
                schema_name_or_id=schema_name_or_id,
                id=id,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _delete_document._success(client=self._client, raw=raw)

    def examine(
        self,
        data_source_id: str,
        *,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ExamineResponse:
        """Get the data source's statistics

        ``GET /datasource/{data_source_id}/stats/`` (examine).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _examine._get_kwargs(
                data_source_id=data_source_id,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _examine._success(client=self._client, raw=raw)

    def export(
        self,
        data_source_id: str,
        *,
        export_mode: ExportMode,
        schemas: list[str] | Unset = UNSET,
        properties: list[str] | Unset = UNSET,
        languages: list[str] | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ExportResponse:
        """Export collections

        ``GET /datasource/{data_source_id}/collections/`` (export).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _export._get_kwargs(
                data_source_id=data_source_id,
                export_mode=export_mode,
                schemas=schemas,
                properties=properties,
                languages=languages,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _export._success(client=self._client, raw=raw)

    def export_bytes(
        self,
        data_source_id: str,
        *,
        accept: _export.MediaType,
        export_mode: ExportMode,
        schemas: list[str] | Unset = UNSET,
        properties: list[str] | Unset = UNSET,
        languages: list[str] | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> bytes:
        """Export collections, unparsed, in the ``accept`` media type

        ``GET /datasource/{data_source_id}/collections/`` (export) with
        ``Accept: <accept>``; returns the success body as bytes. Raises ``ApiError`` on anything but a success.
        """
        request = _runtime.with_options(
            _export._get_kwargs(
                data_source_id=data_source_id,
                export_mode=export_mode,
                schemas=schemas,
                properties=properties,
                languages=languages,
                transaction_id=transaction_id,
            ),
            {"Accept": accept, **(extra_headers or {})},
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        if not 200 <= raw.status_code <= 299:
            self._client.raise_error(raw)
        return raw.content

    def export_raw(
        self,
        data_source_id: str,
        *,
        transaction_id: str | Unset = UNSET,
        export_mode: ExportMode,
        schemas: list[str] | Unset = UNSET,
        properties: list[str] | Unset = UNSET,
        languages: list[str] | Unset = UNSET,
        download: bool | Unset = UNSET,
        x_authorization: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GameDataDocument:
        """Export collections (raw, downloadable)

        ``GET /datasource/{data_source_id}/collections/raw/`` (export_raw).
        ``x_authorization``: a one-time credential sent as the ``x-authorization`` query parameter instead of the client's own.
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _export_raw._get_kwargs(
                data_source_id=data_source_id,
                transaction_id=transaction_id,
                export_mode=export_mode,
                schemas=schemas,
                properties=properties,
                languages=languages,
                download=download,
            ),
            extra_headers,
            extra_query,
        )
        request = _runtime.with_query_credential(
            request,
            {
                "x-authorization": x_authorization,
            },
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _export_raw._success(client=self._client, raw=raw)

    def export_raw_bytes(
        self,
        data_source_id: str,
        *,
        accept: _export_raw.MediaType,
        transaction_id: str | Unset = UNSET,
        export_mode: ExportMode,
        schemas: list[str] | Unset = UNSET,
        properties: list[str] | Unset = UNSET,
        languages: list[str] | Unset = UNSET,
        download: bool | Unset = UNSET,
        x_authorization: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> bytes:
        """Export collections (raw, downloadable), unparsed, in the ``accept`` media type

        ``GET /datasource/{data_source_id}/collections/raw/`` (export_raw) with
        ``Accept: <accept>``; returns the success body as bytes. Raises ``ApiError`` on anything but a success.
        """
        request = _runtime.with_options(
            _export_raw._get_kwargs(
                data_source_id=data_source_id,
                transaction_id=transaction_id,
                export_mode=export_mode,
                schemas=schemas,
                properties=properties,
                languages=languages,
                download=download,
            ),
            {"Accept": accept, **(extra_headers or {})},
            extra_query,
        )
        request = _runtime.with_query_credential(
            request,
            {
                "x-authorization": x_authorization,
            },
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        if not 200 <= raw.status_code <= 299:
            self._client.raise_error(raw)
        return raw.content

    def find_document(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        unique_schema_property_name_or_id: str,
        unique_schema_property_value: str,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> FindDocumentResponse:
        """Find a document by id or unique property

        ``GET /datasource/{data_source_id}/collection/{schema_name_or_id}/`` (find_document).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _find_document._get_kwargs(
                data_source_id=data_source_id,
                schema_name_or_id=schema_name_or_id,
                unique_schema_property_name_or_id=unique_schema_property_name_or_id,
                unique_schema_property_value=unique_schema_property_value,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _find_document._success(client=self._client, raw=raw)

    @overload
    def generate_source_code(
        self,
        data_source_id: str,
        *,
        target_language: TargetSourceCodeLanguage,
        document_class_name: str,
        game_data_class_name: str,
        namespace: str,
        define_constants: str,
        line_endings: GenerateSourceCodeRequestLineEndings,
        indentation: GenerateSourceCodeRequestIndentation,
        split_files: bool,
        optimizations: list[GenerateSourceCodeRequestOptimizationsItem],
        download: bool | Unset = UNSET,
        x_authorization: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> File: ...

    @overload
    def generate_source_code(
        self,
        data_source_id: str,
        *,
        body: GenerateSourceCodeRequest,
        download: bool | Unset = UNSET,
        x_authorization: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> File: ...

    def generate_source_code(
        self,
        data_source_id: str,
        *,
        body: GenerateSourceCodeRequest | Unset = UNSET,
        target_language: TargetSourceCodeLanguage | Unset = UNSET,
        document_class_name: str | Unset = UNSET,
        game_data_class_name: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        define_constants: str | Unset = UNSET,
        line_endings: GenerateSourceCodeRequestLineEndings | Unset = UNSET,
        indentation: GenerateSourceCodeRequestIndentation | Unset = UNSET,
        split_files: bool | Unset = UNSET,
        optimizations: list[GenerateSourceCodeRequestOptimizationsItem] | Unset = UNSET,
        download: bool | Unset = UNSET,
        x_authorization: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> File:
        """Generate source code

        ``POST /datasource/{data_source_id}/source-code/`` (generate_source_code).
        ``x_authorization``: a one-time credential sent as the ``x-authorization`` query parameter instead of the client's own.
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                GenerateSourceCodeRequest,
                {
                    "target_language": target_language,
                    "document_class_name": document_class_name,
                    "game_data_class_name": game_data_class_name,
                    "namespace": namespace,
                    "define_constants": define_constants,
                    "line_endings": line_endings,
                    "indentation": indentation,
                    "split_files": split_files,
                    "optimizations": optimizations,
                },
                required=(
                    "target_language",
                    "document_class_name",
                    "game_data_class_name",
                    "namespace",
                    "define_constants",
                    "line_endings",
                    "indentation",
                    "split_files",
                    "optimizations",
                ),
                unset=UNSET,
                operation="generate_source_code",
            )
        request = _runtime.with_options(
            _generate_source_code._get_kwargs(
                data_source_id=data_source_id,
                body=body,
                download=download,
            ),
            extra_headers,
            extra_query,
        )
        request = _runtime.with_query_credential(
            request,
            {
                "x-authorization": x_authorization,
            },
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _generate_source_code._success(client=self._client, raw=raw)

    def get_loading_progress(
        self,
        data_source_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetLoadingProgressResponse:
        """Get the data source's loading progress

        ``GET /datasource/{data_source_id}/loading-progress/`` (get_loading_progress).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_loading_progress._get_kwargs(
                data_source_id=data_source_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_loading_progress._success(client=self._client, raw=raw)

    def get_source_code_generation_template(
        self,
        data_source_id: str,
        *,
        download: bool | Unset = UNSET,
        x_authorization: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> File:
        """Download source code templates

        ``GET /datasource/{data_source_id}/source-code/templates/`` (get_source_code_generation_template).
        ``x_authorization``: a one-time credential sent as the ``x-authorization`` query parameter instead of the client's own.
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_source_code_generation_template._get_kwargs(
                data_source_id=data_source_id,
                download=download,
            ),
            extra_headers,
            extra_query,
        )
        request = _runtime.with_query_credential(
            request,
            {
                "x-authorization": x_authorization,
            },
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_source_code_generation_template._success(client=self._client, raw=raw)

    def import_(
        self,
        data_source_id: str,
        *,
        body: Any,
        import_mode: ImportMode,
        schemas: list[str] | Unset = UNSET,
        languages: list[str] | Unset = UNSET,
        validation_options: list[ValidationOption],
        dry_run: bool,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ImportResponse:
        """Import collections

        ``PUT /datasource/{data_source_id}/collections/`` (import_).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _import_._get_kwargs(
                data_source_id=data_source_id,
                body=body,
                import_mode=import_mode,
                schemas=schemas,
                languages=languages,
                validation_options=validation_options,
                dry_run=dry_run,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _import_._success(client=self._client, raw=raw)

    def import_from_bytes(
        self,
        data_source_id: str,
        *,
        content: bytes,
        content_type: Literal[
            "application/x-msgpack",
            "application/bson",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/xliff+xml;version=1",
            "application/xliff+xml;version=2",
        ],
        import_mode: ImportMode,
        schemas: list[str] | Unset = UNSET,
        languages: list[str] | Unset = UNSET,
        validation_options: list[ValidationOption],
        dry_run: bool,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ImportResponse:
        """Import collections, with a body already encoded as ``content_type``

        ``PUT /datasource/{data_source_id}/collections/`` (import_) sending
        ``content`` as it is. Raises ``ApiError`` on anything but a success.
        """
        request, headers = _import_._request_without_body(
            data_source_id=data_source_id,
            import_mode=import_mode,
            schemas=schemas,
            languages=languages,
            validation_options=validation_options,
            dry_run=dry_run,
            transaction_id=transaction_id,
        )
        request["content"] = content
        request["headers"] = {**headers, "Content-Type": content_type}
        request = _runtime.with_options(request, extra_headers, extra_query)

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _import_._success(client=self._client, raw=raw)

    @overload
    def list_documents(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        path: None | str | Unset = UNSET,
        skip: int | None | Unset = UNSET,
        take: int | None | Unset = UNSET,
        query: None | str | Unset = UNSET,
        select: list[str] | None | Unset = UNSET,
        filters: list[Filter] | None | Unset = UNSET,
        sorters: list[Sorter] | None | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListDocumentsResponse: ...

    @overload
    def list_documents(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        body: ListDocumentsRequest,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListDocumentsResponse: ...

    def list_documents(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        body: ListDocumentsRequest | Unset = UNSET,
        path: None | str | Unset = UNSET,
        skip: int | None | Unset = UNSET,
        take: int | None | Unset = UNSET,
        query: None | str | Unset = UNSET,
        select: list[str] | None | Unset = UNSET,
        filters: list[Filter] | None | Unset = UNSET,
        sorters: list[Sorter] | None | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListDocumentsResponse:
        """List documents

        ``POST /datasource/{data_source_id}/collection/{schema_name_or_id}/documents/`` (list_documents).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                ListDocumentsRequest,
                {
                    "path": path,
                    "skip": skip,
                    "take": take,
                    "query": query,
                    "select": select,
                    "filters": filters,
                    "sorters": sorters,
                },
                required=(),
                unset=UNSET,
                operation="list_documents",
            )
        request = _runtime.with_options(
            _list_documents._get_kwargs(
                data_source_id=data_source_id,
                schema_name_or_id=schema_name_or_id,
                body=body,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _list_documents._success(client=self._client, raw=raw)

    def list_documents_all(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        transaction_id: str | Unset = UNSET,
        body: ListDocumentsRequest | None = None,
        page_size: int = 100,
        start: int = 0,
    ) -> Iterator[DataDocument]:
        """Every item of ``list_documents``, across all pages, fetched lazily one page at a time."""
        return pagination.iter_list_documents(
            client=self._client,
            data_source_id=data_source_id,
            schema_name_or_id=schema_name_or_id,
            transaction_id=transaction_id,
            body=body,
            page_size=page_size,
            start=start,
        )

    def pick_documents(
        self,
        data_source_id: str,
        *,
        body: list[FindRequest],
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> PickDocumentsResponse:
        """Pick documents by unique properties

        ``POST /datasource/{data_source_id}/documents/query/`` (pick_documents).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _pick_documents._get_kwargs(
                data_source_id=data_source_id,
                body=body,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _pick_documents._success(client=self._client, raw=raw)

    def query_documents(
        self,
        data_source_id: str,
        *,
        query: str,
        limit: int | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> str:
        """Search documents of all collections (stream)

        ``GET /datasource/{data_source_id}/documents/query/`` (query_documents).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _query_documents._get_kwargs(
                data_source_id=data_source_id,
                query=query,
                limit=limit,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _query_documents._success(client=self._client, raw=raw)

    def query_documents_stream(
        self,
        data_source_id: str,
        *,
        query: str,
        limit: int | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Iterator[ListResult]:
        """Search documents of all collections (stream): each server-sent event as a ``ListResult``

        ``GET /datasource/{data_source_id}/documents/query/`` (query_documents), read lazily:
        the request is sent on the first ``next()`` and each event is parsed as it arrives. Not retried (a retry
        would repeat events); an error status raises ``ApiError``.
        """
        request = _runtime.with_options(
            _query_documents._get_kwargs(
                data_source_id=data_source_id,
                query=query,
                limit=limit,
                transaction_id=transaction_id,
            ),
            {"Accept": "text/event-stream", **(extra_headers or {})},
            extra_query,
        )

        for data in self._client.stream_events(request, timeout=timeout):
            yield ListResult.from_dict(json.loads(data))

    def reject_transaction(
        self,
        data_source_id: str,
        transaction_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Reject a transaction

        ``DELETE /datasource/{data_source_id}/transaction/{transaction_id}/`` (reject_transaction).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _reject_transaction._get_kwargs(
                data_source_id=data_source_id,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _reject_transaction._success(client=self._client, raw=raw)

    @overload
    def restore(
        self,
        data_source_id: str,
        *,
        tools_version: str | Unset = UNSET,
        revision_hash: str | Unset = UNSET,
        change_number: int | Unset = UNSET,
        collections: GameDataDocumentCollections | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RestoreResponse: ...

    @overload
    def restore(
        self,
        data_source_id: str,
        *,
        body: GameDataDocument,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RestoreResponse: ...

    def restore(
        self,
        data_source_id: str,
        *,
        body: GameDataDocument | Unset = UNSET,
        tools_version: str | Unset = UNSET,
        revision_hash: str | Unset = UNSET,
        change_number: int | Unset = UNSET,
        collections: GameDataDocumentCollections | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RestoreResponse:
        """Restore the data source

        ``PUT /datasource/{data_source_id}/`` (restore).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                GameDataDocument,
                {
                    "tools_version": tools_version,
                    "revision_hash": revision_hash,
                    "change_number": change_number,
                    "collections": collections,
                },
                required=(),
                unset=UNSET,
                operation="restore",
            )
        request = _runtime.with_options(
            _restore._get_kwargs(
                data_source_id=data_source_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _restore._success(client=self._client, raw=raw)

    def restore_from_bytes(
        self,
        data_source_id: str,
        *,
        content: bytes,
        content_type: Literal["application/x-msgpack", "application/bson"],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RestoreResponse:
        """Restore the data source, with a body already encoded as ``content_type``

        ``PUT /datasource/{data_source_id}/`` (restore) sending
        ``content`` as it is. Raises ``ApiError`` on anything but a success.
        """
        request, headers = _restore._request_without_body(
            data_source_id=data_source_id,
        )
        request["content"] = content
        request["headers"] = {**headers, "Content-Type": content_type}
        request = _runtime.with_options(request, extra_headers, extra_query)

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _restore._success(client=self._client, raw=raw)

    @overload
    def update_document(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        id: Any | Unset = UNSET,
        validation_options: list[ValidationOption],
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateDocumentResponse: ...

    @overload
    def update_document(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        body: DataDocument,
        validation_options: list[ValidationOption],
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateDocumentResponse: ...

    def update_document(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        body: DataDocument | Unset = UNSET,
        id: Any | Unset = UNSET,
        validation_options: list[ValidationOption],
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateDocumentResponse:
        """Update a document

        ``POST /datasource/{data_source_id}/collection/{schema_name_or_id}/`` (update_document).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                DataDocument,
                {
                    "id": id,
                },
                required=(),
                unset=UNSET,
                operation="update_document",
            )
        request = _runtime.with_options(
            _update_document._get_kwargs(
                data_source_id=data_source_id,
                schema_name_or_id=schema_name_or_id,
                body=body,
                validation_options=validation_options,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _update_document._success(client=self._client, raw=raw)

    def validate(
        self,
        data_source_id: str,
        *,
        transaction_id: str | Unset = UNSET,
        validation_options: list[ValidationOption],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ValidateResponse:
        """Validate the data source

        ``POST /datasource/{data_source_id}/validity/`` (validate).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _validate._get_kwargs(
                data_source_id=data_source_id,
                transaction_id=transaction_id,
                validation_options=validation_options,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _validate._success(client=self._client, raw=raw)


class DataSourceResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """Data source, each method returning the whole ``Response``."""

    @cached_property
    def capabilities(self) -> DataSourceCapabilitiesResourceWithRawResponse:
        from .data_source_capabilities import (
            DataSourceCapabilitiesResourceWithRawResponse,
        )

        return DataSourceCapabilitiesResourceWithRawResponse(self._client)

    def backup(
        self,
        data_source_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[BackupResponse | ErrorResponse]:
        """Back up the data source

        ``GET /datasource/{data_source_id}/`` (backup).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _backup._get_kwargs(
                data_source_id=data_source_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _backup._build_response(client=self._client, response=raw)

    def backup_raw(
        self,
        data_source_id: str,
        *,
        download: bool | Unset = UNSET,
        x_authorization: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GameDataDocument]:
        """Back up the data source (raw, downloadable)

        ``GET /datasource/{data_source_id}/raw/`` (backup_raw).
        ``x_authorization``: a one-time credential sent as the ``x-authorization`` query parameter instead of the client's own.
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _backup_raw._get_kwargs(
                data_source_id=data_source_id,
                download=download,
            ),
            extra_headers,
            extra_query,
        )
        request = _runtime.with_query_credential(
            request,
            {
                "x-authorization": x_authorization,
            },
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _backup_raw._build_response(client=self._client, response=raw)

    @overload
    def begin_transaction(
        self,
        data_source_id: str,
        *,
        id: str,
        execution_timeout: str,
        start_timeout: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    @overload
    def begin_transaction(
        self,
        data_source_id: str,
        *,
        body: BeginTransactionRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    def begin_transaction(
        self,
        data_source_id: str,
        *,
        body: BeginTransactionRequest | Unset = UNSET,
        id: str | Unset = UNSET,
        execution_timeout: str | Unset = UNSET,
        start_timeout: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Begin a transaction

        ``PUT /datasource/{data_source_id}/transaction/`` (begin_transaction).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                BeginTransactionRequest,
                {
                    "id": id,
                    "execution_timeout": execution_timeout,
                    "start_timeout": start_timeout,
                },
                required=(
                    "id",
                    "execution_timeout",
                    "start_timeout",
                ),
                unset=UNSET,
                operation="begin_transaction",
            )
        request = _runtime.with_options(
            _begin_transaction._get_kwargs(
                data_source_id=data_source_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _begin_transaction._build_response(client=self._client, response=raw)

    def bulk_change_documents(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        body: list[DataDocument],
        validation_options: list[ValidationOption],
        dry_run: bool,
        import_mode: ImportMode,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[BulkChangeDocumentsResponse | ErrorResponse]:
        """Bulk change documents

        ``PUT /datasource/{data_source_id}/collection/{schema_name_or_id}/documents/`` (bulk_change_documents).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _bulk_change_documents._get_kwargs(
                data_source_id=data_source_id,
                schema_name_or_id=schema_name_or_id,
                body=body,
                validation_options=validation_options,
                dry_run=dry_run,
                import_mode=import_mode,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _bulk_change_documents._build_response(client=self._client, response=raw)

    def commit_transaction(
        self,
        data_source_id: str,
        transaction_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Commit a transaction

        ``POST /datasource/{data_source_id}/transaction/{transaction_id}/`` (commit_transaction).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _commit_transaction._get_kwargs(
                data_source_id=data_source_id,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _commit_transaction._build_response(client=self._client, response=raw)

    def convert_game_data_raw(
        self,
        data_source_id: str,
        *,
        body: Any,
        schema_name_or_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GameDataDocument]:
        """Convert game data to JSON

        ``POST /datasource/{data_source_id}/converter/raw/`` (convert_game_data_raw).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _convert_game_data_raw._get_kwargs(
                data_source_id=data_source_id,
                body=body,
                schema_name_or_id=schema_name_or_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _convert_game_data_raw._build_response(client=self._client, response=raw)

    @overload
    def create_document(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        id: Any | Unset = UNSET,
        validation_options: list[ValidationOption],
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[CreateDocumentResponse | ErrorResponse]: ...

    @overload
    def create_document(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        body: DataDocument,
        validation_options: list[ValidationOption],
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[CreateDocumentResponse | ErrorResponse]: ...

    def create_document(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        body: DataDocument | Unset = UNSET,
        id: Any | Unset = UNSET,
        validation_options: list[ValidationOption],
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[CreateDocumentResponse | ErrorResponse]:
        """Create a document

        ``PUT /datasource/{data_source_id}/collection/{schema_name_or_id}/`` (create_document).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                DataDocument,
                {
                    "id": id,
                },
                required=(),
                unset=UNSET,
                operation="create_document",
            )
        request = _runtime.with_options(
            _create_document._get_kwargs(
                data_source_id=data_source_id,
                schema_name_or_id=schema_name_or_id,
                body=body,
                validation_options=validation_options,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _create_document._build_response(client=self._client, response=raw)

    def delete_document(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        id: str,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DeleteDocumentResponse | ErrorResponse]:
        """Delete a document

        ``DELETE /datasource/{data_source_id}/collection/{schema_name_or_id}/`` (delete_document).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _delete_document._get_kwargs(
                data_source_id=data_source_id,
                schema_name_or_id=schema_name_or_id,
                id=id,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _delete_document._build_response(client=self._client, response=raw)

    def examine(
        self,
        data_source_id: str,
        *,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | ExamineResponse]:
        """Get the data source's statistics

        ``GET /datasource/{data_source_id}/stats/`` (examine).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _examine._get_kwargs(
                data_source_id=data_source_id,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _examine._build_response(client=self._client, response=raw)

    def export(
        self,
        data_source_id: str,
        *,
        export_mode: ExportMode,
        schemas: list[str] | Unset = UNSET,
        properties: list[str] | Unset = UNSET,
        languages: list[str] | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | ExportResponse]:
        """Export collections

        ``GET /datasource/{data_source_id}/collections/`` (export).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _export._get_kwargs(
                data_source_id=data_source_id,
                export_mode=export_mode,
                schemas=schemas,
                properties=properties,
                languages=languages,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _export._build_response(client=self._client, response=raw)

    def export_raw(
        self,
        data_source_id: str,
        *,
        transaction_id: str | Unset = UNSET,
        export_mode: ExportMode,
        schemas: list[str] | Unset = UNSET,
        properties: list[str] | Unset = UNSET,
        languages: list[str] | Unset = UNSET,
        download: bool | Unset = UNSET,
        x_authorization: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GameDataDocument]:
        """Export collections (raw, downloadable)

        ``GET /datasource/{data_source_id}/collections/raw/`` (export_raw).
        ``x_authorization``: a one-time credential sent as the ``x-authorization`` query parameter instead of the client's own.
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _export_raw._get_kwargs(
                data_source_id=data_source_id,
                transaction_id=transaction_id,
                export_mode=export_mode,
                schemas=schemas,
                properties=properties,
                languages=languages,
                download=download,
            ),
            extra_headers,
            extra_query,
        )
        request = _runtime.with_query_credential(
            request,
            {
                "x-authorization": x_authorization,
            },
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _export_raw._build_response(client=self._client, response=raw)

    def find_document(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        unique_schema_property_name_or_id: str,
        unique_schema_property_value: str,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | FindDocumentResponse]:
        """Find a document by id or unique property

        ``GET /datasource/{data_source_id}/collection/{schema_name_or_id}/`` (find_document).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _find_document._get_kwargs(
                data_source_id=data_source_id,
                schema_name_or_id=schema_name_or_id,
                unique_schema_property_name_or_id=unique_schema_property_name_or_id,
                unique_schema_property_value=unique_schema_property_value,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _find_document._build_response(client=self._client, response=raw)

    @overload
    def generate_source_code(
        self,
        data_source_id: str,
        *,
        target_language: TargetSourceCodeLanguage,
        document_class_name: str,
        game_data_class_name: str,
        namespace: str,
        define_constants: str,
        line_endings: GenerateSourceCodeRequestLineEndings,
        indentation: GenerateSourceCodeRequestIndentation,
        split_files: bool,
        optimizations: list[GenerateSourceCodeRequestOptimizationsItem],
        download: bool | Unset = UNSET,
        x_authorization: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | File]: ...

    @overload
    def generate_source_code(
        self,
        data_source_id: str,
        *,
        body: GenerateSourceCodeRequest,
        download: bool | Unset = UNSET,
        x_authorization: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | File]: ...

    def generate_source_code(
        self,
        data_source_id: str,
        *,
        body: GenerateSourceCodeRequest | Unset = UNSET,
        target_language: TargetSourceCodeLanguage | Unset = UNSET,
        document_class_name: str | Unset = UNSET,
        game_data_class_name: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        define_constants: str | Unset = UNSET,
        line_endings: GenerateSourceCodeRequestLineEndings | Unset = UNSET,
        indentation: GenerateSourceCodeRequestIndentation | Unset = UNSET,
        split_files: bool | Unset = UNSET,
        optimizations: list[GenerateSourceCodeRequestOptimizationsItem] | Unset = UNSET,
        download: bool | Unset = UNSET,
        x_authorization: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | File]:
        """Generate source code

        ``POST /datasource/{data_source_id}/source-code/`` (generate_source_code).
        ``x_authorization``: a one-time credential sent as the ``x-authorization`` query parameter instead of the client's own.
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                GenerateSourceCodeRequest,
                {
                    "target_language": target_language,
                    "document_class_name": document_class_name,
                    "game_data_class_name": game_data_class_name,
                    "namespace": namespace,
                    "define_constants": define_constants,
                    "line_endings": line_endings,
                    "indentation": indentation,
                    "split_files": split_files,
                    "optimizations": optimizations,
                },
                required=(
                    "target_language",
                    "document_class_name",
                    "game_data_class_name",
                    "namespace",
                    "define_constants",
                    "line_endings",
                    "indentation",
                    "split_files",
                    "optimizations",
                ),
                unset=UNSET,
                operation="generate_source_code",
            )
        request = _runtime.with_options(
            _generate_source_code._get_kwargs(
                data_source_id=data_source_id,
                body=body,
                download=download,
            ),
            extra_headers,
            extra_query,
        )
        request = _runtime.with_query_credential(
            request,
            {
                "x-authorization": x_authorization,
            },
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _generate_source_code._build_response(client=self._client, response=raw)

    def get_loading_progress(
        self,
        data_source_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetLoadingProgressResponse]:
        """Get the data source's loading progress

        ``GET /datasource/{data_source_id}/loading-progress/`` (get_loading_progress).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_loading_progress._get_kwargs(
                data_source_id=data_source_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_loading_progress._build_response(client=self._client, response=raw)

    def get_source_code_generation_template(
        self,
        data_source_id: str,
        *,
        download: bool | Unset = UNSET,
        x_authorization: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | File]:
        """Download source code templates

        ``GET /datasource/{data_source_id}/source-code/templates/`` (get_source_code_generation_template).
        ``x_authorization``: a one-time credential sent as the ``x-authorization`` query parameter instead of the client's own.
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_source_code_generation_template._get_kwargs(
                data_source_id=data_source_id,
                download=download,
            ),
            extra_headers,
            extra_query,
        )
        request = _runtime.with_query_credential(
            request,
            {
                "x-authorization": x_authorization,
            },
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_source_code_generation_template._build_response(client=self._client, response=raw)

    def import_(
        self,
        data_source_id: str,
        *,
        body: Any,
        import_mode: ImportMode,
        schemas: list[str] | Unset = UNSET,
        languages: list[str] | Unset = UNSET,
        validation_options: list[ValidationOption],
        dry_run: bool,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | ImportResponse]:
        """Import collections

        ``PUT /datasource/{data_source_id}/collections/`` (import_).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _import_._get_kwargs(
                data_source_id=data_source_id,
                body=body,
                import_mode=import_mode,
                schemas=schemas,
                languages=languages,
                validation_options=validation_options,
                dry_run=dry_run,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _import_._build_response(client=self._client, response=raw)

    @overload
    def list_documents(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        path: None | str | Unset = UNSET,
        skip: int | None | Unset = UNSET,
        take: int | None | Unset = UNSET,
        query: None | str | Unset = UNSET,
        select: list[str] | None | Unset = UNSET,
        filters: list[Filter] | None | Unset = UNSET,
        sorters: list[Sorter] | None | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | ListDocumentsResponse]: ...

    @overload
    def list_documents(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        body: ListDocumentsRequest,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | ListDocumentsResponse]: ...

    def list_documents(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        body: ListDocumentsRequest | Unset = UNSET,
        path: None | str | Unset = UNSET,
        skip: int | None | Unset = UNSET,
        take: int | None | Unset = UNSET,
        query: None | str | Unset = UNSET,
        select: list[str] | None | Unset = UNSET,
        filters: list[Filter] | None | Unset = UNSET,
        sorters: list[Sorter] | None | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | ListDocumentsResponse]:
        """List documents

        ``POST /datasource/{data_source_id}/collection/{schema_name_or_id}/documents/`` (list_documents).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                ListDocumentsRequest,
                {
                    "path": path,
                    "skip": skip,
                    "take": take,
                    "query": query,
                    "select": select,
                    "filters": filters,
                    "sorters": sorters,
                },
                required=(),
                unset=UNSET,
                operation="list_documents",
            )
        request = _runtime.with_options(
            _list_documents._get_kwargs(
                data_source_id=data_source_id,
                schema_name_or_id=schema_name_or_id,
                body=body,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _list_documents._build_response(client=self._client, response=raw)

    def pick_documents(
        self,
        data_source_id: str,
        *,
        body: list[FindRequest],
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | PickDocumentsResponse]:
        """Pick documents by unique properties

        ``POST /datasource/{data_source_id}/documents/query/`` (pick_documents).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _pick_documents._get_kwargs(
                data_source_id=data_source_id,
                body=body,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _pick_documents._build_response(client=self._client, response=raw)

    def query_documents(
        self,
        data_source_id: str,
        *,
        query: str,
        limit: int | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | str]:
        """Search documents of all collections (stream)

        ``GET /datasource/{data_source_id}/documents/query/`` (query_documents).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _query_documents._get_kwargs(
                data_source_id=data_source_id,
                query=query,
                limit=limit,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _query_documents._build_response(client=self._client, response=raw)

    def reject_transaction(
        self,
        data_source_id: str,
        transaction_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Reject a transaction

        ``DELETE /datasource/{data_source_id}/transaction/{transaction_id}/`` (reject_transaction).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _reject_transaction._get_kwargs(
                data_source_id=data_source_id,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _reject_transaction._build_response(client=self._client, response=raw)

    @overload
    def restore(
        self,
        data_source_id: str,
        *,
        tools_version: str | Unset = UNSET,
        revision_hash: str | Unset = UNSET,
        change_number: int | Unset = UNSET,
        collections: GameDataDocumentCollections | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | RestoreResponse]: ...

    @overload
    def restore(
        self,
        data_source_id: str,
        *,
        body: GameDataDocument,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | RestoreResponse]: ...

    def restore(
        self,
        data_source_id: str,
        *,
        body: GameDataDocument | Unset = UNSET,
        tools_version: str | Unset = UNSET,
        revision_hash: str | Unset = UNSET,
        change_number: int | Unset = UNSET,
        collections: GameDataDocumentCollections | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | RestoreResponse]:
        """Restore the data source

        ``PUT /datasource/{data_source_id}/`` (restore).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                GameDataDocument,
                {
                    "tools_version": tools_version,
                    "revision_hash": revision_hash,
                    "change_number": change_number,
                    "collections": collections,
                },
                required=(),
                unset=UNSET,
                operation="restore",
            )
        request = _runtime.with_options(
            _restore._get_kwargs(
                data_source_id=data_source_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _restore._build_response(client=self._client, response=raw)

    @overload
    def update_document(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        id: Any | Unset = UNSET,
        validation_options: list[ValidationOption],
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | UpdateDocumentResponse]: ...

    @overload
    def update_document(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        body: DataDocument,
        validation_options: list[ValidationOption],
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | UpdateDocumentResponse]: ...

    def update_document(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        body: DataDocument | Unset = UNSET,
        id: Any | Unset = UNSET,
        validation_options: list[ValidationOption],
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | UpdateDocumentResponse]:
        """Update a document

        ``POST /datasource/{data_source_id}/collection/{schema_name_or_id}/`` (update_document).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                DataDocument,
                {
                    "id": id,
                },
                required=(),
                unset=UNSET,
                operation="update_document",
            )
        request = _runtime.with_options(
            _update_document._get_kwargs(
                data_source_id=data_source_id,
                schema_name_or_id=schema_name_or_id,
                body=body,
                validation_options=validation_options,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _update_document._build_response(client=self._client, response=raw)

    def validate(
        self,
        data_source_id: str,
        *,
        transaction_id: str | Unset = UNSET,
        validation_options: list[ValidationOption],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | ValidateResponse]:
        """Validate the data source

        ``POST /datasource/{data_source_id}/validity/`` (validate).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _validate._get_kwargs(
                data_source_id=data_source_id,
                transaction_id=transaction_id,
                validation_options=validation_options,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _validate._build_response(client=self._client, response=raw)


class AsyncDataSourceResource(_runtime.Resource[BaseClient]):
    """Data source (async)."""

    @cached_property
    def capabilities(self) -> AsyncDataSourceCapabilitiesResource:
        from .data_source_capabilities import AsyncDataSourceCapabilitiesResource

        return AsyncDataSourceCapabilitiesResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncDataSourceResourceWithRawResponse:
        return AsyncDataSourceResourceWithRawResponse(self._client)

    async def backup(
        self,
        data_source_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BackupResponse:
        """Back up the data source

        ``GET /datasource/{data_source_id}/`` (backup).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _backup._get_kwargs(
                data_source_id=data_source_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _backup._success(client=self._client, raw=raw)

    async def backup_bytes(
        self,
        data_source_id: str,
        *,
        accept: _backup.MediaType,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> bytes:
        """Back up the data source, unparsed, in the ``accept`` media type

        ``GET /datasource/{data_source_id}/`` (backup) with
        ``Accept: <accept>``; returns the success body as bytes. Raises ``ApiError`` on anything but a success.
        """
        request = _runtime.with_options(
            _backup._get_kwargs(
                data_source_id=data_source_id,
            ),
            {"Accept": accept, **(extra_headers or {})},
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        if not 200 <= raw.status_code <= 299:
            self._client.raise_error(raw)
        return raw.content

    async def backup_raw(
        self,
        data_source_id: str,
        *,
        download: bool | Unset = UNSET,
        x_authorization: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GameDataDocument:
        """Back up the data source (raw, downloadable)

        ``GET /datasource/{data_source_id}/raw/`` (backup_raw).
        ``x_authorization``: a one-time credential sent as the ``x-authorization`` query parameter instead of the client's own.
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _backup_raw._get_kwargs(
                data_source_id=data_source_id,
                download=download,
            ),
            extra_headers,
            extra_query,
        )
        request = _runtime.with_query_credential(
            request,
            {
                "x-authorization": x_authorization,
            },
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _backup_raw._success(client=self._client, raw=raw)

    async def backup_raw_bytes(
        self,
        data_source_id: str,
        *,
        accept: _backup_raw.MediaType,
        download: bool | Unset = UNSET,
        x_authorization: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> bytes:
        """Back up the data source (raw, downloadable), unparsed, in the ``accept`` media type

        ``GET /datasource/{data_source_id}/raw/`` (backup_raw) with
        ``Accept: <accept>``; returns the success body as bytes. Raises ``ApiError`` on anything but a success.
        """
        request = _runtime.with_options(
            _backup_raw._get_kwargs(
                data_source_id=data_source_id,
                download=download,
            ),
            {"Accept": accept, **(extra_headers or {})},
            extra_query,
        )
        request = _runtime.with_query_credential(
            request,
            {
                "x-authorization": x_authorization,
            },
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        if not 200 <= raw.status_code <= 299:
            self._client.raise_error(raw)
        return raw.content

    @overload
    async def begin_transaction(
        self,
        data_source_id: str,
        *,
        id: str,
        execution_timeout: str,
        start_timeout: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    @overload
    async def begin_transaction(
        self,
        data_source_id: str,
        *,
        body: BeginTransactionRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any: ...

    async def begin_transaction(
        self,
        data_source_id: str,
        *,
        body: BeginTransactionRequest | Unset = UNSET,
        id: str | Unset = UNSET,
        execution_timeout: str | Unset = UNSET,
        start_timeout: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Begin a transaction

        ``PUT /datasource/{data_source_id}/transaction/`` (begin_transaction).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                BeginTransactionRequest,
                {
                    "id": id,
                    "execution_timeout": execution_timeout,
                    "start_timeout": start_timeout,
                },
                required=(
                    "id",
                    "execution_timeout",
                    "start_timeout",
                ),
                unset=UNSET,
                operation="begin_transaction",
            )
        request = _runtime.with_options(
            _begin_transaction._get_kwargs(
                data_source_id=data_source_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _begin_transaction._success(client=self._client, raw=raw)

    async def bulk_change_documents(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        body: list[DataDocument],
        validation_options: list[ValidationOption],
        dry_run: bool,
        import_mode: ImportMode,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BulkChangeDocumentsResponse:
        """Bulk change documents

        ``PUT /datasource/{data_source_id}/collection/{schema_name_or_id}/documents/`` (bulk_change_documents).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _bulk_change_documents._get_kwargs(
                data_source_id=data_source_id,
                schema_name_or_id=schema_name_or_id,
                body=body,
                validation_options=validation_options,
                dry_run=dry_run,
                import_mode=import_mode,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _bulk_change_documents._success(client=self._client, raw=raw)

    async def commit_transaction(
        self,
        data_source_id: str,
        transaction_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Commit a transaction

        ``POST /datasource/{data_source_id}/transaction/{transaction_id}/`` (commit_transaction).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _commit_transaction._get_kwargs(
                data_source_id=data_source_id,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _commit_transaction._success(client=self._client, raw=raw)

    async def convert_game_data_raw(
        self,
        data_source_id: str,
        *,
        body: Any,
        schema_name_or_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GameDataDocument:
        """Convert game data to JSON

        ``POST /datasource/{data_source_id}/converter/raw/`` (convert_game_data_raw).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _convert_game_data_raw._get_kwargs(
                data_source_id=data_source_id,
                body=body,
                schema_name_or_id=schema_name_or_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _convert_game_data_raw._success(client=self._client, raw=raw)

    async def convert_game_data_raw_from_bytes(
        self,
        data_source_id: str,
        *,
        content: bytes,
        content_type: Literal[
            "application/x-msgpack",
            "application/bson",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/xliff+xml;version=1",
            "application/xliff+xml;version=2",
        ],
        schema_name_or_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GameDataDocument:
        """Convert game data to JSON, with a body already encoded as ``content_type``

        ``POST /datasource/{data_source_id}/converter/raw/`` (convert_game_data_raw) sending
        ``content`` as it is. Raises ``ApiError`` on anything but a success.
        """
        request, headers = _convert_game_data_raw._request_without_body(
            data_source_id=data_source_id,
            schema_name_or_id=schema_name_or_id,
        )
        request["content"] = content
        request["headers"] = {**headers, "Content-Type": content_type}
        request = _runtime.with_options(request, extra_headers, extra_query)

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _convert_game_data_raw._success(client=self._client, raw=raw)

    @overload
    async def create_document(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        id: Any | Unset = UNSET,
        validation_options: list[ValidationOption],
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateDocumentResponse: ...

    @overload
    async def create_document(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        body: DataDocument,
        validation_options: list[ValidationOption],
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateDocumentResponse: ...

    async def create_document(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        body: DataDocument | Unset = UNSET,
        id: Any | Unset = UNSET,
        validation_options: list[ValidationOption],
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateDocumentResponse:
        """Create a document

        ``PUT /datasource/{data_source_id}/collection/{schema_name_or_id}/`` (create_document).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                DataDocument,
                {
                    "id": id,
                },
                required=(),
                unset=UNSET,
                operation="create_document",
            )
        request = _runtime.with_options(
            _create_document._get_kwargs(
                data_source_id=data_source_id,
                schema_name_or_id=schema_name_or_id,
                body=body,
                validation_options=validation_options,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _create_document._success(client=self._client, raw=raw)

    async def delete_document(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        id: str,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DeleteDocumentResponse:
        """Delete a document

        ``DELETE /datasource/{data_source_id}/collection/{schema_name_or_id}/`` (delete_document).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _delete_document._get_kwargs(
                data_source_id=data_source_id,
                schema_name_or_id=schema_name_or_id,
                id=id,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _delete_document._success(client=self._client, raw=raw)

    async def examine(
        self,
        data_source_id: str,
        *,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ExamineResponse:
        """Get the data source's statistics

        ``GET /datasource/{data_source_id}/stats/`` (examine).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _examine._get_kwargs(
                data_source_id=data_source_id,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _examine._success(client=self._client, raw=raw)

    async def export(
        self,
        data_source_id: str,
        *,
        export_mode: ExportMode,
        schemas: list[str] | Unset = UNSET,
        properties: list[str] | Unset = UNSET,
        languages: list[str] | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ExportResponse:
        """Export collections

        ``GET /datasource/{data_source_id}/collections/`` (export).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _export._get_kwargs(
                data_source_id=data_source_id,
                export_mode=export_mode,
                schemas=schemas,
                properties=properties,
                languages=languages,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _export._success(client=self._client, raw=raw)

    async def export_bytes(
        self,
        data_source_id: str,
        *,
        accept: _export.MediaType,
        export_mode: ExportMode,
        schemas: list[str] | Unset = UNSET,
        properties: list[str] | Unset = UNSET,
        languages: list[str] | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> bytes:
        """Export collections, unparsed, in the ``accept`` media type

        ``GET /datasource/{data_source_id}/collections/`` (export) with
        ``Accept: <accept>``; returns the success body as bytes. Raises ``ApiError`` on anything but a success.
        """
        request = _runtime.with_options(
            _export._get_kwargs(
                data_source_id=data_source_id,
                export_mode=export_mode,
                schemas=schemas,
                properties=properties,
                languages=languages,
                transaction_id=transaction_id,
            ),
            {"Accept": accept, **(extra_headers or {})},
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        if not 200 <= raw.status_code <= 299:
            self._client.raise_error(raw)
        return raw.content

    async def export_raw(
        self,
        data_source_id: str,
        *,
        transaction_id: str | Unset = UNSET,
        export_mode: ExportMode,
        schemas: list[str] | Unset = UNSET,
        properties: list[str] | Unset = UNSET,
        languages: list[str] | Unset = UNSET,
        download: bool | Unset = UNSET,
        x_authorization: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GameDataDocument:
        """Export collections (raw, downloadable)

        ``GET /datasource/{data_source_id}/collections/raw/`` (export_raw).
        ``x_authorization``: a one-time credential sent as the ``x-authorization`` query parameter instead of the client's own.
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _export_raw._get_kwargs(
                data_source_id=data_source_id,
                transaction_id=transaction_id,
                export_mode=export_mode,
                schemas=schemas,
                properties=properties,
                languages=languages,
                download=download,
            ),
            extra_headers,
            extra_query,
        )
        request = _runtime.with_query_credential(
            request,
            {
                "x-authorization": x_authorization,
            },
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _export_raw._success(client=self._client, raw=raw)

    async def export_raw_bytes(
        self,
        data_source_id: str,
        *,
        accept: _export_raw.MediaType,
        transaction_id: str | Unset = UNSET,
        export_mode: ExportMode,
        schemas: list[str] | Unset = UNSET,
        properties: list[str] | Unset = UNSET,
        languages: list[str] | Unset = UNSET,
        download: bool | Unset = UNSET,
        x_authorization: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> bytes:
        """Export collections (raw, downloadable), unparsed, in the ``accept`` media type

        ``GET /datasource/{data_source_id}/collections/raw/`` (export_raw) with
        ``Accept: <accept>``; returns the success body as bytes. Raises ``ApiError`` on anything but a success.
        """
        request = _runtime.with_options(
            _export_raw._get_kwargs(
                data_source_id=data_source_id,
                transaction_id=transaction_id,
                export_mode=export_mode,
                schemas=schemas,
                properties=properties,
                languages=languages,
                download=download,
            ),
            {"Accept": accept, **(extra_headers or {})},
            extra_query,
        )
        request = _runtime.with_query_credential(
            request,
            {
                "x-authorization": x_authorization,
            },
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        if not 200 <= raw.status_code <= 299:
            self._client.raise_error(raw)
        return raw.content

    async def find_document(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        unique_schema_property_name_or_id: str,
        unique_schema_property_value: str,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> FindDocumentResponse:
        """Find a document by id or unique property

        ``GET /datasource/{data_source_id}/collection/{schema_name_or_id}/`` (find_document).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _find_document._get_kwargs(
                data_source_id=data_source_id,
                schema_name_or_id=schema_name_or_id,
                unique_schema_property_name_or_id=unique_schema_property_name_or_id,
                unique_schema_property_value=unique_schema_property_value,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _find_document._success(client=self._client, raw=raw)

    @overload
    async def generate_source_code(
        self,
        data_source_id: str,
        *,
        target_language: TargetSourceCodeLanguage,
        document_class_name: str,
        game_data_class_name: str,
        namespace: str,
        define_constants: str,
        line_endings: GenerateSourceCodeRequestLineEndings,
        indentation: GenerateSourceCodeRequestIndentation,
        split_files: bool,
        optimizations: list[GenerateSourceCodeRequestOptimizationsItem],
        download: bool | Unset = UNSET,
        x_authorization: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> File: ...

    @overload
    async def generate_source_code(
        self,
        data_source_id: str,
        *,
        body: GenerateSourceCodeRequest,
        download: bool | Unset = UNSET,
        x_authorization: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> File: ...

    async def generate_source_code(
        self,
        data_source_id: str,
        *,
        body: GenerateSourceCodeRequest | Unset = UNSET,
        target_language: TargetSourceCodeLanguage | Unset = UNSET,
        document_class_name: str | Unset = UNSET,
        game_data_class_name: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        define_constants: str | Unset = UNSET,
        line_endings: GenerateSourceCodeRequestLineEndings | Unset = UNSET,
        indentation: GenerateSourceCodeRequestIndentation | Unset = UNSET,
        split_files: bool | Unset = UNSET,
        optimizations: list[GenerateSourceCodeRequestOptimizationsItem] | Unset = UNSET,
        download: bool | Unset = UNSET,
        x_authorization: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> File:
        """Generate source code

        ``POST /datasource/{data_source_id}/source-code/`` (generate_source_code).
        ``x_authorization``: a one-time credential sent as the ``x-authorization`` query parameter instead of the client's own.
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                GenerateSourceCodeRequest,
                {
                    "target_language": target_language,
                    "document_class_name": document_class_name,
                    "game_data_class_name": game_data_class_name,
                    "namespace": namespace,
                    "define_constants": define_constants,
                    "line_endings": line_endings,
                    "indentation": indentation,
                    "split_files": split_files,
                    "optimizations": optimizations,
                },
                required=(
                    "target_language",
                    "document_class_name",
                    "game_data_class_name",
                    "namespace",
                    "define_constants",
                    "line_endings",
                    "indentation",
                    "split_files",
                    "optimizations",
                ),
                unset=UNSET,
                operation="generate_source_code",
            )
        request = _runtime.with_options(
            _generate_source_code._get_kwargs(
                data_source_id=data_source_id,
                body=body,
                download=download,
            ),
            extra_headers,
            extra_query,
        )
        request = _runtime.with_query_credential(
            request,
            {
                "x-authorization": x_authorization,
            },
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _generate_source_code._success(client=self._client, raw=raw)

    async def get_loading_progress(
        self,
        data_source_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetLoadingProgressResponse:
        """Get the data source's loading progress

        ``GET /datasource/{data_source_id}/loading-progress/`` (get_loading_progress).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_loading_progress._get_kwargs(
                data_source_id=data_source_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_loading_progress._success(client=self._client, raw=raw)

    async def get_source_code_generation_template(
        self,
        data_source_id: str,
        *,
        download: bool | Unset = UNSET,
        x_authorization: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> File:
        """Download source code templates

        ``GET /datasource/{data_source_id}/source-code/templates/`` (get_source_code_generation_template).
        ``x_authorization``: a one-time credential sent as the ``x-authorization`` query parameter instead of the client's own.
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_source_code_generation_template._get_kwargs(
                data_source_id=data_source_id,
                download=download,
            ),
            extra_headers,
            extra_query,
        )
        request = _runtime.with_query_credential(
            request,
            {
                "x-authorization": x_authorization,
            },
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_source_code_generation_template._success(client=self._client, raw=raw)

    async def import_(
        self,
        data_source_id: str,
        *,
        body: Any,
        import_mode: ImportMode,
        schemas: list[str] | Unset = UNSET,
        languages: list[str] | Unset = UNSET,
        validation_options: list[ValidationOption],
        dry_run: bool,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ImportResponse:
        """Import collections

        ``PUT /datasource/{data_source_id}/collections/`` (import_).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _import_._get_kwargs(
                data_source_id=data_source_id,
                body=body,
                import_mode=import_mode,
                schemas=schemas,
                languages=languages,
                validation_options=validation_options,
                dry_run=dry_run,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _import_._success(client=self._client, raw=raw)

    async def import_from_bytes(
        self,
        data_source_id: str,
        *,
        content: bytes,
        content_type: Literal[
            "application/x-msgpack",
            "application/bson",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/xliff+xml;version=1",
            "application/xliff+xml;version=2",
        ],
        import_mode: ImportMode,
        schemas: list[str] | Unset = UNSET,
        languages: list[str] | Unset = UNSET,
        validation_options: list[ValidationOption],
        dry_run: bool,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ImportResponse:
        """Import collections, with a body already encoded as ``content_type``

        ``PUT /datasource/{data_source_id}/collections/`` (import_) sending
        ``content`` as it is. Raises ``ApiError`` on anything but a success.
        """
        request, headers = _import_._request_without_body(
            data_source_id=data_source_id,
            import_mode=import_mode,
            schemas=schemas,
            languages=languages,
            validation_options=validation_options,
            dry_run=dry_run,
            transaction_id=transaction_id,
        )
        request["content"] = content
        request["headers"] = {**headers, "Content-Type": content_type}
        request = _runtime.with_options(request, extra_headers, extra_query)

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _import_._success(client=self._client, raw=raw)

    @overload
    async def list_documents(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        path: None | str | Unset = UNSET,
        skip: int | None | Unset = UNSET,
        take: int | None | Unset = UNSET,
        query: None | str | Unset = UNSET,
        select: list[str] | None | Unset = UNSET,
        filters: list[Filter] | None | Unset = UNSET,
        sorters: list[Sorter] | None | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListDocumentsResponse: ...

    @overload
    async def list_documents(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        body: ListDocumentsRequest,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListDocumentsResponse: ...

    async def list_documents(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        body: ListDocumentsRequest | Unset = UNSET,
        path: None | str | Unset = UNSET,
        skip: int | None | Unset = UNSET,
        take: int | None | Unset = UNSET,
        query: None | str | Unset = UNSET,
        select: list[str] | None | Unset = UNSET,
        filters: list[Filter] | None | Unset = UNSET,
        sorters: list[Sorter] | None | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListDocumentsResponse:
        """List documents

        ``POST /datasource/{data_source_id}/collection/{schema_name_or_id}/documents/`` (list_documents).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                ListDocumentsRequest,
                {
                    "path": path,
                    "skip": skip,
                    "take": take,
                    "query": query,
                    "select": select,
                    "filters": filters,
                    "sorters": sorters,
                },
                required=(),
                unset=UNSET,
                operation="list_documents",
            )
        request = _runtime.with_options(
            _list_documents._get_kwargs(
                data_source_id=data_source_id,
                schema_name_or_id=schema_name_or_id,
                body=body,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _list_documents._success(client=self._client, raw=raw)

    def list_documents_all(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        transaction_id: str | Unset = UNSET,
        body: ListDocumentsRequest | None = None,
        page_size: int = 100,
        start: int = 0,
    ) -> AsyncIterator[DataDocument]:
        """Every item of ``list_documents``, across all pages, fetched lazily one page at a time."""
        return pagination.aiter_list_documents(
            client=self._client,
            data_source_id=data_source_id,
            schema_name_or_id=schema_name_or_id,
            transaction_id=transaction_id,
            body=body,
            page_size=page_size,
            start=start,
        )

    async def pick_documents(
        self,
        data_source_id: str,
        *,
        body: list[FindRequest],
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> PickDocumentsResponse:
        """Pick documents by unique properties

        ``POST /datasource/{data_source_id}/documents/query/`` (pick_documents).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _pick_documents._get_kwargs(
                data_source_id=data_source_id,
                body=body,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _pick_documents._success(client=self._client, raw=raw)

    async def query_documents(
        self,
        data_source_id: str,
        *,
        query: str,
        limit: int | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> str:
        """Search documents of all collections (stream)

        ``GET /datasource/{data_source_id}/documents/query/`` (query_documents).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _query_documents._get_kwargs(
                data_source_id=data_source_id,
                query=query,
                limit=limit,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _query_documents._success(client=self._client, raw=raw)

    async def query_documents_stream(
        self,
        data_source_id: str,
        *,
        query: str,
        limit: int | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncIterator[ListResult]:
        """Search documents of all collections (stream): each server-sent event as a ``ListResult``

        ``GET /datasource/{data_source_id}/documents/query/`` (query_documents), read lazily:
        the request is sent on the first ``next()`` and each event is parsed as it arrives. Not retried (a retry
        would repeat events); an error status raises ``ApiError``.
        """
        request = _runtime.with_options(
            _query_documents._get_kwargs(
                data_source_id=data_source_id,
                query=query,
                limit=limit,
                transaction_id=transaction_id,
            ),
            {"Accept": "text/event-stream", **(extra_headers or {})},
            extra_query,
        )

        async for data in self._client.astream_events(request, timeout=timeout):
            yield ListResult.from_dict(json.loads(data))

    async def reject_transaction(
        self,
        data_source_id: str,
        transaction_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Reject a transaction

        ``DELETE /datasource/{data_source_id}/transaction/{transaction_id}/`` (reject_transaction).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _reject_transaction._get_kwargs(
                data_source_id=data_source_id,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _reject_transaction._success(client=self._client, raw=raw)

    @overload
    async def restore(
        self,
        data_source_id: str,
        *,
        tools_version: str | Unset = UNSET,
        revision_hash: str | Unset = UNSET,
        change_number: int | Unset = UNSET,
        collections: GameDataDocumentCollections | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RestoreResponse: ...

    @overload
    async def restore(
        self,
        data_source_id: str,
        *,
        body: GameDataDocument,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RestoreResponse: ...

    async def restore(
        self,
        data_source_id: str,
        *,
        body: GameDataDocument | Unset = UNSET,
        tools_version: str | Unset = UNSET,
        revision_hash: str | Unset = UNSET,
        change_number: int | Unset = UNSET,
        collections: GameDataDocumentCollections | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RestoreResponse:
        """Restore the data source

        ``PUT /datasource/{data_source_id}/`` (restore).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                GameDataDocument,
                {
                    "tools_version": tools_version,
                    "revision_hash": revision_hash,
                    "change_number": change_number,
                    "collections": collections,
                },
                required=(),
                unset=UNSET,
                operation="restore",
            )
        request = _runtime.with_options(
            _restore._get_kwargs(
                data_source_id=data_source_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _restore._success(client=self._client, raw=raw)

    async def restore_from_bytes(
        self,
        data_source_id: str,
        *,
        content: bytes,
        content_type: Literal["application/x-msgpack", "application/bson"],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RestoreResponse:
        """Restore the data source, with a body already encoded as ``content_type``

        ``PUT /datasource/{data_source_id}/`` (restore) sending
        ``content`` as it is. Raises ``ApiError`` on anything but a success.
        """
        request, headers = _restore._request_without_body(
            data_source_id=data_source_id,
        )
        request["content"] = content
        request["headers"] = {**headers, "Content-Type": content_type}
        request = _runtime.with_options(request, extra_headers, extra_query)

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _restore._success(client=self._client, raw=raw)

    @overload
    async def update_document(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        id: Any | Unset = UNSET,
        validation_options: list[ValidationOption],
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateDocumentResponse: ...

    @overload
    async def update_document(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        body: DataDocument,
        validation_options: list[ValidationOption],
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateDocumentResponse: ...

    async def update_document(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        body: DataDocument | Unset = UNSET,
        id: Any | Unset = UNSET,
        validation_options: list[ValidationOption],
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateDocumentResponse:
        """Update a document

        ``POST /datasource/{data_source_id}/collection/{schema_name_or_id}/`` (update_document).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                DataDocument,
                {
                    "id": id,
                },
                required=(),
                unset=UNSET,
                operation="update_document",
            )
        request = _runtime.with_options(
            _update_document._get_kwargs(
                data_source_id=data_source_id,
                schema_name_or_id=schema_name_or_id,
                body=body,
                validation_options=validation_options,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _update_document._success(client=self._client, raw=raw)

    async def validate(
        self,
        data_source_id: str,
        *,
        transaction_id: str | Unset = UNSET,
        validation_options: list[ValidationOption],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ValidateResponse:
        """Validate the data source

        ``POST /datasource/{data_source_id}/validity/`` (validate).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _validate._get_kwargs(
                data_source_id=data_source_id,
                transaction_id=transaction_id,
                validation_options=validation_options,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _validate._success(client=self._client, raw=raw)


class AsyncDataSourceResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """Data source, each method returning the whole ``Response`` (async)."""

    @cached_property
    def capabilities(self) -> AsyncDataSourceCapabilitiesResourceWithRawResponse:
        from .data_source_capabilities import (
            AsyncDataSourceCapabilitiesResourceWithRawResponse,
        )

        return AsyncDataSourceCapabilitiesResourceWithRawResponse(self._client)

    async def backup(
        self,
        data_source_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[BackupResponse | ErrorResponse]:
        """Back up the data source

        ``GET /datasource/{data_source_id}/`` (backup).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _backup._get_kwargs(
                data_source_id=data_source_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _backup._build_response(client=self._client, response=raw)

    async def backup_raw(
        self,
        data_source_id: str,
        *,
        download: bool | Unset = UNSET,
        x_authorization: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GameDataDocument]:
        """Back up the data source (raw, downloadable)

        ``GET /datasource/{data_source_id}/raw/`` (backup_raw).
        ``x_authorization``: a one-time credential sent as the ``x-authorization`` query parameter instead of the client's own.
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _backup_raw._get_kwargs(
                data_source_id=data_source_id,
                download=download,
            ),
            extra_headers,
            extra_query,
        )
        request = _runtime.with_query_credential(
            request,
            {
                "x-authorization": x_authorization,
            },
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _backup_raw._build_response(client=self._client, response=raw)

    @overload
    async def begin_transaction(
        self,
        data_source_id: str,
        *,
        id: str,
        execution_timeout: str,
        start_timeout: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    @overload
    async def begin_transaction(
        self,
        data_source_id: str,
        *,
        body: BeginTransactionRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]: ...

    async def begin_transaction(
        self,
        data_source_id: str,
        *,
        body: BeginTransactionRequest | Unset = UNSET,
        id: str | Unset = UNSET,
        execution_timeout: str | Unset = UNSET,
        start_timeout: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Begin a transaction

        ``PUT /datasource/{data_source_id}/transaction/`` (begin_transaction).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                BeginTransactionRequest,
                {
                    "id": id,
                    "execution_timeout": execution_timeout,
                    "start_timeout": start_timeout,
                },
                required=(
                    "id",
                    "execution_timeout",
                    "start_timeout",
                ),
                unset=UNSET,
                operation="begin_transaction",
            )
        request = _runtime.with_options(
            _begin_transaction._get_kwargs(
                data_source_id=data_source_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _begin_transaction._build_response(client=self._client, response=raw)

    async def bulk_change_documents(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        body: list[DataDocument],
        validation_options: list[ValidationOption],
        dry_run: bool,
        import_mode: ImportMode,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[BulkChangeDocumentsResponse | ErrorResponse]:
        """Bulk change documents

        ``PUT /datasource/{data_source_id}/collection/{schema_name_or_id}/documents/`` (bulk_change_documents).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _bulk_change_documents._get_kwargs(
                data_source_id=data_source_id,
                schema_name_or_id=schema_name_or_id,
                body=body,
                validation_options=validation_options,
                dry_run=dry_run,
                import_mode=import_mode,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _bulk_change_documents._build_response(client=self._client, response=raw)

    async def commit_transaction(
        self,
        data_source_id: str,
        transaction_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Commit a transaction

        ``POST /datasource/{data_source_id}/transaction/{transaction_id}/`` (commit_transaction).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _commit_transaction._get_kwargs(
                data_source_id=data_source_id,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _commit_transaction._build_response(client=self._client, response=raw)

    async def convert_game_data_raw(
        self,
        data_source_id: str,
        *,
        body: Any,
        schema_name_or_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GameDataDocument]:
        """Convert game data to JSON

        ``POST /datasource/{data_source_id}/converter/raw/`` (convert_game_data_raw).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _convert_game_data_raw._get_kwargs(
                data_source_id=data_source_id,
                body=body,
                schema_name_or_id=schema_name_or_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _convert_game_data_raw._build_response(client=self._client, response=raw)

    @overload
    async def create_document(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        id: Any | Unset = UNSET,
        validation_options: list[ValidationOption],
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[CreateDocumentResponse | ErrorResponse]: ...

    @overload
    async def create_document(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        body: DataDocument,
        validation_options: list[ValidationOption],
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[CreateDocumentResponse | ErrorResponse]: ...

    async def create_document(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        body: DataDocument | Unset = UNSET,
        id: Any | Unset = UNSET,
        validation_options: list[ValidationOption],
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[CreateDocumentResponse | ErrorResponse]:
        """Create a document

        ``PUT /datasource/{data_source_id}/collection/{schema_name_or_id}/`` (create_document).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                DataDocument,
                {
                    "id": id,
                },
                required=(),
                unset=UNSET,
                operation="create_document",
            )
        request = _runtime.with_options(
            _create_document._get_kwargs(
                data_source_id=data_source_id,
                schema_name_or_id=schema_name_or_id,
                body=body,
                validation_options=validation_options,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _create_document._build_response(client=self._client, response=raw)

    async def delete_document(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        id: str,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[DeleteDocumentResponse | ErrorResponse]:
        """Delete a document

        ``DELETE /datasource/{data_source_id}/collection/{schema_name_or_id}/`` (delete_document).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _delete_document._get_kwargs(
                data_source_id=data_source_id,
                schema_name_or_id=schema_name_or_id,
                id=id,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _delete_document._build_response(client=self._client, response=raw)

    async def examine(
        self,
        data_source_id: str,
        *,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | ExamineResponse]:
        """Get the data source's statistics

        ``GET /datasource/{data_source_id}/stats/`` (examine).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _examine._get_kwargs(
                data_source_id=data_source_id,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _examine._build_response(client=self._client, response=raw)

    async def export(
        self,
        data_source_id: str,
        *,
        export_mode: ExportMode,
        schemas: list[str] | Unset = UNSET,
        properties: list[str] | Unset = UNSET,
        languages: list[str] | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | ExportResponse]:
        """Export collections

        ``GET /datasource/{data_source_id}/collections/`` (export).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _export._get_kwargs(
                data_source_id=data_source_id,
                export_mode=export_mode,
                schemas=schemas,
                properties=properties,
                languages=languages,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _export._build_response(client=self._client, response=raw)

    async def export_raw(
        self,
        data_source_id: str,
        *,
        transaction_id: str | Unset = UNSET,
        export_mode: ExportMode,
        schemas: list[str] | Unset = UNSET,
        properties: list[str] | Unset = UNSET,
        languages: list[str] | Unset = UNSET,
        download: bool | Unset = UNSET,
        x_authorization: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GameDataDocument]:
        """Export collections (raw, downloadable)

        ``GET /datasource/{data_source_id}/collections/raw/`` (export_raw).
        ``x_authorization``: a one-time credential sent as the ``x-authorization`` query parameter instead of the client's own.
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _export_raw._get_kwargs(
                data_source_id=data_source_id,
                transaction_id=transaction_id,
                export_mode=export_mode,
                schemas=schemas,
                properties=properties,
                languages=languages,
                download=download,
            ),
            extra_headers,
            extra_query,
        )
        request = _runtime.with_query_credential(
            request,
            {
                "x-authorization": x_authorization,
            },
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _export_raw._build_response(client=self._client, response=raw)

    async def find_document(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        unique_schema_property_name_or_id: str,
        unique_schema_property_value: str,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | FindDocumentResponse]:
        """Find a document by id or unique property

        ``GET /datasource/{data_source_id}/collection/{schema_name_or_id}/`` (find_document).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _find_document._get_kwargs(
                data_source_id=data_source_id,
                schema_name_or_id=schema_name_or_id,
                unique_schema_property_name_or_id=unique_schema_property_name_or_id,
                unique_schema_property_value=unique_schema_property_value,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _find_document._build_response(client=self._client, response=raw)

    @overload
    async def generate_source_code(
        self,
        data_source_id: str,
        *,
        target_language: TargetSourceCodeLanguage,
        document_class_name: str,
        game_data_class_name: str,
        namespace: str,
        define_constants: str,
        line_endings: GenerateSourceCodeRequestLineEndings,
        indentation: GenerateSourceCodeRequestIndentation,
        split_files: bool,
        optimizations: list[GenerateSourceCodeRequestOptimizationsItem],
        download: bool | Unset = UNSET,
        x_authorization: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | File]: ...

    @overload
    async def generate_source_code(
        self,
        data_source_id: str,
        *,
        body: GenerateSourceCodeRequest,
        download: bool | Unset = UNSET,
        x_authorization: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | File]: ...

    async def generate_source_code(
        self,
        data_source_id: str,
        *,
        body: GenerateSourceCodeRequest | Unset = UNSET,
        target_language: TargetSourceCodeLanguage | Unset = UNSET,
        document_class_name: str | Unset = UNSET,
        game_data_class_name: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        define_constants: str | Unset = UNSET,
        line_endings: GenerateSourceCodeRequestLineEndings | Unset = UNSET,
        indentation: GenerateSourceCodeRequestIndentation | Unset = UNSET,
        split_files: bool | Unset = UNSET,
        optimizations: list[GenerateSourceCodeRequestOptimizationsItem] | Unset = UNSET,
        download: bool | Unset = UNSET,
        x_authorization: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | File]:
        """Generate source code

        ``POST /datasource/{data_source_id}/source-code/`` (generate_source_code).
        ``x_authorization``: a one-time credential sent as the ``x-authorization`` query parameter instead of the client's own.
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                GenerateSourceCodeRequest,
                {
                    "target_language": target_language,
                    "document_class_name": document_class_name,
                    "game_data_class_name": game_data_class_name,
                    "namespace": namespace,
                    "define_constants": define_constants,
                    "line_endings": line_endings,
                    "indentation": indentation,
                    "split_files": split_files,
                    "optimizations": optimizations,
                },
                required=(
                    "target_language",
                    "document_class_name",
                    "game_data_class_name",
                    "namespace",
                    "define_constants",
                    "line_endings",
                    "indentation",
                    "split_files",
                    "optimizations",
                ),
                unset=UNSET,
                operation="generate_source_code",
            )
        request = _runtime.with_options(
            _generate_source_code._get_kwargs(
                data_source_id=data_source_id,
                body=body,
                download=download,
            ),
            extra_headers,
            extra_query,
        )
        request = _runtime.with_query_credential(
            request,
            {
                "x-authorization": x_authorization,
            },
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _generate_source_code._build_response(client=self._client, response=raw)

    async def get_loading_progress(
        self,
        data_source_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetLoadingProgressResponse]:
        """Get the data source's loading progress

        ``GET /datasource/{data_source_id}/loading-progress/`` (get_loading_progress).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_loading_progress._get_kwargs(
                data_source_id=data_source_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_loading_progress._build_response(client=self._client, response=raw)

    async def get_source_code_generation_template(
        self,
        data_source_id: str,
        *,
        download: bool | Unset = UNSET,
        x_authorization: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | File]:
        """Download source code templates

        ``GET /datasource/{data_source_id}/source-code/templates/`` (get_source_code_generation_template).
        ``x_authorization``: a one-time credential sent as the ``x-authorization`` query parameter instead of the client's own.
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_source_code_generation_template._get_kwargs(
                data_source_id=data_source_id,
                download=download,
            ),
            extra_headers,
            extra_query,
        )
        request = _runtime.with_query_credential(
            request,
            {
                "x-authorization": x_authorization,
            },
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_source_code_generation_template._build_response(client=self._client, response=raw)

    async def import_(
        self,
        data_source_id: str,
        *,
        body: Any,
        import_mode: ImportMode,
        schemas: list[str] | Unset = UNSET,
        languages: list[str] | Unset = UNSET,
        validation_options: list[ValidationOption],
        dry_run: bool,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | ImportResponse]:
        """Import collections

        ``PUT /datasource/{data_source_id}/collections/`` (import_).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _import_._get_kwargs(
                data_source_id=data_source_id,
                body=body,
                import_mode=import_mode,
                schemas=schemas,
                languages=languages,
                validation_options=validation_options,
                dry_run=dry_run,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _import_._build_response(client=self._client, response=raw)

    @overload
    async def list_documents(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        path: None | str | Unset = UNSET,
        skip: int | None | Unset = UNSET,
        take: int | None | Unset = UNSET,
        query: None | str | Unset = UNSET,
        select: list[str] | None | Unset = UNSET,
        filters: list[Filter] | None | Unset = UNSET,
        sorters: list[Sorter] | None | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | ListDocumentsResponse]: ...

    @overload
    async def list_documents(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        body: ListDocumentsRequest,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | ListDocumentsResponse]: ...

    async def list_documents(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        body: ListDocumentsRequest | Unset = UNSET,
        path: None | str | Unset = UNSET,
        skip: int | None | Unset = UNSET,
        take: int | None | Unset = UNSET,
        query: None | str | Unset = UNSET,
        select: list[str] | None | Unset = UNSET,
        filters: list[Filter] | None | Unset = UNSET,
        sorters: list[Sorter] | None | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | ListDocumentsResponse]:
        """List documents

        ``POST /datasource/{data_source_id}/collection/{schema_name_or_id}/documents/`` (list_documents).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                ListDocumentsRequest,
                {
                    "path": path,
                    "skip": skip,
                    "take": take,
                    "query": query,
                    "select": select,
                    "filters": filters,
                    "sorters": sorters,
                },
                required=(),
                unset=UNSET,
                operation="list_documents",
            )
        request = _runtime.with_options(
            _list_documents._get_kwargs(
                data_source_id=data_source_id,
                schema_name_or_id=schema_name_or_id,
                body=body,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _list_documents._build_response(client=self._client, response=raw)

    async def pick_documents(
        self,
        data_source_id: str,
        *,
        body: list[FindRequest],
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | PickDocumentsResponse]:
        """Pick documents by unique properties

        ``POST /datasource/{data_source_id}/documents/query/`` (pick_documents).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _pick_documents._get_kwargs(
                data_source_id=data_source_id,
                body=body,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _pick_documents._build_response(client=self._client, response=raw)

    async def query_documents(
        self,
        data_source_id: str,
        *,
        query: str,
        limit: int | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | str]:
        """Search documents of all collections (stream)

        ``GET /datasource/{data_source_id}/documents/query/`` (query_documents).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _query_documents._get_kwargs(
                data_source_id=data_source_id,
                query=query,
                limit=limit,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _query_documents._build_response(client=self._client, response=raw)

    async def reject_transaction(
        self,
        data_source_id: str,
        transaction_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Reject a transaction

        ``DELETE /datasource/{data_source_id}/transaction/{transaction_id}/`` (reject_transaction).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _reject_transaction._get_kwargs(
                data_source_id=data_source_id,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _reject_transaction._build_response(client=self._client, response=raw)

    @overload
    async def restore(
        self,
        data_source_id: str,
        *,
        tools_version: str | Unset = UNSET,
        revision_hash: str | Unset = UNSET,
        change_number: int | Unset = UNSET,
        collections: GameDataDocumentCollections | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | RestoreResponse]: ...

    @overload
    async def restore(
        self,
        data_source_id: str,
        *,
        body: GameDataDocument,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | RestoreResponse]: ...

    async def restore(
        self,
        data_source_id: str,
        *,
        body: GameDataDocument | Unset = UNSET,
        tools_version: str | Unset = UNSET,
        revision_hash: str | Unset = UNSET,
        change_number: int | Unset = UNSET,
        collections: GameDataDocumentCollections | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | RestoreResponse]:
        """Restore the data source

        ``PUT /datasource/{data_source_id}/`` (restore).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                GameDataDocument,
                {
                    "tools_version": tools_version,
                    "revision_hash": revision_hash,
                    "change_number": change_number,
                    "collections": collections,
                },
                required=(),
                unset=UNSET,
                operation="restore",
            )
        request = _runtime.with_options(
            _restore._get_kwargs(
                data_source_id=data_source_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _restore._build_response(client=self._client, response=raw)

    @overload
    async def update_document(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        id: Any | Unset = UNSET,
        validation_options: list[ValidationOption],
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | UpdateDocumentResponse]: ...

    @overload
    async def update_document(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        body: DataDocument,
        validation_options: list[ValidationOption],
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | UpdateDocumentResponse]: ...

    async def update_document(
        self,
        data_source_id: str,
        schema_name_or_id: str,
        *,
        body: DataDocument | Unset = UNSET,
        id: Any | Unset = UNSET,
        validation_options: list[ValidationOption],
        transaction_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | UpdateDocumentResponse]:
        """Update a document

        ``POST /datasource/{data_source_id}/collection/{schema_name_or_id}/`` (update_document).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                DataDocument,
                {
                    "id": id,
                },
                required=(),
                unset=UNSET,
                operation="update_document",
            )
        request = _runtime.with_options(
            _update_document._get_kwargs(
                data_source_id=data_source_id,
                schema_name_or_id=schema_name_or_id,
                body=body,
                validation_options=validation_options,
                transaction_id=transaction_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _update_document._build_response(client=self._client, response=raw)

    async def validate(
        self,
        data_source_id: str,
        *,
        transaction_id: str | Unset = UNSET,
        validation_options: list[ValidationOption],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | ValidateResponse]:
        """Validate the data source

        ``POST /datasource/{data_source_id}/validity/`` (validate).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _validate._get_kwargs(
                data_source_id=data_source_id,
                transaction_id=transaction_id,
                validation_options=validation_options,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _validate._build_response(client=self._client, response=raw)
