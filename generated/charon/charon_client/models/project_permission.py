from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..models.project_permission_grants_item import ProjectPermissionGrantsItem
from ..types import UNSET

T = TypeVar("T", bound="ProjectPermission")


@_attrs_define(repr=False)
class ProjectPermission:
    """Permissions of a project member.

    Attributes:
        member_user_id (str): A MongoDB ObjectId: 24 hexadecimal characters (the vendor's `format: objectId`). Every id
            of a user,
            workspace, project, branch/data source, invitation, resource, login and authentication flow has this form.
             Example: 5f8d0d55b54764421b7156c9.
        grants (list[ProjectPermissionGrantsItem]): Granted rights.
    """

    member_user_id: str
    grants: list[ProjectPermissionGrantsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        member_user_id = self.member_user_id

        grants = []
        for grants_item_data in self.grants:
            grants_item = grants_item_data.value
            grants.append(grants_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "memberUserId": member_user_id,
                "grants": grants,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        member_user_id = d.pop("memberUserId")

        grants = []
        _grants = d.pop("grants")
        for grants_item_data in _grants:
            grants_item = ProjectPermissionGrantsItem(grants_item_data)

            grants.append(grants_item)

        project_permission = cls(
            member_user_id=member_user_id,
            grants=grants,
        )

        project_permission.additional_properties = d
        return project_permission

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
