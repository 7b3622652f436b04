from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.any_value_map import AnyValueMap


T = TypeVar("T", bound="DataStoreUpdate")


@_attrs_define(repr=False)
class DataStoreUpdate:
    """Body of `replaceDataStore`: the complete set of writable fields. If `id` is given it must
    equal the path id; if `version` is given it must equal the stored version (else 409).
    Values sent for the read-only fields of `DataStore` are ignored.

        Attributes:
            type_ (str):
            technical_name (str):
            id (None | str | Unset): Only required when updating the resource.
            uri (str | Unset):
            name (str | Unset):
            tags (list[str] | Unset):
            owner_id (str | Unset): The value is automatically set by the application; kept when absent.
            space_id (str | Unset):
            version (int | None | Unset): Only required when updating the resource; the version the change is based on.
            properties (AnyValueMap | Unset): A map of name-value pairs. The vendor schema types the values as `object` (a
                Java
                `Object`); any JSON value occurs.
            description (str | Unset):
            technical_description (str | Unset):
    """

    type_: str
    technical_name: str
    id: None | str | Unset = UNSET
    uri: str | Unset = UNSET
    name: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    owner_id: str | Unset = UNSET
    space_id: str | Unset = UNSET
    version: int | None | Unset = UNSET
    properties: AnyValueMap | Unset = UNSET
    description: str | Unset = UNSET
    technical_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        technical_name = self.technical_name

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        uri = self.uri

        name = self.name

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        owner_id = self.owner_id

        space_id = self.space_id

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
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

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        uri = d.pop("uri", UNSET)

        name = d.pop("name", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        owner_id = d.pop("ownerId", UNSET)

        space_id = d.pop("spaceId", UNSET)

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        _properties = d.pop("properties", UNSET)
        properties: AnyValueMap | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = AnyValueMap.from_dict(_properties)

        description = d.pop("description", UNSET)

        technical_description = d.pop("technicalDescription", UNSET)

        data_store_update = cls(
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

        data_store_update.additional_properties = d
        return data_store_update

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
