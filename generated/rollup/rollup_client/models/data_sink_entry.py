from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataSinkEntry")


@_attrs_define(repr=False)
class DataSinkEntry:
    """One key/value entry of a data sink.

    Attributes:
        id (UUID): Entry id (UUIDv4). Example: 9d2c8a41-5b7e-4f3a-8c6d-1e2f3a4b5c6d.
        key (str): Entry key, unique within its data sink; entries are addressed by it. Example: sum.
        data_sink_id (UUID): Id of the data sink the entry belongs to. Example: 123e4567-e89b-12d3-a456-426614174000.
        data_type (str): Data type of the value. Only `scalar` is documented; any string is accepted [inf]. Example:
            scalar.
        created_at (datetime.datetime): Creation time (ISO 8601, UTC, milliseconds). Example: 2025-05-17T06:14:50.786Z.
        updated_at (datetime.datetime): Last update time (ISO 8601, UTC, milliseconds). Example:
            2025-05-17T06:14:50.786Z.
        value (None | str | Unset): Value, always a string (numbers included); null when the entry was created without
            one [inf]. Example: 3.
        created_by (str | Unset): Id of the user (API key owner) who created the entry. Example: user_2x7Qk9.
        updated_by (str | Unset): Id of the user (API key owner) who last updated the entry. Example: user_2x7Qk9.
    """

    id: UUID
    key: str
    data_sink_id: UUID
    data_type: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    value: None | str | Unset = UNSET
    created_by: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        key = self.key

        data_sink_id = str(self.data_sink_id)

        data_type = self.data_type

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        created_by = self.created_by

        updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "key": key,
                "dataSinkId": data_sink_id,
                "dataType": data_type,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        key = d.pop("key")

        data_sink_id = UUID(d.pop("dataSinkId"))

        data_type = d.pop("dataType")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        def _parse_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        created_by = d.pop("createdBy", UNSET)

        updated_by = d.pop("updatedBy", UNSET)

        data_sink_entry = cls(
            id=id,
            key=key,
            data_sink_id=data_sink_id,
            data_type=data_type,
            created_at=created_at,
            updated_at=updated_at,
            value=value,
            created_by=created_by,
            updated_by=updated_by,
        )

        data_sink_entry.additional_properties = d
        return data_sink_entry

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
