from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.any_value_map import AnyValueMap


T = TypeVar("T", bound="DataStore")


@_attrs_define(repr=False)
class DataStore:
    """A data store as returned by the server. In an unprojected response `id`, `type`,
    `technicalName`, `version` and the audit fields are always present (the vendor marks
    `technicalName` and `type` required); `projections` may remove any field.

        Attributes:
            id (str | Unset): Server-assigned id. Only required when updating the resource. Must be null for new resources.
            uri (str | Unset):
            name (str | Unset):
            tags (list[str] | Unset):
            type_ (str | Unset): The data store type, e.g. `qix-datafiles`.
            owner_id (str | Unset): The value is automatically set by the application.
            space_id (str | Unset):
            version (int | Unset): Server-managed revision, incremented on every change. Only required when updating the
                resource. Must be null for new resources.
            tenant_id (str | Unset): The value is automatically set by the application. User defined value is ignored.
            created_by (str | Unset): The value is automatically set by the application. User defined value is ignored.
            properties (AnyValueMap | Unset): A map of name-value pairs. The vendor schema types the values as `object` (a
                Java
                `Object`); any JSON value occurs.
            created_time (datetime.datetime | Unset): The value is automatically set by the application. User defined value
                is ignored.
            description (str | Unset):
            technical_name (str | Unset):
            last_modified_by (str | Unset): The value is automatically set by the application. User defined value is
                ignored.
            last_modified_time (datetime.datetime | Unset): The value is automatically set by the application. User defined
                value is ignored.
            technical_description (str | Unset):
    """

    id: str | Unset = UNSET
    uri: str | Unset = UNSET
    name: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    type_: str | Unset = UNSET
    owner_id: str | Unset = UNSET
    space_id: str | Unset = UNSET
    version: int | Unset = UNSET
    tenant_id: str | Unset = UNSET
    created_by: str | Unset = UNSET
    properties: AnyValueMap | Unset = UNSET
    created_time: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    technical_name: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    last_modified_time: datetime.datetime | Unset = UNSET
    technical_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        uri = self.uri

        name = self.name

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        type_ = self.type_

        owner_id = self.owner_id

        space_id = self.space_id

        version = self.version

        tenant_id = self.tenant_id

        created_by = self.created_by

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()

        description = self.description

        technical_name = self.technical_name

        last_modified_by = self.last_modified_by

        last_modified_time: str | Unset = UNSET
        if not isinstance(self.last_modified_time, Unset):
            last_modified_time = self.last_modified_time.isoformat()

        technical_description = self.technical_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if uri is not UNSET:
            field_dict["uri"] = uri
        if name is not UNSET:
            field_dict["name"] = name
        if tags is not UNSET:
            field_dict["tags"] = tags
        if type_ is not UNSET:
            field_dict["type"] = type_
        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        if space_id is not UNSET:
            field_dict["spaceId"] = space_id
        if version is not UNSET:
            field_dict["version"] = version
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if properties is not UNSET:
            field_dict["properties"] = properties
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if description is not UNSET:
            field_dict["description"] = description
        if technical_name is not UNSET:
            field_dict["technicalName"] = technical_name
        if last_modified_by is not UNSET:
            field_dict["lastModifiedBy"] = last_modified_by
        if last_modified_time is not UNSET:
            field_dict["lastModifiedTime"] = last_modified_time
        if technical_description is not UNSET:
            field_dict["technicalDescription"] = technical_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.any_value_map import AnyValueMap  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        uri = d.pop("uri", UNSET)

        name = d.pop("name", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        type_ = d.pop("type", UNSET)

        owner_id = d.pop("ownerId", UNSET)

        space_id = d.pop("spaceId", UNSET)

        version = d.pop("version", UNSET)

        tenant_id = d.pop("tenantId", UNSET)

        created_by = d.pop("createdBy", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: AnyValueMap | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = AnyValueMap.from_dict(_properties)

        _created_time = d.pop("createdTime", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = datetime.datetime.fromisoformat(_created_time)

        description = d.pop("description", UNSET)

        technical_name = d.pop("technicalName", UNSET)

        last_modified_by = d.pop("lastModifiedBy", UNSET)

        _last_modified_time = d.pop("lastModifiedTime", UNSET)
        last_modified_time: datetime.datetime | Unset
        if isinstance(_last_modified_time, Unset):
            last_modified_time = UNSET
        else:
            last_modified_time = datetime.datetime.fromisoformat(_last_modified_time)

        technical_description = d.pop("technicalDescription", UNSET)

        data_store = cls(
            id=id,
            uri=uri,
            name=name,
            tags=tags,
            type_=type_,
            owner_id=owner_id,
            space_id=space_id,
            version=version,
            tenant_id=tenant_id,
            created_by=created_by,
            properties=properties,
            created_time=created_time,
            description=description,
            technical_name=technical_name,
            last_modified_by=last_modified_by,
            last_modified_time=last_modified_time,
            technical_description=technical_description,
        )

        data_store.additional_properties = d
        return data_store

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
