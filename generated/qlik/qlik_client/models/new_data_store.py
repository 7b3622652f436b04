from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.any_value_map import AnyValueMap


T = TypeVar("T", bound="NewDataStore")


@_attrs_define(repr=False)
class NewDataStore:
    """Body of `createDataStore`. `id` and `version` must be null or absent. Values sent for the
    read-only fields of `DataStore` (`tenantId`, `createdBy`, `createdTime`, `lastModifiedBy`,
    `lastModifiedTime`) are ignored.

        Attributes:
            type_ (str):
            technical_name (str):
            id (None | Unset): Must be null for new resources.
            uri (str | Unset):
            name (str | Unset):
            tags (list[str] | Unset):
            owner_id (str | Unset): The value is automatically set by the application (the caller) when absent.
            space_id (str | Unset):
            version (None | Unset): Must be null for new resources.
            properties (AnyValueMap | Unset): A map of name-value pairs. The vendor schema types the values as `object` (a
                Java
                `Object`); any JSON value occurs.
            description (str | Unset):
            technical_description (str | Unset):
    """

    type_: str
    technical_name: str
    id: None | Unset = UNSET
    uri: str | Unset = UNSET
    name: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    owner_id: str | Unset = UNSET
    space_id: str | Unset = UNSET
    version: None | Unset = UNSET
    properties: AnyValueMap | Unset = UNSET
    description: str | Unset = UNSET
    technical_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        technical_name = self.technical_name

        id = self.id

        uri = self.uri

        name = self.name

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        owner_id = self.owner_id

        space_id = self.space_id

        version = self.version

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        description = self.description

        technical_description = self.technical_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "technicalName": technical_name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if uri is not UNSET:
            field_dict["uri"] = uri
        if name is not UNSET:
            field_dict["name"] = name
        if tags is not UNSET:
            field_dict["tags"] = tags
        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        if space_id is not UNSET:
            field_dict["spaceId"] = space_id
        if version is not UNSET:
            field_dict["version"] = version
        if properties is not UNSET:
            field_dict["properties"] = properties
        if description is not UNSET:
            field_dict["description"] = description
        if technical_description is not UNSET:
            field_dict["technicalDescription"] = technical_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.any_value_map import AnyValueMap  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        technical_name = d.pop("technicalName")

        id = d.pop("id", UNSET)

        uri = d.pop("uri", UNSET)

        name = d.pop("name", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        owner_id = d.pop("ownerId", UNSET)

        space_id = d.pop("spaceId", UNSET)

        version = d.pop("version", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: AnyValueMap | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = AnyValueMap.from_dict(_properties)

        description = d.pop("description", UNSET)

        technical_description = d.pop("technicalDescription", UNSET)

        new_data_store = cls(
            type_=type_,
            technical_name=technical_name,
            id=id,
            uri=uri,
            name=name,
            tags=tags,
            owner_id=owner_id,
            space_id=space_id,
            version=version,
            properties=properties,
            description=description,
            technical_description=technical_description,
        )

        new_data_store.additional_properties = d
        return new_data_store

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
