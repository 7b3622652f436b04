from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.data_store_record_data import DataStoreRecordData


T = TypeVar("T", bound="DataStoreRecord")


@_attrs_define(repr=False)
class DataStoreRecord:
    """A record, returned bare (no wrapper) by create, replace and update.

    Attributes:
        key (str): Key of the record, unique in the data store. Example: 8f7162828bc0.
        data (DataStoreRecordData): The fields of a record. Their names and types follow the store's data structure (any
            JSON values
            when the store has none); fields of the structure without a value are `null`.
             Example: {'name': 'John Doe', 'email': 'john@example.com', 'age': 32}.
    """

    key: str
    data: DataStoreRecordData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_store_record_data import DataStoreRecordData  # noqa: PLC0415

        d = dict(src_dict)
        key = d.pop("key")

        data = DataStoreRecordData.from_dict(d.pop("data"))

        data_store_record = cls(
            key=key,
            data=data,
        )

        data_store_record.additional_properties = d
        return data_store_record

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
