from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET

T = TypeVar("T", bound="MembershipPackageFeaturesProjectsType0")


@_attrs_define(repr=False)
class MembershipPackageFeaturesProjectsType0:
    """Project limits.

    Attributes:
        max_members (int | None):
        max_projects (int | None):
    """

    max_members: int | None
    max_projects: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        max_members: int | None
        max_members = self.max_members

        max_projects: int | None
        max_projects = self.max_projects

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "maxMembers": max_members,
                "maxProjects": max_projects,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_max_members(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        max_members = _parse_max_members(d.pop("maxMembers"))

        def _parse_max_projects(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        max_projects = _parse_max_projects(d.pop("maxProjects"))

        membership_package_features_projects_type_0 = cls(
            max_members=max_members,
            max_projects=max_projects,
        )

        membership_package_features_projects_type_0.additional_properties = d
        return membership_package_features_projects_type_0

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
