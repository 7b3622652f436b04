from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..models.data_source_read_only_reason import DataSourceReadOnlyReason
from ..types import UNSET

T = TypeVar("T", bound="DataSourceLimits")


@_attrs_define(repr=False)
class DataSourceLimits:
    """Limits of a data source.

    Attributes:
        transaction_max_start_time (str): A .NET TimeSpan in constant format `[d.]hh:mm:ss[.fffffff]`, e.g. `00:05:00`
            for five minutes. The vendor
            writes `format: time`, but the values are durations, not times of day (no offset), so a pattern is used.
             Example: 00:05:00.
        transaction_max_execution_time (str): A .NET TimeSpan in constant format `[d.]hh:mm:ss[.fffffff]`, e.g.
            `00:05:00` for five minutes. The vendor
            writes `format: time`, but the values are durations, not times of day (no offset), so a pattern is used.
             Example: 00:05:00.
        read_only (bool): Whether writes are refused.
        read_only_reasons (list[DataSourceReadOnlyReason]):
    """

    transaction_max_start_time: str
    transaction_max_execution_time: str
    read_only: bool
    read_only_reasons: list[DataSourceReadOnlyReason]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        transaction_max_start_time = self.transaction_max_start_time

        transaction_max_execution_time = self.transaction_max_execution_time

        read_only = self.read_only

        read_only_reasons = []
        for read_only_reasons_item_data in self.read_only_reasons:
            read_only_reasons_item = read_only_reasons_item_data.value
            read_only_reasons.append(read_only_reasons_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transactionMaxStartTime": transaction_max_start_time,
                "transactionMaxExecutionTime": transaction_max_execution_time,
                "readOnly": read_only,
                "readOnlyReasons": read_only_reasons,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transaction_max_start_time = d.pop("transactionMaxStartTime")

        transaction_max_execution_time = d.pop("transactionMaxExecutionTime")

        read_only = d.pop("readOnly")

        read_only_reasons = []
        _read_only_reasons = d.pop("readOnlyReasons")
        for read_only_reasons_item_data in _read_only_reasons:
            read_only_reasons_item = DataSourceReadOnlyReason(read_only_reasons_item_data)

            read_only_reasons.append(read_only_reasons_item)

        data_source_limits = cls(
            transaction_max_start_time=transaction_max_start_time,
            transaction_max_execution_time=transaction_max_execution_time,
            read_only=read_only,
            read_only_reasons=read_only_reasons,
        )

        data_source_limits.additional_properties = d
        return data_source_limits

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
