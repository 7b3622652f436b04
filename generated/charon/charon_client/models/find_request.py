from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET

T = TypeVar("T", bound="FindRequest")


@_attrs_define(repr=False)
class FindRequest:
    """One lookup of `pickDocuments`.

    Attributes:
        schema_name_or_id (str): Name or id of the schema (collection).
        unique_schema_property_name_or_id (str): Unique property to match, e.g. `Id`.
        unique_schema_property_value (str): Value of that property.
    """

    schema_name_or_id: str
    unique_schema_property_name_or_id: str
    unique_schema_property_value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        schema_name_or_id = self.schema_name_or_id

        unique_schema_property_name_or_id = self.unique_schema_property_name_or_id

        unique_schema_property_value = self.unique_schema_property_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schemaNameOrId": schema_name_or_id,
                "uniqueSchemaPropertyNameOrId": unique_schema_property_name_or_id,
                "uniqueSchemaPropertyValue": unique_schema_property_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        schema_name_or_id = d.pop("schemaNameOrId")

        unique_schema_property_name_or_id = d.pop("uniqueSchemaPropertyNameOrId")

        unique_schema_property_value = d.pop("uniqueSchemaPropertyValue")

        find_request = cls(
            schema_name_or_id=schema_name_or_id,
            unique_schema_property_name_or_id=unique_schema_property_name_or_id,
            unique_schema_property_value=unique_schema_property_value,
        )

        find_request.additional_properties = d
        return find_request

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
