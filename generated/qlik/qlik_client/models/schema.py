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
    from ..models.data_field import DataField


T = TypeVar("T", bound="Schema")


@_attrs_define(repr=False)
class Schema:
    """The structure of one table (or sheet) of a data set.

    Attributes:
        data_fields (list[DataField]):
        anomalies (list[str] | Unset): Anomalies associated with this schema. Example: `$warning-unknown-headers`.
        schema_name (str | Unset):
        load_options (AnyValueMap | Unset): A map of name-value pairs. The vendor schema types the values as `object` (a
            Java
            `Object`); any JSON value occurs.
        effective_date (datetime.datetime | Unset):
        override_schema_anomalies (bool | Unset):
    """

    data_fields: list[DataField]
    anomalies: list[str] | Unset = UNSET
    schema_name: str | Unset = UNSET
    load_options: AnyValueMap | Unset = UNSET
    effective_date: datetime.datetime | Unset = UNSET
    override_schema_anomalies: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        data_fields = []
        for data_fields_item_data in self.data_fields:
            data_fields_item = data_fields_item_data.to_dict()
            data_fields.append(data_fields_item)

        anomalies: list[str] | Unset = UNSET
        if not isinstance(self.anomalies, Unset):
            anomalies = self.anomalies

        schema_name = self.schema_name

        load_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.load_options, Unset):
            load_options = self.load_options.to_dict()

        effective_date: str | Unset = UNSET
        if not isinstance(self.effective_date, Unset):
            effective_date = self.effective_date.isoformat()

        override_schema_anomalies = self.override_schema_anomalies

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataFields": data_fields,
            }
        )
        if anomalies is not UNSET:
            field_dict["anomalies"] = anomalies
        if schema_name is not UNSET:
            field_dict["schemaName"] = schema_name
        if load_options is not UNSET:
            field_dict["loadOptions"] = load_options
        if effective_date is not UNSET:
            field_dict["effectiveDate"] = effective_date
        if override_schema_anomalies is not UNSET:
            field_dict["overrideSchemaAnomalies"] = override_schema_anomalies

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.any_value_map import AnyValueMap  # noqa: PLC0415
        from ..models.data_field import DataField  # noqa: PLC0415

        d = dict(src_dict)
        data_fields = []
        _data_fields = d.pop("dataFields")
        for data_fields_item_data in _data_fields:
            data_fields_item = DataField.from_dict(data_fields_item_data)

            data_fields.append(data_fields_item)

        anomalies = cast(list[str], d.pop("anomalies", UNSET))

        schema_name = d.pop("schemaName", UNSET)

        _load_options = d.pop("loadOptions", UNSET)
        load_options: AnyValueMap | Unset
        if isinstance(_load_options, Unset):
            load_options = UNSET
        else:
            load_options = AnyValueMap.from_dict(_load_options)

        _effective_date = d.pop("effectiveDate", UNSET)
        effective_date: datetime.datetime | Unset
        if isinstance(_effective_date, Unset):
            effective_date = UNSET
        else:
            effective_date = datetime.datetime.fromisoformat(_effective_date)

        override_schema_anomalies = d.pop("overrideSchemaAnomalies", UNSET)

        schema = cls(
            data_fields=data_fields,
            anomalies=anomalies,
            schema_name=schema_name,
            load_options=load_options,
            effective_date=effective_date,
            override_schema_anomalies=override_schema_anomalies,
        )

        schema.additional_properties = d
        return schema

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
