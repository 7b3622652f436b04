from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..models.bulk_change_record_status import BulkChangeRecordStatus
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.validation_error import ValidationError


T = TypeVar("T", bound="BulkChangeRecord")


@_attrs_define(repr=False)
class BulkChangeRecord:
    """What happened to one document in a bulk change or import.

    Attributes:
        id (Any): Id of the document as given (any JSON value).
        new_id (Any): Id after the change (differs when an id was generated).
        schema_name (str): Name of the document's schema.
        schema_id (str): Id of the document's schema.
        status (BulkChangeRecordStatus): Outcome.
        comment (str): Free-form comment.
        errors (list[ValidationError]):
    """

    id: Any
    new_id: Any
    schema_name: str
    schema_id: str
    status: BulkChangeRecordStatus
    comment: str
    errors: list[ValidationError]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        new_id = self.new_id

        schema_name = self.schema_name

        schema_id = self.schema_id

        status = self.status.value

        comment = self.comment

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "newId": new_id,
                "schemaName": schema_name,
                "schemaId": schema_id,
                "status": status,
                "comment": comment,
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.validation_error import ValidationError  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        new_id = d.pop("newId")

        schema_name = d.pop("schemaName")

        schema_id = d.pop("schemaId")

        status = BulkChangeRecordStatus(d.pop("status"))

        comment = d.pop("comment")

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = ValidationError.from_dict(errors_item_data)

            errors.append(errors_item)

        bulk_change_record = cls(
            id=id,
            new_id=new_id,
            schema_name=schema_name,
            schema_id=schema_id,
            status=status,
            comment=comment,
            errors=errors,
        )

        bulk_change_record.additional_properties = d
        return bulk_change_record

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
