from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..models.resource_usage_type import ResourceUsageType
from ..types import UNSET

T = TypeVar("T", bound="ResourceUsage")


@_attrs_define(repr=False)
class ResourceUsage:
    """Use of a metered resource.

    Attributes:
        type_ (ResourceUsageType):
        amount (int):
        amount_total (int):
        start_date (datetime.date):
        last_update_date (datetime.date):
        last_roll_date (datetime.date):
    """

    type_: ResourceUsageType
    amount: int
    amount_total: int
    start_date: datetime.date
    last_update_date: datetime.date
    last_roll_date: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        amount = self.amount

        amount_total = self.amount_total

        start_date = self.start_date.isoformat()

        last_update_date = self.last_update_date.isoformat()

        last_roll_date = self.last_roll_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "amount": amount,
                "amountTotal": amount_total,
                "startDate": start_date,
                "lastUpdateDate": last_update_date,
                "lastRollDate": last_roll_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = ResourceUsageType(d.pop("type"))

        amount = d.pop("amount")

        amount_total = d.pop("amountTotal")

        start_date = datetime.date.fromisoformat(d.pop("startDate"))

        last_update_date = datetime.date.fromisoformat(d.pop("lastUpdateDate"))

        last_roll_date = datetime.date.fromisoformat(d.pop("lastRollDate"))

        resource_usage = cls(
            type_=type_,
            amount=amount,
            amount_total=amount_total,
            start_date=start_date,
            last_update_date=last_update_date,
            last_roll_date=last_roll_date,
        )

        resource_usage.additional_properties = d
        return resource_usage

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
