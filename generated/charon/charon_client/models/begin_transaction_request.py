from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET

T = TypeVar("T", bound="BeginTransactionRequest")


@_attrs_define(repr=False)
class BeginTransactionRequest:
    """Parameters of a new transaction.

    Attributes:
        id (str): Client-chosen unique transaction id (e.g. a UUID); pass it later as `transactionId`.
        execution_timeout (str): A .NET TimeSpan in constant format `[d.]hh:mm:ss[.fffffff]`, e.g. `00:05:00` for five
            minutes. The vendor
            writes `format: time`, but the values are durations, not times of day (no offset), so a pattern is used.
             Example: 00:05:00.
        start_timeout (str): A .NET TimeSpan in constant format `[d.]hh:mm:ss[.fffffff]`, e.g. `00:05:00` for five
            minutes. The vendor
            writes `format: time`, but the values are durations, not times of day (no offset), so a pattern is used.
             Example: 00:05:00.
    """

    id: str
    execution_timeout: str
    start_timeout: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        execution_timeout = self.execution_timeout

        start_timeout = self.start_timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "executionTimeout": execution_timeout,
                "startTimeout": start_timeout,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        execution_timeout = d.pop("executionTimeout")

        start_timeout = d.pop("startTimeout")

        begin_transaction_request = cls(
            id=id,
            execution_timeout=execution_timeout,
            start_timeout=start_timeout,
        )

        begin_transaction_request.additional_properties = d
        return begin_transaction_request

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
