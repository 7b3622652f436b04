from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.validation_record import ValidationRecord


T = TypeVar("T", bound="ValidateResult")


@_attrs_define(repr=False)
class ValidateResult:
    """Validation report.

    Attributes:
        records (list[ValidationRecord]):
        metadata_hash (str): Hash of the data source's schemas (metadata): 8 hexadecimal characters. Changes on every
            schema write. Example: a1b2c3d4.
        revision_hash (str): Hash of the data source's current revision: 24 to 32 hexadecimal characters. Changes on
            every write. Example: 678f998993a22d1f54b7fa80.
    """

    records: list[ValidationRecord]
    metadata_hash: str
    revision_hash: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        records = []
        for records_item_data in self.records:
            records_item = records_item_data.to_dict()
            records.append(records_item)

        metadata_hash = self.metadata_hash

        revision_hash = self.revision_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "records": records,
                "metadataHash": metadata_hash,
                "revisionHash": revision_hash,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.validation_record import ValidationRecord  # noqa: PLC0415

        d = dict(src_dict)
        records = []
        _records = d.pop("records")
        for records_item_data in _records:
            records_item = ValidationRecord.from_dict(records_item_data)

            records.append(records_item)

        metadata_hash = d.pop("metadataHash")

        revision_hash = d.pop("revisionHash")

        validate_result = cls(
            records=records,
            metadata_hash=metadata_hash,
            revision_hash=revision_hash,
        )

        validate_result.additional_properties = d
        return validate_result

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
