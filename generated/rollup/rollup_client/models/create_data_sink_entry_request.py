from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateDataSinkEntryRequest")


@_attrs_define(repr=False)
class CreateDataSinkEntryRequest:
    """A new data sink entry (also used for the nested `entries` of `createDataSink`).

    Attributes:
        key (str): Entry key, unique within the data sink. Example: sum.
        data_type (str): Data type of the value (documented example `scalar`). Example: scalar.
        id (UUID | Unset): Entry id (UUIDv4); specify only when the id must be known before creation. Example:
            9d2c8a41-5b7e-4f3a-8c6d-1e2f3a4b5c6d.
        value (str | Unset): Value of the entry, as a string. Example: 3.
    """

    key: str
    data_type: str
    id: UUID | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        data_type = self.data_type

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "dataType": data_type,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        data_type = d.pop("dataType")

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        value = d.pop("value", UNSET)

        create_data_sink_entry_request = cls(
            key=key,
            data_type=data_type,
            id=id,
            value=value,
        )

        create_data_sink_entry_request.additional_properties = d
        return create_data_sink_entry_request

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
