"""Formulas: one method per operation. Generated from the spec; do not edit."""

# Annotations name classes defined further down and builtins a method may shadow (``list``).
from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property
from typing import Any

import httpx

from .. import _runtime, pagination
from ..api.formulas import get_formula_types as _get_formula_types
from ..api.formulas import list_formula_types as _list_formula_types
from ..client import BaseClient
from ..models.error_response import ErrorResponse
from ..models.formula_type import FormulaType
from ..models.get_formula_types_response import GetFormulaTypesResponse
from ..models.list_formula_types_response import ListFormulaTypesResponse
from ..types import UNSET, Response, Unset


class FormulasResource(_runtime.Resource[BaseClient]):
    """Formulas."""

    @cached_property
    def with_raw_response(self) -> FormulasResourceWithRawResponse:
        return FormulasResourceWithRawResponse(self._client)

    def get_types(
        self,
        data_source_id: str,
        type_name: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetFormulaTypesResponse:
        """Get a formula type by name

        ``GET /datasource/{data_source_id}/formula/type/{type_name}/`` (get_formula_types).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_formula_types._get_kwargs(
                data_source_id=data_source_id,
                type_name=type_name,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_formula_types._success(client=self._client, raw=raw)

    def list_types(
        self,
        data_source_id: str,
        *,
        skip: int | Unset = UNSET,
        take: int | Unset = UNSET,
        query: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListFormulaTypesResponse:
        """List formula types

        ``GET /datasource/{data_source_id}/formula/type/`` (list_formula_types).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _list_formula_types._get_kwargs(
                data_source_id=data_source_id,
                skip=skip,
                take=take,
                query=query,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _list_formula_types._success(client=self._client, raw=raw)

    def list_types_all(
        self,
        data_source_id: str,
        *,
        query: str | Unset = UNSET,
        page_size: int = 100,
        start: int = 0,
    ) -> Iterator[FormulaType]:
        """Every item of ``list_types``, across all pages, fetched lazily one page at a time."""
        return pagination.iter_list_formula_types(
            client=self._client,
            data_source_id=data_source_id,
            query=query,
            page_size=page_size,
            start=start,
        )


class FormulasResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """Formulas, each method returning the whole ``Response``."""

    def get_types(
        self,
        data_source_id: str,
        type_name: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetFormulaTypesResponse]:
        """Get a formula type by name

        ``GET /datasource/{data_source_id}/formula/type/{type_name}/`` (get_formula_types).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_formula_types._get_kwargs(
                data_source_id=data_source_id,
                type_name=type_name,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_formula_types._build_response(client=self._client, response=raw)

    def list_types(
        self,
        data_source_id: str,
        *,
        skip: int | Unset = UNSET,
        take: int | Unset = UNSET,
        query: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | ListFormulaTypesResponse]:
        """List formula types

        ``GET /datasource/{data_source_id}/formula/type/`` (list_formula_types).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _list_formula_types._get_kwargs(
                data_source_id=data_source_id,
                skip=skip,
                take=take,
                query=query,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _list_formula_types._build_response(client=self._client, response=raw)


class AsyncFormulasResource(_runtime.Resource[BaseClient]):
    """Formulas (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncFormulasResourceWithRawResponse:
        return AsyncFormulasResourceWithRawResponse(self._client)

    async def get_types(
        self,
        data_source_id: str,
        type_name: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetFormulaTypesResponse:
        """Get a formula type by name

        ``GET /datasource/{data_source_id}/formula/type/{type_name}/`` (get_formula_types).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_formula_types._get_kwargs(
                data_source_id=data_source_id,
                type_name=type_name,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_formula_types._success(client=self._client, raw=raw)

    async def list_types(
        self,
        data_source_id: str,
        *,
        skip: int | Unset = UNSET,
        take: int | Unset = UNSET,
        query: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListFormulaTypesResponse:
        """List formula types

        ``GET /datasource/{data_source_id}/formula/type/`` (list_formula_types).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _list_formula_types._get_kwargs(
                data_source_id=data_source_id,
                skip=skip,
                take=take,
                query=query,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _list_formula_types._success(client=self._client, raw=raw)

    def list_types_all(
        self,
        data_source_id: str,
        *,
        query: str | Unset = UNSET,
        page_size: int = 100,
        start: int = 0,
    ) -> AsyncIterator[FormulaType]:
        """Every item of ``list_types``, across all pages, fetched lazily one page at a time."""
        return pagination.aiter_list_formula_types(
            client=self._client,
            data_source_id=data_source_id,
            query=query,
            page_size=page_size,
            start=start,
        )


class AsyncFormulasResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """Formulas, each method returning the whole ``Response`` (async)."""

    async def get_types(
        self,
        data_source_id: str,
        type_name: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetFormulaTypesResponse]:
        """Get a formula type by name

        ``GET /datasource/{data_source_id}/formula/type/{type_name}/`` (get_formula_types).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_formula_types._get_kwargs(
                data_source_id=data_source_id,
                type_name=type_name,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_formula_types._build_response(client=self._client, response=raw)

    async def list_types(
        self,
        data_source_id: str,
        *,
        skip: int | Unset = UNSET,
        take: int | Unset = UNSET,
        query: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | ListFormulaTypesResponse]:
        """List formula types

        ``GET /datasource/{data_source_id}/formula/type/`` (list_formula_types).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _list_formula_types._get_kwargs(
                data_source_id=data_source_id,
                skip=skip,
                take=take,
                query=query,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _list_formula_types._build_response(client=self._client, response=raw)
