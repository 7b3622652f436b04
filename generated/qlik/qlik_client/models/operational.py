from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.table_connection_info import TableConnectionInfo


T = TypeVar("T", bound="Operational")


@_attrs_define(repr=False)
class Operational:
    """Operational state of the data set's content.

    Attributes:
        size (int | Unset):
        status (str | Unset):
        end_date (datetime.datetime | Unset):
        location (str | Unset):
        row_count (int | Unset):
        start_date (datetime.datetime | Unset):
        log_message (str | Unset):
        table_owner (str | Unset):
        last_load_time (datetime.datetime | Unset):
        content_updated (bool | Unset):
        last_update_time (datetime.datetime | Unset):
        table_connection_info (TableConnectionInfo | Unset):
    """

    size: int | Unset = UNSET
    status: str | Unset = UNSET
    end_date: datetime.datetime | Unset = UNSET
    location: str | Unset = UNSET
    row_count: int | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    log_message: str | Unset = UNSET
    table_owner: str | Unset = UNSET
    last_load_time: datetime.datetime | Unset = UNSET
    content_updated: bool | Unset = UNSET
    last_update_time: datetime.datetime | Unset = UNSET
    table_connection_info: TableConnectionInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        size = self.size

        status = self.status

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        location = self.location

        row_count = self.row_count

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        log_message = self.log_message

        table_owner = self.table_owner

        last_load_time: str | Unset = UNSET
        if not isinstance(self.last_load_time, Unset):
            last_load_time = self.last_load_time.isoformat()

        content_updated = self.content_updated

        last_update_time: str | Unset = UNSET
        if not isinstance(self.last_update_time, Unset):
            last_update_time = self.last_update_time.isoformat()

        table_connection_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.table_connection_info, Unset):
            table_connection_info = self.table_connection_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if size is not UNSET:
            field_dict["size"] = size
        if status is not UNSET:
            field_dict["status"] = status
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if location is not UNSET:
            field_dict["location"] = location
        if row_count is not UNSET:
            field_dict["rowCount"] = row_count
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if log_message is not UNSET:
            field_dict["logMessage"] = log_message
        if table_owner is not UNSET:
            field_dict["tableOwner"] = table_owner
        if last_load_time is not UNSET:
            field_dict["lastLoadTime"] = last_load_time
        if content_updated is not UNSET:
            field_dict["contentUpdated"] = content_updated
        if last_update_time is not UNSET:
            field_dict["lastUpdateTime"] = last_update_time
        if table_connection_info is not UNSET:
            field_dict["tableConnectionInfo"] = table_connection_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.table_connection_info import TableConnectionInfo  # noqa: PLC0415

        d = dict(src_dict)
        size = d.pop("size", UNSET)

        status = d.pop("status", UNSET)

        _end_date = d.pop("endDate", UNSET)
        end_date: datetime.datetime | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.datetime.fromisoformat(_end_date)

        location = d.pop("location", UNSET)

        row_count = d.pop("rowCount", UNSET)

        _start_date = d.pop("startDate", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.datetime.fromisoformat(_start_date)

        log_message = d.pop("logMessage", UNSET)

        table_owner = d.pop("tableOwner", UNSET)

        _last_load_time = d.pop("lastLoadTime", UNSET)
        last_load_time: datetime.datetime | Unset
        if isinstance(_last_load_time, Unset):
            last_load_time = UNSET
        else:
            last_load_time = datetime.datetime.fromisoformat(_last_load_time)

        content_updated = d.pop("contentUpdated", UNSET)

        _last_update_time = d.pop("lastUpdateTime", UNSET)
        last_update_time: datetime.datetime | Unset
        if isinstance(_last_update_time, Unset):
            last_update_time = UNSET
        else:
            last_update_time = datetime.datetime.fromisoformat(_last_update_time)

        _table_connection_info = d.pop("tableConnectionInfo", UNSET)
        table_connection_info: TableConnectionInfo | Unset
        if isinstance(_table_connection_info, Unset):
            table_connection_info = UNSET
        else:
            table_connection_info = TableConnectionInfo.from_dict(_table_connection_info)

        operational = cls(
            size=size,
            status=status,
            end_date=end_date,
            location=location,
            row_count=row_count,
            start_date=start_date,
            log_message=log_message,
            table_owner=table_owner,
            last_load_time=last_load_time,
            content_updated=content_updated,
            last_update_time=last_update_time,
            table_connection_info=table_connection_info,
        )

        operational.additional_properties = d
        return operational

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
