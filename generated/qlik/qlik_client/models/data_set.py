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
    from ..models.data_asset_info import DataAssetInfo
    from ..models.operational import Operational
    from ..models.schema import Schema


T = TypeVar("T", bound="DataSet")


@_attrs_define(repr=False)
class DataSet:
    """A data set: a member of one data asset (`dataAssetInfo`, which also names the data store).
    In an unprojected response the vendor-required `qri`, `secureQri`, `technicalName` and
    `dataAssetInfo` are always present.

        Attributes:
            id (str | Unset): Only required when updating the resource. Must be null for new resources.
            qri (str | Unset): NOTE: this will be deprecated after migration to secureQri. Format
                `qdf:<store-type>:<tenant-guid>:<uid@|sid@><user/space guid>:<path-to-file>`: all the
                parts are separated by ':'. The first part denotes the resourceType, followed by the
                dataStoreType and the tenant guid; the spaceGuid or userGuid depends on whether the data
                set is in a shared or a private space; finally the full file name. Auto-populated for
                data sets generated for qix-datafiles.
            secure_qri (str | Unset):
            name (str | Unset):
            tags (list[str] | Unset):
            type_ (str | Unset):
            schema (Schema | Unset): The structure of one table (or sheet) of a data set.
            additional_schemas (list[Schema] | Unset): Optional field to specify additional schemas for files where multiple
                tables or sheets
                are available. The primary schema is in `schema`; the rest of the sheets/tables are
                defined here. Not populated for data sets with a single schema.
            owner_id (str | Unset): The value is automatically set by the application.
            space_id (str | Unset):
            version (int | Unset): Only required when updating the resource. Must be null for new resources.
            tenant_id (str | Unset): The value is automatically set by the application. User defined value is ignored.
            created_by (str | Unset): The value is automatically set by the application. User defined value is ignored.
            properties (AnyValueMap | Unset): A map of name-value pairs. The vendor schema types the values as `object` (a
                Java
                `Object`); any JSON value occurs.
            created_time (datetime.datetime | Unset): The value is automatically set by the application. User defined value
                is ignored.
            description (str | Unset):
            operational (Operational | Unset): Operational state of the data set's content.
            data_asset_info (DataAssetInfo | Unset): The data asset a data set belongs to, with its data store.
            technical_name (str | Unset):
            last_modified_by (str | Unset): The value is automatically set by the application. User defined value is
                ignored.
            app_type_override (str | Unset): Optional override of DataAsset appType.
            last_modified_time (datetime.datetime | Unset): The value is automatically set by the application. User defined
                value is ignored.
            technical_description (str | Unset):
            created_by_connection_id (str | Unset): The connectionId that created the Dataset. Optional.
    """

    id: str | Unset = UNSET
    qri: str | Unset = UNSET
    secure_qri: str | Unset = UNSET
    name: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    type_: str | Unset = UNSET
    schema: Schema | Unset = UNSET
    additional_schemas: list[Schema] | Unset = UNSET
    owner_id: str | Unset = UNSET
    space_id: str | Unset = UNSET
    version: int | Unset = UNSET
    tenant_id: str | Unset = UNSET
    created_by: str | Unset = UNSET
    properties: AnyValueMap | Unset = UNSET
    created_time: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    operational: Operational | Unset = UNSET
    data_asset_info: DataAssetInfo | Unset = UNSET
    technical_name: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    app_type_override: str | Unset = UNSET
    last_modified_time: datetime.datetime | Unset = UNSET
    technical_description: str | Unset = UNSET
    created_by_connection_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        qri = self.qri

        secure_qri = self.secure_qri

        name = self.name

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        type_ = self.type_

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        additional_schemas: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_schemas, Unset):
            additional_schemas = []
            for additional_schemas_item_data in self.additional_schemas:
                additional_schemas_item = additional_schemas_item_data.to_dict()
                additional_schemas.append(additional_schemas_item)

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

        operational: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operational, Unset):
            operational = self.operational.to_dict()

        data_asset_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_asset_info, Unset):
            data_asset_info = self.data_asset_info.to_dict()

        technical_name = self.technical_name

        last_modified_by = self.last_modified_by

        app_type_override = self.app_type_override

        last_modified_time: str | Unset = UNSET
        if not isinstance(self.last_modified_time, Unset):
            last_modified_time = self.last_modified_time.isoformat()

        technical_description = self.technical_description

        created_by_connection_id = self.created_by_connection_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if qri is not UNSET:
            field_dict["qri"] = qri
        if secure_qri is not UNSET:
            field_dict["secureQri"] = secure_qri
        if name is not UNSET:
            field_dict["name"] = name
        if tags is not UNSET:
            field_dict["tags"] = tags
        if type_ is not UNSET:
            field_dict["type"] = type_
        if schema is not UNSET:
            field_dict["schema"] = schema
        if additional_schemas is not UNSET:
            field_dict["additionalSchemas"] = additional_schemas
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
        if operational is not UNSET:
            field_dict["operational"] = operational
        if data_asset_info is not UNSET:
            field_dict["dataAssetInfo"] = data_asset_info
        if technical_name is not UNSET:
            field_dict["technicalName"] = technical_name
        if last_modified_by is not UNSET:
            field_dict["lastModifiedBy"] = last_modified_by
        if app_type_override is not UNSET:
            field_dict["appTypeOverride"] = app_type_override
        if last_modified_time is not UNSET:
            field_dict["lastModifiedTime"] = last_modified_time
        if technical_description is not UNSET:
            field_dict["technicalDescription"] = technical_description
        if created_by_connection_id is not UNSET:
            field_dict["createdByConnectionId"] = created_by_connection_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.any_value_map import AnyValueMap  # noqa: PLC0415
        from ..models.data_asset_info import DataAssetInfo  # noqa: PLC0415
        from ..models.operational import Operational  # noqa: PLC0415
        from ..models.schema import Schema  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        qri = d.pop("qri", UNSET)

        secure_qri = d.pop("secureQri", UNSET)

        name = d.pop("name", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        type_ = d.pop("type", UNSET)

        _schema = d.pop("schema", UNSET)
        schema: Schema | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = Schema.from_dict(_schema)

        _additional_schemas = d.pop("additionalSchemas", UNSET)
        additional_schemas: list[Schema] | Unset = UNSET
        if _additional_schemas is not UNSET:
            additional_schemas = []
            for additional_schemas_item_data in _additional_schemas:
                additional_schemas_item = Schema.from_dict(additional_schemas_item_data)

                additional_schemas.append(additional_schemas_item)

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

        _operational = d.pop("operational", UNSET)
        operational: Operational | Unset
        if isinstance(_operational, Unset):
            operational = UNSET
        else:
            operational = Operational.from_dict(_operational)

        _data_asset_info = d.pop("dataAssetInfo", UNSET)
        data_asset_info: DataAssetInfo | Unset
        if isinstance(_data_asset_info, Unset):
            data_asset_info = UNSET
        else:
            data_asset_info = DataAssetInfo.from_dict(_data_asset_info)

        technical_name = d.pop("technicalName", UNSET)

        last_modified_by = d.pop("lastModifiedBy", UNSET)

        app_type_override = d.pop("appTypeOverride", UNSET)

        _last_modified_time = d.pop("lastModifiedTime", UNSET)
        last_modified_time: datetime.datetime | Unset
        if isinstance(_last_modified_time, Unset):
            last_modified_time = UNSET
        else:
            last_modified_time = datetime.datetime.fromisoformat(_last_modified_time)

        technical_description = d.pop("technicalDescription", UNSET)

        created_by_connection_id = d.pop("createdByConnectionId", UNSET)

        data_set = cls(
            id=id,
            qri=qri,
            secure_qri=secure_qri,
            name=name,
            tags=tags,
            type_=type_,
            schema=schema,
            additional_schemas=additional_schemas,
            owner_id=owner_id,
            space_id=space_id,
            version=version,
            tenant_id=tenant_id,
            created_by=created_by,
            properties=properties,
            created_time=created_time,
            description=description,
            operational=operational,
            data_asset_info=data_asset_info,
            technical_name=technical_name,
            last_modified_by=last_modified_by,
            app_type_override=app_type_override,
            last_modified_time=last_modified_time,
            technical_description=technical_description,
            created_by_connection_id=created_by_connection_id,
        )

        data_set.additional_properties = d
        return data_set

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
