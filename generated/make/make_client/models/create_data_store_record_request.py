from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_store_record_data import DataStoreRecordData


T = TypeVar("T", bound="CreateDataStoreRecordRequest")


@_attrs_define(repr=False)
class CreateDataStoreRecordRequest:
    """A new record; its fields are wrapped in `data`.

    Attributes:
        data (DataStoreRecordData): The fields of a record. Their names and types follow the store's data structure (any
            JSON values
            when the store has none); fields of the structure without a value are `null`.
             Example: {'name': 'John Doe', 'email': 'john@example.com', 'age': 32}.
        key (str | Unset): Key of a record: generated keys are 12 lowercase hex characters; custom keys are 1–256
            characters
            without `/` and not only dots [inf].
             Example: 8f7162828bc0.
    """

    data: DataStoreRecordData
    key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        key = self.key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if key is not UNSET:
            field_dict["key"] = key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_store_record_data import DataStoreRecordData  # noqa: PLC0415

        d = dict(src_dict)
        data = DataStoreRecordData.from_dict(d.pop("data"))

        key = d.pop("key", UNSET)

        create_data_store_record_request = cls(
            data=data,
            key=key,
        )

        create_data_store_record_request.additional_properties = d
        return create_data_store_record_request

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
