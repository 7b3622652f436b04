from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..models.branch_location import BranchLocation
from ..types import UNSET

T = TypeVar("T", bound="Branch")


@_attrs_define(repr=False)
class Branch:
    """A branch of a project. Its `id` is the `dataSourceId` of the `/datasource/` endpoints.

    Attributes:
        id (str): A MongoDB ObjectId: 24 hexadecimal characters (the vendor's `format: objectId`). Every id of a user,
            workspace, project, branch/data source, invitation, resource, login and authentication flow has this form.
             Example: 5f8d0d55b54764421b7156c9.
        name (str):
        is_primary (bool):
        database_name (str):
        location (BranchLocation):
        data_size (int):
        backup_size (int):
    """

    id: str
    name: str
    is_primary: bool
    database_name: str
    location: BranchLocation
    data_size: int
    backup_size: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        is_primary = self.is_primary

        database_name = self.database_name

        location = self.location.value

        data_size = self.data_size

        backup_size = self.backup_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "isPrimary": is_primary,
                "databaseName": database_name,
                "location": location,
                "dataSize": data_size,
                "backupSize": backup_size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        is_primary = d.pop("isPrimary")

        database_name = d.pop("databaseName")

        location = BranchLocation(d.pop("location"))

        data_size = d.pop("dataSize")

        backup_size = d.pop("backupSize")

        branch = cls(
            id=id,
            name=name,
            is_primary=is_primary,
            database_name=database_name,
            location=location,
            data_size=data_size,
            backup_size=backup_size,
        )

        branch.additional_properties = d
        return branch

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
