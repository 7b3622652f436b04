from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..models.field_data_type_name import FieldDataTypeName
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.any_value_map import AnyValueMap


T = TypeVar("T", bound="FieldDataType")


@_attrs_define(repr=False)
class FieldDataType:
    """
    Attributes:
        type_ (FieldDataTypeName): The data type of a field. Each data type may vary in terms of required properties:
            `DECIMAL` requires the two properties `precision` and `scale` (integers); the other data
            types have no required properties.
        properties (AnyValueMap | Unset): A map of name-value pairs. The vendor schema types the values as `object` (a
            Java
            `Object`); any JSON value occurs.
        original_type (str | Unset): The type name in the source system.
    """

    type_: FieldDataTypeName
    properties: AnyValueMap | Unset = UNSET
    original_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        original_type = self.original_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if properties is not UNSET:
            field_dict["properties"] = properties
        if original_type is not UNSET:
            field_dict["originalType"] = original_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.any_value_map import AnyValueMap  # noqa: PLC0415

        d = dict(src_dict)
        type_ = FieldDataTypeName(d.pop("type"))

        _properties = d.pop("properties", UNSET)
        properties: AnyValueMap | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = AnyValueMap.from_dict(_properties)

        original_type = d.pop("originalType", UNSET)

        field_data_type = cls(
            type_=type_,
            properties=properties,
            original_type=original_type,
        )

        field_data_type.additional_properties = d
        return field_data_type

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
