from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..models.currency_code import CurrencyCode
from ..types import UNSET

T = TypeVar("T", bound="PaymentInvoiceLineItem")


@_attrs_define(repr=False)
class PaymentInvoiceLineItem:
    """A line of an invoice.

    Attributes:
        description (str):
        currency_code (CurrencyCode): Currency (ISO 4217, lower case).
        amount (int):
    """

    description: str
    currency_code: CurrencyCode
    amount: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        currency_code = self.currency_code.value

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "currencyCode": currency_code,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        currency_code = CurrencyCode(d.pop("currencyCode"))

        amount = d.pop("amount")

        payment_invoice_line_item = cls(
            description=description,
            currency_code=currency_code,
            amount=amount,
        )

        payment_invoice_line_item.additional_properties = d
        return payment_invoice_line_item

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
