from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateProjectRequest")


@_attrs_define(repr=False)
class UpdateProjectRequest:
    """Changes to a project; null or absent fields are left unchanged.

    Attributes:
        new_name (None | str | Unset):
        new_picture_url (None | str | Unset):
        new_tags (list[str] | None | Unset):
    """

    new_name: None | str | Unset = UNSET
    new_picture_url: None | str | Unset = UNSET
    new_tags: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        new_name: None | str | Unset
        if isinstance(self.new_name, Unset):
            new_name = UNSET
        else:
            new_name = self.new_name

        new_picture_url: None | str | Unset
        if isinstance(self.new_picture_url, Unset):
            new_picture_url = UNSET
        else:
            new_picture_url = self.new_picture_url

        new_tags: list[str] | None | Unset
        if isinstance(self.new_tags, Unset):
            new_tags = UNSET
        elif isinstance(self.new_tags, list):
            new_tags = self.new_tags

        else:
            new_tags = self.new_tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if new_name is not UNSET:
            field_dict["newName"] = new_name
        if new_picture_url is not UNSET:
            field_dict["newPictureUrl"] = new_picture_url
        if new_tags is not UNSET:
            field_dict["newTags"] = new_tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_new_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        new_name = _parse_new_name(d.pop("newName", UNSET))

        def _parse_new_picture_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        new_picture_url = _parse_new_picture_url(d.pop("newPictureUrl", UNSET))

        def _parse_new_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                new_tags_type_0 = cast(list[str], data)

                return new_tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        new_tags = _parse_new_tags(d.pop("newTags", UNSET))

        update_project_request = cls(
            new_name=new_name,
            new_picture_url=new_picture_url,
            new_tags=new_tags,
        )

        update_project_request.additional_properties = d
        return update_project_request

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
