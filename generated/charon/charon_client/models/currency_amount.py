from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..models.currency_code import CurrencyCode
from ..types import UNSET

T = TypeVar("T", bound="CurrencyAmount")


@_attrs_define(repr=False)
class CurrencyAmount:
    """An amount of money in cents.

    Attributes:
        currency_code (CurrencyCode): Currency (ISO 4217, lower case).
        amount (int):
    """

    currency_code: CurrencyCode
    amount: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        currency_code = self.currency_code.value

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currencyCode": currency_code,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency_code = CurrencyCode(d.pop("currencyCode"))

        amount = d.pop("amount")

        currency_amount = cls(
            currency_code=currency_code,
            amount=amount,
        )

        currency_amount.additional_properties = d
        return currency_amount

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
