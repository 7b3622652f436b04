from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_store import DataStore
    from ..models.page_links import PageLinks


T = TypeVar("T", bound="DataStoreList")


@_attrs_define(repr=False)
class DataStoreList:
    """One page of data stores.

    Attributes:
        data (list[DataStore] | Unset):
        page (int | Unset): The zero-based page returned (the effective `page`).
        limit (int | Unset): The page size used (the effective `limit`).
        pages (int | Unset): Number of pages, ceil(total / limit).
        total (int | Unset): Number of matching items on all pages.
        links (PageLinks | Unset): Paging links; `next` is absent on the last page and `prev` on the first.
    """

    data: list[DataStore] | Unset = UNSET
    page: int | Unset = UNSET
    limit: int | Unset = UNSET
    pages: int | Unset = UNSET
    total: int | Unset = UNSET
    links: PageLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        page = self.page

        limit = self.limit

        pages = self.pages

        total = self.total

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if page is not UNSET:
            field_dict["page"] = page
        if limit is not UNSET:
            field_dict["limit"] = limit
        if pages is not UNSET:
            field_dict["pages"] = pages
        if total is not UNSET:
            field_dict["total"] = total
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_store import DataStore  # noqa: PLC0415
        from ..models.page_links import PageLinks  # noqa: PLC0415

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: list[DataStore] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = DataStore.from_dict(data_item_data)

                data.append(data_item)

        page = d.pop("page", UNSET)

        limit = d.pop("limit", UNSET)

        pages = d.pop("pages", UNSET)

        total = d.pop("total", UNSET)

        _links = d.pop("links", UNSET)
        links: PageLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = PageLinks.from_dict(_links)

        data_store_list = cls(
            data=data,
            page=page,
            limit=limit,
            pages=pages,
            total=total,
            links=links,
        )

        data_store_list.additional_properties = d
        return data_store_list

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
