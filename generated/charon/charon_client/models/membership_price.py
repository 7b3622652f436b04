from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..models.billing_period import BillingPeriod
from ..models.currency_code import CurrencyCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="MembershipPrice")


@_attrs_define(repr=False)
class MembershipPrice:
    """Price of a membership package.

    Attributes:
        external_id (None | str):
        period (BillingPeriod): Billing period of a subscription.
        currency_code (CurrencyCode): Currency (ISO 4217, lower case).
        amount (int): Amount in cents.
        discount (float | Unset): Discount. Default: 0.0.
    """

    external_id: None | str
    period: BillingPeriod
    currency_code: CurrencyCode
    amount: int
    discount: float | Unset = 0.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        external_id: None | str
        external_id = self.external_id

        period = self.period.value

        currency_code = self.currency_code.value

        amount = self.amount

        discount = self.discount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "period": period,
                "currencyCode": currency_code,
                "amount": amount,
            }
        )
        if discount is not UNSET:
            field_dict["discount"] = discount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_external_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_id = _parse_external_id(d.pop("externalId"))

        period = BillingPeriod(d.pop("period"))

        currency_code = CurrencyCode(d.pop("currencyCode"))

        amount = d.pop("amount")

        discount = d.pop("discount", UNSET)

        membership_price = cls(
            external_id=external_id,
            period=period,
            currency_code=currency_code,
            amount=amount,
            discount=discount,
        )

        membership_price.additional_properties = d
        return membership_price

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
