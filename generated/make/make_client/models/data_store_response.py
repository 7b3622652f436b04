from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.data_store import DataStore


T = TypeVar("T", bound="DataStoreResponse")


@_attrs_define(repr=False)
class DataStoreResponse:
    """One data store with every field, wrapped in `dataStore`.

    Attributes:
        data_store (DataStore): A data store with every field (as returned by create and update).
    """

    data_store: DataStore
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        data_store = self.data_store.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataStore": data_store,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_store import DataStore  # noqa: PLC0415

        d = dict(src_dict)
        data_store = DataStore.from_dict(d.pop("dataStore"))

        data_store_response = cls(
            data_store=data_store,
        )

        data_store_response.additional_properties = d
        return data_store_response

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
