from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.bulk_change_record import BulkChangeRecord


T = TypeVar("T", bound="BulkChangeResult")


@_attrs_define(repr=False)
class BulkChangeResult:
    """Per-document report of a bulk change or import.

    Attributes:
        changes (list[BulkChangeRecord]):
        metadata_hash (str): Hash of the data source's schemas (metadata): 8 hexadecimal characters. Changes on every
            schema write. Example: a1b2c3d4.
        revision_hash (str): Hash of the data source's current revision: 24 to 32 hexadecimal characters. Changes on
            every write. Example: 678f998993a22d1f54b7fa80.
    """

    changes: list[BulkChangeRecord]
    metadata_hash: str
    revision_hash: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        changes = []
        for changes_item_data in self.changes:
            changes_item = changes_item_data.to_dict()
            changes.append(changes_item)

        metadata_hash = self.metadata_hash

        revision_hash = self.revision_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changes": changes,
                "metadataHash": metadata_hash,
                "revisionHash": revision_hash,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_change_record import BulkChangeRecord  # noqa: PLC0415

        d = dict(src_dict)
        changes = []
        _changes = d.pop("changes")
        for changes_item_data in _changes:
            changes_item = BulkChangeRecord.from_dict(changes_item_data)

            changes.append(changes_item)

        metadata_hash = d.pop("metadataHash")

        revision_hash = d.pop("revisionHash")

        bulk_change_result = cls(
            changes=changes,
            metadata_hash=metadata_hash,
            revision_hash=revision_hash,
        )

        bulk_change_result.additional_properties = d
        return bulk_change_result

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
