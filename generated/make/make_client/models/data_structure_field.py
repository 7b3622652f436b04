from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataStructureField")


@_attrs_define(repr=False)
class DataStructureField:
    """One field of the store's data structure.

    Attributes:
        name (str): Field name (the key in `data`). Example: email.
        type_ (str): Field type, e.g. `text`, `number`, `boolean`, `date`, `array`, `collection`. Example: text.
        label (str | Unset): Display label. Example: Email.
        default (Any | Unset): Default value (any JSON value, usually null).
        required (bool | Unset): Whether the field must have a value. Example: False.
    """

    name: str
    type_: str
    label: str | Unset = UNSET
    default: Any | Unset = UNSET
    required: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        label = self.label

        default = self.default

        required = self.required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if default is not UNSET:
            field_dict["default"] = default
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = d.pop("type")

        label = d.pop("label", UNSET)

        default = d.pop("default", UNSET)

        required = d.pop("required", UNSET)

        data_structure_field = cls(
            name=name,
            type_=type_,
            label=label,
            default=default,
            required=required,
        )

        data_structure_field.additional_properties = d
        return data_structure_field

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
