from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateBranchRequest")


@_attrs_define(repr=False)
class UpdateBranchRequest:
    """Changes to a branch; absent fields are left unchanged.

    Attributes:
        new_name (str | Unset): Branch name: a C-like identifier of 2 to 64 characters. Example: main.
        new_ordinal (int | None | Unset): New position in the branch list.
    """

    new_name: str | Unset = UNSET
    new_ordinal: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        new_name = self.new_name

        new_ordinal: int | None | Unset
        if isinstance(self.new_ordinal, Unset):
            new_ordinal = UNSET
        else:
            new_ordinal = self.new_ordinal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if new_name is not UNSET:
            field_dict["newName"] = new_name
        if new_ordinal is not UNSET:
            field_dict["newOrdinal"] = new_ordinal

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        new_name = d.pop("newName", UNSET)

        def _parse_new_ordinal(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        new_ordinal = _parse_new_ordinal(d.pop("newOrdinal", UNSET))

        update_branch_request = cls(
            new_name=new_name,
            new_ordinal=new_ordinal,
        )

        update_branch_request.additional_properties = d
        return update_branch_request

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
