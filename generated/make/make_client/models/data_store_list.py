from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.data_store_columns import DataStoreColumns
    from ..models.pagination import Pagination


T = TypeVar("T", bound="DataStoreList")


@_attrs_define(repr=False)
class DataStoreList:
    """A page of a team's data stores.

    Attributes:
        data_stores (list[DataStoreColumns]): The data stores.
        pg (Pagination): Echo of the paging in effect. Offset paging (used here) returns `limit` and `offset` (plus
            `sortBy`/`sortDir` for data stores); `last`/`showLast` appear only with cursor paging.
    """

    data_stores: list[DataStoreColumns]
    pg: Pagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        data_stores = []
        for data_stores_item_data in self.data_stores:
            data_stores_item = data_stores_item_data.to_dict()
            data_stores.append(data_stores_item)

        pg = self.pg.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataStores": data_stores,
                "pg": pg,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_store_columns import DataStoreColumns  # noqa: PLC0415
        from ..models.pagination import Pagination  # noqa: PLC0415

        d = dict(src_dict)
        data_stores = []
        _data_stores = d.pop("dataStores")
        for data_stores_item_data in _data_stores:
            data_stores_item = DataStoreColumns.from_dict(data_stores_item_data)

            data_stores.append(data_stores_item)

        pg = Pagination.from_dict(d.pop("pg"))

        data_store_list = cls(
            data_stores=data_stores,
            pg=pg,
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
