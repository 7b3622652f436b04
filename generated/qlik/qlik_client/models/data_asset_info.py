from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_store_info import DataStoreInfo


T = TypeVar("T", bound="DataAssetInfo")


@_attrs_define(repr=False)
class DataAssetInfo:
    """The data asset a data set belongs to, with its data store.

    Attributes:
        id (str):
        name (str | Unset):
        data_store_info (DataStoreInfo | Unset): The data store a data asset belongs to.
    """

    id: str
    name: str | Unset = UNSET
    data_store_info: DataStoreInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        data_store_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_store_info, Unset):
            data_store_info = self.data_store_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if data_store_info is not UNSET:
            field_dict["dataStoreInfo"] = data_store_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_store_info import DataStoreInfo  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        _data_store_info = d.pop("dataStoreInfo", UNSET)
        data_store_info: DataStoreInfo | Unset
        if isinstance(_data_store_info, Unset):
            data_store_info = UNSET
        else:
            data_store_info = DataStoreInfo.from_dict(_data_store_info)

        data_asset_info = cls(
            id=id,
            name=name,
            data_store_info=data_store_info,
        )

        data_asset_info.additional_properties = d
        return data_asset_info

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
