from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..models.stored_resource_purpose import StoredResourcePurpose
from ..types import UNSET

T = TypeVar("T", bound="StoredResourceMetadata")


@_attrs_define(repr=False)
class StoredResourceMetadata:
    """Metadata of a stored resource (file).

    Attributes:
        id (str): A MongoDB ObjectId: 24 hexadecimal characters (the vendor's `format: objectId`). Every id of a user,
            workspace, project, branch/data source, invitation, resource, login and authentication flow has this form.
             Example: 5f8d0d55b54764421b7156c9.
        owner_id (None | str):
        file_name (str):
        purpose (StoredResourcePurpose): What a stored resource is used for.
        length (int): Size in bytes.
        media_type (str):
        md_5_hash (str): MD5 of the content (hex).
    """

    id: str
    owner_id: None | str
    file_name: str
    purpose: StoredResourcePurpose
    length: int
    media_type: str
    md_5_hash: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        owner_id: None | str
        owner_id = self.owner_id

        file_name = self.file_name

        purpose = self.purpose.value

        length = self.length

        media_type = self.media_type

        md_5_hash = self.md_5_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "ownerId": owner_id,
                "fileName": file_name,
                "purpose": purpose,
                "length": length,
                "mediaType": media_type,
                "md5Hash": md_5_hash,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_owner_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        owner_id = _parse_owner_id(d.pop("ownerId"))

        file_name = d.pop("fileName")

        purpose = StoredResourcePurpose(d.pop("purpose"))

        length = d.pop("length")

        media_type = d.pop("mediaType")

        md_5_hash = d.pop("md5Hash")

        stored_resource_metadata = cls(
            id=id,
            owner_id=owner_id,
            file_name=file_name,
            purpose=purpose,
            length=length,
            media_type=media_type,
            md_5_hash=md_5_hash,
        )

        stored_resource_metadata.additional_properties = d
        return stored_resource_metadata

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
