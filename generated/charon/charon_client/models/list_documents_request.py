from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.filter_ import Filter
    from ..models.sorter import Sorter


T = TypeVar("T", bound="ListDocumentsRequest")


@_attrs_define(repr=False)
class ListDocumentsRequest:
    """Query of `listDocuments`. Every field is optional.

    Attributes:
        path (None | str | Unset): JSON Pointer (RFC 6901) of nested documents, e.g. `/Item`; `*` for all embedded
            documents; null for root documents.
        skip (int | None | Unset): Documents to skip.
        take (int | None | Unset): Maximum documents to return.
        query (None | str | Unset): Full-text search term.
        select (list[str] | None | Unset): JSON Pointers of the fields to return (`Id` is always returned); null or
            empty for all.
        filters (list[Filter] | None | Unset): Filter conditions (all must hold).
        sorters (list[Sorter] | None | Unset): Sort orders.
    """

    path: None | str | Unset = UNSET
    skip: int | None | Unset = UNSET
    take: int | None | Unset = UNSET
    query: None | str | Unset = UNSET
    select: list[str] | None | Unset = UNSET
    filters: list[Filter] | None | Unset = UNSET
    sorters: list[Sorter] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        path: None | str | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        else:
            path = self.path

        skip: int | None | Unset
        if isinstance(self.skip, Unset):
            skip = UNSET
        else:
            skip = self.skip

        take: int | None | Unset
        if isinstance(self.take, Unset):
            take = UNSET
        else:
            take = self.take

        query: None | str | Unset
        if isinstance(self.query, Unset):
            query = UNSET
        else:
            query = self.query

        select: list[str] | None | Unset
        if isinstance(self.select, Unset):
            select = UNSET
        elif isinstance(self.select, list):
            select = self.select

        else:
            select = self.select

        filters: list[dict[str, Any]] | None | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, list):
            filters = []
            for filters_type_0_item_data in self.filters:
                filters_type_0_item = filters_type_0_item_data.to_dict()
                filters.append(filters_type_0_item)

        else:
            filters = self.filters

        sorters: list[dict[str, Any]] | None | Unset
        if isinstance(self.sorters, Unset):
            sorters = UNSET
        elif isinstance(self.sorters, list):
            sorters = []
            for sorters_type_0_item_data in self.sorters:
                sorters_type_0_item = sorters_type_0_item_data.to_dict()
                sorters.append(sorters_type_0_item)

        else:
            sorters = self.sorters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if path is not UNSET:
            field_dict["path"] = path
        if skip is not UNSET:
            field_dict["skip"] = skip
        if take is not UNSET:
            field_dict["take"] = take
        if query is not UNSET:
            field_dict["query"] = query
        if select is not UNSET:
            field_dict["select"] = select
        if filters is not UNSET:
            field_dict["filters"] = filters
        if sorters is not UNSET:
            field_dict["sorters"] = sorters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.filter_ import Filter  # noqa: PLC0415
        from ..models.sorter import Sorter  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        path = _parse_path(d.pop("path", UNSET))

        def _parse_skip(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        skip = _parse_skip(d.pop("skip", UNSET))

        def _parse_take(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        take = _parse_take(d.pop("take", UNSET))

        def _parse_query(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        query = _parse_query(d.pop("query", UNSET))

        def _parse_select(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                select_type_0 = cast(list[str], data)

                return select_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        select = _parse_select(d.pop("select", UNSET))

        def _parse_filters(data: object) -> list[Filter] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                filters_type_0 = []
                _filters_type_0 = data
                for filters_type_0_item_data in _filters_type_0:
                    filters_type_0_item = Filter.from_dict(filters_type_0_item_data)

                    filters_type_0.append(filters_type_0_item)

                return filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Filter] | None | Unset, data)

        filters = _parse_filters(d.pop("filters", UNSET))

        def _parse_sorters(data: object) -> list[Sorter] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sorters_type_0 = []
                _sorters_type_0 = data
                for sorters_type_0_item_data in _sorters_type_0:
                    sorters_type_0_item = Sorter.from_dict(sorters_type_0_item_data)

                    sorters_type_0.append(sorters_type_0_item)

                return sorters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Sorter] | None | Unset, data)

        sorters = _parse_sorters(d.pop("sorters", UNSET))

        list_documents_request = cls(
            path=path,
            skip=skip,
            take=take,
            query=query,
            select=select,
            filters=filters,
            sorters=sorters,
        )

        list_documents_request.additional_properties = d
        return list_documents_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
