from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateDataStoreRequest")


@_attrs_define(repr=False)
class UpdateDataStoreRequest:
    """Properties of a data store to change; absent properties are left unchanged.

    Attributes:
        name (str | Unset): New name, at most 128 characters. Example: Customers (EU).
        datastructure_id (int | None | Unset): New data structure id; null detaches the data structure [inf]. Example:
            1.
        max_size_mb (int | Unset): New maximum size in MB; cannot be below the size already used [inf]. Example: 2.
    """

    name: str | Unset = UNSET
    datastructure_id: int | None | Unset = UNSET
    max_size_mb: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        datastructure_id: int | None | Unset
        if isinstance(self.datastructure_id, Unset):
            datastructure_id = UNSET
        else:
            datastructure_id = self.datastructure_id

        max_size_mb = self.max_size_mb

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if datastructure_id is not UNSET:
            field_dict["datastructureId"] = datastructure_id
        if max_size_mb is not UNSET:
            field_dict["maxSizeMB"] = max_size_mb

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_datastructure_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        datastructure_id = _parse_datastructure_id(d.pop("datastructureId", UNSET))

        max_size_mb = d.pop("maxSizeMB", UNSET)

        update_data_store_request = cls(
            name=name,
            datastructure_id=datastructure_id,
            max_size_mb=max_size_mb,
        )

        update_data_store_request.additional_properties = d
        return update_data_store_request

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
