from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.validation_error import ValidationError


T = TypeVar("T", bound="ValidationRecord")


@_attrs_define(repr=False)
class ValidationRecord:
    """Validation problems of one document.

    Attributes:
        id (Any): Document id (any JSON value).
        schema_name (str): Schema name.
        schema_id (str): Schema id.
        errors (list[ValidationError]):
    """

    id: Any
    schema_name: str
    schema_id: str
    errors: list[ValidationError]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        schema_name = self.schema_name

        schema_id = self.schema_id

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "schemaName": schema_name,
                "schemaId": schema_id,
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.validation_error import ValidationError  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        schema_name = d.pop("schemaName")

        schema_id = d.pop("schemaId")

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = ValidationError.from_dict(errors_item_data)

            errors.append(errors_item)

        validation_record = cls(
            id=id,
            schema_name=schema_name,
            schema_id=schema_id,
            errors=errors,
        )

        validation_record.additional_properties = d
        return validation_record

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
