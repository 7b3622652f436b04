from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET

T = TypeVar("T", bound="MembershipPackageFeaturesStorageType0")


@_attrs_define(repr=False)
class MembershipPackageFeaturesStorageType0:
    """Storage limits.

    Attributes:
        data_source (int | None):
        backups (int | None):
    """

    data_source: int | None
    backups: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        data_source: int | None
        data_source = self.data_source

        backups: int | None
        backups = self.backups

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataSource": data_source,
                "backups": backups,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_data_source(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        data_source = _parse_data_source(d.pop("dataSource"))

        def _parse_backups(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        backups = _parse_backups(d.pop("backups"))

        membership_package_features_storage_type_0 = cls(
            data_source=data_source,
            backups=backups,
        )

        membership_package_features_storage_type_0.additional_properties = d
        return membership_package_features_storage_type_0

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
